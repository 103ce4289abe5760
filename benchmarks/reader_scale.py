#!/usr/bin/env python3
"""The reader at scale: the real app, headless, on a large corpus.

    python benchmarks/reader_scale.py                 # 10,000 generated articles
    python benchmarks/reader_scale.py --n 1000
    python benchmarks/reader_scale.py --corpus PATH

Runs ``SahelApp`` with the real extractors under ``run_test(size=(200, 50))`` (no
animations) and prints: time to first paint (first article listed and shown in the
reader), time until every fact is loaded, how long the UI thread was blocked while the
worker loaded, memory, and the latency of the keys a reader uses most (move in the
list, open an article, toggle the fact scope, filter) on the full corpus and while it
is still loading. Figures are printed, never asserted.

Latencies measure the work, not Pilot's fixed waits:

* ``work``: the action method called directly, then every widget that asked for a
  refresh laid out and rendered at once (what Textual does over a few message round
  trips: styles, layout, compositor, ``render_line`` of each dirty line), timed as one
  synchronous stretch;
* ``key to frame``: a real key event posted to the app, until the first frame drawn
  after its effect (includes the wait behind queued loading batches and for Textual's
  next screen update, at most 60 a second).

"UI loop lag" is how late a 10 ms asyncio sleep wakes up on the UI thread: the longest
stretch in which the app could not have handled a key.
"""

from __future__ import annotations

import os

os.environ["TEXTUAL_ANIMATIONS"] = "none"

import argparse  # noqa: E402
import asyncio  # noqa: E402
import gc  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Awaitable, Callable  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402
from textual import events  # noqa: E402
from textual.widget import Widget  # noqa: E402

from sahel_tui.tui.app import SahelApp  # noqa: E402
from sahel_tui.tui.loading import count_files  # noqa: E402

SIZE = (200, 50)
POLL = 0.01


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def summary(samples: list[float]) -> str:
    if not samples:
        return "no samples"
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return (f"median {ms(statistics.median(s))} ms, p95 {ms(p95)} ms, max {ms(s[-1])} ms"
            f"  (n={len(s)})")


def deep_size(obj: object, seen: set[int] | None = None) -> int:
    """Bytes held by an object graph (tuples, lists, dicts, dataclasses, slots)."""
    seen = set() if seen is None else seen
    stack = [obj]
    total = 0
    while stack:
        o = stack.pop()
        if id(o) in seen or o is None or isinstance(o, (bool, type)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, (str, bytes, int, float)):
            continue
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
        else:
            if hasattr(o, "__dict__"):
                stack.append(vars(o))
            for cls in type(o).__mro__:
                for name in getattr(cls, "__slots__", ()):
                    if hasattr(o, name):
                        stack.append(getattr(o, name))
    return total


class GcPauses:
    """Durations of the cyclic garbage collector's passes (they stop every thread)."""

    def __init__(self) -> None:
        self.samples: list[tuple[int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.samples.append((info["generation"], time.perf_counter() - self._start))

    def report(self, label: str) -> str:
        full = [d for g, d in self.samples if g == 2]
        young = [d for g, d in self.samples if g < 2]
        self.samples.clear()
        text = f"  garbage collector {label}: {len(full)} full passes"
        if full:
            text += f" (longest {ms(max(full))} ms, total {ms(sum(full))} ms)"
        if young:
            text += f", {len(young)} young passes (longest {ms(max(young))} ms)"
        return text + (f"; {gc.get_freeze_count():,} objects frozen, "
                       f"{len(gc.get_objects()):,} tracked")


class Bench:
    def __init__(self, app: SahelApp, pilot) -> None:
        self.app = app
        self.pilot = pilot
        self.lags: list[float] = []  # how late each POLL sleep woke up

    @property
    def screen(self):
        return self.app.main

    def render_now(self) -> None:
        """Lay out and render, now, every widget that asked for it.

        What Textual does over a few message round trips (each widget's idle handler
        posts Update/Layout to the screen, whose update timer then reflows and renders
        the dirty lines), done synchronously so the work can be timed on its own.
        """
        screen = self.app.screen
        for w in screen.walk_children(with_self=False):
            if w._refresh_styles_required:
                w._refresh_styles_required = False
                w.update_node_styles()
            if w._scroll_required:
                w._scroll_required = False
                screen._scroll_required = True
            if w._repaint_required:
                w._repaint_required = False
                if w.display:
                    screen._dirty_widgets.add(w)
            if w._layout_required:
                w._layout_required = False
                for ancestor in w.ancestors:
                    if not isinstance(ancestor, Widget):
                        break
                    ancestor._clear_arrangement_cache()
                    ancestor._layout_updates += 1
                    if not ancestor.styles.auto_dimensions:
                        break
                screen._layout_required = True
        screen._on_timer_update()

    async def settle(self) -> None:
        await self.pilot.pause(0)
        await self.pilot.pause(0)

    async def tick(self) -> None:
        t = time.perf_counter()
        await asyncio.sleep(POLL)
        self.lags.append(time.perf_counter() - t - POLL)

    async def work(self, action: Callable[[], object]) -> float:
        """An action and the render it causes, synchronously; then let messages settle."""
        await self.settle()
        self.render_now()
        t = time.perf_counter()
        action()
        self.render_now()
        dt = time.perf_counter() - t
        await self.settle()
        return dt

    async def key(self, key: str, done: Callable[[], bool], timeout: float = 30.0) -> float:
        """A real key event, from posting it to the first frame drawn once done() holds.

        Includes the wait in the app's queue (behind loading batches, say) and for the
        screen's next update (Textual draws at most 60 frames a second).
        """
        await self.settle()
        screen = self.app.screen
        frame = asyncio.Event()
        drawn: list[float] = []
        original = screen._compositor_refresh

        def hooked() -> None:
            original()
            if not drawn and done():
                drawn.append(time.perf_counter())
                frame.set()

        screen._compositor_refresh = hooked  # type: ignore[method-assign]
        char = key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(self.app)
        t = time.perf_counter()
        try:
            self.app.post_message(event)
            await asyncio.wait_for(frame.wait(), timeout)
        finally:
            del screen._compositor_refresh
        await self.settle()
        return drawn[0] - t

    async def at_positions(
        self, positions: list[int], measure: Callable[[int], Awaitable[float]]
    ) -> list[float]:
        """Put the list cursor at each position (untimed), then measure there."""
        out = []
        for p in positions:
            await self.focus_list_at(p)
            out.append(await measure(p))
        return out

    async def focus_list_at(self, index: int) -> None:
        m = self.screen
        if self.app.focused is not m.articles:
            m.show_pane("list")
        m.articles.set_cursor(index)
        await self.settle()


def positions(n: int, reps: int, seed: int = 7) -> list[int]:
    rng = random.Random(seed)
    return [rng.randrange(0, max(n - 1, 1)) for _ in range(reps)]


async def measure_moves(b: Bench, reps: int, label: str) -> None:
    m = b.screen
    lst = m.articles
    shown = lst.shown
    down = await b.at_positions(
        positions(shown, reps), lambda p: b.work(lambda: m.action_nav("down")))
    page = await b.at_positions(
        positions(shown, max(reps // 4, 5), seed=8),
        lambda p: b.work(lambda: m.action_nav("page_down")))

    def moved(p: int) -> Callable[[], bool]:
        start = lst.highlighted_id  # by id: a batch arriving meanwhile shifts indexes
        return lambda: lst.highlighted_id != start

    keys = await b.at_positions(
        positions(shown, max(reps // 4, 5), seed=9), lambda p: b.key("down", moved(p)))
    print(f"  move down in the list {label}, work:  {summary(down)}")
    print(f"  page down in the list {label}, work:  {summary(page)}")
    print(f"  move down {label}, key to frame:      {summary(keys)}")


async def measure_open(b: Bench, reps: int, label: str) -> None:
    m = b.screen
    shown = m.articles.shown
    opens = await b.at_positions(
        positions(shown, reps, seed=11), lambda p: b.work(m.action_open))

    def opened(p: int) -> Callable[[], bool]:
        wanted = m.articles.highlighted_id
        return lambda: m.reader.article_id == wanted and b.app.focused is m.reader

    keys = await b.at_positions(
        positions(shown, max(reps // 4, 5), seed=12), lambda p: b.key("enter", opened(p)))
    print(f"  open an article {label}, work:        {summary(opens)}")
    print(f"  open (Enter) {label}, key to frame:   {summary(keys)}")


def reset_filter(m) -> None:
    box = m.query_one("#list-filter")
    box.value = ""
    if m._filter_timer is not None:
        m._filter_timer.stop()
    m.apply_filter()


async def measure_scope_and_filter(b: Bench, reps: int) -> None:
    m = b.screen
    await b.focus_list_at(0)
    to_corpus, to_article = [], []
    for _ in range(reps):
        to_corpus.append(await b.work(m.action_toggle_scope))
        to_article.append(await b.work(m.action_toggle_scope))
    print(f"  scope -> whole corpus, work:         {summary(to_corpus)}")
    print(f"  scope -> this article, work:         {summary(to_article)}")
    m.action_toggle_scope()
    await b.settle()
    kinds = []
    for kind in ("dates", "figures", "actors") * max(reps // 3, 1):
        kinds.append(await b.work(lambda k=kind: m.action_panel(k)))
    rows = {k: len(m.index._rows[k]) for k in ("actors", "dates", "figures")}
    print(f"  switch fact panel (a/d/f) in corpus scope, work: {summary(kinds)}")
    print(f"  (corpus rows: {rows['actors']:,} actors, {rows['dates']:,} dates, "
          f"{rows['figures']:,} figures)")
    m.action_toggle_scope()
    await b.settle()

    # Type-to-filter: the keystroke itself (into the box), then the filter it applies
    # (debounced 0.15 s after the last key) for a few kinds of query.
    box = m.query_one("#list-filter")
    typed = []
    for _ in range(reps):
        await b.focus_list_at(0)
        typed.append(await b.key("x", lambda: box.value == "x"))
        reset_filter(m)
        await b.settle()
    print(f"  type-to-filter keystroke, key to frame: {summary(typed)}")
    for query in ("gao", "gao convoy", "actor:wagner", "kind:armed_group",
                  "date:2015..2016", "actor:mali date:2020"):
        samples = []
        shown = 0
        for _ in range(3):
            box.value = query
            if m._filter_timer is not None:
                m._filter_timer.stop()
            samples.append(await b.work(m.apply_filter))
            shown = m.articles.shown
            reset_filter(m)
            await b.settle()
        print(f"  filter {query!r:24} -> {shown:>6,} shown, work: "
              f"{', '.join(ms(s) for s in samples)} ms")
    clears = []
    for _ in range(3):
        box.value = "gao"
        m.apply_filter()
        await b.settle()
        box.value = ""
        if m._filter_timer is not None:
            m._filter_timer.stop()
        clears.append(await b.work(m.apply_filter))
    print(f"  clear the filter, work:              {summary(clears)}")


async def run(corpus: Path, n_expected: int | None, reps: int) -> None:
    gc.collect()
    rss_before = rss_mb()
    pauses = GcPauses()
    t0 = time.perf_counter()
    app = SahelApp([corpus], animations=False)
    async with app.run_test(size=SIZE) as pilot:
        b = Bench(app, pilot)
        m = app.main
        # 1. first paint: an article listed and shown in the reader.
        while True:
            if m.articles.shown and m.reader.article_id in app.store:
                b.render_now()
                break
            await b.tick()
        t_first = time.perf_counter() - t0
        first_lags = list(b.lags)
        top = m.reader.render_line(0).text.strip()
        print(f"\nfirst paint: {t_first:.3f} s after start "
              f"(list {m.articles.shown} article(s); reader line 0: {top[:60]!r})")
        if first_lags:
            print(f"  UI loop lag before first paint: max {ms(max(first_lags))} ms")

        # 2. load, measuring moves at ~20% and corpus scope at ~50%.
        b.lags.clear()
        total = n_expected or count_files([str(corpus)])
        during_done = scope_done = False
        scope_lags: list[float] = []
        while app.loading:
            loaded = len(app.store)
            if total and not during_done and loaded >= 0.2 * total:
                during_done = True
                print(f"\nwhile loading ({loaded:,}/{total:,} articles in the store):")
                lags = len(b.lags)
                await measure_moves(b, max(reps // 10, 20), "(loading)")
                await measure_open(b, max(reps // 20, 10), "(loading)")
                del b.lags[lags:]
            elif during_done and not scope_done:
                scope_done = True
                m.action_toggle_scope()
                start = len(b.lags)
                t_end = time.perf_counter() + 3.0
                while time.perf_counter() < t_end and app.loading:
                    await b.tick()
                scope_lags = b.lags[start:]
                del b.lags[start:]
                m.action_toggle_scope()
                await b.settle()
            else:
                await b.tick()
        await app.workers.wait_for_complete()
        await b.settle()
        t_all = time.perf_counter() - t0
        rss_after = rss_mb()
        n = len(app.store)
        c = app.store.counts()
        print(f"\nevery fact loaded: {t_all:.1f} s after start; {n:,} articles "
              f"({n / max(t_all - t_first, 1e-9):,.0f} articles/s), {c['actors']:,} actors, "
              f"{c['dates']:,} dates, {c['figures']:,} figures, {c['problems']:,} problems")
        if b.lags:
            lag = sorted(b.lags)
            print(f"  UI loop lag while loading (a {POLL * 1000:.0f} ms timer, article scope): "
                  f"median {ms(statistics.median(lag))} ms, "
                  f"p95 {ms(lag[int(0.95 * (len(lag) - 1))])} ms, max {ms(lag[-1])} ms")
        print(pauses.report("while loading"))
        if scope_lags:
            lag = sorted(scope_lags)
            print(f"  UI loop lag while loading in corpus scope (3 s, after the above): "
                  f"median {ms(statistics.median(lag))} ms, max {ms(lag[-1])} ms")

        # 3. memory.
        sample = app.store.all_facts()[:: max(n // 300, 1)]
        per_article = deep_size(sample) / max(len(sample), 1)
        print(f"\nmemory: process max RSS {rss_before:.0f} MB before start, "
              f"{rss_after:.0f} MB after the full load "
              f"(+{(rss_after - rss_before) * 1024 / max(n, 1):.1f} KB per article)")
        print(f"  fact store: ~{per_article / 1024:.1f} KB per article "
              f"(deep size of {len(sample)} articles' facts, text included), "
              f"~{per_article * n / 1e6:.0f} MB for {n:,}")

        # 4. keys on the full corpus.
        print(f"\nfull corpus ({n:,} articles):")
        await measure_moves(b, reps, "(loaded)")
        await measure_open(b, reps, "(loaded)")
        # 5. scope and filter.
        await measure_scope_and_filter(b, max(reps // 20, 6))
        print(pauses.report("while measuring keys on the full corpus"))
        await app.action_quit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate")
    ap.add_argument("--corpus", type=Path, help="use this folder instead of generating")
    ap.add_argument("--reps", type=int, default=200, help="samples per key latency")
    a = ap.parse_args()
    print(f"sahel-tui reader at scale; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, terminal {SIZE[0]}x{SIZE[1]} (headless)")
    if a.corpus:
        print(f"corpus: {a.corpus}")
        asyncio.run(run(a.corpus, None, a.reps))
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"c{a.n}"
        t = time.perf_counter()
        size = generate(a.n, out)
        print(f"corpus: {a.n:,} generated articles, {size / 1e6:.1f} MB "
              f"(written in {time.perf_counter() - t:.1f} s)")
        asyncio.run(run(out, a.n, a.reps))


if __name__ == "__main__":
    main()
