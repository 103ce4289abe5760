"""Turn one decoded file into article records: plain text / Markdown, JSON, JSON Lines.

A record is everything an Article needs except its final id, which the loader assigns
in reading order. Problems are returned, never raised.

Text and Markdown: the body is the text after the front matter exactly as cleaned
(nothing stripped, matching the devset's ``raw[raw.find("\\n---\\n", 4) + 5:]``).
Without a title in the front matter, the title is the first non-blank line (a leading
Markdown ``#`` removed) — and that line *stays in the body*: offsets always index the
whole text, so nothing the user sees in the file is ever missing from the reader.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sahel_tui.corpus.clean import clean_line, clean_text
from sahel_tui.corpus.frontmatter import split_front_matter
from sahel_tui.corpus.metadata import TITLE_LIMIT, Fields, read_fields, text_value

__all__ = ["Issue", "Record", "derive_title", "parse_json", "parse_jsonl", "parse_text"]


@dataclass(slots=True)
class Record:
    """An article before its id is final; ``id_base`` is the slug source."""

    id_base: str
    explicit_id: bool
    title: str
    body: str
    fields: Fields
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem inside a file; the message starts with 'line N: ' or 'item N: ' when
    it concerns one record of a JSONL or JSON list file."""

    message: str
    severity: str = "skipped"


_HEADING = re.compile(r"#{1,6}(?:[ \t]+|$)")
_WORDY = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'”’»)\]]|$)")


def derive_title(body: str, markdown: bool) -> str:
    """First line with a word character; the first sentence of it if very long; capped."""
    start = 0
    length = min(len(body), 64 * 1024)  # a title is near the top; bound the scan
    line = ""
    while start < length:
        end = body.find("\n", start)
        if end < 0:
            end = length
        # Only look at a bounded window of a huge line: titles are short.
        line = body[start : min(end, start + 4 * TITLE_LIMIT)].strip()
        if _WORDY.search(line):  # skip blank lines and rules like "---" or "***"
            break
        line = ""
        start = end + 1
    if markdown and line.startswith("#"):
        heading = _HEADING.match(line)
        if heading is not None:
            line = line[heading.end() :]
            closed = line.rstrip("#")  # "## Title ##": drop the closing run of #
            if closed != line and (not closed or closed[-1] in " \t"):
                line = closed.rstrip()
    if len(line) > TITLE_LIMIT:
        sentence = _SENTENCE_END.search(line, 20, TITLE_LIMIT)
        if sentence is not None:
            line = line[: sentence.end()]
    return clean_line(line, TITLE_LIMIT)


def parse_text(text: str, stem: str, markdown: bool) -> tuple[list[Record], list[Issue]]:
    """A .txt/.md file (or any file named on the command line): one article."""
    text = clean_text(text)
    if not text.strip():
        return [], [Issue("empty file (only whitespace)")]
    split = split_front_matter(text)
    notices = list(split.notices)
    fields = read_fields(split.meta) if split.meta else Fields()
    notices.extend(fields.notices)
    body = split.body
    if split.present and not body.strip():
        notices.append("no body after the front matter")
    title = (
        fields.title
        or derive_title(split.rest, markdown)
        or derive_title(body, markdown)
        or clean_line(stem, TITLE_LIMIT)
    )
    base = fields.id or stem
    return [Record(base, fields.id is not None, title, body, fields, notices)], []


def _record(obj: dict[str, Any], default_base: str) -> tuple[Record | None, Issue | None]:
    raw_body = obj.get("body")
    if raw_body is None:
        raw_body = obj.get("text")
    if raw_body is None:
        return None, Issue('missing body (no "body" or "text" field)')
    body_text = text_value(raw_body)
    if body_text is None:
        kind = "a list" if isinstance(raw_body, list) else "a mapping"
        return None, Issue(f"body is not text (got {kind})")
    body = clean_text(body_text)
    fields = read_fields(obj)
    notices = list(fields.notices)
    if not body.strip():
        notices.append("empty body")
    title = fields.title or derive_title(body, False) or default_base
    base = fields.id or default_base
    return Record(base, fields.id is not None, title, body, fields, notices), None


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return "a mapping"


class _Constants:
    """``parse_constant`` hook: NaN/Infinity become null, and we remember to say so."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = False

    def __call__(self, _name: str) -> None:
        self.seen = True


def _loads(text: str, constants: _Constants) -> Any:
    # strict=False: raw control characters inside strings are cleaned afterwards,
    # not a reason to lose the article.
    return json.loads(text, parse_constant=constants, strict=False)


def _json_error(exc: Exception, truncated: bool) -> str:
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        message = f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    elif "digits" in str(exc):  # Python's int-size guard (CVE-2020-10735)
        message = "invalid JSON: a number with too many digits"
    else:
        message = f"invalid JSON ({type(exc).__name__})"
    if truncated:
        message += " — the file was cut at the size limit"
    return message


def parse_json(text: str, stem: str, truncated: bool) -> tuple[list[Record], list[Issue]]:
    """A .json file: one article object, or a list of them (ids ``stem-1``, ``stem-2``...).

    An object with no body but an ``articles`` list (our own ``extract --with-text``
    output, many export tools) is read as that list.
    """
    constants = _Constants()
    try:
        data = _loads(text, constants)
    except (ValueError, RecursionError) as exc:
        return [], [Issue(_json_error(exc, truncated))]
    if (
        isinstance(data, dict)
        and data.get("body") is None
        and data.get("text") is None
        and isinstance(data.get("articles"), list)
    ):
        data = data["articles"]
    issues: list[Issue] = []
    records: list[Record] = []
    if constants.seen:
        issues.append(Issue("NaN or Infinity values read as null", "notice"))
    if isinstance(data, dict):
        record, issue = _record(data, stem)
        if issue is not None:
            issues.append(issue)
        if record is not None:
            records.append(record)
    elif isinstance(data, list):
        if not data:
            issues.append(Issue("JSON list holds no articles"))
        for index, item in enumerate(data, 1):
            _add_numbered(item, f"item {index}", f"{stem}-{index}", records, issues)
    else:
        issues.append(
            Issue(f"JSON top level must be an article object or a list of them (got {_kind(data)})")
        )
    return records, issues


def _add_numbered(
    data: Any, where: str, default_id: str, records: list[Record], issues: list[Issue]
) -> None:
    """One article of a JSON list or JSONL file; its messages say where it stands."""
    if not isinstance(data, dict):
        issues.append(Issue(f"{where}: not an article object (got {_kind(data)})"))
        return
    record, issue = _record(data, default_id)
    if issue is not None:
        issues.append(Issue(f"{where}: {issue.message}", issue.severity))
    if record is not None:
        record.notices = [f"{where}: {n}" for n in record.notices]
        records.append(record)


def parse_jsonl(text: str, stem: str, truncated: bool) -> tuple[list[Record], list[Issue]]:
    """A .jsonl file: one article object per line; a bad line loses only that line.

    Lines are split on ``\\n`` only (U+2028 is legal inside a JSON string); ids are
    ``stem-LINE`` so a message and an id point at the same line.
    """
    records: list[Record] = []
    issues: list[Issue] = []
    lines = text.split("\n")
    last = len(lines)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        constants = _Constants()
        try:
            data = _loads(line, constants)
        except (ValueError, RecursionError) as exc:
            issues.append(
                Issue(f"line {number}: " + _json_error(exc, truncated and number == last))
            )
            continue
        if constants.seen:
            issues.append(Issue(f"line {number}: NaN or Infinity values read as null", "notice"))
        _add_numbered(data, f"line {number}", f"{stem}-{number}", records, issues)
    if not records and not issues:
        issues.append(Issue("empty file (no JSON lines)"))
    return records, issues
