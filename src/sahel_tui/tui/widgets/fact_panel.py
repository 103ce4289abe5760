"""The fact panels: actors, dates and figures, for the open article or the whole corpus.

One tab strip and one line-API table whose columns follow the chosen kind. Rows are
given by the screen (already grouped, see ``fact_rows``); choosing a row posts
``FactChosen`` with the fact's key. Cells are plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import Static, Tab, Tabs

from sahel_tui.tui.fact_rows import FactKey, FactRow, PanelKind, columns
from sahel_tui.tui.safe_text import clean_line
from sahel_tui.tui.widgets.cursor_list import CursorList

LABELS: dict[PanelKind, str] = {"actors": "Actors", "dates": "Dates", "figures": "Figures"}

# Fixed widths per column; 0 is the one flexible column. Counts are right-aligned.
WIDTHS: dict[str, int] = {
    "actor": 0, "kind": 12, "value": 12, "text": 0, "unit": 0, "n": 4, "arts": 4,
    "status": 8, "problem": 0,
}
FIGURE_WIDTHS: dict[str, int] = {"value": 10, "actor": 12}


def column_widths(
    kind: PanelKind, names: tuple[str, ...], width: int, counts: dict[str, int] | None = None
) -> list[int]:
    fixed = [
        (FIGURE_WIDTHS.get(n, WIDTHS[n]) if kind == "figures" else WIDTHS[n]) for n in names
    ]
    for i, n in enumerate(names):
        if counts and n in counts:
            fixed[i] = max(fixed[i], counts[n])
    if kind == "dates":
        fixed[1] = 8
    gaps = len(names) - 1
    flex = max(width - sum(fixed) - gaps, 6)
    return [w if w else flex for w in fixed]


def fit(text: str, width: int, right: bool = False) -> str:
    if cell_len(text) > width:
        out, used = [], 0
        for ch in text:
            w = cell_len(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    pad = " " * max(width - cell_len(text), 0)
    return pad + text if right else text + pad


class RowCells(Sequence[tuple[str, ...]]):
    """The cells of fact rows, each made (and cleaned) when first drawn or read.

    A corpus panel can hold tens of thousands of rows; making every row's cells on each
    refresh blocked the UI for seconds on a large corpus.
    """

    def __init__(
        self, rows: Sequence[FactRow], actor_name: Callable[[str], str], corpus: bool
    ) -> None:
        self._rows = rows
        self._actor_name = actor_name
        self._corpus = corpus
        self._cells: dict[int, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._rows)
        cells = self._cells.get(index)
        if cells is None:
            row = self._rows[index]  # IndexError ends iteration
            cells = tuple(clean_line(c, 200) for c in row.cells(self._actor_name, self._corpus))
            self._cells[index] = cells
        return cells

    def count_widths(self, names: tuple[str, ...]) -> dict[str, int]:
        """Widths of the count columns: the longest count (counts are not negative)."""
        widths = {}
        if "n" in names:
            widths["n"] = len(str(max((r.mentions for r in self._rows), default=0)))
        if "arts" in names:
            widths["arts"] = len(str(max((r.articles for r in self._rows), default=0)))
        if not self._rows:
            widths = dict.fromkeys(widths, 0)
        return widths


class FactTable(CursorList):
    """Rows of facts with a cursor; Enter (or a click) chooses one."""

    COMPONENT_CLASSES = {"fact-table--cursor", "fact-table--cursor-blur", "fact-table--count"}

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="facts.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="facts.down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="facts.page_up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="facts.page_down"),
        Binding("home,g", "first", "First", show=False, id="facts.first"),
        Binding("end,G", "last", "Last", show=False, id="facts.last"),
        Binding("enter", "choose", "Go to sentence", id="facts.choose"),
        Binding("left,h", "kind(-1)", "Previous panel", show=False, id="facts.prev_kind"),
        Binding("right,l", "kind(1)", "Next panel", show=False, id="facts.next_kind"),
    ]

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class Moved(Message):
        """The cursor moved."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class KindStep(Message):
        def __init__(self, step: int) -> None:
            self.step = step
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[tuple[str, ...]] = []
        self.kind: PanelKind = "actors"
        self.names: tuple[str, ...] = ()
        self.count_widths: dict[str, int] = {}
        self._cache: LRUCache[tuple, Strip] = LRUCache(512)

    def set_rows(
        self,
        kind: PanelKind,
        names: tuple[str, ...],
        rows: list[tuple[str, ...]] | RowCells,
    ) -> None:
        same = kind == self.kind and names == self.names
        self.kind, self.names = kind, names
        if isinstance(rows, RowCells):
            self.rows = rows
            self.count_widths = rows.count_widths(names)
        else:
            self.rows = [tuple(clean_line(c, 200) for c in r) for r in rows]
            self.count_widths = {
                n: max((len(r[i]) for r in self.rows if i < len(r)), default=0)
                for i, n in enumerate(names)
                if n in ("n", "arts")
            }
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))
        if not same:
            self.scroll_to(0, 0, animate=False, immediate=True)
            self.cursor = 0
        else:
            self.cursor = min(self.cursor, max(len(self.rows) - 1, 0))
        self.refresh()

    def header(self, width: int) -> str:
        widths = column_widths(self.kind, self.names, width, self.count_widths)
        cells = [fit(n, w, right=n in ("n", "arts")) for n, w in zip(self.names, widths)]
        return " ".join(cells)

    def row_count(self) -> int:
        return len(self.rows)

    def activate(self) -> None:
        self.action_choose()

    def watch_cursor(self, cursor: int) -> None:
        self._cache.clear()
        self.refresh()
        self.post_message(self.Moved(cursor))

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self.cursor))

    def action_kind(self, step: int) -> None:
        self.post_message(self.KindStep(step))

    def on_resize(self, event: events.Resize) -> None:
        # CursorList.on_resize runs too (Textual calls each class's handler).
        self._cache.clear()

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        key = (index, width, self.has_focus, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            widths = column_widths(self.kind, self.names, width, self.count_widths)
            row = self.rows[index]
            parts = []
            for i, (name, w) in enumerate(zip(self.names, widths)):
                cell = row[i] if i < len(row) else ""
                numeric = name in ("n", "arts")
                style = self._style("fact-table--count") if numeric else Style()
                parts.append(Text(fit(cell, w, right=numeric), style=style))
                parts.append(Text(" "))
            line = Text.assemble(*parts[:-1], no_wrap=True, end="")
            if index == self.cursor:
                line.stylize(
                    self._style("fact-table--cursor" if self.has_focus else "fact-table--cursor-blur")
                )
            strip = Strip(list(line.render(self.app.console))).apply_style(base)
            strip = strip.crop_extend(0, width, base)
            self._cache[key] = strip
        return strip


class FactPanel(Vertical):
    """Tabs (Actors · Dates · Figures), a column header and the table."""

    kind: reactive[PanelKind] = reactive("actors", init=False)

    class KindChosen(Message):
        def __init__(self, kind: PanelKind) -> None:
            self.kind = kind
            super().__init__()

    class FactChosen(Message):
        """A fact row was chosen: go to the sentence stating it."""

        def __init__(self, key: FactKey) -> None:
            self.key = key
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: list[FactKey] = []
        self.corpus = False

    def compose(self) -> ComposeResult:
        tabs = Tabs(*(Tab(LABELS[k], id=f"tab-{k}") for k in LABELS), id="fact-tabs")
        tabs.can_focus = False
        yield tabs
        yield Static("", id="fact-header", markup=False)
        yield FactTable(id="fact-table")

    @property
    def table(self) -> FactTable:
        return self.query_one(FactTable)

    def show(
        self,
        kind: PanelKind,
        rows: list[FactRow],
        corpus: bool,
        actor_name: Callable[[str], str],
    ) -> None:
        """Fill the table with rows of one kind."""
        if self.kind != kind:
            self.set_reactive(FactPanel.kind, kind)
        self.corpus = corpus
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{kind}":
            with tabs.prevent(Tabs.TabActivated):
                try:
                    tabs.active = f"tab-{kind}"
                except ValueError:  # tabs not mounted yet
                    pass
        names = columns(kind, corpus)
        self.keys = [r.key for r in rows]
        self.table.set_rows(kind, names, RowCells(rows, actor_name, corpus))
        self._update_header()

    def _update_header(self) -> None:
        width = self.table.scrollable_content_region.width or self.size.width
        self.query_one("#fact-header", Static).update(Content(self.table.header(width)))

    def on_resize(self) -> None:
        self._update_header()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        if event.tab is not None and event.tab.id:
            kind = event.tab.id.removeprefix("tab-")
            if kind != self.kind:
                self.post_message(self.KindChosen(kind))  # type: ignore[arg-type]

    def on_fact_table_chosen(self, event: FactTable.Chosen) -> None:
        event.stop()
        if 0 <= event.index < len(self.keys):
            self.post_message(self.FactChosen(self.keys[event.index]))

    def on_fact_table_kind_step(self, event: FactTable.KindStep) -> None:
        event.stop()
        order = list(LABELS)
        kind = order[(order.index(self.kind) + event.step) % len(order)]
        self.post_message(self.KindChosen(kind))  # type: ignore[arg-type]

    def select_key(self, key: FactKey) -> None:
        """Move the cursor to a fact's row if it is shown."""
        try:
            self.table.set_cursor(self.keys.index(key))
        except ValueError:
            pass
