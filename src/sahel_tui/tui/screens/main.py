"""The main screen: article list, reader, fact panels; it routes every message.

Widgets post messages upward; this screen holds the navigation state (the open article,
the fact being followed, the location history) and calls methods on the widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from sahel_tui.corpus.model import LoadProblem
from sahel_tui.facts.filters import FilterError, parse_filter
from sahel_tui.facts.model import ActorMention, ArticleFacts, DateMention, Mention
from sahel_tui.facts.store import FactStore
from sahel_tui.tui.fact_rows import (
    PANEL_KINDS,
    CorpusIndex,
    FactKey,
    PanelKind,
    article_rows,
    fact_key,
    format_number,
    mention_kind,
    mentions_in_article,
)
from sahel_tui.tui.loading import article_hay
from sahel_tui.tui.safe_text import clean_line
from sahel_tui.tui.widgets.article_list import ArticleList
from sahel_tui.tui.widgets.fact_panel import FactPanel, FactTable
from sahel_tui.tui.widgets.reader import ReaderView, Span

PANES = ("list", "reader", "facts")
# Keys bound to nothing in the list: typing one there starts the filter with it.
TYPE_TO_FILTER = "cimoprtuvwxzABCDEFHIJKLMOPQRSTUVWXYZ0456789"
IN_TEXT_BOX_OK = {"escape", "pane", "submit"}


@dataclass(frozen=True)
class Location:
    """Where the user was: for the back key."""

    article_id: str | None
    scroll_y: int
    sentence: Span | None
    span: Span | None
    pane: str


@dataclass
class Trail:
    """The fact being followed and every place stating it, in order."""

    key: FactKey
    label: str
    refs: list[tuple[str, Mention]]
    pos: int = 0
    corpus: bool = False


class MainScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    # Every key is a priority binding of this screen, so keys run in the order typed,
    # even in a burst (tmux send-keys, a paste): a key that moves the focus takes
    # effect before the next key is routed. check_action lets keys through to a text
    # box when one is focused, and picks the Enter action by the focused pane.
    BINDINGS = [
        Binding("tab", "pane(1)", "Next pane", show=False, priority=True, id="main.next_pane"),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False, priority=True,
                id="main.prev_pane"),
        Binding("1", "focus_pane('list')", "List", show=False, priority=True, id="main.list"),
        Binding("2", "focus_pane('reader')", "Reader", show=False, priority=True,
                id="main.reader"),
        Binding("3", "focus_pane('facts')", "Facts", show=False, priority=True, id="main.facts"),
        Binding("a", "panel('actors')", "Actors", show=False, priority=True, id="main.actors"),
        Binding("d", "panel('dates')", "Dates", show=False, priority=True, id="main.dates"),
        Binding("f", "panel('figures')", "Figures", show=False, priority=True,
                id="main.figures"),
        Binding("enter", "open", "Open", priority=True, id="main.open"),
        Binding("enter", "go", "Go to sentence", priority=True, id="main.go"),
        Binding("enter", "submit", "Done", show=False, priority=True, id="main.submit"),
        Binding("s", "toggle_scope", "Scope", priority=True, id="main.scope"),
        Binding("slash", "search", "Search", priority=True, id="main.search"),
        Binding("n", "step(1)", "Next", priority=True, id="main.next"),
        Binding("N", "step(-1)", "Prev", show=False, priority=True, id="main.prev"),
        Binding("backspace,ctrl+o", "back", "Back", priority=True, id="main.back"),
        Binding("y", "copy", "Copy cite", show=False, priority=True, id="main.copy"),
        Binding("e,exclamation_mark", "problems", "Problems", show=False, priority=True,
                id="main.problems"),
        Binding("escape", "escape", "Back out", show=False, priority=True, id="main.escape"),
        Binding("up,k", "nav('up')", "Up", show=False, priority=True, id="main.up"),
        Binding("down,j", "nav('down')", "Down", show=False, priority=True, id="main.down"),
        Binding("pageup,b", "nav('page_up')", "Page up", show=False, priority=True,
                id="main.page_up"),
        Binding("pagedown,space", "nav('page_down')", "Page down", show=False, priority=True,
                id="main.page_down"),
        Binding("home,g", "nav('home')", "First", show=False, priority=True, id="main.home"),
        Binding("end,G", "nav('end')", "Last", show=False, priority=True, id="main.end"),
        Binding("left,h", "nav('left')", "Previous panel", show=False, priority=True,
                id="main.left"),
        Binding("right,l", "nav('right')", "Next panel", show=False, priority=True,
                id="main.right"),
        *(
            Binding(key, f"type_filter({key!r})", show=False, priority=True,
                    id=f"main.type_{key}")
            for key in TYPE_TO_FILTER
        ),
    ]

    pane: reactive[str] = reactive("list", init=False)
    scope: reactive[str] = reactive("article", init=False)

    def __init__(
        self,
        store: FactStore,
        corpus_name: str,
        path_label: Callable[[str], str] = str,
        folded: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.path_label = path_label
        self.store = store
        self.corpus_name = clean_line(corpus_name, 60)
        self.index = CorpusIndex()
        self.kind: PanelKind = "actors"
        self.trail: Trail | None = None
        self.history: list[Location] = []
        self.progress = "loading…"
        self._filter_timer: Timer | None = None
        self._corpus_dirty = False
        self._corpus_version = -1
        # Each article's title and body folded for free-text filters (the loading worker
        # fills it; else made on first use): folding 10,000 articles per keystroke
        # blocked the UI for seconds.
        self._folded: dict[str, str] = {} if folded is None else folded

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Static("", id="status", markup=False)
        yield Static("", id="pane-strip", markup=False)
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Input(
                    placeholder="/ filter: words  actor:NAME  date:2022-01..2022-06",
                    id="list-filter",
                    select_on_focus=False,
                )
                yield ArticleList(id="articles")
            with Vertical(id="reader-pane"):
                yield Static("", id="reader-bar", markup=False)
                yield ReaderView(id="reader")
                yield Input(
                    placeholder="search in this article", id="reader-search", select_on_focus=False
                )
            yield FactPanel(id="facts")
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(True, "-pane-list")
        self.reader.path_label = self.path_label
        self.articles.filter_input = self.query_one("#list-filter", Input)
        self.update_pane_strip()
        self.query_one("#list-pane").border_title = "Articles"
        self.query_one("#reader-pane").border_title = "Reader"
        self.query_one(FactPanel).border_title = "Facts · this article"
        self.query_one(ArticleList).focus()
        self.refresh_panel()
        self.update_status()
        self.update_reader_bar()
        self.set_interval(0.5, self._refresh_corpus_if_dirty)
        start = getattr(self.app, "start_loading", None)
        if start is not None:
            start()

    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ReaderView:
        return self.query_one(ReaderView)

    @property
    def panel(self) -> FactPanel:
        return self.query_one(FactPanel)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def pane_widget(self, pane: str) -> Widget:
        if pane == "list":
            return self.articles
        if pane == "reader":
            return self.reader
        return self.panel.table

    def pane_of(self, widget: Widget | None) -> str | None:
        node = widget
        while node is not None:
            if node.id == "list-pane":
                return "list"
            if node.id == "reader-pane":
                return "reader"
            if node.id == "facts":
                return "facts"
            node = node.parent  # type: ignore[assignment]
        return None

    def watch_pane(self, old: str, new: str) -> None:
        # A class change on the screen restyles (and repaints) every widget. The
        # -pane-* classes only matter in the narrow layout (main.tcss), so when wide
        # they are updated without a restyle; going narrow restyles anyway.
        self.update_classes({f"-pane-{p}": p == new for p in PANES}, update=self.narrow)
        self.update_pane_strip()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Use the focus as it is now: this event may be older than the last key.
        pane = self.pane_of(self.focused)
        if pane is not None and pane != self.pane:
            self.pane = pane

    def show_pane(self, pane: str, focus: Widget | None = None) -> None:
        """Make a pane visible (narrow layout) and focus it."""
        self.pane = pane
        target = focus or self.pane_widget(pane)
        before = self.focused
        self.set_focus(target)

        def retry() -> None:
            # A pane hidden a moment ago can only take focus once shown; do not
            # steal focus if the user moved it meanwhile.
            if self.focused is before or self.focused is None:
                self.set_focus(target)

        if self.focused is not target:
            self.call_after_refresh(retry)

    def update_pane_strip(self) -> None:
        labels = {"list": "1 Articles", "reader": "2 Reader", "facts": "3 Facts (a d f)"}
        text = Text()
        for p in PANES:
            text.append(" ")
            text.append(f" {labels[p]} ", style=Style(reverse=True, bold=True) if p == self.pane else "")
        text.append("   tab: next pane  ? help")
        self.query_one("#pane-strip", Static).update(text)

    # ------------------------------------------------------------------ status
    def update_status(self) -> None:
        counts = self.store.counts()
        problems = len(self.store.problems)
        width = max(self.app.size.width - 2, 20)

        def build(brand: bool, short: bool) -> Text:
            text = Text(no_wrap=True, overflow="ellipsis")
            if brand:
                text.append("sahel-tui", style="bold")
                text.append(" · ")
            text.append(self.corpus_name if not short else self.corpus_name[:16])
            text.append(" · ")
            if self.progress:
                text.append(self.progress, style="italic")
                text.append(" · ")
            labels = ("art", "act", "dat", "fig") if short else (
                "articles", "actors", "dates", "figures")
            nums = (counts["articles"], counts["actors"], counts["dates"], counts["figures"])
            text.append(" · ".join(f"{n:,} {label}" for n, label in zip(nums, labels)))
            if problems:
                text.append(" · ")
                noun = "problem" if problems == 1 else "problems"
                text.append(f"{problems:,} {noun} (e)", style="bold")
            return text

        for brand, short in ((True, False), (False, False), (False, True)):
            text = build(brand, short)
            if text.cell_len <= width:
                break
        self.query_one("#status", Static).update(text, layout=False)  # one fixed line

    def on_resize(self) -> None:
        self.update_status()

    def update_reader_bar(self) -> None:
        reader = self.reader
        text = Text(no_wrap=True, overflow="ellipsis")
        for name, label in (("actor", "actor"), ("date", "date"), ("figure", "figure")):
            text.append(label, style=reader.get_component_rich_style(f"reader--{name}", partial=True))
            text.append(" ")
        if reader.query:
            n = len(reader.matches)
            where = f"{reader.match_index + 1}/{n}" if n else "no match"
            text.append(f" │ “{clean_line(reader.query, 40)}” {where}  n/N")
        elif self.trail is not None:
            t = self.trail
            scope = "corpus" if t.corpus else "article"
            text.append(f" │ {clean_line(t.label, 40)}: {t.pos + 1}/{len(t.refs)} in {scope}  n/N")
        elif reader.facts is None:
            text.append(" │ no article open")
        self.query_one("#reader-bar", Static).update(text)

    # ------------------------------------------------------------------ loading
    def add_batch(
        self, facts: Sequence[ArticleFacts], progress: str, problems: Sequence[LoadProblem] = ()
    ) -> None:
        """New articles from the loading worker (already in the store)."""
        for f in facts:
            self.index.add(f)
        self.articles.add_articles(f.article for f in facts)
        self.progress = progress
        if facts:
            self._corpus_dirty = True
        if self.reader.facts is None and self.articles.highlighted_id is not None:
            self.open_article(self.articles.highlighted_id, push=False)
        self.update_list_title()
        self.update_status()

    def loading_done(self) -> None:
        self.progress = ""
        self._refresh_corpus_if_dirty()
        self.update_status()
        self.update_list_title()
        if not len(self.store):
            self.reader.show(None)
            self.update_reader_bar()
            if self.store.problems:
                self.notify(
                    "No article could be loaded; press e to see why.", severity="warning",
                    markup=False,
                )

    def update_list_title(self) -> None:
        lst = self.articles
        pane = self.query_one("#list-pane")
        if lst.shown == lst.total:
            pane.border_title = f"Articles {lst.total:,}"
        else:
            pane.border_title = f"Articles {lst.shown:,}/{lst.total:,}"

    def _refresh_corpus_if_dirty(self) -> None:
        if self._corpus_dirty and self.scope == "corpus":
            self._corpus_dirty = False
            self.refresh_panel()

    # ------------------------------------------------------------------ articles
    def location(self) -> Location:
        scroll_y, sentence, span = self.reader.location()
        return Location(self.reader.article_id, scroll_y, sentence, span, self.pane)

    def push_history(self) -> None:
        if self.reader.article_id is not None:
            self.history.append(self.location())
            del self.history[:-200]

    def open_article(self, article_id: str, push: bool = True) -> None:
        if article_id not in self.store:
            return
        if push and article_id != self.reader.article_id:
            self.push_history()
        if article_id != self.reader.article_id:
            self.reader.show(self.store.facts(article_id))
            self.articles.mark_open(article_id)
            if self.trail is not None and not self.trail.corpus:
                self.trail = None
            if self.scope == "article":
                self.refresh_panel()
        self.update_reader_bar()

    @on(ArticleList.Opened)
    def on_article_opened(self, event: ArticleList.Opened) -> None:
        self.open_from_list(event.article_id)

    def open_from_list(self, article_id: str) -> None:
        self.open_article(article_id)
        self.trail = None
        self.reader.mark(None)
        self.update_reader_bar()
        self.show_pane("reader")

    @on(ArticleList.FilterRequested)
    def on_filter_requested(self, event: ArticleList.FilterRequested) -> None:
        self.pane = "list"  # the list already moved focus and text to the filter box

    def action_filter(self) -> None:
        box = self.query_one("#list-filter", Input)
        self.show_pane("list", focus=box)
        box.cursor_position = len(box.value)

    @on(Input.Changed, "#list-filter")
    def on_filter_changed(self, event: Input.Changed) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.15, self.apply_filter)

    @on(Input.Submitted, "#list-filter")
    def on_filter_submitted(self) -> None:
        self.apply_filter()
        self.set_focus(self.articles)

    def apply_filter(self) -> None:
        box = self.query_one("#list-filter", Input)
        query = box.value.strip()
        if not query:
            self.articles.set_filter(None)
        else:
            try:
                flt = parse_filter(query)
            except FilterError as exc:
                box.border_subtitle = clean_line(str(exc), 60).replace("[", "(")
                return
            store = self.store
            folded = self._folded
            # Free-text words (ArticleFilter.matches: every word in the folded title and
            # body) are checked here against the folded text kept per article.
            words = flt.words
            rest = replace(flt, words=()) if words else flt

            def match(article_id: str) -> bool:
                try:
                    facts = store.facts(article_id)
                    if words:
                        hay = folded.get(article_id)
                        if hay is None:
                            hay = folded[article_id] = article_hay(facts.article)
                        if not all(w in hay for w in words):
                            return False
                    return rest.matches(facts)
                except Exception:  # noqa: BLE001 - a filter never crashes the app
                    return False

            self.articles.set_filter(match)
        box.border_subtitle = ""
        self.update_list_title()

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.focused is self.query_one("#list-filter"):
            event.stop()
            self.set_focus(self.articles)

    # ------------------------------------------------------------------ facts
    def refresh_panel(self) -> None:
        corpus = self.scope == "corpus"
        if corpus:
            rows = self.index.rows(self.kind)
        elif self.reader.facts is not None:
            rows = article_rows(self.reader.facts, self.kind)
        else:
            rows = []
        self.panel.show(self.kind, rows, corpus, self.actor_name)
        if self.trail is not None:
            self.panel.select_key(self.trail.key)

    def actor_name(self, actor_id: str) -> str:
        actor = self.store.actor(actor_id)
        return actor.name if actor else actor_id

    def watch_scope(self, scope: str) -> None:
        self.panel.border_title = (
            "Facts · whole corpus" if scope == "corpus" else "Facts · this article"
        )
        self.panel.set_class(scope == "corpus", "-corpus")
        self.refresh_panel()

    def action_toggle_scope(self) -> None:
        self.scope = "corpus" if self.scope == "article" else "article"
        self.notify(
            "Facts of the whole corpus" if self.scope == "corpus" else "Facts of this article",
            timeout=2,
            markup=False,
        )

    def action_panel(self, kind: str) -> None:
        if kind in PANEL_KINDS and kind != self.kind:
            self.kind = kind  # type: ignore[assignment]
            self.refresh_panel()
        self.show_pane("facts")

    @on(FactPanel.KindChosen)
    def on_kind_chosen(self, event: FactPanel.KindChosen) -> None:
        self.kind = event.kind
        self.refresh_panel()
        self.show_pane("facts")

    def label_of(self, key: FactKey, mention: Mention) -> str:
        if isinstance(mention, ActorMention):
            return mention.name
        if isinstance(mention, DateMention):
            return mention.value or mention.text
        value = getattr(mention, "value", None)
        unit = getattr(mention, "unit", None) or ""
        return f"{format_number(value) if value is not None else mention.text} {unit}".strip()

    @on(FactPanel.FactChosen)
    def on_fact_chosen(self, event: FactPanel.FactChosen) -> None:
        self.follow(event.key, corpus=self.scope == "corpus")

    @on(ReaderView.MentionClicked)
    def on_mention_clicked(self, event: ReaderView.MentionClicked) -> None:
        key = fact_key(event.mention)
        kind = mention_kind(event.mention)
        if kind != self.kind:
            self.kind = kind
            self.refresh_panel()
        self.follow(key, corpus=False, mention=event.mention, switch=False)

    def follow(
        self, key: FactKey, corpus: bool, mention: Mention | None = None, switch: bool = True
    ) -> None:
        """Start following a fact: go to its first mention (or ``mention``)."""
        refs: list[tuple[str, Mention]] = []
        if corpus:
            ids = sorted(self.index.articles_of(key), key=self.articles.position)
            for aid in ids:
                refs.extend((aid, m) for m in mentions_in_article(self.store.facts(aid), key))
        elif self.reader.facts is not None:
            aid = self.reader.facts.article.id
            refs = [(aid, m) for m in mentions_in_article(self.reader.facts, key)]
        if not refs:
            self.notify("No mention of this fact to show.", markup=False, timeout=2)
            return
        pos = 0
        if mention is not None:
            for i, (_a, m) in enumerate(refs):
                if m == mention:
                    pos = i
        self.push_history()
        self.trail = Trail(key, self.label_of(key, refs[pos][1]), refs, pos, corpus)
        self.go_to_trail()
        if switch and self.narrow:
            self.show_pane("reader")

    def go_to_trail(self) -> None:
        trail = self.trail
        if trail is None:
            return
        aid, mention = trail.refs[trail.pos]
        if aid != self.reader.article_id:
            self.open_article(aid, push=False)
            self.articles.select_id(aid)
        self.reader.mark(mention)
        self.panel.select_key(trail.key)
        self.update_reader_bar()

    def action_step(self, step: int) -> None:
        reader = self.reader
        if reader.matches:
            reader.step_match(step)
        elif self.trail is not None:
            t = self.trail
            new = t.pos + step
            if not 0 <= new < len(t.refs):
                new %= len(t.refs)
                self.notify(
                    "Wrapped to the first mention" if step > 0 else "Wrapped to the last mention",
                    timeout=1.5,
                    markup=False,
                )
            t.pos = new
            self.go_to_trail()
        elif reader.query:
            self.notify("No match in this article.", timeout=2, markup=False)
        else:
            self.notify(
                "Nothing to step through: choose a fact (a, d, f then Enter) or search (/).",
                timeout=3,
                markup=False,
            )
        self.update_reader_bar()

    # ------------------------------------------------------------------ key routing
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        focused = self.focused
        if action == "submit":
            return isinstance(focused, Input)
        if isinstance(focused, Input):
            return action in IN_TEXT_BOX_OK
        if action == "open":
            return focused is self.articles
        if action == "go":
            return isinstance(focused, FactTable)
        if action == "type_filter":
            return focused is self.articles
        if action == "nav":
            return focused is not None and focused in (self.articles, self.reader, self.panel.table)
        return True

    def action_nav(self, what: str) -> None:
        w = self.focused
        if w is self.reader:
            reader = self.reader
            if what == "up":
                reader.scroll_relative(y=-1, animate=False, immediate=True)
            elif what == "down":
                reader.scroll_relative(y=1, animate=False, immediate=True)
            elif what in ("page_up", "page_down"):
                page = max(reader.scrollable_content_region.height - 1, 1)
                reader.scroll_relative(
                    y=page if what == "page_down" else -page, animate=False, immediate=True
                )
            elif what == "home":
                reader.scroll_to(y=0, animate=False, immediate=True)
            elif what == "end":
                reader.scroll_to(y=reader.max_scroll_y, animate=False, immediate=True)
            return
        if w is self.articles or w is self.panel.table:
            table = w
            if what in ("left", "right"):
                if w is self.panel.table:
                    self.step_kind(-1 if what == "left" else 1)
                return
            moves = {
                "up": lambda: table.action_cursor(-1),
                "down": lambda: table.action_cursor(1),
                "page_up": lambda: table.action_page(-1),
                "page_down": lambda: table.action_page(1),
                "home": table.action_first,
                "end": table.action_last,
            }
            moves[what]()

    def action_open(self) -> None:
        article_id = self.articles.highlighted_id
        if article_id is not None:
            self.open_from_list(article_id)

    def action_go(self) -> None:
        table = self.panel.table
        if 0 <= table.cursor < len(self.panel.keys):
            self.follow(self.panel.keys[table.cursor], corpus=self.scope == "corpus")

    def action_submit(self) -> None:
        box = self.focused
        if not isinstance(box, Input):
            return
        if box.id == "reader-search":
            self.submit_search(box.value)
        elif box.id == "list-filter":
            self.apply_filter()
            self.set_focus(self.articles)
        else:
            box.action_submit()

    def action_type_filter(self, key: str) -> None:
        box = self.query_one("#list-filter", Input)
        self.set_focus(box)
        box.insert_text_at_cursor(key)

    def step_kind(self, step: int) -> None:
        kind = PANEL_KINDS[(PANEL_KINDS.index(self.kind) + step) % len(PANEL_KINDS)]
        self.action_panel(kind)

    # ------------------------------------------------------------------ navigation
    def action_pane(self, step: int) -> None:
        if isinstance(self.focused, Input):
            self.focused.blur()
        current = self.pane if self.pane in PANES else "list"
        self.show_pane(PANES[(PANES.index(current) + step) % len(PANES)])

    def action_focus_pane(self, pane: str) -> None:
        self.show_pane(pane)

    def action_back(self) -> None:
        if not self.history:
            self.notify("Nothing to go back to.", timeout=1.5, markup=False)
            return
        loc = self.history.pop()
        if loc.article_id is not None and loc.article_id != self.reader.article_id:
            self.open_article(loc.article_id, push=False)
            self.articles.select_id(loc.article_id)
        self.trail = None
        self.reader.restore(loc.scroll_y, loc.sentence, loc.span)
        self.update_reader_bar()
        self.show_pane(loc.pane)

    def action_search(self) -> None:
        if self.pane == "list" or self.focused is self.articles:
            self.action_filter()
            return
        box = self.query_one("#reader-search", Input)
        box.display = True
        self.show_pane("reader", focus=box)

    @on(Input.Submitted, "#reader-search")
    def on_search_submitted(self, event: Input.Submitted) -> None:
        self.submit_search(event.value)

    def submit_search(self, query: str) -> None:
        box = self.query_one("#reader-search", Input)
        box.display = False
        count = self.reader.search(query)
        if query and not count:
            self.notify("No match in this article.", timeout=2, markup=False)
        self.set_focus(self.reader)
        self.update_reader_bar()

    def action_escape(self) -> None:
        box = self.query_one("#reader-search", Input)
        filt = self.query_one("#list-filter", Input)
        if box.display:
            box.display = False
            self.set_focus(self.reader)
        elif self.focused is filt:
            if filt.value:
                filt.value = ""
                self.apply_filter()
            self.set_focus(self.articles)
        elif self.reader.query:
            self.reader.clear_search()
        elif self.reader.span is not None or self.trail is not None:
            self.trail = None
            self.reader.mark(None)
        elif self.pane != "list":
            self.show_pane("list")
        self.update_reader_bar()

    def action_copy(self) -> None:
        reader = self.reader
        if reader.facts is None:
            self.notify("No article open.", markup=False, timeout=2)
            return
        sentence = reader.marked_sentence_text() or reader.top_sentence_text() or ""
        art = reader.facts.article
        parts = [art.title, art.source or "", art.published.isoformat() if art.published else ""]
        cite = ", ".join(p for p in parts if p)
        if art.url:
            cite += f" <{art.url}>"
        text = f"“{sentence.strip()}” — {cite}"
        self.app.copy_to_clipboard(clean_line(text, 5000))
        self.notify(f"Copied {len(text)} characters: the sentence and its citation.",
                    timeout=2, markup=False)

    def action_problems(self) -> None:
        from sahel_tui.tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.store.problems, self.path_label))

    # ------------------------------------------------------------------ palette
    def jump_to_article(self, article_id: str) -> None:
        self.articles.select_id(article_id)
        self.open_article(article_id)
        self.trail = None
        self.reader.mark(None)
        self.update_reader_bar()
        self.show_pane("reader")

    def jump_to_actor(self, actor_id: str) -> None:
        self.kind = "actors"
        self.scope = "corpus"
        self.refresh_panel()
        self.follow(("actors", actor_id), corpus=True)
        self.show_pane("reader")
