"""Load a corpus: files in, ``Article``s and ``LoadProblem``s out, never an exception.

``iter_corpus`` streams (the TUI shows the first article while the rest load);
``load_corpus`` collects it. Each file is handled inside one ``try`` so that whatever a
file does — including a bug of ours on input nobody foresaw — it costs that file only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from sahel_tui.corpus.clean import clean_line
from sahel_tui.corpus.decode import decode_bytes
from sahel_tui.corpus.files import FileProblem, Source, find_sources, read_source
from sahel_tui.corpus.formats import Record, parse_json, parse_jsonl, parse_text
from sahel_tui.corpus.ids import IdAllocator, slugify
from sahel_tui.corpus.model import Article, LoadProblem, LoadResult

__all__ = ["DEFAULT_MAX_BYTES", "iter_corpus", "load_corpus"]

DEFAULT_MAX_BYTES = 5_000_000
MESSAGE_LIMIT = 300


def load_corpus(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Load every article under ``paths``; problems are collected, never raised."""
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    for item in iter_corpus(paths, max_bytes=max_bytes):
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(item)
    return LoadResult(tuple(articles), tuple(problems))


def iter_corpus(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | LoadProblem]:
    """Yield articles and problems in a deterministic order (paths as given, folders
    sorted). A file's notices come right after its article(s)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # type: ignore[list-item]
    ids = IdAllocator()
    try:
        sources = find_sources(paths)
        for source in sources:
            if isinstance(source, LoadProblem):
                yield source
                continue
            try:
                results = _load_file(source, max_bytes, ids)
            except Exception as exc:  # noqa: BLE001 - one file never stops the load
                results = [
                    LoadProblem(
                        source.display,
                        f"could not be loaded (internal error: {type(exc).__name__})",
                    )
                ]
            yield from results
    except Exception as exc:  # noqa: BLE001 - e.g. a path argument of the wrong type
        yield LoadProblem(str(paths)[:200], f"could not be loaded ({type(exc).__name__})")


def _load_file(source: Source, max_bytes: int, ids: IdAllocator) -> list[Article | LoadProblem]:
    shown = source.display
    try:
        data, truncated = read_source(source, max_bytes)
    except FileProblem as exc:
        return [_problem(shown, str(exc), "skipped")]
    if not data:
        return [LoadProblem(shown, "empty file")]
    notices: list[str] = []
    if truncated:
        notices.append(
            f"file is larger than {max_bytes:,} bytes; only the first {max_bytes:,} were read"
        )
    decoded = decode_bytes(data, truncated=truncated)
    if decoded.text is None:
        return [LoadProblem(shown, decoded.reason)]
    notices.extend(decoded.notices)

    ext = source.ext
    if ext == ".json":
        records, issues = parse_json(decoded.text, source.stem, truncated)
    elif ext == ".jsonl":
        records, issues = parse_jsonl(decoded.text, source.stem, truncated)
    else:
        records, issues = parse_text(decoded.text, source.stem, ext in (".md", ".markdown"))

    out: list[Article | LoadProblem] = []
    for record in records:
        out.append(_article(record, shown, ids))
    for message in notices:
        out.append(_problem(shown, message, "notice"))
    for record in records:
        for message in record.notices:
            out.append(_problem(shown, message, "notice"))
    for issue in issues:
        out.append(_problem(shown, issue.message, issue.severity))
    return out


def _problem(shown: str, message: str, severity: str) -> LoadProblem:
    # Messages may quote the file (a bad date, a YAML error): one clean line, capped.
    return LoadProblem(shown, clean_line(message, MESSAGE_LIMIT), severity)  # type: ignore[arg-type]


def _article(record: Record, shown: str, ids: IdAllocator) -> Article:
    fields = record.fields
    return Article(
        id=ids.allocate(slugify(record.id_base)),
        path=shown,
        title=record.title,
        body=record.body,
        source=fields.source,
        url=fields.url,
        published=fields.published,
        tags=fields.tags,
    )
