"""What the loader hands on: articles as loaded, and the problems met on the way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["skipped", "notice"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as loaded: text already decoded, cleaned and newline-normalised.

    Offsets of every fact index ``title`` or ``body`` exactly as stored here.
    """

    id: str
    path: str
    title: str
    body: str
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    tags: tuple[str, ...] = ()

    def field_text(self, field: str) -> str:
        return self.title if field == "title" else self.body


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file skipped, or loaded degraded, with the reason in plain words."""

    path: str
    message: str
    severity: Severity = "skipped"


@dataclass(frozen=True, slots=True)
class LoadResult:
    articles: tuple[Article, ...] = ()
    problems: tuple[LoadProblem, ...] = field(default_factory=tuple)
