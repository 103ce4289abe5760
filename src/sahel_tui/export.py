"""Facts out: the ``sahel-tui.facts/1`` document as JSON, JSONL, YAML or CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from sahel_tui.corpus.model import LoadProblem
from sahel_tui.facts.model import ActorMention, ArticleFacts, DateMention, FigureMention

SCHEMA = "sahel-tui.facts/1"
FORMATS = ("json", "jsonl", "yaml", "csv")


def _mention_base(m: ActorMention | DateMention | FigureMention) -> dict[str, Any]:
    return {"field": m.field, "start": m.start, "end": m.end, "text": m.text}


def actor_record(m: ActorMention) -> dict[str, Any]:
    return {**_mention_base(m), "actor": m.actor, "name": m.name, "kind": m.kind,
            "sentence": m.sentence}


def date_record(m: DateMention) -> dict[str, Any]:
    rec = {**_mention_base(m), "kind": m.kind, "value": m.value, "approx": m.approx}
    if m.mod:
        rec["mod"] = m.mod
    rec["sentence"] = m.sentence
    return rec


def figure_record(m: FigureMention) -> dict[str, Any]:
    return {**_mention_base(m), "value": m.value, "unit": m.unit, "approx": m.approx,
            "actor": m.actor, "sentence": m.sentence}


def article_record(facts: ArticleFacts, with_text: bool = False) -> dict[str, Any]:
    a = facts.article
    rec: dict[str, Any] = {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "tags": list(a.tags),
    }
    if with_text:
        rec["body"] = a.body
    rec["sentences"] = [{"field": s.field, "start": s.start, "end": s.end} for s in facts.sentences]
    rec["actors"] = [actor_record(m) for m in facts.actors]
    rec["dates"] = [date_record(m) for m in facts.dates]
    rec["figures"] = [figure_record(m) for m in facts.figures]
    return rec


def error_record(p: LoadProblem) -> dict[str, Any]:
    return {"path": p.path, "message": p.message, "severity": p.severity}


def document(
    facts: Iterable[ArticleFacts], problems: Sequence[LoadProblem], with_text: bool = False
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_record(f, with_text) for f in facts],
        "errors": [error_record(p) for p in problems],
    }


# ---------------------------------------------------------------------- CSV
CSV_COLUMNS = (
    "article", "list", "field", "start", "end", "text", "kind", "value", "unit", "approx",
    "actor", "sentence", "sentence_text",
)
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """Stop spreadsheets from running a text cell as a formula (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(_FORMULA_LEADS):
        return "'" + value
    return value


def _csv_rows(facts: ArticleFacts) -> Iterable[list[Any]]:
    aid = facts.article.id
    for m in facts.actors:
        yield [aid, "actors", m.field, m.start, m.end, m.text, m.kind, m.name, "", "",
               m.actor, m.sentence, facts.sentence_text(m)]
    for d in facts.dates:
        yield [aid, "dates", d.field, d.start, d.end, d.text, d.kind, d.value or "", "",
               d.approx, "", d.sentence, facts.sentence_text(d)]
    for f in facts.figures:
        yield [aid, "figures", f.field, f.start, f.end, f.text, "",
               "" if f.value is None else f.value, f.unit or "", f.approx, f.actor or "",
               f.sentence, facts.sentence_text(f)]


def render(
    fmt: str,
    facts: Sequence[ArticleFacts],
    problems: Sequence[LoadProblem],
    with_text: bool = False,
) -> str:
    if fmt == "json":
        return json.dumps(document(facts, problems, with_text), ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        lines = [json.dumps(article_record(f, with_text), ensure_ascii=False) for f in facts]
        lines += [json.dumps({"error": error_record(p)}, ensure_ascii=False) for p in problems]
        return "".join(line + "\n" for line in lines)
    if fmt == "yaml":
        return yaml.safe_dump(
            document(facts, problems, with_text), allow_unicode=True, sort_keys=False, width=100
        )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for f in facts:
            for row in _csv_rows(f):
                writer.writerow([neutralise_cell(c) for c in row])
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write via a temp file in the same folder, fsync, then rename over the target."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
