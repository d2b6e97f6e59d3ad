"""Articles from files: ``.jsonl`` (one article a line), ``.txt`` (one article), or ``-`` (stdin).

Every bad line becomes an ``ArticleError`` naming the file and the line, yielded in place
of the article, so that a batch goes on and reports it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from accords.records import Article, ArticleError


def _decode(raw: bytes, source: str, line: int | None) -> str:
    try:
        return raw.decode("utf-8-sig" if line in (None, 1) else "utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(source, line, f"not UTF-8 text (byte {e.start}: {raw[e.start:e.start + 1]!r})") from None


def iter_jsonl(lines: Iterator[bytes], source: str) -> Iterator[Article | ArticleError]:
    """Articles of a JSON-lines stream; blank lines are skipped."""
    for n, raw in enumerate(lines, 1):
        try:
            line = _decode(raw, source, n)
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise ArticleError(source, n, f"not valid JSON ({e.msg} at column {e.colno})") from None
            yield Article.from_dict(data, source, n)
        except ArticleError as err:
            yield err


def iter_text(raw: bytes, source: str, art_id: str) -> Iterator[Article | ArticleError]:
    """One article from a plain-text file."""
    try:
        text = _decode(raw, source, None)
        yield Article.from_dict({"id": art_id, "text": text}, source)
    except ArticleError as err:
        yield err


def iter_articles(inputs: list[str]) -> Iterator[Article | ArticleError]:
    """Every article of every input, in order."""
    for name in inputs:
        if name == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip()[:1] == b"{":
                yield from iter_jsonl(iter(data.splitlines()), "<stdin>")
            else:
                yield from iter_text(data, "<stdin>", "stdin")
            continue
        path = Path(name)
        if not path.is_file():
            yield ArticleError(name, None, "no such file" if not path.exists() else "not a file")
            continue
        if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
            with path.open("rb") as fh:
                yield from iter_jsonl(iter(fh), name)
        else:
            yield from iter_text(path.read_bytes(), name, path.stem)


def count_inputs(inputs: list[str]) -> int | None:
    """How many articles the inputs hold (non-blank lines), for a progress bar; None for stdin."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-":
            return None
        if not path.is_file():
            total += 1
        elif path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total
