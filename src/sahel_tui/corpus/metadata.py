"""Read article metadata (front matter or a JSON object) into clean, typed fields.

Both sources go through here so that a ``.md`` and a ``.json`` article with the same
fields load the same way. Every text field is cleaned and made one line; a field of
the wrong shape is dropped with a notice, never fatal.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from dateutil import parser as _dateparser

from sahel_tui.corpus.clean import clean_line

__all__ = ["Fields", "parse_published", "read_fields", "text_value"]

TITLE_LIMIT = 200
SOURCE_LIMIT = 200
URL_LIMIT = 2000
TAG_LIMIT = 100
MAX_TAGS = 100
ID_LIMIT = 200
MIN_YEAR, MAX_YEAR = 1800, 2200  # outside this a "published" date is a typo, not news


@dataclass(slots=True)
class Fields:
    """Metadata as the Article wants it; ``None`` means absent."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    tags: tuple[str, ...] = ()
    id: str | None = None
    notices: list[str] = field(default_factory=list)


def text_value(value: Any) -> str | None:
    """A scalar as text: strings as they are, JSON numbers/booleans as JSON writes them.

    Returns None for null and for lists/mappings (the caller reports those).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return None


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class _Info(_dateparser.parserinfo):
    """English and French month/day names: Sahel sources are often French."""

    MONTHS = [  # noqa: RUF012 - dateutil's own attribute shape
        ("Jan", "January", "janv", "janvier"),
        ("Feb", "February", "fév", "févr", "février", "fevrier"),
        ("Mar", "March", "mars"),
        ("Apr", "April", "avr", "avril"),
        ("May", "May", "mai"),
        ("Jun", "June", "juin"),
        ("Jul", "July", "juil", "juillet"),
        ("Aug", "August", "août", "aout"),
        ("Sep", "Sept", "September", "sept", "septembre"),
        ("Oct", "October", "octobre"),
        ("Nov", "November", "novembre"),
        ("Dec", "December", "déc", "décembre", "decembre"),
    ]
    WEEKDAYS = [  # noqa: RUF012 - dateutil's own attribute shape
        ("Mon", "Monday", "lundi"),
        ("Tue", "Tuesday", "mardi"),
        ("Wed", "Wednesday", "mercredi"),
        ("Thu", "Thursday", "jeudi"),
        ("Fri", "Friday", "vendredi"),
        ("Sat", "Saturday", "samedi"),
        ("Sun", "Sunday", "dimanche"),
    ]

    def __init__(self) -> None:
        super().__init__(dayfirst=True)  # 03/02/2022 is 3 February in the sources we read


_INFO = _Info()
_YMD = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_DEFAULT_A = dt.datetime(1, 1, 1)
_DEFAULT_B = dt.datetime(2, 2, 2)


def parse_published(value: Any) -> tuple[dt.date | None, str | None]:
    """Parse a publication date leniently: ISO, '17 February 2022', 'Feb 17, 2022',
    RFC 2822, a date object. Returns (date, None) or (None, notice)."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = text_value(value)
        if text is None:
            return None, f"published is not a date (got {_kind(value)}); ignored"
        text = clean_line(text, 100)
        if not text:
            return None, None
        shown = text if len(text) <= 40 else text[:39] + "…"
        match = _YMD.match(text)
        try:
            if match is not None:
                day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            else:
                first = _dateparser.parse(text, parserinfo=_INFO, default=_DEFAULT_A)
                second = _dateparser.parse(text, parserinfo=_INFO, default=_DEFAULT_B)
                if first.date() != second.date():
                    return None, f"published {shown!r} is not a full date; ignored"
                day = first.date()
        except (ValueError, OverflowError, TypeError):
            return None, f"published {shown!r} is not a valid date; ignored"
        except Exception:  # noqa: BLE001 - dateutil has raised odd errors on odd input
            return None, f"published {shown!r} is not a valid date; ignored"
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None, f"published year {day.year} is out of range; ignored"
    return day, None


def _line_field(meta: dict[str, Any], key: str, limit: int, notices: list[str]) -> str | None:
    if key not in meta:
        return None
    value = meta[key]
    text = text_value(value)
    if text is None:
        if value is not None:
            notices.append(f"{key} is not text (got {_kind(value)}); ignored")
        return None
    return clean_line(text, limit) or None


def _tags(value: Any, notices: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, list):
        items = value
    else:
        text = text_value(value)
        if text is None:
            notices.append(f"tags is not a list (got {_kind(value)}); ignored")
            return ()
        items = [text]
    tags: dict[str, None] = {}
    for item in items:
        text = text_value(item)
        if text is None:
            continue
        tag = clean_line(text, TAG_LIMIT)
        if tag:
            tags[tag] = None
        if len(tags) >= MAX_TAGS:
            notices.append(f"more than {MAX_TAGS} tags; the rest ignored")
            break
    return tuple(tags)


def read_fields(meta: dict[str, Any]) -> Fields:
    """Read the known fields of ``meta`` (keys matched case-insensitively)."""
    if any(not key.islower() for key in meta):
        meta = {key.lower(): value for key, value in meta.items()}
    out = Fields()
    notices = out.notices
    out.title = _line_field(meta, "title", TITLE_LIMIT, notices)
    out.source = _line_field(meta, "source", SOURCE_LIMIT, notices)
    out.url = _line_field(meta, "url", URL_LIMIT, notices)
    out.id = _line_field(meta, "id", ID_LIMIT, notices)
    key = "published" if "published" in meta else "date"  # Jekyll/Hugo spell it "date"
    if key in meta:
        out.published, notice = parse_published(meta[key])
        if notice:
            notices.append(notice)
    out.tags = _tags(meta.get("tags"), notices)
    return out
