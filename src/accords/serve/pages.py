"""Server-rendered pages (Jinja2, autoescaped): overview, agreements, agreement, article, entity,
network, read."""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from sqlalchemy import select

from accords.read.countries import country_name
from accords.serve.api import DB, ArticleIn, Filters, session, store_articles
from accords.serve.app import HERE, vendor_dir
from accords.serve.highlight import highlight, marks, quote
from accords.store import query as q
from accords.store.models import AgreementRow, AgreementSource, ArticleRow, EntityRow

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(country_name=country_name, urlencode=urlencode)


def web_url(url: str | None) -> str | None:
    """An article's own address where it is a web address (http, https); anything else (``javascript:``,
    ``data:``) is no link."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


templates.env.filters["web_url"] = web_url
PAGE_SIZE = 50
FILTER_KEYS = ("country", "partner", "party", "sector", "kind", "status", "since", "until", "text")


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def not_found(request: Request, detail: str) -> HTMLResponse:
    return render(request, "error.html", status_code=404, title="Not found", detail=detail)


def _filters(request: Request) -> tuple[Filters | None, str | None, dict[str, str]]:
    """The filters of the query string; an invalid one is reported on the page, not a 500."""
    raw = {k: v for k, v in request.query_params.items() if k in FILTER_KEYS and v.strip()}
    if "year" in request.query_params and request.query_params["year"].strip():
        year = request.query_params["year"].strip()
        raw.update(since=year, until=year)
    try:
        return Filters(**raw), None, raw
    except ValidationError as e:
        return None, "; ".join(f"{err['loc'][0]}: {err['msg']}" for err in e.errors()), raw


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, db: DB):
    data = q.overview(db)
    months = sorted({r["month"] for r in data["months"]})
    by_month: dict[str, dict[str, int]] = defaultdict(dict)
    for r in data["months"]:
        by_month[r["month"]][r["status"]] = r["count"]
    countries = sorted({r["country"] for r in data["matrix"]})
    sectors = sorted({r["sector"] for r in data["matrix"]})
    cell = {(r["country"], r["sector"]): r["count"] for r in data["matrix"]}
    totals = q.stats(db)
    return render(request, "overview.html", title="Overview", months=months, by_month=by_month,
                  statuses=["signed", "approved", "planned", "discussed", "terminated"],
                  max_month=max((sum(v.values()) for v in by_month.values()), default=1),
                  countries=countries, sectors=sectors, cell=cell, max_cell=max(cell.values(), default=1),
                  top_parties=data["top_parties"], top_pairs=data["top_pairs"],
                  n_agreements=q.count_agreements(db), n_statuses=totals["statuses"])


@router.get("/agreements", response_class=HTMLResponse)
def agreements(request: Request, db: DB):
    filters, error, raw = _filters(request)
    sort = request.query_params.get("sort", "-date")
    if sort.lstrip("-") not in q.SORTS:
        sort, error = "-date", f"unknown sort {sort!r}"
    try:
        page = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    rows, total, facets = [], 0, {}
    if filters is not None:
        try:
            flt = filters.to_filter()
            rows = q.list_agreements(db, flt, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, sort=sort)
            total = q.count_agreements(db, flt)
            facets = q.facets(db, flt)
        except q.QueryError as e:
            error = str(e)
    return render(request, "agreements.html", title="Agreements", rows=rows, total=total,
                  facets=_facet_links(facets, raw, sort), error=error, raw=raw, sort=sort, page=page,
                  pages=max(1, -(-total // PAGE_SIZE)), query=lambda **kw: _query(raw, sort, **kw),
                  without=lambda key: _query(raw, sort, **{key: None, "page": None}))


def _facet_links(facets: dict[str, list[dict[str, Any]]], raw: dict[str, str], sort: str) -> dict[str, list[dict]]:
    """Each facet value with the link that adds it to the filters (a second country becomes the partner)."""
    out: dict[str, list[dict]] = {}
    for name, items in facets.items():
        links = []
        for it in items[:15]:
            key = it["key"]
            if name == "country":
                param = "partner" if raw.get("country") and raw["country"] != key else "country"
                on = key in (raw.get("country"), raw.get("partner"))
                label = country_name(key)
            else:
                param, label = name, key
                on = raw.get(name) == key or (name == "year" and raw.get("since") == key == raw.get("until"))
            links.append({"href": _query(raw, sort, **{param: key, "page": None}), "label": label,
                          "count": it["count"], "on": on})
        out[name] = links
    return out


def _query(raw: dict[str, str], sort: str, /, **changes: Any) -> str:
    params = {**raw, "sort": sort}
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = v
    if "year" in changes:
        params.pop("since", None)
        params.pop("until", None)
        if changes["year"] is None:
            params.pop("year", None)
    return "?" + urlencode(params)


@router.get("/agreements.csv")
def agreements_csv(request: Request, db: DB):
    from accords.store.export import flat_rows, write_csv

    filters, error, _ = _filters(request)
    if filters is None:
        raise HTTPException(422, error)
    buf = io.StringIO()
    write_csv(flat_rows(db, filters.to_filter()), buf)
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="agreements.csv"'})


@router.get("/agreements/{agreement_id}", response_class=HTMLResponse)
def agreement(request: Request, db: DB, agreement_id: int):
    agr = db.get(AgreementRow, agreement_id)
    if agr is None:
        return not_found(request, f"no agreement {agreement_id}")
    data = q.agreement_json(db, agr)
    texts = {}
    for src in data["sources"]:
        art = q.find_article(db, src["article_id"])
        texts[src["article_id"]] = art.text if art else ""
    quotes = [quote(texts[s["article_id"]], s["evidence"][0]) if s["evidence"] else "" for s in data["sources"]]
    positions = dict(db.execute(select(AgreementSource.article_id, AgreementSource.position)
                                .where(AgreementSource.agreement_id == agr.id)).all())
    anchors = [positions.get(s["article"]) for s in data["sources"]]
    return render(request, "agreement.html", title=agr.label, a=data, sources=list(zip(data["sources"], quotes,
                                                                                         anchors, strict=True)))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, db: DB, article_id: str):
    art = q.find_article(db, article_id)
    if art is None:
        return not_found(request, f"no article {article_id!r}")
    data = q.article_json(db, art)
    reading = data["reading"] or {}
    return render(request, "article.html", title=art.title or art.ext_id, art=data,
                  body=highlight(art.text, marks(reading, art.text)), reading=reading,
                  consolidated={r["position"]: r["agreement_id"] for r in data["agreements"]})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, db: DB, entity_id: int):
    ent = db.get(EntityRow, entity_id)
    if ent is None:
        return not_found(request, f"no entity {entity_id}")
    view = q.entity_view(db, ent)
    by_year: dict[str, list[dict]] = defaultdict(list)
    for a in view["agreements"]:
        by_year[(a["date"] or a["first_reported"] or "unknown")[:4]].append(a)
    return render(request, "entity.html", title=view["name"], e=view, by_year=sorted(by_year.items(), reverse=True))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, db: DB):
    text = request.query_params.get("q", "").strip()
    return render(request, "entities.html", title="Entities", q=text,
                  items=q.search_entities(db, text, 50) if text else [])


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, db: DB):
    filters, error, raw = _filters(request)
    level = request.query_params.get("level", "countries")
    if level not in ("countries", "organisations"):
        level = "countries"
    sectors = [r["key"] for r in q.facets(db)["sector"]]
    return render(request, "network.html", title="Network", raw=raw, level=level, error=error, sectors=sectors,
                  has_vendor=vendor_dir() is not None,
                  api=f"/api/network?{urlencode({**{k: v for k, v in raw.items() if k != 'year'}, 'level': level})}")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db: DB):
    from accords.store.search import snippet_markup

    text = request.query_params.get("q", "").strip()
    hits = []
    for h in q.search_register(db, text, limit=50) if text else []:
        if h.doc_type == "article":
            art = db.get(ArticleRow, h.ref_id)
            href, ref = f"/articles/{art.ext_id}", f"{art.outlet or ''} {art.published or ''}"
        else:
            href, ref = f"/agreements/{h.ref_id}", "agreement"
        hits.append({"href": href, "ref": ref, "title": h.title, "snippet": snippet_markup(h.snippet, "html")})
    return render(request, "search.html", title="Search", q=text, hits=hits)


@router.get("/read", response_class=HTMLResponse)
def read_form(request: Request):
    return render(request, "read.html", title="Read", form={}, reading=None, body=None,
                  can_store=bool(request.app.state.desk.token))


@router.post("/read", response_class=HTMLResponse)
def read_submit(request: Request, db: Annotated[Any, Depends(session)], text: Annotated[str, Form()] = "",
                published: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                article_id: Annotated[str, Form()] = "", store: Annotated[str, Form()] = "",
                token: Annotated[str, Form()] = ""):
    desk = request.app.state.desk
    form = {"text": text, "published": published, "title": title, "article_id": article_id, "store": store}
    ctx: dict[str, Any] = {"title": "Read", "form": form, "reading": None, "body": None,
                           "can_store": bool(desk.token), "error": None, "stored": None}
    try:
        item = ArticleIn(text=text, published=published.strip() or None, title=title.strip() or None,
                         id=article_id.strip() or None)
    except ValidationError as e:
        ctx["error"] = "; ".join(f"{err['loc'][0]}: {err['msg']}" for err in e.errors())
        return render(request, "read.html", status_code=422, **ctx)
    art = item.to_article("pasted")
    reading = desk.reader.read(art).to_dict()
    ctx.update(reading=reading, body=highlight(art.text, marks(reading, art.text)))
    if store:
        if not desk.token:
            ctx["error"] = "this server is read-only: start it with ACCORDS_TOKEN set to store articles"
        elif token != desk.token:
            ctx["error"] = "wrong token: the article was read, not stored"
        elif not item.id:
            ctx["error"] = "an article to store needs an id"
        else:
            ctx["stored"] = store_articles(request, [item])
    return render(request, "read.html", **ctx)
