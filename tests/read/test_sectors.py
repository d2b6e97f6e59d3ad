"""Sectors on self-written sentences: stems, longest match, weights, masks, choice of labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords.read.sectors import LABELS, SECTOR_STEMS, choose, matches, sectors_in

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _labels(text: str) -> list[str]:
    return sorted(sectors_in(text))


# --- stems and matching ---------------------------------------------------------------------------------


def test_every_label_of_the_vocabulary_has_stems():
    tsv = SHARED / "spec" / "sectors.tsv"
    if not tsv.exists():
        pytest.skip("no shared spec")
    rows = tsv.read_text(encoding="utf-8").splitlines()[1:]
    assert set(LABELS) == {r.split("\t")[0] for r in rows if r.strip()}
    assert all(SECTOR_STEMS[k] for k in LABELS)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("une usine de ciment et de briques", ["construction_materials"]),
        ("la production de médicaments génériques", ["pharmaceuticals"]),
        ("des tracteurs et des moissonneuses", ["machinery"]),
        ("le montage de camions et d'autobus", ["automotive"]),
        ("une centrale solaire photovoltaïque", ["energy"]),
        ("la fabrication de tramways et de wagons", ["other_transport_equipment"]),
        ("le dessalement de l'eau de mer", ["water_environment"]),
        ("les énergies énergétiques", ["energy"]),
    ],
)
def test_sector_words(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("l'exploitation du minerai de fer", ["mining"]),  # not metals
        ("la réhabilitation du chemin de fer", ["logistics_transport"]),
        ("la fabrication de machines agricoles", ["machinery"]),  # not agriculture
        ("des engrais phosphatés", ["chemicals"]),  # not mining
        ("une ligne de crédit agricole", ["finance_insurance"]),
        ("la céramique sanitaire", ["construction_materials"]),  # not health
    ],
)
def test_longest_stem_wins(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("le développement de l'industrie automobile", ["automotive"]),
        ("les industries du textile et de l'habillement", ["textile_leather"]),
        ("l'industrie pharmaceutique", ["pharmaceuticals"]),
        ("la maintenance de tramways", ["other_transport_equipment"]),
        ("la coopération dans l'industrie", ["industry_general"]),
        ("la maintenance industrielle", ["industry_general", "machinery"]),
    ],
)
def test_qualified_industry_is_its_sector(text, labels):
    assert _labels(text) == labels


@pytest.mark.parametrize(
    "text",
    [
        "améliorer l'environnement des affaires",
        "une convention d'une durée d'une année renouvelable",
        "la promotion des exportations hors hydrocarbures",
        "une feuille de route commune",
        "des entreprises à la recherche de partenaires",
        "le rôle moteur du secteur privé",
        "la chambre de commerce et d'industrie",
        "malgré la crise sanitaire",
        "le portail des métropoles",  # "port", "métro" are whole words only
    ],
)
def test_words_that_are_not_sectors(text):
    assert _labels(text) == []


def test_whole_words_take_their_plural():
    assert _labels("les huiles et les sucres") == ["agrifood"]
    assert _labels("deux ports en eau profonde") == ["logistics_transport"]


def test_matches_give_spans_of_the_text():
    text = "Une usine d’engrais à Oran"
    [(s, e, labels)] = matches(text)
    assert text[s:e] == "engrais" and labels == {"chemicals"}


# --- choose -----------------------------------------------------------------------------------------------


def test_choose_ranks_and_caps():
    scores = {"energy": 3.0, "mining": 2.0, "metals": 1.0, "chemicals": 1.0, "automotive": 1.0}
    assert choose(scores) == ["energy", "mining", "chemicals", "metals"]
    assert choose(scores, limit=10) == ["energy", "mining", "chemicals", "metals", "automotive"]


def test_choose_needs_weight_one_else_takes_the_best_half():
    assert choose({"energy": 0.5, "tourism": 0.5}) == ["energy"]
    assert choose({"energy": 1.0, "tourism": 0.5}) == ["energy"]
    assert choose({}) == []


def test_a_single_generic_word_yields_to_a_stronger_sector():
    assert choose({"automotive": 2.0, "industry_general": 1.0}) == ["automotive"]
    assert choose({"automotive": 2.0, "industry_general": 3.0}) == ["industry_general", "automotive"]
    assert choose({"industry_general": 1.0}) == ["industry_general"]


def test_a_sector_far_below_the_strongest_is_dropped():
    assert choose({"pharmaceuticals": 8.0, "health": 1.0}) == ["pharmaceuticals"]


# --- on whole articles (the reader) -----------------------------------------------------------------------


def test_act_sentence_decides(read):
    r = read("Le groupe Almora Industries et la société Verdane ont signé hier à Oran un protocole d'accord "
             "pour la production de médicaments anticancéreux.")
    assert [a.sectors for a in r.agreements] == [["pharmaceuticals"]]


def test_what_others_do_does_not_count(read):
    r = read("Les conventions ont été signées par le groupe Talvor, spécialisé dans la chimie et les plastiques, "
             "et par le groupe Brunel Mécanique, fabricant de tracteurs, avec la société Kestia.")
    sectors = {s for a in r.agreements for s in a.sectors}
    assert "machinery" in sectors or "chemicals" in sectors


def test_title_portfolios_are_not_the_act(read):
    r = read("La société Norvane et le groupe Pellor ont signé une convention pour la fabrication d'autobus, "
             "en présence du ministre de l'Énergie et des Mines, Karim Valdès.")
    assert [a.sectors for a in r.agreements] == [["automotive"]]


def test_the_sentence_that_takes_up_the_act(read):
    r = read("La société Norvane et le groupe Pellor ont signé hier un accord de partenariat à Sétif. "
             "Cet accord porte sur la fabrication de câbles électriques et de transformateurs.")
    assert [a.sectors for a in r.agreements] == [["electronics_electrical"]]


def test_a_list_of_domains_keeps_every_label(read):
    r = read("La société Norvane et le groupe Pellor ont signé hier un accord de coopération dans les domaines "
             "du tourisme, de la logistique, du ciment, des engrais et de la pêche.")
    assert [sorted(a.sectors) for a in r.agreements] == [
        ["agriculture", "chemicals", "construction_materials", "logistics_transport", "tourism"]]


def test_other_sectors_beyond_the_act_are_ignored(read):
    r = read("La société Norvane et le groupe Pellor ont signé une convention pour la fabrication de tracteurs, "
             "et comptent étendre leur partenariat à d'autres secteurs comme le textile et l'acier.")
    assert r.agreements and all(a.sectors == ["machinery"] for a in r.agreements)
