"""JSON endpoints under ``/api`` (described at ``/openapi.json``, browsable at ``/docs``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from accords.records import Article, ArticleError
from accords.store import query as q
from accords.store.models import AgreementRow, ArticleRow, EntityRow

router = APIRouter(prefix="/api", tags=["api"])

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
KINDS = Literal["framework_agreement", "convention", "agreement", "mou", "joint_venture", "contract", "partnership",
                "cooperation"]
STATUSES = Literal["signed", "approved", "planned", "discussed", "terminated"]
SORT_RE = r"^-?(" + "|".join(q.SORTS) + ")$"


def session(request: Request) -> Iterator[Session]:
    with request.app.state.desk.sessions() as s:
        yield s


DB = Annotated[Session, Depends(session)]


class Filters(BaseModel):
    """The filters of ``accords agreements``."""

    country: str | None = Field(None, max_length=80, description="ISO 3166-1 code or French name")
    partner: str | None = Field(None, max_length=80, description="another country of the agreement")
    party: str | None = Field(None, max_length=300, description="a party, by any of its names")
    sector: str | None = Field(None, max_length=40)
    kind: KINDS | None = None
    status: STATUSES | None = None
    since: str | None = Field(None, pattern=DATE_RE)
    until: str | None = Field(None, pattern=DATE_RE)
    text: str | None = Field(None, max_length=500, description="words of the agreement (parties, label, place)")

    def to_filter(self) -> q.AgreementFilter:
        return q.AgreementFilter(**self.model_dump())


FilterQuery = Annotated[Filters, Query()]


@router.get("/agreements", summary="Consolidated agreements, filtered, sorted, paginated")
def list_agreements(db: DB, filters: FilterQuery, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                    offset: Annotated[int, Query(ge=0)] = 0,
                    sort: Annotated[str, Query(pattern=SORT_RE)] = "-date") -> dict[str, Any]:
    flt = filters.to_filter()
    rows = q.list_agreements(db, flt, limit=limit, offset=offset, sort=sort)
    return {"total": q.count_agreements(db, flt), "limit": limit, "offset": offset, "sort": sort,
            "items": [q.agreement_json(db, a, with_sources=False) for a in rows]}


@router.get("/agreements/{agreement_id}", summary="One agreement with its sources and evidence")
def get_agreement(db: DB, agreement_id: int) -> dict[str, Any]:
    agr = db.get(AgreementRow, agreement_id)
    if agr is None:
        raise HTTPException(404, f"no agreement {agreement_id}")
    return q.agreement_json(db, agr)


@router.get("/entities", summary="Entities by name or alias (prefix, accent-insensitive)")
def find_entities(db: DB, q_: Annotated[str, Query(alias="q", min_length=1, max_length=200)],
                  limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    return {"query": q_, "items": q.search_entities(db, q_, limit)}


@router.get("/entities/{entity_id}", summary="One entity: aliases, agreements, partners, people, figures")
def get_entity(db: DB, entity_id: int) -> dict[str, Any]:
    ent = db.get(EntityRow, entity_id)
    if ent is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return q.entity_view(db, ent)


@router.get("/articles/{article_id}", summary="An article's text with every fact's spans")
def get_article(db: DB, article_id: str) -> dict[str, Any]:
    art = q.find_article(db, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return q.article_json(db, art)


@router.get("/search", summary="Full-text search over articles and agreements")
def search(db: DB, filters: FilterQuery, q_: Annotated[str, Query(alias="q", min_length=1, max_length=500)],
           type_: Annotated[Literal["article", "agreement"] | None, Query(alias="type")] = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    from accords.store.search import snippet_markup

    hits = q.search_register(db, q_, filters.to_filter(), type_, limit)
    items = []
    for h in hits:
        item = {"type": h.doc_type, "id": h.ref_id, "title": h.title, "score": round(h.score, 6),
                "snippet_html": snippet_markup(h.snippet, "html")}
        if h.doc_type == "article":
            art = db.get(ArticleRow, h.ref_id)
            item.update(id=art.ext_id, outlet=art.outlet, published=art.published)
        items.append(item)
    return {"query": q_, "items": items}


@router.get("/stats", summary="Counts by country pair, sector, status and month")
def stats(db: DB) -> dict[str, Any]:
    return q.stats(db)


@router.get("/network", summary="Parties as nodes, agreements as edges")
def network(db: DB, filters: FilterQuery,
            level: Literal["countries", "organisations"] = "countries") -> dict[str, Any]:
    return q.network(db, level, filters.to_filter())


class ArticleIn(BaseModel):
    """An article as RECORDS.md gives it; only ``text`` is required."""

    id: str | None = Field(None, max_length=300)
    text: str = Field(min_length=1, max_length=500_000)
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=2000)

    def to_article(self, default_id: str) -> Article:
        try:
            return Article.from_dict({**self.model_dump(), "id": self.id or default_id}, "request")
        except ArticleError as e:
            raise HTTPException(422, e.reason) from None


@router.post("/read", summary="Read a pasted article without storing it")
def read(request: Request, article: ArticleIn) -> dict[str, Any]:
    art = article.to_article("pasted")
    return request.app.state.desk.reader.read(art).to_dict()


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.desk.token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with ACCORDS_TOKEN set to accept articles")
    if authorization != f"Bearer {token}":
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", summary="Read and store articles (needs the bearer token)", status_code=201,
             dependencies=[Depends(require_token)])
def ingest(request: Request, articles: ArticleIn | list[ArticleIn]) -> dict[str, Any]:
    return store_articles(request, articles if isinstance(articles, list) else [articles])


def store_articles(request: Request, items: list[ArticleIn]) -> dict[str, Any]:
    """Ingest articles through the same path as ``accords ingest``; returns the summary."""
    from accords.store.ingest import ingest as ingest_items

    desk = request.app.state.desk
    if len(items) > 1000:
        raise HTTPException(413, "at most 1000 articles per request")
    arts = [a.to_article(f"api-{i}") for i, a in enumerate(items)]
    missing = [i for i, a in enumerate(items) if not a.id]
    if missing:
        raise HTTPException(422, f"articles to store need an 'id' (missing at {missing[:10]})")
    summary = ingest_items(desk.sessions, arts, lambda batch: [r.to_dict() for r in desk.reader.read_many(batch)])
    return {"new": summary.new, "versions": summary.versions, "unchanged": summary.unchanged,
            "republished": summary.republished, "errors": summary.error_messages,
            "agreements": summary.agreements, "figures": summary.figures,
            "ids": [a.id for a in arts]}
