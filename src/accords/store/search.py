"""Full-text search over articles and agreements, accent- and case-insensitive.

SQLite: FTS5 (``unicode61 remove_diacritics 2``), every query word matched as a prefix so that
"medicament" finds "médicaments"; ranked by bm25 with the title weighted (among the ``MAX_RANKED``
most recent matches when no filter narrows the search). PostgreSQL: the
``accords_fr`` configuration (unaccent + french stemming), ``websearch_to_tsquery``, ``ts_rank_cd``.
Snippets mark matches between ``MARK_START`` and ``MARK_END``; ``snippet_markup`` turns them into
rich markup or HTML, escaping the article text first.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import Select, text
from sqlalchemy.orm import Session

from accords.read.entities import fold_in_place

MARK_START, MARK_END = "\x02", "\x03"
# SQLite ranks (bm25) every match of a query; for a word found in most documents that is the whole
# register. Unfiltered searches rank the most recent MAX_RANKED matching documents (ids grow with
# ingestion), which keeps a search of a common word within ~100 ms at 100,000 articles.
MAX_RANKED = 20_000
DOC_TYPES = ("article", "agreement")


@dataclass(slots=True)
class Hit:
    doc_type: str
    ref_id: int
    title: str
    snippet: str
    score: float


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _parity(doc_type: str) -> int:
    return 1 if doc_type == "agreement" else 0


def _rowid(doc_type: str, ref_id: int) -> int:
    """SQLite rowid of a document: its id and type in one integer (``ref_id * 2 + type``)."""
    return ref_id * 2 + _parity(doc_type)


def index_doc(session: Session, doc_type: str, ref_id: int, title: str, body: str) -> None:
    """Add or replace one document of the index."""
    unindex_doc(session, doc_type, ref_id)
    params = {"t": doc_type, "r": ref_id, "title": title or "", "body": body or ""}
    if _sqlite(session):
        session.execute(text("INSERT INTO search_index(rowid, doc_type, ref_id, title, body) "
                             "VALUES (:rowid, :t, :r, :title, :body)"), {**params, "rowid": _rowid(doc_type, ref_id)})
    else:
        session.execute(text(
            "INSERT INTO search_index(doc_type, ref_id, title, body, tsv) VALUES (:t, :r, :title, :body, "
            "setweight(to_tsvector('accords_fr', :title), 'A') || to_tsvector('accords_fr', :body))"), params)


def unindex_doc(session: Session, doc_type: str, ref_id: int) -> None:
    if _sqlite(session):
        session.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), {"rowid": _rowid(doc_type, ref_id)})
    else:
        session.execute(text("DELETE FROM search_index WHERE doc_type = :t AND ref_id = :r"),
                        {"t": doc_type, "r": ref_id})


def clear_index(session: Session, doc_type: str) -> None:
    session.execute(text("DELETE FROM search_index WHERE doc_type = :t"), {"t": doc_type})


WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(query: str) -> str:
    """A safe FTS5 query: every word quoted and matched as a prefix, all required."""
    words = WORD.findall(query)
    return " ".join(f'"{w}"*' for w in words)


def search(session: Session, query: str, doc_type: str | None = None, allowed: dict[str, Select | None] | None = None,
           limit: int = 20) -> list[Hit]:
    """Ranked hits for ``query``. ``allowed`` restricts a doc type to the ids its SELECT returns."""
    if not WORD.search(query):
        return []
    types = [doc_type] if doc_type else list(DOC_TYPES)
    hits: list[Hit] = []
    for t in types:
        ids = _id_filter(session, (allowed or {}).get(t), "(rowid / 2)" if _sqlite(session) else "ref_id")
        hits.extend(_search_sqlite(session, query, t, ids, limit) if _sqlite(session)
                    else _search_pg(session, query, t, ids, limit))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _id_filter(session: Session, ids: Select | None, column: str) -> str:
    """`` AND column IN (ids)``. On SQLite the id is read off the rowid (``ref_id * 2 + type``): reading
    the UNINDEXED ``ref_id`` costs a lookup of every match's stored row, and a bare ``rowid IN`` makes
    FTS5 run the match once per id."""
    if ids is None:
        return ""
    sql = ids.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
    return f" AND {column} IN ({sql})"


def _search_sqlite(session: Session, query: str, doc_type: str, ids: str, limit: int) -> list[Hit]:
    # Two steps: rank every match (cheap), then make snippets for the page only — SQLite computes a
    # query's result columns before sorting, so a snippet in the ranking query is made for every match.
    q = fts5_query(query)
    parity = _parity(doc_type)
    recent = ""
    if not ids:  # a word in most documents: rank the most recent MAX_RANKED matches only
        floor = session.execute(text("SELECT rowid FROM search_index WHERE search_index MATCH :q "
                                     "ORDER BY rowid DESC LIMIT 1 OFFSET :cap"), {"q": q, "cap": MAX_RANKED}).scalar()
        recent = f" AND rowid >= {int(floor)}" if floor is not None else ""
    ranked = session.execute(text(
        "SELECT rowid, bm25(search_index, 0, 0, 4.0, 1.0) AS rank FROM search_index "
        "WHERE search_index MATCH :q AND rowid % 2 = :p" + recent + ids + " ORDER BY rank LIMIT :n"),
        {"q": q, "p": parity, "n": limit}).all()
    if not ranked:
        return []
    # FTS5's snippet() walks the whole posting list of each word for every row: ~10 ms a row for a
    # common word. The page's rows are read by rowid and their snippets made here.
    rows = session.execute(text(
        "SELECT rowid, ref_id, title, body FROM search_index WHERE rowid IN ("
        + ",".join(str(int(r.rowid)) for r in ranked) + ")"))
    by_rowid = {r.rowid: r for r in rows}
    return [Hit(doc_type, int(by_rowid[r.rowid].ref_id), by_rowid[r.rowid].title,
                make_snippet(by_rowid[r.rowid].body or "", query), -float(r.rank))
            for r in ranked if r.rowid in by_rowid]


def make_snippet(body: str, query: str, words: int = 16) -> str:
    """About ``words`` words of ``body`` around its first match of ``query`` (each query word a prefix of
    a body word, case and accents aside), matches between ``MARK_START`` and ``MARK_END``."""
    prefixes = [fold_in_place(w) for w in WORD.findall(query)]
    if not prefixes:
        return body[:200]
    folded = fold_in_place(body)
    hit = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
                     + r")\w*")
    spans = [(m.start(), m.end()) for m in hit.finditer(folded)]
    tokens = [(m.start(), m.end()) for m in WORD.finditer(body)]
    if not tokens:
        return ""
    first = next((i for i, (s, _) in enumerate(tokens) if spans and s >= spans[0][0]), 0)
    lo = max(0, min(first - words // 3, len(tokens) - words))
    hi = min(len(tokens), lo + words)
    start, end = tokens[lo][0], tokens[hi - 1][1]
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [body[pos:s], MARK_START, body[s:e], MARK_END]
        pos = e
    out.append(body[pos:end])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(tokens) else "")


def _search_pg(session: Session, query: str, doc_type: str, ids: str, limit: int) -> list[Hit]:
    sql = text(
        "WITH q AS (SELECT websearch_to_tsquery('accords_fr', :q) AS tsq), best AS ("
        " SELECT ref_id, title, body, ts_rank_cd(tsv, q.tsq) AS rank FROM search_index, q"
        " WHERE tsv @@ q.tsq AND doc_type = :t" + ids + " ORDER BY rank DESC LIMIT :n)"
        " SELECT ref_id, title, rank, ts_headline('accords_fr', body, q.tsq, :opts) AS snip FROM best, q"
        " ORDER BY rank DESC")
    opts = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=1"
    rows = session.execute(sql, {"q": query, "t": doc_type, "n": limit, "opts": opts})
    return [Hit(doc_type, int(r.ref_id), r.title, r.snip, float(r.rank)) for r in rows]


def matching_ids(session: Session, query: str, doc_type: str = "agreement") -> Select:
    """SELECT of the ids of the documents of ``doc_type`` that match ``query`` (to combine with filters)."""
    from sqlalchemy import column, literal_column, select, table

    idx = table("search_index", column("ref_id"), column("doc_type"), column("rowid"))
    if _sqlite(session):  # the id and type are read off the rowid (see ``_id_filter``)
        cond = text("search_index MATCH :fts_q").bindparams(fts_q=fts5_query(query) or '""')
        return select(literal_column("search_index.rowid / 2").label("ref_id")).select_from(idx).where(
            cond, literal_column("search_index.rowid % 2") == _parity(doc_type))
    cond = text("tsv @@ websearch_to_tsquery('accords_fr', :fts_q)").bindparams(fts_q=query)
    return select(idx.c.ref_id).where(cond, idx.c.doc_type == doc_type)


def snippet_markup(snippet: str, style: str = "rich") -> str:
    """The snippet with its marks as rich markup (``style="rich"``) or HTML ``<mark>`` (``"html"``)."""
    if style == "html":
        return html.escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    from rich.markup import escape

    return escape(snippet).replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")
