"""Agreements on self-written sentences: kind, status, parties, signatories, witnesses, merging."""

from __future__ import annotations

import pytest

from accords.read.agreements import duration_of, status_of


def _only(reading):
    assert len(reading.agreements) == 1, [(a.kind, a.parties) for a in reading.agreements]
    return reading.agreements[0]


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("Une convention a été signée hier entre les deux groupes.", "signed"),
        ("Le protocole d'accord a été paraphé par les deux directeurs.", "signed"),
        ("L'accord sera signé le mois prochain à Oran.", "planned"),
        ("Le contrat est en cours de finalisation.", "planned"),
        ("Le conseil a approuvé la convention de financement.", "approved"),
        ("Les deux parties ont examiné les possibilités de coopération.", "discussed"),
        ("Le contrat a été annulé par le ministère.", "terminated"),
    ],
)
def test_status_of_clause(clause, status):
    assert status_of(clause, "agreement") == status


def test_status_of_background_is_none():
    assert status_of("La convention compte vingt articles.", "convention") is None


@pytest.mark.parametrize(
    ("text", "duration", "renewable"),
    [
        ("une convention d'une durée d'une année renouvelable", "P1Y", True),
        ("un accord d'une durée de trois ans", "P3Y", None),
        ("un contrat pour une période de 18 mois non renouvelable", "P18M", False),
    ],
)
def test_duration(text, duration, renewable):
    got, ren, span = duration_of(text, 0, len(text))
    assert (got, ren) == (duration, renewable)
    assert span is not None and span[0] < span[1]


def test_convention_between_two_named_organisations(read):
    r = read(
        "Une convention-cadre a été signée dimanche à Alger entre la Société nationale des engrais du Sud "
        "(SNES) et la Banque maghrébine de l'équipement, afin de financer l'extension de l'usine d'engrais."
    )
    a = _only(r)
    assert a.kind == "framework_agreement"
    assert a.status == "signed"
    assert any("engrais" in p for p in a.parties) and any("Banque" in p for p in a.parties)
    assert a.place == "Alger"
    assert a.date == "2025-03-09"  # the Sunday on or before Wednesday 12 March 2025
    assert a.countries == ["DZ"]  # parties with no stated country are of the article's country


def test_signatories_and_witnesses(read):
    r = read(
        "Un protocole d'accord a été signé mardi à Tunis entre la Compagnie tunisienne des textiles techniques "
        "et le groupe Ferrari Tessuti. Le document a été paraphé par le PDG de la compagnie, Karim Belhadj, "
        "et le directeur général de Ferrari Tessuti, Paolo Venturi, en présence du ministre de l'Industrie, "
        "Samia Chaouch."
    )
    a = _only(r)
    assert a.kind == "mou" and a.status == "signed"
    assert a.signatories == ["Karim Belhadj", "Paolo Venturi"]
    assert a.witnesses == ["Samia Chaouch"]


def test_planned_partnership_between_countries_by_demonym(read):
    r = read("Un partenariat turco-marocain sera établi pour la fabrication de bus électriques à Kénitra.")
    a = _only(r)
    assert a.kind == "partnership" and a.status == "planned"
    assert set(a.countries) == {"TR", "MA"}


def test_discussed_cooperation_with_a_delegation(read):
    r = read(
        "Le ministre de l'Industrie, Farid Mansouri, a reçu une délégation portugaise avec laquelle il a examiné "
        "les moyens de renforcer la coopération dans la construction navale."
    )
    a = _only(r)
    assert a.kind == "cooperation" and a.status == "discussed"
    assert "PT" in a.countries


def test_reference_merges_into_the_act(read):
    r = read(
        "La société Atlas Câbles et le groupe Norelec ont signé un accord de partenariat à Casablanca. "
        "Cet accord, d'une durée de cinq ans, porte sur la fabrication de câbles à haute tension."
    )
    a = _only(r)
    assert a.duration == "P5Y"
    assert "electronics_electrical" in a.sectors


def test_separate_acts_stay_separate(read):
    r = read(
        "Le groupe Sidéral a signé un contrat avec la société Ferronor pour la livraison de rails. "
        "Par ailleurs, l'Office national des ports a conclu une convention avec la Banque du littoral "
        "pour le financement de deux quais."
    )
    kinds = sorted(a.kind for a in r.agreements)
    assert kinds == ["contract", "convention"]


def test_background_cooperation_makes_no_record(read):
    r = read("Les perspectives de coopération entre les deux pays sont larges et diversifiées.")
    assert r.agreements == []


def test_no_agreement_in_a_statistics_article(read):
    r = read(
        "La production industrielle a progressé de 3,2% au premier trimestre, selon l'Office national "
        "des statistiques. Les industries agroalimentaires ont enregistré la plus forte hausse."
    )
    assert r.agreements == []


def test_evidence_spans_point_at_the_trigger(read):
    text = "Un mémorandum d'entente a été signé hier entre la Société des mines du Nord et la Banque de l'Ouest."
    a = _only(read(text))
    assert a.kind == "mou"
    assert a.trigger.lower().startswith("mémorandum")
    s, e = min(a.evidence)
    assert text[s:e] and 0 <= s < e <= len(text)


def test_listed_partners_of_counted_acts_make_one_act_each(read):
    r = read(
        "Trois protocoles d'accord ont été signés jeudi à Oran entre des groupes publics et l'Agence nationale "
        "de la sous-traitance (ANST). Il s'agit du groupe Métalnor, du groupe Verrenord et du groupe Cablex. "
        "La conclusion de tels accords contribuera à densifier le tissu industriel."
    )
    assert len(r.agreements) == 3, [a.parties for a in r.agreements]
    for a in r.agreements:
        assert a.kind == "mou" and len(a.parties) == 2
        assert any("sous-traitance" in p or p == "ANST" for p in a.parties)


def test_unnamed_groups_by_nationality_are_parties(read):
    r = read("Huit accords de partenariat ont été signés mardi à Tunis entre des entreprises tunisiennes "
             "et portugaises.")
    a = _only(r)
    assert a.kind == "agreement" and a.status == "signed"
    assert a.parties == ["entreprises tunisiennes", "entreprises portugaises"]


def test_partnership_with_unnamed_foreign_operators(read):
    r = read("Le groupe Oranplast a fait état de la signature d'un partenariat avec des opérateurs sénégalais.")
    a = _only(r)
    assert "opérateurs sénégalais" in a.parties


def test_count_larger_than_the_acts_detailed_stays_a_record(read):
    r = read(
        "Douze conventions ont été signées lundi à Rabat entre des entreprises marocaines et espagnoles. "
        "Parmi ces conventions, une convention a été signée entre la société Atlas Froid et le groupe Iberfrio."
    )
    assert len(r.agreements) == 2, [a.parties for a in r.agreements]
    assert all(a.kind == "convention" for a in r.agreements)


def test_detail_of_counted_instruments_keeps_their_kind(read):
    r = read(
        "Deux mémorandums d'entente ont été signés lundi à Alger. Un mémorandum d'entente a été signé entre "
        "l'Office des brevets du Nord et l'Agence tunisienne des inventions. Un autre accord a été signé entre "
        "le Centre national des essais et la Société des laboratoires de Sfax."
    )
    assert len(r.agreements) == 2, [(a.kind, a.parties) for a in r.agreements]
    assert [a.kind for a in r.agreements] == ["mou", "mou"]


def test_instrument_named_in_apposition_gives_the_kind(read):
    r = read(
        "La société Agrinova et le groupe Sahel Engrais ont officialisé un partenariat stratégique à Dakar. "
        "Cet accord, signé sous forme de protocole d'accord (MoU), vise à améliorer les rendements agricoles."
    )
    a = _only(r)
    assert a.kind == "mou" and a.status == "signed"


def test_talk_of_developing_a_partnership_is_cooperation(read):
    r = read(
        "Le ministre de l'Energie, Karim Zerrouki, a examiné avec le groupe Helionord les perspectives de "
        "partenariat dans le solaire."
    )
    a = _only(r)
    assert a.kind == "cooperation" and a.status == "discussed"


def test_event_is_no_party(read):
    r = read(
        "Lors de la conférence Agritech Connect à Dakar, la société Agrinova et le groupe Sahel Engrais "
        "ont signé un accord de partenariat."
    )
    a = _only(r)
    assert not any("Agritech" in p for p in a.parties)


def test_people_of_the_signing_entre_clause_are_signatories(read):
    r = read(
        "La société Atlas Froid et le groupe Iberfrio ont signé une convention à Oran. Cet accord, signé "
        "entre Karim Mansouri, président de la société Atlas Froid, et Pablo Ruiz, directeur du groupe "
        "Iberfrio, porte sur la chaîne du froid."
    )
    a = _only(r)
    assert a.signatories == ["Karim Mansouri", "Pablo Ruiz"]


def test_representatives_in_a_ceremony_sentence_are_signatories(read):
    r = read(
        "La société Atlas Froid a signé une convention avec le groupe Iberfrio. La matérialisation de cet "
        "engagement s'est déroulée entre Atlas Froid, à travers son président, Youssef Benali, et le "
        "directeur général d'Iberfrio, Pablo Ruiz."
    )
    a = _only(r)
    assert a.signatories == ["Youssef Benali", "Pablo Ruiz"]


def test_signed_by_each_side(read):
    r = read("Un protocole d'accord a été signé entre la société Ferronor et le groupe Anatolia Steel, du côté "
             "algérien, par Karim Mansouri, et du côté turc, par Emre Kaya.")
    a = _only(r)
    assert a.signatories == ["Karim Mansouri", "Emre Kaya"]


def test_par_of_another_participle_names_no_signatory(read):
    r = read("Un accord a été conclu entre la société Ferronor et le groupe Anatolia Steel lors du salon "
             "organisé par Nadia Berkane à Oran.")
    a = _only(r)
    assert a.signatories == []


def test_signer_with_a_counterpart_after_avec(read):
    r = read("Emre Kaya, directeur du groupe Anatolia Steel, qui a paraphé le protocole d'accord avec le "
             "ministre de l'Industrie, Karim Mansouri, a salué ce partenariat.")
    a = _only(r)
    assert a.signatories == ["Emre Kaya", "Karim Mansouri"]


def test_those_who_preside_and_sign_are_signatories_not_witnesses(read):
    r = read(
        "Deux mémorandums ont été signés entre la société Ferronor et le groupe Anatolia Steel. Outre ces "
        "accords, le ministre de l'Industrie Karim Mansouri et son homologue turc Emre Kaya, qui ont présidé "
        "les travaux, ont procédé à la signature du procès-verbal de la réunion."
    )
    pv = [a for a in r.agreements if a.signatories]
    assert len(pv) == 1 and pv[0].kind == "agreement"
    assert pv[0].signatories == ["Karim Mansouri", "Emre Kaya"] and pv[0].witnesses == []
    assert all(not a.signatories for a in r.agreements if a is not pv[0])


def test_supervision_and_chairing_make_witnesses(read):
    r = read(
        "La société Atlas Froid a signé une convention avec le groupe Iberfrio. La signature de cet accord, "
        "supervisée par le ministre de l'Industrie, Karim Mansouri, s'est déroulée au siège du ministère."
    )
    a = _only(r)
    assert a.witnesses == ["Karim Mansouri"] and a.signatories == []


def test_chair_of_a_party_is_no_witness(read):
    r = read("Un contrat a été signé entre le ministère de l'Economie et l'Association des textiles du Nord "
             "(ATN), présidée par Karim Mansouri.")
    a = _only(r)
    assert a.witnesses == [] and a.signatories == []


def test_reference_naming_heads_of_state_is_no_new_act(read):
    r = read(
        "La société Ferronor a signé mardi une convention avec l'Agence de promotion de l'investissement "
        "(APIN). La convention a été signée par le directeur général de l'APIN, Karim Mansouri, et le "
        "représentant de Ferronor, Emre Kaya. «Signée au siège de l'APIN, la convention est une étape majeure "
        "qui traduit la volonté des présidents des deux pays MM. Ali Bensaid et Marco Rossi», ajoute le "
        "communiqué."
    )
    a = _only(r)
    assert a.signatories == ["Karim Mansouri", "Emre Kaya"]


def test_reference_told_by_its_signers_is_the_same_act(read):
    # "L'accord a été signé par le PDG de X … et le DG de Y": the act found before, not a new one
    r = read(
        "La société tunisienne Verrerie du Cap Bon et le groupe italien Lucenti Vetro ont signé lundi à "
        "Sousse un accord de partenariat pour la production de flacons. L'accord a été signé par le "
        "président du conseil d'administration de Verrerie du Cap Bon, Hatem Jlassi, et le directeur "
        "général de Lucenti Vetro, Marco Salvi, en présence du ministre de l'Industrie, Leila Ferchichi."
    )
    a = _only(r)
    assert a.signatories == ["Hatem Jlassi", "Marco Salvi"]
    assert a.witnesses == ["Leila Ferchichi"]


def test_place_of_the_signing_beats_the_place_of_the_project(read):
    r = read(
        "Une usine de pièces à Ouarzazate\n\n"
        "Une convention a été signée, mardi à Marrakech, entre l'Office régional de l'investissement du Sud "
        "et la société Atlas Moulage pour la construction d'une usine à Ouarzazate."
    )
    assert _only(r).place == "Marrakech"


def test_dateline_date_gives_way_to_the_weekday(read):
    r = read(
        "Bamako, 14 mars (AMA) - La Compagnie malienne des textiles et la société Sahel Coton Industrie "
        "ont signé, mardi à Bamako, une convention de fourniture de fibres.",
        published="2025-03-14",
    )
    assert _only(r).date == "2025-03-11"


def test_ordinal_sentences_detail_counted_acts(read):
    r = read(
        "Trois protocoles d'accord ont été signés samedi à Oran, en présence du ministre du Commerce, "
        "Karim Haddad. Le premier a été conclu entre la Chambre de commerce de l'Oranie et la Chambre "
        "de commerce de Murcie. Le deuxième lie la société Oran Emballages à l'entreprise espagnole "
        "Levante Envases. Le troisième, signé entre la Banque de l'Ouest algérien et la banque espagnole "
        "Banco Mediterráneo, porte sur le financement des exportations."
    )
    acts = r.agreements
    assert len(acts) == 3, [(a.kind, a.parties) for a in acts]
    assert all(a.kind == "mou" and a.witnesses == ["Karim Haddad"] for a in acts)
    assert all(a.date == "2025-03-08" for a in acts)


def test_both_groups_take_the_parties_of_the_act_before(read):
    r = read(
        "Un accord-cadre sera signé en mai prochain entre le groupe public Textiles de l'Est et la société "
        "turque Anadolu Dokuma, a annoncé lundi le ministre. Les deux groupes avaient déjà signé en "
        "janvier dernier un protocole d'accord à Constantine."
    )
    kinds = {a.kind: a for a in r.agreements}
    assert set(kinds) == {"framework_agreement", "mou"}
    assert kinds["framework_agreement"].status == "planned"
    assert kinds["framework_agreement"].date == "2025-05"  # the planned signing, not the announcement
    assert kinds["mou"].date == "2025-01" and kinds["mou"].place == "Constantine"
    assert len(kinds["mou"].parties) == 2


@pytest.mark.parametrize(
    ("text", "duration", "renewable"),
    [
        ("Conclue pour une durée de vingt-cinq ans renouvelable, la convention porte sur une mine.", "P25Y", True),
        ("L'accord est conclu pour une durée de trente ans.", "P30Y", None),
        ("Le contrat est signé pour une durée de dix-huit mois.", "P18M", None),
    ],
)
def test_compound_number_words_in_durations(text, duration, renewable):
    got, ren, _ = duration_of(text, 0, len(text))
    assert (got, ren) == (duration, renewable)


def test_related_link_headline_makes_no_act(read):
    r = read("Les ventes de ciment ont progressé de 4% en 2024, selon l'Association professionnelle.\n"
             "Lire aussi : Ciment : un accord signé avec le groupe Holtek pour une usine à Settat\n"
             "Le marché reste porté par les chantiers publics.")
    assert r.agreements == []


def test_name_ending_in_co_ltd_keeps_the_next_sentence(read):
    r = read("La société Atlas Forge a signé un contrat avec Jiangsu Meiyuan Machinery Co. Ltd. "
             "La cérémonie s'est déroulée mardi à Tanger.", published="2025-03-12")
    a = _only(r)
    assert any("Jiangsu Meiyuan" in p for p in a.parties)
    assert a.place == "Tanger"


def test_en_partenariat_is_the_manner_of_the_act(read):
    r = read("Les groupes Sidra et Nortek ont signé hier à Oran un pacte d'actionnaires pour la création, "
             "en partenariat, d'une société de droit algérien.")
    assert _only(r).kind == "agreement"


def test_state_named_by_demonym_is_a_party(read):
    r = read("L'Etat burkinabè a signé jeudi à Ouagadougou une convention d'investissement avec le groupe "
             "indien Vardhan Solar Industries pour une usine de panneaux.")
    a = _only(r)
    assert "Burkina Faso" in a.parties
    assert any(p.startswith("Vardhan Solar") for p in a.parties)
    assert set(a.countries) == {"BF", "IN"}


def test_kingdom_and_republic_are_parties(read):
    r = read("Le Royaume de Belgique a signé mardi une convention avec la société Norvalis Chemicals.")
    assert "Belgique" in _only(r).parties
    r = read("Un accord de prêt a été signé entre la République du Niger et la Banque ouest-africaine de "
             "développement (BOAD).")
    a = _only(r)
    assert "Niger" in a.parties and a.countries == ["NE"]  # an international bank has no country


def test_country_beside_a_named_bank_in_entre_clause(read):
    r = read("Un accord de financement a été signé lundi entre le Togo et la Banque islamique de "
             "développement (BID).")
    assert "Togo" in _only(r).parties


def test_approving_body_is_not_a_party(read):
    r = read("Le Conseil des ministres a approuvé la convention de concession entre l'Etat du Bénin et la "
             "société Lagune Port Services. La convention sera soumise à l'Assemblée nationale pour approbation.")
    a = _only(r)
    assert "Bénin" in a.parties
    assert not any("Conseil" in p or "Assemblée" in p for p in a.parties)


def test_act_cited_as_source_is_not_a_new_act(read):
    r = read("Le gouvernement tchadien a signé lundi une convention minière avec la société Kharga Gold Ltd. "
             "L'Etat tchadien détiendra 10% de la société d'exploitation, par l'intermédiaire de la Société "
             "des mines du Tchad (SMT), selon le texte de la convention.")
    a = _only(r)
    assert "Tchad" in a.parties


def test_chief_of_state_is_no_state_party(read):
    r = read("La société Nordal Cement et la Société ivoirienne des ciments ont signé un accord, a indiqué "
             "le porte-parole du gouvernement.")
    assert not any(p in {"Côte d'Ivoire"} for p in _only(r).parties)


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("Le Conseil a approuvé le projet de convention de concession entre l'Etat et la société Verlune Docks.",
         "approved"),
        ("Le projet d'accord entre la commune de Bellorme et Tavrin Solaire a été validé par le conseil municipal.",
         "approved"),
        ("Le projet de convention devra être approuvé par le Conseil.", "planned"),
        ("La convention sera soumise au Parlement pour approbation avant sa signature.", "planned"),
        ("Le gouvernement a adopté le projet de loi portant ratification de l'accord signé le 4 mars.", "signed"),
    ],
)
def test_status_of_draft_and_approval(clause, status):
    assert status_of(clause, "convention") == status


def test_postponed_ceremony_keeps_no_date_or_place(read):
    a = _only(read(
        "La cérémonie de signature de l'accord de partenariat entre la société Ombrelle Textiles et le groupe "
        "Kestrane Industries, initialement prévue mardi à Ravelle, a été reportée à une date ultérieure.",
        published="2025-05-16"))
    assert a.status == "planned"
    assert a.date is None and a.place is None


def test_two_distinct_acts_detailed_by_ordinals(read):
    r = read(
        "Le gouvernement tunisien et le gouvernement sénégalais ont signé un accord de coopération "
        "industrielle et un mémorandum d'entente lundi à Tunis.\n\n"
        "Le premier est un accord de coopération dans le domaine des textiles, signé par le ministre de "
        "l'Industrie, Karim Belhadj, et le ministre sénégalais de l'Industrie, Moussa Diallo.\n\n"
        "Le second est un mémorandum d'entente sur la formation, paraphé par le ministre de l'Emploi, "
        "Sami Trabelsi.\n\n"
        "La cérémonie s'est déroulée en présence du ministre des Affaires étrangères, Hichem Gharbi.",
        published="2025-03-12")
    kinds = sorted((a.kind, tuple(sorted(a.parties))) for a in r.agreements)
    assert kinds == [("agreement", ("Sénégal", "Tunisie")), ("mou", ("Sénégal", "Tunisie"))]
    for a in r.agreements:
        assert "Hichem Gharbi" in a.witnesses


def test_shareholders_pact_is_part_of_the_joint_venture(read):
    r = read(
        "Le groupe marocain Sablor Minerais et l'italien Fjordel Kemi ont créé une société mixte dédiée aux "
        "engrais. Les deux actionnaires ont également signé un pacte d'actionnaires.",
        published="2025-03-12")
    jv = [a for a in r.agreements if a.kind == "joint_venture"]
    assert len(r.agreements) == 1 and jv
    assert jv[0].status == "signed"
    assert set(jv[0].parties) == {"Sablor Minerais", "Fjordel Kemi"}


def test_byline_date_does_not_date_the_act(read):
    r = read(
        "Chimie : une coentreprise franco-tunisienne à Sfax\n\n"
        "Par Karim Mansouri | Le 14/03/2025 à 09h30\n\n"
        "Le groupe tunisien Golfe Chimie Avancée (GCA) et le français Lambrecht Solvants ont créé une "
        "société mixte pour produire des solvants à Sfax, a annoncé jeudi GCA dans un communiqué. "
        "L'accord a été signé mercredi à Tunis par le président-directeur général de GCA, Nabil Ferchichi, "
        "et le directeur général de Lambrecht Solvants, Olivier Dumesnil.",
        published="2025-03-14")
    a = _only(r)
    assert a.kind == "joint_venture"
    assert set(a.parties) == {"Golfe Chimie Avancée", "Lambrecht Solvants"}
    assert a.date == "2025-03-12"
    assert set(a.signatories) == {"Nabil Ferchichi", "Olivier Dumesnil"}


def test_published_header_line_is_no_act_date(read):
    r = read(
        "Publié le 2 juin 2025\n\n"
        "Le groupe sénégalais Teranga Ciment et l'allemand Brandtner Bau ont signé un contrat de fourniture.",
        published="2025-06-03")
    a = _only(r)
    assert a.date == "2025-06-03"  # the publication date, the default of a signed act
    assert "date" not in a.field_evidence


def test_second_of_counted_acts_and_seat_venue(read):
    r = read(
        "Dakar, 5 mars (APS) - Deux accords de prêt ont été signés, mardi, au siège du ministère des Finances "
        "et du Budget, entre le Sénégal et la Banque ouest-africaine de développement (BOAD), pour un montant "
        "global de 90 millions d'euros.\n\n"
        "Le premier accord, d'un montant de 60 millions d'euros, porte sur la modernisation du port de pêche. "
        "Le second, d'un montant de 30 millions d'euros, est une ligne de crédit destinée aux entreprises "
        "sénégalaises.\n\n"
        "Les deux accords ont été signés par le ministre des Finances et du Budget, Abdoulaye Sarr, et le "
        "président de la BOAD, Serge Ekué.",
        published="2025-03-05")
    assert len(r.agreements) == 2, [(a.kind, a.parties) for a in r.agreements]
    for a in r.agreements:
        assert set(a.parties) == {"Sénégal", "Banque ouest-africaine de développement"}
        assert set(a.signatories) == {"Abdoulaye Sarr", "Serge Ekué"}


def test_seat_host_is_party_when_no_other_is_named(read):
    r = read("Une convention a été signée jeudi au siège de la Société nationale des transports ferroviaires.",
             published="2025-03-05")
    assert r.agreements and r.agreements[0].parties == ["Société nationale des transports ferroviaires"]


def test_later_talks_between_two_parties_are_a_discussed_cooperation(read):
    r = read(
        "Le ministère des Mines et la société canadienne Northcliff Metals ont signé lundi à Niamey une "
        "convention minière pour l'exploitation d'un gisement d'or.\n\n"
        "Par ailleurs, le gouvernement nigérien et le groupe italien Ferrantelli Costruzioni ont engagé des "
        "discussions sur la construction d'une route.",
        published="2025-02-11")
    coop = [a for a in r.agreements if a.kind == "cooperation"]
    assert len(coop) == 1 and coop[0].status == "discussed"
    assert "Ferrantelli Costruzioni" in coop[0].parties and len(coop[0].parties) == 2
    assert len(r.agreements) == 2


def test_talks_without_any_act_reported_are_no_record(read):
    r = read("Le Premier ministre et le ministre des Finances ont examiné le projet de budget.",
             published="2025-02-11")
    assert r.agreements == []


def test_second_of_counted_acts_signed_with_another_partner(read):
    r = read(
        "La société Sahel Engrais a signé jeudi à Dakar deux contrats de fourniture d'engrais avec des "
        "organismes publics.\n\n"
        "Le premier contrat, conclu avec l'Office malien des intrants agricoles (OMIA), porte sur 100.000 tonnes. "
        "Il a été signé par le directeur général de Sahel Engrais, Ousmane Faye, et le directeur de l'OMIA, "
        "Bakary Traoré.\n\n"
        "Le second, signé avec la Société nigérienne des intrants (SNI), prévoit 50.000 tonnes. Il a été "
        "paraphé par M. Faye et le directeur de la SNI, Issa Moussa.",
        published="2025-02-14")
    second = [a for a in r.agreements if "Société nigérienne des intrants" in a.parties]
    assert len(second) == 1 and len(second[0].parties) == 2
    assert any("Sahel Engrais" in p for p in second[0].parties)
