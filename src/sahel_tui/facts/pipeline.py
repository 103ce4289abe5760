"""One article in, its facts out: sentences, then actors, dates and figures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sahel_tui.corpus.model import Article
from sahel_tui.facts.actors import extract_actors
from sahel_tui.facts.dates import extract_dates
from sahel_tui.facts.figures import extract_figures
from sahel_tui.facts.gazetteer import Gazetteer, default_gazetteer
from sahel_tui.facts.model import ArticleFacts
from sahel_tui.facts.sentences import SentenceLocator, split_sentences


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> ArticleFacts:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    sentences = split_sentences(article)
    locate = SentenceLocator(sentences)
    actors = extract_actors(article, locate, gaz)
    dates = extract_dates(article, locate)
    figures = extract_figures(article, locate, actors, dates)
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
