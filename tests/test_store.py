import pytest

from sahel_tui.corpus.model import LoadProblem
from sahel_tui.facts.filters import FilterError, parse_filter
from sahel_tui.facts.store import FactStore

from factories import small_corpus


@pytest.fixture
def store() -> FactStore:
    return FactStore(small_corpus(), [LoadProblem("bad.md", "binary file (NUL bytes)")])


def test_counts_and_order(store):
    assert [a.id for a in store.articles] == ["a1", "a2", "a3"]
    assert store.counts() == {"articles": 3, "actors": 4, "dates": 4, "figures": 2, "problems": 1}


def test_every_mention_of_one_actor_across_the_corpus(store):
    refs = store.mentions_of_actor("wagner-group")
    assert [(r.article_id, r.mention.text) for r in refs] == [("a1", "Wagner"), ("a2", "Wagner")]
    assert [(r.article_id, r.mention.text) for r in store.mentions_of_actor("mali")] == [
        ("a1", "Mali"), ("a2", "Malian"), ("a3", "Mali")]
    assert store.mentions_of_actor("nobody") == []


def test_actors_ranked_by_mentions_and_by_articles(store):
    by_mentions = [(s.actor.id, s.mentions, s.articles) for s in store.actors_ranked()]
    assert by_mentions[0] == ("mali", 3, 3)
    assert ("france", 2, 1) in by_mentions
    by_articles = [s.actor.id for s in store.actors_ranked(by="articles")]
    assert by_articles[:2] == ["mali", "wagner-group"]
    assert [s.actor.id for s in store.actors_ranked(kind="armed_group")] == ["wagner-group"]


def test_cooccurring_actors(store):
    co = store.cooccurring("wagner-group")
    assert [(a.id, n) for a, n in co] == [("mali", 2), ("france", 1)]


def test_timeline_is_chronological_and_skips_durations_and_unresolved(store):
    values = [r.mention.value for r in store.timeline()]
    assert values == ["2013", "2023-11"]


def test_figures_by_unit_and_actor(store):
    assert store.units() == [("days", 1), ("soldiers", 1)]
    assert [r.mention.value for r in store.figures_by_actor("france")] == [2400]


def test_duplicate_article_id_is_refused(store):
    with pytest.raises(ValueError):
        store.add(small_corpus()[0])


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["a1", "a2", "a3"]),
        ("actor:wagner", ["a1", "a2"]),
        ("actor:wagner kind:armed_group date:2023-01..2023-12", ["a2"]),
        ("kind:organisation", ["a3"]),
        ("date:2013", ["a1"]),
        ("date:2022-02..", ["a1", "a2"]),
        ("kidal", ["a2"]),
        ("source:wire", ["a2"]),
        ('actor:"Wagner Group" france', ["a1"]),
        ("actor:malian", ["a2"]),
    ],
)
def test_article_filters(store, query, expected):
    assert store.matching(query) == expected


def test_bad_date_filter_is_reported():
    with pytest.raises(FilterError, match="date range"):
        parse_filter("date:last-year")
