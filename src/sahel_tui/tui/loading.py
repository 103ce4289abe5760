"""Loading and extraction for the reader, run in a worker thread (no Textual here).

Whatever the corpus holds, nothing here raises: a failure becomes a ``LoadProblem``.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sahel_tui.corpus.model import Article, LoadProblem
from sahel_tui.facts.model import ArticleFacts

Extract = Callable[[Article], ArticleFacts]
Source = Callable[[Sequence[str]], Iterable["Article | LoadProblem"]]

SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")


def count_files(paths: Sequence[str], limit: int = 1_000_000, budget: float = 2.0) -> int | None:
    """How many article files the paths hold (for progress); None if it takes too long."""
    deadline = time.monotonic() + budget
    total = 0
    stack = [str(p) for p in paths]
    seen = 0
    while stack:
        path = stack.pop()
        try:
            if os.path.isfile(path) and not os.path.islink(path):
                total += 1
                continue
            with os.scandir(path) as it:
                for entry in it:
                    seen += 1
                    if seen > limit or time.monotonic() > deadline:
                        return None
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                        elif entry.is_file(follow_symlinks=False) and entry.name.lower().endswith(
                            SUFFIXES
                        ):
                            total += 1
                    except OSError:
                        continue
        except OSError:
            continue
    return total


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _drop_marks(m: re.Match[str]) -> str:
    return "".join(c for c in m.group() if not unicodedata.combining(c))


def fold_text(text: str) -> str:
    """Exactly ``facts.filters.fold`` (NFKD, combining marks dropped, casefold), with
    the per-character Python loop run only over non-ASCII runs (several times faster on
    wire copy)."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        decomposed = _NON_ASCII.sub(_drop_marks, decomposed)
    return decomposed.casefold()


def article_hay(article: Article) -> str:
    """What a filter's free-text words are searched in (ArticleFilter.matches)."""
    return fold_text(article.title + "\n" + article.body)


def bare_facts(article: Article) -> ArticleFacts:
    """An article with its sentences and no mentions (when extraction is unavailable)."""
    try:
        from sahel_tui.facts.sentences import split_sentences

        sentences = split_sentences(article)
    except Exception:  # noqa: BLE001 - the article still shows
        sentences = ()
    return ArticleFacts(article, sentences, (), (), ())


def default_extractor(gazetteer: Path | None) -> tuple[Extract, list[LoadProblem]]:
    """The real pipeline, or bare facts with a notice when it cannot be loaded."""
    try:
        from sahel_tui.facts.gazetteer import load_gazetteer
        from sahel_tui.facts.pipeline import extract_article

        gaz = load_gazetteer(gazetteer)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the reader still works
        reason = f"fact extraction unavailable ({type(exc).__name__}: {exc}); showing text only"
        return bare_facts, [LoadProblem("(extractors)", reason, "notice")]

    def extract(article: Article) -> ArticleFacts:
        return extract_article(article, gaz)

    return extract, []


def default_source(paths: Sequence[str]) -> Iterable[Article | LoadProblem]:
    from sahel_tui.corpus import iter_corpus

    return iter_corpus(paths)


def safe_extract(extract: Extract, article: Article) -> tuple[ArticleFacts, LoadProblem | None]:
    try:
        facts = extract(article)
        if facts.article is not article and facts.article.id != article.id:
            raise ValueError("extractor returned facts of another article")
        return facts, None
    except Exception as exc:  # noqa: BLE001 - one article never stops the load
        problem = LoadProblem(
            article.path, f"facts not extracted ({type(exc).__name__}: {exc})", "notice"
        )
        return bare_facts(article), problem


@dataclass
class Batch:
    facts: list[ArticleFacts] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    files_done: int = 0
    files_total: int | None = None
    done: bool = False


def batches(
    paths: Sequence[str],
    source: Source,
    extract: Extract,
    *,
    size: int = 100,
    interval: float = 0.1,
    cancelled: Callable[[], bool] = lambda: False,
    extra_problems: Iterable[LoadProblem] = (),
    files_total: int | None = None,
) -> Iterator[Batch]:
    """Load and extract, yielding a batch every ``size`` articles or ``interval`` seconds.

    The first article is yielded on its own so the reader can show it at once.
    """
    batch = Batch(problems=list(extra_problems), files_total=files_total)
    last = time.monotonic()
    paths_seen: set[str] = set()
    first = True
    try:
        for item in source(paths):
            if cancelled():
                return
            if isinstance(item, LoadProblem):
                batch.problems.append(item)
                paths_seen.add(item.path)
            elif isinstance(item, Article):
                facts, problem = safe_extract(extract, item)
                batch.facts.append(facts)
                paths_seen.add(item.path)
                if problem is not None:
                    batch.problems.append(problem)
            else:
                batch.problems.append(
                    LoadProblem("(loader)", f"unexpected item {type(item).__name__}", "notice")
                )
            now = time.monotonic()
            if first and batch.facts or len(batch.facts) >= size or now - last >= interval:
                first = False
                batch.files_done = len(paths_seen)
                yield batch
                batch = Batch(files_total=files_total)
                last = now
    except Exception as exc:  # noqa: BLE001 - a loader bug must not take the app down
        batch.problems.append(
            LoadProblem("(loader)", f"loading stopped: {type(exc).__name__}: {exc}", "skipped")
        )
    batch.files_done = len(paths_seen)
    batch.done = True
    yield batch
