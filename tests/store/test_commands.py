"""The register's command line end to end, with the real reader, on self-written articles
(``data/two_outlets.jsonl``: one act reported by two outlets, an article without act, a broken line)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from accords.cli import main

DATA = Path(__file__).parent / "data" / "two_outlets.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "register.db"
    assert main(["ingest", str(DATA), "--db", str(path)]) == 1  # the broken line fails; the rest is stored
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_again_changes_nothing(db, capsys):
    code, _, err = run(capsys, "ingest", str(DATA), "--db", db)
    assert "0 new" in err and "3 unchanged" in err and "1 errors" in err and code == 1


def test_one_act_two_outlets_one_agreement(db, capsys):
    code, out, _ = run(capsys, "agreements", "--db", db, "--format", "json")
    [agr] = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and agr["kind"] == "mou" and agr["countries"] == ["DZ", "TR"]
    assert [s["article_id"] for s in agr["sources"]] == ["echo-0403", "gazette-88"]
    assert "Anadolu Pompa" in agr["parties"] and "Walid Benaouda" in agr["signatories"]
    text = DATA.read_text(encoding="utf-8").splitlines()[0]
    art = json.loads(text)["text"]
    start, end = agr["sources"][0]["field_evidence"]["place"][0]
    assert art[start:end] == "Alger"


def test_filters_and_csv(db, capsys):
    assert run(capsys, "agreements", "--db", db, "--country", "TR", "--sector", "energy", "--format", "csv")[0] == 0
    code, out, _ = run(capsys, "agreements", "--db", db, "--country", "MA", "--format", "csv")
    assert list(csv.reader(io.StringIO(out)))[1:] == []
    code, _, err = run(capsys, "agreements", "--db", db, "--country", "Atlantide")
    assert code == 2 and "unknown country" in err


def test_entity_by_acronym_and_by_surname(db, capsys):
    code, out, _ = run(capsys, "entity", "SNPH", "--db", db, "--format", "json")
    view = json.loads(out)
    assert view["name"] == "Société nationale des pompes hydrauliques"
    assert {s["article_id"] for s in view["sources"]} == {"echo-0403", "gazette-88"}
    code, out, _ = run(capsys, "entity", "M. Benaouda", "--db", db, "--format", "json")
    assert json.loads(out)["name"] == "Walid Benaouda"
    assert run(capsys, "entity", "Personne Inconnue", "--db", db)[0] == 2


def test_search_without_accents(db, capsys):
    code, out, _ = run(capsys, "search", "memorandum pompes", "--db", db, "--format", "json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {h["type"] for h in hits} >= {"article"} and "«" in hits[0]["snippet"]


def test_stats_and_errors(db, capsys):
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    data = json.loads(out)
    assert data["totals"]["articles"] == 3 and data["country_pairs"] == [{"key": "DZ-TR", "agreements": 1}]
    code, out, _ = run(capsys, "errors", "--db", db)
    assert "two_outlets.jsonl:3: not valid JSON" in out


def test_export_graphml(db, capsys, tmp_path):
    code, _, err = run(capsys, "export", "--format", "graphml", "--out", str(tmp_path / "g.graphml"), "--db", db)
    assert code == 0 and "exported 1 edges" in err


def test_alias_file_merges_and_survives(db, capsys, tmp_path):
    rules = tmp_path / "aliases.tsv"
    rules.write_text("# corrections\nmerge\tGroupe Anadolu\tAnadolu Pompa\n", encoding="utf-8")
    assert run(capsys, "alias", "load", str(rules), "--db", db)[0] == 0
    code, out, _ = run(capsys, "alias", "list", "--db", db)
    assert out.strip() == "merge\tGroupe Anadolu\tAnadolu Pompa"
    bad = tmp_path / "bad.tsv"
    bad.write_text("fuse\tA\n", encoding="utf-8")
    code, _, err = run(capsys, "alias", "load", str(bad), "--db", db)
    assert code == 2 and "bad.tsv:1" in err


def test_missing_register_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "agreements", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no register" in err


def test_accords_db_names_the_database(db_url, monkeypatch, capsys):
    from accords.store.db import open_db

    open_db(db_url)[0].dispose()
    monkeypatch.setenv("ACCORDS_DB", db_url)
    code, out, _ = run(capsys, "stats", "--format", "json")
    assert code == 0 and json.loads(out)["totals"] == {"articles": 0, "agreements": 0, "entities": 0}
