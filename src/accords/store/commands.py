"""The register's commands: ``ingest``, ``agreements``, ``entity``, ``search``, ``export``, ``stats``,
``errors``, ``alias`` and ``rebuild`` (the parsers are added to ``accords`` by ``add_parsers``)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from accords.store.db import open_db, resolve_url
from accords.store.export import FORMATS
from accords.store.query import AgreementFilter, QueryError

out_console = Console(highlight=False, soft_wrap=False)
if not out_console.is_terminal:  # piped: wide enough for tables to stay readable
    out_console = Console(highlight=False, soft_wrap=False, width=160)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class CommandError(Exception):
    """A user error worth one clear line and exit status 2."""


def _sessions(args: argparse.Namespace, create: bool = False):
    url = resolve_url(args.db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url[len("sqlite:///"):])
        if not path.exists():
            raise CommandError(f"no register at {path}: run `accords ingest INPUT...` first (or pass --db)")
    _, factory = open_db(url)
    return factory


def _filter(args: argparse.Namespace) -> AgreementFilter:
    return AgreementFilter(country=args.country, partner=args.partner, party=args.party, sector=args.sector,
                           kind=args.kind, status=args.status, since=args.since, until=args.until)


# --- ingest ------------------------------------------------------------------------------------

def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from accords.cli import read_stream
    from accords.ingest.sources import count_inputs, iter_articles
    from accords.read.pipeline import Reader
    from accords.store.ingest import ingest

    factory = _sessions(args, create=True)
    reader = None

    def read(articles):
        nonlocal reader
        reader = reader or Reader()
        return list(read_stream(articles, processes=args.processes, reader=reader))

    progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=err_console, transient=True, disable=not err_console.is_terminal)
    t0 = time.perf_counter()
    with progress:
        task = progress.add_task("ingest", total=count_inputs(args.inputs))

        def on_batch(n, summary):
            for msg in summary.error_messages:
                err_console.print(f"[red]error[/red] {msg}")
            progress.advance(task, n)

        s = ingest(factory, iter_articles(args.inputs), read, batch_size=args.batch_size, on_batch=on_batch)
    dt = time.perf_counter() - t0
    stored = s.new + s.versions + s.republished
    seen = stored + s.unchanged
    err_console.print(
        f"ingested {seen} articles into {resolve_url(args.db)}: {s.new} new, {s.versions} new versions, "
        f"{s.republished} republished, {s.unchanged} unchanged; {s.agreements} agreements, {s.figures} figures, "
        f"{s.errors} errors in {dt:.1f} s ({seen / dt if dt else 0:.1f} articles/s)")
    return 1 if s.errors else 0


# --- agreements, entity, search ------------------------------------------------------------------

def _agreement_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("id", "date", "kind", "status", "parties", "countries", "sectors", "signatories", "sources"):
        short = col in ("id", "date", "kind", "status", "countries", "sources")
        table.add_column(col, no_wrap=short, overflow="fold", ratio=None if short else 1)
    for a in rows:
        table.add_row(str(a["id"]), a["date"] or "", a["kind"], a["status"], "\n".join(a["parties"]),
                      " ".join(a["countries"]), ", ".join(a["sectors"]), "\n".join(a["signatories"]),
                      str(a.get("n_sources", len(a.get("sources", [])))))
    return table


def cmd_agreements(args: argparse.Namespace) -> int:
    from accords.store.export import flat_rows, write_csv
    from accords.store.query import agreement_json, count_agreements, list_agreements

    with _sessions(args)() as session:
        flt = _filter(args)
        if args.format == "csv":
            write_csv((r for i, r in enumerate(flat_rows(session, flt)) if args.limit is None or i < args.limit),
                      sys.stdout)
            return 0
        rows = list_agreements(session, flt, limit=args.limit, sort=args.sort)
        if args.format == "json":
            for agr in rows:
                print(json.dumps(agreement_json(session, agr), ensure_ascii=False))
            return 0
        total = count_agreements(session, flt)
        dicts = [agreement_json(session, a, with_sources=False) for a in rows]
        out_console.print(_agreement_table(dicts, f"{len(dicts)} of {total} agreements"))
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    from accords.store.query import entity_view, find_entity

    with _sessions(args)() as session:
        ent = find_entity(session, args.name)
        if ent is None:
            raise CommandError(f"no entity named {args.name!r} in the register")
        view = entity_view(session, ent)
    if args.format == "json":
        print(json.dumps(view, ensure_ascii=False, indent=1))
        return 0
    c = out_console
    head = f"[bold]{view['name']}[/bold]  ({view['type']}, #{view['id']}"
    head += f", {view['country']})" if view["country"] else ")"
    c.print(head)
    if view["title"] or view["organisation"]:
        c.print(", ".join(x for x in (view["title"], view["organisation"]) if x))
    c.print(f"aliases: {'; '.join(view['aliases'])}")
    if view["partners"]:
        c.print("partners: " + "; ".join(f"{p['name']} ({p['agreements']})" for p in view["partners"][:15]))
    if view["people"]:
        c.print("people: " + "; ".join(f"{p['name']}" + (f" ({p['title']})" if p["title"] else "")
                                       for p in view["people"]))
    if view["agreements"]:
        c.print(_agreement_table(view["agreements"], f"{len(view['agreements'])} agreements"))
    if view["figures"]:
        t = Table(title="figures")
        for col in ("kind", "text", "period", "article"):
            t.add_column(col)
        for f in view["figures"][:30]:
            t.add_row(f["kind"], f["text"], f["period"] or "", f["article_id"])
        c.print(t)
    c.print(f"mentioned in {len(view['sources'])} articles: "
            + ", ".join(s["article_id"] for s in view["sources"][:20]))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from accords.store.query import search_register
    from accords.store.search import MARK_END, MARK_START, snippet_markup

    with _sessions(args)() as session:
        flt = _filter(args)
        hits = search_register(session, args.query, flt, args.type, args.limit)
        if args.format == "json":
            for h in hits:
                print(json.dumps({"type": h.doc_type, "id": h.ref_id, "title": h.title, "score": round(h.score, 4),
                                  "snippet": h.snippet.replace(MARK_START, "«").replace(MARK_END, "»")},
                                 ensure_ascii=False))
            return 0
        from accords.store.models import ArticleRow

        if not hits:
            out_console.print(f"no match for {args.query!r}")
        for h in hits:
            ref = f"agreement {h.ref_id}"
            if h.doc_type == "article":
                art = session.get(ArticleRow, h.ref_id)
                about = ", ".join(x for x in (art.outlet, art.published) if x)
                ref = f"article {art.ext_id}" + (f" ({about})" if about else "")
            out_console.print(f"[bold]{ref}[/bold]  {h.title or ''}")
            out_console.print("   " + snippet_markup(h.snippet.replace("\n", " ")))
    return 0


# --- export, stats, errors -----------------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    from accords.store.export import export

    with _sessions(args)() as session:
        n, where = export(session, args.format, args.out, _filter(args))
    err_console.print(f"exported {n} {'edges' if args.format == 'graphml' else 'agreements'} to {where}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from accords.store.models import AgreementRow, ArticleRow, EntityRow
    from accords.store.query import stats

    with _sessions(args)() as session:
        data = stats(session)
        totals = {"articles": session.scalar(select(func.count(ArticleRow.id)).where(ArticleRow.current.is_(True))),
                  "agreements": session.scalar(select(func.count(AgreementRow.id))),
                  "entities": session.scalar(select(func.count(EntityRow.id)))}
    if args.format == "json":
        print(json.dumps({"totals": totals, **data}, ensure_ascii=False, indent=1))
        return 0
    out_console.print(", ".join(f"{v} {k}" for k, v in totals.items()))
    for name, rows in data.items():
        t = Table(title=name.replace("_", " "))
        t.add_column({"country_pairs": "countries", "statuses": "status", "months": "month"}.get(name, "sector"))
        t.add_column("agreements", justify="right")
        for r in rows[: args.top]:
            t.add_row(r["key"], str(r["agreements"]))
        out_console.print(t)
    return 0


def cmd_errors(args: argparse.Namespace) -> int:
    from accords.store.models import IngestError

    with _sessions(args)() as session:
        rows = session.scalars(select(IngestError).order_by(IngestError.id.desc()).limit(args.limit)).all()
    for e in reversed(rows):
        where = f"{e.source}:{e.line}" if e.line is not None else e.source
        print(f"{e.at:%Y-%m-%d %H:%M:%S}  {where}: {e.reason}" + (f" (article {e.article_id})" if e.article_id else ""))
    if not rows:
        err_console.print("no ingest errors")
    return 0


# --- analyst corrections ------------------------------------------------------------------------

def cmd_alias(args: argparse.Namespace) -> int:
    from accords.store.consolidate import rebuild
    from accords.store.models import OverrideRow

    factory = _sessions(args)
    with factory() as session, session.begin():
        if args.action == "list":
            for o in session.scalars(select(OverrideRow).order_by(OverrideRow.id)):
                print("\t".join(x for x in (o.action, o.name, o.target or "") if x or o.action == "merge"))
            return 0
        if args.action == "load":
            if len(args.names) != 1:
                raise CommandError("alias load wants one file: a TSV of 'merge NAME TARGET' / 'split NAME' lines")
            rules = _read_alias_file(args.names[0])
        elif args.action == "merge":
            if len(args.names) != 2:
                raise CommandError("alias merge wants two names: NAME TARGET")
            rules = [("merge", args.names[0], args.names[1])]
        else:
            if len(args.names) != 1:
                raise CommandError("alias split wants one name")
            rules = [("split", args.names[0], None)]
        for action, name, target in rules:
            session.add(OverrideRow(action=action, name=name, target=target))
        session.flush()
        n = rebuild(session)
    err_console.print(f"{len(rules)} correction(s) recorded; register rebuilt from {n} articles")
    return 0


def _read_alias_file(path: str) -> list[tuple[str, str, str | None]]:
    """A TSV of corrections: ``merge<TAB>NAME<TAB>TARGET`` or ``split<TAB>NAME``; # starts a comment."""
    rules: list[tuple[str, str, str | None]] = []
    try:
        fh = open(path, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as e:
        raise CommandError(f"{path}: {e.strerror}") from None
    with fh:
        for n, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            action = row[0].strip().lower()
            if action == "merge" and len(row) >= 3 and row[1].strip() and row[2].strip():
                rules.append(("merge", row[1].strip(), row[2].strip()))
            elif action == "split" and len(row) >= 2 and row[1].strip():
                rules.append(("split", row[1].strip(), None))
            else:
                raise CommandError(f"{path}:{n}: expected 'merge<TAB>NAME<TAB>TARGET' or 'split<TAB>NAME'")
    return rules


def cmd_rebuild(args: argparse.Namespace) -> int:
    from accords.store.consolidate import rebuild

    with _sessions(args)() as session, session.begin():
        n = rebuild(session)
    err_console.print(f"register rebuilt from {n} articles")
    return 0


# --- parsers ------------------------------------------------------------------------------------

def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="database URL or SQLite file (default: $ACCORDS_DB, else accords.db)")


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--country", help="a country of the agreement (ISO code or French name)")
    g.add_argument("--partner", help="another country of the agreement")
    g.add_argument("--party", metavar="NAME", help="a party (any of its names)")
    g.add_argument("--sector", help="a sector label of sectors.tsv")
    g.add_argument("--kind", help="mou, agreement, convention, contract, joint_venture…")
    g.add_argument("--status", help="signed, approved, planned, discussed, terminated")
    g.add_argument("--since", metavar="DATE", help="acts dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--until", metavar="DATE", help="acts dated on or before")


def add_parsers(sub) -> None:
    """Add the register's commands to the ``accords`` parser."""
    p = sub.add_parser("ingest", help="read articles and store them in the register")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl of articles, .txt (one article), or - for stdin")
    p.add_argument("-j", "--processes", type=int, default=1, help="reader processes (default 1)")
    p.add_argument("--batch-size", type=int, default=64, help="articles per transaction (default 64)")
    _db(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("agreements", help="the consolidated agreements, filtered")
    _filters(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--sort", default="-date", help="date, first_reported, kind, status, sources, id; - for descending")
    p.add_argument("--limit", type=int, default=None, help="at most N agreements")
    _db(p)
    p.set_defaults(func=cmd_agreements)

    p = sub.add_parser("entity", help="one organisation, person or country with its agreements")
    p.add_argument("name", help="any name or alias, an ISO country code, or #ID")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db(p)
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("search", help="full-text search over articles and agreements")
    p.add_argument("query")
    _filters(p)
    p.add_argument("--type", choices=("article", "agreement"), help="only this kind of hit")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=("table", "json"), default="table")
    _db(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="the register as csv, json, parquet or graphml")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", metavar="FILE", help="output file (default: stdout for csv/json, accords.FORMAT else)")
    _filters(p)
    _db(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="counts by country pair, sector, status and month")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--top", type=int, default=20, help="rows per table (default 20)")
    _db(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("errors", help="articles that could not be ingested")
    p.add_argument("--limit", type=int, default=100)
    _db(p)
    p.set_defaults(func=cmd_errors)

    p = sub.add_parser("alias", help="correct entity resolution: merge NAME TARGET | split NAME | load FILE | list")
    p.add_argument("action", choices=("merge", "split", "load", "list"))
    p.add_argument("names", nargs="*", metavar="NAME")
    _db(p)
    p.set_defaults(func=cmd_alias)

    p = sub.add_parser("serve", help="the web desk and JSON API (FastAPI)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    _db(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("rebuild", help="recompute entities and agreements from the stored readings")
    _db(p)
    p.set_defaults(func=cmd_rebuild)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from accords.serve.app import create_app

    app = create_app(resolve_url(args.db))
    mode = "read-write (token set)" if app.state.desk.token else "read-only (set ACCORDS_TOKEN to accept articles)"
    err_console.print(f"serving {resolve_url(args.db)} at http://{args.host}:{args.port}/ — {mode}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run a register command; user errors are one line on stderr and exit status 2."""
    try:
        return args.func(args)
    except (CommandError, QueryError) as e:
        err_console.print(f"[red]error[/red] {e}")
        return 2
