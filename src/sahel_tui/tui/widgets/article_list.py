"""The article list: date, title, source; newest first; filterable.

A line-API ``ScrollView``: one screen line per article, only visible lines are drawn.
Articles arriving in batches are inserted in sort order (no rebuild), so loading a
large corpus stays linear. Drawn rows are cached by article and state (not by index),
so a batch or a cursor move redraws only the rows that changed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Input

from sahel_tui.corpus.model import Article
from sahel_tui.tui.safe_text import clean_line
from sahel_tui.tui.widgets.cursor_list import CursorList

SortKey = tuple


def sort_key(article: Article) -> SortKey:
    """Newest first; undated articles last; then by title."""
    if article.published is not None:
        return (0, -article.published.toordinal(), article.title.casefold(), article.id)
    return (1, 0, article.title.casefold(), article.id)


class ArticleList(CursorList):
    """Every article of the corpus (or those matching the filter), one per line."""

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--cursor-blur",
        "article-list--date",
        "article-list--source",
        "article-list--open",
        "article-list--unread",
    }

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "open", "Open", id="list.open"),
        Binding("slash", "filter", "Filter", id="list.filter"),
    ]

    class Opened(Message):
        """The user chose an article (Enter or click)."""

        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    class Highlighted(Message):
        def __init__(self, article_id: str | None) -> None:
            self.article_id = article_id
            super().__init__()

    class FilterRequested(Message):
        """The user typed a character meant for the filter (type-to-filter)."""

        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._articles: dict[str, Article] = {}
        self._all_keys: list[SortKey] = []  # every article, sorted
        self._keys: list[SortKey] = []  # the shown rows, sorted
        self._ids: dict[SortKey, str] = {}
        self._match: Callable[[str], bool] | None = None
        self.open_id: str | None = None
        # The filter box, when the screen gives one: typing goes there at once, so no
        # key typed quickly after the first is lost to a binding.
        self.filter_input: Input | None = None
        self.read: set[str] = set()
        self._cache: LRUCache[tuple, Strip] = LRUCache(512)

    # ------------------------------------------------------------------ content
    def add_articles(self, articles: Iterable[Article]) -> None:
        """Insert articles in sort order; the cursor stays on the same article."""
        current = self.highlighted_id
        added = False
        for art in articles:
            if art.id in self._articles:
                continue
            self._articles[art.id] = art
            key = sort_key(art)
            self._ids[key] = art.id
            bisect.insort(self._all_keys, key)
            if self._match is None or self._match(art.id):
                bisect.insort(self._keys, key)
                added = True
        if added:
            self._after_change(current)

    def set_filter(self, match: Callable[[str], bool] | None) -> None:
        current = self.highlighted_id
        self._match = match
        if match is None:
            self._keys = list(self._all_keys)
        else:
            self._keys = [k for k in self._all_keys if match(self._ids[k])]
        self._after_change(current, reset=True)

    def _after_change(self, current: str | None, reset: bool = False) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._keys))
        index = self.index_of(current) if current else None
        if index is None:
            index = 0 if reset or current is None else min(self.cursor, len(self._keys) - 1)
        self.set_cursor(max(index, 0), scroll=reset)
        self.refresh()

    @property
    def total(self) -> int:
        return len(self._all_keys)

    @property
    def shown(self) -> int:
        return len(self._keys)

    @property
    def shown_ids(self) -> list[str]:
        return [self._ids[k] for k in self._keys]

    def position(self, article_id: str) -> SortKey:
        """Where an article sorts in the list (for ordering facts across articles)."""
        art = self._articles.get(article_id)
        return sort_key(art) if art else (2, 0, "", article_id)

    def index_of(self, article_id: str | None) -> int | None:
        art = self._articles.get(article_id or "")
        if art is None:
            return None
        key = sort_key(art)
        i = bisect.bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return i
        return None

    @property
    def highlighted_id(self) -> str | None:
        if 0 <= self.cursor < len(self._keys):
            return self._ids[self._keys[self.cursor]]
        return None

    def mark_open(self, article_id: str | None) -> None:
        old, self.open_id = self.open_id, article_id
        if article_id:
            self.read.add(article_id)
        for changed in (old, article_id):  # only their rows change
            index = self.index_of(changed)
            if index is not None:
                self.refresh_line(index)

    # ------------------------------------------------------------------ cursor
    def row_count(self) -> int:
        return len(self._keys)

    def activate(self) -> None:
        self.action_open()

    def watch_cursor(self, old: int, new: int) -> None:
        # Only the two rows change (a scroll, if any, refreshes the rest).
        self.refresh_line(old)
        self.refresh_line(new)
        self.post_message(self.Highlighted(self.highlighted_id))

    def select_id(self, article_id: str) -> None:
        index = self.index_of(article_id)
        if index is not None:
            self.set_cursor(index)

    def action_open(self) -> None:
        article_id = self.highlighted_id
        if article_id is not None:
            self.post_message(self.Opened(article_id))

    def action_filter(self) -> None:
        self._start_filter("")

    def _start_filter(self, text: str) -> None:
        box = self.filter_input
        if box is not None:
            self.screen.set_focus(box)
            if text:
                box.insert_text_at_cursor(text)
            else:
                box.cursor_position = len(box.value)
        self.post_message(self.FilterRequested(text))

    def on_key(self, event: events.Key) -> None:
        # Type-to-filter: a printable key bound to nothing starts the filter.
        if event.is_printable and event.character and event.character.strip():
            if event.key not in self.app.active_bindings:
                event.stop()
                event.prevent_default()
                self._start_filter(event.character)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # ------------------------------------------------------------------ rendering
    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._keys):
            return Strip.blank(width, base)
        # Keyed by what the row shows, so rows stay valid when others are inserted.
        article_id = self._ids[self._keys[index]]
        cache_key = (
            article_id, index == self.cursor, article_id == self.open_id,
            article_id in self.read, width, self.has_focus, self.app.theme,
        )
        strip = self._cache.get(cache_key)
        if strip is None:
            strip = self._render_row(index, width, base)
            self._cache[cache_key] = strip
        return strip

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _render_row(self, index: int, width: int, base: Style) -> Strip:
        article_id = self._ids[self._keys[index]]
        art = self._articles[article_id]
        if article_id == self.open_id:
            mark = Text("▸", style=self._style("article-list--open"))
        elif article_id not in self.read:
            mark = Text("•", style=self._style("article-list--unread"))
        else:
            mark = Text(" ")
        date = art.published.isoformat() if art.published else "undated   "
        source = clean_line(art.source or "", 40)
        title = clean_line(art.title, 400)
        parts: list[Text] = [mark, Text(" "), Text(date, style=self._style("article-list--date"))]
        room = width - cell_len(date) - 3
        if source and width >= 60:
            source = source if cell_len(source) <= 14 else source[:13] + "…"
            room -= cell_len(source) + 1
        else:
            source = ""
        parts.append(Text(" "))
        title_text = Text(title, no_wrap=True, overflow="ellipsis")
        title_text.truncate(max(room, 1), overflow="ellipsis", pad=True)
        parts.append(title_text)
        if source:
            parts.append(Text(" "))
            parts.append(Text(source, style=self._style("article-list--source")))
        line = Text.assemble(*parts, no_wrap=True, end="")
        if index == self.cursor:
            line.stylize(
                self._style("article-list--cursor" if self.has_focus else "article-list--cursor-blur")
            )
        strip = Strip(list(line.render(self.app.console))).apply_style(base)
        return strip.crop_extend(0, width, base)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
