"""Split off and read YAML front matter without trusting it.

The YAML is read from libyaml's *event stream* (``yaml.parse`` with the C parser when
available) and the values are built here, instead of ``yaml.safe_load``. Why:

- Anchors and aliases are refused at the first event that carries one, before anything
  is expanded: an alias bomb never grows (a 432-byte one expands to ~4e8 nodes).
- Nesting is capped while reading, so deep documents stop early and never reach a
  ``RecursionError`` (which is caught anyway, with every other exception).
- No constructor runs: no tag (``!!python/...``, ``!!binary``, ``!!timestamp``) can make
  an object. Scalars keep their *source text*: ``title: NO`` stays ``"NO"``, ``010`` stays
  ``"010"``, ``12:30`` stays ``"12:30"`` (YAML 1.1 would give ``False``, 8, 750), and a
  ``published: 2022-02-17`` is parsed by our own lenient date reader. Only a plain
  ``~``/``null``/empty value becomes ``None``.
- Duplicate top-level keys: the last one wins, as in PyYAML, with a notice.

Only the first ``---`` block counts, and it must close within ``MAX_FRONT_MATTER``
characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

__all__ = ["MAX_FRONT_MATTER", "FrontMatter", "parse_yaml_mapping", "split_front_matter"]

try:  # the C parser is much faster; the pure-Python one behaves the same for events
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FRONT_MATTER = 64 * 1024
MAX_DEPTH = 32
MAX_NODES = 10_000

_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))


class FrontMatterError(ValueError):
    """The front matter cannot be used; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Result of splitting a text: ``meta`` is None when there was no usable block.

    ``rest`` is the text after the block: where a title should be looked for even when
    an unusable block is kept in ``body``.
    """

    meta: dict[str, Any] | None
    body: str
    present: bool  # a usable front-matter block was split off
    notices: tuple[str, ...] = ()
    rest: str = ""


_IGNORED = "front matter ignored (kept in the body)"


def split_front_matter(text: str) -> FrontMatter:
    """Split ``text`` (already cleaned, ``\\n`` newlines) into front matter and body.

    With a usable block, the body starts right after the newline that ends the closing
    ``---`` line, with nothing stripped: ``raw[raw.find("\\n---\\n", 4) + 5:]``.

    A block that is not valid YAML is read line by line (``key: value``) when it can be
    — the common case is an unquoted colon, ``title: Mali: the junta`` — and the body
    is the text after it. A block that cannot be used at all (not a mapping, aliases,
    too deep, too large, nothing readable) stays in the body, so nothing in the file is
    hidden from the reader; the notice says why.
    """
    opening = _OPEN.match(text)
    if opening is None:
        return FrontMatter(None, text, False, rest=text)
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        notice = "front matter not closed (no second ---); whole file read as body"
        return FrontMatter(None, text, False, (notice,), rest=text)
    body_start = closing.end() + 1 if text.startswith("\n", closing.end()) else closing.end()
    after = text[body_start:]
    block = text[opening.end() : closing.start()]

    def unusable(reason: str) -> FrontMatter:
        return FrontMatter(None, text, False, (f"{reason}; {_IGNORED}",), rest=after)

    if len(block) > MAX_FRONT_MATTER:
        return unusable(f"front matter larger than {MAX_FRONT_MATTER // 1024} KiB")
    try:
        meta, notices = parse_yaml_mapping(block)
    except FrontMatterError as exc:
        return unusable(str(exc))
    except RecursionError:
        return unusable("front matter nested too deeply")
    except yaml.MarkedYAMLError as exc:
        where = ""
        if exc.problem_mark is not None:
            where = f" (line {exc.problem_mark.line + 2}, column {exc.problem_mark.column + 1})"
        reason = f"front matter is not valid YAML: {exc.problem or exc.context or 'error'}{where}"
        salvaged = None if "nesting" in reason else _salvage(block)
        if salvaged:
            return FrontMatter(salvaged, after, True, (f"{reason}; read line by line",), after)
        return unusable(reason)
    except Exception as exc:  # noqa: BLE001 - any parser failure is a file-level problem
        return unusable(f"front matter is not valid YAML ({type(exc).__name__})")
    return FrontMatter(meta, after, True, notices, after)


_LOOSE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)")


def _salvage(block: str) -> dict[str, Any]:
    """Best-effort ``key: value`` reading of a block libyaml rejected.

    Only top-level lines that look like ``key: value`` count; values are plain text
    (matching quotes dropped, ``[a, b]`` split into a list). Never raises.
    """
    meta: dict[str, Any] = {}
    for line in block.split("\n"):
        match = _LOOSE_LINE.fullmatch(line.rstrip())
        if match is None:
            continue
        value: Any = match[2].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif value.startswith("[") and value.endswith("]") and value.count("[") == 1:
            value = [item.strip().strip("\"'") for item in value[1:-1].split(",")]
        elif value in _NULLS:
            value = None
        meta[match[1]] = value
    return meta


# Fast path for the front matter almost every file has: one "key: value" per line, the
# value a simple plain word run, a quoted string without escapes, or a flow list of
# those. Such lines mean the same in every YAML reading, so we can skip libyaml's event
# loop (the loader's hottest spot). Anything else takes the full event path.
# Every quantifier below is greedy over a class that excludes what follows it, and no
# space run is followed by another space run: a failing line is rejected in linear time
# (a lazy "[^#]*?" followed by "[ ]*" was quadratic on a 64 KiB run of spaces).
_PLAIN = r"[A-Za-z0-9(/.$€£+~][^\n#]*"  # last on the line: trailing spaces stripped later
_QUOTED = r'"[^"\\\n]*"|\'[^\'\n]*\''
_ITEM = r"[ ]*(?:\"[^\",\\\n]*\"[ ]*|'[^',\n]*'[ ]*|[A-Za-z0-9][^,\[\]{}#:\"'\n]*)"
_SIMPLE_LINE = re.compile(
    rf"(?P<key>[A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(?:(?P<q>{_QUOTED})[ ]*"
    rf"|\[(?P<list>{_ITEM}(?:,{_ITEM})*|[ ]*)\][ ]*|(?P<p>{_PLAIN}))|[ ]*)"
)


def _simple_value(text: str) -> str | None:
    if text[0] in "\"'":
        return text[1:-1]
    return None if text in _NULLS else text


def _parse_simple(block: str) -> tuple[dict[str, Any], tuple[str, ...]] | None:
    """Parse ``block`` if every line is a simple ``key: value``; else return None."""
    meta: dict[str, Any] = {}
    notices: list[str] = []
    for line in block.split("\n"):
        if not line or line.isspace() or line.startswith("#"):
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None:
            return None
        plain = match["p"]
        if plain is not None and (": " in plain or plain.endswith(":")):
            return None
        key = match["key"]
        if key in meta:
            notices.append(f"duplicate key {key!r} in front matter; the last one is used")
        items = match["list"]
        if items is not None:
            values = [item.strip() for item in items.split(",")] if items.strip() else []
            meta[key] = [_simple_value(v) if v else None for v in values]
        elif match["q"] is not None:
            meta[key] = match["q"][1:-1]
        elif plain is not None:
            meta[key] = _simple_value(plain.rstrip())
        else:
            meta[key] = None
    return meta, tuple(notices)


def _scalar(event: yaml.ScalarEvent) -> str | None:
    if event.tag is None and event.implicit[0] and event.value in _NULLS:
        return None
    if event.tag in ("tag:yaml.org,2002:null", "!!null"):
        return None
    return event.value


def parse_yaml_mapping(block: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Read one YAML document that must be a mapping; values are str, None, list, dict.

    Raises FrontMatterError (plain-words message) or a yaml error.
    """
    simple = _parse_simple(block)
    if simple is not None:
        return simple
    return parse_yaml_events(block)


def parse_yaml_events(block: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The full path: build the mapping from libyaml events (see the module docstring)."""
    notices: list[str] = []
    root: Any = _UNSET
    stack: list[list[Any] | dict[str, Any]] = []
    pending_key: list[str | None] = []  # per open mapping: key awaiting its value, or None
    documents = 0
    nodes = 0

    def add(value: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        if isinstance(top, list):
            top.append(value)
            return
        key = pending_key[-1]
        if key is None:  # this value is a key
            if not isinstance(value, str):
                raise FrontMatterError("front matter has a key that is not a plain value")
            pending_key[-1] = value if value is not None else ""
            return
        if key in top and len(stack) == 1:
            notices.append(f"duplicate key {key!r} in front matter; the last one is used")
        top[key] = value
        pending_key[-1] = None

    for event in yaml.parse(block, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise FrontMatterError("front matter uses YAML anchors or aliases (not allowed)")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise FrontMatterError("front matter holds more than one YAML document")
            continue
        if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                raise FrontMatterError(f"front matter has more than {MAX_NODES:,} values")
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event)
            if stack and isinstance(stack[-1], dict) and pending_key[-1] is None:
                value = "" if value is None else value  # a null key becomes ""
            add(value)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise FrontMatterError(f"front matter nested more than {MAX_DEPTH} levels deep")
            container: list[Any] | dict[str, Any] = (
                {} if isinstance(event, yaml.MappingStartEvent) else []
            )
            if stack and isinstance(stack[-1], dict) and pending_key[-1] is None:
                raise FrontMatterError("front matter has a key that is not a plain value")
            stack.append(container)
            pending_key.append(None)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = stack.pop()
            pending_key.pop()
            add(done)

    if root is _UNSET:
        return {}, tuple(notices)  # "---\n---": no metadata, nothing wrong
    if root is None:
        raise FrontMatterError("front matter is not a mapping (got null)")
    if not isinstance(root, dict):
        raise FrontMatterError(f"front matter is not a mapping (got {_kind(root)})")
    return root, tuple(notices)


class _Unset:
    pass


_UNSET: Any = _Unset()


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a single value"
    return type(value).__name__
