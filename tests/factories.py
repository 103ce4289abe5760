"""Hand-made articles and facts, independent of the extractors' quality."""

from __future__ import annotations

import datetime as dt

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import ActorMention, ArticleFacts, DateMention, FigureMention
from sahel_tui.facts.sentences import SentenceLocator, split_sentences


def make_facts(
    aid: str,
    body: str,
    *,
    title: str = "A title",
    published: dt.date | None = None,
    source: str | None = "Desk",
    actors: list[tuple[str, str, str, str]] = (),  # (text, id, name, kind)
    dates: list[tuple[str, str, str | None]] = (),  # (text, kind, value)
    figures: list[tuple[str, float | None, str, str | None]] = (),  # (text, value, unit, actor)
) -> ArticleFacts:
    """Facts located by first occurrence after the previous one of the same list."""
    art = Article(id=aid, path=f"{aid}.txt", title=title, body=body, source=source,
                  published=published)
    sents = split_sentences(art)
    loc = SentenceLocator(sents)

    def spans(texts):
        pos, out = 0, []
        for t in texts:
            i = body.index(t, pos)
            out.append((i, i + len(t)))
            pos = i + len(t)
        return out

    am = [ActorMention("body", s, e, t, loc.locate("body", s), i, n, k)  # type: ignore[arg-type]
          for (t, i, n, k), (s, e) in zip(actors, spans([a[0] for a in actors]))]
    dm = [DateMention("body", s, e, t, loc.locate("body", s), k, v)  # type: ignore[arg-type]
          for (t, k, v), (s, e) in zip(dates, spans([d[0] for d in dates]))]
    fm = [FigureMention("body", s, e, t, loc.locate("body", s), v, u, False, a)
          for (t, v, u, a), (s, e) in zip(figures, spans([f[0] for f in figures]))]
    return ArticleFacts(art, sents, tuple(am), tuple(dm), tuple(fm))


def small_corpus() -> list[ArticleFacts]:
    return [
        make_facts(
            "a1",
            "France sent 2,400 soldiers to Mali in 2013. Wagner arrived later. France left.",
            title="France leaves",
            published=dt.date(2022, 2, 17),
            actors=[("France", "france", "France", "state"), ("Mali", "mali", "Mali", "state"),
                    ("Wagner", "wagner-group", "Wagner Group", "armed_group"),
                    ("France", "france", "France", "state")],
            dates=[("2013", "year", "2013")],
            figures=[("2,400", 2400, "soldiers", "france")],
        ),
        make_facts(
            "a2",
            "Wagner fighters and Malian troops fought near Kidal in November 2023 for 3 days.",
            title="Kidal taken",
            published=dt.date(2023, 11, 15),
            source="Wire",
            actors=[("Wagner", "wagner-group", "Wagner Group", "armed_group"),
                    ("Malian", "mali", "Mali", "state")],
            dates=[("November 2023", "month", "2023-11"), ("3 days", "duration", "P3D")],
            figures=[("3", 3, "days", None)],
        ),
        make_facts(
            "a3",
            "ECOWAS met on Monday. Nothing was said about Mali.",
            title="Summit",
            published=None,
            actors=[("ECOWAS", "ecowas", "ECOWAS", "organisation"), ("Mali", "mali", "Mali", "state")],
            dates=[("Monday", "weekday", None)],
        ),
    ]
