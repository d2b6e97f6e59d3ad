"""Score the reader on the shared dev set, and keep the ratchet of best scores.

    python tools/devscore.py                 # print the scores the ratchet checks
    python tools/devscore.py --update        # raise tests/ratchet.json where the scores rose
    python tools/devscore.py --gold examples/gold --articles examples/articles.jsonl

The ratchet records, for each measure, the best score reached so far; the test
``tests/read/test_dev_score.py`` fails when a score falls more than 0.02 below it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RATCHET = ROOT / "tests" / "ratchet.json"
F1_KEYS = ("documents", "agreements", "agreements_strict", "parties", "signatories", "witnesses", "countries",
           "sectors", "figures", "people", "ORG", "PER", "LOC")
ACC_KEYS = ("field_kind", "field_status", "field_date", "field_place", "field_person_org", "field_figure_kind",
            "field_duration")


def load_scorer():
    spec = importlib.util.spec_from_file_location("accords_scorer", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def run(articles: Path, gold: Path) -> dict[str, float]:
    """Read ``articles`` with the reader and return the flat scores of the measures above."""
    from accords.cli import read_stream
    from accords.ingest.sources import iter_articles

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for item in read_stream(iter_articles([str(articles)])):
            if isinstance(item, dict):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        pred = Path(fh.name)
    scores = load_scorer().score(gold, pred)["scores"]
    pred.unlink()
    flat = {k: scores[k]["f1"] for k in F1_KEYS}
    flat.update({k: scores[k]["accuracy"] for k in ACC_KEYS if scores[k]["accuracy"] is not None})
    return flat


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=SHARED / "data" / "dev" / "articles.jsonl")
    ap.add_argument("--gold", type=Path, default=SHARED / "data" / "dev" / "gold")
    ap.add_argument("--update", action="store_true", help="record the scores that rose in tests/ratchet.json")
    args = ap.parse_args()
    flat = run(args.articles, args.gold)
    best = json.loads(RATCHET.read_text()) if RATCHET.exists() else {}
    for k, v in flat.items():
        mark = "" if k not in best else ("  ▲" if v > best[k] + 1e-9 else ("  ▼" if v < best[k] - 1e-9 else ""))
        print(f"{k:<20}{v:7.3f}   best {best.get(k, float('nan')):.3f}{mark}")
    if args.update:
        merged = {k: round(max(v, best.get(k, 0.0)), 4) for k, v in flat.items()}
        RATCHET.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n")
        print(f"wrote {RATCHET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
