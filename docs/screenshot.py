"""Regenerate docs/screenshot.svg: the reader on the bundled corpus, a figure followed.

    python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from sahel_tui.tui.app import SahelApp  # noqa: E402

OUT = Path(__file__).with_name("screenshot.svg")


async def main() -> None:
    app = SahelApp([], animations=False)
    async with app.run_test(size=(140, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        main_screen = app.main
        first = next(a.id for a in app.store.articles if a.id.startswith("000"))
        main_screen.jump_to_article(first)
        await pilot.press("f", "j", "enter")
        app.clear_notifications()
        await pilot.pause()
        app.save_screenshot(str(OUT.name), str(OUT.parent))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    asyncio.run(main())
