"""The fact store: every article's facts, indexed for the panels, views and filters.

Append-only so the reader can show facts while a large corpus is still loading; every
query reads the indexes as they stand.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sahel_tui.corpus.model import Article, LoadProblem
from sahel_tui.facts.filters import ArticleFilter, parse_filter
from sahel_tui.facts.model import Actor, ArticleFacts, Mention


class MentionRef(NamedTuple):
    """A mention together with the article that holds it.

    A named tuple, not a dataclass: the store makes one per fact of every article, and
    a tuple is several times cheaper to build than a frozen dataclass.
    """

    article_id: str
    mention: Mention


@dataclass(frozen=True, slots=True)
class ActorStats:
    actor: Actor
    mentions: int
    articles: int


def date_sort_key(value: str) -> str:
    """A sortable point for an ISO value: an interval sorts by its start."""
    return value.split("/", 1)[0]


def is_point_in_time(value: str | None) -> bool:
    """True for calendar values (dates, months, years, weeks, intervals), not durations."""
    return bool(value) and value[0].isdecimal()  # type: ignore[index]


class FactStore:
    def __init__(
        self, facts: Iterable[ArticleFacts] = (), problems: Sequence[LoadProblem] = ()
    ) -> None:
        self._facts: dict[str, ArticleFacts] = {}
        self._order: list[str] = []
        self._actors: dict[str, Actor] = {}
        self._actor_mentions: dict[str, list[MentionRef]] = defaultdict(list)
        self._actor_articles: dict[str, list[str]] = defaultdict(list)
        self._figures_by_unit: dict[str, list[MentionRef]] = defaultdict(list)
        self._figures_by_actor: dict[str, list[MentionRef]] = defaultdict(list)
        self._dated: list[MentionRef] = []
        self._dated_sorted = True
        self.problems: list[LoadProblem] = list(problems)
        for f in facts:
            self.add(f)

    # ------------------------------------------------------------------ building
    def add(self, facts: ArticleFacts) -> None:
        aid = facts.article.id
        if aid in self._facts:
            raise ValueError(f"duplicate article id {aid!r}")
        self._facts[aid] = facts
        self._order.append(aid)
        seen: set[str] = set()
        actors, actor_mentions = self._actors, self._actor_mentions
        for m in facts.actors:
            actor = m.actor
            if actor not in actors:
                actors[actor] = Actor(actor, m.name, m.kind)
            actor_mentions[actor].append(MentionRef(aid, m))
            if actor not in seen:
                seen.add(actor)
                self._actor_articles[actor].append(aid)
        dated = [MentionRef(aid, d) for d in facts.dates if is_point_in_time(d.value)]
        if dated:
            self._dated += dated
            self._dated_sorted = False
        by_unit, by_actor = self._figures_by_unit, self._figures_by_actor
        for fig in facts.figures:
            ref = MentionRef(aid, fig)
            by_unit[fig.unit or ""].append(ref)
            if fig.actor:
                by_actor[fig.actor].append(ref)

    def add_problem(self, problem: LoadProblem) -> None:
        self.problems.append(problem)

    # ------------------------------------------------------------------ articles
    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._facts

    @property
    def articles(self) -> list[Article]:
        """Articles in load order."""
        return [self._facts[a].article for a in self._order]

    def facts(self, article_id: str) -> ArticleFacts:
        return self._facts[article_id]

    def all_facts(self) -> list[ArticleFacts]:
        return [self._facts[a] for a in self._order]

    def counts(self) -> dict[str, int]:
        return {
            "articles": len(self._order),
            "actors": len(self._actors),
            "dates": sum(len(f.dates) for f in self._facts.values()),
            "figures": sum(len(f.figures) for f in self._facts.values()),
            "problems": len(self.problems),
        }

    # ------------------------------------------------------------------ actors
    def actor(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def mentions_of_actor(self, actor_id: str) -> list[MentionRef]:
        """Every mention of one actor across the corpus, in corpus then text order."""
        return list(self._actor_mentions.get(actor_id, ()))

    def articles_of_actor(self, actor_id: str) -> list[str]:
        return list(self._actor_articles.get(actor_id, ()))

    def actor_stats(self, actor_id: str) -> ActorStats | None:
        actor = self._actors.get(actor_id)
        if actor is None:
            return None
        return ActorStats(
            actor, len(self._actor_mentions[actor_id]), len(self._actor_articles[actor_id])
        )

    def actors_ranked(self, by: str = "mentions", kind: str | None = None) -> list[ActorStats]:
        """Actors by mention count (or article count), ties broken by name."""
        stats = [
            ActorStats(a, len(self._actor_mentions[a.id]), len(self._actor_articles[a.id]))
            for a in self._actors.values()
            if kind is None or a.kind == kind
        ]
        if by == "articles":
            stats.sort(key=lambda s: (-s.articles, -s.mentions, s.actor.name.casefold()))
        else:
            stats.sort(key=lambda s: (-s.mentions, -s.articles, s.actor.name.casefold()))
        return stats

    def cooccurring(self, actor_id: str, limit: int | None = None) -> list[tuple[Actor, int]]:
        """Actors appearing in the same articles as ``actor_id``, by shared articles."""
        shared: Counter[str] = Counter()
        for aid in self._actor_articles.get(actor_id, ()):
            for other in {m.actor for m in self._facts[aid].actors}:
                if other != actor_id:
                    shared[other] += 1
        ranked = sorted(
            shared.items(), key=lambda kv: (-kv[1], self._actors[kv[0]].name.casefold())
        )
        return [(self._actors[k], n) for k, n in ranked[:limit]]

    # ------------------------------------------------------------------ dates
    def timeline(self) -> list[MentionRef]:
        """Every dated fact (not durations or unresolved ones), chronological."""
        if not self._dated_sorted:
            self._dated.sort(
                key=lambda r: (date_sort_key(r.mention.value or ""), r.article_id, r.mention.start)  # type: ignore[union-attr]
            )
            self._dated_sorted = True
        return list(self._dated)

    # ------------------------------------------------------------------ figures
    def units(self) -> list[tuple[str, int]]:
        """Figure units with their counts, most common first."""
        return sorted(
            ((u, len(r)) for u, r in self._figures_by_unit.items()), key=lambda kv: (-kv[1], kv[0])
        )

    def figures_by_unit(self, unit: str) -> list[MentionRef]:
        return list(self._figures_by_unit.get(unit, ()))

    def figures_by_actor(self, actor_id: str) -> list[MentionRef]:
        return list(self._figures_by_actor.get(actor_id, ()))

    # ------------------------------------------------------------------ filters
    def matching(self, query: ArticleFilter | str) -> list[str]:
        """Ids of the articles matching a filter, in load order."""
        flt = parse_filter(query) if isinstance(query, str) else query
        return [aid for aid in self._order if flt.matches(self._facts[aid], self._actors)]

