"""A human view of one reading: the text with each fact's evidence highlighted, then tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accords.records import Article, Reading

STYLES = {
    "ORG": "bold cyan",
    "PER": "bold magenta",
    "LOC": "bold green",
    "figure": "black on yellow",
    "date": "underline blue",
    "trigger": "bold white on red",
}


def highlighted(article: Article, reading: Reading) -> Text:
    """The article text with entities, figures, dates and agreement triggers styled."""
    text = Text(article.text)
    for ent in reading.entities:
        for s, e in ent.evidence:
            text.stylize(STYLES.get(ent.label, "bold"), s, e)
    for d in reading.dates:
        text.stylize(STYLES["date"], *d.span)
    for f in reading.figures:
        for s, e in f.evidence[:1]:
            text.stylize(STYLES["figure"], s, e)
    for a in reading.agreements:
        for s, e in a.evidence:
            if e - s < 40:
                text.stylize(STYLES["trigger"], s, e)
    return text


def show(console: Console, article: Article, reading: Reading) -> None:
    """Print the highlighted text and the records as tables."""
    title = article.title or article.id
    console.rule(f"[bold]{title}[/bold]  ({article.id}, {article.published or 'date unknown'})")
    legend = Text("  ").join(Text(k, style=v) for k, v in STYLES.items())
    console.print(legend)
    console.print(highlighted(article, reading))
    t = Table(title="Agreements", show_lines=True)
    for col in ("kind", "status", "parties", "signatories", "witnesses", "countries", "date", "place",
                "sectors", "duration"):
        t.add_column(col)
    for a in reading.agreements:
        dur = (a.duration or "") + (" renewable" if a.renewable else "")
        t.add_row(a.kind, a.status, "\n".join(a.parties), "\n".join(a.signatories), "\n".join(a.witnesses),
                  " ".join(a.countries), a.date or "", a.place or "", "\n".join(a.sectors), dur)
    console.print(t)
    f = Table(title="Figures")
    for col in ("kind", "value", "unit", "holder", "period", "text"):
        f.add_column(col)
    for x in reading.figures:
        value = f"{x.value:,.10g}" + (f" – {x.value_max:,.10g}" if x.value_max is not None else "")
        value = ("≈ " if x.approx else "") + value + (f" /{x.per}" if x.per else "")
        f.add_row(x.kind, value, x.unit, x.holder or "", x.period or "", x.text)
    console.print(f)
    p = Table(title="People")
    for col in ("name", "title", "org"):
        p.add_column(col)
    for x in reading.people:
        p.add_row(x.name, x.title or "", x.org or "")
    console.print(p)
    e = Table(title="Entities")
    for col in ("label", "name", "aliases", "mentions"):
        e.add_column(col)
    for x in reading.entities:
        e.add_row(x.label, x.name, ", ".join(x.aliases), str(len(x.evidence)))
    console.print(e)
