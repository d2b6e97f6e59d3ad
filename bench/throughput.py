"""Throughput of the reader against bare spaCy, in the same run (ratios, not absolute timings).

    python bench/throughput.py [--articles 500] [--corpus FILE.jsonl]

Builds a corpus of at least 500 articles by repeating ``examples/articles.jsonl``, then
measures, each in a fresh process so that peak memory is its own:
- ``accords read`` (the whole reader) with 1 and 2 processes;
- bare ``fr_core_news_md`` (``nlp.pipe``, all components) with 1 and 2 processes.
The last line is machine-readable (2 processes each):
``reader_articles_per_s=N spacy_full_articles_per_s=N ratio=N peak_rss_mb=N``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(n: int, path: Path) -> tuple[int, int]:
    """Repeat the examples until ``n`` articles; return (articles, words)."""
    src = [json.loads(line) for line in (ROOT / "examples" / "articles.jsonl").read_text().splitlines() if line.strip()]
    arts, words = 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while arts < n:
            for a in src:
                a = dict(a, id=f"{a['id']}-{arts}")
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
                arts += 1
                words += len(a["text"].split())
                if arts >= n:
                    break
    return arts, words


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def one(kind: str, processes: int, corpus: Path) -> dict:
    """Measure one configuration in this process (called in a child)."""
    texts = [json.loads(line)["text"] for line in corpus.read_text().splitlines() if line.strip()]
    if kind == "reader":
        from accords.cli import read_stream
        from accords.ingest.sources import iter_articles
        from accords.read.pipeline import Reader

        reader = Reader()  # loaded outside the timing, as the spaCy side is
        t0 = time.perf_counter()
        n = sum(1 for _ in read_stream(iter_articles([str(corpus)]), processes=processes, reader=reader))
    else:
        import spacy

        nlp = spacy.load("fr_core_news_md")
        t0 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=processes))
    dt = time.perf_counter() - t0
    return {"articles": n, "seconds": dt, "peak_rss_mb": _peak_mb()}


def measure(kind: str, processes: int, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", kind, "--processes", str(processes),
                          "--corpus", str(corpus)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--one", choices=["reader", "spacy"], help=argparse.SUPPRESS)
    ap.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.processes, args.corpus)))
        return 0
    tmp = Path(tempfile.mkdtemp()) / "corpus.jsonl"
    corpus = args.corpus or tmp
    if args.corpus:
        lines = [json.loads(x) for x in corpus.read_text().splitlines() if x.strip()]
        n_art, n_words = len(lines), sum(len(a["text"].split()) for a in lines)
    else:
        n_art, n_words = make_corpus(args.articles, corpus)
    print(f"corpus: {n_art} articles, {n_words} words")
    rows = {}
    for kind in ("reader", "spacy"):
        for procs in (1, 2):
            r = measure(kind, procs, corpus)
            aps = r["articles"] / r["seconds"]
            wps = n_words / r["seconds"]
            rows[(kind, procs)] = (aps, r["peak_rss_mb"])
            label = "accords read" if kind == "reader" else "bare fr_core_news_md (all components)"
            print(f"{label:<40} processes={procs}  {aps:7.1f} articles/s  {wps:9.0f} words/s  "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB")
    for procs in (1, 2):
        ratio = rows[("reader", procs)][0] / rows[("spacy", procs)][0]
        print(f"ratio reader/spacy_full, {procs} process(es): {ratio:.2f}")
    r2, s2 = rows[("reader", 2)], rows[("spacy", 2)]
    print(f"reader_articles_per_s={r2[0]:.1f} spacy_full_articles_per_s={s2[0]:.1f} "
          f"ratio={r2[0] / s2[0]:.2f} peak_rss_mb={r2[1]:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
