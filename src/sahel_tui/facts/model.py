"""The fact model: plain, typed, immutable records. Nothing here knows about widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from sahel_tui.corpus.model import Article

Field = Literal["title", "body"]
ActorKind = Literal["state", "person", "armed_group", "force", "organisation", "institution"]
DateKind = Literal[
    "date", "month", "year", "weekday", "part", "duration", "range", "relative", "time"
]
Mod = Literal["START", "MID", "END"]

ACTOR_KINDS: tuple[str, ...] = (
    "state", "person", "armed_group", "force", "organisation", "institution",
)
DATE_KINDS: tuple[str, ...] = (
    "date", "month", "year", "weekday", "part", "duration", "range", "relative", "time",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the title or body; ``index`` is its position in the article's list."""

    index: int
    field: Field
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorMention:
    field: Field
    start: int
    end: int
    text: str
    sentence: int
    actor: str  # stable actor id, e.g. "france"
    name: str  # canonical name, e.g. "France"
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class DateMention:
    field: Field
    start: int
    end: int
    text: str
    sentence: int
    kind: DateKind
    value: str | None  # ISO 8601; None when it cannot be resolved
    approx: bool = False
    mod: Mod | None = None


@dataclass(frozen=True, slots=True)
class FigureMention:
    field: Field
    start: int
    end: int
    text: str
    sentence: int
    value: float | int | None  # None for vague quantities ("hundreds")
    unit: str | None  # the counted noun: "soldiers", "people killed", "%", "dollars"
    approx: bool = False
    actor: str | None = None  # actor id the text ties to the figure


Mention = Union[ActorMention, DateMention, FigureMention]


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as the store knows it: one id, one canonical name, one kind."""

    id: str
    name: str
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article, each list in document order."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorMention, ...]
    dates: tuple[DateMention, ...]
    figures: tuple[FigureMention, ...]

    def sentence_of(self, mention: Mention) -> Sentence:
        return self.sentences[mention.sentence]

    def sentence_text(self, mention: Mention) -> str:
        s = self.sentences[mention.sentence]
        return self.article.field_text(s.field)[s.start : s.end]
