"""The load-problems screen: each skipped or degraded file with its reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from sahel_tui.corpus.model import LoadProblem
from sahel_tui.tui.safe_text import clean_line
from sahel_tui.tui.widgets.fact_panel import FactTable


class ProblemTable(FactTable):
    """The fact table's line renderer with columns for problems."""

    BINDINGS = [Binding("enter", "choose", "Details", id="problems.details")]


class ProblemsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,q,e,exclamation_mark", "dismiss", "Close", id="problems.close"),
        Binding("question_mark", "app.help", "Help", id="problems.help"),
    ]

    def __init__(
        self, problems: Sequence[LoadProblem], path_label: Callable[[str], str] = str
    ) -> None:
        super().__init__()
        self.problems = list(problems)
        self.path_label = path_label

    def compose(self) -> ComposeResult:
        skipped = sum(1 for p in self.problems if p.severity == "skipped")
        notices = len(self.problems) - skipped
        title = (
            f"Load problems: {skipped} files skipped, {notices} loaded with a notice"
            if self.problems
            else "Load problems: none — every file loaded cleanly"
        )
        with Vertical(id="problems-pane"):
            yield Static(Text(title, style="bold"), id="problems-title")
            yield Static(Text("status   file · reason", style="bold"), id="problems-header")
            yield ProblemTable(id="problems-table")
            yield Static("", id="problems-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(ProblemTable)
        rows = [
            (p.severity, f"{clean_line(self.path_label(p.path), 300)} · {clean_line(p.message, 500)}")
            for p in self.problems
        ]
        table.set_rows("problems", ("status", "problem"), rows)  # type: ignore[arg-type]
        table.focus()
        self._show_detail()

    def on_fact_table_chosen(self, event: FactTable.Chosen) -> None:
        event.stop()
        self._show_detail()

    def on_fact_table_moved(self, event: FactTable.Moved) -> None:
        event.stop()
        self._show_detail()

    def _show_detail(self) -> None:
        table = self.query_one(ProblemTable)
        detail = self.query_one("#problems-detail", Static)
        if not self.problems:
            detail.update(Text(""))
            return
        p = self.problems[min(table.cursor, len(self.problems) - 1)]
        text = Text()
        text.append("file: ", style="bold")
        text.append(clean_line(self.path_label(p.path), 2000) + "\n")
        text.append(p.severity + ": ", style="bold")
        text.append(clean_line(p.message, 2000))
        detail.update(text)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
