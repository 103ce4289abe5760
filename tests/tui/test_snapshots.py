"""Snapshots of the main screen, help, load problems and corpus scope at two sizes.

Built from the fixed corpus in tests/tui/corpus and the hand-made facts in fixtures.py,
so extractor changes do not move them. Update with --snapshot-update after looking.
"""

from __future__ import annotations

import pytest

from .conftest import build_app, loaded

SIZES = [(80, 24), (160, 48)]


async def _settle(pilot) -> None:
    pilot.app.clear_notifications()
    await pilot.pause()


async def _main(pilot) -> None:
    await loaded(pilot)
    pilot.app.main.jump_to_article("01-withdrawal")
    await pilot.press("f", "enter")  # follow "2,400 soldiers" to its sentence
    await _settle(pilot)


async def _help(pilot) -> None:
    await loaded(pilot)
    await pilot.press("question_mark")
    await _settle(pilot)


async def _problems(pilot) -> None:
    await loaded(pilot)
    await pilot.press("e")
    await _settle(pilot)


async def _corpus(pilot) -> None:
    await loaded(pilot)
    await pilot.press("a", "s")
    await _settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
class TestSnapshots:
    def test_main_screen(self, snap_compare, size):
        assert snap_compare(build_app(), terminal_size=size, run_before=_main)

    def test_help_screen(self, snap_compare, size):
        assert snap_compare(build_app(), terminal_size=size, run_before=_help)

    def test_problems_screen(self, snap_compare, size):
        assert snap_compare(build_app(), terminal_size=size, run_before=_problems)

    def test_corpus_scope(self, snap_compare, size):
        assert snap_compare(build_app(), terminal_size=size, run_before=_corpus)
