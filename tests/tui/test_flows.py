"""Pilot tests of every key flow: assert on state, keep key sequences short."""

from __future__ import annotations

from textual.widgets import Input

from sahel_tui.tui.screens.help import HelpScreen
from sahel_tui.tui.screens.problems import ProblemsScreen

from .conftest import build_app, loaded


async def test_loads_corpus_newest_first_and_opens_an_article():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        assert m.articles.shown_ids == ["04-aid", "02-summit", "01-withdrawal", "05-broken", "03-kidal"]
        assert m.reader.article_id is not None
        assert app.store.counts()["problems"] == 1
        assert m.progress == ""


async def test_open_article_with_enter_and_list_keys():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        await pilot.press("g", "j", "enter")
        assert m.reader.article_id == "02-summit"
        assert m.articles.open_id == "02-summit"
        assert app.focused is m.reader
        await pilot.press("1", "G")
        assert m.articles.highlighted_id == "03-kidal"


async def test_provenance_jump_marks_sentence_and_span():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("01-withdrawal")
        await pilot.press("f", "enter")
        body = app.store.facts("01-withdrawal").article.body
        f, s, e = m.reader.span
        assert body[s:e] == "2,400 soldiers"
        fs, ss, se = m.reader.sentence
        assert ss <= s < e <= se
        assert m.reader.marked_sentence_text().startswith("France said on Thursday")


async def test_n_and_N_cycle_mentions_in_article():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("01-withdrawal")
        await pilot.press("a")
        # Actors ranked by mentions: France (3 mentions) first.
        assert m.panel.table.rows[0][0] == "France"
        await pilot.press("enter")
        assert m.trail is not None and len(m.trail.refs) == 3
        first = m.reader.span
        await pilot.press("n")
        assert m.trail.pos == 1 and m.reader.span != first
        await pilot.press("N", "N")
        assert m.trail.pos == 2  # wrapped around to the last


async def test_corpus_scope_enter_opens_first_article_and_n_crosses_articles():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        await pilot.press("a", "s")
        assert m.scope == "corpus"
        names = [r[0] for r in m.panel.table.rows]
        wagner = names.index("Wagner Group")
        m.panel.table.set_cursor(wagner)
        await pilot.press("enter")
        # Wagner is in 01-withdrawal and 03-kidal; newest first -> 01-withdrawal.
        assert m.reader.article_id == "01-withdrawal"
        assert [a for a, _ in m.trail.refs] == ["01-withdrawal", "03-kidal"]
        await pilot.press("n")
        assert m.reader.article_id == "03-kidal"
        assert m.reader.span is not None
        # Corpus-scope rows count articles.
        row = m.panel.table.rows[wagner]
        assert row[-1] == "2"


async def test_back_returns_to_previous_location():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("02-summit")
        await pilot.pause()
        await pilot.press("a", "s")
        m.panel.table.set_cursor([r[0] for r in m.panel.table.rows].index("Wagner Group"))
        await pilot.press("enter")
        assert m.reader.article_id == "01-withdrawal"
        await pilot.press("backspace")
        assert m.reader.article_id == "02-summit"
        assert m.pane == "facts"


async def test_search_in_article_highlights_and_steps():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("01-withdrawal")
        await pilot.press("slash")
        assert isinstance(app.focused, Input) and app.focused.id == "reader-search"
        await pilot.press("s", "o", "l", "enter")
        assert len(m.reader.matches) == 2  # "soldiers" twice
        assert m.reader.match_index == 0
        await pilot.press("n")
        assert m.reader.match_index == 1
        await pilot.press("escape")
        assert m.reader.matches == []


async def test_type_to_filter_and_escape_clears():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        await pilot.press("1", "K", "i", "d")  # an unbound key starts the filter
        await pilot.pause(0.3)
        assert m.query_one("#list-filter", Input).value == "Kid"
        assert m.articles.shown_ids == ["03-kidal"]
        await pilot.press("enter")
        assert app.focused is m.articles
        await pilot.press("slash", "escape")
        await pilot.pause(0.3)
        assert m.articles.shown == 5


async def test_filter_by_actor():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.query_one("#list-filter", Input).value = "actor:wagner"
        m.apply_filter()
        assert m.articles.shown_ids == ["01-withdrawal", "03-kidal"]


async def test_help_screen_lists_keys_and_closes():
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_problems_screen_lists_the_broken_file():
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ProblemsScreen)
        rows = app.screen.query_one("#problems-table").rows
        assert any("05-broken.md" in r[1] for r in rows)
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_palette_jumps_to_article_and_actor():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        await pilot.press("ctrl+p")
        await pilot.press(*"kidal")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert m.reader.article_id == "03-kidal"
        await pilot.press("ctrl+p")
        await pilot.press(*"actor: ecowas")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert m.trail is not None and m.trail.key == ("actors", "ecowas")
        assert m.scope == "corpus"


async def test_narrow_layout_one_pane_at_a_time():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        assert not m.narrow
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert m.narrow
        assert m.query_one("#list-pane").display
        assert not m.query_one("#reader-pane").styles.display == "block"
        await pilot.press("enter")
        await pilot.pause()
        assert m.pane == "reader" and app.focused is m.reader
        assert m.reader.region.width > 60
        await pilot.press("tab")
        await pilot.pause()
        assert m.pane == "facts"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert m.pane == "list"


async def test_copy_citation():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("01-withdrawal")
        await pilot.press("f", "enter", "y")
        assert app.clipboard.startswith("“France said on Thursday")
        assert "France sets timetable for leaving Mali, Test Desk, 2022-02-17" in app.clipboard


async def test_clicking_a_mention_selects_its_fact():
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        m = app.main
        m.jump_to_article("01-withdrawal")
        await pilot.pause()
        # Line 0 is the title "France sets ..." (gutter of 2): click on "France".
        await pilot.click(m.reader, offset=(3, 0))
        await pilot.pause()
        assert m.trail is not None and m.trail.key == ("actors", "france")


async def test_a_burst_of_keys_runs_in_order():
    """tmux send-keys or a paste delivers keys at once: none may be lost or reordered."""
    from textual import events

    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        m = app.main

        def burst(*keys: str) -> None:
            for key in keys:
                char = key if len(key) == 1 else None
                app.post_message(events.Key(key, char))

        burst("slash", *"actor:wagner", "enter", "G", "enter", "f", "j", "enter")
        await pilot.pause(0.5)
        assert m.query_one("#list-filter", Input).value == "actor:wagner"
        assert m.articles.shown_ids == ["01-withdrawal", "03-kidal"]
        # The second row of Figures in 03-kidal: there is only one, so j stays on it.
        assert m.reader.article_id == "03-kidal"
        assert m.trail is not None and m.trail.key[0] == "figures"
        assert m.pane == "reader"


async def test_a_loader_that_dies_ends_loading_with_a_problem():
    # A NUL byte in a path makes os.scandir raise ValueError while counting files, outside
    # the per-article guards: the worker dies, and the app must say so and stop loading.
    app = build_app(paths=["bad\0path"])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.pause()
        assert app.loading is False
        assert app.main.progress == ""
        messages = [p.message for p in app.store.problems]
        assert any("loading stopped" in m and "ValueError" in m for m in messages), messages
