"""Reader tests: no animations, a fixed corpus and hand-made facts."""

from __future__ import annotations

import os

os.environ["TEXTUAL_ANIMATIONS"] = "none"

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from sahel_tui.tui.app import SahelApp  # noqa: E402

from .fixtures import CORPUS, fake_extract  # noqa: E402


def build_app(paths: list[Path] | None = None, **kwargs) -> SahelApp:
    return SahelApp(paths or [CORPUS], extract=kwargs.pop("extract", fake_extract),
                    animations=False, **kwargs)


@pytest.fixture
def make_app() -> Callable[..., SahelApp]:
    return build_app


async def loaded(pilot) -> None:
    """Wait until the corpus is loaded and shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
