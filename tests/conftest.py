"""Shared fixtures: one Reader (spaCy loaded once) for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords.records import Article, Reading

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def reader():
    from accords.read.pipeline import Reader

    return Reader()


@pytest.fixture(scope="session")
def read(reader):
    """Read one self-written text: ``read("…", published="2025-03-12")``."""

    def _read(text: str, published: str | None = "2025-03-12", title: str | None = None) -> Reading:
        return reader.read(Article(id="t", text=text, published=published, title=title))

    return _read
