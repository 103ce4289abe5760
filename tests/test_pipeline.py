"""The pipeline reads Markdown emphasis as blanks, and gives back every text as written."""

from __future__ import annotations

import datetime as dt
import gc

from sahel_tui.corpus.model import Article
from sahel_tui.facts.pipeline import (
    cyclic_collector_paused,
    extract_all,
    extract_article,
    reading_copy,
)


def _article(body: str, title: str = "Briefs") -> Article:
    return Article(id="a", path="a.md", title=title, body=body, published=dt.date(2023, 3, 14))


def test_reading_copy_blanks_emphasis_and_keeps_length():
    art = _article("**1,200** households, said _Col. Ba_.")
    read = reading_copy(art)
    assert read.body == "  1,200   households, said  Col. Ba ."
    assert len(read.body) == len(art.body)
    assert read.published == art.published and read.id == art.id


def test_reading_copy_is_the_article_itself_without_marks():
    art = _article("Gunmen killed 14 people on Monday.")
    assert reading_copy(art) is art


def test_bold_number_keeps_its_noun_and_italic_hedge():
    facts = extract_article(_article("Gunmen killed *at least 14* people. Since then **1,200** households have fled."))
    got = [(f.text, f.value, f.unit, f.approx) for f in facts.figures]
    assert got == [("at least 14", 14, "people killed", True), ("1,200", 1200, "households", False)]


def test_underscore_italics_do_not_glue_to_a_name_or_a_weekday():
    facts = extract_article(_article("The raid came on _Monday_, said _Col. Souleymane Dembélé_."))
    assert [(d.text, d.value) for d in facts.dates] == [("Monday", "2023-03-13")]
    assert [(a.text, a.kind) for a in facts.actors] == [("Souleymane Dembélé", "person")]


def test_a_span_across_a_blanked_mark_keeps_the_text_as_written():
    art = _article("Col. Souleymane_Dembélé spoke on **Monday** evening.")
    facts = extract_article(art)
    for m in (*facts.actors, *facts.dates, *facts.figures):
        assert m.text == art.body[m.start:m.end]
    assert "Souleymane_Dembélé" in [a.text for a in facts.actors]
    assert [d.text for d in facts.dates] == ["Monday** evening"]


def test_link_targets_and_web_addresses_are_read_as_blanks():
    art = _article("Read more: [Junta extends transition by five years](https://example.org/news/2024/5/26)"
                   "\nSee www.example.org/2023/01/report or http://x.org/12-people for 40 soldiers.")
    read = reading_copy(art)
    assert len(read.body) == len(art.body)
    assert "https" not in read.body and "www" not in read.body and "x.org" not in read.body
    facts = extract_article(art)
    assert [(f.text, f.unit) for f in facts.figures] == [("five", "years"), ("40", "soldiers")]
    assert [d.text for d in facts.dates] == ["five years"]


def test_an_accented_title_cues_a_name():
    facts = extract_article(_article('"They came at 9am," Abbé Paul Zongo, the vicar, said.'))
    assert [(a.text, a.kind) for a in facts.actors] == [("Paul Zongo", "person")]


# --- the cyclic collector, paused while a corpus is extracted --------------------------

def _corpus_articles() -> list[Article]:
    from pathlib import Path

    from sahel_tui.corpus import load_corpus
    from sahel_tui.resources import seeds_dir

    hostile = Path(__file__).parent / "hostile"
    return list(load_corpus([seeds_dir(), hostile]).articles)


def test_extraction_leaves_no_reference_cycles():
    """What makes pausing the collector safe: everything extraction drops, reference
    counting frees, so a collection afterwards finds nothing."""
    arts = _corpus_articles()
    assert len(arts) > 20
    gc.collect()
    with cyclic_collector_paused():
        facts = list(extract_all(arts))
        assert sum(len(f.actors) + len(f.dates) + len(f.figures) for f in facts) > 500
        del facts
        assert gc.collect() == 0


def test_a_cycle_left_while_paused_is_found_by_the_next_collection():
    """The check above can fail: the collector still counts a cycle made while paused."""
    gc.collect()
    with cyclic_collector_paused():
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() == 1


def test_extract_all_restores_the_collector_when_done_or_stopped_early():
    arts = [_article("Gunmen killed 14 people on Monday."), _article("Mali.", title="Two")]
    assert gc.isenabled()
    assert len(list(extract_all(arts))) == 2
    assert gc.isenabled()
    it = extract_all(arts)
    next(it)
    assert not gc.isenabled()  # paused while the corpus is read
    it.close()
    assert gc.isenabled()


def test_extract_all_leaves_a_collector_the_caller_disabled_disabled():
    gc.disable()
    try:
        list(extract_all([_article("Gunmen killed 14 people on Monday.")]))
        assert not gc.isenabled()
    finally:
        gc.enable()
