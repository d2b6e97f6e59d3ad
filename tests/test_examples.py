"""End to end on the bundled fictional examples against their hand-made expected readings
(``examples/expected.json``). Runs without ``../shared``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.ingest.sources import iter_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def readings(reader):
    arts = list(iter_articles([str(EXAMPLES / "articles.jsonl")]))
    return {r.id: r for r in reader.read_many(arts)}


@pytest.fixture(scope="module")
def expected():
    return json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


def test_every_example_is_read(readings, expected):
    assert set(readings) == set(expected)


def test_articles_without_agreement_yield_none(readings, expected):
    for art_id, exp in expected.items():
        if not exp["agreements"]:
            assert readings[art_id].agreements == [], art_id


def test_articles_with_agreements_yield_some(readings, expected):
    found = sum(bool(readings[i].agreements) for i, e in expected.items() if e["agreements"])
    total = sum(bool(e["agreements"]) for e in expected.values())
    assert found == total


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def test_figures_value_and_unit(readings, expected):
    tp = fp = fn = 0
    for art_id, exp in expected.items():
        pred = [(f.value, f.unit) for f in readings[art_id].figures]
        gold = [(f["value"], f["unit"]) for f in exp["figures"]]
        used: set[int] = set()
        for v, u in pred:
            j = next((j for j, (gv, gu) in enumerate(gold) if j not in used and gu == u and _close(v, gv)), None)
            if j is None:
                fp += 1
            else:
                used.add(j)
                tp += 1
        fn += len(gold) - len(used)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_kinds_and_statuses_of_agreements(readings, expected):
    hits = total = 0
    for art_id, exp in expected.items():
        pred = {(a.kind, a.status) for a in readings[art_id].agreements}
        for a in exp["agreements"]:
            total += 1
            hits += (a["kind"], a["status"]) in pred
    assert hits / total >= 0.75, hits / total


def test_signatories_are_found(readings, expected):
    gold = {s for e in expected.values() for a in e["agreements"] for s in a["signatories"]}
    pred = {s for r in readings.values() for a in r.agreements for s in a.signatories}
    assert len(gold & pred) / len(gold) >= 0.6


def test_every_fact_has_evidence_inside_the_text(readings):
    arts = {a.id: a for a in iter_articles([str(EXAMPLES / "articles.jsonl")])}
    for art_id, r in readings.items():
        n = len(arts[art_id].text)
        spans = [s for a in r.agreements for s in a.evidence] + [s for f in r.figures for s in f.evidence]
        spans += [s for e in r.entities for s in e.evidence] + [s for p in r.people for s in p.evidence]
        assert spans, art_id
        assert all(0 <= s < e <= n for s, e in spans), art_id
