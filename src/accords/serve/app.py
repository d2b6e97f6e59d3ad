"""The analyst's desk: one FastAPI application, JSON under ``/api`` and server-rendered pages.

``create_app`` builds it over one database; ``accords serve`` runs it with uvicorn. The server is
read-only unless a token is set (``ACCORDS_TOKEN``): then ``POST /api/articles`` and storing from
the Read page need it as a bearer token.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accords.store.db import open_db
from accords.store.query import QueryError

HERE = Path(__file__).resolve().parent
VENDORED = ("cytoscape/dist", "swagger-ui-dist")  # npm packages (package.json) served under /vendor
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def vendor_dir() -> Path | None:
    """Where npm put the front-end libraries (``node_modules`` of the project, or ``ACCORDS_VENDOR``)."""
    env = os.environ.get("ACCORDS_VENDOR")
    candidates = [Path(env)] if env else []
    candidates += [p / "node_modules" for p in HERE.parents]
    return next((c for c in candidates if (c / "cytoscape" / "dist").is_dir()), None)


class Desk:
    """What the routes share: the session factory, the token, and a reader loaded on first use."""

    def __init__(self, db_url: str | None, token: str | None, reader=None) -> None:
        self.engine, self.sessions = open_db(db_url)
        self.token = token
        self._reader = reader
        self._lock = threading.Lock()

    @property
    def reader(self):
        with self._lock:
            if self._reader is None:
                from accords.read.pipeline import Reader

                self._reader = Reader()
            return self._reader


def create_app(db_url: str | None = None, token: str | None = None, reader=None) -> FastAPI:
    """The application over ``db_url`` (default: ``ACCORDS_DB`` or ``accords.db``)."""
    from accords.serve import api, pages

    app = FastAPI(title="accords", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Agreements of industrial cooperation read from the French-language economic press.")
    app.state.desk = Desk(db_url, token if token is not None else os.environ.get("ACCORDS_TOKEN") or None, reader)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    vendor = vendor_dir()
    for package in VENDORED if vendor is not None else ():  # only the files the pages load, not node_modules
        if (vendor / package).is_dir():
            app.mount(f"/vendor/{package}", StaticFiles(directory=vendor / package), name=f"vendor:{package}")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        """Swagger UI over ``/openapi.json``, its files served from npm's ``swagger-ui-dist``, not a CDN."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="accords API",
                                   swagger_js_url="/vendor/swagger-ui-dist/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui-dist/swagger-ui.css",
                                   swagger_favicon_url="/vendor/swagger-ui-dist/favicon-32x32.png")

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):
        """Article text is untrusted: pages may run only the app's own scripts (no inline script)."""
        response = await call_next(request)
        if response.headers.get("content-type", "").startswith("text/html") and request.url.path != "/docs":
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or exc.status_code not in (404,):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.not_found(request, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                             for e in exc.errors())
        return JSONResponse({"detail": f"invalid request: {problems}", "errors": _plain(exc.errors())},
                            status_code=422)

    return app


def _plain(errors) -> list:
    def plain(v):
        if isinstance(v, tuple | list):
            return [plain(x) for x in v]
        return v if isinstance(v, str | int | float | type(None)) else str(v)

    return [{k: plain(v) for k, v in e.items() if k != "ctx"} for e in errors]
