"""Snippets and the ranking cap of SQLite search."""

from __future__ import annotations

import re

from accords.store import search
from accords.store.search import MARK_END, MARK_START, make_snippet

from .helpers import article, put, reading

BODY = ("La Société des verreries du Hodna a signé hier un accord pour la fabrication de FLACONS "
        "pharmaceutiques à Msila. Les flacons seront exportés vers le Sahel dès l'an prochain, selon la direction.")


def test_snippet_marks_prefixes_whatever_the_case_and_accents():
    snip = make_snippet(BODY, "flacon exportes")
    assert f"{MARK_START}FLACONS{MARK_END}" in snip and f"{MARK_START}exportés{MARK_END}" in snip


def test_snippet_is_a_window_around_the_first_match():
    snip = make_snippet(BODY, "sahel", words=6)
    assert snip.startswith("…") and snip.endswith("…") and f"{MARK_START}Sahel{MARK_END}" in snip
    assert len(re.findall(r"\w+", snip)) == 6  # "l'an" is two words


def test_snippet_without_a_match_is_the_beginning():
    assert make_snippet(BODY, "ciment", words=4) == "La Société des verreries…"


def test_common_words_are_ranked_among_the_most_recent_matches(tmp_path, monkeypatch):
    from accords.store.db import open_db

    _, factory = open_db(f"sqlite:///{tmp_path / 'r.db'}")
    put(factory, *[(article(f"c{i}", text=f"Une usine de ciment numéro {i}."), reading(f"c{i}", "2025-03-12"))
                   for i in range(12)])
    monkeypatch.setattr(search, "MAX_RANKED", 5)
    with factory() as s:
        hits = search.search(s, "usine", "article", limit=20)
    assert len(hits) == 6 and min(h.ref_id for h in hits) == 7  # the six newest of twelve
