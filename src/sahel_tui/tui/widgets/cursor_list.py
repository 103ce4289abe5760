"""A line-API list with a cursor: the moving, paging and clicking the list views share.

Subclasses say how many rows there are (``row_count``), what Enter or a click does
(``activate``), and draw their rows with ``render_line``; only visible lines are drawn.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView


class CursorList(ScrollView, can_focus=True):
    # repaint=False: subclasses repaint what a move changes in their watch_cursor.
    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    def row_count(self) -> int:
        raise NotImplementedError

    def activate(self) -> None:
        """Enter on the cursor row, or a click on a row."""

    def set_cursor(self, index: int, scroll: bool = True) -> None:
        rows = self.row_count()
        self.cursor = max(0, min(index, rows - 1)) if rows else 0
        if scroll:
            self.scroll_cursor_into_view()

    def scroll_cursor_into_view(self) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        self.set_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.set_cursor(self.cursor + step * max(self.scrollable_content_region.height - 1, 1))

    def action_first(self) -> None:
        self.set_cursor(0)

    def action_last(self) -> None:
        self.set_cursor(self.row_count() - 1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < self.row_count():
            self.set_cursor(index)
            self.activate()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count())
