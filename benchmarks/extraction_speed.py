#!/usr/bin/env python3
"""Extraction speed, scaling and memory, one process.

    python benchmarks/extraction_speed.py            # 1,000 and 10,000 generated articles
    python benchmarks/extraction_speed.py --sizes 1000 --corpus PATH

Times are CPU seconds of this process (equal to wall time on an idle machine; steadier
on a shared one). Prints, per corpus size: load time, extraction throughput (MB of article text per
second through sentences, actors, dates, figures and normalisation), per-stage
throughput, peak memory; then adversarial inputs at two sizes each, to show cost grows
linearly. With spaCy and its small English model installed (`--spacy-model` names the
package, default `en_core_web_sm`), it also times spaCy on the same text, NER alone and
the whole pipeline, one thread. Figures are printed, never asserted.

The interpreter's build matters as much as the machine: on one VM, CPython 3.11 built by
pyenv with its defaults (no PGO, no LTO) ran this pipeline about 20-25% slower than the
distribution's python3.11 (built with both), so the first line names the interpreter.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# one core for everything measured here, the optional spaCy comparison included
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from generate_corpus import generate  # noqa: E402

from sahel_tui.corpus import load_corpus  # noqa: E402
from sahel_tui.corpus.model import Article  # noqa: E402
from sahel_tui.facts.actors import extract_actors  # noqa: E402
from sahel_tui.facts.dates import extract_dates  # noqa: E402
from sahel_tui.facts.figures import extract_figures  # noqa: E402
from sahel_tui.facts.gazetteer import default_gazetteer  # noqa: E402
from sahel_tui.facts.pipeline import extract_all, extract_article  # noqa: E402
from sahel_tui.facts.sentences import SentenceLocator, split_sentences  # noqa: E402
from sahel_tui.facts.store import FactStore  # noqa: E402


def clock() -> float:
    """CPU time of this process: on a shared machine it measures our work, not the queue.

    Extraction is single-threaded, so it equals wall time on an idle machine.
    """
    return time.process_time()


def timed(work) -> float:
    """CPU seconds of one call of ``work``."""
    t0 = clock()
    work()
    return clock() - t0


def text_bytes(articles: list[Article]) -> int:
    return sum(len(a.title.encode()) + len(a.body.encode()) for a in articles)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(articles: list[Article]) -> dict[str, float]:
    gaz = default_gazetteer()
    t = {"sentences": 0.0, "actors": 0.0, "dates": 0.0, "figures": 0.0}
    for a in articles:
        t0 = clock()
        sents = split_sentences(a)
        loc = SentenceLocator(sents)
        t1 = clock()
        acts = extract_actors(a, loc, gaz)
        t2 = clock()
        dts = extract_dates(a, loc)
        t3 = clock()
        extract_figures(a, loc, acts, dts)
        t4 = clock()
        t["sentences"] += t1 - t0
        t["actors"] += t2 - t1
        t["dates"] += t3 - t2
        t["figures"] += t4 - t3
    return t


def measure_corpus(path: Path, label: str) -> None:
    gc.collect()
    t0 = clock()
    result = load_corpus([path])
    t_load = clock() - t0
    arts = list(result.articles)
    size = text_bytes(arts)
    # The gazetteer and the extractors' word lists are loaded once per process (about
    # 0.2 s of YAML), outside the timed loop: one tiny article loads them all.
    default_gazetteer()
    extract_article(Article(id="warm-up", path="warm-up", title="Mali",
                            body="On 3 May 2024, 40 soldiers left Gao."))
    rss_before = peak_rss_mb()
    t0 = clock()
    # extract_all, as `sahel-tui extract` reads a corpus (it pauses the cyclic collector)
    store = FactStore(extract_all(arts))
    t_ext = clock() - t0
    rss_after = peak_rss_mb()
    c = store.counts()
    # Size of what stays resident: traced separately, since tracing slows Python ~5x.
    sample = arts[: min(len(arts), 500)]
    tracemalloc.start()
    kept = FactStore(extract_all(sample))
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    print(f"\n[{label}] {len(arts):,} articles, {size / 1e6:.2f} MB of text")
    print(f"  load (read, decode, clean, front matter): {t_load:.2f} s  ({size / 1e6 / t_load:.1f} MB/s)")
    print(f"  extraction, whole pipeline into the store: {t_ext:.2f} s  ->  {size / 1e6 / t_ext:.2f} MB/s"
          f"  ({len(arts) / t_ext:,.0f} articles/s)")
    if len(arts) <= 2000:
        # A shared machine slows single passes at random; the best of several passes is
        # the code's own speed (as timeit reports it), the median what a user may see.
        runs = sorted([t_ext] + [timed(lambda: FactStore(extract_all(arts)))
                                 for _ in range(4)])
        print(f"  same, 5 passes: best {size / 1e6 / runs[0]:.2f} MB/s, "
              f"median {size / 1e6 / runs[2]:.2f} MB/s, worst {size / 1e6 / runs[-1]:.2f} MB/s")
    print(f"  facts: {c['actors']:,} distinct actors, {c['dates']:,} dates, {c['figures']:,} figures")
    print(f"  memory: fact store holds ~{held / len(sample) / 1e3:.1f} KB per article "
          f"(~{held / len(sample) * len(arts) / 1e6:.0f} MB for this corpus); process max RSS "
          f"{rss_before:.0f} MB before extraction, {rss_after:.0f} MB after")
    st = stages(arts[: min(len(arts), 2000)])
    sub = text_bytes(arts[: min(len(arts), 2000)])
    print("  per stage (first 2,000 articles): " + ", ".join(
        f"{k} {sub / 1e6 / v:.1f} MB/s" for k, v in st.items() if v > 0))


def real_prose(repeat: int = 25) -> None:
    """The bundled articles (hand-written wire copy), extracted `repeat` times over."""
    from sahel_tui.resources import seeds_dir

    arts = list(load_corpus([seeds_dir()]).articles)
    size = text_bytes(arts) * repeat

    def one_pass() -> None:
        for _ in extract_all(arts * repeat):
            pass

    runs = sorted(timed(one_pass) for _ in range(5))
    print(f"\n[bundled seeds x{repeat}] {size / 1e6:.2f} MB of real prose, 5 passes: "
          f"best {size / 1e6 / runs[0]:.2f} MB/s, median {size / 1e6 / runs[2]:.2f} MB/s, "
          f"worst {size / 1e6 / runs[-1]:.2f} MB/s")


def adversarial() -> None:
    print("\n[adversarial inputs] time per size; linear cost keeps the ratio near the size ratio")
    cases = {
        "digit run": lambda n: "1" * n + " x",
        "digits with separators": lambda n: "1,000 " * (n // 6),
        "capitalised run": lambda n: "Bamako Niger Mali Said " * (n // 23),
        "one huge line of prose": lambda n: ("Some 2,400 French soldiers left Mali on Monday. " * (n // 49)).replace(". ", ", "),
        "number words": lambda n: "two hundred and " * (n // 16),
        # every pair a new uncued name, each found again by its surname
        "many new names": lambda n: "".join(
            f"Aa{i:06d} Bb{i:06d} walked. Bb{i:06d} said. " for i in range(n // 40)),
        "bodies by their own name": lambda n: (
            "The Ministry of Economy and Finance and the National Assembly met. " * (n // 68)),
    }
    for name, make in cases.items():
        times = []
        for n in (200_000, 800_000):
            art = Article(id="x", path="x", title="x", body=make(n))
            t0 = clock()
            extract_article(art)
            times.append(clock() - t0)
        print(f"  {name:26s} 0.2 MB {times[0]:.2f} s, 0.8 MB {times[1]:.2f} s  (ratio {times[1] / max(times[0], 1e-9):.1f}, linear = 4)")


def spacy_comparison(path: Path, model: str) -> None:
    """spaCy's small English model on the same articles, one thread: the NER the issue's
    anchor names (tok2vec + ner) and the whole default pipeline."""
    try:
        import spacy  # type: ignore[import-not-found]

        full = spacy.load(model)
        ner = spacy.load(model, exclude=[p for p in full.pipe_names if p not in ("tok2vec", "ner")])
    except Exception:  # noqa: BLE001 - optional comparison
        print(f"\n[spaCy] {model} not installed here; skipped "
              "(pip install spacy and the model to compare; --spacy-model names another package)")
        return
    arts = list(load_corpus([path]).articles)[:100]
    texts = [a.title + "\n" + a.body for a in arts]
    size = text_bytes(arts)
    full("warm up")
    ner("warm up")
    t_full = timed(lambda: [full(t) for t in texts])
    t_ner = timed(lambda: [ner(t) for t in texts])
    ours = timed(lambda: [extract_article(a) for a in arts])
    print(f"\n[spaCy {model}, same {len(arts)} articles, one thread] "
          f"NER only {size / 1e3 / t_ner:.0f} KB/s, full pipeline {size / 1e3 / t_full:.0f} KB/s; "
          f"sahel-tui {size / 1e6 / ours:.2f} MB/s = {t_ner / ours:.0f}x spaCy NER, "
          f"{t_full / ours:.0f}x the full pipeline")


def other_anchors(path: Path, sample: int = 40) -> None:
    """The issue's other anchors on the same articles, when installed: dateparser's
    ``search_dates`` (dates only) and quantulum3's ``parse`` (quantities only). Timed
    on a smaller sample, since they are slow; our whole pipeline on the same sample
    beside them. Comparing these rates with the issue's own (dateparser about 220 KB/s,
    quantulum3 50-100 KB/s, spaCy 40-50 KB/s) says how fast this machine is."""
    arts = list(load_corpus([path]).articles)[:sample]
    texts = [a.title + "\n" + a.body for a in arts]
    size = text_bytes(arts)
    ours = timed(lambda: [extract_article(a) for a in arts])
    rows = []
    try:
        from dateparser.search import search_dates  # type: ignore[import-not-found]

        search_dates("on 3 May 2024", languages=["en"])  # warm up (loads its data)
        t = timed(lambda: [search_dates(x, languages=["en"]) for x in texts])
        rows.append(f"dateparser search_dates {size / 1e3 / t:.0f} KB/s ({t / ours:.0f}x slower)")
    except ImportError:
        rows.append("dateparser not installed")
    try:
        from quantulum3 import parser as quantities  # type: ignore[import-not-found]

        quantities.parse("40 soldiers")
        t = timed(lambda: [quantities.parse(x) for x in texts])
        rows.append(f"quantulum3 parse {size / 1e3 / t:.0f} KB/s ({t / ours:.0f}x slower)")
    except ImportError:
        rows.append("quantulum3 not installed")
    print(f"\n[other anchors, same {len(arts)} articles, one thread] sahel-tui "
          f"{size / 1e6 / ours:.2f} MB/s; " + "; ".join(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--corpus", type=Path, help="measure this folder instead of generating")
    ap.add_argument("--no-adversarial", action="store_true")
    ap.add_argument("--anchors", action="store_true",
                    help="also time dateparser and quantulum3 (when installed) on a sample")
    ap.add_argument("--spacy-model", default="en_core_web_sm",
                    help="spaCy model package to compare with, when installed")
    a = ap.parse_args()
    print(f"Python {platform.python_version()} ({platform.python_implementation()}, "
          f"{platform.python_compiler()}) at {sys.executable}")
    if a.corpus:
        measure_corpus(a.corpus, str(a.corpus))
        spacy_comparison(a.corpus, a.spacy_model)
        if a.anchors:
            other_anchors(a.corpus)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for n in a.sizes:
                out = Path(tmp) / f"c{n}"
                generate(n, out)
                measure_corpus(out, f"generated {n:,}")
            spacy_comparison(Path(tmp) / f"c{a.sizes[0]}", a.spacy_model)
            if a.anchors:
                other_anchors(Path(tmp) / f"c{a.sizes[0]}")
    real_prose()
    if not a.no_adversarial:
        adversarial()


if __name__ == "__main__":
    main()
