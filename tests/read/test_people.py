"""People: the title and organisation each person is given."""

from __future__ import annotations


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
