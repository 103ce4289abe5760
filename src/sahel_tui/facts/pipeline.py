"""One article in, its facts out: sentences, then actors, dates and figures."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from sahel_tui.corpus.model import Article
from sahel_tui.facts.actors import extract_actors
from sahel_tui.facts.dates import extract_dates
from sahel_tui.facts.figures import extract_figures
from sahel_tui.facts.gazetteer import Gazetteer, default_gazetteer
from sahel_tui.facts.model import ArticleFacts, Mention
from sahel_tui.facts.sentences import SentenceLocator, split_sentences

# Markdown emphasis marks, read as blanks by the extractors
_EMPHASIS = str.maketrans("_*", "  ")
M = TypeVar("M", bound=Mention)


def reading_copy(article: Article) -> Article:
    """The article as the extractors read it: Markdown emphasis ("**1,200** households",
    "_Col. Souleymane Dembélé_") blanked out.

    To every pattern "_" is a word character, so it would glue to a name or a weekday,
    and "*" stands between a number and its noun. The copy has the same length, so every
    offset found in it indexes the article as stored.
    """
    title, body = article.title, article.body
    if "_" in body or "*" in body or "_" in title or "*" in title:
        return dataclasses.replace(
            article, title=title.translate(_EMPHASIS), body=body.translate(_EMPHASIS))
    return article


def _as_written(mentions: Sequence[M], article: Article) -> tuple[M, ...]:
    """Each mention's text as the article writes it (a blanked mark inside a span back)."""
    out = []
    for m in mentions:
        written = article.field_text(m.field)[m.start : m.end]
        out.append(m if m.text == written else dataclasses.replace(m, text=written))
    return tuple(out)


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> ArticleFacts:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    sentences = split_sentences(article)
    locate = SentenceLocator(sentences)
    read = reading_copy(article)
    actors = extract_actors(read, locate, gaz)
    dates = extract_dates(read, locate)
    figures = extract_figures(read, locate, actors, dates)
    if read is not article:
        return ArticleFacts(
            article=article,
            sentences=sentences,
            actors=_as_written(actors, article),
            dates=_as_written(dates, article),
            figures=_as_written(figures, article),
        )
    return ArticleFacts(
        article=article,
        sentences=sentences,
        actors=tuple(actors),
        dates=tuple(dates),
        figures=tuple(figures),
    )


def extract_all(
    articles: Iterable[Article], gazetteer: Gazetteer | None = None
) -> Iterator[ArticleFacts]:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    for article in articles:
        yield extract_article(article, gaz)
