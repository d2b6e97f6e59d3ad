"""People: the title and organisation each person is given."""

from __future__ import annotations

from accords.read.people import _singular


def _person(reading, name):
    return next(p for p in reading.people if p.name == name)


def test_title_before_name(read):
    r = read("Le document a été paraphé par le PDG du groupe Sidex, Walid Hamdani, lors de la cérémonie.")
    p = _person(r, "Walid Hamdani")
    assert p.title == "PDG"
    assert p.org and "Sidex" in p.org


def test_title_after_name(read):
    r = read("Amina Berrada, directrice générale de la Banque atlantique du commerce, a salué l'accord.")
    p = _person(r, "Amina Berrada")
    assert p.title.startswith("directrice générale")
    assert p.org and "Banque atlantique du commerce" in p.org


def test_minister_acts_for_the_ministry(read):
    r = read("Le ministre de l'Industrie, Farid Mansouri, a présidé la cérémonie.")
    p = _person(r, "Farid Mansouri")
    assert p.title == "ministre de l'Industrie"
    assert p.org == "ministère de l'Industrie"


def test_head_of_state_acts_for_the_country(read):
    r = read("Le Premier ministre sénégalais, Ousmane Diallo, a reçu les investisseurs à Dakar.")
    p = _person(r, "Ousmane Diallo")
    assert p.org == "Sénégal"


def test_every_person_has_evidence(read):
    r = read("Le président de la Chambre de commerce, Yassine Alaoui, a ouvert le forum.")
    p = _person(r, "Yassine Alaoui")
    assert p.evidence and all(s < e for s, e in p.evidence)


def test_plural_title_lists_each_minister_with_own_portfolio(read):
    r = read("La cérémonie s'est tenue en présence des ministres de l'Agriculture, Karim Belhadj, "
             "de l'Eau et des Forêts, Nadia Ferhat, et du Commerce, Sofiane Amrani.")
    assert _person(r, "Karim Belhadj").org == "ministère de l'Agriculture"
    assert _person(r, "Nadia Ferhat").org == "ministère de l'Eau et des Forêts"
    assert _person(r, "Sofiane Amrani").org == "ministère du Commerce"


def test_plural_title_of_both_countries_follows_their_order(read):
    r = read("Le forum d'affaires sénégalo-malien s'est ouvert hier. Les accords ont été signés en présence "
             "des présidents des deux pays, Ousmane Fall et Boubacar Keita, à Dakar.")
    assert _person(r, "Ousmane Fall").org == "Sénégal"
    assert _person(r, "Boubacar Keita").org == "Mali"


def test_portfolio_after_the_name_in_a_list(read):
    r = read("Etaient présents les ministres Amadou Sow de l'Economie et des Finances, et plusieurs ambassadeurs.")
    p = _person(r, "Amadou Sow")
    assert p.org == "ministère de l'Economie et des Finances"


def test_nearest_title_before_the_name(read):
    r = read("Le forum a été ouvert par le Premier ministre Karim Benali et son homologue malien Ibrahima Coulibaly.")
    p = _person(r, "Ibrahima Coulibaly")
    assert "Benali" not in (p.title or "")
    assert p.org == "Mali"


def test_elided_title_before_the_name(read):
    r = read("Le ministre a visité l'usine, accompagné de l'ambassadeur du Portugal au Sénégal, Rui Ferreira, "
             "et de plusieurs cadres.")
    p = _person(r, "Rui Ferreira")
    assert p.title.startswith("ambassadeur")
    assert p.org == "Portugal"


def test_generic_word_points_back_to_the_named_organisation(read):
    r = read("La Fédération des tanneurs du Sahel a signé une convention avec la banque. "
             "« C'est une première », a déclaré Omar Kane, vice-président de la fédération.")
    p = _person(r, "Omar Kane")
    assert p.title == "vice-président"
    assert p.org == "Fédération des tanneurs du Sahel"


def test_group_named_before_wins_over_a_region_in_the_title(read):
    r = read("Le groupe Veltrana a inauguré son usine à Oran, en présence du directeur des opérations Europe "
             "et Asie du groupe, Marc Dubreuil.")
    p = _person(r, "Marc Dubreuil")
    assert p.org and "Veltrana" in p.org


def test_possessive_title_acts_for_the_organisation_just_named(read):
    r = read("L'accord a été conclu entre la société Orvalis, à travers son directeur général, Jean Morel, "
             "et l'agence de promotion.")
    p = _person(r, "Jean Morel")
    assert p.org and "Orvalis" in p.org


def test_leader_of_a_national_delegation_acts_for_its_country(read):
    r = read("Une délégation malienne d'hommes d'affaires conduite par M. Moussa Traoré, secrétaire d'Etat, "
             "était cette semaine à Rabat.")
    p = _person(r, "Moussa Traoré")
    assert p.title.startswith("secrétaire d'Etat")
    assert p.org == "Mali"


def test_counterpart_with_demonym_gives_the_country(read):
    r = read("La signature a eu lieu en présence du ministre du Commerce, Hamid Larbi, et de son homologue "
             "ghanéenne, la ministre du Commerce, de l'Industrie et des Mines, Mme Ama Owusu, à Accra.")
    p = _person(r, "Ama Owusu")
    assert p.title.startswith("ministre du Commerce, de l'Industrie")
    assert p.org == "Ghana"


def test_president_of_the_republic_acts_for_the_country(read):
    r = read("Le Sénégal a signé l'accord. Ce projet s'inscrit dans la politique du président de la République, "
             "Mamadou Ndiaye, pour l'emploi au Sénégal.")
    p = _person(r, "Mamadou Ndiaye")
    assert p.org == "Sénégal"


def test_title_after_the_name_stops_at_the_next_person(read):
    r = read("Les travaux ont été clôturés par MM. Ali Ben Salem, ministre des Finances et Pedro Alves, "
             "vice-président de la Banque lusitane d'investissement.")
    p = _person(r, "Ali Ben Salem")
    assert p.title == "ministre des Finances"
    assert p.org == "ministère des Finances"


def test_ministry_inside_a_title_is_the_organisation(read):
    r = read("Présidant la réunion, le secrétaire général du ministère de l'Agriculture et de la Pêche, "
             "Mme Leila Haddad, a salué l'initiative.")
    p = _person(r, "Leila Haddad")
    assert p.title == "secrétaire général"
    assert p.org == "ministère de l'Agriculture et de la Pêche"


def test_singular_of_plural_titles():
    assert _singular("Premiers ministres") == "Premier ministre"
    assert _singular("directeurs généraux") == "directeur général"
    assert _singular("secrétaires d'État") == "secrétaire d'État"


def test_plural_title_followed_by_a_verb_is_no_list(read):
    r = read("Les présidents des deux pays ont reçu Karim Haddad au palais, a-t-on appris.")
    p = _person(r, "Karim Haddad")
    assert not (p.title or "").startswith("président")


def test_foreign_minister_acts_for_the_country(read):
    r = read("Le ministre marocain des Affaires étrangères, Youssef Benkirane, a reçu la délégation.")
    assert _person(r, "Youssef Benkirane").org == "Maroc"


def test_the_most_explicit_mention_gives_the_role(read):
    r = read("Karim Haddad a ouvert la séance à Sfax. « Nous allons investir », a indiqué le PDG de la "
             "société Sotrapex, Karim Haddad.")
    p = _person(r, "Karim Haddad")
    assert p.title == "PDG"
    assert p.org and "Sotrapex" in p.org
