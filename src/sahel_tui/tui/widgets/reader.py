"""The reader pane: one article, wrapped, with its facts highlighted by offsets.

A line-API ``ScrollView``: the article is laid out once per width into (field, start,
end) lines and only the visible lines are rendered, so a very long article costs no
widgets. Text is never parsed as markup: styles are spans added by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Span as RichSpan
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from sahel_tui.facts.model import ActorMention, ArticleFacts, DateMention, Mention
from sahel_tui.tui.fact_rows import all_mentions
from sahel_tui.tui.safe_text import clean_line, clean_text

GUTTER = 2  # a mark column and a space
_TOKEN = re.compile(r"\S+\s*|\s+")
_DISPLAY = str.maketrans({"\t": " ", "\u2028": " ", "\u2029": " ", "\r": " "})

Span = tuple[str, int, int]  # field, start, end


@dataclass(frozen=True, slots=True)
class DocLine:
    """One screen line of the laid-out article."""

    field: str  # "title", "meta", "blank" or "body"
    start: int = 0
    end: int = 0


def wrap_spans(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` (no newlines) to ``width`` cells.

    Returns (start, end) offsets of each line; words longer than a line are split.
    Linear in the length of the text.
    """
    width = max(width, 1)
    if start >= end:
        return [(start, start)]
    lines: list[tuple[int, int]] = []
    line_start, col = start, 0
    for m in _TOKEN.finditer(text, start, end):
        ws, we = m.span()
        token = m.group()
        word = token.rstrip()
        wlen = cell_len(word)
        if col and word and col + wlen > width:
            lines.append((line_start, ws))
            line_start, col = ws, 0
        if wlen > width:
            # Hard-split a word wider than the line, one cell at a time.
            for i, ch in enumerate(word):
                w = cell_len(ch)
                if col and col + w > width:
                    lines.append((line_start, ws + i))
                    line_start, col = ws + i, 0
                col += w
            col += len(token) - len(word)
        else:
            col += cell_len(token)
    lines.append((line_start, end))
    return lines


def slice_text(text: Text, start: int, end: int) -> Text:
    """``text[start:end]``, the same Text, in time linear in its spans.

    Rich's slicing divides the whole text (copying every piece) for each slice, which
    made drawing a screen of a long article cost a full pass per line.
    """
    out = Text(
        text.plain[start:end], style=text.style, justify=text.justify, overflow=text.overflow
    )
    spans = out.spans
    for s, e, style in text.spans:
        if e > start and s < end:
            new_start, new_end = max(0, s - start), min(e, end) - start
            if new_end > new_start:
                spans.append(RichSpan(new_start, new_end, style))
    return out


class ReaderView(ScrollView, can_focus=True):
    """Shows one article; marks a sentence and a span; highlights search matches."""

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--heading",
        "reader--actor",
        "reader--date",
        "reader--figure",
        "reader--sentence",
        "reader--mark",
        "reader--gutter",
        "reader--match",
        "reader--match-current",
    }

    BINDINGS = [
        Binding("k", "scroll_up", "Up", show=False, id="reader.up"),
        Binding("j", "scroll_down", "Down", show=False, id="reader.down"),
        Binding("space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("g", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="reader.bottom"),
    ]

    class MentionClicked(Message):
        """The user clicked a highlighted mention."""

        def __init__(self, mention: Mention) -> None:
            self.mention = mention
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.path_label: Callable[[str], str] = str
        self.facts: ArticleFacts | None = None
        self._title = ""
        self._body = ""
        self._meta = ""
        self._lines: list[DocLine] = []
        self._layout_width = -1
        self._field_lines: dict[str, list[int]] = {"title": [], "body": []}
        self._texts: dict[str, Text] = {}
        self._styles_key: object = None
        self._cache: LRUCache[int, Strip] = LRUCache(2048)
        self._mentions: list[Mention] = []
        self.sentence: Span | None = None
        self.span: Span | None = None
        self.matches: list[Span] = []
        self.match_index = -1
        self.query = ""

    # ------------------------------------------------------------------ content
    def show(self, facts: ArticleFacts | None) -> None:
        """Display an article (or nothing); marks and search are cleared."""
        self.facts = facts
        self.sentence = self.span = None
        self.matches, self.match_index, self.query = [], -1, ""
        if facts is None:
            self._title = self._body = self._meta = ""
            self._mentions = []
        else:
            art = facts.article
            self._title = clean_text(art.title).translate(_DISPLAY).replace("\n", " ")
            self._body = clean_text(art.body).translate(_DISPLAY)
            meta = [art.source or "unknown source"]
            meta.append(art.published.isoformat() if art.published else "undated")
            if art.tags:
                meta.append("tags: " + ", ".join(art.tags))
            meta.append(self.path_label(art.path))
            self._meta = clean_line(" · ".join(str(m) for m in meta))
            self._mentions = all_mentions(facts)
        self._layout_width = -1
        self._restyle()
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)

    @property
    def article_id(self) -> str | None:
        return self.facts.article.id if self.facts else None

    @property
    def text_width(self) -> int:
        return max(self.scrollable_content_region.width - GUTTER, 10)

    def _relayout(self) -> None:
        if self.scrollable_content_region.width <= GUTTER + 2:
            # Hidden (narrow layout): lay out at a likely width, again when shown.
            width = max(self.app.size.width - 6, 10)
        else:
            width = self.text_width
        if width == self._layout_width:
            return
        self._layout_width = width
        lines: list[DocLine] = []
        field_lines: dict[str, list[int]] = {"title": [], "body": []}
        if self.facts is not None:
            for s, e in wrap_spans(self._title, 0, len(self._title), width):
                field_lines["title"].append(len(lines))
                lines.append(DocLine("title", s, e))
            for s, e in wrap_spans(self._meta, 0, len(self._meta), width):
                lines.append(DocLine("meta", s, e))
            lines.append(DocLine("blank"))
            body = self._body
            pos = 0
            n = len(body)
            while pos <= n:
                nl = body.find("\n", pos)
                if nl < 0:
                    nl = n
                for s, e in wrap_spans(body, pos, nl, width):
                    field_lines["body"].append(len(lines))
                    lines.append(DocLine("body", s, e))
                pos = nl + 1
        self._lines = lines
        self._field_lines = field_lines
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def on_show(self) -> None:
        self._relayout()

    # ------------------------------------------------------------------ styles
    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _restyle(self) -> None:
        """Rebuild the styled title and body (after a change of marks or theme)."""
        self._styles_key = (self.app.theme, self.app.current_theme.dark)
        self._cache.clear()
        title = Text(self._title, style=self._style("reader--title"))
        body = Text(self._body)
        texts = {"title": title, "body": body}
        # Markdown-style headings in the body ("## France stays").
        heading = self._style("reader--heading")
        for m in re.finditer(r"(?m)^#{1,6} [^\n]*", self._body):
            body.stylize(heading, m.start(), m.end())
        if self.sentence is not None:
            f, s, e = self.sentence
            texts[f].stylize(self._style("reader--sentence"), s, e)
        kinds = {
            ActorMention: self._style("reader--actor"),
            DateMention: self._style("reader--date"),
        }
        figure = self._style("reader--figure")
        for m in self._mentions:
            texts[m.field].stylize(kinds.get(type(m), figure), m.start, m.end)
        match, current = self._style("reader--match"), self._style("reader--match-current")
        for i, (f, s, e) in enumerate(self.matches):
            texts[f].stylize(current if i == self.match_index else match, s, e)
        if self.span is not None:
            f, s, e = self.span
            texts[f].stylize(self._style("reader--mark"), s, e)
        self._texts = texts
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self._texts:
            self._restyle()

    # ------------------------------------------------------------------ rendering
    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._styles_key != (self.app.theme, self.app.current_theme.dark):
            self._restyle()
        if self._layout_width != self.text_width and width > GUTTER + 2:
            self._relayout()
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_doc_line(index, base)
            self._cache[index] = strip
        return strip.crop_extend(0, width, base)

    def _in_sentence(self, line: DocLine) -> bool:
        if self.sentence is None:
            return False
        f, s, e = self.sentence
        return line.field == f and line.start < e and (line.end > s or line.start == s)

    def _render_doc_line(self, index: int, base: Style) -> Strip:
        line = self._lines[index]
        gutter_style = self._style("reader--gutter")
        if self._in_sentence(line):
            gutter = Text("▌ ", style=gutter_style)
        else:
            gutter = Text("  ")
        if line.field == "meta":
            content = Text(
                self._meta[line.start : line.end].rstrip(), style=self._style("reader--meta")
            )
        elif line.field == "blank":
            content = Text("")
        else:
            content = slice_text(self._texts[line.field], line.start, line.end)
            content.rstrip()
        text = Text.assemble(gutter, content, no_wrap=True, end="")
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(base)

    # ------------------------------------------------------------------ positions
    def line_of(self, field: str, offset: int) -> int:
        """The screen line holding a character offset of a field."""
        rows = self._field_lines.get(field) or []
        lo, hi = 0, len(rows) - 1
        best = rows[0] if rows else 0
        while lo <= hi:
            mid = (lo + hi) // 2
            line = self._lines[rows[mid]]
            if line.start <= offset:
                best = rows[mid]
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def scroll_to_offset(self, field: str, offset: int, end: int | None = None) -> None:
        """Scroll so a span is in view, a little below the top."""
        top = self.line_of(field, offset)
        bottom = self.line_of(field, end) if end is not None else top
        height = max(self.scrollable_content_region.height, 1)
        first, last = self.scroll_offset.y, self.scroll_offset.y + height - 1
        if top >= first and bottom <= last - height // 5:
            return  # already in view, and not at the very bottom
        target = max(top - max(height // 4, 1), 0)
        self.scroll_to(y=target, animate=False, immediate=True)
        if self.scroll_offset.y != target:
            # The new article's height is not laid out yet: scroll once it is.
            self.call_after_refresh(self.scroll_to, y=target, animate=False, immediate=True)

    def offset_at(self, x: int, y: int) -> tuple[str, int] | None:
        """The (field, offset) under a point of the content region."""
        index = self.scroll_offset.y + y
        if not 0 <= index < len(self._lines):
            return None
        line = self._lines[index]
        if line.field not in ("title", "body"):
            return None
        text = self._title if line.field == "title" else self._body
        col = GUTTER
        for i in range(line.start, line.end):
            col += cell_len(text[i])
            if col > x:
                return line.field, i
        return None

    def mention_at(self, field: str, offset: int) -> Mention | None:
        for m in self._mentions:
            if m.field == field and m.start <= offset < m.end:
                return m
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        hit = self.offset_at(offset.x, offset.y)
        if hit is not None:
            mention = self.mention_at(*hit)
            if mention is not None:
                self.post_message(self.MentionClicked(mention))

    # ------------------------------------------------------------------ marks
    def mark(self, mention: Mention | None) -> None:
        """Mark a mention and the sentence stating it, and scroll to it."""
        if mention is None or self.facts is None:
            self.sentence = self.span = None
            self._restyle()
            return
        try:
            s = self.facts.sentences[mention.sentence]
            sentence: Span | None = (s.field, s.start, s.end)
            if s.field != mention.field or not (s.start <= mention.start <= s.end):
                sentence = None
        except IndexError:
            sentence = None
        if sentence is None:
            sentence = (mention.field, mention.start, mention.end)
        self.sentence = sentence
        self.span = (mention.field, mention.start, mention.end)
        self._restyle()
        f, s0, e0 = sentence
        self.scroll_to_offset(f, s0, e0)
        self.scroll_to_offset(mention.field, mention.start, mention.end)

    def marked_sentence_text(self) -> str | None:
        if self.sentence is None or self.facts is None:
            return None
        f, s, e = self.sentence
        return self.facts.article.field_text(f)[s:e]

    def top_sentence_text(self) -> str | None:
        """The sentence at the top of the view (for copying when nothing is marked)."""
        if self.facts is None:
            return None
        index = self.scroll_offset.y
        for line in self._lines[index:]:
            if line.field in ("title", "body") and line.end > line.start:
                for s in self.facts.sentences:
                    if s.field == line.field and s.start <= line.start < max(s.end, s.start + 1):
                        return self.facts.article.field_text(s.field)[s.start : s.end]
                return self.facts.article.field_text(line.field)[line.start : line.end]
        return None

    # ------------------------------------------------------------------ search
    def search(self, query: str) -> int:
        """Highlight every match of ``query`` (case-insensitive); go to the first in view."""
        self.query = query
        self.matches = []
        self.match_index = -1
        if query and self.facts is not None:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            for field, text in (("title", self._title), ("body", self._body)):
                for m in pattern.finditer(text):
                    if m.end() > m.start():
                        self.matches.append((field, m.start(), m.end()))
                    if len(self.matches) >= 10_000:
                        break
        if self.matches:
            top = self.scroll_offset.y
            self.match_index = 0
            for i, (f, s, _e) in enumerate(self.matches):
                if self.line_of(f, s) >= top:
                    self.match_index = i
                    break
            self._show_match()
        else:
            self._restyle()
        return len(self.matches)

    def step_match(self, step: int) -> bool:
        """Go to the next (+1) or previous (-1) match; False when there is none."""
        if not self.matches:
            return False
        self.match_index = (self.match_index + step) % len(self.matches)
        self._show_match()
        return True

    def clear_search(self) -> None:
        self.query = ""
        self.matches, self.match_index = [], -1
        self._restyle()

    def _show_match(self) -> None:
        self._restyle()
        f, s, e = self.matches[self.match_index]
        self.scroll_to_offset(f, s, e)

    # ------------------------------------------------------------------ state
    def location(self) -> tuple[int, Span | None, Span | None]:
        return self.scroll_offset.y, self.sentence, self.span

    def restore(self, scroll_y: int, sentence: Span | None, span: Span | None) -> None:
        self.sentence, self.span = sentence, span
        self._restyle()
        self.scroll_to(y=scroll_y, animate=False, immediate=True)
