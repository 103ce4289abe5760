"""A fixed, hand-made "extractor" for the reader's tests.

It finds a fixed list of phrases by exact match, so the tests and snapshots never depend
on the real extractors' quality. Sentences come from the project's splitter.
"""

from __future__ import annotations

import re
from pathlib import Path

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import ActorMention, ArticleFacts, DateMention, FigureMention
from sahel_tui.facts.sentences import SentenceLocator, split_sentences

CORPUS = Path(__file__).parent / "corpus"

ACTORS = {
    "France": ("france", "France", "state"),
    "Mali": ("mali", "Mali", "state"),
    "Malian": ("mali", "Mali", "state"),
    "Niger": ("niger", "Niger", "state"),
    "Burkina Faso": ("burkina-faso", "Burkina Faso", "state"),
    "Wagner": ("wagner-group", "Wagner Group", "armed_group"),
    "ECOWAS": ("ecowas", "ECOWAS", "organisation"),
}
DATES = {
    "Thursday": ("weekday", "2022-02-17"),
    "2013": ("year", "2013"),
    "February 2022": ("month", "2022-02"),
    "Sunday": ("weekday", "2023-07-30"),
    "November 2023": ("month", "2023-11"),
    "2023": ("year", "2023"),
    "2024": ("year", "2024"),
    "Tuesday": ("weekday", None),
    "six months": ("duration", "P6M"),
}
FIGURES = {
    "2,400 soldiers": (2400, "soldiers", "france", False),
    "about 1,000 soldiers": (1000, "soldiers", "france", True),
    "5,000 troops": (5000, "troops", "ecowas", False),
    "at least 14 civilians": (14, "civilians killed", None, True),
    "2.9 million people": (2_900_000, "people displaced", None, False),
    "18%": (18, "%", None, False),
}


def _find(text: str, phrases: dict) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, phrase))
    return sorted(found)


def fake_extract(article: Article) -> ArticleFacts:
    sentences = split_sentences(article)
    loc = SentenceLocator(sentences)
    actors, dates, figures = [], [], []
    for field in ("title", "body"):
        text = article.field_text(field)
        # Figures first: a date phrase inside a figure phrase is not a date.
        fig_spans = _find(text, FIGURES)
        for s, e, p in fig_spans:
            v, u, a, approx = FIGURES[p]
            figures.append(FigureMention(field, s, e, p, loc.locate(field, s), v, u, approx, a))
        for s, e, p in _find(text, DATES):
            if any(s < fe and fs < e for fs, fe, _ in fig_spans):
                continue
            k, v = DATES[p]
            dates.append(DateMention(field, s, e, p, loc.locate(field, s), k, v))
        for s, e, p in _find(text, ACTORS):
            i, n, k = ACTORS[p]
            actors.append(ActorMention(field, s, e, p, loc.locate(field, s), i, n, k))
    return ArticleFacts(article, sentences, tuple(actors), tuple(dates), tuple(figures))
