"""Exports: CSV for spreadsheets, JSON, Parquet for pandas, GraphML for Gephi."""

from __future__ import annotations

import csv
import io
import json

import pytest

from accords.store.export import export, flat_rows, write_csv, write_json
from accords.store.query import AgreementFilter

from .helpers import act, article, put, reading


@pytest.fixture
def register(store):
    put(store,
        (article("e1", "2024-05-10"), reading("e1", "2024-05-10", [
            act(["Laboratoires du Tell", "Volga Farma"], countries=["DZ", "RU"], sectors=["pharmaceuticals"]),
            act(["Laboratoires du Tell", "Volga Farma", "Banque du Sahel"], kind="contract", countries=["DZ", "RU"])])),
        (article("e2", "2024-05-11"), reading("e2", "2024-05-11", [
            act(["Laboratoires du Tell", "Volga Farma"], countries=["DZ", "RU"], sectors=["pharmaceuticals"])])))
    return store


def test_csv_one_row_per_agreement_with_sources(register):
    buf = io.StringIO()
    with register() as s:
        assert write_csv(flat_rows(s), buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    mou = next(r for r in rows if r["kind"] == "mou")
    assert mou["source_ids"] == "e1; e2" and mou["countries"] == "DZ; RU" and mou["n_sources"] == "2"


def test_json_carries_sources_and_evidence(register):
    buf = io.StringIO()
    with register() as s:
        write_json(s, buf, AgreementFilter(kind="contract"))
    [agr] = json.loads(buf.getvalue())
    assert agr["sources"][0]["article_id"] == "e1" and agr["sources"][0]["evidence"] == [[0, 10]]


def test_parquet_reads_back(register, tmp_path):
    import pyarrow.parquet as pq

    with register() as s:
        n, where = export(s, "parquet", str(tmp_path / "r.parquet"))
    table = pq.read_table(where)
    assert n == table.num_rows == 2
    assert sorted(table.column("kind").to_pylist()) == ["contract", "mou"]
    assert table.column("parties").type.value_type.equals(table.column("kind").type)


def test_graphml_parties_as_nodes_agreements_as_edges(register, tmp_path):
    import networkx as nx

    with register() as s:
        n, where = export(s, "graphml", str(tmp_path / "r.graphml"))
    g = nx.read_graphml(where, force_multigraph=True)
    labels = sorted(d["label"] for _, d in g.nodes(data=True))
    assert labels == ["Banque du Sahel", "Laboratoires du Tell", "Volga Farma"]
    assert n == g.number_of_edges() == 4  # the MoU's one pair, the contract's three pairs
    assert {d["kind"] for *_, d in g.edges(data=True)} == {"mou", "contract"}


def test_unknown_format_is_refused(register):
    with register() as s, pytest.raises(ValueError, match="unknown format"):
        export(s, "xlsx", None)
