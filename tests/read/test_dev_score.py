"""The dev-set ratchet: no score may fall more than 0.02 below the best recorded in tests/ratchet.json.

Needs ``../shared`` (the dev articles, their gold and the scorer); skipped with a message without it.
Record a rise with ``python tools/devscore.py --update`` in the same commit.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TOLERANCE = 0.02

pytestmark = pytest.mark.skipif(
    not (SHARED / "data" / "dev" / "articles.jsonl").exists() or not (SHARED / "eval" / "score.py").exists(),
    reason=f"the shared dev set is not at {SHARED} (needs data/dev/articles.jsonl and eval/score.py)",
)


@pytest.fixture(scope="module")
def scores():
    spec = importlib.util.spec_from_file_location("devscore", ROOT / "tools" / "devscore.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.run(SHARED / "data" / "dev" / "articles.jsonl", SHARED / "data" / "dev" / "gold")


def test_no_score_falls_below_the_ratchet(scores):
    best = json.loads((ROOT / "tests" / "ratchet.json").read_text())
    drops = {k: (round(scores.get(k, 0.0), 4), v) for k, v in best.items() if scores.get(k, 0.0) < v - TOLERANCE}
    assert not drops, f"scores below the ratchet (now, best): {drops}"


def test_every_dev_article_gets_a_reading(scores):
    assert scores["documents"] > 0.9
