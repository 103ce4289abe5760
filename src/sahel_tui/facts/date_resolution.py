"""Resolving date atoms to ISO 8601 values, left to right through an article.

The reference is ``article.published``. Without it, a dateline that states its year
("BAMAKO, Sept 17, 2024") stands in; otherwise deictic expressions ("Tuesday", "last
month", "next week") get ``None``, while explicit or context-certain dates still
resolve. The context remembered while reading: the last day-precise date (for "the
same day", "overnight", "the morning", a clock time), the last month with a year (for a
month without year in the same sentence or a narrative paragraph), the last year (for
"that August", "August of that year"). See docs/extraction.md, section "Dates".
"""

from __future__ import annotations

import bisect
import calendar
import operator
import datetime as dt
import re
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from sahel_tui.corpus.model import Article
from sahel_tui.facts.dates import (
    PLACE_OFFSETS,
    WEEKDAYS,
    ZONES,
    Atom,
    _data,
    _trie,
    key_date_line,
)
from sahel_tui.facts.model import DateMention, new_date_mention
from sahel_tui.facts.sentences import ABBREVIATIONS, SentenceLocator

# A day-precise date without a year at most this many days after publication is read
# as this year's even in a past-tense clause (see ``_year_from_ref``).
_NEAR_DAYS = 7
# A scheduled event named with its day or month ("sets May 6 vote") is read ahead only
# within this many days of publication (else the past one, nearer: "the Dec. 29
# elections" in January).
_SOON_DAYS = 183

__all__ = ["resolve_article"]


def _cue_pattern() -> re.Pattern:
    words = [str(w) for w in _data()["future_cues"]]
    alts = []
    for w in sorted(words, key=len, reverse=True):
        e = re.escape(w).replace(r"\ ", r"\s+")
        if w == "due":
            e = r"due(?!\s+to\s+(?:the|a|an|its|their|his|her|this|that|heavy|poor)\b)"
        alts.append(e)
    # (not before a hyphen: "would-be migrants" are no future)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


_FUTURE = _cue_pattern()
# Cheap pre-check before the regex: every cue contains one of these substrings.
_CUE_SUBSTRINGS = tuple(sorted({
    str(w).lower() if " " in str(w) else str(w).lower()[:5] for w in _data()["future_cues"]
}))
# The same pre-check as one search over the field lower-cased once: as Latin-1 bytes
# (bytes.lower() changes only A-Z; no Latin-1 letter lower-cases to ASCII or to two
# characters, so offsets and ASCII matches are those of str.lower()).
assert all(w.isascii() for w in _CUE_SUBSTRINGS)
# Written as a character trie: one branch per character instead of every word in turn.
_CUE_SUBSTRING_RE = re.compile(_trie(_CUE_SUBSTRINGS).encode())
# Greedy: the end of the last clause break (comma, semicolon, colon, bracket, newline,
# full stop) in the window; one call, linear in the window.
def _last_break_pattern() -> re.Pattern:
    """The end of the last clause break in a window. A full stop after an abbreviation
    ("Aug. 15 to Nov. 15", "Mr. Sall") is no break: one fixed-width look-behind each."""
    # The sentence splitter's abbreviations (one word, no inner dot), any case.
    abbrs = sorted(w for w in ABBREVIATIONS if "." not in w)
    # (the look-behinds come after the full stop: tried only where there is one; one
    # per length, not per word: each is entered at every full stop, and fails at once
    # unless the word before the stop has its length)
    by_len: dict[int, list[str]] = {}
    for w in abbrs:
        by_len.setdefault(len(w), []).append(re.escape(w))
    not_abbr = "".join(rf"(?<![^\w](?i:{'|'.join(ws)})\.)" for _, ws in sorted(by_len.items()))
    return re.compile(r".*(?:[,;:(\n]|\." + not_abbr + r" )", re.S)


_LAST_BREAK = _last_break_pattern()
# An event dated right after these is still ahead, whatever tense the sentence narrates.
_BEFORE_EVENT = ("before the ", "ahead of the ", "until the ")
# "had seized", "had already taken", "had been shelled" (not "had to", "had no")
_PLUPERFECT = re.compile(r"(?<![\w'])had\s+(?:(?:already|just|been)\s+)?[a-z]{2,20}(?:ed|en|wn|ne|ft|ht|ot|id|ld)(?![\w'])")
_BAD_YEAR = re.compile(r"(?:^|/)(?:-|0000|[0-9]{5})")
_STRONG_FUTURE = re.compile(
    r"(?<![\w'])(?:will|shall|(?:is|are)\s+(?:expected|due|scheduled|set|likely|to"
    r"|[a-z]{2,20}ed\s+to))(?![\w])",
    re.IGNORECASE,
)
# What any match of _STRONG_FUTURE contains, on the Latin-1 lower-cased field: "will",
# "shall", or "is"/"are" before a blank (the Latin-1 characters that are \s).
_LATIN1_SPACE = re.escape(bytes(b for b in range(256) if chr(b).isspace()))
_LATIN1_SPACE_STR = _LATIN1_SPACE.decode("latin-1")
_STRONG_FUTURE_QUICK = re.compile(
    rb"will|shall|(?:is|are)[" + _LATIN1_SPACE + rb"]")
def _cue_quick_pattern() -> re.Pattern:
    """``_FUTURE`` loosened to run on the Latin-1 lower-cased field: case-sensitive bytes,
    word boundaries on ASCII only, no exception after "due". Every match of ``_FUTURE``
    is one of this (Latin-1 has no letter that case-folds to ASCII), so a miss here
    spares the slower case-insensitive search."""
    words = [str(w).lower() for w in _data()["future_cues"]]
    alts = [re.escape(w).replace(r"\ ", "[" + _LATIN1_SPACE_STR + "]+")
            for w in sorted(words, key=len, reverse=True)]
    return re.compile(("(?<![a-z0-9_'])(?:" + "|".join(alts) + ")(?![a-z0-9_])").encode("latin-1"))


_FUTURE_QUICK = _cue_quick_pattern()
# Past tense (or the end of a quotation) between a future cue and the date cancels it.
_PAST_AUX = re.compile(
    r"(?<![\w'])(?:was|were|had|did|said|told|announced|added|reported|declared|stated|"
    r"claimed|confirmed|wrote)(?![\w])|[\"\u201d]",
    re.IGNORECASE,
)
# A word or three in quotation marks ('Phase 3 ("crisis")', 'the "red zone"'): a term,
# not quoted speech (which, like a reporting verb, tells a past statement)
_QUOTED_TERM = re.compile(r"[\"\u201c][\w'\u2019 -]{1,30}[\"\u201d]")


def _quoted_term(text: str, pos: int) -> bool:
    """Whether the quotation mark at ``pos`` opens or closes a short quoted term."""
    if text[pos] not in "\"\u201c\u201d":
        return False
    for start in (pos, max(text.rfind("\"", max(0, pos - 32), pos),
                           text.rfind("\u201c", max(0, pos - 32), pos))):
        if start < 0:
            continue
        m = _QUOTED_TERM.match(text, start)
        if m is not None and pos in (m.start(), m.end() - 1) and len(m.group().split()) <= 3:
            return True
    return False


# Days from the publication date of "today", "yesterday", "the day before yesterday"...
_DAYS_FROM_TODAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "two_yesterday": -2,
                    "two_tomorrow": 2}
# A past tense in a relative clause, or a past auxiliary, after a future cue; or the
# cue "deadline" as the subject of a past verb ("the deadline passed on Sunday").
_PAST_REL = re.compile(
    r"(?<![\w'])(?:(?:who|which|that)\s+(?:had\s+)?[a-z]{2,20}ed|was|were|had|did)(?![\w])"
    r"|(?<=deadline)\s+(?:[a-z]{2,20}ed|ran|came|went)(?![\w])")
_SPEECH_VERBS = frozenset(str(w) for w in _data()["reporting_verbs"])
_DAY_WORDS = frozenset(["yesterday", "today"] + [w.lower() for w in WEEKDAYS])
_SENTENCE_OPENER = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)(?:(?:[Oo]n|[Ll]ate[ \t]+on|"
                              r"[Ee]arly[ \t]+on|[Bb]y)[ \t]+)?\Z")
_SPEECH_AFTER = re.compile(r",[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:" + "|".join(
    re.escape(str(w)) for w in _data()["reporting_verbs"]) + r")(?![\w])")
_SPEECH_SKIP = frozenset(["on", "late", "early", "last"])
_SPEECH_CHANNELS = frozenset(str(w) for w in _data()["speech_channels"])
_CHANNEL_LEAD = frozenset(["a", "an", "the", "its", "his", "her", "their", "in", "during", "by",
                           "through", "via", "on"])
# "is possible by July", "could run out by August": a present or modal verb
_PRESENT_OR_MODAL = re.compile(
    r"(?<![\w'])(?:is|are|could|can|should|must|may|might|need|needs|has\s+to|have\s+to|"
    r"aims?|plans?|wants?|hopes?|intends?|do|does|don['\u2019]t|doesn['\u2019]t)(?![\w'])")
# "holds the chair until February", "the curfew remains in force until January": a
# present verb of lasting before "until" (data: until_present_verbs)
_LASTING = re.compile(r"(?<![\w'])(?:" + "|".join(
    re.escape(str(w)) for w in _data()["until_present_verbs"]) + r")(?![\w'])")
# "could run out from October", "may have to suspend aid from August": a modal, not
# negated ("could not open from March" may tell the past)
_MODAL_AHEAD = re.compile(
    r"(?<![\w'])(?:could|can|should|must|may|might|would|has\s+to|have\s+to|needs?\s+to)"
    r"\s+(?!not(?![\w]))[a-z]")
# A finite past verb after a subject pronoun or a capitalised name ("they withdrew" is
# not seen: irregular forms are left to _PAST_AUX's list)
_PAST_ED = re.compile(r"(?<![\w'])(?:he|she|it|they|we|I|[A-Z][\w'\u2019]+)\s+[a-z]{2,20}ed(?![\w])")
# "to report", "to leave": an infinitive (not "to the", "to its"...)
_TO_VERB = re.compile(r"(?<![\w'])to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b)"
                      r"[a-z]{2,}(?![\w'])")
_PAST_AFTER = re.compile(r"(?<![\w'])(?:was|were|had)(?![\w])")
# "postpones February presidential vote": only an event still ahead can be put off
_POSTPONE_VERBS = frozenset(str(w) for w in _data()["postpone_verbs"])
_POSTPONE_DETS = frozenset(["the", "its", "a", "their"])
_CLAUSE_END_SENTENCE = re.compile(r"[.!?](?:\s|\Z)|\n")
# "the June-September lean season", "the July-August rainy period"
_SEASON_NOUN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:season|period)(?![\w])")
_STARTING_WORDS = frozenset(["starting", "beginning", "effective"])
# A future or modal verb right after a month still to come: the month is in its subject
# ("a dry spell in July could cut yields", "rains in August will")
# (not a guess about the past: "the coup in July may have been planned")
_MODAL_AFTER = re.compile(r"[ \t]+(?:will|would|could|may|might|should|shall|must)[ \t]+"
                          r"(?!(?:not[ \t]+)?have[ \t])")
# A deadline given: "has until", "gave the junta until", "given until" (data: deadline_verbs)
_GIVEN_UNTIL = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(str(w)) for w in _data()["deadline_verbs"])
    + r")\s+(?:[\w'’-]+\s+){0,4}?until\s+\Z", re.IGNORECASE)

_TO_UNTIL = frozenset(["to", "until", "till"])
_SCHEDULE_VERBS = frozenset(str(w) for w in _data()["schedule_verbs"])
_SET_OFF_PREPOSITIONS = frozenset(["from", "in", "by", "until", "after", "before", "on", "at"])
_OPENING = frozenset(' \t"\u201c')  # blanks and opening quotation marks
_AHEAD_ENDINGS = tuple(w + " " for w in _STARTING_WORDS | _TO_UNTIL) + ("called for ",)
# Future cues that are participles, and the determiners that make them qualify a noun
_PARTICIPLE_CUES = frozenset(["planned", "scheduled", "projected", "expected"])
_CUE_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her"])
_CLAUSE_END = re.compile(r"[,;:()\n\u2014]|\.(?:\s|\Z)")
# "may convene", "should keep rising": a modal of the data before a blank
_MODAL_SPACED = tuple(str(w) + " " for w in _data()["modal_future_cues"])
_MODAL_FUTURE = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(str(w)) for w in _data()["modal_future_cues"])
    + r")\s+(?!(?:not\s+)?have(?![\w])(?!\s+to(?![\w])))[a-z]{2,20}(?![\w])")
_SUBORDINATOR = re.compile(
    r"[\s\"'\u201c\u2018]*(?:" + "|".join(
        re.escape(str(w)).replace(r"\ ", r"\s+")
        for w in sorted(_data()["future_subordinators"], key=len, reverse=True))
    + r")(?![\w])", re.IGNORECASE)
_SUB_FIRST = frozenset(
    "\"'\u201c\u2018" + "".join({str(w)[0] + str(w)[0].upper()
                                  for w in _data()["future_subordinators"]}))
_WILL = re.compile(r"(?<![\w'])(?:will|shall)(?![\w])|\w'll(?![\w])", re.IGNORECASE)
_FRAMING = re.compile(
    # (a list's bullet may open the line: "- 2015: ...", "• In 2015 ...")
    r"(?:\A|[.!?][\"'\u201d\u2019]?\s+|\n)[ \t]*(?:[-*\u2022\u2013\u2014][ \t]+)?"
    r"(?:(?:In|By|Since|Until|Throughout|During|"
    r"From|After|Before|Through|Early|Late|Mid|Later|Earlier)[ \t]+(?:in[ \t]+)?)?\Z"
)


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern:
    names = sorted({str(p) for places in _data()["utc_offsets"].values() for p in places},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


_PARA_BREAK = re.compile(r"\n[ \t]*\n")
_DATELINE_CITY = re.compile(r"\s*(?P<c>[A-Z][A-Za-z'\u2019.\- ]{1,40}?),")


# Zones that are somebody's local time (not GMT/UTC, which wire copy adds as a
# conversion: "11 a.m. (1100 GMT)"), and a clock time right before one.
# (a place's summer-time zone, "10 p.m. Paris time", is not in ZONES: it says nothing of
# a Bamako story's clock)
_LOCAL_ZONES = tuple(z for z in ZONES if z not in ("GMT", "UTC"))
_CLOCK_BEFORE_ZONE = re.compile(
    r"(?<![\w:.])(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?[ \t]?(?:[ap]\.?m\.?)?[ \t]\Z")


def _local_zone(body: str) -> str | None:
    """The offset of the first local zone written after a clock time ("2:14 p.m. EDT"):
    each zone is found with str.find (a regex over the whole body costs far more)."""
    best: tuple[int, str] | None = None
    for z in _LOCAL_ZONES:
        i = body.find(" " + z)
        while i >= 0:
            e = i + 1 + len(z)
            if (e == len(body) or not body[e].isalnum()) and \
                    _CLOCK_BEFORE_ZONE.search(body, max(0, i - 12), i + 1) is not None:
                if best is None or i < best[0]:
                    best = (i, z)
                break
            i = body.find(" " + z, i + 1)
    return ZONES[best[1]] if best else None


def local_offset(article: Article) -> str:
    """UTC offset for bare clock times: the dateline city, else a local zone written
    after a clock time ("2:14 p.m. EDT" heading a briefing), else the first place named."""
    m = _DATELINE_CITY.match(article.body or "")
    if m:
        off = PLACE_OFFSETS.get(m.group("c").strip().lower())
        if off:
            return off
    z = _local_zone(article.body or "")
    if z:
        return z
    for text in (article.body or "", article.title or ""):
        p = _place_re().search(text)
        if p:
            return PLACE_OFFSETS.get(p.group().lower(), "+00:00")
    return "+00:00"


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _num(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def duration_value(amount: float | None, unit: str | None) -> str | None:
    if amount is None or unit is None:
        return None
    key = (amount, unit)
    v = _DURATIONS.get(key)
    if v is None:
        if len(_DURATIONS) > 4096:
            _DURATIONS.clear()
        v = _DURATIONS[key] = _duration_value(amount, unit)
    return v


# Values by (amount, unit): the same few durations come back again and again.
_DURATIONS: dict[tuple[float, str], str] = {}


def _duration_value(amount: float, unit: str) -> str:
    if unit == "TH":
        return f"PT{_num(amount)}H"
    if unit == "TM":
        return f"PT{_num(amount)}M"
    return f"P{_num(amount)}{unit}"


_bisect_right = bisect.bisect_right
_YEARS = {y: f"{y:04d}" for y in range(1800, 2200)}


def _year_str(y: int) -> str:
    """ "2019" for 2019 (a table lookup for the years articles name)."""
    s = _YEARS.get(y)
    return s if s is not None else f"{y:04d}"


# Values of months and days: formatting ("{y:04d}", date.isoformat()) costs several
# times a cache look-up, and the same few months and days come back again and again
# (bounded, like _DURATIONS).
@lru_cache(maxsize=4096)
def _month_str(y: int, m: int) -> str:
    """ "2019-03" for (2019, 3)."""
    return f"{y:04d}-{m:02d}"


_day_str = lru_cache(maxsize=4096)(dt.date.isoformat)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _given_until(text: str, start: int) -> bool:
    """'The junta has until Sunday to comply', 'ECOWAS gave the junta until Sunday': the
    day after "until" is a deadline given, still ahead."""
    return _GIVEN_UNTIL.search(text, max(0, start - 60), start) is not None


def _weekday_days(ref: dt.date, wd: int) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """For a weekday seen from ``ref``: the one on or before, on or after, "last" and
    "next" (pure calendar arithmetic, the same for every mention in an article)."""
    back = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    fwd = ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
    if back == fwd:
        fwd = back
    last = back if back < ref else back - dt.timedelta(days=7)
    nxt = fwd if fwd > ref else fwd + dt.timedelta(days=7)
    return back, fwd, last, nxt


class _Resolver:
    def __init__(self, article: Article, field: str, text: str, locate: SentenceLocator,
                 ref: dt.date | None, doc_year: int | None, offset_fn) -> None:
        self.article = article
        self.field = field
        self.text = text
        self.locate = locate
        self.ref = ref
        self.doc_year = doc_year
        self._offset_fn = offset_fn
        self._offset: str | None = None
        self.last_day: tuple[dt.date, int] | None = None
        # the last day when it named an event ("the winner of the May 6 election"): the
        # day "the same day" takes, not the one a clock time is on
        self.event_named_day: tuple[dt.date, int] | None = None
        # A day in the last week a relative expression set ("last week"), and its
        # sentence: "the week before" counts from it
        self.last_week: tuple[dt.date, int] | None = None
        # The last day of an event (not the day something was said, not after the
        # reference): clock times and "the evening" far from any date take it.
        self._days: list[tuple[dt.date, int]] = []  # (day, mention start), not after ref
        self._at = 0  # start of the mention being resolved
        self._last_time: tuple[int, dt.datetime] | None = None  # end, instant
        self.last_explicit_day: tuple[dt.date, int] | None = None
        self.last_month: tuple[int, int, int, int] | None = None  # y, m, sentence, para
        self.framed_month: tuple[int, int, int, int] | None = None
        # the last month that did not set the timeline (a backdrop: "since ... in
        # December 2023"), and its sentence
        self.backdrop_month: tuple[int, int, int] | None = None
        self.last_year: int | None = None
        # the end and the day of the last mention naming one day ("on Monday")
        self.prev_day: tuple[int, dt.date] | None = None
        # the last span of seven days written ("7-13 December") and its sentence
        self.span_week: tuple[dt.date, dt.date, int] | None = None
        # a day named in the body's first sentences (a header's or dateline's day)
        self.opening_day: dt.date | None = None
        # the day after the last night named across two days or evening, its sentence,
        # and whether it was a night across two days
        self.last_night: tuple[dt.date, int, bool] | None = None
        # the last year written alone ("2015", "in 2015") and the sentence it is in
        self.written_year: tuple[int, int] | None = None
        # the year opening the last list entry ("- 29 May 2015: ...") and its line start
        self.line_year: tuple[int, int] | None = None
        self.lasting_at = -1  # start of the last month read ahead by ``_lasts_until``
        # (month, day or None) -> the year it was read with (for lists of key dates)
        self.days_seen: dict[tuple[int, int | None], int] = {}
        # (month, day) -> the year written with it ("Jan. 11, 2013")
        self.days_written: dict[tuple[int, int], int] = {}
        self._paras = [m.end() for m in _PARA_BREAK.finditer(text)]
        self.sent = 0
        self.stamp_day: dt.date | None = None  # the day of a thread's first post stamp
        # while a post's paragraph is read: (the article's reference, that paragraph)
        self.stamp_ref: tuple[dt.date | None, int] | None = None
        self.para = 0
        # explicit years per sentence, for "Sept. 15 ... in May 2024" without a reference
        self.explicit_years: dict[int, list[tuple[int, int]]] = {}
        self._low: bytes | None = None  # the field lower-cased, made on first use
        # (start, end) of the lists under a heading of what is ahead ("COMING UP"): with
        # any, every future test asks them first (no cost to the articles without)
        self.ahead = _ahead_sections(text) if "\n" in text else []
        if self.ahead:
            self._future = self._ahead_or_future  # type: ignore[method-assign]

    @property
    def offset(self) -> str:
        if self._offset is None:
            self._offset = self._offset_fn()
        return self._offset

    # ------------------------------------------------------------ context
    def _para_of(self, pos: int) -> int:
        return bisect.bisect_right(self._paras, pos)

    def _ahead_or_future(self, start: int) -> bool:
        """An entry of a "Coming up" list, or a future cue (``_future``)."""
        for lo, hi in self.ahead:
            if lo <= start < hi:
                return True
        return _Resolver._future(self, start)

    def _future(self, start: int) -> bool:
        """A future cue ("will", "expected", "due"...) earlier in the same clause."""
        text = self.text
        lo = start - 160 if start > 160 else 0
        brk = _LAST_BREAK.match(text, lo, start)
        clause_lo = brk.end() if brk else lo
        if start - clause_lo <= 7 and text[clause_lo - 1:clause_lo] == "," and \
                text[clause_lo:start].strip().lower() in _SET_OFF_PREPOSITIONS:
            # "prices should ease after the harvest, from October": a time set off by
            # commas belongs to the clause before
            brk = _LAST_BREAK.match(text, lo, clause_lo - 1)
            clause_lo = brk.end() if brk else lo
        if text[clause_lo - 1:clause_lo] == ":" and clause_lo > 1:
            # "Next bulletin: mid-May": a short label before the colon holds the cue, from
            # the line or sentence it opens (at most 32 characters back)
            w0 = max(lo, clause_lo - 32)
            nl, stop = text.rfind("\n", w0, clause_lo), text.rfind(". ", w0, clause_lo)
            if nl >= 0 or stop >= 0:
                clause_lo = max(nl + 1, stop + 2)
            elif w0 == 0:
                clause_lo = 0
        low = self._low
        if low is None:
            low = self._lowered()
        if low:
            cue = _CUE_SUBSTRING_RE.search(low, clause_lo, start) is not None
        else:
            seg = text[clause_lo:start].lower()
            cue = any(w in seg for w in _CUE_SUBSTRINGS)
        if cue and (not low or _FUTURE_QUICK.search(low, clause_lo, start) is not None):
            fm = None
            for fm in _FUTURE.finditer(text, clause_lo, start):
                pass
            # "talks with the officers who seized power on July 26": a past relative
            # clause between the cue and the date speaks of the past.
            # So does a subject with a past verb there ("is to shrink under plans
            # Macron announced in July"); not a participle ("will be held in July").
            if fm is not None and text[fm.start() - 9:fm.start()] != "had been " \
                    and _PAST_REL.search(text, fm.end(), start) is None \
                    and _PAST_ED.search(text, fm.end(), start) is None \
                    and not self._attributive_in_past(fm, clause_lo):
                # "A rally planned for 9 May was called off": the clause's verb after
                # the date is past, the cue only a participle.
                hi = start + 60
                brk = _CLAUSE_END.search(text, start, hi)
                if _PAST_AFTER.search(text, start, brk.start() if brk else hi) is None:
                    return True
        clause = text[clause_lo:start]  # (one slice: cheaper than two bounded finds)
        for w in _MODAL_SPACED:  # (plain "in" tests: a regex costs more on short clauses)
            if w in clause:
                if _MODAL_FUTURE.search(text, clause_lo, start) is not None:
                    return True  # "may convene ... as early as Sunday"
                break
        if text[clause_lo:clause_lo + 1] != " " or text[clause_lo + 1:clause_lo + 2] in _SUB_FIRST:
            if self._subordinate_future(clause_lo, start):
                return True
        # A strong future earlier in the sentence ("are expected to face hunger, ...,
        # during the season that runs from June to August"), with no past tense between.
        sent_lo = text.rfind(". ", lo, start) + 1
        nl = text.rfind("\n", lo, start) + 1
        if nl > sent_lo:
            sent_lo = nl
        if lo > sent_lo:
            sent_lo = lo
        if sent_lo >= clause_lo:
            return False
        if low and _STRONG_FUTURE_QUICK.search(low, sent_lo, clause_lo) is None:
            return False
        m = None
        for m in _STRONG_FUTURE.finditer(text, sent_lo, clause_lo):
            pass
        if m is None:
            return False
        return _PAST_AUX.search(text, m.end(), start) is None

    def _attributive_in_past(self, cue: re.Match, clause_lo: int) -> bool:
        """'Output was lower because of a planned shutdown in mid-August': a participle
        cue after a determiner qualifies a noun; with a past verb before it in the
        clause it tells no future."""
        if cue.group().lower() not in _PARTICIPLE_CUES:
            return False
        text = self.text
        before = text[max(clause_lo, cue.start() - 8):cue.start()].split()
        return bool(before) and before[-1].lower() in _CUE_DETERMINERS \
            and _PAST_AFTER.search(text, clause_lo, cue.start()) is not None

    def _postponed(self, start: int, end: int = -1, past: bool = True) -> bool:
        """A month or date right after a verb of putting off ("postpones February
        presidential vote", "delayed the March vote"): an event still ahead. (With its
        ``end`` and not ``past``, also the date it is moved from.)"""
        text = self.text
        if start < 2 or text[start - 1] not in " \t":
            return False
        ws = text[start - 32 if start > 32 else 0:start].split()[-2:]
        if ws and ws[-1].lower() in _POSTPONE_DETS:
            ws.pop()
        if ws and (ws[-1].lower() in _TO_UNTIL or (
                ws[-1] == "from" and not past and end > start and text.startswith(" to ", end))):
            # "adjourned the trial of two other suspects to February 3": the new date
            # (and "postponed the vote from Oct. 2 to Oct. 28": the first date was still
            # ahead, or it would not need moving)
            lo = start - 90 if start > 90 else 0
            brk = _LAST_BREAK.match(text, lo, start)
            cut = brk.end() if brk else lo
            if text[cut - 1:cut] == "," and text[cut:start].strip().lower() in _TO_UNTIL:
                # "extended the state of emergency by three months, until late February":
                # the "until" opens its own clause; the verb is in the one before
                brk = _LAST_BREAK.match(text, lo, cut - 1)
                cut = brk.end() if brk else lo
            words = text[cut:start].lower().split()
            return any(w in _POSTPONE_VERBS for w in words)
        return bool(ws) and ws[-1].lower() in _POSTPONE_VERBS

    def _future_in_sentence(self, a: Atom) -> bool:
        """A future cue before the mention in its clause, or after it in its sentence."""
        if self._future(a.start):
            return True
        text = self.text
        end = _CLAUSE_END_SENTENCE.search(text, a.end, a.end + 200)
        return _FUTURE.search(text, a.end, end.start() if end else a.end + 200) is not None

    def _by_deadline(self, start: int) -> bool:
        """'Stocks could run out by August', 'a deal is possible by July': a month after
        "by" in a sentence with a present or modal verb and no past tense is a deadline
        ahead ("By July the troops had left" is past). After "from", only a modal verb
        makes it a start ahead ("aid could stop from October")."""
        text = self.text
        if start >= 3 and text[start - 3:start].lower() == "by " and \
                (start == 3 or not text[start - 4].isalnum()):
            ahead = _PRESENT_OR_MODAL
        elif start >= 6 and text[start - 6:start].lower() == "until " and \
                (start == 6 or not text[start - 7].isalnum()):
            if _given_until(text, start):
                return True
            ahead = _PRESENT_OR_MODAL  # "the Mission may respond until 30 September"
        elif start >= 5 and text[start - 5:start].lower() == "from " and \
                (start == 5 or not text[start - 6].isalnum()):
            ahead = _MODAL_AHEAD
        else:
            return False
        sent_lo, end = self._sentence_around(start)
        while sent_lo < start and text[sent_lo] in _OPENING:
            sent_lo += 1  # ('"Every dollar we do not receive by June ...": a quote opens)
        # (a past tense in a clause after the date's is another event: "... to end the
        # mission by December 31, as Bamako had demanded")
        brk = _CLAUSE_END.search(text, start, end)
        if _PAST_AUX.search(text, sent_lo, brk.start() if brk else end) is not None:
            return False
        past = None
        for past in _PAST_ED.finditer(text, sent_lo, start):
            pass
        if past is None and ahead.search(text, sent_lo, start) is not None:
            return True
        if ahead is not _PRESENT_OR_MODAL:
            return False
        # "It requested the Secretary-General to report by 15 August": the deadline of an
        # infinitive after the past verb is still ahead
        if past is not None and _TO_VERB.search(text, past.end(), start) is not None:
            return True
        # "decided that, until 30 September, the Mission may respond": a modal after it
        brk = _CLAUSE_END_SENTENCE.search(text, start, end) if end > start else None
        return _MODAL_AHEAD.search(text, start, brk.start() if brk else end) is not None

    def _event_named(self, start: int, end: int) -> bool:
        """'Chad sets May 6 presidential vote', 'in time for the presidential election of
        28 July': a day or month still to come this year, naming an event (an adjective
        may come between) or after one and "of", in a clause with no past tense, is this
        year's (past narration keeps the last one: "the May 6 vote was held")."""
        if end < 0:
            return False
        text = self.text
        if _EVENT_AFTER.match(text, end) is None and not (
                text[start - 3:start] in ("of ", "on ") and
                _EVENT_OF_BEFORE.search(text, max(0, start - 40), start) is not None):
            return False
        if self.text[max(0, start - 16):start].lower().endswith(_BEFORE_EVENT):
            return True  # "passed on 6 March, ten days before the 24 March election"
        lo, hi = self._sentence_around(end)
        return not self._narrates_past(lo, hi)

    def _set_by_verb(self, start: int) -> bool:
        """'a national dialogue that proposed June 2', 'Sall set March 24': a day chosen
        for something is its date, which may come after the choosing (``schedule_verbs``;
        "for" or "on" may come between)."""
        ws = self.text[start - 24 if start > 24 else 0:start].split()
        if ws and ws[-1] in ("for", "on"):
            ws.pop()
        return bool(ws) and ws[-1] in _SCHEDULE_VERBS

    def _past_before(self, start: int) -> bool:
        """A past verb among the three words before ``start`` ("ended at", "began
        shortly after") or a past tense earlier in its sentence."""
        text = self.text
        words = text[max(0, start - 40):start].lower().split()[-3:]
        if any(len(w) > 4 and w.endswith("ed") for w in words):
            return True
        lo, _ = self._sentence_around(start)
        return self._narrates_past(lo, start)

    def _narrates_past(self, lo: int, hi: int) -> bool:
        """A past tense in text[lo:hi]: an auxiliary or reporting verb, a subject and an
        -ed form, or an irregular past of the data ("came", "won")."""
        text = self.text
        m = _PAST_AUX.search(text, lo, hi)
        while m is not None and _quoted_term(text, m.start()):
            m = _PAST_AUX.search(text, m.end(), hi)  # 'face Phase 3 ("crisis")': a term
        return m is not None or \
            _PAST_ED.search(text, lo, hi) is not None or \
            _IRREGULAR_PAST.search(text, lo, hi) is not None

    def _sentence_around(self, start: int) -> tuple[int, int]:
        """The sentence holding ``start``, roughly (full stops and newlines, at most 200
        characters either side): enough to look for a tense."""
        text = self.text
        lo = start - 200 if start > 200 else 0
        sent_lo = max(text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1, lo)
        end = text.find(". ", start, start + 200)
        nl = text.find("\n", start, start + 200)
        if end < 0 or 0 <= nl < end:
            end = nl if nl >= 0 else min(start + 200, len(text))
        return sent_lo, end

    def _season_now(self, a: Atom) -> bool:
        """'households face food gaps during the June-September lean season', written in
        June: a span of months naming a season ("the ... season/period") in a sentence
        with no past tense is the one under way."""
        text = self.text
        if text[max(0, a.start - 4):a.start].lower() != "the " or \
                _SEASON_NOUN.match(text, a.end) is None:
            return False
        return not self._narrates_past(*self._sentence_around(a.start))

    def _lasts_until(self, start: int) -> bool:
        """'Mali holds the rotating chair until February': a month after "until" (the
        caller saw it) in a sentence with a present verb of lasting and no past tense
        between them is the next one."""
        text = self.text
        if start > 6 and text[start - 7].isalnum():
            return False  # ("...until" inside a word)
        sent_lo, _ = self._sentence_around(start)
        verb = None
        for verb in _LASTING.finditer(text, max(sent_lo, start - 90), start):
            pass
        # the verb's own clause: no past tense between it and the date ("He said the
        # curfew remains until 3 March" is ahead; "remains ... had ended until" is not)
        return verb is not None and not self._narrates_past(verb.end(), start)

    def _subordinate_future(self, clause_lo: int, start: int) -> bool:
        """'When the rains come in July, we will leave': a temporal or conditional clause
        (present tense in English) whose sentence goes on with will/shall."""
        text = self.text
        if _SUBORDINATOR.match(text, clause_lo, start) is None:
            return False
        hi = start + 160
        end = text.find(". ", start, hi)
        nl = text.find("\n", start, hi)
        if end < 0 or 0 <= nl < end:
            end = nl if nl >= 0 else min(hi, len(text))
        fm = _WILL.search(text, start, end)
        return fm is not None and _PAST_AUX.search(text, start, fm.start()) is None

    def _framing(self, start: int) -> bool:
        """Does the mention open its sentence ("In 2019, ...", "By mid-2012 ...")? The
        pattern needs the text start, a sentence end or a line break in the window: most
        windows have none, and a substring test is cheaper than the search."""
        text = self.text
        if start > 24:
            w = text[start - 24:start]
            if "." not in w and "\n" not in w and "!" not in w and "?" not in w:
                return False
            return _FRAMING.search(text, start - 24, start) is not None
        return _FRAMING.search(text, 0, start) is not None

    def _since_before(self, start: int) -> bool:
        """Is the mention in a "since" clause ("since July 26")? The pattern is tried
        only where a find puts an "ince" (a search would try its look-behind at every
        position of the window)."""
        text = self.text
        lo = start - 80 if start > 80 else 0
        i = text.rfind("ince", lo + 1, start)
        while i >= 0:
            if _SINCE_BEFORE.match(text, i - 1, start) is not None:
                return True
            i = text.rfind("ince", lo + 1, i)
        return False

    def _note_day(self, d: dt.date | None, explicit: bool = False, event: bool = True) -> None:
        if d is None:
            return
        self.last_day = (d, self.sent)
        if event:
            self._note_event_day(d)
        else:
            self.event_named_day = self.last_day
        if explicit:  # a month named in the text: an anchor for the narrative
            self.last_explicit_day = (d, self.sent)
            if self.opening_day is None and self.sent <= 2 and self.field == "body" and (
                    self.ref is None or d <= self.ref):  # (not a day still to come)
                self.opening_day = d  # "Briefing, Abuja, Thursday 18 April 2024."
            self._note_month(d.year, d.month)

    def _note_month(self, y: int | None, m: int | None) -> None:
        if y is None:
            return
        self.last_year = y
        if m is not None:
            self.last_month = (y, m, self.sent, self.para)

    def _recent_day(self, within: int = 2) -> dt.date | None:
        if self.last_day and self.sent - self.last_day[1] <= within:
            return self.last_day[0]
        return None

    def _story_day(self) -> dt.date | None:
        """The day the narrative last established (any distance), when it is not after
        the reference: clock times and "the evening" follow the story, not the filing."""
        # "Benin said on Thursday that ... the attack took place on Wednesday": the day
        # of a reporting verb is when it was said, not when the story happened. (Read
        # only here, from the days noted: most articles never ask.)
        days = self._days
        for i in range(len(days) - 1, -1, -1):
            d, start = days[i]
            if not self._reported(start):
                return d
        return None

    def _reported(self, start: int) -> bool:
        """Whether the day mention at ``start`` is the day something was said ("sources
        said Tuesday", "said on Thursday")."""
        text = self.text
        words = text[start - 60 if start > 60 else 0:start].split()[-6:]
        if words and words[-1][-1:] == "," and words[-1][:-1].lower() in _DAY_WORDS:
            words.pop()  # "read yesterday, Tuesday 16 November": the same day, set off
        while words and words[-1].lower() in _SPEECH_SKIP:
            words.pop()
        if words and words[-1].lower() in _SPEECH_CHANNELS:
            # "said in a statement on Wednesday", "told AFP in an interview on Monday",
            # "read on state television late Monday" (a word or two qualify the channel)
            words.pop()
            for k in (1, 2, 3):
                if len(words) >= k and words[-k].lower() in _CHANNEL_LEAD:
                    del words[len(words) - k + 1:]
                    break
            while words and words[-1].lower() in _CHANNEL_LEAD:
                words.pop()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-2] in ("told", "tells"):
            return True  # "told Reuters on Thursday"
        if words and words[-1] in _SPEECH_VERBS:
            return True
        # "On Monday, the Government spoke of 32 dead": the day opens the sentence and
        # its subject speaks ("... on Sunday night, sources said" is the event's day)
        c = text.find(",", start, start + 24)
        return c > start and "." not in text[start:c] and \
            _SENTENCE_OPENER.search(text, start - 12 if start > 12 else 0, start) is not None \
            and _SPEECH_AFTER.match(text, c) is not None

    def _event_day(self, within: int) -> dt.date | None:
        """The day a clock time or a part of a day belongs to: the last day named within
        ``within`` sentences, unless it is the day something was said ("killed eight
        people on Sunday night, sources said Tuesday. They came at around 11 pm" ->
        Sunday), then the story's day."""
        d = self._recent_day(within)
        if d is not None and self.last_day is self.event_named_day:
            return self._story_day() or d  # not the day of "the May 6 election"
        if d is not None and self._days and self._days[-1][0] == d \
                and self._reported(self._days[-1][1]):
            return self._story_day() or d
        return d

    def _note_event_day(self, d: dt.date, start: int | None = None) -> None:
        if self.ref is not None and d > self.ref:
            return
        days = self._days
        days.append((d, self._at if start is None else start))
        if len(days) > 16:
            del days[:8]

    # ------------------------------------------------------------ years
    def _day_written_before(self, m: int, d: int) -> int | None:
        """'On the afternoon of Jan. 11, 2013, ... By mid-2012 ... The strikes of Jan. 11':
        a day written earlier with its year is that day again while the text narrates
        around that year (its last month within a year of it, not the reference's year)."""
        y = self.days_written.get((m, d))
        if y is None or self.ref is None or y == self.ref.year:
            return None
        lm = self.last_month
        if lm is None or lm[0] == self.ref.year or abs(lm[0] - y) > 1:
            return None
        return y

    def _year_for(self, m: int, d: int | None, a: Atom) -> int | None:
        ref = self.ref
        if a.dateline:
            if ref is not None:
                best = None
                for y in (ref.year - 1, ref.year, ref.year + 1):
                    c = _safe_date(y, m, d or 1)
                    if c is not None and (best is None or abs((c - ref).days) < abs(
                            (best - ref).days)):
                        best = c
                return best.year if best else ref.year
            return self.doc_year
        if a.dow is not None and d is not None and ref is not None:
            # "Next issue: Monday 2 June": the year in which that day is a Monday, nearest
            # to the reference
            years = [y for y in (ref.year - 1, ref.year, ref.year + 1)
                     if (c := _safe_date(y, m, d)) is not None and c.weekday() == a.dow]
            if years:
                return min(years, key=lambda y: abs((_safe_date(y, m, d) - ref).days))
        anchor = self.last_month

        def forward() -> int:
            ay, am = anchor[0], anchor[1]
            return ay + 1 if m < am else ay

        if anchor is not None and anchor[2] == self.sent and (
                ref is None or anchor[0] != ref.year or anchor[1] != ref.month):
            # The same sentence: the anchor's year, or the year after when the month
            # comes earlier and the reference agrees ("from Oct. 3 ... until January").
            # (Only when the month is nearer forward than back: "On 1 April 2022 ... ran
            # on 27 March" is the month before, in 2022.)
            lo80 = a.start - 80 if a.start > 80 else 0
            if m < anchor[1] and "from" in self.text[lo80:a.start] and \
                    _COMPARED_FROM.search(self.text, lo80, a.start) is not None:
                # "December 2019 - displaced people pass 500,000, up from under 100,000 in
                # January": the earlier month compared with, in the anchor's year
                return anchor[0]
            if m < anchor[1] and self.text[a.start - 6:a.start] in _UNTIL_SPACED:
                # "At its summit of 15 December it granted a transition, until July 29":
                # the end of what the anchor began comes after it
                return forward()
            if ref is not None and (_safe_date(anchor[0], m, d or 1) or ref) < ref and \
                    self._present_future(a.start):
                # "the last of whom left in December, and ... will leave by Sept. 15": a
                # future said now is after publication, whatever the sentence narrated
                return self._year_from_ref(m, d, a.start, a.end)
            if ref is not None and m < anchor[1] and 12 - anchor[1] + m <= anchor[1] - m:
                past = self._year_from_ref(m, d, a.start, a.end)
                if past in (anchor[0], anchor[0] + 1):
                    return past
                fwd = _safe_date(anchor[0] + 1, m, d or 1)
                if past > anchor[0] + 1 and fwd is not None and fwd <= ref:
                    # "on Dec. 15 confirmed that the exit would take effect on Jan. 29",
                    # written in February: the "would" of reported speech reads as a
                    # future, but the month after the anchor is already past
                    return anchor[0] + 1
            elif ref is not None and m > anchor[1] and 12 - m + anchor[1] < m - anchor[1] \
                    and (_safe_date(anchor[0], m, d or 1) or ref) > ref \
                    and not self._future(a.start):
                # "reached 35.4 percent in January, up from 33.9 percent in December",
                # written in February: the month before the anchor, not one still to come
                return anchor[0] - 1
            return anchor[0]
        if ref is not None:
            if anchor is not None and anchor[3] == self.para and (
                    anchor[0] <= ref.year - 2 or (
                        self.framed_month is anchor and anchor[2] == self.sent - 1 and
                        not self._framing(a.start))) and \
                    not self._since_then(anchor[2], a.start) and \
                    not self._present_future(a.start) and \
                    ("now" not in self.text[a.start - 60 if a.start > 60 else 0:a.start] or
                     _NOW_BEFORE.search(self.text, max(0, a.start - 60), a.start) is None):
                # ("She is 38 now, and since April she has been back": the present)
                return forward()
            return self._year_from_ref(m, d, a.start, a.end)
        later = [y for pos, y in self.explicit_years.get(self.sent, ()) if pos > a.start]
        if later:
            return later[0]
        if anchor is not None and anchor[3] == self.para:
            return forward()
        return self.doc_year

    def _lowered(self) -> bytes:
        """The field lower-cased as Latin-1 bytes (made on first use; b"" beyond
        Latin-1, where each clause is lower-cased instead)."""
        low = self._low
        if low is None:
            try:
                low = self.text.encode("latin-1").lower()
            except UnicodeEncodeError:
                low = b""
            self._low = low
        return low

    def _present_future(self, start: int) -> bool:
        """'took power in April 2021 ... He is due to be sworn in on May 23': a future
        said in the present ("will", "is due to") in the clause leaves the years the
        paragraph narrated ("would" does not: a future seen from then)."""
        text = self.text
        lo = start - 120 if start > 120 else 0
        low = self._lowered()
        if low and _STRONG_FUTURE_QUICK.search(low, lo, start) is None:
            return False  # (no "will", "shall", "is", "are" in reach: the usual case)
        brk = _LAST_BREAK.match(text, lo, start)
        return _STRONG_FUTURE.search(text, brk.end() if brk else lo, start) is not None

    def _pluperfect(self, start: int) -> bool:
        """'had seized the town the day before': a past perfect in the clause before."""
        lo = start - 100 if start > 100 else 0
        if "had " not in self.text[lo:start]:
            return False
        brk = _LAST_BREAK.match(self.text, lo, start)
        return _PLUPERFECT.search(self.text, brk.end() if brk else lo, start) is not None

    def _since_then(self, anchor_sent: int, start: int) -> bool:
        """Whether "since then" stands between the anchor's sentence and ``start``: the
        story comes back to the present ("hit in December 2021. Since then there have been
        dozens of incidents. In January, 28 soldiers died" -> this January)."""
        i = self.text.rfind("ince then", max(0, start - 400), start)
        return i > 0 and self.text[i - 1] in "Ss" and \
            self.locate.locate(self.field, i) > anchor_sent  # type: ignore[arg-type]

    def _year_from_ref(self, m: int, d: int | None, start: int, end: int = -1) -> int:
        """Most recent such month/day on or before the reference; the next one when the
        clause speaks of the future."""
        ref = self.ref
        assert ref is not None
        y = ref.year
        if d is None:
            if m == ref.month:
                return y
            past = m < ref.month
        else:
            c = _safe_date(y, m, d)
            if c is None or c == ref:
                return y  # the same either way: no need to read the clause
            past = c < ref
            if not past and (c - ref).days <= _NEAR_DAYS:
                # A day in the coming week is this year's, whatever the tense: a day a
                # year back would carry its year ("the brief covers 14-20 December",
                # published on the 18th).
                return y
        # Past reading: this year when on or before the reference; future: next year.
        if self._future(start) or (not past and (
                self._by_deadline(start)
                or (end > 0 and _MODAL_AFTER.match(self.text, end) is not None)
                or ((self._event_named(start, end)
                                              or self._set_by_verb(start)) and (
                    _safe_date(y, m, d or 1) - ref).days <= _SOON_DAYS))) \
                or self._postponed(start, end, past):
            if self.text[start - 6:start] in _SINCE_SPACED:
                # "in prison since July" is past whatever the sentence says is to come
                return y if past else y - 1
            return y if not past else y + 1
        if self.text[start - 6:start] in _UNTIL_SPACED and self._lasts_until(start):
            # "holds the chair until February" (written in March): the next February;
            # "the rainy season, which lasts until September" (in August): this one
            self.lasting_at = start
            return y + 1 if past else y
        return y if past else y - 1

    # ------------------------------------------------------------ points
    def _point(self, a: Atom) -> tuple[str | None, dt.date | None]:
        """Value of a date/month/year/weekday/part point; and its day when day-precise."""
        if a.value is not None:  # decades
            return a.value, None
        if a.rel == "iso_week":  # a bulletin's "epidemiological week 41"
            y = self.ref.year if self.ref is not None else self.doc_year
            return (f"{y:04d}-W{int(a.amount or 0):02d}" if y else None), None
        if a.wd is not None:
            d = self._weekday(a)
            return (_day_str(d) if d else None), d
        if a.part is not None and a.d is None:
            # (a part of a named day, "the early hours of Friday 13 February", is read
            # below as that date)
            return self._part(a)
        if a.rel is not None:
            return self._relative(a)
        m, y = a.m, a.y
        if y is not None and a.start >= 2 and self.text[a.start - 1] == " " \
                and self.text[a.start - 2] in _BULLETS \
                and (a.start == 2 or self.text[a.start - 3] == "\n"):
            self.line_year = (y, a.start - 2)  # "- 29 May 2015: ...": the entry's year
        if m is None:
            if y is None:
                return None, None
            self.last_year = y  # _note_month(y, None)
            self.written_year = (y, self.sent)
            start = a.start
            if self._framing(start) and not self._since_before(start):
                # "In 2019, troops left in March": the year frames the sentence ("Since
                # 2013, ..." opens a span up to now: it frames no later month).
                self.last_month = (y, 0, self.sent, self.para)
            return _year_str(y), None
        if y is None and a.yrel is not None:
            # "6 June this year": the reference's year (none without a reference)
            if self.ref is None:
                return None, None
            y = self.ref.year + a.yrel
        if y is None:
            # A day or month opening a line of key dates takes the year it had in the
            # text ("on May 6 ... KEY DATES / May 6 - first round"). (A month the list
            # has set decides first, as in prose.)
            if (a.start == 0 or self.text[a.start - 1] == "\n") and \
                    key_date_line(self.text, a.start, a.end):
                lm = self.last_month
                if lm is None or lm[3] != self.para:
                    y = self.days_seen.get((m, a.d))
            if y is None and a.d is not None:
                y = self._day_written_before(m, a.d)
            if y is None:
                y = self._year_for(m, a.d, a)
                if y is None:
                    return None, None
        elif a.d is not None:
            self.days_written[(m, a.d)] = y
        self.days_seen[(m, a.d)] = y
        if a.d is None:
            self.last_year = y  # _note_month(y, m)
            if not self._since_before(a.start) and self.lasting_at != a.start and not (
                    a.y is not None and self._backdrop_event(a.start)):
                # "since the colonels seized power in August 2020" is a backdrop: it
                # does not set the year the paragraph narrates; nor does the end of a
                # state that lasts ("holds the chair until February, and in March ...")
                self.last_month = (y, m, self.sent, self.para)
                # "In January 2024 troops landed.": an explicit month framing its
                # sentence sets the paragraph's timeline
                self.framed_month = self.last_month if a.y is not None and \
                    self._framing(a.start) else None
            else:
                self.backdrop_month = (y, m, self.sent)
            return _month_str(y, m), None
        d = _safe_date(y, m, a.d)
        if d is None:
            return None, None
        if not a.dateline and not self._since_before(a.start):
            # the dateline is the filing date, "since July 26" a backdrop, "the December
            # 25, 2011 bombing" names an event: none is the day the story is about ("the
            # May 6 election" is still the day "the same day" refers to)
            attributive = self._attributive_date(a)
            if a.y is None or not attributive:
                self._note_day(d, explicit=True, event=not attributive)
        return _day_str(d), d

    def _backdrop_event(self, start: int) -> bool:
        """'after the coup of July 2023': a past event named by its month is a backdrop."""
        text = self.text
        if text[start - 3:start] != "of ":
            return False
        m = _BACKDROP_EVENT.search(text, max(0, start - 24), start)
        return m is not None

    def _attributive_date(self, a: Atom) -> bool:
        """'behind the December 25, 2011 bombing of the church', 'the winner of the May 6
        election': a date between "the" and a lower-case noun names an event, not the
        story's day."""
        text = self.text
        if text[max(0, a.start - 4):a.start].lower() != "the ":
            return False
        nxt = _NOUN_AFTER.match(text, a.end)
        return nxt is not None and nxt.group(1) not in _NOT_EVENT_NOUNS

    def _weekday(self, a: Atom) -> dt.date | None:
        ref = self.ref
        if ref is None or a.wd is None:
            return None
        rel = a.rel
        if rel == "wd_appos" and self.last_day is not None and \
                self.last_day[0].weekday() == a.wd:
            return self.last_day[0]  # "on the twenty-fifth, the Thursday,": that day
        back, fwd, last, nxt = _weekday_days(ref, a.wd)
        if rel is not None and rel.startswith("week_"):
            # "Wednesday last week": that weekday of the reference's ISO week + step
            d = ref + dt.timedelta(days=a.wd - ref.weekday(), weeks=int(rel[5:]))
            self.last_day = (d, self.sent)
            self._note_event_day(d, a.start)
            return d
        if rel in ("after_anchor", "before_anchor"):
            # "the following Friday": the first one after the day the story last set
            # (else after the reference); "the previous Friday": the last one before it
            base = self._recent_day(3)
            if base is not None and base > ref and not self._future(a.start):
                # a day ahead anchors no past narrative ("... killed 58 on the previous
                # Monday")
                base = None
            base = base or self._story_day() or ref
            if rel == "after_anchor":
                d = base + dt.timedelta(days=(a.wd - base.weekday() - 1) % 7 + 1)
            else:
                d = base - dt.timedelta(days=(base.weekday() - a.wd - 1) % 7 + 1)
        elif rel == "last":
            d = last
        elif rel == "next":
            d = nxt
        elif back is fwd:  # the reference is that weekday: future or not, the same day
            d = back
        elif rel == "this" or self._future(a.start) or (
                self.text[max(0, a.start - 11):a.start].lower().endswith(_AHEAD_ENDINGS)
                and self._announced_ahead(a)):
            d = fwd
        else:
            d = back
        if self.text[a.start - 6:a.start].lower() != "since " and \
                self.text[a.start - 5:a.start].lower() != "from ":
            # ("displaced since Friday" is a backdrop, "mourning from Friday" opens a
            # period: neither is the day the story is on)
            self.last_day = (d, self.sent)  # _note_day
            self._note_event_day(d, a.start)
        return d

    def _announced_ahead(self, a: Atom) -> bool:
        """A weekday right after starting/beginning/effective opens what is announced,
        ahead ("declared three days of mourning starting Tuesday"; not when a past verb
        comes right after it: "the strike, starting Tuesday, was the longest"); after
        to/until in a clause that puts something off, it is the new day ("adjourned
        until Monday"). (One look at the word before decides which, if either, applies.)"""
        text = self.text
        w = text[max(0, a.start - 11):a.start].lower().split()  # (the caller saw an ending)
        if w[-1] in _STARTING_WORDS or w[-2:] == ["called", "for"]:
            # ("the march that organisations had called for Saturday": the day set for it)
            after = text[a.end:a.end + 12].replace(",", " ").split()
            return not after or after[0].lower() not in ("was", "were", "had")
        return w[-1] in _TO_UNTIL and (self._postponed(a.start) or _given_until(text, a.start))

    def _part(self, a: Atom) -> tuple[str | None, dt.date | None]:
        ref = self.ref
        if a.wd is not None:
            d = self._weekday(a)
            return (_day_str(d) if d else None), d
        part = a.part
        if part == "weekend":
            base = None
            if a.rel in ("the", "that"):
                base = self._recent_day(0) or ref
            elif a.rel in ("this", "last", "next"):
                base = ref
            if base is None:
                return None, None
            sat_back = base - dt.timedelta(days=(base.weekday() - 5) % 7)
            if a.rel == "next" or (a.rel in ("the", "this") and self._future(a.start)) or (
                    a.rel == "this" and base.weekday() < 5):
                sat = base + dt.timedelta(days=(5 - base.weekday()) % 7)
                if a.rel == "next" and sat <= base:
                    sat += dt.timedelta(days=7)
            elif a.rel == "last":
                sat = sat_back if sat_back + dt.timedelta(days=1) < base else \
                    sat_back - dt.timedelta(days=7)
            else:
                sat = sat_back
            return f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}", None
        if part == "overnight":
            d = self._recent_day(2) or (ref - dt.timedelta(days=1) if ref else None)
            if d is None:
                return None, None
            return f"{d.isoformat()}/{(d + dt.timedelta(days=1)).isoformat()}", None
        if a.rel in ("this", "tonight"):
            d = ref
        elif a.rel in _DAYS_FROM_TODAY:  # "yesterday evening", "tomorrow morning"
            return self._relative(a)
        elif a.rel == "last":
            d = ref - dt.timedelta(days=1) if ref else None
        else:  # "the morning", "that night", "at dawn"
            d = self._event_day(3) or self._story_day() or ref
            night = self.last_night
            if part in _SMALL_HOURS and d is not None and night is not None and night[2] \
                    and self.sent - night[1] <= 2 and d == night[0] - dt.timedelta(days=1):
                # "the night of Friday to Saturday ... By dawn": Saturday's, like a clock
                # time before 6 a.m.; the story stays on Friday (after an evening, "at
                # dawn" is as often the evening's own day: not moved)
                return _day_str(night[0]), night[0]
        if d is None:
            return None, None
        self._note_day(d)
        return _day_str(d), d

    def _day_of_month(self, a: Atom) -> tuple[str | None, dt.date | None]:
        """"on the 28th": that day of the month the paragraph is on (its last month
        named), else of the reference's month (the month before when the day is still
        ahead and the clause has no future cue); "last Sunday, the fourth": the day just
        named."""
        assert a.d is not None
        if a.rel == "day_appos":
            day = self.last_day[0] if self.last_day is not None else None
            if day is None or day.day != a.d:
                return None, None
            return _day_str(day), day
        lm = self.last_month
        if lm is not None and lm[1] and lm[3] == self.para:
            y, m = lm[0], lm[1]
        elif self.ref is not None:
            y, m = self.ref.year, self.ref.month
            if a.d > self.ref.day and not self._future(a.start):
                y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        elif lm is not None and lm[1]:
            y, m = lm[0], lm[1]
        else:
            return None, None
        d = _safe_date(y, m, a.d)
        if d is None:
            return None, None
        self._note_day(d)
        return _day_str(d), d

    def note_resolved(self, a: Atom, value: str, pub: dt.date | None) -> None:
        """What a resolved mention sets for the ones after it: the day just named (for
        "on Monday at 8 p.m."), a dated dateline as its item's reference, a night or an
        evening for the small hours that follow."""
        kind = a.kind
        if len(value) == 10 and kind in _DAY_KINDS:
            d = dt.date.fromisoformat(value)
            self.prev_day = (a.end, d)
            if a.dateline and kind == "date" and (
                    pub is None or dt.timedelta(0) <= pub - d <= dt.timedelta(days=31)):
                # "DAKAR, May 17 — ... on Thursday evening": a dated dateline within a
                # month before publication is the reference of the item it opens (a
                # briefs column has one per item)
                self.ref = d
        elif kind == "part" and ((len(value) == 21 and a.part in _NIGHTS)
                                 or (len(value) == 10 and a.part == "evening")):
            # "the night of Friday to Saturday" (D/D+1), "that evening" (D): the small
            # hours that follow are on the next day (not after "the early hours of
            # Tuesday", a night part of D itself)
            two_days = len(value) == 21
            nxt = dt.date.fromisoformat(value[11:] if two_days else value)
            self.last_night = (nxt if two_days else nxt + dt.timedelta(days=1), self.sent,
                               two_days)

    def heading(self, a: Atom, last: dt.date | None) -> tuple[str | None, bool, str | None]:
        """A day heading a section of a diary or digest: a weekday alone is the first such
        day after the last heading (the entries go forward); the day found becomes the
        reference of the section ("this morning", "last night", "on Friday")."""
        if a.kind != "date" and a.wd is not None and last is not None:
            d = last + dt.timedelta(days=(a.wd - last.weekday()) % 7 or 7)
        else:
            value, approx, mod = self.resolve(a)
            if value is None or len(value) < 10 or value[4:5] != "-" or value[7:8] != "-":
                return value, approx, mod
            d = dt.date.fromisoformat(value[:10])
        self.ref = d
        self._note_day(d, explicit=True)
        return _day_str(d), a.approx, a.mod

    def _relative(self, a: Atom) -> tuple[str | None, dt.date | None]:
        ref = self.ref
        rel = a.rel or ""
        if rel in _DAYS_FROM_TODAY:
            if ref is None:
                return None, None
            d = ref + dt.timedelta(days=_DAYS_FROM_TODAY[rel])
            self._note_day(d)
            return _day_str(d), d
        if rel == "vague":
            return None, None
        if rel in ("day_of_month", "day_appos"):
            return self._day_of_month(a)
        if rel.startswith("deictic_"):
            if ref is None:
                return None, None
            w = rel[8:]
            lm = self.last_month
            if w == "the" and a.unit == "M" and lm is not None and lm[1] and \
                    lm[3] >= self.para - 1 and not self._future(a.start) and \
                    not self._since_before(a.start):
                # ("suspended twice since the start of the month": up to now, this one)
                # "Attacks rose in March. ... at the end of the month": that month (in
                # the paragraph that named it or the next)
                return _month_str(lm[0], lm[1]), None
            wy = self.written_year
            if w == "the" and a.unit == "Y" and (wy is None or wy[1] != self.sent):
                ly = self.line_year  # (a list entry's year holds for its whole line)
                wy = ly if ly is not None and a.start - ly[1] <= 400 and \
                    self.text.find("\n", ly[1], a.start) < 0 else None
            if w == "the" and a.unit == "Y" and wy is not None \
                    and wy[0] < ref.year and not self._since_before(a.start) \
                    and not self._future_in_sentence(a):
                # "- 2015: ... by the end of the year", "- 29 May 2015: ... He later
                # orders ... by the end of the year": the year written earlier in the
                # sentence or the list entry, not the reference's (not "since the start
                # of the year", nor ahead: "by the end of the year the junta will leave")
                return f"{wy[0]:04d}", None
            step = {"this": 0, "last": -1, "next": 1}.get(w, 0)
            if a.unit == "W":
                self.last_week = (ref + dt.timedelta(weeks=step), self.sent)
            return self._unit_value(ref, a.unit, step, note=True), None
        if rel.startswith("anchor_"):
            w = rel[7:]
            step = {"same": 0, "following": 1, "previous": -1}[w]
            unit = a.unit
            if unit == "D":
                base = None
                ex = self.last_explicit_day
                if w == "same" and ex and self.sent - ex[1] <= 2 and (
                        self.last_day is None or self.last_day[1] <= ex[1]):
                    # (a weekday named after it is the nearer day: "IN BRIEF - Friday
                    # 28 March ... sworn in on Wednesday ... the same evening")
                    base = ex[0]
                base = base or self._recent_day(3) or self._story_day()
                if base is None:
                    return None, None
                d = base + dt.timedelta(days=step)
                if step >= 0 or not self._pluperfect(a.start):
                    # ("Jihadists had seized the town the day before. That evening, ...":
                    # a look back; the story stays on its day)
                    self._note_day(d)
                return _day_str(d), d
            if unit == "W":
                sw = self.span_week
                if sw is not None and step and self.sent - sw[2] <= 3:
                    shift = dt.timedelta(weeks=step)
                    if sw[0].weekday() == 0:  # a bulletin's Monday-Sunday: an ISO week
                        return _iso_week(sw[0] + shift), None
                    return f"{(sw[0] + shift).isoformat()}/{(sw[1] + shift).isoformat()}", None
                base = self._recent_day(3)
                wk = self.last_week
                if wk is not None and self.sent - wk[1] <= 2 and (
                        base is None or self.last_day is None or wk[1] >= self.last_day[1]):
                    base = wk[0]  # "Last week ..., up from 2,100 the week before"
                base = base or self._story_day()
                if base is None:
                    return None, None
                day = base + dt.timedelta(weeks=step)
                self.last_week = (day, self.sent)
                return _iso_week(day), None
            if unit == "M":
                lm = self.last_month
                bm = self.backdrop_month
                if bm is not None and (lm is None or bm[2] == self.sent and lm[2] < bm[2]):
                    # "frozen since the soldiers left in December 2023, and the embassy
                    # closed the following month": the backdrop is this sentence's month
                    lm = bm
                if lm is None:
                    return None, None
                y, m = lm[0], lm[1]
                d = dt.date(y, m, 1) + relativedelta(months=step)
                self._note_month(d.year, d.month)
                return _month_str(d.year, d.month), None
            if unit == "Y":
                if self.last_year is None:
                    return None, None
                y = self.last_year + step
                self._note_month(y, None)
                return f"{y:04d}", None
            return None, None
        if rel.startswith("month_"):
            w = rel[6:]
            m = a.m or 1
            if w in ("that", "of_that", "of_same"):
                if self.last_year is None:
                    return None, None
                y = self.last_year
            elif w in ("of_following", "of_previous"):
                if self.last_year is None:
                    return None, None
                y = self.last_year + (1 if w == "of_following" else -1)
            elif w in ("following", "previous"):
                # "September 2023 ... the following July" -> 2024-07: the first such month
                # after (before) the one the story is in, else the reference's
                lm = self.last_month
                if lm is not None:
                    ly, lmo = lm[0], lm[1]
                elif ref is not None:
                    ly, lmo = ref.year, ref.month
                else:
                    return None, None
                if w == "following":
                    y = ly if m > lmo else ly + 1
                else:
                    y = ly if m < lmo else ly - 1
            else:
                if ref is None:
                    return None, None
                if w in ("this", "of_this"):
                    y = ref.year
                elif w in ("last", "of_last"):
                    y = ref.year if m < ref.month else ref.year - 1
                    if w == "of_last":
                        y = ref.year - 1
                else:  # next
                    y = ref.year if m > ref.month else ref.year + 1
                    if w == "of_next":
                        y = ref.year + 1
            self._note_month(y, m)
            if a.d is not None:  # "that Christmas": a day of the year (a holiday)
                return f"{y:04d}-{m:02d}-{a.d:02d}", None
            return _month_str(y, m), None
        if rel.startswith("season_"):
            # "last fall" -> 2017-09/2017-11: the latest such season over before the
            # reference month; "this" the one in or nearest the reference year; "next"
            # the first to start after it. (a.m, a.d: first and last month.)
            if ref is None or a.m is None or a.d is None:
                return None, None
            m1, m2 = a.m, a.d
            span = (m2 - m1) % 12

            def bounds(y: int) -> tuple[dt.date, dt.date]:
                b = dt.date(y, m1, 1)
                return b, b + relativedelta(months=span)

            w = rel[7:]
            y = ref.year
            cur = dt.date(ref.year, ref.month, 1)
            if w in ("following", "previous"):
                # from the month the story is in ("28 January 2013 ... The following
                # spring" -> 2013-03/2013-05), else from the reference
                lm = self.last_month
                if lm is not None:
                    y, cur = lm[0], dt.date(lm[0], lm[1], 1)
                w = "next" if w == "following" else "last"
            if w == "last":
                while bounds(y)[1] >= cur:
                    y -= 1
            elif w == "next":
                while bounds(y)[0] <= cur:
                    y += 1
            else:
                if bounds(y)[0] > cur and bounds(y - 1)[1] >= cur:
                    y -= 1
            b, e = bounds(y)
            return f"{b.year:04d}-{b.month:02d}/{e.year:04d}-{e.month:02d}", None
        if rel == "ago_today":
            # "three years ago today": the same day, that many units back (an anniversary)
            if ref is None or a.amount is None or not 0 < a.amount <= 500 \
                    or a.amount != int(a.amount):
                return None, None
            units = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}.get(a.unit or "D")
            if units is None:
                return None, None
            d = ref - relativedelta(**{units: int(a.amount)})
            self._note_day(d)
            # the anniversary's month anchors the story it opens ("Four years ago today,
            # gunmen stormed ... The boys were freed on 17 December" -> that December)
            self._note_month(d.year, d.month)
            return _day_str(d), d
        if rel in ("ago", "from_now"):
            # "two years ago" back from the reference, "two years from now" ahead of it
            if ref is None or a.amount is None or not 0 < a.amount <= 500:
                return None, None
            amt = a.amount if rel == "ago" else -a.amount
            unit = a.unit or "D"
            if unit == "Y":
                return f"{ref.year - int(round(amt)):04d}", None
            if unit == "M":
                d = ref - relativedelta(months=int(round(amt)))
                return f"{d.year:04d}-{d.month:02d}", None
            if unit == "W":
                return _iso_week(ref - dt.timedelta(weeks=amt)), None
            if unit == "D":
                d = ref - dt.timedelta(days=int(round(amt)))
                return d.isoformat(), d
            return ref.isoformat(), ref
        return None, None

    def _unit_value(self, base: dt.date, unit: str | None, step: int, note: bool) -> str | None:
        if unit == "Y":
            y = base.year + step
            if note:
                self._note_month(y, None)
            return _year_str(y)
        if unit == "M":
            d = base + relativedelta(months=step)
            if note:
                self._note_month(d.year, d.month)
            return _month_str(d.year, d.month)
        if unit == "W":
            return _iso_week(base + dt.timedelta(weeks=step))
        if unit == "D":
            return _day_str(base + dt.timedelta(days=step))
        return None

    # ------------------------------------------------------------ entry
    def resolve(self, a: Atom) -> tuple[str | None, bool, str | None]:
        self._at = a.start
        self.para = _bisect_right(self._paras, a.start)  # _para_of
        if self.stamp_ref is not None and self.para != self.stamp_ref[1]:
            self.ref, self.stamp_ref = self.stamp_ref[0], None
        kind = a.kind
        if kind == "duration":  # (value: "one year and 10 months", set by the scanner)
            return a.value or duration_value(a.amount, a.unit), a.approx, None
        if kind == "time":
            return self._time(a)
        if kind == "range" or a.first is not None:  # also "the night of 27 to 28 May"
            first, last = a.first, a.end_atom
            if first is None or last is None:
                return None, a.approx, None
            # A span is not the day the story is on: "the same week", a clock time
            # later on keep the day they had before it.
            days = self.last_day, self.last_explicit_day, len(self._days)
            try:
                out = self._range(a, first, last)
            finally:
                self.last_day, self.last_explicit_day, n = days
                del self._days[n:]
            if a.part is not None and out[0] is not None and out[0][7:8] == "-":
                # "the night of October 27 to 28": the story is on its first day ("the
                # next day" is the 28th)
                self._note_day(dt.date.fromisoformat(out[0][:10]))
            return out
        value, _ = self._point(a)
        return value, a.approx, a.mod

    def _time(self, a: Atom) -> tuple[str | None, bool, str | None]:
        text = self.text
        off = a.zone if a.zone and a.zone != "local" else self.offset
        if a.zone == "local" and text[a.end:a.end + 4] == " in ":
            # "4 p.m. in Dakar, 5 p.m. in N'Djamena": the zone of the place named
            p = _place_re().match(text, a.end + 4)
            if p is not None:
                off = PLACE_OFFSETS.get(p.group().lower(), off)
        last = self._last_time
        if last is not None and a.zone == "local" and a.hh is not None and \
                text.startswith(" local time", a.end) and \
                _CONVERSION.fullmatch(text, last[0], a.start) is not None:
            # "1600 GMT (5 p.m. local time)": the same instant; the local offset is the
            # difference between the two clocks (within a day either way)
            u = last[1]
            diff = (a.hh * 60 + (a.mi or 0) - u.hour * 60 - u.minute
                    - int(u.utcoffset().total_seconds() // 60)) % 1440
            if diff > 840:
                diff -= 1440
            if diff % 15 == 0:
                sign = "+" if diff >= 0 else "-"
                off = f"{sign}{abs(diff) // 60:02d}:{abs(diff) % 60:02d}"
                t = u.astimezone(_tz(off))
                self._last_time = None
                return f"{t.date().isoformat()}T{t.hour:02d}:{t.minute:02d}{off}", a.approx, None
        if last is not None and a.zone != "local" and \
                _CONVERSION.fullmatch(text, last[0], a.start) is not None:
            off = _offset_on(off, last[1].date())  # "2100 GMT (10 p.m. Paris time)"
            # "midnight (2300 GMT)", "7:30 pm local time (1830 GMT)": one instant
            # written twice, so the same moment in the other zone (maybe the day before).
            t = last[1].astimezone(_tz(off))
            self._last_time = None
            return f"{t.date().isoformat()}T{t.hour:02d}:{t.minute:02d}{off}", a.approx, None
        if a.rel == "stamp":
            # A post's stamp ("1/8 · 26 Aug 2024, 07:52", then "2/8 · 07:55"): the day
            # written in the first stamp holds for the thread, and is the reference of
            # its posts ("Yesterday" is the day before it)
            if self.stamp_day is None:
                day = self.prev_day[1] if self.prev_day is not None and \
                    0 < a.start - self.prev_day[0] <= 3 else self.ref
                if day is None:
                    return None, a.approx, None
                self.stamp_day = day
            # (the post's paragraph only: the article's own reference comes back after)
            self.stamp_ref = (self.stamp_ref[0] if self.stamp_ref else self.ref, self.para)
            self.ref = self.stamp_day
            return self._clock(a, self.stamp_day, off, note=False)
        ls = a.start
        while ls > 0 and text[ls - 1] in " \t":
            ls -= 1
        if self.field == "body" and a.part != "day_given" and (ls == 0 or text[ls - 1] == "\n"):
            # A clock time that opens a line is a live-blog or timeline entry stamp
            # ("10:05 GMT - Summit set for Thursday"): the day of publication.
            day = self.ref or self._recent_day(3) or self._story_day()
        elif self.ref is not None and text[a.start - 1:a.start] == " " and \
                _IT_IS.search(text, max(0, a.start - 12), a.start) is not None:
            # "It is seven minutes past seven in Bamako": the speaker's now
            day = self.ref
        elif self.prev_day is not None and 0 < a.start - self.prev_day[0] <= 12 and \
                _AT_GAP.fullmatch(text, self.prev_day[0], a.start) is not None:
            # "stated on Monday at 8 p.m.": the day written just before the time, even
            # the day something was said
            day = self.prev_day[1]
        else:
            day = self._event_day(3) or self._story_day() or self.ref
            night = self.last_night
            if night is not None and day is not None and a.hh is not None and a.hh < 6 \
                    and a.part != "day_given" and self.sent - night[1] <= 2 \
                    and day == night[0] - dt.timedelta(days=1):
                # "during the night of Friday to Saturday ... around 2 a.m.": Saturday; the
                # story stays on Friday ("The next morning" is Saturday's)
                day = night[0]
                return self._clock(a, day, off, note=False)
            if day is not None and self.ref is not None and day > self.ref and \
                    self._past_before(a.start):
                # "the next briefing would hold on Thursday 25 April. The briefing ended
                # at 12.05 p.m.": a past clock time is not on a day still to come; the
                # day the body opened with, else the story's
                day = self.opening_day or self._story_day() or self.ref
        if day is None:
            return None, a.approx, None
        if a.rel == "midnight" and a.part != "day_given":
            # "ran out at midnight" late on a day: the midnight that closes it. ("at
            # midnight on Sunday" names its day and is that day's 00:00.)
            return self._clock(a, day + dt.timedelta(days=1), off, note=False)
        return self._clock(a, day, off, note=True)

    def _clock(self, a: Atom, day: dt.date, off: str, note: bool
               ) -> tuple[str | None, bool, str | None]:
        """A clock time's value on ``day`` (noted as the story's day with ``note``)."""
        if note:
            self._note_day(day)
        off = _offset_on(off, day)
        self._last_time = (a.end, dt.datetime(day.year, day.month, day.day, a.hh, a.mi,
                                             tzinfo=_tz(off)))
        return f"{day.isoformat()}T{a.hh:02d}:{a.mi:02d}{off}", a.approx, None

    def _range(self, a: Atom, first: Atom, last: Atom) -> tuple[str | None, bool, str | None]:
        if first.kind == "time" and last.kind == "time":
            # "from 10 p.m. to 5 a.m.": the end on the next day when it is earlier; a
            # zone written once, at the end, is both ends' ("17:30–19:00 GMT")
            if first.zone == "local" and last.zone and last.zone != "local":
                first.zone = last.zone
            v1, _, _ = self._time(first)
            if v1 is None:
                return None, a.approx, None
            day = dt.date.fromisoformat(v1[:10])
            if (last.hh, last.mi) <= (first.hh, first.mi):
                day += dt.timedelta(days=1)
            off = _offset_on(last.zone if last.zone and last.zone != "local" else self.offset,
                             day)
            return f"{v1}/{day.isoformat()}T{last.hh:02d}:{last.mi:02d}{off}", a.approx, None
        if first.y is None and last.y is None and first.m is not None and \
                last.m is not None and first.rel is None and last.rel is None and \
                first.wd is None and last.wd is None and \
                (self.last_month is None or self.last_month[2] != self.sent):
            # "between March and May": the end decides (most recent, or future); a
            # span holding the reference's month, in a sentence that looks ahead, is the
            # current one ("between June and August, 6.9 million people are projected
            # to face crisis", written in June).
            v2, _ = self._point(last)
            last_y = int(v2[:4]) if v2 else None
            ref = self.ref
            if ref is not None and first.m <= ref.month <= last.m and last_y != ref.year \
                    and (self._future_in_sentence(a) or self._season_now(a)
                         or not self._narrates_past(*self._sentence_around(a.start))):
                # (also in a sentence with no past tense: "the curfew runs from April to
                # June", written in April)
                last_y = ref.year
            if last_y is not None:
                first.y = last_y - 1 if first.m > last.m else last_y
                last.y = last_y
        if first.y is None and first.m is not None and first.rel is None and \
                last.rel is not None and last.rel[:9] == "month_of_":
            # "between January and June this year": the end's year is both's
            v2, _ = self._point(last)
            if v2 is not None:
                last.y = int(v2[:4])
        if first.y is None and last.y is not None and first.m is not None and \
                first.rel is None and first.wd is None:
            first.y = last.y - 1 if last.m is not None and first.m > last.m else last.y
        v1, _ = self._point(first)
        if last.y is None and last.m is not None and last.wd is None and \
                self.last_month is not None:
            y0, m0 = self.last_month[0], self.last_month[1]
            last.y = y0 + 1 if last.m < m0 else y0
        v2, _ = self._point(last)
        if v1 is None or v2 is None:
            return None, a.approx, None
        if len(v1) == 10 == len(v2):
            d1, d2 = dt.date.fromisoformat(v1), dt.date.fromisoformat(v2)
            if (d2 - d1).days == 6:
                # "Key figures for 7-13 December, with the previous week in brackets": the
                # seven days "the previous week" shifts (a bulletin's week, any weekday)
                self.span_week = (d1, d2, self.sent)
        return f"{v1}/{v2}", a.approx, None


_START = operator.attrgetter("start")
_NIGHTS = frozenset(["night", "overnight", "evening"])
_BULLETS = frozenset(["-", "*", "\u2022", "\u2013", "\u2014"])
_DAY_KINDS = frozenset(["date", "weekday", "relative"])
_IT_IS = re.compile(r"(?<![\w])(?:[Ii]t[ \t]+is|[Ii]t['\u2019]s)(?:[ \t]+now)?[ \t]+\Z")
_AT_GAP = re.compile(r",?[ \t]+(?:at|around|about|from|shortly[ \t]+after)[ \t]+")
_SMALL_HOURS = frozenset(["dawn", "daybreak", "sunrise", "first light"])


# A heading of what is ahead, alone on its line ("COMING UP", "The week ahead:")
_AHEAD_HEADING = re.compile(r"(?im)^[ \t]*(?:" + "|".join(
    re.escape(str(w)).replace(r"\ ", r"[ \t]+") for w in _data()["ahead_headings"])
    + r")[ \t]*:?[ \t]*$")
_LIST_LINE = re.compile(r"[ \t]*(?:[-\u2022][ \t]|\n|\Z)")


def _ahead_sections(text: str) -> list[tuple[int, int]]:
    """The list under each heading of what is ahead: its lines (bullets, or blank) up to
    the first line that is neither. Every date in it is still to come."""
    if "\n- " not in text and "\n\u2022" not in text:
        return []  # no list (most articles): two fast searches
    for w in _AHEAD_WORDS:  # (a case-insensitive regex over the field costs ~50x more,
        if w in text:       # and lower-casing it ~5x)
            break
    else:
        return []
    out = []
    for m in _AHEAD_HEADING.finditer(text):
        pos = m.end() + 1
        while pos < len(text) and _LIST_LINE.match(text, pos) is not None:
            nl = text.find("\n", pos)
            pos = len(text) if nl < 0 else nl + 1
        out.append((m.end(), pos))
    return out


# A word each heading holds, as a heading may write it
_AHEAD_WORDS = tuple(v for w in ("ahead", "coming", "diary", "agenda", "watch", "next")
                     for v in (w, w.upper(), w.capitalize()))
assert all(any(w in str(h) for w in _AHEAD_WORDS) for h in _data()["ahead_headings"])


def _dated_headings(text: str, atoms: list[Atom]) -> list[Atom]:
    """Days that head sections of their own, each alone on its line ("Sunday 5 June",
    "Tuesday", "Wednesday night" in a diary or a digest): two or more of them, or none."""
    heads = [a for a in atoms
             if (a.kind in ("date", "weekday") or a.kind == "part" and a.wd is not None)
             and a.rel is None and (a.start == 0 or text[a.start - 1] == "\n")
             and text[a.end:a.end + 1] in ("\n", "")]
    return heads if len(heads) >= 2 else []


def _header_date(body: str, a: Atom) -> bool:
    """A whole date heading one of the body's first lines, alone or before a short tail
    ("Wednesday 16 June 2021 - Session of 9.30 a.m."): the record's own date, which
    stands in for a missing publication date like a dateline."""
    if a.kind != "date" or a.start > 300 or (a.start and body[a.start - 1] != "\n"):
        return False
    if body.count("\n", 0, a.start) > 3:
        return False
    eol = body.find("\n", a.end)
    line_end = len(body) if eol < 0 else eol
    return line_end - a.start <= 60
_mention = new_date_mention
_SINCE_BEFORE = re.compile(r"(?<![\w])[Ss]ince[ \t][^,.;:()\n\u2014]*\Z")
_IRREGULAR_PAST = re.compile(r"(?<![\w'])(?:" + "|".join(
    str(w) for w in _data()["irregular_past"]) + r")(?![\w'])")
# ("the Dec. 29 legislative, provincial and municipal elections": adjectives may be listed)
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+(?:,[ \t]+[a-z]+)*(?:,?[ \t]+and[ \t]+[a-z]+)?[ \t]+)?(?:" + "|".join(
    str(w) for w in _data()["scheduled_events"]) + r")(?![\w])")
_BACKDROP_EVENT = re.compile(r"(?<![\w])(?:" + "|".join(
    str(w) for w in _data()["backdrop_events"]) + r")[ \t]+of[ \t]+\Z", re.IGNORECASE)
_EVENT_OF_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(
    str(w) for w in _data()["scheduled_events"]) + r")[ \t]+(?:of|on)[ \t]+\Z")
# "until " as written before a date (one slice test)
_UNTIL_SPACED = frozenset(["until ", "Until ", "UNTIL "])
_SINCE_SPACED = frozenset(["since ", "Since ", "SINCE "])
# a comparison with an earlier value ("up from 33.9 percent in December")
_COMPARED_FROM = re.compile(r"(?<![\w])(?:up|down|rising|falling|risen|fallen)[ \t]+from(?![\w])")
# "now" as a word before a date in its sentence: the story is back in the present
_NOW_BEFORE = re.compile(r"(?<![\w])now(?![\w])[^.!?\n]*\Z")
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]{3,})(?![\w-])")
# (lower-case words after "the <date>" that are no event noun: "the 3 May 2024 to ...")
_NOT_EVENT_NOUNS = frozenset(["and", "to", "until", "till", "through", "or", "was", "were",
                              "is", "at", "in", "on", "when", "with", "for", "from", "had"])
_DAY_PARTS = frozenset(str(w) for w in _data()["day_parts"])
# ("at midnight on Sunday", "1600 GMT (5 p.m. local time) on Friday", "in its 7 a.m.
# bulletin on Monday": a noun the clock time names may come between)
_ON_GAP = re.compile(r"\)?(?:[ \t]{1,3}local[ \t]+time)?(?:[ \t]{1,3}(?:" + "|".join(
    str(w) for w in _data()["clock_event_nouns"]) + r"))?[ \t]{1,3}(?:on|of)[ \t]{1,3}\Z")
_TIME_LINK = re.compile(r"[ \t]*(?:local[ \t]+time)?[ \t]*[(,]?[ \t]*")


def _times_before_days(text: str, atoms: list[Atom]) -> list[Atom]:
    """'at midnight on Sunday', '5 a.m. on Aug. 18', 'At dawn on Saturday 23 March':
    resolve the day first, so the clock time (or part of the day) takes it. Returns the
    atoms in resolution order (offsets unchanged)."""
    kinds = [a.kind for a in atoms]
    has_time = "time" in kinds
    if not has_time and "part" not in kinds:
        return atoms  # the usual case: no clock time, nothing to reorder
    out = list(atoms)
    n = len(out)
    # A part of the day right before on + its day ("At dawn on Saturday 23 March"): only
    # the parts are visited.
    i = kinds.index("part") if "part" in kinds else n
    while i < n - 1:
        p = out[i]
        if text[p.end:p.end + 4] in (" on ", " of ") and p.rel == "the" and \
                p.part in _DAY_PARTS and p.wd is None and p.d is None and p.first is None:
            b = out[i + 1]
            if b.kind in ("date", "weekday") and b.start - p.end <= 7 and \
                    _ON_GAP.match(text, p.end, b.start) is not None:
                out[i:i + 2] = [b, p]  # the part takes that day (_event_day)
                kinds[i:i + 2] = [b.kind, "part"]
                i += 2
                continue
        try:
            i = kinds.index("part", i + 1)
        except ValueError:
            break
    if not has_time:
        return out
    i = 0
    while i < n - 1:
        if out[i].kind != "time":
            i += 1
            continue
        # "7:30 pm local time (1830 GMT) on Thursday": a chain of clock times in one
        # clause, then the day they happen on.
        j = i
        while j + 1 < n and out[j + 1].kind == "time" and out[j + 1].start - out[j].end <= 16 \
                and _TIME_LINK.fullmatch(text, out[j].end, out[j + 1].start) is not None:
            j += 1
        if j + 1 < n:
            a, b = out[j], out[j + 1]
            if b.kind in ("date", "weekday", "part") and b.start - a.end <= 18 and \
                    _ON_GAP.match(text, a.end, b.start) is not None:
                out[i:j + 2] = [b, *out[i:j + 1]]
                for t in out[i + 1:j + 2]:
                    t.part = "day_given"  # "at midnight on Sunday": the day is named
        i = j + 1
    return out


_CONVERSION = re.compile(r"[ \t]*(?:local[ \t]+time[ \t]*)?\([ \t]*")


@lru_cache(maxsize=64)
def _tz(off: str) -> dt.timezone:
    sign = -1 if off[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))


def _last_sunday(y: int, m: int) -> dt.date:
    d = dt.date(y, m, calendar.monthrange(y, m)[1])
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def _nth_sunday(y: int, m: int, n: int) -> dt.date:
    d = dt.date(y, m, 1)
    return d + dt.timedelta(days=(6 - d.weekday()) % 7 + 7 * (n - 1))


def summer_time_offset(rule: str, day: dt.date) -> str:
    """The UTC offset of a summer-time rule on ``day`` ("eu": Paris, "uk": London,
    "us-east": New York), by the day alone (the night of the change is not told apart)."""
    y = day.year
    if rule == "us-east":
        summer = _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
        return "-04:00" if summer else "-05:00"
    summer = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    base = 0 if rule == "uk" else 1
    return f"+{base + summer:02d}:00"


def _offset_on(off: str, day: dt.date) -> str:
    """An offset as written, or a place's summer-time zone ("dst:eu") on ``day``."""
    return summer_time_offset(off[4:], day) if off.startswith("dst:") else off


def _conversion_offsets(text: str, atoms: list[Atom]) -> None:
    """'7:30 pm local time (1830 GMT)': the local offset is the difference (+01:00)."""
    for a, b in zip(atoms, atoms[1:]):
        if a.kind == "time" and b.kind == "time" and (
                a.zone == "local" or (a.zone or "").startswith("dst:")) and \
                b.zone not in (None, "local") and not b.zone.startswith("dst:") \
                and b.start - a.end <= 16 and \
                _CONVERSION.fullmatch(text, a.end, b.start) is not None:
            diff = (a.hh * 60 + a.mi) - (b.hh * 60 + b.mi) + int(b.zone[0] + "1") * (
                int(b.zone[1:3]) * 60 + int(b.zone[4:6]))
            diff = (diff + 720) % 1440 - 720
            if diff % 30 == 0:
                sign = "-" if diff < 0 else "+"
                a.zone = f"{sign}{abs(diff) // 60:02d}:{abs(diff) % 60:02d}"


def resolve_article(article: Article, locate: SentenceLocator, title_atoms: list[Atom],
                    body_atoms: list[Atom]) -> list[DateMention]:
    pub = article.published
    if isinstance(pub, dt.datetime):
        pub = pub.date()
    elif isinstance(pub, str):  # defensive: a loader that left the ISO string as is
        try:
            pub = dt.date.fromisoformat(pub[:10])
        except ValueError:
            pub = None
    elif not isinstance(pub, dt.date):
        pub = None
    ref = pub
    if ref is None:
        body = article.body or ""
        for a in body_atoms[:3]:
            if a.y is not None and a.m and a.d and (a.dateline or _header_date(body, a)):
                ref = _safe_date(a.y, a.m, a.d)
                break
    doc_year = None
    if ref is None:  # only read without a reference: the latest year the text states
        years: list[int] = []
        for a in (*title_atoms, *body_atoms):
            for x in (a, a.first, a.end_atom):
                if x is not None and x.y is not None:
                    years.append(x.y)
        doc_year = max(years) if years else None
    cache: dict[str, str] = {}

    def offset() -> str:
        if "o" not in cache:
            cache["o"] = local_offset(article)
        return cache["o"]

    out: list[DateMention] = []
    for field, atoms in (("title", title_atoms), ("body", body_atoms)):
        text = article.field_text(field) or ""
        atoms = _times_before_days(text, atoms)
        if len(atoms) > 1 and "(" in text:
            _conversion_offsets(text, atoms)
        r = _Resolver(article, field, text, locate, ref, doc_year, offset)
        if ref is None:  # only undated articles look ahead for a year
            for a in atoms:
                if a.y is not None and a.m is not None and a.kind in ("month", "date", "part"):
                    s = locate.locate(field, a.start)  # type: ignore[arg-type]
                    r.explicit_years.setdefault(s, []).append((a.start, a.y))
        found: list[DateMention] = []
        append, where, resolve = found.append, locate.locate, r.resolve
        headings = {id(h) for h in _dated_headings(text, atoms)} if field == "body" else ()
        heading_day: dt.date | None = None
        for a in atoms:
            start, end, kind = a.start, a.end, a.kind
            sent = where(field, start)  # type: ignore[arg-type]
            if kind == "duration":  # no context needed, none given
                value, approx, mod = a.value or duration_value(a.amount, a.unit), a.approx, None
            else:
                r.sent = sent
                try:
                    if headings and id(a) in headings:
                        value, approx, mod = r.heading(a, heading_day)
                        if value is not None:
                            heading_day = r.ref
                    else:
                        value, approx, mod = resolve(a)
                        if value is not None:
                            r.note_resolved(a, value, pub)
                except (OverflowError, ValueError):  # calendar arithmetic off the range
                    value, approx, mod = None, a.approx, a.mod
                # (a cheap superset of the values _BAD_YEAR can match: a start before
                # "1" ("-", "0"), a slash, or no dash after four characters)
                if value is not None and (value < "1" or "/" in value or (
                        len(value) > 4 and value[4] != "-")) and _BAD_YEAR.search(value):
                    value = None  # a year outside 0001-9999 is no ISO 8601 value
            # field, start, end, text, sentence, kind, value, approx, mod
            append(_mention(field, start, end, text[start:end], sent, kind, value, approx,
                            mod))  # type: ignore[arg-type]
        found.sort(key=_START)
        out.extend(found)
    return out
