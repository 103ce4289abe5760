"""The help screen: every key and what it does."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from sahel_tui import __version__
from sahel_tui.tui.keys import KEYS


def help_text() -> Text:
    width = max(len(k) for _, rows in KEYS for k, _ in rows) + 2
    text = Text()
    for i, (section, rows) in enumerate(KEYS):
        if i:
            text.append("\n")
        text.append(section + "\n", style="bold underline")
        for keys, what in rows:
            text.append(keys.ljust(width), style="bold")
            text.append(what + "\n")
    text.rstrip()
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "scroll(10)", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "scroll(-10)", "Page up", show=False, id="help.page_up"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static(
                Text(f"sahel-tui {__version__} — keys   (escape closes)", style="bold"),
                id="help-title",
            )
            with VerticalScroll(id="help-scroll"):
                yield Static(help_text(), id="help-body")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def action_scroll(self, lines: int) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        scroll.scroll_relative(y=lines, animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
