"""Date extraction: temporal expressions, their kind and an ISO 8601 value.

Candidate-first scanning: one compiled, linear regex finds the words that can carry a
date (a digit at a word start, a month or weekday name, a calendar unit, "today",
"overnight", "weekend", a part of the day). Around each candidate small anchored
regexes read the whole expression: a day and year after a month name, a number and a
hedge before a unit ("nearly a decade", "the following six months"), a modifier before
a period ("late March 2022", "the end of 2023"). Every look-back runs on a short window,
so the cost per candidate is bounded and the whole pass is linear in the text.

The resulting spans ("atoms") are then joined into ranges ("2013 to 2022" after
"from"), and resolved left to right by :mod:`sahel_tui.facts.date_resolution` against
the publication date and what the text has just established.

Word lists live in ``data/dates.yaml``. Decisions are written down in
``docs/extraction.md`` (section "Dates").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import DateMention
from sahel_tui.facts.numbers import UNIT_WORDS, number_words, parse_number
from sahel_tui.facts.sentences import SentenceLocator
from sahel_tui.resources import package_data

__all__ = ["extract_dates", "Atom", "scan_atoms"]


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(package_data("facts", "data", "dates.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie(words) -> str:
    """An alternation of ``words`` as a character trie: the regex engine then tries one
    branch per character instead of every word in turn (several times faster)."""
    return _trie_build(words, top=False)


def _trie_alts(words) -> list[str]:
    """The top-level branches of ``_trie(words)``, one per first character (no word
    here is a single character)."""
    return _trie_build(words, top=True)


def _trie_build(words, top: bool):
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alts = [re.escape(k) + build(node[k]) for k in keys]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    if top:
        assert "" not in root
        return [re.escape(k) + build(root[k]) for k in sorted(root)]
    return build(root)


def _cap(words) -> list[str]:
    return [w for x in words for w in (x, x[:1].upper() + x[1:])]


_D = _data()
MONTHS: dict[str, int] = {str(k): int(v) for k, v in _D["months"].items()}
# Fixed-date holidays, as written ("Christmas Eve"), and their month and day
HOLIDAY_DAYS: dict[str, tuple[int, int]] = {
    str(k): (int(v[0]), int(v[1])) for k, v in _D["holidays"].items()}
HOLIDAYS = frozenset(h.split()[0] for h in HOLIDAY_DAYS if not h.startswith("New Year"))
_HOLIDAY = re.compile(r"(?:" + "|".join(re.escape(h).replace("'", "['’]") for h in sorted(
    HOLIDAY_DAYS, key=len, reverse=True)) + r")(?![\w'’])(?:[ \t]+(?P<y>(?:19|20)\d\d)(?![\w]))?")
MONTH_ABBR: dict[str, int] = {str(k): int(v) for k, v in _D["month_abbreviations"].items()}
AMBIGUOUS_MONTHS = frozenset(_D["ambiguous_months"])
WEEKDAYS: dict[str, int] = {str(k): int(v) for k, v in _D["weekdays"].items()}
DAY_PARTS = tuple(str(w) for w in _D["day_parts"])
UNITS: dict[str, tuple[str, int]] = {
    str(k): (str(v[0]), int(v[1])) for k, v in _D["units"].items()
}
COUNTED = frozenset(str(w) for w in _D["counted_nouns"])
NAME_HEADS = frozenset(str(w) for w in _D["name_heads"])
SHIFT_VERBS = frozenset(str(w) for w in _D["shift_verbs"])
YEAR_OK_BEFORE = frozenset(str(w) for w in _D["year_ok_before"])
# A UN resolution's number and, in brackets, its year: "resolution 2719 (2023)".
_RESOLUTION_YEAR = re.compile(r"(?<![\w])[Rr]esolutions?[ \t]+\d{1,5}[ \t]*\(\Z")
DATE_PREPS = frozenset(str(w) for w in _D["date_prepositions"])
VAGUE_CONTEXT = frozenset(str(w) for w in _D["vague_unit_context"])
ZONES: dict[str, str] = {str(k): str(v) for k, v in _D["zones"].items()}
# "Paris time": a zone whose offset the day decides ("dst:eu"; see date_resolution)
PLACE_ZONES: dict[str, str] = {
    f"{place} time": f"dst:{rule}" for place, rule in _D["summer_time_places"].items()}
# "17:30 Abuja time", "7 p.m. Nigerian time": a place of utc_offsets keeps its offset
PLACE_ZONES.update({f"{place} time": str(off) for off, places in _D["utc_offsets"].items()
                    for place in places})
# (after a.m./p.m. or hh:mm only: a four-digit time with a place's name is rare, and
# _TIME_ZONE is tried after every four digits followed by such an initial)
_CLOCK_ZONES = {**ZONES, **PLACE_ZONES}
PERIOD_PARTS: dict[str, int] = {str(k): int(v) for k, v in _D["period_parts"].items()}
PART_ORDINALS: dict[str, int] = {str(k): int(v) for k, v in _D["part_ordinals"].items()}
SEASONS: dict[str, tuple[int, int]] = {
    str(k): (int(v[0]), int(v[1])) for k, v in _D["seasons"].items()}
AGE_WORDS = frozenset(str(w) for w in _D["age_words"])
PLACE_OFFSETS: dict[str, str] = {
    str(p).lower(): str(off) for off, places in _D["utc_offsets"].items() for p in places
}

_MONTH_ALT = _alt(MONTHS)
_ABBR_ALT = _alt(MONTH_ABBR)
_WEEKDAY_ALT = _alt(WEEKDAYS)
_UNIT_ALT = _alt(UNITS)
_PART_ALT = _alt(DAY_PARTS)

# ---------------------------------------------------------------- candidates
# Ordinal words that can say a day of the month alone ("on the fourth."); "twenty-fifth"
# is read from its last part.
DAY_ORDINALS: dict[str, int] = {str(k): int(v) for k, v in _D["day_ordinals"].items()}
_TRIGGER_WORDS = (
    list(MONTHS) + list(MONTH_ABBR) + list(WEEKDAYS) + _cap(UNITS) + _cap(DAY_PARTS)
    + _cap(str(w) for w in _D["relative_words"]) + _cap(PERIOD_PARTS) + _cap(SEASONS)
    + list(DAY_ORDINALS) + ["clock", "past"]  # "eight o'clock", "half past seven"
    + list(HOLIDAYS)  # "Christmas Eve 2016" ("New Year's Day" is read from "Year")
)
# A digit that starts a number (never inside "2,000" or "G5"), or a trigger word.
# Digits are candidates only in shapes a date or time can take: four digits, or one or
# two followed by a date/time separator, a.m./p.m., "h", an ordinal suffix or a month.
# After a full stop, two digits ("10.30 p.m.") or one and a full stop ("5.3.2021"):
# a decimal ("12.5 percent") is no candidate.
_DIGIT_GATE = (
    r"[0-9]{4}(?![0-9])"
    r"|[0-9]{1,2}(?:st|nd|rd|th)(?![\w])(?![ \t]*[a-z0-9])"
    r"|[0-9]{1,2}(?:[ \t]o['\u2019]c|[:/h\-\u2013][0-9]|h(?![\w])|\.[0-9][0-9.]"
    r"|[ \t]?[apAP]\.?[mM]|(?:st|nd|rd|th)?[ \t\u00a0]{1,3}"
    r"(?:(?:day[ \t]{1,3})?of[ \t]{1,3})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|[ \t]{1,3}(?:and|or|&)[ \t]{1,3}[0-9]{1,2}[ \t\u00a0]{1,3}"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_TRIGGER = re.compile(
    r"(?<![\w])(?:(?<!\d[.,])(?P<num>(?=" + _DIGIT_GATE + r")\d)|(?P<word>"
    + _trie(_TRIGGER_WORDS) + r")(?![\w]))"
)
# The same candidates for the scan of a whole field, on a copy with one byte per
# character (Latin-1; anything beyond it "?") and every non-word character a blank.
# The pattern then starts with a literal blank, which the regex engine finds in a tight
# loop (a character class costs a function call per character and a match attempt at
# every punctuation mark). On the copy, "no word character before or after" is a blank
# or the end, exactly, in Latin-1 text; beyond it, a word character that became "?"
# makes a false boundary, which the caller checks on the text. The copy is also
# lower-cased (A-Z) and has every digit a "0": the engine tries the branches after a
# blank one by one, and a case-blind pattern has half as many (a match that is no
# trigger word as written, "may", "MARCH", is dropped by the caller). The digit gate is
# loosened to the copy (every separator a blank), so the caller confirms each digit
# candidate with ``_TRIGGER`` on the text. The digit branch consumes its first digit,
# so its gate is the rest; each branch starts with a character the engine checks
# without entering it; a match two bytes long is a digit, a longer one a word.
_WORD_BYTES = bytes(
    0x30 if chr(b).isdigit() and b < 0x80 else b + 32 if 0x41 <= b <= 0x5A
    else b if re.match(r"\w", chr(b)) else 0x20 for b in range(256))
_MONTH3_LOW = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DIGIT_GATE_BLANKS = (
    r"000(?!0)"
    r"|0?(?:st|nd|rd|th) "  # "on the 28th.": a day of the month alone (punctuation after
    # it is checked on the text)
    r"|0?(?: o c|[ h]0|h | ?[ap] ?m|(?:st|nd|rd|th)? {1,3}(?:(?:day {1,3})?of {1,3})?" + _MONTH3_LOW
    + r"| {1,3}(?:and|or| ) {1,3}00? {1,3}" + _MONTH3_LOW + ")"
)
_TRIGGER_BLANK = re.compile((
    r" (?:0(?=" + _DIGIT_GATE_BLANKS + r")|"
    + "|".join(a + r"(?![^ ])" for a in _trie_alts({w.lower() for w in _TRIGGER_WORDS}))
    + r")"
).encode("latin-1"))
assert min(len(w) for w in _TRIGGER_WORDS) >= 3

_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR_CORE = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_YEAR = _YEAR_CORE + r"(?![\w])(?!,[0-9])(?!\.[0-9])"
_MONTH_ANY = rf"(?:(?P<full>{_MONTH_ALT})|(?P<abbr>{_ABBR_ALT})\.?)(?![\w])"

# After a month name: "Feb. 27, 2022", "March 22", "March 3-5", "May 2023", "May of 2023".
_AFTER_MONTH = re.compile(
    rf"[ \t\u00a0]{{1,3}}(?P<d1>{_DAY})(?:(?:[ \t]?[-\u2013][ \t]?|(?P<to>[ \t]{{1,3}}"
    rf"(?:to|through|until|till)[ \t]{{1,3}}))(?P<d2>{_DAY})(?![\w:.,]\w))?"
    rf"(?:,?[ \t\u00a0]{{1,3}}(?P<y>{_YEAR}))?"
    rf"|[ \t\u00a0]{{1,3}}(?:of[ \t]{{1,3}})?(?P<y2>{_YEAR})"
    rf"|,[ \t]{{1,3}}(?P<y3>{_YEAR})"
)
# "in 2022, in January": a year set off before a month
_YEAR_THEN_MONTH = re.compile(rf"(?<![\w])[Ii]n[ \t]{{1,3}}(?P<y>{_YEAR}),[ \t]{{1,3}}in[ \t]{{1,3}}\Z")
# "January and September 2022": the second month's year is the first's too
_AND_MONTH_YEAR = re.compile(
    rf"[ \t]{{1,3}}(?:and|or)[ \t]{{1,3}}(?P<mon>{_MONTH_ALT})[ \t]{{1,3}}(?P<y>{_YEAR})")
# "August of that year", "December of last year", and "December last year".
_MONTH_OF_REL = re.compile(
    r"[ \t]{1,3}(?:of[ \t]{1,3}(?P<rel>that|the[ \t]{1,3}same|the[ \t]{1,3}following"
    r"|the[ \t]{1,3}previous|last|this|next)|(?P<rel2>last|this|next))[ \t]{1,3}year(?![\w])"
)

_ISO = re.compile(
    rf"(?P<y>{_YEAR_CORE})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
    r"(?![\w])(?!-[0-9])"
)
_NUMERIC = re.compile(
    rf"(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])(?P=sep)(?P<y>{_YEAR_CORE})(?![\w/])(?!\.[0-9])"
)
_TIME_AMPM = re.compile(
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?[ \t]?"
    r"(?P<ap>[ap]\.m\.|[AP]\.M\.|[ap]m(?![\w])|[AP]M(?![\w])|[ap]\.m(?![\w]))"
    r"(?:[ \t](?P<z>" + _alt(_CLOCK_ZONES) + r")(?![\w]))?"  # "2:14 p.m. EDT"
)
_TIME_ZONE = re.compile(
    r"(?P<h>[01][0-9]|2[0-3])[:h.]?(?P<mi>[0-5][0-9])[ \t]?"
    r"(?P<z>" + _alt(ZONES) + r"|local[ \t]time|hrs(?![\w])|hours[ \t]GMT)(?![\w])"
)
_OCLOCK = re.compile(
    r"(?P<h>1[0-2]|0?[1-9])[ \t]o['\u2019]clock(?![\w])"
    r"(?:[ \t]in[ \t]the[ \t](?P<pd>morning|afternoon|evening))?"
)
# The hours in words, from the number words of numbers.yaml ("eight o'clock")
HOUR_WORDS = {w: n for w, n in UNIT_WORDS.items() if 1 <= n <= 12}
_OCLOCK_WORD = re.compile(r"(?<![\w-])(?P<h>" + "|".join(HOUR_WORDS) + r"|" + "|".join(
    w.capitalize() for w in HOUR_WORDS) + r")[ \t]o['\u2019]\Z")
# "half past seven", "a quarter past eight", "seven minutes past seven", "ten past 9":
# the minutes before "past" (looked back from it), the hour after it
_PAST_HOUR = re.compile(r"[ \t]{1,3}(?P<h>1[0-2]|[1-9]|" + "|".join(HOUR_WORDS) + r")(?![\w-])")
_MINUTES_PAST = re.compile(
    r"(?<![\w-])(?:(?P<half>[Hh]alf)|(?:[Aa][ \t]{1,3})?(?P<q>[Qq]uarter)|(?P<n>[1-5]?[0-9]|"
    r"[A-Za-z]+(?:-[a-z]+)?)(?:[ \t]{1,3}minutes?)?)[ \t]{1,3}\Z")
_OCLOCK_PART = re.compile(r"[ \t]in[ \t]the[ \t](?P<pd>morning|afternoon|evening)")
_MONTH_EVENTS = frozenset(str(w) for w in _D["month_events"])
# ("the day before." / "the day before in Tinzaouaten": not "the day before the vote")
_BEFORE_AFTER = re.compile(
    r"[ \t](before|after)(?=[,.;:]|\Z|[ \t]+(?:in|at|near|on)[ \t]+[A-Z])")
_TIME_FR = re.compile(r"(?P<h>[01]?[0-9]|2[0-3])h(?P<mi>[0-5][0-9])?(?![\w])")
_TIME_COLON = re.compile(
    r"(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?![\w:])"
    r"(?:[ \t](?P<z>" + _alt(_CLOCK_ZONES) + r"|local[ \t]time)(?![\w]))?"
)
# "17:30–19:00 GMT": a bare clock time is one when a zoned one follows as its range end
_ZONED_TIME_NEXT = re.compile(
    r"(?:[ \t]?[-\u2013][ \t]?|[ \t]to[ \t])(?:[01]?[0-9]|2[0-3]):[0-5][0-9][ \t](?:"
    + _alt(ZONES) + r"|local[ \t]time)(?![\w])")
# "one year and 10 months", "two hours and 30 minutes": the smaller unit after "and"
_AND_SMALLER = re.compile(r"[ \t]{1,3}and[ \t]{1,3}(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)[ \t]{1,3}"
                          r"(?P<u>months?|days?|minutes?)(?![\w-])")
_SMALLER_UNIT = {"Y": "M", "M": "D", "TH": "TM"}
# "(the) early morning", "the late afternoon": a part of the day
_EARLY_LATE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he[ \t]{1,3})?(?:[Ee]arly|[Ll]ate)[ \t]{1,3}\Z")
_EVERY_WEEKDAY_AND = re.compile(
    r"(?<![\w])(?:[Ee]very|[Ee]ach)[ \t]+(?:"
    + "|".join(str(w).capitalize() for w in _D["weekdays"]) + r")[ \t]+(?:and|or)[ \t]+\Z")
# Words after which four digits are a year even before a counted noun ("In 1990 soldiers
# seized power")
_YEAR_PREPS = frozenset(["in", "since", "by", "until", "from", "during", "before", "after"])
_MORE_WORDS = frozenset(["more", "further", "additional", "extra"])
_OLD_YEAR_BEFORE = frozenset(["in", "In", "since", "Since", "until", "by", "from", "around"])
_THIS_OR_THE_PAST = re.compile(r"(?<![\w])(?:[Tt]his|[Tt]he)[ \t]{1,3}\Z")
_EARLY_HOURS_OF = re.compile(
    r"(?<![\w])[Tt]he[ \t]{1,3}(?:early|small|wee)[ \t]{1,3}hours[ \t]{1,3}of[ \t]{1,3}\Z")
G_ANCHOR_PART = frozenset(["next", "following", "same", "previous"])
G_OF = frozenset(["of"])
_ANCHORED_PART = re.compile(
    r"(?<![\w])[Tt]he[ \t]{1,3}(next|following|same|previous|Next|Following|Same|Previous)"
    r"[ \t]{1,3}\Z")
_DAY_MONTH = re.compile(
    rf"(?P<d1>{_DAY})(?:[ \t]?[-\u2013][ \t]?(?P<d2>{_DAY}))?[ \t\u00a0]{{1,3}}"
    rf"(?:(?:day[ \t]{{1,3}})?of[ \t]{{1,3}})?{_MONTH_ANY}(?:,?[ \t\u00a0]{{1,3}}(?P<y>{_YEAR}))?"
)
_DAY_AND_DAY_MONTH = re.compile(
    rf"(?P<d1>{_DAY})[ \t]{{1,3}}(?:and|or|&)[ \t]{{1,3}}{_DAY}[ \t\u00a0]{{1,3}}{_MONTH_ANY}"
    rf"(?:,?[ \t\u00a0]{{1,3}}(?P<y>{_YEAR}))?"
)
_TO_DAY = r"[ \t]{0,3}(?:to|into|and|-|\u2013)[ \t]{0,3}"
_MON_WORD = rf"(?:(?:{_MONTH_ALT})|(?:{_ABBR_ALT})\.?)(?![\w])"
_NIGHT_OF = re.compile(
    rf"[ \t]{{1,3}}of[ \t]{{1,3}}(?:(?P<m1>{_MON_WORD})[ \t]{{1,3}}(?P<a1>{_DAY}){_TO_DAY}"
    rf"(?:(?P<m3>{_MON_WORD})[ \t]{{1,3}})?(?P<a2>{_DAY})"
    rf"|(?P<b1>{_DAY})(?:[ \t]{{1,3}}(?P<m4>{_MON_WORD}))?{_TO_DAY}(?P<b2>{_DAY})[ \t]{{1,3}}"
    rf"(?P<m2>{_MON_WORD}))"
    rf"(?:,?[ \t]{{1,3}}(?P<y>{_YEAR}))?"
)
_COMPARISON_TAIL = re.compile(r"-(?:on|over|to)-(?:year|month|week|day|quarter|date)(?![\w])")
_NIGHT_OF_WEEKDAYS = re.compile(
    rf"[ \t]{{1,3}}(?:of|from)[ \t]{{1,3}}(?P<w1>{_alt(WEEKDAYS)})"
    rf"[ \t]{{1,3}}(?:to|into)[ \t]{{1,3}}"
    rf"(?P<w2>{_alt(WEEKDAYS)})(?![\w])")
_YEAR_AT = re.compile(
    rf"(?P<y>{_YEAR_CORE})(?:(?P<dec>s)(?![\w])|(?P<rsep>[ \t]?[-\u2013/][ \t]?)"
    rf"(?P<y2>{_YEAR_CORE}|[0-9]{{2}})(?![\w])|(?![\w]))(?!,[0-9])(?!\.[0-9])"
)

# Look-backs: applied with .search(text, lo, start), anchored at the end (\Z).
_W = r"[ \t\u00a0]{1,3}"
_A_BEFORE = re.compile(r"(?<![\w])(?P<a>[Aa]n?|[Oo]ne)" + _W + r"\Z")
def _phrases(words) -> str:
    """Phrases from the word lists, first letter in either case, blanks as blanks."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        w = str(w)
        first = f"[{w[0].upper()}{w[0].lower()}]" if w[0].isalpha() else re.escape(w[0])
        out.append(first + re.escape(w[1:]).replace(r"\ ", r"[ \t]{1,3}"))
    return "|".join(out)


_VAGUE_Q = re.compile(r"(?<![\w])(?:" + _phrases(_D["vague_quantifiers"]) + r")" + _W + r"\Z")
_THE_ORD = re.compile(
    r"(?<![\w])(?P<the>[Tt]he" + _W + r")?(?P<w>following|next|past|last|coming|previous|"
    r"first|final|remaining|preceding)" + _W + r"\Z"
)
_THE_ONLY = re.compile(r"(?<![\w])[Tt]he" + _W + r"\Z")
_VAGUE_REL = re.compile(
    r"(?<![\w])(?:(?:[Tt]he|[Tt]hese)" + _W + r")?(?P<w>"
    + _phrases(w for w in _D["vague_relative"] if w != "few")
    + r")(?:" + _W + r"few)?" + _W + r"\Z"
)
_DEICTIC = re.compile(r"(?<![\w])(?P<w>[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat|[Pp]ast)" + _W + r"\Z")
_THE_REL = re.compile(
    r"(?<![\w])[Tt]he" + _W + r"(?P<w>following|previous|same|past|last|next|coming|"
    r"preceding)" + _W + r"\Z"
)
# A time given to do something: "gave the states a year to settle" (data: time_given_verbs)
_TIME_GIVEN = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(str(w)) for w in _D["time_given_verbs"])
    + r")[ \t](?:[^\W\d][\w'\u2019-]*[ \t]+){0,4}\Z")
_MONTH_ANCHORED = {"following": "month_following", "previous": "month_previous",
                   "preceding": "month_previous"}
_THAT_FOLLOWED = re.compile(r"[ \t]+(?:that|which)[ \t]+(?:followed|follow|ensued)(?![\w])")
_LATER = re.compile(r"(?<![\w])(?P<w>[Ll]ater|[Ee]arlier)" + _W + r"\Z")
_MOD_RE = re.compile(
    r"(?<![\w-])(?:(?P<m>[Ee]arly|[Mm]id|[Ll]ate)(?:-|" + _W + r")"
    r"|(?P<the>[Tt]he" + _W + r")?(?P<pos>end|start|beginning|middle|End|Start|Beginning|"
    r"Middle)" + _W + r"of" + _W + r"|(?P<h>[Ee]nd|[Mm]id|[Ee]arly|[Ll]ate)-)\Z"
    # "the final days of August", "the first weeks of 2024"
    r"|(?<![\w])[Tt]he" + _W + r"(?P<lw>last|final|closing|first|opening)" + _W
    + r"(?:days|weeks)" + _W + r"of" + _W + r"\Z"
)
# "the final days of August": the days belong to the month or year after them
_DAYS_OF_PERIOD = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}(?:" + _alt(MONTHS) + r"|1[89]\d\d|20\d\d)(?![\w])")
_END_OF_THE = re.compile(
    r"(?<![\w])(?:[Tt]he" + _W + r")?(?P<pos>end|start|beginning|middle|End|Start|Beginning|"
    r"Middle)" + _W + r"of" + _W + r"(?P<w>the|this|next|last)" + _W + r"\Z"
)
_PREFIX_WD = re.compile(r"(?<![\w])(?P<w>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)" + _W + r"\Z")
# "the following Friday", "the previous Monday": a weekday counted from the story's day
_ANCHOR_WD = re.compile(r"(?<![\w])[Tt]he" + _W + r"(?P<w>following|previous|preceding)" + _W
                        + r"\Z")
_NEXT_WORD = re.compile(r"[ \t\u00a0]{1,3}(?P<w>[A-Za-z\u00c0-\u024f%]+)")
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]{0,3}(?P<w>[A-Za-z\u00c0-\u024f%$\u20ac]+|\S)")
_PUNCT_AFTER_YEAR = frozenset(",.;:)]\"'\u2019\u201d")  # single marks _NEXT_TOKEN reads as is
_PART_AFTER = re.compile(r"[ \t\u00a0]{1,3}(?P<p>" + _PART_ALT + r")(?![\w])")
_PART_ORD = re.compile(
    r"(?<![\w])(?P<the>[Tt]he" + _W + r")?(?P<o>" + "|".join(
        f"[{o[0]}{o[0].upper()}]{o[1:]}" for o in PART_ORDINALS) + r")"
    r"(?:" + _W + r"|(?P<hy>-))\Z")
# "Third Quarter 2024 Results", "the third quarter 2024": the year right after
_YEAR_RIGHT_AFTER = re.compile(rf"[ \t]{{1,3}}(?P<y>{_YEAR})")
_PART_OF = re.compile(
    rf"[ \t]{{1,3}}of[ \t]{{1,3}}(?:(?P<y>{_YEAR})|(?P<mon>{_MONTH_ALT})(?![\w])"
    rf"(?:,?[ \t]{{1,3}}(?P<my>{_YEAR}))?"
    r"|(?P<ry>the|this|last|next)[ \t]{1,3}year(?![\w]))"
)
_YEAR_STEP = {"the": None, "this": 0, "last": -1, "next": 1}
_CENTURY_BEFORE = re.compile(
    r"(?<![\w])(?:(?P<the>[Tt]he)" + _W + r")?(?:(?P<m>[Ee]arly|[Mm]id|[Ll]ate)(?:-|" + _W
    + r"))?(?P<n>[12]?[0-9])(?:st|nd|rd|th)" + _W + r"\Z")
_DAY_TO_BEFORE = re.compile(
    r"(?<![\w.,:/])(?P<d>3[01]|[12][0-9]|0?[1-9])[ \t]{1,3}(?:to|until|till|through)"
    r"[ \t]{1,3}\Z")
_SEASON_YEAR = re.compile(rf"[ \t]{{1,3}}(?:of[ \t]{{1,3}})?(?P<y>{_YEAR})")
_AGO = re.compile(_W + r"ago(?![\w])")
_NOT_RATE_AFTER = frozenset(["ago", "earlier", "later"])
_FROM_NOW = re.compile(_W + r"from" + _W + r"now(?![\w])")
_AND_HALF = re.compile(_W + r"and" + _W + r"an?" + _W + r"half(?![\w])")
_RANGE_GAP = re.compile(
    r"[ \t\u00a0]{0,3}(?P<c>to|until|till|through|and|-|\u2013|\u2014)[ \t\u00a0]{0,3}\Z"
)
_AND_DAY = re.compile(
    rf" and[ \t]{{1,3}}(?P<d>{_DAY})(?![\w,.]\w)(?:,[ \t]{{1,3}}(?P<y>{_YEAR}))?(?![\w])")
# "between July 25 and 27 soldiers": a count, not the range's end
_NOT_AFTER_AND_DAY = COUNTED | frozenset(UNITS) | frozenset(MONTHS) | frozenset(["of", "per"])
_FROM_BEFORE = re.compile(r"(?<![\w])(?P<w>[Ff]rom|[Bb]etween)" + _W + r"\Z")
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'\u2019.\- ]{1,40},[ \t]{1,3}\Z")
_LINK_BEFORE = re.compile(
    r"(?P<c>and|or|to|through|until|till|-|\u2013)[ \t\u00a0]{0,3}\Z"
)

# "It is 7:42 in Ouagadougou": a radio's clock, the speaker's now
_SPEAKER_NOW = re.compile(r"(?<![\w])(?:[Ii]t[ \t]+is|[Ii]t['\u2019]s)[ \t]+\Z")
_AT_TIME_WORDS = frozenset(
    "at around about from until till by before after since to between approximately shortly"
    .split()
)
_NON_DATE_WEEKDAY_BEFORE = frozenset("Good Black Super Ash Easter Palm Holy Cyber".split())
_RATE_BEFORE = frozenset(str(w) for w in _D["rate_words"])


@dataclass(slots=True)
class Atom:
    """One temporal expression found in a field, before resolution."""

    start: int
    end: int
    kind: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None  # weekday 0=Monday
    part: str | None = None  # morning, night, weekend, overnight...
    rel: str | None = None  # relative code, see date_resolution
    amount: float | None = None  # durations / "N units ago"
    unit: str | None = None  # ISO designator Y M W D TH TM
    approx: bool = False
    mod: str | None = None
    dateline: bool = False
    hh: int | None = None
    mi: int | None = None
    zone: str | None = None  # explicit offset ("+00:00"), "local" or None
    first: Atom | None = None  # for ranges: the start point
    end_atom: Atom | None = None  # for ranges: the end point
    value: str | None = None  # set when fully known at scan time
    yrel: int | None = None  # "6 June this year": the year is the reference's + yrel
    dow: int | None = None  # "Monday 2 June": the weekday written with a date


_WS = " \t\u00a0"
_OPEN = "\"'\u201c\u2018(["


def _int_day(s: str) -> int:
    return int(s[:2]) if s[1:2].isdecimal() else int(s[:1])


def _months_part(start: int, end: int, y: int | None, m1: int, m2: int,
                 y2: int | None = None) -> Atom:
    """A part of a year from month ``m1`` to month ``m2`` ("the third quarter of 2024",
    "Q3", "winter 2023"; ``y2``: the end's year when it differs)."""
    return Atom(start, end, "part", first=Atom(start, end, "month", y, m1),
                end_atom=Atom(start, end, "month", y if y2 is None else y2, m2))


def _two_named_days(no: re.Match[str], start: int, p: int, wend: int, part: str
                    ) -> Atom | None:
    """"the night of Oct. 27 to 28", "the weekend of Oct. 18-19": one part spanning the
    two consecutive days named after "of"; None when they are not consecutive."""
    def month(w: str | None) -> int | None:
        return (MONTHS.get(w) or MONTH_ABBR.get(w.rstrip("."))) if w else None

    mon = month(no["m1"] or no["m4"] or no["m2"])  # the first day's month
    mon2 = month(no["m3"] or no["m2"] or no["m1"])  # the second day's
    d1 = _int_day(no["a1"] or no["b1"])
    d2 = _int_day(no["a2"] or no["b2"])
    if not mon or not mon2:
        return None
    y = int(no["y"]) if no["y"] else None
    y1 = y - 1 if y is not None and mon2 < mon else y
    if mon2 == mon:
        if d2 != d1 + 1:
            return None
    elif not (mon2 == mon % 12 + 1 and d2 == 1
              and d1 >= calendar.monthrange(y1 or 2001, mon)[1]):  # (February 29th
        # only in a written leap year)
        return None  # "the night of March 31 to April 1": the last day, then the first
    return Atom(start, no.end(), "part", part=part,
                first=Atom(p, wend, "date", y1, mon, d1),
                end_atom=Atom(p, wend, "date", y, mon2, d2))



def _prev_tok(text: str, pos: int, lo: int = 0) -> str:
    """The lower-cased word just before ``pos`` (separated by blanks or a hyphen), or ''."""
    if pos <= lo or text[pos - 1] not in " \t\u00a0-":
        return ""
    s = pos - 24
    parts = text[s if s > lo else lo:pos].rsplit(None, 1)
    return parts[-1].lower() if parts else ""


def _prev_word(text: str, pos: int) -> str | None:
    """The word (letters and apostrophes, as written) separated from ``pos`` by blanks."""
    if pos <= 0 or text[pos - 1] not in _WS:
        return None
    toks = text[pos - 30 if pos > 30 else 0:pos].rsplit(None, 1)
    if not toks:
        return None
    t = toks[-1]
    if t.isalpha():  # the usual plain word
        return t
    t = t.lstrip(_OPEN)
    if not t or not (t[-1].isalpha()) or not t.replace("'", "").replace("\u2019", "").isalpha():
        return None
    return t


def _prev_word_punct(text: str, pos: int) -> tuple[str | None, str]:
    """(word, trailing punctuation among .,;:) before ``pos``; (None, '') when none."""
    if pos <= 0 or text[pos - 1] not in _WS:
        return None, ""
    toks = text[pos - 30 if pos > 30 else 0:pos].rsplit(None, 1)
    if not toks:
        return None, ""
    t = toks[-1]
    if t.isalpha():  # the usual plain word
        return t, ""
    t = t.lstrip(_OPEN)
    punct = ""
    if t and t[-1] in ".,;:":
        punct, t = t[-1], t[:-1]
    if not t or not t.replace("'", "").replace("\u2019", "").isalpha():
        return None, ""
    return t, punct


def _next_word(text: str, pos: int) -> str | None:
    if text[pos:pos + 1] not in _WS:  # the pattern starts with a blank ('' goes on)
        return None
    m = _NEXT_WORD.match(text, pos)
    return m.group("w") if m else None


_NUMBER_WORDS = frozenset(number_words()) | {"dozen", "half", "million", "billion"}


def _numberish(tok: str) -> bool:
    return bool(tok) and (tok[0].isdecimal() or tok in _NUMBER_WORDS or (
        "-" in tok and tok.split("-")[-1] in _NUMBER_WORDS))


def _number_before(text: str, end: int, lo: int) -> int | None:
    """Start of the number in words or digits that ends exactly at ``end``, or None.

    Walks back over number-like tokens (a cheap set lookup, at most eight), then tries
    the number pattern anchored at each token start, earliest (longest) first."""
    starts: list[int] = []
    toks: list[str] = []  # the same tokens, lower-cased
    e = end
    floor = end - 70
    if floor < lo:
        floor = lo
    # Tokens end at a blank or a line break; most windows have no line break at all.
    has_nl = text.find("\n", floor, end) >= 0
    words = _NUMBER_WORDS
    while len(starts) < 8:
        sp = text.rfind(" ", floor, e)
        if has_nl:
            nl = text.rfind("\n", floor, e)
            if nl > sp:
                sp = nl
        if sp < 0 and floor > 0:  # (floor >= lo >= 0)
            break  # the token may go on before the window: not a number start
        tok = text[sp + 1:e].lower()
        if not tok or not (tok[0].isdecimal() or tok in words or (
                "-" in tok and tok.split("-")[-1] in words)):  # _numberish
            break
        starts.append(sp + 1)
        toks.append(tok)
        if sp < 0:
            break
        e = sp
        while e > floor and text[e - 1] in _WS:
            e -= 1
    # Earliest start first (the longest number). parse_number validates the words; a
    # number never starts with "and", nor with "a"/"an" unless a scale word follows.
    # (A token is followed by blanks only, up to the next start: stripped, it is the
    # text between the two starts, stripped.)
    for i in range(len(starts) - 1, -1, -1):
        first = toks[i].strip()
        if first in _NOT_FIRST:
            continue
        if first in ("a", "an"):
            if not i or toks[i - 1].strip() not in _A_SCALES:
                continue
        s = starts[i]
        if _parse(text[s:end]) is not None:
            return s
    return None


_A_SCALES = frozenset(["dozen", "hundred", "thousand", "million", "billion"])
_NOT_FIRST = _A_SCALES | {"and", "half", "trillion"}


_parse = lru_cache(maxsize=4096)(parse_number)


def _lookback(rx: re.Pattern, text: str, start: int, lo: int, width: int, gate,
              tok: str | None = None):
    """``rx`` (anchored with \\Z) searched just before ``start``, when the word there
    passes ``gate`` (a set of lower-case words or a predicate): cheap for most calls."""
    if tok is None:
        tails = _GATE_TAILS.get(id(gate))
        if tails is not None:
            # Quick reject on the last two letters before one blank: the word there
            # cannot be in the gate (its words are letters only, two or more).
            if start <= lo or text[start - 1] not in _WS:
                return None
            if not text[start - 2].isspace() and (
                    start < 3 or text[start - 3:start - 1].lower() not in tails):
                return None
        tok = _prev_tok(text, start, lo)
    if tok and tok[0] in _OPEN_MARKS:
        # '"This morning ...', "Outlook (next week):": the word after the quote or bracket
        tok = tok.lstrip(_OPEN_MARKS)
    if callable(gate):
        if not gate(tok):
            return None
    elif tok not in gate:
        return None
    s = start - width
    return rx.search(text, s if s > lo else lo, start)


# Hedges from the word list: one word ("about"), or two keyed by their last word
# ("more than" -> _HEDGE_TWO["than"] = {"more"}); "for over" keeps "for" out of the span.
_HEDGE_ONE = frozenset(str(h) for h in _D["hedges"] if " " not in str(h))
_HEDGE_TWO: dict[str, frozenset[str]] = {}
for _h in _D["hedges"]:
    if " " in str(_h):
        _a, _b = str(_h).split()
        _HEDGE_TWO[_b] = _HEDGE_TWO.get(_b, frozenset()) | {_a}
G_HEDGE = _HEDGE_ONE | frozenset(_HEDGE_TWO)
G_MOD = frozenset("early mid late of mid- end- early- late-".split())
G_DEICTIC = frozenset("last this next that past".split())
G_THE = frozenset(["the"])
G_A = frozenset(["a", "an", "one"])
G_VAGUE_Q = frozenset(str(w).split()[-1] for w in _D["vague_quantifiers"])
G_VAGUE_REL = frozenset(str(w) for w in _D["vague_relative"]) | {"few"}
G_THE_ORD = frozenset("following next past last coming previous first final remaining "
                      "preceding".split())
G_THE_REL = frozenset("following previous same past last next coming preceding".split())
G_END_OF = frozenset("the this next last".split())
G_LATER = frozenset("later earlier".split())
G_PREFIX_WD = frozenset("last next this early late".split())
G_ANCHOR_WD = frozenset("following previous preceding".split())
G_PART_ORD = frozenset(PART_ORDINALS)
_YEAR_ATTRIB_BEFORE = DATE_PREPS | {"the", "a", "its", "their"}
# Last two letters of the words of the gates used without a precomputed word.
_GATE_TAILS = {
    id(g): frozenset(w[-2:] for w in g)
    for g in (G_DEICTIC, G_THE, G_PREFIX_WD, G_LATER, G_ANCHOR_WD, G_ANCHOR_PART, G_OF)
}
assert all(len(w) >= 2 and w.isalpha()
           for g in (G_DEICTIC, G_THE, G_PREFIX_WD, G_LATER, G_ANCHOR_WD, G_ANCHOR_PART, G_OF)
           for w in g)
G_SPAN_PREPS = frozenset("over for during within in throughout through across".split())
G_RATE = frozenset("every each per".split())


_OPEN_QUOTES = "\"'\u201c\u2018"
_OPEN_MARKS = _OPEN_QUOTES + "(["
_MOD_TAILS = frozenset(["ly", "id", "te", "of"])
_YEAR_LABEL_BEFORE = frozenset(
    ["No", "Nos", "no", "Number", "number", "Law", "Decree", "Ordinance"])
_HEDGE_BEFORE_COUNT = frozenset([
    "some", "about", "around", "nearly", "almost", "than", "least", "roughly", "over",
    "approximately", "with", "killed"])
_YEAR_VERBS_AFTER = frozenset(
    ["was", "has", "is", "as", "saw", "marks", "sees", "brings", "looks", "began"])
# First letters of what _TIME_ZONE accepts after a four-digit time and a blank.
_ZONE_INITIALS = frozenset([z[0] for z in ZONES] + ["l", "h"])


# Dispatch on the candidate word, in the order of _Scanner._word: a month, a weekday,
# or a unit (the value is then its lower-case form); other trigger words go to _word.
# A word not in the table is no trigger as written ("may" found by the case-blind scan).
_K_MONTH, _K_WEEKDAY, _K_WORD, _K_ORDINAL = object(), object(), object(), object()
_WORD_KIND: dict[str, object] = {}
for _w in _TRIGGER_WORDS:
    if _w in MONTHS or _w in MONTH_ABBR:
        _WORD_KIND[_w] = _K_MONTH
    elif _w in WEEKDAYS:
        _WORD_KIND[_w] = _K_WEEKDAY
    elif _w in DAY_ORDINALS:
        _WORD_KIND[_w] = _K_ORDINAL
    elif _w.lower() in UNITS:
        _WORD_KIND[_w] = _w.lower()
    else:
        _WORD_KIND[_w] = _K_WORD
_DAY_INT = {
    f"{n:0{w}d}{suf}": n for n in range(1, 32) for w in (1, 2) for suf in ("", "st", "nd", "rd", "th")
}
_MONTH_PREV_OK = DATE_PREPS | {
    "last", "next", "this", "that", "early", "late", "mid", "since", "in",
    "until", "of", "the", "end", "between", "from",
}
_NAME_PREV_OK = DATE_PREPS | {"last", "next", "this", "that"}


class _Scanner:
    """Scans one field's text into non-overlapping atoms, left to right."""

    def __init__(self, text: str, field: str) -> None:
        self.text = text
        self.field = field
        self.atoms: list[Atom] = []
        self.caps_names = False  # a month or weekday name written in capitals was seen
        # a second date found with the first ("on December 10 and 11": "11"), appended
        # right after it
        self.pending: Atom | None = None
        self.last_end = 0
        # a health bulletin's numbered weeks ("epidemiological week 41", then "week 40")
        self.epi = "pidemiological week" in text or "pi week" in text

    # -------------------------------------------------------------- driver
    def _keep(self, atom: Atom) -> None:
        """Add ``atom`` (and the second date found with it, if any) to the atoms."""
        self.atoms.append(atom)
        self.last_end = atom.end
        if self.pending is not None:
            self.atoms.append(self.pending)
            self.last_end = self.pending.end
            self.pending = None

    def run(self) -> list[Atom]:
        digit, word = self._digit, self._word
        text = self.text
        m = _TRIGGER.match(text)
        if m is not None:
            atom = digit(0) if m.lastgroup == "num" else word(0, m.group("word"), m.end())
            if atom is not None:
                self._keep(atom)
        month, weekday, unit = self._month, self._weekday, self._unit
        kinds = _WORD_KIND
        try:
            blanked = text.encode("latin-1").translate(_WORD_BYTES)
            exact = True
        except UnicodeEncodeError:
            blanked = text.encode("latin-1", "replace").translate(_WORD_BYTES)
            exact = False
        trigger = _TRIGGER.match
        for m in _TRIGGER_BLANK.finditer(blanked):
            start, wend = m.span()  # the candidate starts at start + 1
            if start + 1 < self.last_end:
                continue
            if wend - start == 2:  # a digit: the exact gate on the text
                if trigger(text, start + 1) is None:
                    continue
            elif not exact and (text[start].isalnum() or text[wend:wend + 1].isalnum()):
                continue  # a word character beyond Latin-1 made the boundary
            start += 1
            if wend - start == 1:  # a digit
                atom = digit(start)
            else:
                w = text[start:wend]
                k = kinds.get(w)
                if k is _K_MONTH:
                    atom = month(start, wend, w)
                elif k is _K_WEEKDAY:
                    atom = weekday(start, w, wend)
                elif k is _K_WORD:
                    atom = word(start, w, wend)
                elif k is _K_ORDINAL:
                    atom = self._day_ordinal(start, wend, DAY_ORDINALS[w])
                elif k is not None:
                    atom = unit(start, k, wend)
                elif w.isupper() and _CAPS_MONTH_YEAR.match(text, wend) and \
                        kinds.get(w.title()) is _K_MONTH:
                    # "PRICE BULLETIN · MARCH 2024": a month in capitals, its year after
                    atom = Atom(start, wend + 5, "month", int(text[wend + 1:wend + 5]),
                                MONTHS[w.title()])
                else:
                    if w.isupper() and kinds.get(w.title()) in (_K_MONTH, _K_WEEKDAY):
                        self.caps_names = True  # ("SUNDAY 5 SEPTEMBER": see scan_atoms)
                    continue  # no trigger word as written ("may", "MARCH")
            if atom is not None:
                self._keep(atom)
        return self.atoms

    # -------------------------------------------------------------- helpers
    def _hedge(self, atom: Atom, tok: str | None = None) -> Atom:
        """A hedge just before the amount joins the span and makes it approximate."""
        text, lo = self.text, self.last_end
        if tok is None:
            tok = _prev_tok(text, atom.start, lo)
        if tok not in G_HEDGE:
            return atom
        j = atom.start
        while j > lo and text[j - 1] in _WS:
            j -= 1
        ts = j - len(tok)
        if tok in _HEDGE_ONE:
            start = ts
        else:
            first = _prev_tok(text, ts, lo)
            if first not in _HEDGE_TWO[tok]:
                return atom
            if first == "for":  # "for over ten years": "over" is the hedge
                start = ts
            else:
                start = ts - 1
                while start > lo and text[start - 1] in _WS:
                    start -= 1
                start -= len(first)
        if start < lo:
            return atom
        atom.start = start
        atom.approx = True
        return atom

    def _early_hours_of(self, atom: Atom) -> Atom:
        """'the early hours of September 10', '... of 9 March': that day's part."""
        text, st = self.text, atom.start
        if atom.d is not None and text[st - 3:st - 1] == "of":
            eh = _lookback(_EARLY_HOURS_OF, text, st, self.last_end, 40, G_OF)
            if eh is not None:
                atom.start, atom.kind, atom.part = eh.start(), "part", "night"
        return atom

    def _mod(self, atom: Atom) -> Atom:
        """'early'/'mid'/'late'/'the end of' before a period: kind part + mod."""
        text, st = self.text, atom.start
        # Cheap gate: the modifiers end in "-", or in "ly", "id", "te", "of" ("early",
        # "mid", "late", "of") just before one blank.
        if st < 2:
            return atom
        c = text[st - 1]
        if c != "-" and not (st > 2 and c in _WS and text[st - 2] in "ydefYDEF"
                             and text[st - 3:st - 1].lower() in _MOD_TAILS):
            return atom
        mm = _lookback(_MOD_RE, text, st, self.last_end, 24, G_MOD)
        if mm is None:
            return self._early_hours_of(atom) if atom.kind == "date" else atom
        word = (mm.group("m") or mm.group("pos") or mm.group("h") or mm.group("lw")
                or "").lower()
        mod = {"early": "START", "start": "START", "beginning": "START", "mid": "MID",
               "middle": "MID", "late": "END", "end": "END", "last": "END", "final": "END",
               "closing": "END", "first": "START", "opening": "START"}.get(word)
        if mod is None:
            return atom
        atom.start = mm.start()
        atom.mod = mod
        atom.kind = "part"
        return atom

    def _is_dateline(self, start: int) -> bool:
        if self.field != "body":
            return False
        line = self.text.rfind("\n", start - 46 if start > 46 else 0, start) + 1
        if start - line > 45 or (line == 0 and start > 45):
            return False
        return _DATELINE.search(self.text, start - 45 if start > 45 else 0, start) is not None

    def _day_ordinal(self, p: int, end: int, day: int) -> Atom | None:
        """"on the 28th", "on the twenty-fifth", "last Sunday, the fourth.": a day of the
        month with no month written (rel "day_of_month"; "day_appos" right after a
        day). Only after "on the" or ", the", and before punctuation."""
        text = self.text
        if text[end:end + 1] not in _AFTER_ORDINAL_DAY:
            return None
        if p >= 7 and text[p - 7:p] in ("twenty-", "thirty-"):
            day += 20 if text[p - 6] == "w" else 30
            p -= 7
        if not 1 <= day <= 31 or p < 6 or text[p - 4:p] != "the ":
            return None
        if text[p - 6:p - 4] == ", ":
            atoms = self.atoms
            if not atoms or atoms[-1].end != p - 6 or \
                    atoms[-1].kind not in ("weekday", "date", "relative"):
                return None  # only right after a day: "last Sunday, the fourth"
            rel = "day_appos"
        elif p >= 7 and text[p - 7:p - 4] in ("on ", "On ") and (
                p == 7 or not text[p - 8].isalnum()):
            rel = "day_of_month"
        else:
            return None
        return Atom(p - 4, end, "date", d=day, rel=rel)

    def _after_dated_comma(self, p: int, hedged: bool = False) -> bool:
        """Whether ``p`` follows a day just written and a comma, as in a log's headings
        ("Tue 1 Jul, around 0500 -", "Sat 28 Jun, evening -"); with ``hedged``, a hedge
        or "at" may come between."""
        atoms = self.atoms
        if not atoms or atoms[-1].kind not in ("date", "weekday") or self.last_end < p - 24:
            return False
        gap = self.text[self.last_end:p]
        return gap in (", ", ",\u00a0") or hedged and _CLOCK_AFTER_DAY.fullmatch(gap) is not None

    # -------------------------------------------------------------- digits
    def _digit(self, p: int) -> Atom | None:
        text = self.text
        # Dispatch on the shape (digit-run length, next character): at most two or
        # three anchored regexes per candidate instead of trying every form.
        s3 = text[p + 1:p + 4]
        e = p + 4 if len(s3) == 3 and s3.isdecimal() else p + 1
        while e < len(text) and text[e].isdecimal():
            e += 1
        n = e - p
        c = text[e:e + 1]
        if n == 4:
            if c == "-":
                m = _ISO.match(text, p)
                if m:
                    return Atom(p, m.end(), "date", int(m["y"]), int(m["m"]), int(m["d"]))
            elif c in ("G", "U", "W", "C", "h", "l") or c in (" ", "\t") and \
                    text[e + 1:e + 2] in _ZONE_INITIALS:
                # a zone follows: "0500 GMT", "1400 local time", "0600 hrs"
                t = self._time(p, _TIME_ZONE)
                if t is not None:
                    return t
            if self._after_dated_comma(p, True) and text[p:p + 2] < "24" and \
                    text[p + 2:p + 4] < "60" and (p == self.last_end + 2 or text[p:p + 2] not in (
                        "19", "20")):
                # "Tue 1 Jul, around 0500": a clock time in a log's heading (a bare
                # "1 Jul, 2025" stays a year)
                atom = Atom(p, e, "time", hh=int(text[p:p + 2]), mi=int(text[p + 2:e]),
                            zone="local")
                return self._hedge(atom)
            m = _YEAR_AT.match(text, p)
            if m:
                return self._year(p, m)
            if text[p:p + 2] < "24" and text[p + 2:p + 4] < "60" and self._bare_clock(p, e):
                # "At about 1400, during Friday prayers", "between 2200 and 0400": the
                # 24-hour clock of a briefing, without "GMT" or "hrs" (never a year)
                atom = Atom(p, e, "time", hh=int(text[p:p + 2]), mi=int(text[p + 2:e]),
                            zone="local")
                return self._hedge(atom)
            return None
        if n > 2:
            return None
        if c in _ORDINAL_FIRST and text[e:e + 2] in _ORDINAL_SUFFIXES:
            atom = self._day_ordinal(p, e + 2, int(text[p:e]))
            if atom is not None:
                return atom
        if c in ("/", "."):
            m = _NUMERIC.match(text, p)
            if m:
                a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
                day, mon = (a, b) if b <= 12 else (b, a)  # day first, as in the region
                if 1 <= mon <= 12 and 1 <= day <= 31:
                    return Atom(p, m.end(), "date", y, mon, day)
            if c == "/":
                atom = self._day_month_numeric(p)
                if atom is not None:
                    return atom
        if c in (":", ".", "h", " ", "a", "p", "A", "P"):
            t = self._time(p, None)
            if t is not None:
                return t
        if c == " ":
            co = _DAY_AND_DAY_MONTH.match(text, p)
            if co is not None:
                # "on 12 and 13 August": two dates, the first borrowing the month.
                mon = MONTHS.get(co["full"]) if co["full"] else MONTH_ABBR[co["abbr"]]
                y = int(co["y"]) if co["y"] else None
                return Atom(p, p + len(co["d1"]), "date", y, mon, _int_day(co["d1"]))
        m = _DAY_MONTH.match(text, p)
        if m:
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is not None and nxt["w"] in NAME_HEADS:
                return None  # "the 5 March Movement"
            mon = MONTHS.get(m["full"]) if m["full"] else MONTH_ABBR[m["abbr"]]
            y = int(m["y"]) if m["y"] else None
            d1 = _int_day(m["d1"])
            atom = Atom(p, m.end(), "date", y, mon, d1, dateline=self._is_dateline(p))
            if p >= 4 and text[p - 1] == " " and text[p - 2] in _WD_ABBR_LAST and \
                    (wa := _WD_ABBR_BEFORE.search(text, max(self.last_end, p - 7), p)):
                atom.start, atom.dow = wa.start(), WEEKDAYS[_WD_ABBR[wa["w"]]]  # "Tue 1 Jul"
            if not m["d2"] and text[p - 1:p] in _WS:
                db = _DAY_TO_BEFORE.search(text, max(self.last_end, p - 16), p)
                if db is not None and int(db["d"]) < d1:  # "1 to 31 May": one range
                    s0 = db.start()
                    return Atom(s0, m.end(), "range", first=Atom(s0, m.end(), "date", y, mon,
                                                                int(db["d"])), end_atom=atom)
            if m["d2"]:
                d2 = _int_day(m["d2"])
                if d2 <= d1:
                    return None
                return Atom(p, m.end(), "range", first=atom,
                            end_atom=Atom(p, m.end(), "date", y, mon, d2))
            return self._early_hours_of(atom) if p > 3 else atom
        return None

    def _bare_clock(self, p: int, e: int) -> bool:
        """Whether four digits with no zone, and no year (the caller reads those first),
        are a 24-hour clock time: after "at" (or "at about"/"around"), not after a verb
        of valuing ("stood at 1400"); or both ends of "between 2200 and 0400" when one of
        them cannot be a count written without a comma (a leading 0, or 2100 on)."""
        text = self.text
        prev = _prev_word(text, p)
        if prev is None:
            return False
        prev = prev.lower()
        if prev in ("between", "and", "to", "from", "until"):
            b = _CLOCK_PAIR.search(text, p - 22 if p > 22 else 0, e + 22)
            if b is None or not (b.start(1) == p or b.start(2) == p):
                return False
            one, two = b.group(1), b.group(2)
            return all(x[:2] < "24" and x[2:] < "60" for x in (one, two)) and \
                any(x[0] == "0" or x >= "2100" for x in (one, two))
        if prev not in ("at", "about", "around", "approximately"):
            return False
        m = _CLOCK_LEAD.search(text, p - 40 if p > 40 else 0, p)
        return m is not None and (m.group(1) or "").lower() not in _VALUING_VERBS

    def _day_month_numeric(self, p: int) -> Atom | None:
        """'Wed 12/02', 'TIMBUKTU, 05/02 - ...', 'Next issue: 15/11.': a day and month
        in digits, day first, without a year, only where a digest dates its entries:
        after a weekday, opening a list entry or a dateline before its dash, or after
        the label of a next issue. (Elsewhere "3/10" is a score or a fraction.)"""
        text = self.text
        m = _DAY_SLASH_MONTH.match(text, p)
        if m is None:
            return None
        day, mon = int(m["d"]), int(m["m"])
        if not (1 <= day <= 31 and 1 <= mon <= 12):
            return None
        atom = Atom(p, m.end(), "date", None, mon, day)
        if p >= 4 and text[p - 1] == " " and text[p - 2] in _WD_ABBR_LAST and \
                (wa := _WD_ABBR_BEFORE.search(text, max(self.last_end, p - 7), p)):
            atom.start, atom.dow = wa.start(), WEEKDAYS[_WD_ABBR[wa["w"]]]
            return atom
        ls = text.rfind("\n", 0, p) + 1
        head = text[ls:p]
        if _DASH_AFTER.match(text, m.end()) and _ENTRY_HEAD.fullmatch(head):
            return atom
        if text[m.end():m.end() + 1] == ":" and m.end() - p == 5 and \
                _LABEL_DASH_HEAD.fullmatch(head):
            return atom  # "6. Niger - 12/03: A US delegation ...": an entry's date
        if head.startswith("Next ") and head.endswith(": ") and len(head) <= 24:
            return atom
        return None

    def _time(self, p: int, only: re.Pattern | None) -> Atom | None:
        text = self.text
        if only is _TIME_ZONE:
            m = _TIME_ZONE.match(text, p)
            if m:
                z = m["z"]
                zone = ZONES.get(z, "+00:00" if "GMT" in z else "local")
                atom = Atom(p, m.end(), "time", hh=int(m["h"]), mi=int(m["mi"]), zone=zone)
                return self._hedge(atom)
            return None
        m = _TIME_AMPM.match(text, p)
        if m:
            h = int(m["h"]) % 12 + (12 if m["ap"][0] in "pP" else 0)
            atom = Atom(p, m.end(), "time", hh=h, mi=int(m["mi"] or 0),
                        zone=_CLOCK_ZONES[m["z"]] if m["z"] else "local")
            return self._hedge(atom)
        m = _TIME_ZONE.match(text, p)
        if m:
            z = m["z"]
            zone = ZONES.get(z, "+00:00" if "GMT" in z else "local")
            atom = Atom(p, m.end(), "time", hh=int(m["h"]), mi=int(m["mi"]), zone=zone)
            return self._hedge(atom)
        m = _OCLOCK.match(text, p)
        if m:
            # "4 o'clock": 1-6 is the afternoon unless "in the morning" says otherwise
            h = _afternoon(int(m["h"]) % 12, m["pd"])
            return self._hedge(Atom(p, m.end(), "time", hh=h, mi=0, zone="local"))
        m = _TIME_FR.match(text, p)
        if m and (m["mi"] or ((prev := _prev_word(text, p)) and prev.lower() in _AT_TIME_WORDS
                              and prev.lower() not in ("for", "in"))):
            # "15h30"; the hour alone only after "at", "until"... ("ended at 18h", not "a
            # 48h strike" nor "in 18h")
            atom = Atom(p, m.end(), "time", hh=int(m["h"]), mi=int(m["mi"] or 0), zone="local")
            return self._hedge(atom)
        m = _TIME_COLON.match(text, p)
        if m:
            prev = _prev_word(text, p)
            stamp = not m["z"] and _post_stamp(text, p, m.end())
            if m["z"] or (prev and prev.lower() in _AT_TIME_WORDS) or \
                    (prev in ("is", "It's", "it's") and _SPEAKER_NOW.search(
                        text, max(0, p - 10), p) is not None) or \
                    _ZONED_TIME_NEXT.match(text, m.end()) is not None or \
                    key_date_line(text, p, m.end(), alone=True) or stamp:
                # (a clock time alone on its line, or heading a live entry: "15:10", or
                # ending a post's stamp: "2/8 · 07:55")
                z = m["z"]
                zone = _CLOCK_ZONES.get(z, "local") if z else "local"
                atom = Atom(p, m.end(), "time", hh=int(m["h"]), mi=int(m["mi"]), zone=zone)
                if stamp:
                    atom.rel = "stamp"
                return self._hedge(atom)
        return None

    def _year(self, p: int, m: re.Match) -> Atom | None:
        y = int(m["y"])
        if not 1900 <= y <= 2099 and not (
                1800 <= y < 1900 and not m["dec"] and not m["y2"] and self._old_year(p)):
            return None
        if m["dec"]:
            if y % 10:
                return None
            # "the 1990s" -> 1990/1999 (the ISO decade "199" is no value the checker reads)
            atom = self._mod(Atom(p, m.end(), "year", value=f"{y}/{y + 9}", y=None))
            the = _lookback(_THE_ONLY, self.text, atom.start, self.last_end, 8, G_THE)
            if the is not None:
                atom.start = the.start()
            return atom
        if m["y2"]:
            y2s = m["y2"]
            y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
            if y2 > y and (len(y2s) == 4 or m["rsep"].strip() in "-\u2013" or y2 == y + 1):
                if len(y2s) == 2 or y2 - y <= 50 or (
                        y2 - y <= 110 and self.text[p - 1:p] == "("
                        and self.text[m.end():m.end() + 1] == ")"):
                    # (a life in brackets: "Keïta (1945-2022)")
                    return Atom(p, m.end(), "range", first=Atom(p, p + 4, "year", y=y),
                                end_atom=Atom(p, m.end(), "year", y=y2))
            # "2021-2020" or an identifier: fall back to the year alone if it is one
            if m["rsep"].strip() in "-/":
                return None
        if not self._year_context(p, p + 4):
            return None
        atom = Atom(p, p + 4, "year", y=y)
        return self._mod(atom)

    def _old_year(self, p: int) -> bool:
        """'in 1818, the Fulani cleric ...': a year of the 1800s only right after a date
        preposition and before punctuation (a bare 1850 is more often a count)."""
        text = self.text
        return _prev_word(text, p) in _OLD_YEAR_BEFORE and text[p + 4:p + 5] in (",", ".", ";", ")")

    def _year_context(self, s: int, e: int) -> bool:
        """Is the 4-digit number at text[s:e] a year here?"""
        text = self.text
        before = text[s - 2 if s > 2 else 0:s]
        if before[-1:] in ("$", "\u20ac", "\u00a3", "#") or (
                before[-1:] in "/-." and before[:1].isdecimal()):
            return False
        if before[-1:] == "/" and before[:1].isalpha() and before[:1].isupper():
            return False  # the last part of a reference number: "decision No. 0010/CC/2024"
        if before[-1:] == "(" and _RESOLUTION_YEAR.search(text, s - 30 if s > 30 else 0, s):
            return False  # "resolution 2719 (2023)": the year is part of the label
        c = text[e:e + 1]
        if c in "-/" and text[e + 1:e + 2].isdecimal():
            return False  # "2020-014", "2023/45": an identifier
        if c in _PUNCT_AFTER_YEAR:  # what _NEXT_TOKEN would read: the mark itself
            nw = c
        else:
            nxt = _NEXT_TOKEN.match(text, e)
            nw = nxt.group("w") if nxt else ""
        if c == "-" and text[e + 1:e + 2].isalpha():
            return False  # "2000-strong", "2020-style" labels and compounds
        prev, punct = _prev_word_punct(text, s)
        if nw:
            nl = nw.lower()
            if nw == "%":
                return False
            if nl in COUNTED and (punct or not prev or prev.lower() not in _YEAR_PREPS) and \
                    not (prev and not punct and prev.lower() in ("and", "to") and self.atoms
                         and self.atoms[-1].kind == "year" and s - self.atoms[-1].end <= 8):
                return False  # "some 1950 tents" (not "In 1990 soldiers seized power")
            if nl in UNITS:
                return False  # "2100 hours"
        if prev in _YEAR_LABEL_BEFORE:
            return False
        pl = prev.lower() if prev else None
        if prev and not punct and pl in ("and", "or", "to", "through") and \
                self.atoms and self.atoms[-1].kind in ("year", "part") and \
                s - self.atoms[-1].end <= len(prev) + 3:
            return True  # "in 2017 and 2018": the second year of a coordination
        # a plural noun after the number: "some 1950 tents", "2000 soldiers"
        plural_after = nw[:1].islower() and nw.endswith("s") and len(nw) > 3
        if prev and not punct:
            if prev[:1].isupper() and prev not in YEAR_OK_BEFORE and not prev.endswith(
                ("'s", "\u2019s")
            ):
                # "Resolution 2100", "Agenda 2063", "France 24": a label, unless the
                # capital is only the start of a sentence ("Nearly 2013..." is rare).
                return False
            if plural_after and pl in _HEDGE_BEFORE_COUNT:
                return False  # "some 1950 tents"
        if plural_after and nw not in _YEAR_VERBS_AFTER and (
                prev is None or pl not in _YEAR_ATTRIB_BEFORE
                and not prev.endswith(("'s", "\u2019s"))):
            return False  # "2000 soldiers" style counts with an unlisted noun
        return True

    # -------------------------------------------------------------- words
    def _word(self, p: int, word: str, wend: int) -> Atom | None:
        if word in MONTHS or word in MONTH_ABBR:
            return self._month(p, wend, word)
        if word in WEEKDAYS:
            return self._weekday(p, word, wend)
        low = word.lower()
        if low in UNITS:
            return self._unit(p, low, wend)
        if low in ("today", "yesterday", "tomorrow"):
            if low != "today":
                # "the day before yesterday", "the day after tomorrow": two days off
                lead = "the day before " if low == "yesterday" else "the day after "
                s0 = p - len(lead)
                if s0 >= self.last_end and self.text[s0:p].lower() == lead:
                    return self._mod(Atom(s0, wend, "relative", rel="two_" + low))
                if self.text[wend:wend + 1] == " ":
                    pm = _PART_AFTER.match(self.text, wend)
                    if pm is not None:
                        # "yesterday evening", "tomorrow morning": a part of that day
                        return Atom(p, pm.end(), "part", rel=low, part=pm["p"])
            return self._mod(Atom(p, wend, "relative", rel=low))
        if low == "clock":
            return self._oclock_word(p, wend)
        if low == "past":
            return self._minutes_past(p, wend) if word == "past" else None
        if word in HOLIDAYS:
            return self._holiday(p)
        if low == "tonight":
            return Atom(p, wend, "part", rel="tonight", part="night")
        if low == "overnight":
            prev = _prev_word(self.text, p)
            if prev and prev.lower() in ("an", "a", "the", "this"):
                return None
            return Atom(p, wend, "part", rel="overnight", part="overnight")
        if low in ("weekend", "weekends"):
            return self._weekend(p, low, wend)
        if low in DAY_PARTS:
            return self._day_part(p, low, wend)
        if low in PERIOD_PARTS:
            return self._period_part(p, low, wend)
        if low in SEASONS:
            return self._season(p, low, wend)
        return None

    def _oclock_word(self, p: int, wend: int) -> Atom | None:
        """"By eight o'clock", "at ten o'clock in the morning": an hour in words (digits
        go through ``_OCLOCK``)."""
        m = _OCLOCK_WORD.search(self.text, max(self.last_end, p - 12), p)
        if m is None:
            return None
        pd = _OCLOCK_PART.match(self.text, wend)
        h = _afternoon(HOUR_WORDS[m["h"].lower()] % 12, pd["pd"] if pd else None)
        atom = Atom(m.start(), pd.end() if pd else wend, "time", hh=h, mi=0, zone="local")
        return self._hedge(atom)

    def _minutes_past(self, p: int, wend: int) -> Atom | None:
        """"half past seven", "seven minutes past seven" (a radio's clock): minutes past
        an hour, the hour as written (as "8 o'clock", a.m. from 7 to 12)."""
        text = self.text
        hm = _PAST_HOUR.match(text, wend)
        if hm is None:
            return None
        nw = _next_word(text, hm.end())
        if nw is not None and nw.lower() in UNITS:
            return None  # "the past seven years"
        mm = _MINUTES_PAST.search(text, max(self.last_end, p - 30), p)
        if mm is None:
            return None
        if mm["half"]:
            mi = 30
        elif mm["q"]:
            mi = 15
        else:
            n = mm["n"].lower()
            if not n[0].isdecimal() and not n.startswith(("twenty", "thirty", "forty", "fifty")) \
                    and n not in UNIT_WORDS:
                return None
            mi = parse_number(n)
            if not isinstance(mi, int) or not 1 <= mi <= 59:
                return None
        h = hm["h"]
        hh = _afternoon(int(h) if h[0].isdecimal() else HOUR_WORDS[h], None)
        return self._hedge(Atom(mm.start(), hm.end(), "time", hh=hh % 24, mi=mi, zone="local"))

    def _period_part(self, p: int, low: str, wend: int) -> Atom | None:
        """'the third quarter of 2024', 'the first half of June', 'the second quarter'."""
        text = self.text
        lb = _lookback(_PART_ORD, text, p, self.last_end, 24, G_PART_ORD)
        if lb is None and p and text[p - 1] == "-":  # "third-quarter results"
            lb = _PART_ORD.search(text, max(self.last_end, p - 24), p)
        if lb is None:
            return None
        size = PERIOD_PARTS[low]
        count = 12 // size
        n = PART_ORDINALS[lb["o"].lower()] or count
        if n > count:
            return None
        start = lb.start()
        of = _PART_OF.match(text, wend) if text[wend:wend + 1] in _WS else None
        if of is not None and of["mon"]:
            if low != "half":
                return None  # (a quarter of a month is no usage)
            y = int(of["my"]) if of["my"] else None
            mon = MONTHS[of["mon"]]
            # the first half is days 1-15, the second 16 to the month's end (February's
            # 29th only when the year is written and leap)
            last = calendar.monthrange(y or 2001, mon)[1]  # (no written year: not leap)
            d1, d2 = (1, 15) if n == 1 else (16, last)
            return Atom(start, of.end(), "part", first=Atom(start, of.end(), "date", y, mon, d1),
                        end_atom=Atom(start, of.end(), "date", y, mon, d2))
        m1, m2 = (n - 1) * size + 1, n * size
        if of is not None and of["ry"]:
            # "the first half of this year" (the reference's year + step); "... of the
            # year": the year from context, like "the second quarter"
            atom = _months_part(start, of.end(), None, m1, m2)
            atom.first.yrel = atom.end_atom.yrel = _YEAR_STEP[of["ry"]]
            return atom
        ya = _YEAR_RIGHT_AFTER.match(text, wend) if of is None and low == "quarter" else None
        if of is not None:
            y = int(of["y"])
            end = of.end()
        elif ya is not None:
            y, end = int(ya["y"]), ya.end()  # "Third Quarter 2024 Results"
        elif (lb["the"] or lb["hy"]) and low in ("quarter", "half") and (
                low == "quarter" or lb["hy"]):
            # "the second quarter", "its third-quarter results", "first-half profits":
            # the year from context
            y, end = None, wend
        else:
            return None
        return _months_part(start, end, y, m1, m2)

    def _season(self, p: int, low: str, wend: int) -> Atom | None:
        """'last fall', 'this summer', 'spring 2023' (never a bare season word)."""
        text = self.text
        m1, m2 = SEASONS[low]
        dm = _lookback(_DEICTIC, text, p, self.last_end, 10, G_DEICTIC)
        if dm is not None and dm.group("w").lower() in ("last", "this", "next"):
            if text[max(0, dm.start() - 4):dm.start()].lower() != "the ":
                return Atom(dm.start(), wend, "relative", m=m1, d=m2,
                            rel="season_" + dm.group("w").lower())
        an = _lookback(_THE_REL, text, p, self.last_end, 16, G_THE_REL)
        if an is not None and an.group("w").lower() in ("following", "next", "previous"):
            # "The following spring, the UN created MINUSMA": after the story's month
            w = an.group("w").lower()
            return Atom(an.start(), wend, "relative", m=m1, d=m2,
                        rel="season_" + ("previous" if w == "previous" else "following"))
        sy = _SEASON_YEAR.match(text, wend) if text[wend:wend + 1] in _WS else None
        if sy is None:
            return None
        y = int(sy["y"])
        return _months_part(p, sy.end(), y, m1, m2, y + (m2 < m1))

    def _month(self, p: int, wend: int, word: str) -> Atom | None:
        text = self.text
        mon = MONTHS.get(word)
        if mon is not None:
            full = word
            e = wend
        else:
            full = None
            mon = MONTH_ABBR[word]
            e = wend + 1 if text[wend:wend + 1] == "." else wend
        m = _AFTER_MONTH.match(text, e)
        if m and (m["d1"] or m["y2"] or m["y3"]):
            d1s = m["d1"]
            if d1s:
                me = m.end()
                if text[me:me + 1] in _WS:
                    nxt = _NEXT_WORD.match(text, me)
                    if nxt is not None and nxt["w"] in NAME_HEADS:
                        return None  # "the March 23 Movement", "the June 5 Movement"
                d1 = _DAY_INT[d1s]
                ys = m["y"]
                y = int(ys) if ys else None
                atom = Atom(p, me, "date", y, mon, d1, dateline=self._is_dateline(p))
                if y is None and not m["d2"] and text[me:me + 4] == " of ":
                    rel = _MONTH_OF_REL.match(text, me)
                    if rel is not None and rel["rel"]:
                        # "on May 15 of that year": that year's day, like "May of that year"
                        code = rel["rel"].split()[-1]
                        return Atom(p, rel.end(), "relative", m=mon, d=d1,
                                    rel="month_of_" + code)
                if m["d2"]:
                    d2 = _DAY_INT[m["d2"]]
                    if m["to"] and (d2 <= d1 or m["y"] is None and _next_word(
                            text, m.end("d2")) in _NOT_AFTER_AND_DAY):
                        # "July 25 to 27 soldiers", "May 5 to 3": no range; the date ends
                        # before the connective
                        atom.end = m.start("to")
                        return self._mod(atom)
                    if d2 > d1:
                        first = Atom(p, me, "date", y, mon, d1)
                        atom = Atom(p, me, "range", first=first,
                                    end_atom=Atom(p, me, "date", y, mon, d2))
                    else:
                        atom.end = m.start("d2") - 1
                        while text[atom.end - 1] in " \t-\u2013":
                            atom.end -= 1
                elif y is None and text[me:me + 5] == " and ":
                    am = _AND_DAY.match(text, me)
                    if am is not None and _DAY_INT[am["d"]] > d1 and \
                            _next_word(text, am.end()) not in _NOT_AFTER_AND_DAY:
                        d2 = _DAY_INT[am["d"]]
                        ay = int(am["y"]) if am["y"] else None
                        if _prev_word(text, p) in ("between", "Between"):
                            # "between July 25 and 27": one range, the end inherits the
                            # month
                            atom = Atom(p, am.end(), "range",
                                        first=Atom(p, me, "date", ay, mon, d1),
                                        end_atom=Atom(p, am.end(), "date", ay, mon, d2))
                        else:
                            # "on December 10 and 11": two dates (guidelines 3.4), the
                            # second inheriting the month
                            atom.y = ay
                            ds = am.start("d")
                            self.pending = Atom(ds, am.end(), "date", ay, mon, d2)
                return self._mod(atom)
            y = int(m["y2"] or m["y3"])
            atom = Atom(p, m.end(), "month", y, mon)
            return self._mod(atom)
        # A month name alone.
        if not full:
            return None
        rel = _MONTH_OF_REL.match(text, e) if text[e:e + 1] in _WS else None
        prev = _prev_word(text, p)
        prev_low = prev.lower() if prev is not None else None
        if full in AMBIGUOUS_MONTHS and not rel and not self._linked_to_previous_month(p):
            if p > 0 and text[p - 1] == "-" and text[max(0, p - 4):p].lower() == "mid-":
                pass
            elif prev_low in ("a", "the", "an") and _next_word(text, e) in _MONTH_EVENTS:
                pass  # attributive: "a May election", "the March vote"
            elif key_date_line(text, p, e):
                pass  # a line of key dates: "March - candidates file papers"
            elif prev is None or prev_low not in _MONTH_PREV_OK or prev == "The":
                return None
            elif prev_low == "the":
                return None
        if text[e:e + 1] == " " and not rel and (prev is None or prev_low not in _NAME_PREV_OK):
            nw = _next_word(text, e)
            if nw and nw[:1].isupper() and nw not in MONTHS and nw not in WEEKDAYS:
                return None  # a name: "April Longley Alley"
        if rel:
            code = (rel["rel"] or rel["rel2"]).split()[-1]
            return Atom(p, rel.end(), "relative", m=mon, rel="month_of_" + code)
        atom = Atom(p, e, "month", None, mon)
        dm = _lookback(_DEICTIC, text, p, self.last_end, 12, G_DEICTIC)
        if dm is not None and dm.group("w").lower() != "past":
            atom.start = dm.start()
            atom.kind = "relative"
            atom.rel = "month_" + dm.group("w").lower()
            return self._mod(atom)
        an = _lookback(_THE_REL, text, p, self.last_end, 16, G_THE_REL)
        if an is not None and an.group("w").lower() in _MONTH_ANCHORED:
            # "a summit the following July": counted from the month the story is in
            atom.start = an.start()
            atom.kind = "relative"
            atom.rel = _MONTH_ANCHORED[an.group("w").lower()]
            return self._mod(atom)
        if p > 10 and text[p - 5:p] == ", in ":
            ym = _YEAR_THEN_MONTH.search(text, max(0, p - 16), p)
            if ym is not None:
                # "two coups in 2022, in January and September": the year just before,
                # set off by a comma, is the month's
                atom.y = int(ym["y"])
                return self._mod(atom)
        if text[e + 1:e + 4] in ("and", "or "):
            cm = _AND_MONTH_YEAR.match(text, e)
            if cm is not None:
                # "in January and September 2022": the year written once is both's
                y = int(cm["y"])
                atom.y = y - 1 if mon > MONTHS[cm["mon"]] else y
        return self._mod(atom)

    def _linked_to_previous_month(self, p: int) -> bool:
        if not self.atoms:
            return False
        last = self.atoms[-1]
        if last.m is None or last.kind not in ("month", "date", "part", "range"):
            return False
        gap = self.text[last.end:p]
        return len(gap) <= 12 and _LINK_BEFORE.search(gap.strip() + " ") is not None and \
            gap.strip() in ("and", "or", "to", "through", "until", "till", "-", "\u2013")

    def _weekday(self, p: int, word: str, wend: int) -> Atom | None:
        text = self.text
        prev = _prev_word(text, p)
        if prev in _NON_DATE_WEEKDAY_BEFORE or prev in ("every", "each", "Every", "Each"):
            return None  # "every Sunday": a frequency
        if prev in ("and", "or") and _EVERY_WEEKDAY_AND.search(text, max(0, p - 24), p):
            return None  # "every Tuesday and Friday": both are the frequency
        if prev in ("the", "The") and text[wend:wend + 1] == " " \
                and text[wend + 1:wend + 2].isupper():
            nxt = _next_word(text, wend)
            if nxt is not None and nxt not in MONTHS and nxt not in MONTH_ABBR:
                return None  # "the Monday Market", "the Friday Mosque": a name
        atom = Atom(p, wend, "weekday", wd=WEEKDAYS[word])
        if self.atoms and self.last_end > p - 8 and text[self.last_end:self.last_end + 1] == ",":
            prev = self.atoms[-1]
            g = _APPOS_GAP.fullmatch(text, self.last_end, p)
            if g is not None and prev.kind == "date" and prev.d is not None:
                # "on the twenty-fifth, the Thursday,", "on 25 July, a Thursday,": the
                # weekday names that day (when they agree); its article is in the span
                atom.start, atom.rel = g.start("art"), "wd_appos"
                return atom
        eh = _lookback(_EARLY_HOURS_OF, text, p, self.last_end, 40, G_OF)
        if eh is not None:
            # "the early hours of Monday": one part of that day
            atom.start, atom.kind, atom.part = eh.start(), "part", "night"
            return atom
        pm = _PART_AFTER.match(text, wend) if text[wend:wend + 1] in _WS else None
        if pm:
            atom.end = pm.end()
            atom.kind = "part"
            atom.part = pm["p"]
        anchored = _lookback(_ANCHOR_WD, text, p, self.last_end, 20, G_ANCHOR_WD)
        if anchored is not None:
            atom.start = anchored.start()
            atom.rel = "after_anchor" if anchored["w"] == "following" else "before_anchor"
            return atom
        pre = _lookback(_PREFIX_WD, text, p, self.last_end, 10, G_PREFIX_WD)
        if pre is not None:
            w = pre.group("w").lower()
            atom.start = pre.start()
            if w in ("early", "late"):
                atom.kind = "part"
                atom.mod = "START" if w == "early" else "END"
            else:
                atom.rel = w
        return atom

    def _weekend(self, p: int, low: str, wend: int) -> Atom | None:
        dm = _lookback(_DEICTIC, self.text, p, self.last_end, 10, G_DEICTIC)
        the = _lookback(_THE_ONLY, self.text, p, self.last_end, 8, G_THE)
        if low == "weekends":
            return None
        if dm is not None and dm.group("w").lower() != "past":
            return Atom(dm.start(), wend, "part", part="weekend", rel=dm.group("w").lower())
        if dm is not None:
            # "this past weekend", "over the past weekend": the last one
            tp = _THIS_OR_THE_PAST.search(self.text, max(self.last_end, dm.start() - 6),
                                          dm.start())
            if tp is not None:
                return Atom(tp.start(), wend, "part", part="weekend", rel="last")
        if the is not None:
            no = _NIGHT_OF.match(self.text, wend) if self.text[wend:wend + 4] == " of " \
                else None
            if no is not None:  # "the weekend of Oct. 18-19": the two days named
                two = _two_named_days(no, the.start(), p, wend, "weekend")
                if two is not None:
                    return two
            return Atom(the.start(), wend, "part", part="weekend", rel="the")
        return None

    def _day_part(self, p: int, low: str, wend: int) -> Atom | None:
        text = self.text
        if low in ("noon", "midday", "midnight"):
            prev = _prev_word(text, p)
            if prev and prev.lower() in _AT_TIME_WORDS:
                atom = Atom(p, wend, "time", hh=0 if low == "midnight" else 12, mi=0,
                            zone="local", rel="midnight" if low == "midnight" else None)
                return self._hedge(atom)
            return None
        if low in ("dawn", "dusk", "daybreak", "nightfall", "sunset", "sunrise"):
            prev = _prev_word(text, p)
            if prev and prev.lower() in _AT_TIME_WORDS:
                return Atom(p, wend, "part", part=low, rel="the")
            return None
        if p >= 4 and text[p - 1] == "-" and text[p - 4:p - 1].lower() == "mid" and \
                self.last_end <= p - 4 and (p == 4 or not text[p - 5].isalnum()):
            return Atom(p - 4, wend, "part", part=low, rel="the")  # "by mid-afternoon"
        if self._after_dated_comma(p):
            return Atom(p, wend, "part", part=low, rel="the")  # "Sat 28 Jun, evening -"
        dm = _lookback(_DEICTIC, text, p, self.last_end, 10, G_DEICTIC)
        if dm is not None and dm.group("w").lower() in ("this", "last", "that"):
            return Atom(dm.start(), wend, "part", part=low, rel=dm.group("w").lower())
        an = _lookback(_ANCHORED_PART, text, p, self.last_end, 24, G_ANCHOR_PART)
        if an is not None:
            # "the next morning" (a part of the day after the story's day), "on the same
            # morning" (that day itself, relative like "the same day")
            w = an.group(1).lower()
            return Atom(an.start(), wend, "relative" if w == "same" else "part", unit="D",
                        rel="anchor_" + ("following" if w == "next" else w))
        if low in ("morning", "afternoon", "evening") and p >= 6 and text[p - 1] in _WS:
            el = _EARLY_LATE_BEFORE.search(text, max(self.last_end, p - 14), p)
            if el is not None and _next_word(text, wend) != "of":
                return Atom(el.start(), wend, "part", part=low, rel="the")  # "the early afternoon"
        the = _lookback(_THE_ONLY, text, p, self.last_end, 8, G_THE)
        if the is not None:
            nw = _next_word(text, wend)
            if nw == "of":
                if low == "night":  # "the night of Oct. 27 to 28": one part, two days
                    no = _NIGHT_OF.match(text, wend)
                    if no is not None:
                        two = _two_named_days(no, the.start(), p, wend, "night")
                        if two is not None:
                            return two
                    return _night_of_weekdays(text, the.start(), p, wend)
                return None  # "the night of ...": let the date carry it
            if nw == "from" and low == "night":
                two = _night_of_weekdays(text, the.start(), p, wend)
                if two is not None:
                    return two
            return Atom(the.start(), wend, "part", part=low, rel="the")
        return None

    # -------------------------------------------------------------- units
    def _holiday(self, p: int) -> Atom | None:
        """'Christmas Eve 2016', 'on Christmas Day', "New Year's Eve": that day (its year
        when written, else resolved like a day and month); not a name ("Christmas
        Island")."""
        m = _HOLIDAY.match(self.text, p)
        if m is None or (not m["y"] and (nw := _next_word(self.text, m.end())) is not None
                         and nw[:1].isupper()):
            return None
        name = m.group()[:m.start("y") - p] if m["y"] else m.group()
        mon, day = HOLIDAY_DAYS[" ".join(name.split()).replace("’", "'")]
        if not m["y"] and p >= 5 and self.text[p - 5:p].lower() == "that " and \
                self.last_end <= p - 5:
            # "that Christmas": the one of the year the story is in, like "that August"
            return Atom(p - 5, m.end(), "relative", m=mon, d=day, rel="month_that")
        return Atom(p, m.end(), "date", int(m["y"]) if m["y"] else None, mon, day)

    def _unit(self, p: int, low: str, wend: int) -> Atom | None:
        text = self.text
        if self.epi and low[:4] == "week" and text[wend:wend + 1] == " ":
            ew = _EPI_WEEKS.match(text, wend)
            if ew is not None and 1 <= int(ew["n"]) <= 53:
                # "epidemiological week 41", "week 38 151": the week of the year
                s0 = p
                pre = _EPI_BEFORE.search(text, max(self.last_end, p - 20), p)
                if pre is not None:
                    s0 = pre.start()
                one = Atom(s0, ew.end("n"), "part", rel="iso_week", amount=float(ew["n"]))
                if ew["m"] and int(ew["n"]) < int(ew["m"]) <= 53:
                    two = Atom(s0, ew.end(), "part", rel="iso_week", amount=float(ew["m"]))
                    return Atom(s0, ew.end(), "range", first=one, end_atom=two)
                return one
        if low[:6] == "minute" and text[wend:wend + 6] == " past " and \
                _PAST_HOUR.match(text, wend + 5) is not None:
            return None  # "seven minutes past seven": a clock time, read at "past"
        if low == "year" and p >= 4 and text[p - 4:p] == "New " and text[p - 5:p - 4] != "-" \
                and text[wend + 1:wend + 6] in ("s Day", "s Eve"):
            return self._holiday(p - 4)  # "New Year's Day"
        des, mult = UNITS[low]
        plural = low.endswith("s") or low == "centuries"
        lo = self.last_end
        if low == "century" and p > 3 and text[p - 3:p - 1] in ("st", "nd", "rd", "th"):
            # "the 21st century" -> 2000/2099, "the late 19th century" -> 1800/1899 END
            cb = _CENTURY_BEFORE.search(text, max(lo, p - 24), p)
            if cb is None or not 1 <= int(cb["n"]) <= 21:
                return None
            c0 = (int(cb["n"]) - 1) * 100
            mod = {"early": "START", "mid": "MID", "late": "END"}.get((cb["m"] or "").lower())
            return Atom(cb.start(), wend, "year", value=f"{c0:04d}/{c0 + 99:04d}", mod=mod)
        if text[wend:wend + 1] == "-" and _COMPARISON_TAIL.match(text, wend):
            return None  # "fell 9% year-on-year", "month-on-month": a comparison
        if text[wend:wend + 5] == "-long" and (p == 0 or text[p - 1] != "-") and \
                not text[wend + 5:wend + 6].isalnum():
            # "a decade-long war" (P10Y), "months-long talks" (vague)
            if plural:
                return Atom(p, wend + 5, "duration", approx=True, unit=des)
            return Atom(p, wend + 5, "duration", amount=float(mult), unit=des)
        # "two-day", "18-month" (never "32-year-old")
        if p > 0 and text[p - 1] == "-":
            if low == "year" and text[p - 4:p].lower() == "mid-" and lo <= p - 4 and \
                    (p == 4 or not text[p - 5].isalnum()):
                # "by mid-year": the middle of the year, like "year-end" its end
                return Atom(p - 4, wend, "part", unit="Y", rel="deictic_this", mod="MID")
            if text[wend:wend + 4] == "-old" or text[wend:wend + 5] == " old ":
                return None
            # The number is the word glued to the hyphen ("two five-year terms": five).
            hs = p - 1
            while hs > lo and not text[hs - 1].isspace() and text[hs - 1] not in _OPEN:
                hs -= 1
            if hs >= p - 1 or not text[p - 2].isalnum():
                return None
            n = _parse(text[hs:p - 1])
            if n is None:
                return None
            return Atom(hs, wend, "duration", amount=n * mult, unit=des)
        tok = _prev_tok(text, p, lo)
        if tok in _MORE_WORDS:
            # "up to five more years": the number before "more" counts the unit
            k = p - 1
            while k > lo and text[k - 1] in _WS:
                k -= 1
            k -= len(tok)
            t2 = _prev_tok(text, k, lo)
            if t2 and _numberish(t2):
                p, tok = k, t2
        if not tok:
            return self._bare_plural(p, wend, des) if plural else None
        quoted = tok[0] in _OPEN and _numberish(tok.lstrip(_OPEN))  # '"Three months'
        if tok not in ("a", "an", "and") and (_numberish(tok) or quoted) \
                and tok[-1] not in ";:,":  # ("week 38 151; week 39": no number of weeks)
            ne = p
            while ne > lo and text[ne - 1] in _WS:
                ne -= 1
            ns = _number_before(text, ne, lo) if p - ne <= 3 else None
            if ns is None and quoted and p - ne <= 3:
                ns = ne - len(tok.lstrip(_OPEN))
            if ns is None:
                return None
            ntext = text[ns:ne]
            n = _parse(ntext)
            if n is None:
                return None
            if text[wend:wend + 4] == " old":
                return None  # ages: "34 years old"
            if des == "Y" and mult == 1 and isinstance(n, int) and 1900 <= n <= 2099:
                return None
            if n == 1 and des == "D" and ntext.lower() == "one" and (
                    text[wend:wend + 1] == "," or _prev_tok(text, ns, lo) in _SOMEDAY_BEFORE):
                return None  # "One day, he left", "May we one day watch ...": not a duration
            atom = Atom(ns, wend, "duration", amount=n * mult, unit=des)
            if text.startswith(" and ", wend) and mult == 1:
                atom = self._compound(atom)
            if "dozen" in ntext.lower():
                atom.approx = True
            low_first = _prev_tok(text, ns, lo)
            if low_first in ("to", "or"):
                # "four to six months", "two or three days": one vague duration.
                j = ns - 1
                while j > lo and text[j - 1] in _WS:
                    j -= 1
                j -= len(low_first)
                k = j
                while k > lo and text[k - 1] in _WS:
                    k -= 1
                fs = _number_before(text, k, lo) if k < j else None
                if fs is not None and _parse(text[fs:k]) is not None:
                    atom.start = fs
                    atom.amount = None
                    atom.approx = True
                    if _prev_tok(text, fs, lo) in AGE_WORDS:
                        return None  # "children aged 6 to 59 months": ages are figures
                    return self._duration_prefix(atom)
            if low_first in AGE_WORDS:
                return None
            atom = self._duration_prefix(atom, low_first)
            if atom is not None and low_first in ("first", "last") and des in ("M", "W", "D") \
                    and text[wend:wend + 4] == " of " and n == int(n) and 1 <= n:
                return self._first_units_of(atom, int(n), des, low_first, wend)
            return atom
        if tok in G_A:
            if plural:
                return None
            a = _A_BEFORE.search(text, max(lo, p - 8), p)
            return self._a_unit(p, a, des, mult, wend) if a is not None else None
        if plural:
            if tok in G_VAGUE_Q:
                q = _VAGUE_Q.search(text, max(lo, p - 24), p)
                if q is not None:
                    if _prev_tok(text, q.start(), lo) in G_RATE:
                        return None  # "once every few weeks"
                    return Atom(q.start(), wend, "duration", approx=True, unit=des)
            if tok in G_VAGUE_REL:
                v = _VAGUE_REL.search(text, max(lo, p - 30), p)
                if v is not None and tok in ("last", "final") and low in ("days", "weeks") \
                        and _DAYS_OF_PERIOD.match(text, wend) is not None:
                    return None  # "the final days of August": a part of the month, read there
                if v is not None:
                    return Atom(v.start(), wend, "relative", approx=True, unit=des,
                                rel="vague")
            if low == "hours" and tok in ("early", "small", "wee") and \
                    text[max(lo, p - len(tok) - 5):p - len(tok) - 1].lower() == "the " and \
                    _next_word(text, wend) != "of":
                # "came in the early hours": a part of the day (the night before dawn)
                return Atom(p - len(tok) - 5, wend, "part", part="night", rel="the")
            if tok == "the" and text[wend:wend + 6] == " ahead":
                return Atom(p - 4, wend + 6, "relative", approx=True, unit=des, rel="vague") \
                    if text[p - 4:p - 1].lower() == "the" else None
            return self._bare_plural(p, wend, des)
        return self._singular(p, low, des, mult, wend, tok)

    def _duration_prefix(self, atom: Atom, tok: str | None = None) -> Atom:
        """``tok``: the word before the atom when the caller has it already."""
        text = self.text
        if tok is None:
            tok = _prev_tok(text, atom.start, self.last_end)
        if tok in G_RATE or tok.lstrip(_OPEN) in G_RATE:
            return None  # "every two weeks", '"Every six months': a frequency
        if tok in G_THE_ORD:
            t = _THE_ORD.search(text, max(self.last_end, atom.start - 24), atom.start)
            if t is not None and t.group("the"):
                atom.start = t.start()
                return atom
        elif tok == "the":
            the = _THE_ONLY.search(text, max(self.last_end, atom.start - 8), atom.start)
            if the is not None:
                atom.start = the.start()
                return atom
        if text[atom.end:atom.end + 4] == " ago":
            ago = _AGO.match(text, atom.end)
        elif text[atom.end:atom.end + 6] == " from ":
            ago = _FROM_NOW.match(text, atom.end)
        else:
            ago = None
        if tok in G_HEDGE:
            atom = self._hedge(atom, tok)
        if ago:
            atom.end = ago.end()
            atom.kind = "relative"
            atom.rel = "ago" if text[atom.end - 3:atom.end] == "ago" else "from_now"
            if text[atom.end:atom.end + 6].lower() == " today" \
                    and not text[atom.end + 6:atom.end + 7].isalnum():
                atom.end += 6  # "three years ago today": that very day, an anniversary
                atom.rel = "ago_today"
        return atom

    def _compound(self, atom: Atom) -> Atom:
        """'about one year and 10 months' -> P1Y10M: a whole number of the next smaller
        unit after "and" joins the duration (years+months, months+days, hours+minutes)."""
        small = _SMALLER_UNIT.get(atom.unit or "")
        amount = atom.amount
        if small is None or amount is None or amount != int(amount):
            return atom
        m = _AND_SMALLER.match(self.text, atom.end)
        if m is None or UNITS[m["u"]][0] != small:
            return atom
        n = _parse(m["n"])
        if not isinstance(n, int) or n < 1:
            return atom
        atom.end = m.end()
        if small == "TM":
            atom.value = f"PT{int(amount)}H{n}M"
        else:
            atom.value = f"P{int(amount)}{atom.unit}{n}{small}"
        return atom

    def _first_units_of(self, atom: Atom, n: int, des: str, which: str, wend: int) -> Atom:
        """'the first nine months of 2024' -> 2024-01/2024-09; 'the first ten days of
        May' -> May 1-10 (kind part). Otherwise the duration stays."""
        of = _PART_OF.match(self.text, wend)
        if of is None:
            return atom
        if des == "M" and (of["y"] or of["ry"]) and n <= 12:
            m1, m2 = (1, n) if which == "first" else (13 - n, 12)
            if of["ry"]:
                # "the first five months of the year": the year from context, like "the
                # first half of the year"; "of this year" the reference's
                part = _months_part(atom.start, of.end(), None, m1, m2)
                part.first.yrel = part.end_atom.yrel = _YEAR_STEP[of["ry"]]
                return part
            y = int(of["y"])
            return Atom(atom.start, of.end(), "part", first=Atom(atom.start, of.end(), "month",
                                                                   y, m1),
                        end_atom=Atom(atom.start, of.end(), "month", y, m2))
        days = n if des == "D" else n * 7 if des == "W" else 0
        if days and of["mon"] and days <= 28:
            # "the first ten days of May" -> May 1-10, "the first two weeks of October"
            # -> October 1-14, "the last week of January" -> January 25-31
            y = int(of["my"]) if of["my"] else None
            mon = MONTHS[of["mon"]]
            if which == "first":
                d1, d2 = 1, days
            elif mon == 2 and y is None:
                return atom  # February's last days need its year
            else:
                d2 = calendar.monthrange(y or 2001, mon)[1]
                d1 = d2 - days + 1
            return Atom(atom.start, of.end(), "part", first=Atom(atom.start, of.end(), "date",
                                                                   y, mon, d1),
                        end_atom=Atom(atom.start, of.end(), "date", y, mon, d2))
        return atom

    def _a_unit(self, p: int, a: re.Match, des: str, mult: int, wend: int) -> Atom | None:
        text = self.text
        start = a.start()
        amount = float(mult)
        end = wend
        half = _AND_HALF.match(text, wend)
        if half:
            amount = mult * 1.5
            end = half.end()
        if text[max(self.last_end, start - 5):start] in ("half ", "Half "):
            start -= 5
            amount = mult * 0.5
        atom = Atom(start, end, "duration", amount=amount, unit=des)
        tok = _prev_tok(text, start, self.last_end)
        if tok in G_HEDGE and tok != "some":
            hedged = self._hedge(atom, tok)
            if hedged.approx:
                return hedged
        prev = _prev_word(text, start)
        nw = _next_word(text, end)
        not_rate = nw in _NOT_RATE_AFTER  # ("40,000 a year ago / earlier" is no rate)
        if prev is not None and not not_rate:
            pl = prev.lower()
            if pl in _RATE_BEFORE or pl in ("million", "billion", "thousand", "hundred",
                                            "dollars", "euros", "francs", "times") \
                    or pl[:1].isdecimal():
                return None
        before = text[max(0, start - 3):start]
        if not not_rate and any(ch.isdecimal() for ch in before) \
                and before[-2:-1] not in (",", ";", ":"):
            return None  # "$10 million a month" written "10m a month" (not "2020, a year")
        if prev is not None and prev.lower() in ("for", "within", "in", "after", "over",
                                                   "than", "about", "nearly", "almost",
                                                   "around", "least", "past", "barely",
                                                   "lasted", "last", "spent", "took",
                                                   "under", "during"):
            return self._duration_prefix(atom)
        if nw is not None and nw.lower() in ("ago", "later", "earlier", "after", "before",
                                             "long", "of", "into", "late", "overdue"):
            if not not_rate and prev is not None and prev[-1:] == "s" and prev.isalpha():
                # "80,000 barrels a day after ...": a count of a plural noun, then "a
                # day", is a rate whatever follows
                ps = start - 1
                while ps > 0 and text[ps - 1] in " \t":
                    ps -= 1
                ps -= len(prev)
                while ps > 0 and text[ps - 1] in " \t":
                    ps -= 1
                if ps > 0 and _number_before(text, ps, self.last_end) is not None:
                    return None
            return self._duration_prefix(atom)
        if text[end:end + 2] in ("'s", "\u2019s") and not text[end + 2:end + 3].isalnum():
            return self._duration_prefix(atom)  # "a year's notice", "a month's salary"
        if nw == "to" and _TIME_GIVEN.search(text, max(self.last_end, start - 60), start) \
                and not any(ch.isdecimal() for ch in text[max(0, start - 24):start]):
            # "gave the leaving states a year to settle", "had a week to leave" (not a
            # rate: "200 trucks a day to feed")
            return self._duration_prefix(atom)
        return None

    def _bare_plural(self, p: int, wend: int, des: str) -> Atom | None:
        text = self.text
        pword, punct = _prev_word_punct(text, p)
        prev = pword.lower() if pword and not punct else None
        nw = _next_word(text, wend)
        if prev == "the" and nw in ("that", "which"):
            f = _THAT_FOLLOWED.match(text, wend)
            if f is not None:
                # "in the weeks that followed": like "the following weeks", a vague period
                return Atom(p - 4, f.end(), "relative", approx=True, unit=des, rel="vague")
        if prev in ("the", "these", "those", "early", "small", "wee", "late", "many", "of",
                    "final", "first"):
            return None
        ok = prev in VAGUE_CONTEXT or (nw is not None and nw.lower() in (
            "after", "before", "later", "earlier", "ago", "of", "afterwards", "into",
            "passed", "went", "overdue", "late", "away",  # ("the rains are months away")
        )) or (p == 0 or text[max(0, p - 2):p] in (". ", "\n", '"', "\u201c"))
        if prev is None and punct == "," and nw is not None \
                and nw.lower() in ("after", "before", "later", "earlier", "ago"):
            ok = True
        if not ok:
            return None
        atom = Atom(p, wend, "duration", approx=True, unit=des)
        ago = _AGO.match(text, wend)
        if ago:
            atom.end = ago.end()
            atom.kind = "relative"
            atom.rel = "vague"
        return atom

    def _singular(self, p: int, low: str, des: str, mult: int, wend: int,
                  tok: str) -> Atom | None:
        text = self.text
        lo = self.last_end
        if low == "year" and text[wend:wend + 4] == "-end" and \
                not text[wend + 4:wend + 5].isalpha():
            return Atom(p, wend + 4, "part", unit="Y", rel="deictic_this", mod="END")
        if low == "week" and tok in ("first", "last") and \
                text[max(lo, p - 10):p - len(tok) - 1].lower().endswith("the "):
            # "the first week of January" -> January 1-7 (else no date / a duration)
            atom = Atom(p - len(tok) - 5, wend, "duration", amount=7.0, unit="D")
            part = self._first_units_of(atom, 1, "W", tok, wend)
            if part is not atom:
                return part
        if tok == "same" and low in ("day", "week", "month", "year") and p - 10 >= lo and \
                text[p - 10:p].lower() == "that same " and not text[p - 11:p - 10].isalnum():
            # "created a state mining company that same year": "that year"
            return Atom(p - 10, wend, "relative", unit=des, rel="anchor_same")
        if tok == "another" and low != "day" and p - 8 >= lo and \
                text[p - 8:p].lower() == "another " and not text[p - 9:p - 8].isalnum():
            # "extends the state of emergency for another year": one more
            return Atom(p - 8, wend, "duration", amount=float(mult), unit=des)
        t = _lookback(_THE_REL, text, p, lo, 24, G_THE_REL, tok)
        if t is not None:
            w = t.group("w")
            if w == "next" and low in ("week", "month", "year") and \
                    _prev_tok(text, t.start(), lo) not in G_SPAN_PREPS:
                # "The low point came the next year": the year after the one in context.
                return Atom(t.start(), wend, "relative", unit=des, rel="anchor_following")
            if w in ("past", "last", "next", "coming", "preceding") and low != "day":
                return Atom(t.start(), wend, "duration", amount=float(mult), unit=des)
            if w in ("following", "previous", "same") and low in ("day", "week", "month",
                                                                   "year"):
                return Atom(t.start(), wend, "relative", unit=des, rel="anchor_" + w)
            if w == "next" and low == "day":
                return Atom(t.start(), wend, "relative", unit=des, rel="anchor_following")
            return None
        if tok == "the" and low in ("week", "month", "year") and \
                text[wend:wend + 13] == " under review" and text[p - 4:p].lower() == "the ":
            # "during the week under review" (a military briefing's idiom): that span
            return Atom(p - 4, wend + 13, "duration", amount=float(mult), unit=des)
        if tok == "the" and low in ("month", "year") and \
                _SUPERLATIVE_OF_THE.search(text, max(lo, p - 40), p) is not None:
            # "on course to be the deadliest of the year": the current one
            return Atom(p - 4, wend, "relative", unit=des, rel="deictic_this")
        if tok == "the" and low in ("day", "week", "month", "year"):
            # "The week before, ...", "the day after.": relative to the story's day
            ba = _BEFORE_AFTER.match(text, wend)
            if ba is not None and text[p - 4:p - 1].lower() == "the":
                return Atom(p - 4, ba.end(1), "relative", unit=des,
                            rel="anchor_previous" if ba[1] == "before" else "anchor_following")
        e = _lookback(_END_OF_THE, text, p, lo, 32, G_END_OF, tok)
        if e is not None and low in ("year", "month", "week"):
            pos = e.group("pos").lower()
            mod = {"end": "END", "start": "START", "beginning": "START", "middle": "MID"}[pos]
            w = e.group("w").lower()
            # ("the end of the month" may mean the month just narrated: deictic_the)
            return Atom(e.start(), wend, "part", unit=des, rel="deictic_" + w, mod=mod)
        dm = _lookback(_DEICTIC, text, p, lo, 10, G_DEICTIC, tok)  # ('"Last year we ...')
        if dm is not None and low in ("year", "month", "week", "day"):
            w = dm.group("w").lower()
            if w == "past":
                return None
            if w == "that":
                return Atom(dm.start(), wend, "relative", unit=des, rel="anchor_same")
            if low == "day":
                return None
            atom = Atom(dm.start(), wend, "relative", unit=des, rel="deictic_" + w)
            later = _lookback(_LATER, text, atom.start, lo, 12, G_LATER)
            if later is not None:
                atom.start = later.start()
                return atom
            return self._mod(atom)
        return None


# ---------------------------------------------------------------- ranges
def _join_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """'from 2013 to 2022', 'between March and May' become one range atom."""
    out: list[Atom] = []
    point = _POINT_KINDS
    prev: Atom | None = None  # out[-1]
    for atom in atoms:
        # (the distance first: most neighbours are too far apart to be joined)
        if prev is not None and atom.start - prev.end <= 12 and (atom.kind in point or (
                atom.rel is not None and atom.rel[:9] == "month_of_" and prev.kind == "month"
                and prev.y is None)) and \
                prev.kind in point and prev.end_atom is None and prev.rel is None and (
                atom.rel is None or atom.kind == "relative"):
            # (also "between January and June this year": the year written once, at the end)
            gap = text[prev.end:atom.start]
            # (the whole gap is the connective: a match from its start)
            g = _RANGE_GAP.match(gap) if gap else None
            if g is not None:
                conn = g.group("c")
                fb = _FROM_BEFORE.search(text, max(0, prev.start - 12), prev.start)
                ok = False
                if fb is not None:
                    w = fb.group("w").lower()
                    ok = (w == "between" and conn == "and") or (
                        w == "from" and conn not in ("and",))
                    if ok and w == "from":
                        ok = not _shifted(text, fb.start())
                elif conn in _DATE_TO_DATE and ((
                        prev.kind == "date" == atom.kind and
                        prev.d is not None and atom.d is not None) or (
                        prev.kind == "month" == atom.kind and
                        prev.y is not None and atom.y is not None) or (
                        prev.kind == "year" == atom.kind and prev.y is not None
                        and atom.y is not None and prev.y < atom.y) or (
                        prev.kind == "time" == atom.kind)):
                    # two whole days need no "from": "27 June–3 July 2025", "Friday 27
                    # June to Thursday 3 July" (but "moved 2 June to 9 June" is a shift);
                    # nor two months with their years ("Outlook, June 2017 to January 2018"),
                    # nor two clock times ("17:30–19:00 GMT", "10 p.m.-5 a.m."), nor two
                    # years in order ("the audit covered the years 2019 to 2023")
                    ok = not _shifted(text, prev.start)
                if ok and _compatible(prev, atom):
                    merged = Atom(prev.start, atom.end, "range", first=prev, end_atom=atom,
                                  approx=prev.approx or atom.approx)
                    out[-1] = prev = merged
                    continue
                if conn == "and" and prev.kind == "date" == atom.kind and \
                        prev.y is None and atom.y is not None and prev.m and atom.m and \
                        prev.yrel is None and not prev.dateline:
                    # "signed on May 15 and June 20, 2015": the year written once is both's
                    prev.y = atom.y - 1 if prev.m > atom.m else atom.y
        out.append(atom)
        prev = atom
    return out


# Weekday abbreviations before a day and month ("Tue 1 Jul", "Sat. 28 June"); alone
# they are words ("Sun", "Sat") or too rare to read.
_WD_ABBR = {str(a): str(w) for a, w in _D["weekday_abbreviations"].items()}
_WD_ABBR_LAST = frozenset(a[-1] for a in _WD_ABBR) | {"."}
_WD_ABBR_BEFORE = re.compile(r"(?<![\w.])(?P<w>" + "|".join(sorted(_WD_ABBR, key=len, reverse=True))
                             + r")\.?[ ]\Z")
# "at", "at about", "around" before a bare clock time, and the word before them
_CLOCK_LEAD = re.compile(r"(?:(?<![\w'])([A-Za-z]+)[ \t]+)?(?:[Aa]t(?:[ \t]+(?:about|around|"
                         r"approximately))?|[Aa]round)[ \t]+\Z")
_CLOCK_PAIR = re.compile(
    r"(?:between|from)[ \t]+(\d{4})[ \t]+(?:and|to|until)[ \t]+(\d{4})(?![\w,.]\d)")
_VALUING_VERBS = frozenset(["stood", "stands", "put", "puts", "estimated", "estimates", "set",
                            "pegged", "fixed", "capped", "totalled", "totaled", "valued",
                            "priced", "sold", "bought", "trading", "traded", "closed",
                            "opened", "is", "was", "were", "are"])
# "12/02" (no year after it), a dash after an entry's date, and what may open the line
# before it: nothing, a bullet, or a dateline's place in capitals and a comma
_DAY_SLASH_MONTH = re.compile(r"(?P<d>[0-3]?[0-9])/(?P<m>[01]?[0-9])(?![\w/])(?!\.[0-9])")
_DASH_AFTER = re.compile(r"[ \t]+[-\u2013\u2014][ \t]")
_ENTRY_HEAD = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]+)?(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de' .-]+,[ \t]+)?")
# A list entry's label and dash before its date and colon ("6. Niger (Tillabéri) - ")
_LABEL_DASH_HEAD = re.compile(
    r"[ \t]*(?:\d{1,2}[.)][ \t]+|[-*\u2022][ \t]+)?[A-Z\u00c0-\u00de][^\n:]{0,40}?"
    r"[ \t][-\u2013\u2014][ \t]")
_CLOCK_AFTER_DAY = re.compile(
    r",[ \t]{1,3}(?:(?:from|at|until|by)[ \t]{1,3})?(?:(?:around|about|approximately|approx\."
    r"|circa|shortly[ \t]after)[ \t]{1,3})?")
_POINT_KINDS = frozenset(["date", "month", "year", "weekday", "part", "time"])
_DATE_TO_DATE = frozenset(["to", "through", "until", "till", "-", "\u2013", "\u2014"])


# "may we one day watch", "will one day return": "one day" is "some day"
_SOMEDAY_BEFORE = frozenset(["we", "i", "you", "they", "he", "she", "it", "will", "would",
                             "may", "might", "could", "can", "shall", "should", "must"])
# "the deadliest of the year", "the highest monthly toll of the year"
_SUPERLATIVE_OF_THE = re.compile(
    r"(?<![\w])(?:" + "|".join(str(w) for w in _D["superlatives"])
    + r")(?:[ \t]+[a-z]+){0,2}[ \t]+of[ \t]+the[ \t]+\Z")
_EPI_WEEKS = re.compile(
    r" (?P<n>\d{1,2})(?:[ \t]+(?:to|-|\u2013)[ \t]+(?P<m>\d{1,2}))?(?![\d]|[.,]\d)")
_EPI_BEFORE = re.compile(r"(?<![\w])(?:[Ee]pidemiological|[Ee]pi)[ \t]+\Z")
def _afternoon(h: int, part: str | None) -> int:
    """An hour of a 12-hour clock written without a.m./p.m. ("8 o'clock", "half past
    seven"): 1-6 is the afternoon, unless a part of the day says otherwise."""
    return h + 12 if (part and part != "morning") or (not part and 1 <= h <= 6) else h


def _night_of_weekdays(text: str, start: int, p: int, wend: int) -> Atom | None:
    """"the night of (from) Tuesday to Wednesday" after "night" at p: one part over the
    two days in a row, or None."""
    nw = _NIGHT_OF_WEEKDAYS.match(text, wend)
    if nw is None:
        return None
    w1, w2 = WEEKDAYS[nw["w1"]], WEEKDAYS[nw["w2"]]
    if w2 != (w1 + 1) % 7:
        return None
    return Atom(start, nw.end(), "part", part="night", first=Atom(p, wend, "weekday", wd=w1),
                end_atom=Atom(p, wend, "weekday", wd=w2))


_CAPS_MONTH_YEAR = re.compile(r" (?:19|20)\d\d(?![\w])")


def _post_stamp(text: str, s: int, e: int) -> bool:
    """Whether the clock time at text[s:e] ends a short line set off by a middle dot or
    a bar: a social-media post's stamp ("1/8 · 26 Aug 2024, 07:52", "2/8 · 07:55")."""
    if e < len(text) and text[e] != "\n":
        return False
    ls = text.rfind("\n", max(0, s - 41), s) + 1
    if ls == 0 and s > 40:
        return False
    head = text[ls:s]
    return ("\u00b7" in head or "|" in head or "\u2022" in head) and "." not in head[-3:]


def key_date_line(text: str, s: int, e: int, alone: bool = False) -> bool:
    """Whether the date or time at text[s:e] opens a line and a dash or colon follows it
    (a list of key dates, a live entry: "March - candidates file papers", "10:42 -
    Gunfire is heard"); with ``alone``, also when it ends the line ("15:10")."""
    if s and text[s - 1] != "\n":
        return False
    if text[e:e + 3] in (" - ", " – ", " — ") or text[e:e + 1] == ":":
        return True
    return alone and (e == len(text) or text[e] == "\n")


def _shifted(text: str, pos: int) -> bool:
    """A verb of moving a date in the four words before ``pos`` (in its clause): "moved
    from 2 June to 9 June" names two dates, not a range."""
    parts = re.split(r"[,;:.()]", text[max(0, pos - 80):pos].lower())
    before = parts[-1].split()
    if any(b in SHIFT_VERBS for b in before[-4:]):
        return True
    if len(before) > 4 and any(b in SHIFT_VERBS for b in before[-9:]) and \
            any(w in _MOVED_NOUNS for w in before[-8:]):
        return True  # "postponed the start of the school year from Oct. 1 to Nov. 4"
    # "move the closing date by two years, from June 30, 2018 to June 30, 2020": the
    # clause just before the comma moves a date
    if not before and len(parts) > 1:
        words = parts[-2].split()[-8:]
        return any(b in SHIFT_VERBS for b in words) and any(w in _MOVED_NOUNS for w in words)
    return False


_MOVED_NOUNS = frozenset(str(w) for w in _D["moved_nouns"])


def _compatible(a: Atom, b: Atom) -> bool:
    if a.kind == "time" or b.kind == "time":
        return a.kind == b.kind  # "from 10 p.m. to 5 a.m."
    if a.kind == "weekday" or b.kind == "weekday":
        return a.kind == b.kind
    if a.value is not None or b.value is not None:
        return False  # decades
    return (a.m is None) == (b.m is None) or a.kind == "part" or b.kind == "part"


# ---------------------------------------------------------------- API
def _month_pair(prev: Atom, atom: Atom) -> bool:
    """Two months that a dash (or "-to-") joins into one range: plain months, the year
    written on the second if on either ("June-August", "June-August 2024")."""
    return prev.kind == "month" and atom.kind == "month" and prev.rel is None \
        and atom.rel is None and prev.mod is None and (prev.y is None or atom.y is not None)


def _join_parts(text: str, atoms: list[Atom]) -> list[Atom]:
    """Multi-part expressions read as one span (one pass over neighbouring atoms):
    'Thursday 23 May' (a weekday before its date), '6 June this year' (a date or month
    with a deictic year), 'Wednesday last week' (a weekday of a deictic week) and
    'June-August' (two month names joined by a dash, no blank)."""
    out: list[Atom] = []
    prev: Atom | None = None  # out[-1]
    for atom in atoms:
        # (every join needs a gap of one character: most neighbours are further apart;
        # but "Saturday, July 11", "Thursday, 9 January 2020": a weekday, a comma, its date)
        gap_len = atom.start - prev.end if prev is not None else 0
        if gap_len != 1 or prev.end_atom is not None or atom.end_atom is not None:
            if gap_len == 2 and atom.kind == "date" and prev.rel is None and \
                    atom.d is not None and atom.end_atom is None and not atom.dateline and \
                    (prev.kind == "weekday" or (prev.kind == "part" and prev.part == "night"
                                                and prev.wd is not None)) and \
                    text[prev.end:atom.start] == ", ":
                if prev.kind == "part":  # "the early hours of Tuesday, September 10"
                    atom.kind, atom.part = "part", "night"
                atom.start = prev.start
                atom.dow = prev.wd
                out[-1] = prev = atom
                continue
            if gap_len == 4 and _month_pair(prev, atom) and \
                    text[prev.end:atom.start].lower() == "-to-":
                # "the June-to-August lean season": one range, as with a dash
                out[-1] = prev = Atom(prev.start, atom.end, "range", first=prev, end_atom=atom)
                continue
            out.append(atom)
            prev = atom
            continue
        gap = text[prev.end]
        if gap == " ":
            if prev.kind == "weekday" and prev.rel is None and atom.kind == "date" and \
                    not atom.dateline:
                atom.start = prev.start
                atom.dow = prev.wd
                out[-1] = prev = atom
                continue
            if prev.kind == "part" and prev.part == "night" and prev.wd is not None and \
                    prev.rel is None and atom.kind == "date" and not atom.dateline and \
                    atom.d is not None:
                # "the early hours of Friday 13 February": that day's part
                atom.start, atom.dow, atom.kind, atom.part = prev.start, prev.wd, "part", "night"
                out[-1] = prev = atom
                continue
            if atom.kind == "relative" and atom.rel in _DEICTIC_STEP and \
                    atom.start + 4 < atom.end and text[atom.start:atom.start + 4].lower() in (
                        "this", "last", "next"):
                step = _DEICTIC_STEP[atom.rel]
                if atom.unit == "Y" and prev.kind in ("date", "month") and prev.y is None \
                        and prev.m is not None and prev.rel is None and not prev.dateline:
                    prev.end, prev.yrel = atom.end, step
                    continue
                if atom.unit == "W" and prev.kind == "weekday" and prev.rel is None:
                    prev.end, prev.kind, prev.rel = atom.end, "relative", f"week_{step}"
                    continue
        elif (gap == "-" or gap == "\u2013") and _month_pair(prev, atom):
            # "the June-August lean season": one range without "from"
            out[-1] = prev = Atom(prev.start, atom.end, "range", first=prev, end_atom=atom)
            continue
        out.append(atom)
        prev = atom
    return out


_DEICTIC_STEP = {"deictic_this": 0, "deictic_last": -1, "deictic_next": 1}


# "Q4 2024", "Q3": a quarter written as in data briefs and company reports (a capital Q
# and one digit, 1-4, as a word of its own). The pattern opens with the literal "Q" (the
# word-start test comes after it) so the regex engine skips ahead in C; a pattern that
# opens with a look-behind is tried at every position ("al-Qaeda" is in most texts).
# "Q4 2024" and "FY2025" (a fiscal year): data briefs' and company reports' written
# periods. Each pattern opens with a literal, so the engine skips ahead in C; "FY" is
# looked for only in a text that holds it. (Half-years, "H1 2024", are not read: a
# check for them cost 0.3% of the pipeline for a form Sahel copy hardly writes.)
_QUARTER = re.compile(r"Q(?<!\wQ)(?P<q>[1-4])(?![\w])(?:[ \t\u00a0](?P<y>" + _YEAR + "))?")
_FISCAL_YEAR = re.compile(r"FY(?<!\wFY)[ \t]?(?P<fy>" + _YEAR + r")(?![\w])")
# a half-year, only with its year ("H1 2024"; a bare "H2" is too often a label)
_HALF_YEAR = re.compile(r"H(?<!\wH)(?P<h>[12])[ \t\u00a0](?P<y>" + _YEAR + ")")


def _quarters(text: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` with each written quarter ("Q4 2024" -> months 10-12 of 2024; "Q3" -> of
    the year the context gives), in place of the atoms inside its span (the year)."""
    found = []
    for m in _QUARTER.finditer(text):
        q = int(m["q"])
        y = int(m["y"]) if m["y"] else None
        found.append(_months_part(m.start(), m.end(), y, 3 * q - 2, 3 * q))
    if "H1 " in text or "H2 " in text:
        found.extend(_months_part(m.start(), m.end(), int(m["y"]), 6 * int(m["h"]) - 5,
                                  6 * int(m["h"])) for m in _HALF_YEAR.finditer(text))
        found.sort(key=lambda a: a.start)
    if "FY" in text:
        fiscal = [Atom(m.start(), m.end(), "year", y=int(m["fy"]))
                  for m in _FISCAL_YEAR.finditer(text)]
        if fiscal:
            found = sorted(found + fiscal, key=lambda a: a.start)
    if not found:
        return atoms
    # Both lists are in text order and the quarters never overlap: one sweep each (a
    # data brief may hold thousands of quarters and years).
    kept: list[Atom] = []
    qi, nq = 0, len(found)
    for a in atoms:
        while qi < nq and found[qi].end <= a.start:
            qi += 1
        if qi < nq and found[qi].start <= a.start and a.end <= found[qi].end:
            continue  # the year of "Q4 2024"
        kept.append(a)
    # a quarter overlapped by an atom kept (the furthest end of those starting before it)
    free: list[Atom] = []
    k, nk, reach = 0, len(kept), -1
    for q in found:
        while k < nk and kept[k].start < q.end:
            reach = max(reach, kept[k].end)
            k += 1
        if reach <= q.start:
            free.append(q)
    return sorted(kept + free, key=lambda a: a.start)


_ORDINAL_FIRST = frozenset("snrt")
_ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
_AFTER_ORDINAL_DAY = frozenset([",", ".", ";", ":", "!", "?", ")", "\n", ""])
_APPOS_GAP = re.compile(r",[ \t]+(?P<art>(?:the|a)[ \t]+)")



# Month and weekday names in capitals: a line in capitals holding one is read title-cased
# ("SUNDAY 5 SEPTEMBER" heading a live page, "MONDAY 6 SEPTEMBER 2021").
_CAPS_DATE_NAMES = tuple(sorted({w.upper() for w in (*MONTHS, *WEEKDAYS) if len(w) > 3}))


def _caps_lines_title_cased(text: str) -> str:
    """``text`` with every line written in capitals that holds a month or weekday name
    title-cased (the same length, so offsets hold); ``text`` itself when there is none."""
    parts, pos = [], 0
    for m in _CAPS_LINE.finditer(text):
        line = m.group()
        titled = line.title()
        if len(titled) == len(line) and any(w in line for w in _CAPS_DATE_NAMES):
            parts += (text[pos:m.start()], titled)
            pos = m.end()
    return "".join(parts) + text[pos:] if parts else text


# a line of capitals, digits, blanks and date punctuation, at most 60 characters
_CAPS_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z0-9 \t,.:/'\u2019-]{3,59}$")


def scan_atoms(text: str, field: str = "body") -> list[Atom]:
    """Atoms of one field (unresolved), multi-part expressions and ranges joined."""
    scanner = _Scanner(text, field)
    atoms = scanner.run()
    if scanner.caps_names:
        # A month or weekday in capitals (the scan meets them anyway): lines in capitals
        # are read again title-cased (rare: a live page's "SUNDAY 5 SEPTEMBER")
        titled = _caps_lines_title_cased(text)
        if titled is not text:
            text = titled
            atoms = _Scanner(text, field).run()
    atoms = _quarters(text, atoms)
    if len(atoms) > 1:
        atoms = _join_parts(text, atoms)
    return _join_ranges(text, atoms)


def extract_dates(article: Article, locate: SentenceLocator) -> list[DateMention]:
    from sahel_tui.facts.date_resolution import resolve_article

    title_atoms = scan_atoms(article.title or "", "title")
    body_atoms = scan_atoms(article.body or "", "body")
    return resolve_article(article, locate, title_atoms, body_atoms)
