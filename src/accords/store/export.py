"""The register for other tools: CSV (spreadsheets), JSON (scripts), Parquet (pandas, via pyarrow)
and GraphML (Gephi, via networkx: parties as nodes, agreements as edges)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accords.store.models import AgreementEntity, AgreementSource, ArticleRow, EntityRow
from accords.store.query import AgreementFilter, agreement_json, list_agreements

FORMATS = ("csv", "json", "parquet", "graphml")
LIST_FIELDS = ("parties", "signatories", "witnesses", "countries", "sectors", "source_urls", "source_ids")
COLUMNS = ("id", "kind", "status", "date", "place", "parties", "signatories", "witnesses", "countries", "sectors",
           "duration", "renewable", "first_reported", "n_sources", "source_ids", "source_urls")


def flat_rows(session: Session, flt: AgreementFilter | None = None) -> Iterator[dict[str, Any]]:
    """One flat dict per agreement (lists kept as lists), sources as article ids and URLs."""
    agreements = list_agreements(session, flt, limit=None, sort="date")
    sources: dict[int, list[tuple[str, str | None]]] = {}
    for agr_id, ext, url in session.execute(
            select(AgreementSource.agreement_id, ArticleRow.ext_id, ArticleRow.url)
            .join(ArticleRow, ArticleRow.id == AgreementSource.article_id).order_by(ArticleRow.published)):
        sources.setdefault(agr_id, []).append((ext, url))
    for agr in agreements:
        d = agreement_json(session, agr, with_sources=False)
        src = sources.get(agr.id, [])
        d["source_ids"] = [s[0] for s in src]
        d["source_urls"] = [s[1] for s in src if s[1]]
        yield {c: d.get(c) for c in COLUMNS}


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """CSV with list fields joined by "; "."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: "; ".join(v) if k in LIST_FIELDS else ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def write_json(session: Session, out: IO[str], flt: AgreementFilter | None = None) -> int:
    """A JSON array of agreements with their sources and evidence."""
    agreements = list_agreements(session, flt, limit=None, sort="date")
    out.write("[\n")
    for i, agr in enumerate(agreements):
        out.write((",\n" if i else "") + json.dumps(agreement_json(session, agr), ensure_ascii=False))
    out.write("\n]\n")
    return len(agreements)


def write_parquet(rows: Iterator[dict[str, Any]], path: str | Path) -> int:
    """A Parquet file (list fields as list<string>) for pandas and friends."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(rows)
    schema = pa.schema([
        ("id", pa.int64()), ("kind", pa.string()), ("status", pa.string()), ("date", pa.string()),
        ("place", pa.string()), *[(f, pa.list_(pa.string())) for f in ("parties", "signatories", "witnesses",
                                                                       "countries", "sectors")],
        ("duration", pa.string()), ("renewable", pa.bool_()), ("first_reported", pa.string()),
        ("n_sources", pa.int64()), ("source_ids", pa.list_(pa.string())), ("source_urls", pa.list_(pa.string())),
    ])
    table = pa.Table.from_pylist(data, schema=schema)
    pq.write_table(table, str(path))
    return len(data)


def graph(session: Session, flt: AgreementFilter | None = None):
    """A networkx MultiGraph: party entities as nodes, one edge per agreement and pair of its parties."""
    import networkx as nx

    g = nx.MultiGraph()
    agreements = {a.id: a for a in list_agreements(session, flt, limit=None, sort="date")}
    links = session.execute(
        select(AgreementEntity.agreement_id, EntityRow.id, EntityRow.name, EntityRow.type, EntityRow.country)
        .join(EntityRow, EntityRow.id == AgreementEntity.entity_id).where(AgreementEntity.role == "party")
        .distinct()).all()
    parties: dict[int, list[int]] = {}
    for agr_id, eid, name, etype, country in links:
        if agr_id not in agreements:
            continue
        g.add_node(f"e{eid}", label=name, type=etype, country=country or "")
        parties.setdefault(agr_id, []).append(eid)
    for agr_id, eids in parties.items():
        a = agreements[agr_id]
        attrs = {"agreement": agr_id, "kind": a.kind, "status": a.status, "date": a.date or "",
                 "sectors": "; ".join(a.sectors), "countries": "; ".join(a.countries), "sources": a.n_sources,
                 "label": a.label}
        eids = sorted(set(eids))
        for i, x in enumerate(eids):
            for y in eids[i + 1:]:
                g.add_edge(f"e{x}", f"e{y}", key=agr_id, **attrs)
    return g


def write_graphml(session: Session, path_or_buffer, flt: AgreementFilter | None = None) -> int:
    import networkx as nx

    g = graph(session, flt)
    nx.write_graphml(g, path_or_buffer)
    return g.number_of_edges()


def export(session: Session, fmt: str, out: str | None, flt: AgreementFilter | None = None) -> tuple[int, str]:
    """Write the register in ``fmt`` to ``out`` (stdout for text formats when None). Returns (count, where)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt in ("parquet", "graphml") and not out:
        out = f"accords.{fmt}"
    if fmt == "parquet":
        return write_parquet(flat_rows(session, flt), out), out
    if fmt == "graphml":
        return write_graphml(session, out, flt), out
    import sys

    buf: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else io.TextIOWrapper(  # noqa: SIM115
        sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        n = write_csv(flat_rows(session, flt), buf) if fmt == "csv" else write_json(session, buf, flt)
    finally:
        if out:
            buf.close()
        else:
            buf.detach()
    return n, out or "<stdout>"
