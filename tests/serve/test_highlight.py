"""Highlighting an article: distinct classes per fact, overlaps resolved, everything escaped."""

from __future__ import annotations

from accords.serve.highlight import Mark, highlight, marks, quote


def test_spans_become_marks_with_their_class():
    html = highlight("Sonatel signe à Dakar.", [Mark(0, 7, "ORG", "org"), Mark(16, 21, "LOC", "place")])
    assert html == ('<mark class="hl-org" title="org">Sonatel</mark> signe à '
                    '<mark class="hl-loc" title="place">Dakar</mark>.')


def test_overlap_goes_to_the_more_specific_fact():
    html = highlight("3 milliards de DA", [Mark(0, 17, "ORG", "x"), Mark(0, 17, "figure", "investment")])
    assert html.count("<mark") == 1 and 'class="hl-figure"' in html


def test_text_and_titles_are_escaped():
    html = highlight('<script>x()</script> "Nom"', [Mark(21, 26, "PER", '"><img onerror=1>')])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'title="&#34;&gt;&lt;img onerror=1&gt;"' in html or 'title="&quot;&gt;&lt;img onerror=1&gt;"' in html


def test_marks_of_a_reading_include_the_trigger_with_an_anchor():
    text = "Un mémorandum d'entente a été signé à Tunis."
    reading = {"entity_details": [{"label": "LOC", "name": "Tunis", "evidence": [[38, 43]]}],
               "figures": [], "dates": [],
               "agreements": [{"kind": "mou", "status": "signed", "trigger": "mémorandum d'entente",
                               "evidence": [[0, 44], [3, 23]]}]}
    kinds = {(m.kind, text[m.start:m.end], m.anchor) for m in marks(reading, text)}
    assert kinds == {("LOC", "Tunis", None), ("trigger", "mémorandum d'entente", "a0")}


def test_spans_outside_the_text_are_dropped():
    assert marks({"entity_details": [{"label": "ORG", "name": "X", "evidence": [[5, 99]]}]}, "court") == []


def test_quote_collapses_spaces_and_truncates():
    assert quote("a\n\n b  c", (0, 8)) == "a b c"
    assert quote("x" * 600, (0, 600), limit=10) == "x" * 9 + "…"
