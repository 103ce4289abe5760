"""The command palette: every action, and a jump to any article or actor.

Titles are namespaced ("view: …", "article: …", "actor: …"). Article titles and actor
names are untrusted: they are matched with a plain substring search (Textual's fuzzy
matcher can take exponential time on hostile strings) and shown as plain ``Content``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from sahel_tui.tui.safe_text import clean_line

ACTIONS: list[tuple[str, str, str]] = [
    # (title, action on the main screen or app, help) — our own strings only
    ("view: article list", "screen.focus_pane('list')", "key 1"),
    ("view: reader", "screen.focus_pane('reader')", "key 2"),
    ("view: actors panel", "screen.panel('actors')", "key a"),
    ("view: dates panel", "screen.panel('dates')", "key d"),
    ("view: figures panel", "screen.panel('figures')", "key f"),
    ("view: toggle scope (this article / whole corpus)", "screen.toggle_scope", "key s"),
    ("view: load problems", "screen.problems", "key e"),
    ("go: back", "screen.back", "backspace"),
    ("go: next mention or match", "screen.step(1)", "key n"),
    ("go: previous mention or match", "screen.step(-1)", "key N"),
    ("search: in this article", "screen.search", "key /"),
    ("filter: articles", "screen.filter", "key / in the list"),
    ("copy: marked sentence with citation", "screen.copy", "key y"),
    ("help: keys", "app.help", "key ?"),
    ("app: quit", "app.quit", "key q"),
]

MAX_HITS = 200


def words_match(query: str, candidate: str) -> float:
    """Score 0..1: every word of the query must appear in the candidate."""
    words = query.casefold().split()
    hay = candidate.casefold()
    if not words:
        return 0.0
    positions = []
    for w in words:
        i = hay.find(w)
        if i < 0:
            return 0.0
        positions.append(i)
    return 0.5 + 0.5 / (1 + min(positions))


def highlight(query: str, candidate: str) -> Content:
    content = Content(candidate)
    hay = candidate.casefold()
    for w in query.casefold().split():
        i = hay.find(w)
        # casefold can change lengths (ß → ss): only highlight when offsets agree
        if i >= 0 and len(hay) == len(candidate):
            content = content.stylize("bold underline", i, i + len(w))
    return content


class SahelCommands(Provider):
    def _main(self):  # noqa: ANN202 - the MainScreen, or None while another screen shows
        from sahel_tui.tui.screens.main import MainScreen

        screen = self.app.screen_stack[0] if self.app.screen_stack else None
        for s in self.app.screen_stack:
            if isinstance(s, MainScreen):
                screen = s
        return screen if isinstance(screen, MainScreen) else None

    def _run(self, action: str) -> None:
        main = self._main()
        if action.startswith("screen.") and main is not None:
            self.app.call_later(main.run_action, action.removeprefix("screen."))
        else:
            self.app.call_later(self.app.run_action, action.removeprefix("app."))

    def _entries(self) -> Iterator[tuple[str, Callable[[], None], str]]:
        for title, action, help_text in ACTIONS:
            yield title, partial(self._run, action), help_text
        main = self._main()
        if main is None:
            return
        for stats in main.store.actors_ranked():
            a = stats.actor
            title = clean_line(f"actor: {a.name} ({a.kind.replace('_', ' ')})", 200)
            yield title, partial(main.jump_to_actor, a.id), f"{stats.articles} articles"
        for art in main.store.articles:
            date = art.published.isoformat() if art.published else "undated"
            title = clean_line(f"article: {art.title} ({date})", 200)
            yield title, partial(main.jump_to_article, art.id), ""

    async def discover(self) -> Hits:
        for title, callback, help_text in self._entries():
            if not title.startswith(("actor:", "article:")):
                yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        hits = 0
        for title, callback, help_text in self._entries():
            score = words_match(query, title)
            if score > 0:
                yield Hit(
                    score,
                    highlight(query, title),
                    callback,
                    text=title,
                    help=help_text.replace("[", "(") or None,
                )
                hits += 1
                if hits >= MAX_HITS:
                    return
