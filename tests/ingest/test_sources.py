"""Reading article files: every bad line is reported with its file and line, the rest goes on."""

from __future__ import annotations

import json

from accords.ingest.sources import count_inputs, iter_articles
from accords.records import Article, ArticleError


def _write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_jsonl_articles_in_order(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": f"Texte numéro {i}.", "published": "2024-05-02"}) for i in range(3)]
    path = _write(tmp_path, "in.jsonl", ("\n".join(lines) + "\n").encode())
    got = list(iter_articles([path]))
    assert [a.id for a in got] == ["a0", "a1", "a2"]
    assert all(isinstance(a, Article) and a.published == "2024-05-02" for a in got)


def test_bad_json_line_names_file_and_line_and_batch_goes_on(tmp_path):
    data = b'{"id": "ok1", "text": "Un texte."}\n{"id": "bad", "text": \n{"id": "ok2", "text": "Encore."}\n'
    path = _write(tmp_path, "in.jsonl", data)
    got = list(iter_articles([path]))
    assert isinstance(got[0], Article) and isinstance(got[2], Article)
    err = got[1]
    assert isinstance(err, ArticleError)
    assert err.line == 2 and err.source == path
    assert f"{path}:2" in str(err) and "JSON" in str(err)


def test_missing_and_empty_text_are_errors(tmp_path):
    data = b'{"id": "a"}\n{"id": "b", "text": "   "}\n{"id": "c", "text": 42}\n["list"]\n'
    got = list(iter_articles([_write(tmp_path, "in.jsonl", data)]))
    assert [type(x) for x in got] == [ArticleError] * 4
    assert "missing field 'text'" in str(got[0])
    assert "empty" in str(got[1])
    assert "not a string" in str(got[2])
    assert "JSON object" in str(got[3])


def test_wrong_encoding_is_reported_on_its_line(tmp_path):
    data = '{"id": "a", "text": "été"}\n'.encode() + '{"id": "b", "text": "été"}\n'.encode("latin-1")
    got = list(iter_articles([_write(tmp_path, "in.jsonl", data)]))
    assert isinstance(got[0], Article)
    assert isinstance(got[1], ArticleError) and got[1].line == 2 and "UTF-8" in str(got[1])


def test_txt_file_is_one_article_named_by_stem(tmp_path):
    path = _write(tmp_path, "note-du-jour.txt", "Une convention a été signée hier.".encode())
    (art,) = list(iter_articles([path]))
    assert art.id == "note-du-jour" and art.text.startswith("Une convention")


def test_missing_file_is_an_error_not_a_crash(tmp_path):
    (err,) = list(iter_articles([str(tmp_path / "absent.jsonl")]))
    assert isinstance(err, ArticleError) and "no such file" in str(err)


def test_blank_lines_are_skipped_and_counted_out(tmp_path):
    path = _write(tmp_path, "in.jsonl", b'\n{"id": "a", "text": "x y"}\n\n')
    assert [a.id for a in iter_articles([path])] == ["a"]
    assert count_inputs([path]) == 1


def test_article_without_id_gets_its_place_as_id(tmp_path):
    path = _write(tmp_path, "in.jsonl", b'{"text": "Un texte sans identifiant."}\n')
    (art,) = list(iter_articles([path]))
    assert art.id == f"{path}:1"
