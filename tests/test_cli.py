"""The command line end to end: JSON lines out, errors named on stderr, exit code."""

from __future__ import annotations

import json
import subprocess
import sys

ARTICLE = ("Un protocole d'accord a été signé hier à Oran entre la Société des aciers de l'Ouest et la "
           "Banque régionale du commerce pour le financement d'une nouvelle aciérie de 45 millions d'euros.")


def _run(args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "accords.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_read_jsonl_with_a_bad_line(tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "published": "2025-02-05", "text": ARTICLE}) + "\n"
        + '{"id": "a2", "text": \n'
        + json.dumps({"id": "a3", "published": "2025-02-05", "text": "Le marché des céréales reste calme."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "readings.jsonl"
    res = _run(["read", str(src), "-o", str(out)])
    assert res.returncode == 1  # one article failed
    assert f"{src}:2" in res.stderr and "JSON" in res.stderr
    assert "read 2 articles" in res.stderr and "1 errors" in res.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["a1", "a3"]
    (ag,) = lines[0]["agreements"]
    assert ag["kind"] == "mou" and ag["status"] == "signed" and ag["date"] == "2025-02-04"
    assert any(f["unit"] == "EUR" and f["value"] == 45e6 for f in lines[0]["figures"])
    assert lines[1]["agreements"] == []


def test_read_stdin_text_exits_zero():
    res = _run(["read", "-"], stdin=ARTICLE)
    assert res.returncode == 0, res.stderr
    (reading,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert reading["id"] == "stdin" and reading["agreements"]


def test_pretty_shows_tables():
    res = _run(["read", "-", "--pretty"], stdin=ARTICLE)
    assert res.returncode == 0, res.stderr
    assert "Agreements" in res.stdout and "Figures" in res.stdout and "mou" in res.stdout
