"""Near-duplicate fingerprints on self-written dispatches."""

from __future__ import annotations

from accords.ingest.near_duplicates import BANDS, NEAR_DUPLICATE, band_keys, fingerprint, similarity

DISPATCH = (
    "La Société des tanneries de l'Ouarsenis et la firme italienne Conceria Adige ont signé mardi un contrat "
    "de partenariat pour moderniser l'unité de tannage de Tissemsilt, a indiqué un communiqué de l'entreprise. "
    "L'accord prévoit un investissement de 2,3 milliards de dinars sur trois ans, la formation de quarante "
    "techniciens en Italie et l'exportation d'une partie de la production de cuir fini vers l'Europe du Sud. "
    "Le directeur général de la société algérienne a souligné que ce partenariat permettra de doubler la "
    "capacité de l'usine et de créer cent cinquante emplois directs d'ici la fin de l'année prochaine."
)
REPUBLISHED = (
    "TISSEMSILT, 14 mai (Agence) - " + DISPATCH.replace("a indiqué un communiqué", "selon un communiqué")
    + " Lire aussi : les exportations hors hydrocarbures en hausse."
)
OTHER = (
    "La Société des tanneries de l'Ouarsenis a inauguré jeudi une nouvelle ligne de finissage du cuir, "
    "financée sur fonds propres, en présence des autorités locales. L'entreprise publique, qui emploie "
    "trois cents salariés, vise le marché des chaussures de sécurité et compte lancer l'an prochain un "
    "programme de formation avec l'université de la wilaya. Son directeur général a rappelé que la "
    "filière du cuir reste tributaire des importations de produits chimiques et d'équipements."
)


def test_short_texts_have_no_fingerprint():
    assert fingerprint("Un accord a été signé hier à Oran entre deux entreprises.") is None


def test_a_republication_with_a_dateline_and_a_retouched_phrase_is_near():
    a, b = fingerprint(DISPATCH), fingerprint(REPUBLISHED)
    assert a is not None and b is not None
    assert similarity(a, a) == 1.0
    assert similarity(a, b) >= NEAR_DUPLICATE


def test_another_article_on_the_same_company_is_not_near():
    assert similarity(fingerprint(DISPATCH), fingerprint(OTHER)) < 0.3


def test_fingerprints_ignore_case_and_accents():
    assert fingerprint(DISPATCH) == fingerprint(DISPATCH.upper().replace("É", "E"))


def test_band_keys_are_stable_signed_64_bit_integers():
    keys = band_keys(fingerprint(DISPATCH))
    assert len(keys) == BANDS and keys == band_keys(fingerprint(DISPATCH))
    assert all(0 <= k < 2**63 for k in keys)
    assert len(set(keys) & set(band_keys(fingerprint(REPUBLISHED)))) >= 1
