"""One command line for every stage: ``accords read``, then the register's ``ingest``, ``agreements``,
``entity``, ``search``, ``export``, ``stats``, ``errors``, ``alias``, ``rebuild`` (``accords.store.commands``)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from rich.console import Console

from accords.ingest.sources import count_inputs, iter_articles
from accords.records import Article, ArticleError, Reading

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


# --- reading in one or several processes -------------------------------------------------------

_WORKER_READER = None


def _worker_init() -> None:
    """Give a worker its reader: inherited from the parent when forked, else loaded once here."""
    global _WORKER_READER
    if _WORKER_READER is None:
        from accords.read.pipeline import Reader

        _WORKER_READER = Reader()


def _worker_read(batch: list[Article]) -> list[dict]:
    assert _WORKER_READER is not None
    return [r.to_dict() for r in _WORKER_READER.read_many(batch)]


def _batches(items: Iterable[Article | ArticleError], size: int) -> Iterator[list[Article | ArticleError]]:
    batch: list[Article | ArticleError] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_stream(items: Iterable[Article | ArticleError], processes: int = 1, batch_size: int = 16,
                reader=None) -> Iterator[dict | ArticleError]:
    """Readings (as dicts) or errors, in input order. ``reader`` is loaded once if not given; with
    several processes on Linux the workers are forked from this process and share its loaded model."""
    global _WORKER_READER
    from accords.read.pipeline import Reader

    if reader is None:
        reader = Reader(batch_size=batch_size)
    if processes <= 1:
        for batch in _batches(items, batch_size):
            arts = [a for a in batch if isinstance(a, Article)]
            readings = iter(reader.read_many(arts))
            for it in batch:
                yield it if isinstance(it, ArticleError) else next(readings).to_dict()
        return
    import multiprocessing as mp

    fork = sys.platform.startswith("linux")
    ctx = mp.get_context("fork" if fork else "spawn")
    _WORKER_READER = reader if fork else None
    with ctx.Pool(processes, initializer=_worker_init) as pool:
        batches = list(_batches(items, batch_size))
        jobs = pool.imap(_worker_read, [[a for a in b if isinstance(a, Article)] for b in batches])
        for batch, done in zip(batches, jobs, strict=True):
            readings = iter(done)
            for it in batch:
                yield it if isinstance(it, ArticleError) else next(readings)


# --- commands ----------------------------------------------------------------------------------


def cmd_read(args: argparse.Namespace) -> int:
    """``accords read``: one reading per article as a JSON line."""
    if args.pretty:
        return _read_pretty(args)
    out: TextIO
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    ctx = open(args.output, "w", encoding="utf-8") if args.output else nullcontext(sys.stdout)  # noqa: SIM115
    total = count_inputs(args.inputs)
    n_ok = n_err = n_agr = n_fig = 0
    from accords.read.pipeline import Reader

    reader = Reader()  # the rate below counts reading, not loading the model
    t0 = time.perf_counter()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err_console, transient=True, disable=not err_console.is_terminal)
    with ctx as out, progress:
        task = progress.add_task("read", total=total)
        for item in read_stream(iter_articles(args.inputs), processes=args.processes, reader=reader):
            if isinstance(item, ArticleError):
                n_err += 1
                err_console.print(f"[red]error[/red] {item}")
            else:
                n_ok += 1
                n_agr += len(item["agreements"])
                n_fig += len(item["figures"])
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
            progress.advance(task)
    dt = time.perf_counter() - t0
    rate = n_ok / dt if dt > 0 else 0.0
    err_console.print(f"read {n_ok} articles: {n_agr} agreements, {n_fig} figures, {n_err} errors "
                      f"in {dt:.1f} s ({rate:.1f} articles/s)")
    return 1 if n_err else 0


def _read_pretty(args: argparse.Namespace) -> int:
    from accords.pretty import show
    from accords.read.pipeline import Reader

    console = Console()
    reader = None
    status = 0
    for item in iter_articles(args.inputs):
        if isinstance(item, ArticleError):
            err_console.print(f"[red]error[/red] {item}")
            status = 1
            continue
        reader = reader or Reader()
        reading: Reading = reader.read(item)
        show(console, item, reading)
        if not args.all:
            break
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accords", description="Read the economic press into agreement records.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("read", help="read articles and print one JSON reading per article")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl of articles, .txt (one article), or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write the readings there instead of stdout")
    p.add_argument("-j", "--processes", type=int, default=1, help="reader processes (default 1)")
    p.add_argument("--pretty", action="store_true", help="show the first article with its evidence highlighted")
    p.add_argument("--all", action="store_true", help="with --pretty: show every article, not only the first")
    p.set_defaults(func=cmd_read)
    from accords.store.commands import add_parsers

    add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from accords.store.commands import run

    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
