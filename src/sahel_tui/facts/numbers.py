"""Numbers in digits and in words: one linear regex, and a parser for what it matches.

``NUMBER_PATTERN`` matches ONE number: digits with thousands separators and decimals
("5,100", "79.3", "12600"), optionally with a scale word ("2.4 million", "1.5bn",
"$" is NOT part of it), or words ("two hundred", "three and a half", "twenty-five",
"a dozen", "nine and a half", "a thousand", "Five thousand", "a hundred and fifty",
"half a million", "two dozen"). It is meant to be compiled with ``re.IGNORECASE``
(``NUMBER_RE`` is). The pattern is linear: every repetition is over a single character
class or a bounded group, and digit runs are anchored by a look-behind so a failed
attempt never restarts inside a run of digits.

``parse_number`` turns such a text into an ``int`` (when integral) or a ``float``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import yaml

from sahel_tui.resources import package_data

__all__ = [
    "DIGITS_BODY",
    "DIGITS_PATTERN",
    "NUMBER_PATTERN",
    "NUMBER_RE",
    "SHARED_HIT_KEYS",
    "WORDS_PATTERN",
    "NumberMatch",
    "find_numbers",
    "lower_same_length",
    "number_spans",
    "number_words",
    "parse_number",
    "scan_numbers",
]


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(package_data("facts", "data", "numbers.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def _alt(words) -> str:
    # Longest first, so "seventeen" is tried before "seven" (the \b guard makes it safe
    # anyway, the order just saves a backtrack).
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_D = _data()
_UNITS: dict[str, int] = {str(k): int(v) for k, v in _D["units"].items()}
_TENS: dict[str, int] = {str(k): int(v) for k, v in _D["tens"].items()}
_BIG: dict[str, int] = {str(k): int(v) for k, v in _D["big_scales"].items()}
_ABBR: dict[str, int] = {str(k): int(v) for k, v in _D["scale_abbreviations"].items()}
# Scale words and their values ("million": 10**6), for the figures' ranges.
BIG_SCALES: dict[str, int] = _BIG
UNIT_WORDS: dict[str, int] = _UNITS  # "zero" ... "nineteen"
_ORDINALS: list[str] = [str(w) for w in _D["ordinals"]]

_SP = r"\s{1,3}"
_UNIT = rf"(?:{_alt(_UNITS)})"
_TEN = rf"(?:{_alt(_TENS)})"
_UNIT19 = rf"(?:{_alt(w for w, v in _UNITS.items() if 1 <= v <= 9)})"
# "twenty", "twenty-five", "twenty five"; never the "twenty" of "twenty-first".
_SMALL = (
    rf"(?:{_TEN}(?:(?:-|{_SP}){_UNIT19}\b|(?!-(?:{_alt(_ORDINALS)})\b))|{_UNIT})\b"
)
# 100..999: "two hundred", "a hundred and fifty", "one hundred twenty".
_HUNDREDS = rf"(?:(?:{_SMALL}|an?){_SP}hundred\b(?:{_SP}(?:and{_SP})?{_SMALL})?)"
_G = rf"(?:{_HUNDREDS}|{_SMALL})"
_THOUSANDS = rf"(?:(?:{_G}|an?){_SP}thousand\b(?:{_SP}(?:and{_SP})?{_G})?)"
_HALF = rf"(?:{_SP}and{_SP}an?{_SP}half\b)"
_BIGW = rf"(?:{_alt(_BIG)})\b"

WORDS_PATTERN = (
    r"(?<![\w])(?<!\w-)(?:"
    rf"half{_SP}an?{_SP}(?:dozen|hundred|thousand|{_alt(_BIG)})\b"
    rf"|(?:{_G}|an?){_SP}dozen\b"
    rf"|an?{_SP}{_BIGW}"
    rf"|(?:{_THOUSANDS}|{_G}){_HALF}?(?:{_SP}{_BIGW})?"
    r")"
)

# Digits: "5,100", "12600", "79.3", "1,234,567.89"; a scale may follow ("2.4 million",
# "1.5bn"). The look-behinds stop a match from starting inside a number or a word
# ("G5", "x12"), which also keeps failed attempts from rescanning a run of digits.
_DIGITS_GUARD = r"(?<![\w.,])(?<!\d[.,])"
DIGITS_PATTERN = (
    _DIGITS_GUARD +
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,])|\d+)"
    r"(?:\.\d+)?(?![\d])"
    rf"(?:{_SP}{_BIGW}|{_SP}thousand\b|\s?(?:{_alt(_ABBR)})\b)?"
)

NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{WORDS_PATTERN})"
# The digits pattern without its look-behind guard, for numbers glued to a currency
# letter ("N1.5 billion"), which the guard rejects.
DIGITS_BODY = DIGITS_PATTERN[len(_DIGITS_GUARD):]
NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)


class NumberMatch(tuple):
    """(start, end, text, value) of one number found in a text."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, text: str, value: float | None):
        return tuple.__new__(cls, (start, end, text, value))

    start = property(lambda self: self[0])
    end = property(lambda self: self[1])
    text = property(lambda self: self[2])
    value = property(lambda self: self[3])


# Candidate-first scanning: a cheap search for a digit or a number word at a word start
# (on lower-cased text, where a case-sensitive search is several times faster than an
# IGNORECASE one), then the full pattern anchored there. "a"/"an"/"half a" are not
# candidates (far too frequent); they are looked for just before "dozen", "hundred"...
_CAND_WORDS = sorted(
    set(_UNITS) | set(_TENS) | set(_BIG) | {"hundred", "thousand", "dozen", "half"},
    key=lambda w: (-len(w), w),
)
_CANDIDATE = re.compile(r"\b(?:(?<!\d[.,])[0-9]|(?:" + "|".join(_CAND_WORDS) + r")\b)")
_LOWER_NUMBER = re.compile(NUMBER_PATTERN)
_A_BEFORE = re.compile(r"(?<![\w-])(?:half\s{1,3})?an?\s{1,3}\Z")
# Words "a"/"an" (or "half a") may count: "a dozen", "half a million".
A_TARGETS = frozenset({"dozen", "hundred", "thousand"} | set(_BIG))
# (a number in words starts with "half", "a", "an" or a unit or tens word)
assert not any(_LOWER_NUMBER.match(w + " two") for w in A_TARGETS)
# A run of digits that no separator or decimal point before a digit, and no scale word
# or abbreviation (t, b, m after at most three spaces) follows: the number is the run
# ("12 soldiers", "in 2013."), as ``_LOWER_NUMBER`` reads it, at a fraction of the cost.
_PLAIN_DIGITS = re.compile(
    _DIGITS_GUARD + r"\d+(?![\d]|[,.\u00a0\u202f\u2009]\d| \d{3}(?!\d)|\s{0,3}[tbm])")
_DIGIT_CHARS = frozenset("0123456789")


def lower_same_length(text: str) -> str:
    """``text.lower()`` when that keeps every offset (almost always), else ``text`` with
    only ASCII letters lowered (so offsets found in the result index ``text``)."""
    if not text.isascii():
        # Latin-1 text ("Tillabéri"): str.lower() looks every character up in the
        # Unicode tables, a byte translation is many times cheaper (same result).
        try:
            return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
        except UnicodeEncodeError:
            pass
    low = text.lower()
    if len(low) == len(text):
        return low
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
# str.lower() of every Latin-1 character as a byte table (each lowers to one Latin-1
# character; bytes() would reject any other).
_LATIN1_LOWER = bytes(ord(chr(c).lower()) for c in range(256))


def scan_numbers(
    low: str, pos: int = 0, endpos: int | None = None
) -> Iterator[tuple[int, int]]:
    """Spans of every number in an already lower-cased text (see ``lower_same_length``)."""
    return iter(number_spans(low, pos, endpos))


def number_spans(
    low: str, pos: int = 0, endpos: int | None = None, hits: dict | None = None
) -> list[tuple[int, int]]:
    """``scan_numbers`` as a list. With ``hits`` (a dict of ``SHARED_HIT_KEYS`` -> []),
    the word-start positions of those keys found by the same scan are added to it, so a
    caller looking for the same keys (figures: "hundreds", "half") need not search again."""
    end = len(low) if endpos is None else endpos
    match = _LOWER_NUMBER.match
    out: list[tuple[int, int]] = []
    app = out.append
    plain = _PLAIN_DIGITS.match
    for cs, ce, word in _candidates(low, pos, end, hits):
        if cs < pos:
            continue  # inside the number just read
        start = cs
        if word in A_TARGETS:
            # "a dozen", "half a million": no number starts with these words themselves
            a = _A_BEFORE.search(low, max(0, start - 12), start)
            if a is not None and a.start() >= pos:
                start = a.start()
                m = match(low, start, end)
            else:
                m = None
        else:
            m = plain(low, start, end) if word in _DIGIT_CHARS else None
            if m is None:
                m = match(low, start, end)
        if m is None:
            pos = ce
            continue
        pos = m.end()
        if word in _DIGIT_CHARS and " " in low[start:pos]:
            sp = low.index(" ", start)
            if sp < pos and low[sp - 1].isdecimal() and _LABEL_BEFORE.search(
                    low, max(0, start - 16), start) is not None:
                # "week 38 151; week 39 305": a label's number, then a count, not one
                # number grouped by a space
                pos = sp
        app((start, pos))
    return out


# Words whose number follows them as a label: a space after that number groups no
# thousands ("week 38 151" is week 38, then 151)
_LABEL_BEFORE = re.compile(r"(?<![a-z])(?:" + "|".join(
    re.escape(str(w)) for w in _D["space_group_labels"]) + r")[ \t]+\Z")


# The candidates of ``_CANDIDATE`` without running it over the whole text (a regex that
# starts with ``\b`` and an alternation of words is tried at every position, ~10 MB/s):
# ASCII digits come from ``str.find`` of each digit, number words from
# ``str.find`` on the few words no other one starts with ("seven" finds "seventeen" and
# "seventy"), each hit checked for a word boundary before it and read to the end of
# its word. Same positions, in the same order, as ``_CANDIDATE.finditer``.
_CAND_SET = frozenset(_CAND_WORDS)
# What is searched: a key and where in the word it sits. Words that share a rare start
# or middle share one search ("tw": two, twelve, twenty; "illion": million, billion,
# trillion); a word that starts with another one is found by it ("seven": "seventeen").
_SHARED_KEYS = {"tw": (0,), "thir": (0,), "fif": (0,), "illion": (1, 2)}
_CAND_KEYS: tuple[tuple[str, tuple[int, ...]], ...] = tuple(sorted(
    [(k, v) for k, v in _SHARED_KEYS.items()]
    + [(w, (0,)) for w in _CAND_SET
       if not any(v != w and w.startswith(v) for v in _CAND_SET)
       and not any(k in w for k in _SHARED_KEYS)]
))


def _check_keys() -> None:
    for w in _CAND_SET:
        found = [(k, o) for k, offs in _CAND_KEYS for o in offs if w.startswith(k, o)]
        assert len(found) == 1, (w, found)  # every word is found by exactly one search


_check_keys()
_WORD_RUN = re.compile(r"\w+")


# Keys whose word-start hits ``number_spans`` can hand back (see its ``hits``): every
# position, after no letter or digit, where a word containing the key at one of its
# offsets starts ("hundreds"; "millions" and "billions" for "illion"; "tens", "tenth"
# and "tenure" for "ten"), whatever the word.
SHARED_HIT_KEYS = ("hundred", "thousand", "dozen", "illion", "half", "ten", "thir", "fif")


# The text as the searches of ``_candidates`` see it: ASCII letters as they are, ASCII
# digits as "0", any other letter or digit as "\x01", anything else (and "_") as a space,
# with a space before the text. A word start is then a space before a letter: " one"
# occurs only where "one" starts a word, " 0" where a run of digits starts after no
# letter or digit (every hit is checked on the text itself, as before: the scan only
# narrows the search). A character beyond Latin-1 is encoded as "?", a space here.
_SCAN_TABLE = bytes(
    c if 97 <= c <= 122 else 48 if 48 <= c <= 57 else 1 if chr(c).isalnum() else 32
    for c in range(256)
)
# the keys at the start of their word, searched in the scan; the others in the text
_START_KEYS = tuple((k, " " + k) for k, offs in _CAND_KEYS if offs == (0,))
_INNER_KEYS = tuple((k, offs) for k, offs in _CAND_KEYS if offs != (0,))


def _hits(scan: str, needle: str, pos: int) -> list[int]:
    """Where ``needle`` occurs in ``scan`` (never overlapping itself: it has one space,
    its first character), plus ``pos``. One str.split instead of a str.find per hit:
    the hits are read off the lengths of the pieces between them."""
    return _split_hits(scan.split(needle), len(needle), pos)


def _split_hits(parts: list[str], step: int, pos: int) -> list[int]:
    """``_hits`` from the pieces of ``scan.split(needle)`` (``step``: the needle's length)."""
    out = []
    i = pos - step
    for k in range(len(parts) - 1):
        i += len(parts[k]) + step
        out.append(i)
    return out


def _candidates(low: str, pos: int, end: int, hits: dict | None = None
                ) -> list[tuple[int, int, str]]:
    """(start, end, text) of every ``_CANDIDATE`` match in ``low[pos:end]``, in order."""
    out: list[tuple[int, int, str]] = []
    app = out.append
    # scan[k] is the character before low[pos + k]: only the part searched is translated
    part = low[pos - 1:end] if pos else " " + low[:end]
    scan = part.encode("latin-1", "replace").translate(_SCAN_TABLE).decode("ascii")
    # Digits: the first digit of a run after no letter or digit (one search for all
    # runs); a digit after "_" or after the "." or "," of a number is no candidate.
    for i in _hits(scan, " 0", pos):
        if i:
            p = low[i - 1]
            if p.isalnum() or p == "_" or (
                    (p == "." or p == ",") and i >= 2 and low[i - 2].isdecimal()):
                continue
        app((i, i + 1, low[i]))
    run = _WORD_RUN.match
    cand = _CAND_SET

    def take(st: int, shared: list[int] | None) -> None:
        """A number word starting at ``st``, if a word starts there (the hit is shared
        with the other scans either way, unless a letter or digit comes before it)."""
        if st and (low[st - 1].isalnum() or low[st - 1] == "_"):
            if shared is not None and low[st - 1] == "_":
                shared.append(st)
            return  # not at a word start
        if shared is not None:
            shared.append(st)
        m = run(low, st, end)  # None when st is not a word character
        if m is not None and m.group() in cand:
            w = m.group()
            app((st, st + len(w), w))

    for key, needle in _START_KEYS:
        parts = scan.split(needle)
        if len(parts) == 1:
            continue  # not in the text (most keys, most texts): no call to read hits
        shared = hits.get(key) if hits is not None else None
        for i in _split_hits(parts, len(needle), pos):
            take(i, shared)
    find = low.find
    for key, offsets in _INNER_KEYS:
        i = find(key, pos, end)
        shared = hits.get(key) if hits is not None else None
        while i >= 0:
            for off in offsets:
                st = i - off
                if st >= pos:
                    take(st, shared)
            i = find(key, i + 1, end)
    out.sort()
    return out


def find_numbers(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NumberMatch]:
    """Every number in ``text[pos:endpos]``, left to right, with its parsed value."""
    for s, e in scan_numbers(lower_same_length(text), pos, endpos):
        value = parse_number(text[s:e])
        if value is not None:
            yield NumberMatch(s, e, text[s:e], value)


def number_words() -> frozenset[str]:
    """Every word that may be part of a number in words (lower case)."""
    extra = {"hundred", "thousand", "dozen", "half", "and", "a", "an"}
    return frozenset(_UNITS) | frozenset(_TENS) | frozenset(_BIG) | extra


_GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
_NUM_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+")
_DIGITS_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _tidy(value: float) -> float | int:
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return value


def parse_number(text: str) -> float | int | None:
    """The value of one number in digits or words; None when ``text`` is not one.

    >>> parse_number("5,100"), parse_number("three and a half"), parse_number("a dozen")
    (5100, 3.5, 12)
    """
    s = text.strip().lower()
    if not s:
        return None
    if "\u00a0" in s or "\u202f" in s or "\u2009" in s or (s[0].isdecimal() and " " in s):
        # "20 000" with a space, no-break or thin space between digit groups (French
        # style)
        s = _GROUP_SPACE.sub(",", s).replace("\u00a0", " ")
    if s.isdecimal():
        return int(s) if len(s) <= 40 else None
    if s[0].isdecimal() and _DIGITS_ONLY.fullmatch(s) and len(s) <= 40:
        return _tidy(float(s.replace(",", "")))
    tokens = _NUM_TOKEN.findall(s.replace("-", " "))
    if not tokens:
        return None
    # Digits, with an optional scale after them.
    if tokens[0][0].isdecimal():
        if len(tokens[0]) > 40 or not _DIGITS_ONLY.fullmatch(tokens[0]):
            return None  # not a quantity anyone writes (and no float overflow)
        value = float(tokens[0].replace(",", ""))
        rest = tokens[1:]
        if not rest:
            return _tidy(value)
        if len(rest) == 1:
            scale = _BIG.get(rest[0]) or _ABBR.get(rest[0]) or (
                1000 if rest[0] == "thousand" else None
            )
            if scale:
                return _tidy(round(value * scale, 6))
        return None
    return _parse_words(tokens)


def _parse_words(tokens: list[str]) -> float | int | None:
    total = 0.0  # completed groups (thousands, millions...)
    current = 0.0  # the group being built (below a thousand, before its multiplier)
    seen = False  # any numeral read at all
    pending_a = False  # "a"/"an" waiting for hundred/thousand/million/dozen
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if t in ("a", "an"):
            pending_a = True
        elif t == "and":
            # "and a half" or "a hundred and fifty".
            if tokens[i + 1 : i + 3] in (["a", "half"], ["an", "half"]):
                current += 0.5
                seen = True
                i += 3
                continue
        elif t == "half":
            # "half a million", "half a dozen"
            if i + 2 < n and tokens[i + 1] in ("a", "an"):
                current += 0.5
                seen = True
                i += 2
                continue
            return None
        elif t in _UNITS:
            current += _UNITS[t]
            seen = True
        elif t in _TENS:
            current += _TENS[t]
            seen = True
        elif t == "dozen":
            current = (current or 1) * 12
            seen = True
            pending_a = False
        elif t == "hundred":
            current = (current or 1) * 100
            seen = True
            pending_a = False
        elif t == "thousand":
            total += (current or 1) * 1000
            current = 0
            seen = True
            pending_a = False
        elif t in _BIG:
            total = (total + (current or 1)) * _BIG[t]
            current = 0
            seen = True
            pending_a = False
        else:
            return None
        i += 1
    if not seen or pending_a:
        return None
    return _tidy(round(total + current, 6))
