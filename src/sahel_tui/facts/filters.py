"""Article filters: ``actor:Wagner kind:armed_group date:2022-01..2022-06 free text``.

Terms combine with AND. ``actor:`` matches an actor's canonical name, id or any surface
form in the article (accent- and case-insensitive, substring); ``kind:`` requires an actor
of that kind; ``date:`` keeps articles published in the range or stating a date in it;
``source:`` matches the source; anything else is free text searched in title and body.
Quote a value with spaces: ``actor:"Assimi Goita"``.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sahel_tui.facts.model import Actor, ArticleFacts

_KEYS = ("actor", "kind", "date", "source")


def fold(text: str) -> str:
    """Accent- and case-insensitive form for matching user queries."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Actor names, surface forms and sources repeat across a corpus: fold each once.
fold_name = lru_cache(maxsize=65536)(fold)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    actors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    date_from: str | None = None  # ISO prefix, inclusive
    date_to: str | None = None  # ISO prefix, inclusive
    sources: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.actors or self.kinds or self.date_from or self.date_to or self.sources
            or self.words
        )

    def _in_range(self, value: str) -> bool:
        start = value.split("/", 1)[0]
        end = value.split("/", 1)[-1]
        if self.date_from and end[: len(self.date_from)] < self.date_from:
            return False
        if self.date_to and start[: len(self.date_to)] > self.date_to:
            return False
        return True

    def matches(self, facts: ArticleFacts, actors: Mapping[str, Actor] | None = None) -> bool:
        art = facts.article
        if self.sources and not all(s in fold_name(art.source or "") for s in self.sources):
            return False
        if self.kinds and not all(any(m.kind == k for m in facts.actors) for k in self.kinds):
            return False
        for wanted in self.actors:
            if not any(
                wanted in fold_name(m.name) or wanted in fold_name(m.text) or wanted == m.actor
                for m in facts.actors
            ):
                return False
        if self.date_from or self.date_to:
            points = [d.value for d in facts.dates if d.value and d.value[0].isdecimal()]
            if art.published:
                points.append(art.published.isoformat())
            if not any(self._in_range(p) for p in points):
                return False
        if self.words:
            hay = fold(art.title + "\n" + art.body)
            if not all(w in hay for w in self.words):
                return False
        return True


_RANGE = re.compile(r"^(?P<a>[0-9-]*)(?:\.\.(?P<b>[0-9-]*))?$")


class FilterError(ValueError):
    """A filter the user typed that cannot be understood; the message says why."""


def parse_filter(query: str) -> ArticleFilter:
    try:
        parts = shlex.split(query)
    except ValueError:
        parts = query.split()
    actors: list[str] = []
    kinds: list[str] = []
    sources: list[str] = []
    words: list[str] = []
    date_from = date_to = None
    for part in parts:
        key, sep, value = part.partition(":")
        key = key.lower()
        if not sep or key not in _KEYS or not value:
            words.append(fold(part))
            continue
        if key == "actor":
            actors.append(fold(value))
        elif key == "kind":
            kinds.append(value.lower())
        elif key == "source":
            sources.append(fold(value))
        else:
            m = _RANGE.match(value)
            if not m:
                raise FilterError(f"date range {value!r} is not like 2022-01..2022-06")
            a, b = m.group("a") or None, m.group("b")
            date_from = a
            date_to = a if b is None else (b or None)
    return ArticleFilter(
        tuple(actors), tuple(kinds), date_from, date_to, tuple(sources), tuple(words)
    )
