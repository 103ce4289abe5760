"""The reader application and ``run_app``, the entry point the CLI calls."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from sahel_tui.corpus.model import Article, LoadProblem
from sahel_tui.facts.model import ArticleFacts
from sahel_tui.facts.store import FactStore
from sahel_tui.resources import seeds_dir, styles_dir
from sahel_tui.tui.commands import SahelCommands
from sahel_tui.tui.loading import (
    Batch,
    Extract,
    Source,
    article_hay,
    batches,
    count_files,
    default_extractor,
    default_source,
)
from sahel_tui.tui.safe_text import clean_line
from sahel_tui.tui.screens.main import MainScreen

TEXT_BOXES = ("list-filter", "reader-search")
FREEZE_EVERY = 500  # articles
STYLESHEETS = ("app.tcss", "main.tcss", "dialogs.tcss")


def corpus_name(paths: Sequence[str], default: bool) -> str:
    if default:
        return "bundled seeds"
    if len(paths) == 1:
        p = Path(paths[0])
        return p.name or str(p)
    return f"{len(paths)} paths"


class LoadBatch(Message):
    """Articles (with their facts) and problems from the loading worker."""

    def __init__(self, batch: Batch) -> None:
        self.batch = batch
        super().__init__()


class SahelApp(App[int]):
    """A terminal reader for Sahel conflict news with its actors, dates and figures."""

    TITLE = "sahel-tui"
    CSS_PATH = [styles_dir() / name for name in STYLESHEETS]
    COMMANDS = App.COMMANDS | {SahelCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Palette", show=False, id="app.palette"),
    ]
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        paths: Sequence[str | Path] = (),
        *,
        gazetteer: Path | None = None,
        extract: Extract | None = None,
        source: Source | None = None,
        theme: str | None = None,
        animations: bool = True,
        batch_size: int = 100,
        batch_interval: float = 0.5,
    ) -> None:
        super().__init__()
        default = not paths
        self.paths = [str(p) for p in paths] or [str(seeds_dir())]
        self.corpus_name = corpus_name(self.paths, default)
        self.gazetteer = gazetteer
        self._extract = extract
        self._source = source
        self.batch_size = batch_size
        # Each batch redraws the list, title and status on the UI thread (tens of ms on
        # a large screen) while the worker holds the GIL between: batching by time at
        # 0.1 s left the UI busy half the time and slowed the load itself.
        self.batch_interval = batch_interval
        self.store = FactStore()
        self.folded: dict[str, str] = {}  # article id -> text for free-text filters
        self.loading = True
        self._started = False
        self._unfrozen = 0  # articles stored since the last gc.freeze()
        if theme:
            self.theme = theme
        if not animations:
            self.animation_level = "none"

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.store, self.corpus_name, self.display_path, self.folded)

    def display_path(self, path: str) -> str:
        """A file's path as shown: relative to the corpus folder it came from."""
        try:
            p = os.path.abspath(path)
            for root in self.paths:
                r = os.path.abspath(root)
                if p == r:
                    return os.path.basename(p) or p
                if p.startswith(r.rstrip(os.sep) + os.sep):
                    return os.path.join(os.path.basename(r), os.path.relpath(p, r))
        except (ValueError, OSError):
            pass
        return path

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def start_loading(self) -> None:
        """Called by the main screen once it is mounted and can show articles."""
        if not self._started:
            self._started = True
            self.load()

    # ------------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        worker = get_current_worker()
        problems: list[LoadProblem] = []
        if self._extract is not None:
            extract = self._extract
        else:
            extract, problems = default_extractor(self.gazetteer)
        source = self._source or default_source
        total = count_files(self.paths)
        folded = self.folded

        def extract_and_fold(article: Article) -> ArticleFacts:
            facts = extract(article)
            # Off the UI thread, so the first filter need not fold the whole corpus; the
            # first article with an id is the one the store keeps.
            folded.setdefault(article.id, article_hay(article))
            return facts

        for batch in batches(
            self.paths,
            source,
            extract_and_fold,
            size=self.batch_size,
            interval=self.batch_interval,
            cancelled=lambda: worker.is_cancelled,
            extra_problems=problems,
            files_total=total,
        ):
            if worker.is_cancelled:
                return
            self.post_message(LoadBatch(batch))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A loader that died must not leave the header saying "loading…" forever."""
        if event.worker.group != "load" or event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        reason = clean_line(f"{type(error).__name__}: {error}", 200)
        problem = LoadProblem(", ".join(self.paths), f"loading stopped: {reason}", "skipped")
        self.post_message(LoadBatch(Batch(problems=[problem], done=True)))

    def on_load_batch(self, message: LoadBatch) -> None:
        batch = message.batch
        added = []
        for facts in batch.facts:
            try:
                self.store.add(facts)
            except ValueError:
                self.store.add_problem(
                    LoadProblem(
                        facts.article.path,
                        f"duplicate article id {clean_line(facts.article.id, 80)}; skipped",
                        "skipped",
                    )
                )
                continue
            added.append(facts)
        for problem in batch.problems:
            self.store.add_problem(problem)
        # The store only grows and lives to the end: every FREEZE_EVERY articles (and
        # at the end) collect, then move what is alive out of the cyclic GC's reach.
        # Otherwise full passes walk the whole store (millions of objects on 10,000
        # articles) and stop the UI for seconds. Not per batch: whatever is alive at a
        # freeze and later dies in a cycle is never freed.
        self._unfrozen += len(added)
        if self._unfrozen >= FREEZE_EVERY or (batch.done and self._unfrozen):
            self._unfrozen = 0
            gc.collect()
            gc.freeze()
        if batch.done:
            self.loading = False
            progress = ""
        elif batch.files_total:
            progress = f"loading {batch.files_done:,}/{batch.files_total:,} files"
        else:
            progress = f"loading… {len(self.store):,}"
        self.main.add_batch(added, progress, batch.problems)
        if batch.done:
            self.main.loading_done()

    # ------------------------------------------------------------------ keys
    async def on_event(self, event: events.Event) -> None:
        # Typing into the filter or search box is applied here, in the order keys
        # arrive, so a burst ("/Mali" then Enter from tmux send-keys or a paste) cannot
        # submit the box before its text is in (keys are otherwise queued per widget).
        if isinstance(event, events.Key) and not event.is_forwarded:
            box = self.focused
            if isinstance(box, Input) and box.id in TEXT_BOXES:
                if event.is_printable and event.character:
                    box.insert_text_at_cursor(event.character)
                    return
                if event.key == "backspace":
                    box.action_delete_left()
                    return
        await super().on_event(event)

    # ------------------------------------------------------------------ actions
    def action_help(self) -> None:
        from sahel_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run_app(
    paths: Iterable[str | Path],
    gazetteer: Path | None = None,
    theme: str | None = None,
    animations: bool = True,
) -> int:
    """Open the reader on the given paths (the bundled corpus without any)."""
    app = SahelApp(list(paths), gazetteer=gazetteer, animations=animations)
    if theme:
        available = sorted(app.available_themes)
        if theme not in available:
            print(
                f"sahel-tui: unknown theme {clean_line(theme, 60)!r}; "
                f"choose one of: {', '.join(available)}",
                file=sys.stderr,
            )
            return 2
        app.theme = theme
    app.run()
    return app.return_code or 0
