"""The reader: spaCy once over a batch, then small named components over one State.

Like spaCy's own pipelines, each component is a function registered by name
(``@component("figures")``) that reads and enriches the shared ``State``; the order
is configuration (``DEFAULT_COMPONENTS``), not code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from accords.records import Agreement, Article, DateMention, Entity, Figure, Person, Reading, Span

SPACY_MODEL = "fr_core_news_md"
# The statistical parts we use: the tagger for part-of-speech and the NER. The dependency
# parser and the lemmatizer do not pay for themselves here; a rule sentencizer replaces them.
SPACY_EXCLUDE = ("parser", "lemmatizer")
DEFAULT_COMPONENTS = ("dates", "entities", "countries", "people", "figures", "agreements", "sectors")

Component = Callable[["State"], None]
REGISTRY: dict[str, Component] = {}


def component(name: str) -> Callable[[Component], Component]:
    """Register a reader component under ``name``."""

    def wrap(fn: Component) -> Component:
        REGISTRY[name] = fn
        return fn

    return wrap


@dataclass(slots=True)
class Mention:
    """One occurrence of a named entity in the text, linked to its grouped Entity."""

    start: int
    end: int
    label: str
    text: str
    entity: Entity | None = None


@dataclass
class State:
    """Everything known about one article while it is being read."""

    article: Article
    doc: object  # spacy.tokens.Doc
    published: object = None  # accords.read.dates.Published
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    person_spans: list[tuple[Span, Person]] = field(default_factory=list)
    dates: list = field(default_factory=list)  # accords.read.dates.DateExpr
    countries: list[tuple[int, int, str]] = field(default_factory=list)
    country_weights: dict[str, int] | None = None  # accords.read.countries.country_counts, once computed
    figures: list[Figure] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    title_spans: list[Span] = field(default_factory=list)  # "ministre de l'Industrie", "Pdg de X"
    links: list[Span] = field(default_factory=list)  # "Lire aussi : …" lines, headlines of other articles

    def in_link(self, pos: int) -> bool:
        """Whether the character at ``pos`` is in a "Lire aussi" line."""
        return any(a <= pos < b for a, b in self.links)

    @property
    def text(self) -> str:
        return self.article.text

    def reading(self) -> Reading:
        return Reading(
            id=self.article.id, published=self.article.published, agreements=self.agreements,
            figures=self.figures, people=self.people, entities=self.entities,
            dates=[DateMention(d.text, d.value, (d.start, d.end)) for d in self.dates],
        )


LINK_LINE = re.compile(r"^[ \t]*[(\[]?[ \t]*(?:[àÀaA][ \t]+)?(?:lire|voir)[ \t]+(?:aussi|[ée]galement|plus)\b[^\n]*",
                       re.I | re.M)


def link_lines(text: str) -> list[Span]:
    """Spans of the "Lire aussi : …" lines of a web article: links to other articles, not its own news."""
    return [(m.start(), m.end()) for m in LINK_LINE.finditer(text)]


NONSPACE = re.compile(r"\S")
LEGAL_CONTINUATION = frozenset({"Ltd", "Ltd.", "Limited", "LTD", "Inc", "Inc.", "Corp", "Corp.", "S.A.", "SA"})


def paragraph_sentences(doc):  # spacy.tokens.Doc -> Doc
    """Sentence bounds the punctuation rule misses: a "Lire aussi" line (no full stop) is a sentence of
    its own, not the start of the next paragraph's; "Co. Ltd" is one name, not two sentences."""
    bounds = set()
    for a, b in link_lines(doc.text):
        bounds.add(a)
        nxt = NONSPACE.search(doc.text, b)
        if nxt:
            bounds.add(nxt.start())
    for i in range(1, len(doc)):
        tok, prev = doc[i], doc[i - 1]
        if tok.idx in bounds:
            tok.is_sent_start = True
        elif tok.text in LEGAL_CONTINUATION and (prev.text == "Co." or prev.text == "." and i > 1
                                                 and doc[i - 2].text == "Co"):
            tok.is_sent_start = False
    return doc


def _load_components(names: Iterable[str]) -> list[Component]:
    for name in names:
        if name not in REGISTRY:
            import_module(f"accords.read.{name}")
        if name not in REGISTRY:
            raise KeyError(f"unknown reader component {name!r}; known: {sorted(REGISTRY)}")
    return [REGISTRY[n] for n in names]


class Reader:
    """Loads the language model once and reads articles in batches."""

    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, batch_size: int = 16) -> None:
        import spacy
        from spacy.language import Language

        self.nlp = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
        self.nlp.add_pipe("sentencizer", first=True)
        if not Language.has_factory("accords_paragraphs"):
            Language.component("accords_paragraphs", func=paragraph_sentences)
        self.nlp.add_pipe("accords_paragraphs", after="sentencizer")
        self.components = _load_components(components)
        self.names = list(components)
        self.batch_size = batch_size

    def read(self, article: Article) -> Reading:
        """Read one article."""
        return next(self.read_many([article]))

    def read_many(self, articles: Iterable[Article]) -> Iterator[Reading]:
        """Read articles in order, running spaCy over batches."""
        from accords.read.dates import Published

        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            state = State(article=article, doc=doc, published=Published.parse(article.published),
                          links=link_lines(article.text))
            for comp in self.components:
                comp(state)
            yield state.reading()
