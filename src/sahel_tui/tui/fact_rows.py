"""What the fact panels show: rows grouped by fact, for one article or the whole corpus.

Plain Python (no Textual): a *fact* is what a panel row stands for — an actor, a date
value, a figure (value and unit). Every mention of the same fact shares its key, which is
how Enter, ``n`` and ``N`` find the other places stating it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sahel_tui.facts.model import (
    ActorMention,
    ArticleFacts,
    DateMention,
    FigureMention,
    Mention,
)

PanelKind = Literal["actors", "dates", "figures"]
PANEL_KINDS: tuple[PanelKind, ...] = ("actors", "dates", "figures")
FactKey = tuple


def fact_key(mention: Mention) -> FactKey:
    """The fact a mention states; mentions of the same fact share the key."""
    if isinstance(mention, ActorMention):
        return ("actors", mention.actor)
    if isinstance(mention, DateMention):
        if mention.value:
            return ("dates", mention.value)
        return ("dates", None, mention.kind, mention.text.casefold())
    if isinstance(mention, FigureMention):
        if mention.value is not None:
            return ("figures", mention.value, (mention.unit or "").casefold())
        return ("figures", None, (mention.unit or "").casefold(), mention.text.casefold())
    raise TypeError(type(mention).__name__)


def mention_kind(mention: Mention) -> PanelKind:
    if isinstance(mention, ActorMention):
        return "actors"
    if isinstance(mention, DateMention):
        return "dates"
    return "figures"


def mentions_of(facts: ArticleFacts, kind: PanelKind) -> tuple[Mention, ...]:
    if kind == "actors":
        return facts.actors
    if kind == "dates":
        return facts.dates
    return facts.figures


def all_mentions(facts: ArticleFacts) -> list[Mention]:
    """Every mention of the article in document order (title first)."""
    out: list[Mention] = [*facts.actors, *facts.dates, *facts.figures]
    out.sort(key=lambda m: (m.field != "title", m.start, m.end))
    return out


def format_number(value: float | int | None) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@dataclass
class FactRow:
    """One row of a panel: one fact, with the cells shown and its counts."""

    key: FactKey
    kind: PanelKind
    first: Mention  # the first mention seen, gives the cells
    mentions: int = 0
    articles: int = 0
    approx: bool = False
    actor_id: str | None = None
    _last_article: str | None = field(default=None, repr=False)

    def count(self, article_id: str, mention: Mention) -> None:
        self.mentions += 1
        if article_id != self._last_article:
            self.articles += 1
            self._last_article = article_id
        if isinstance(mention, FigureMention):
            self.approx = self.approx or mention.approx
            self.actor_id = self.actor_id or mention.actor

    def cells(self, actor_name: Callable[[str], str], corpus: bool) -> tuple[str, ...]:
        m = self.first
        counts: tuple[str, ...] = (
            (str(self.mentions), str(self.articles)) if corpus else (str(self.mentions),)
        )
        if isinstance(m, ActorMention):
            return (m.name, m.kind.replace("_", " "), *counts)
        if isinstance(m, DateMention):
            value = m.value or "?"
            if m.approx:
                value = "~" + value
            if m.mod:
                value += f" ({m.mod.lower()})"
            return (value, m.kind, m.text, *counts)
        assert isinstance(m, FigureMention)
        number = format_number(m.value) if m.value is not None else m.text
        actor = actor_name(self.actor_id) if self.actor_id else ""
        return (("~" if self.approx else "") + number, m.unit or "", actor, *counts)

    def sort_key(self, corpus: bool) -> tuple:
        m = self.first
        if isinstance(m, ActorMention):
            return (-self.mentions, -self.articles, m.name.casefold())
        if isinstance(m, DateMention):
            return (m.value is None, m.value or "", m.text.casefold())
        assert isinstance(m, FigureMention)
        if corpus:
            return ((m.unit or "").casefold(), -(m.value or 0), m.text)
        return (m.field != "title", m.start)


COLUMNS: dict[PanelKind, tuple[str, ...]] = {
    "actors": ("actor", "kind"),
    "dates": ("value", "kind", "text"),
    "figures": ("value", "unit", "actor"),
}


def columns(kind: PanelKind, corpus: bool) -> tuple[str, ...]:
    return (*COLUMNS[kind], *(("n", "arts") if corpus else ("n",)))


def article_rows(facts: ArticleFacts, kind: PanelKind) -> list[FactRow]:
    rows: dict[FactKey, FactRow] = {}
    for m in sorted(mentions_of(facts, kind), key=lambda m: (m.field != "title", m.start)):
        key = fact_key(m)
        row = rows.get(key)
        if row is None:
            row = rows[key] = FactRow(key, kind, m)
        row.count(facts.article.id, m)
    return sorted(rows.values(), key=lambda r: r.sort_key(False))


def mentions_in_article(facts: ArticleFacts, key: FactKey) -> list[Mention]:
    """The article's mentions of one fact, in document order."""
    kind = key[0]
    found = [m for m in mentions_of(facts, kind) if fact_key(m) == key]
    found.sort(key=lambda m: (m.field != "title", m.start))
    return found


class CorpusIndex:
    """Corpus-wide rows and every article stating each fact; grows as batches arrive."""

    def __init__(self) -> None:
        self._rows: dict[PanelKind, dict[FactKey, FactRow]] = {k: {} for k in PANEL_KINDS}
        self._articles: dict[FactKey, list[str]] = defaultdict(list)
        self.version = 0

    def add(self, facts: ArticleFacts) -> None:
        aid = facts.article.id
        for kind in PANEL_KINDS:
            rows = self._rows[kind]
            for m in sorted(mentions_of(facts, kind), key=lambda m: (m.field != "title", m.start)):
                key = fact_key(m)
                row = rows.get(key)
                if row is None:
                    row = rows[key] = FactRow(key, kind, m)
                if row._last_article != aid:
                    self._articles[key].append(aid)
                row.count(aid, m)
        self.version += 1

    def rows(self, kind: PanelKind) -> list[FactRow]:
        return sorted(self._rows[kind].values(), key=lambda r: r.sort_key(True))

    def row(self, key: FactKey) -> FactRow | None:
        return self._rows[key[0]].get(key)

    def articles_of(self, key: FactKey) -> list[str]:
        """Ids of the articles stating a fact, in load order."""
        return list(self._articles.get(key, ()))

    def __len__(self) -> int:
        return sum(len(r) for r in self._rows.values())
