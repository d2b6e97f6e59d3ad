"""Entities on self-written sentences: corrections of the statistical NER, acronyms, grouping."""

from __future__ import annotations

from accords.read.entities import core_name, fold, is_acronym, title_spans


def _names(reading, label):
    return {e.name for e in reading.entities if e.label == label}


def _entity(reading, name):
    return next(e for e in reading.entities if e.name == name or name in e.aliases)


def test_is_acronym():
    assert is_acronym("SNEH") and is_acronym("ANVI.PME") and is_acronym("TeKaB")
    assert not is_acronym("Alger") and not is_acronym("A")


def test_fold_removes_accents_and_case():
    assert fold("Ministère de l’Énergie") == "ministere de l'energie"


def test_core_name_drops_generic_head_and_demonym():
    assert core_name("entreprise algerienne condorix") == "condorix"
    assert core_name("groupe public sidex") == "sidex"


def test_title_spans_cover_a_minister_portfolio():
    text = "le ministre de l'Énergie et des Mines, Karim Sellami, a inauguré l'usine"
    (span,) = title_spans(text)
    assert text[span[0]:span[1]].startswith("ministre de l'Énergie et des Mines")


def test_long_form_and_acronym_are_one_entity(read):
    r = read("La Société nationale des engrais du Sud (SNES) a annoncé une hausse de ses ventes. "
             "La SNES prévoit d'exporter vers le Mali.")
    ent = _entity(r, "SNES")
    assert ent.label == "ORG"
    assert fold(ent.name).startswith("societe nationale des engrais")
    assert len(ent.evidence) >= 2


def test_currency_is_not_an_organisation(read):
    r = read("Le groupe Batimex a réalisé un chiffre d'affaires de 12 milliards de DA en 2024.")
    assert "DA" not in _names(r, "ORG")


def test_ministry_named_by_head_noun(read):
    r = read("Une réunion s'est tenue au siège du ministère de l'Industrie et de la Production pharmaceutique.")
    assert any(n.startswith("ministère de l'Industrie et de la Production pharmaceutique") for n in _names(r, "ORG"))


def test_portfolio_words_in_a_minister_title_are_not_entities(read):
    r = read("Le ministre de l'Énergie et des Mines, Karim Sellami, a visité la centrale.")
    assert not {"Énergie", "Mines"} & (_names(r, "ORG") | _names(r, "LOC"))
    assert "Karim Sellami" in _names(r, "PER")


def test_person_prefix_is_stripped_and_surname_grouped(read):
    r = read("Le directeur général de la société Maghrebia Textiles, Nabil Ferchichi, a signé le contrat. "
             "M. Ferchichi a ensuite visité l'usine.")
    ent = _entity(r, "Nabil Ferchichi")
    assert ent.label == "PER" and len(ent.evidence) == 2


def test_wilaya_prefix_is_dropped(read):
    r = read("L'usine sera implantée dans la wilaya de Tiaret, selon le promoteur.")
    assert "Tiaret" in _names(r, "LOC")


def test_name_after_a_company_descriptor_is_an_organisation(read):
    r = read("Le groupe portugais Barro Lusitano et la firme Norvalis ont signé un accord à Oran.")
    assert {"Barro Lusitano", "Norvalis"} <= _names(r, "ORG")
    assert "Barro Lusitano" not in _names(r, "PER")


def test_descriptor_is_cut_from_the_name_and_gives_the_country(read):
    r = read("L'entreprise portugaise Lusitana Cerâmica va construire une usine à Sétif.")
    ent = _entity(r, "Lusitana Cerâmica")
    assert ent.label == "ORG" and ent.name == "Lusitana Cerâmica" and ent.country == "PT"


def test_institutional_head_stays_in_the_name(read):
    r = read("La Société nationale des hydrocarbures du Désert et le Groupe industriel des ciments du Tell "
             "ont signé un mémorandum.")
    orgs = _names(r, "ORG")
    assert "Société nationale des hydrocarbures du Désert" in orgs
    assert "Groupe industriel des ciments du Tell" in orgs


def test_short_names_after_groupe_are_found(read):
    r = read("Le groupe KVX et le groupe américain Delphor ont signé deux contrats.")
    assert {"KVX", "Delphor"} <= _names(r, "ORG")


def test_headings_and_instruments_are_not_organisations(read):
    r = read("Economie\nConstruction d'une usine de ciment : le groupe tunisien Kartago Béton signe une convention.\n"
             "La Convention de partenariat entre le ministère de l'Agriculture et la société Verdal a été signée.")
    orgs = _names(r, "ORG")
    assert "Kartago Béton" in orgs and any(n.endswith("Verdal") for n in orgs)
    assert not {"Economie", "Construction", "Convention de partenariat"} & orgs


def test_ministry_referred_to_as_such_is_named_by_the_minister_title(read):
    r = read("Le ministre de l'Énergie, Karim Benali, a reçu au siège du ministère une délégation.")
    assert "ministère de l'Énergie" in _names(r, "ORG")


def test_legal_form_belongs_to_the_name(read):
    r = read("Les sociétés chinoises Hexa Engineering Co. Ltd et Lotus Mining Co. Ltd ont signé à Alger.")
    orgs = _names(r, "ORG")
    assert {"Hexa Engineering Co. Ltd", "Lotus Mining Co. Ltd"} <= orgs and "Ltd" not in orgs


def test_byline_is_not_a_person(read):
    r = read("L'accord a été signé entre Verdal et Pramix.\nPar\nKarim Zitouni\nLes commentaires sont fermés.")
    assert "Karim Zitouni" not in _names(r, "PER")


def test_short_name_glossing_an_organisation_is_its_alias(read):
    r = read("Le projet associe l'entreprise Tamarit Djazaïr (Tamdj), filiale du groupe Asmidor, "
             "et le groupe français Roulland.")
    ent = _entity(r, "Tamdj")
    assert ent.label == "ORG" and ent.name.endswith("Tamarit Djazaïr")


def test_board_belongs_to_its_organisation(read):
    r = read("Le président du conseil d'administration de Minoterie Nord Sahel, Issa Traoré, a signé le contrat.")
    orgs = _names(r, "ORG")
    assert not any("conseil" in o for o in orgs)
    assert next(p for p in r.people if p.name == "Issa Traoré").org == "Minoterie Nord Sahel"


def test_rubric_dateline_and_closing_byline_are_no_entities(read):
    r = read(
        "Économie | Publié le lundi 3 mars 2025 | Le Courrier du Sahel\n\n"
        "Niamey - Le groupe nigérien Sahel Ciments a signé un contrat avec la société Kanem Logistique. "
        "Le contrat est conclu pour une durée de deux ans, renouvelable par tacite reconduction.\n\n"
        "Amadou K. Issoufou"
    )
    names = {e.name for e in r.entities}
    assert not any("|" in n or n.startswith("Niamey -") for n in names)
    assert "Amadou K. Issoufou" not in _names(r, "PER")
    assert not any(n[:1].islower() for n in _names(r, "PER"))


def test_headline_topic_word_and_rubric_are_not_places(read):
    r = read("ECONOMIE\nCacao : un broyeur s'installe à Kribi\nLa société Mbanga Cocoa a inauguré "
             "mardi son usine de Kribi.\nLire aussi : Voitures électriques : les ventes progressent")
    names = {n for e in r.entities for n in [e.name]}
    assert not names & {"ECONOMIE", "Cacao", "Voitures"}
    assert "Kribi" in names


def test_bylines_with_capital_surname_or_outlet_line_are_no_people(read):
    r = read("Le groupe Sahel Textiles a signé mardi un accord avec la société Nerva.\n"
             "Par Aminata DIALLO\nLe directeur général, Oumar Sow, a salué l'accord.\n"
             "Idrissa Kaboré\nSahelinfo.net")
    people = {p.name for p in r.people}
    assert "Oumar Sow" in people
    assert not any("Aminata" in p or "Idrissa" in p for p in people)


def test_company_with_legal_form_is_not_a_person(read):
    r = read("Le ministère a signé avec Zhejiang Baoli Engineering Co. Ltd un contrat. "
             "Le directeur de Zhejiang Baoli, Chen Ming, était présent.")
    people = {p.name for p in r.people}
    assert not any(p.startswith("Zhejiang") for p in people)
    assert any(e.label == "ORG" and e.name.startswith("Zhejiang Baoli Engineering") for e in r.entities)


def test_company_name_known_once_is_an_organisation_everywhere(read):
    r = read("Le ministère a signé un contrat avec le groupe chinois Zhejiang Haoyun Jixie. "
             "Le directeur Afrique de Zhejiang Haoyun Jixie, Liu Wen, a salué l'accord. "
             "Zhejiang Haoyun Jixie emploie 9.000 personnes.")
    assert "Zhejiang Haoyun Jixie" in _names(r, "ORG")
    assert not any("Haoyun" in n for n in _names(r, "PER"))


def test_agency_of_a_dateline_is_an_organisation(read):
    r = read("Niamey, 3 mars (ANP) - Le ministère des Mines a signé un accord avec la société Tafidet Uranium. "
             "Les travaux débuteront en juin.\n\n(ANP)")
    assert _entity(r, "ANP").label == "ORG"
    assert all("ANP" not in a.parties for a in r.agreements)


def test_name_cut_before_its_acronym_takes_the_full_name(read):
    r = read("La Banque sahélienne pour le commerce et l'industrie (BSCI) a accordé un prêt à la société.")
    ent = _entity(r, "BSCI")
    assert ent.name == "Banque sahélienne pour le commerce et l'industrie"


def test_ministry_name_with_comma_list(read):
    r = read("Le ministère du Commerce, de l'Industrie et de la Promotion des PME a signé une convention avec "
             "la société Delvanne Agro.")
    assert "ministère du Commerce, de l'Industrie et de la Promotion des PME" in _names(r, "ORG")


def test_minister_title_with_comma_list(read):
    r = read("La convention a été paraphée par le ministre du Commerce, de l'Industrie et des Mines, Ousmane "
             "Kerlo, et le directeur de la société Delvanne Agro.")
    p = next(p for p in r.people if p.name == "Ousmane Kerlo")
    assert p.org == "ministère du Commerce, de l'Industrie et des Mines"


def test_lowercase_demonym_before_a_name_is_a_company(read):
    r = read("Le groupe tunisien Carthel Plast et le suédois Norrvik Polymer ont signé un accord.")
    assert "Norrvik Polymer" in _names(r, "ORG")
