"""One article in, its facts out: sentences, then actors, dates and figures."""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
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
# A Markdown link's target ("[text](https://...)") and a bare web address
_LINK = re.compile(r"\]\([^)\s]*\)|(?:https?|ftp)://[^\s)\]>]+|\bwww\.[^\s)\]>]+")
M = TypeVar("M", bound=Mention)


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _readable(text: str) -> str:
    if "_" in text or "*" in text:
        text = text.translate(_EMPHASIS)
    if "](" in text or "://" in text or "www." in text:
        text = _LINK.sub(_blank, text)
    return text


def reading_copy(article: Article) -> Article:
    """The article as the extractors read it: Markdown emphasis ("**1,200** households",
    "_Col. Souleymane Dembélé_"), link targets and web addresses blanked out.

    To every pattern "_" is a word character, so it would glue to a name or a weekday;
    "*" stands between a number and its noun, and a link target glued to its text
    ("by five years](https://.../2024/5/26)") between a number and its unit, besides
    holding dates and numbers of its own. The copy has the same length, so every offset
    found in it indexes the article as stored.
    """
    title, body = _readable(article.title), _readable(article.body)
    if title is article.title and body is article.body:
        return article
    return dataclasses.replace(article, title=title, body=body)


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


@contextmanager
def cyclic_collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, as it was after.

    Reference counting still frees everything that is not in a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_all(
    articles: Iterable[Article], gazetteer: Gazetteer | None = None
) -> Iterator[ArticleFacts]:
    """Each article's facts, in order.

    Extraction makes no reference cycles (tests/test_pipeline.py holds it to that), so
    while a corpus is read the cyclic collector can free nothing: each of its full
    passes only walks every fact kept so far, more of them each time, which cost 4-10%
    of the time on 1,000 generated articles. It is paused while articles are read and
    restored when the loop ends or the caller stops early (the caller's own code between
    articles runs paused too).
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    with cyclic_collector_paused():
        for article in articles:
            yield extract_article(article, gaz)
