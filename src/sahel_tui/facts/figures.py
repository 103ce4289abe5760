"""Figures: cardinal numbers that count or measure something, with hedge, unit and actor.

Follows section 3.3 of the annotation guidelines (devset README) and the decisions in
docs/extraction.md ("Figures"). The pass is candidate-first: a cheap scan for digits and
number words (``numbers.scan_numbers``) and for vague quantity words, then anchored,
bounded regexes and a few token look-ups around each candidate. No regex here repeats
a group that can match the same text two ways, so the pass stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import ActorMention, DateMention, FigureMention
from sahel_tui.facts.numbers import lower_same_length, parse_number, scan_numbers
from sahel_tui.facts.sentences import SentenceLocator
from sahel_tui.resources import package_data

__all__ = ["extract_figures", "find_figures"]


# ----------------------------------------------------------------------------- lexicon
def _words_alt(items) -> str:
    """Alternation of phrases, longest first, any whitespace between words."""
    parts = sorted({str(i) for i in items}, key=lambda s: (-len(s), s))
    return "|".join(r"\s{1,3}".join(re.escape(w) for w in p.split()) for p in parts)


@dataclass
class _Lex:
    hedge_re: re.Pattern
    temporal_hedges: frozenset
    temporal_qualifiers: frozenset
    vague_re: re.Pattern
    cur_prefix_re: re.Pattern
    cur_prefix: dict
    cur_suffix_re: re.Pattern
    cur_suffix: dict
    cur_scales: dict
    percent_re: re.Pattern
    glued_units: frozenset
    outcomes: frozenset
    outcome_after_re: re.Pattern
    outcome_verbs: dict
    loss_verbs: frozenset
    people_participles: frozenset
    people_nouns: frozenset
    plural_nouns: frozenset
    measure_followers: dict
    adjectives: frozenset
    stop_words: frozenset
    one_not_before: frozenset
    one_not_after: frozenset
    compound_not_unit: frozenset
    compound_units: dict
    time_units: frozenset
    clock_re: re.Pattern
    months: frozenset
    weekdays: frozenset
    labels: frozenset
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    with open(package_data("facts", "data", "figures.yaml"), encoding="utf-8") as f:
        d = yaml.safe_load(f)
    low = lambda xs: frozenset(str(x).lower() for x in xs)  # noqa: E731
    hedges = [str(h) for h in d["hedges"]]
    vague_pl = [str(x) for x in d["vague_plurals"]]
    scales = "|".join(re.escape(str(x)) for x in d["vague_scales"])
    pl = "|".join(re.escape(x) for x in vague_pl if x not in ("tens", "scores"))
    vague = (
        r"\b(?:"
        # "tens of thousands", "hundreds of millions"
        rf"(?:tens|{pl})\s{{1,3}}of\s{{1,3}}(?:thousands|millions|billions)\b"
        rf"|(?:{_words_alt(d['vague_determiners'])})\s{{1,3}}(?:{scales})s?\b"
        rf"|scores(?=\s{{1,3}}of\b)"
        rf"|(?:{pl})\b"
        r")"
    )
    cur_prefix = {str(k).lower(): str(v) for k, v in d["currency_prefixes"].items()}
    cur_suffix = {str(k).lower(): str(v) for k, v in d["currency_suffixes"].items()}
    return _Lex(
        hedge_re=re.compile(rf"(?<![\w-])({_words_alt(hedges)})\s{{1,3}}\Z"),
        temporal_hedges=low(d["temporal_hedges"]),
        temporal_qualifiers=low(d["temporal_hedge_qualifiers"]),
        vague_re=re.compile(vague),
        cur_prefix_re=re.compile(
            r"(?:(?<![\w$€£₦])(?:" + _words_alt(k for k in cur_prefix if k[0].isalpha())
            + r")|" + "|".join(re.escape(k) for k in sorted(
                (k for k in cur_prefix if not k[0].isalpha()), key=len, reverse=True))
            + r")\s?\Z"
        ),
        cur_prefix=cur_prefix,
        cur_suffix_re=re.compile(r"\s{1,3}(" + _words_alt(cur_suffix) + r")\b"),
        cur_suffix=cur_suffix,
        cur_scales={str(k): int(v) for k, v in d["currency_scales"].items()},
        percent_re=re.compile(
            r"\s?%|\s{1,3}(?:" + _words_alt(d["percent_words"]) + r")\b(?!\s{1,3}points?\b)"
        ),
        glued_units=low(d["glued_units"]),
        outcomes=low(d["outcomes"]),
        outcome_after_re=re.compile(
            r"(?:\s{1,3}(?:" + _words_alt(d["outcome_links"]) + r")\b){0,3}"
            r"\s{1,3}(" + _words_alt(d["outcomes"]) + r")\b"
        ),
        outcome_verbs={str(k).lower(): str(v) for k, v in d["outcome_verbs"].items()},
        loss_verbs=low(d["loss_verbs"]),
        people_participles=low(d["people_participles"]),
        people_nouns=low(d["people_nouns"]),
        plural_nouns=low(d["plural_nouns"]),
        measure_followers={str(k): low(v) for k, v in d["measure_followers"].items()},
        adjectives=low(d["adjectives"]),
        stop_words=low(d["stop_words"]),
        one_not_before=low(d["one_not_before"]),
        one_not_after=low(d["one_not_after"]),
        compound_not_unit=low(d["compound_not_unit"]),
        compound_units={str(k): str(v) for k, v in d["compound_units"].items()},
        time_units=low(d["time_units"]),
        clock_re=re.compile(
            r"\s?(?:" + _words_alt(d["clock_suffixes"]) + r")(?![\w])|:\d\d"
        ),
        months=low(d["months"]),
        weekdays=low(d["weekdays"]),
        labels=low(d["label_nouns"]),
    )


# ----------------------------------------------------------------------------- tokens
# One token after the current position: a word (letters, inner apostrophes, hyphens,
# dotted abbreviations like "U.S."), a number, or one punctuation character.
_TOKEN = re.compile(
    r"[ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,3}"
    r"([^\W\d_](?:[\w'’]|[-.](?=[^\W\d_]))*(?:(?<=\.[^\W\d_])\.)?|\d[\d,.]*\d|\d|[^\w\s])"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t\u00a0]{1,3}\Z")
_WORD_BEFORE_ANY = re.compile(r"([^\W\d_][\w'’.-]*)\W{0,3}\Z")
_COMPOUND = re.compile(r"-((?:[^\W\d_]+)(?:-[^\W\d_]+){0,3})(?![\w-])")
_DIGITS_ONLY = re.compile(r"\d+\Z")
_YEARISH = re.compile(r"(?:1[89]|20)\d\d\Z")
_ISO_AROUND = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_RANGE_NEXT = re.compile(r"[ \t]{0,3}(?:(and|to|or)[ \t]{1,3}|(-|–)[ \t]?)")
_PAREN_OPEN = re.compile(r"[ \t]?\([ \t]?\Z")
_SENT_END = frozenset(".!?;:")


def _is_plural(word: str, lex: _Lex) -> bool:
    if word in lex.plural_nouns:
        return True
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


@dataclass
class _Fig:
    start: int
    end: int
    value: float | int | None
    approx: bool
    unit: str | None = None
    base: str | None = None  # unit without outcome
    actor: str | None = None
    head_end: int = -1  # end offset of the counted noun (or of the figure)
    implied: bool = False  # unit still to be inherited
    range_with_next: bool = False
    borrow_outcome: bool = False
    outcome: str | None = None
    kind: str = "num"  # num | vague | compound | money | percent
    paren_after: bool = False


# ----------------------------------------------------------------------------- field pass
class _FieldPass:
    def __init__(self, text: str, field: str, actors: Sequence[ActorMention],
                 dates: Sequence[DateMention], locate: SentenceLocator | None) -> None:
        self.lex = _lex()
        self.text = text
        self.low = lower_same_length(text)
        self.field = field
        self.locate = locate
        self.actors = sorted((a for a in actors if a.field == field), key=lambda a: a.start)
        self.actor_starts = [a.start for a in self.actors]
        self.dates = sorted(
            ((d.start, d.end, d.kind) for d in dates if d.field == field), key=lambda t: t[0]
        )
        self.date_starts = [d[0] for d in self.dates]
        self.title_case = field == "title" and self._looks_title_case()

    # -- helpers ------------------------------------------------------------------
    def _looks_title_case(self) -> bool:
        words = re.findall(r"[^\W\d_]{4,}", self.text)
        if len(words) < 3:
            return False
        caps = sum(1 for w in words if w[0].isupper())
        return caps >= 0.6 * len(words)

    def _actor_at(self, pos: int) -> ActorMention | None:
        i = bisect.bisect_right(self.actor_starts, pos) - 1
        if i >= 0 and self.actors[i].start <= pos < self.actors[i].end:
            return self.actors[i]
        return None

    def _date_over(self, start: int, end: int):
        i = bisect.bisect_right(self.date_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.dates):
                ds, de, kind = self.dates[j]
                if ds < end and start < de:
                    return self.dates[j]
        return None

    def _tokens(self, pos: int, limit: int = 8):
        """Up to ``limit`` tokens after pos: (start, end, lower text)."""
        out = []
        low = self.low
        n = len(low)
        for _ in range(limit):
            m = _TOKEN.match(low, pos, min(n, pos + 80))
            if m is None:
                break
            out.append((m.start(1), m.end(1), m.group(1)))
            pos = m.end()
        return out

    def _word_before(self, pos: int) -> tuple[int, str] | None:
        m = _WORD_BEFORE.search(self.low, max(0, pos - 40), pos)
        if m is None:
            return None
        return m.start(1), m.group(1)

    def _sentence_start(self, pos: int) -> bool:
        """Whether only spaces/quotes separate pos from a sentence start."""
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\"'“‘(":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:"

    # -- main -----------------------------------------------------------------------
    def run(self) -> list[_Fig]:
        lex, low = self.lex, self.low
        cands: list[tuple[int, int, str]] = [(s, e, "num") for s, e in scan_numbers(low)]
        vague = [(m.start(), m.end(), "vague") for m in lex.vague_re.finditer(low)]
        if vague:
            cands = sorted(cands + vague)
        figs: list[_Fig] = []
        last_end = 0
        for s, e, kind in cands:
            if s < last_end:
                continue
            fig = self._vague(s, e) if kind == "vague" else self._number(s, e)
            if fig is None:
                continue
            if fig.start < last_end:
                fig.start = max(fig.start, last_end)
            figs.append(fig)
            last_end = max(fig.end, fig.head_end if fig.head_end > 0 else fig.end)
            last_end = fig.end
        self._finish(figs)
        return figs

    # -- vague quantities --------------------------------------------------------------
    def _vague(self, s: int, e: int) -> _Fig | None:
        fig = _Fig(s, e, None, True, kind="vague")
        self._unit_after(fig, e)
        return fig

    # -- numbers ------------------------------------------------------------------
    def _number(self, s: int, e: int) -> _Fig | None:
        lex, text, low = self.lex, self.text, self.low
        raw = low[s:e]
        value = parse_number(text[s:e])
        if value is None:
            return None
        is_digits = raw[0].isdigit()
        n = len(low)
        nxt = low[e] if e < n else ""
        prev = low[s - 1] if s > 0 else ""
        kind = "num"
        unit: str | None = None
        scale = 1

        if is_digits:
            # Glued to something: "19th", "5G", "15km", "$10m", "COVID-19", "10:30".
            if prev == "-" and s >= 2 and (low[s - 2].isalpha() or low[s - 2].isdigit()):
                return None
            if prev in "#/:" or nxt in "/:" and e + 1 < n and low[e + 1].isdigit():
                return None
            if nxt == "-" and e + 1 < n and low[e + 1].isdigit():
                # "2023-07-26", "2013-2022": calendar; "10-15": handled as a range below.
                if _ISO_AROUND.match(low, s) or _YEARISH.match(raw):
                    return None
            if nxt.isalpha():
                g = re.match(r"[a-z]+\d?", low[e:e + 6])
                glued = g.group() if g else ""
                if glued in lex.glued_units and not (
                    e + len(glued) < n and low[e + len(glued)].isalpha()
                ):
                    cur = self._currency_before(s)
                    if cur is not None and glued in lex.cur_scales:
                        scale = lex.cur_scales[glued]
                        e += len(glued)
                    else:
                        unit = glued
                        e += len(glued)
                        kind = "measure"
                elif glued in lex.cur_scales and self._currency_before(s) is not None:
                    scale = lex.cur_scales[glued]
                    e += len(glued)
                else:
                    return None
                nxt = low[e] if e < n else ""
            # Clock times: "5 a.m.", "0500 GMT", "10:30".
            if lex.clock_re.match(low, e) or (len(raw) == 4 and raw[0] == "0"):
                return None
            # Years: a bare four-digit 18xx-20xx number.
            if _YEARISH.match(raw) and e - s == 4 and scale == 1:
                if not self._followed_by_count_noun(e):
                    return None
            # Identifiers: "Resolution 2100", "Air Base 201", "France 24".
            if self._is_label(s):
                return None

        # Inside a date span ("Feb. 17", "Aug. 18, 2020"): a number before a time unit
        # is a duration numeral and a figure too; anything else belongs to the date.
        d = self._date_over(s, e)
        if d is not None and not self._before_time_unit(e):
            return None
        if d is None and is_digits and self._month_adjacent(s, e):
            return None

        # "one" as a pronoun or indefinite.
        if raw == "one" and not self._one_is_count(s, e):
            return None

        fig = _Fig(s, e, value, False)
        if scale != 1:
            fig.value = _tidy(value * scale)
            fig.kind = "money"
        if "dozen" in raw:
            fig.approx = True

        # Hyphenated compound kept whole: "five-nation", "32-year-old", "5,100-strong".
        if nxt == "-" and unit is None:
            m = _COMPOUND.match(low, e)
            if m is not None:
                parts = m.group(1)
                first = parts.split("-")[0]
                if first in lex.compound_not_unit:
                    return None
                if first in lex.outcomes or first in lex.stop_words:
                    m = None
                else:
                    fig.end = m.end()
                    fig.kind = "compound"
                    unit = lex.compound_units.get(parts) or lex.compound_units.get(first)
                    if unit is None:
                        unit = first
                    fig.unit = fig.base = unit
                    fig.head_end = fig.end
        if unit is not None and fig.unit is None:
            fig.unit = fig.base = unit
            fig.end = e
            fig.head_end = e

        # Currency before ("$10 million", "US$ 5", "€50"), then a hedge before that.
        cur = self._currency_before(s)
        if cur is not None:
            cs, cunit = cur
            fig.start = cs
            fig.unit = fig.base = cunit
            fig.kind = "money"
            fig.head_end = fig.end
        self._hedge(fig)

        if fig.kind in ("num", "money") and fig.unit is None or fig.kind == "money":
            pm = lex.percent_re.match(low, fig.end)
            if pm is not None and fig.kind != "money":
                fig.end = pm.end()
                fig.unit = fig.base = "%"
                fig.kind = "percent"
                fig.head_end = fig.end
        if fig.unit is None:
            self._unit_after(fig, fig.end)
        elif fig.kind in ("money", "percent", "measure"):
            self._actor_and_outcome(fig, fig.head_end)
        else:
            self._actor_and_outcome(fig, fig.head_end)
        return fig

    # -- pieces ------------------------------------------------------------------------
    def _currency_before(self, s: int) -> tuple[int, str] | None:
        m = self.lex.cur_prefix_re.search(self.low, max(0, s - 6), s)
        if m is None:
            return None
        key = re.sub(r"\s", "", m.group()).lower()
        unit = self.lex.cur_prefix.get(key)
        if unit is None:
            return None
        return m.start(), unit

    def _hedge(self, fig: _Fig) -> None:
        lex = self.lex
        s = fig.start
        m = lex.hedge_re.search(self.low, max(0, s - 30), s)
        if m is None:
            return
        hedge = " ".join(m.group(1).split())
        if hedge in lex.temporal_hedges and fig.kind not in ("money", "percent"):
            # "Over three years, X did Y" = during; "for over ten years" = more than.
            if self._before_time_unit(fig.end) or fig.kind == "compound":
                wb = self._word_before(m.start(1))
                if wb is None or wb[1] not in lex.temporal_qualifiers:
                    return
        if hedge == "estimated":
            wb = self._word_before(m.start(1))
            if wb is not None and wb[1] in ("an",):
                pass
        fig.start = m.start(1)
        fig.approx = True

    def _before_time_unit(self, e: int) -> bool:
        toks = self._tokens(e, 2)
        if not toks:
            return False
        first = toks[0][2]
        if first in self.lex.time_units:
            return True
        if first == "-" and len(toks) > 1:
            return toks[1][2].split("-")[0] in self.lex.time_units
        if first.startswith("-"):
            return first[1:].split("-")[0] in self.lex.time_units
        return False

    def _followed_by_count_noun(self, e: int) -> bool:
        toks = self._tokens(e, 1)
        if not toks:
            return False
        w = toks[0][2]
        return w in self.lex.people_nouns and self._hedged(e)

    def _hedged(self, e: int) -> bool:
        return False

    def _month_adjacent(self, s: int, e: int) -> bool:
        lex = self.lex
        wb = _WORD_BEFORE.search(self.low, max(0, s - 14), s)
        if wb is not None and wb.group(1).rstrip(".") in lex.months:
            return True
        toks = self._tokens(e, 1)
        return bool(toks) and toks[0][2].rstrip(".") in lex.months

    def _is_label(self, s: int) -> bool:
        m = _WORD_BEFORE.search(self.text, max(0, s - 40), s)
        if m is None:
            return False
        word = m.group(1)
        lw = word.lower()
        if lw in self.lex.labels and (word[0].isupper() or lw in ("no.", "nos.", "number")):
            return True
        if not word[0].isupper():
            return False
        if lw.rstrip(".") in self.lex.months or lw in self.lex.weekdays:
            return False
        if self.title_case or self._sentence_start(m.start(1)):
            return False
        if lw in self.lex.stop_words or self.lex.hedge_re.search(lw + " "):
            return False
        return True

    def _one_is_count(self, s: int, e: int) -> bool:
        lex = self.lex
        wb = _WORD_BEFORE.search(self.low, max(0, s - 20), s)
        if wb is not None and wb.group(1) in lex.one_not_after:
            return False
        if e < len(self.low) and self.low[e] == "-":
            return True
        toks = self._tokens(e, 1)
        if not toks:
            return False
        w = toks[0][2]
        if not w[0].isalpha() or w in lex.one_not_before or w in lex.stop_words:
            return False
        return True

    # -- the counted noun ---------------------------------------------------------------
    def _unit_after(self, fig: _Fig, pos: int) -> None:
        """Read the counted noun after the figure; set unit, actor, outcome."""
        lex, low, text = self.lex, self.low, self.text
        # Money names after the number ("10 million euros", "6 billion CFA francs",
        # "tens of millions of euros").
        cm = lex.cur_suffix_re.match(low, pos)
        if cm is None:
            om = re.compile(r"\s{1,3}of\s{1,3}").match(low, pos)
            if om is not None:
                cm = lex.cur_suffix_re.match(low, om.end() - 1)
        if cm is not None:
            fig.unit = fig.base = lex.cur_suffix[" ".join(cm.group(1).split())]
            fig.kind = "money"
            fig.head_end = cm.end()
            return
        words: list[str] = []
        toks = self._tokens(pos, 10)
        i = 0
        head_end = pos
        # Partitive "of": "thousands of people", "300 of its personnel".
        if toks and toks[0][2] == "of":
            i = 1
            if i < len(toks) and toks[i][2] in ("the", "its", "their", "his", "her", "these",
                                                "those", "our", "whom", "which"):
                if toks[i][2] in ("whom", "which"):
                    toks = []
                i += 1
        actor_mod: str | None = None
        while i < len(toks) and len(words) < 5:
            ts, te, w = toks[i]
            a = self._actor_at(ts)
            if a is not None:
                actor_mod = actor_mod or a.actor
                # skip the whole mention
                while i < len(toks) and toks[i][0] < a.end:
                    i += 1
                head_end = a.end
                continue
            if not w[0].isalpha():
                break
            if w in lex.stop_words:
                break
            orig = text[ts:te]
            if orig[0].isupper():
                # Proper-name modifier ("Sahel states") or the next sentence; a measure
                # follower ("degrees Celsius") stays.
                if words and words[-1] in lex.measure_followers and w in lex.measure_followers[words[-1]]:
                    words.append(w)
                    head_end = te
                    break
                nt = toks[i + 1][2] if i + 1 < len(toks) else ""
                cont = nt[:1].isalpha() and nt not in lex.stop_words and \
                    not text[toks[i + 1][0]].isupper()
                if words and not cont:
                    break
                i += 1
                continue
            if words and (w.endswith("ly") or w.endswith("ing")):
                break
            if w in lex.outcomes and words:
                break
            if w.endswith("ed") and words and w not in lex.outcomes:
                break
            if not words and (w in lex.outcomes or w in lex.people_participles):
                # "20 killed", "3 million uprooted", "dozens of wounded people"
                nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
                if not (nxt and nxt[0].isalpha() and nxt not in lex.stop_words):
                    break
            words.append(w)
            head_end = te
            i += 1
            if w in lex.measure_followers:
                continue
            if fig.value != 1 and _is_plural(w, lex) or w in lex.plural_nouns:
                # coordination of people nouns: "soldiers and police"
                if i + 1 < len(toks) and toks[i][2] == "and" and toks[i + 1][2] in lex.people_nouns:
                    nn = toks[i + 2] if i + 2 < len(toks) else None
                    if nn is None or not nn[2][0].isalpha() or nn[2] in lex.stop_words:
                        words += ["and", toks[i + 1][2]]
                        head_end = toks[i + 1][1]
                break
        # drop leading adjectives when a noun remains
        while len(words) > 1 and (words[0] in lex.adjectives or words[0].endswith("-led")):
            words.pop(0)
        if words and words[-1] in lex.adjectives | lex.stop_words:
            words = []
        if actor_mod:
            fig.actor = actor_mod
        if words:
            fig.unit = fig.base = " ".join(words)
            fig.head_end = head_end
            self._actor_and_outcome(fig, head_end)
        else:
            fig.head_end = pos
            fig.implied = True
            self._actor_and_outcome(fig, pos)

    def _actor_and_outcome(self, fig: _Fig, head_end: int) -> None:
        lex, low = self.lex, self.low
        outcome = None
        m = lex.outcome_after_re.match(low, head_end)
        if m is not None:
            outcome = m.group(1)
            if outcome == "died" or outcome == "dead":
                pass
        else:
            # "84 fighters and 47 soldiers had been killed": borrow the next figure's.
            toks = self._tokens(head_end, 2)
            if len(toks) == 2 and toks[0][2] == "and" and toks[1][2][0].isdigit() and fig.unit:
                fig.borrow_outcome = True
        if outcome is None:
            # a verb before: "killed at least 11 soldiers", "kill thousands of militants"
            wb = _WORD_BEFORE.search(low, max(0, fig.start - 20), fig.start)
            if wb is not None:
                verb = wb.group(1)
                if verb in lex.outcome_verbs:
                    outcome = lex.outcome_verbs[verb]
                elif verb in lex.loss_verbs and (fig.base or "").split(" ")[-1] in lex.people_nouns:
                    outcome = "killed"
        if outcome is not None:
            fig.outcome = outcome
            if fig.implied:
                return
            if fig.base and outcome not in fig.base.split():
                fig.unit = f"{fig.base} {outcome}"
        # age: "Déby, 68, was ..."; "aged 34"
        if fig.implied and fig.kind == "num":
            if self._is_age(fig):
                fig.unit = fig.base = "years old"
                fig.implied = False

    def _is_age(self, fig: _Fig) -> bool:
        low, text = self.low, self.text
        v = fig.value
        if not isinstance(v, int) or not (0 < v < 125) or fig.approx:
            return False
        wb = _WORD_BEFORE.search(low, max(0, fig.start - 20), fig.start)
        if wb is not None and wb.group(1) == "aged":
            return True
        # "Name, 68," apposition after a capitalised name.
        before = text[max(0, fig.start - 3):fig.start]
        after = text[fig.end:fig.end + 1]
        if before.endswith(", ") and after in (",", ")"):
            m = _WORD_BEFORE_ANY.search(text, max(0, fig.start - 40), fig.start)
            if m is not None and m.group(1)[0].isupper():
                return True
        return False

    # -- second pass: ranges, implied units, parenthesised conversions ---------------
    def _finish(self, figs: list[_Fig]) -> None:
        low = self.low
        for k, f in enumerate(figs):
            nxt = figs[k + 1] if k + 1 < len(figs) else None
            # Ranges: "between 2,500 and 3,000 troops", "15 to 20 percent", "10-15 km".
            if nxt is not None and f.implied and f.kind != "vague":
                gap = low[f.end:nxt.start]
                rm = _RANGE_NEXT.fullmatch(gap) if len(gap) < 12 else None
                if rm is not None:
                    conj = rm.group(1) or "-"
                    between = re.search(r"\bbetween\s{1,3}\Z", low[max(0, f.start - 12):f.start])
                    frm = re.search(r"\bfrom\s{1,3}\Z", low[max(0, f.start - 8):f.start])
                    if (conj == "and" and between) or (conj in ("to", "or", "-") and not frm) or (
                        conj == "to" and frm
                    ):
                        if nxt.unit is not None or nxt.implied:
                            f.unit, f.base, f.implied = nxt.unit, nxt.base, nxt.implied
                            f.actor = f.actor or nxt.actor
                            if f.kind == "num" and nxt.kind in ("money", "percent"):
                                f.kind = nxt.kind
                            if not frm:
                                f.approx = nxt.approx = True
                            f.range_with_next = True
            if f.borrow_outcome and nxt is not None and nxt.outcome and f.base:
                f.outcome = nxt.outcome
                f.unit = f"{f.base} {nxt.outcome}"
        # Implied units: outcome alone ("20 killed"), else the previous figure's noun.
        for k, f in enumerate(figs):
            if not f.implied or f.range_with_next and f.unit:
                continue
            prev = None
            for j in range(k - 1, -1, -1):
                p = figs[j]
                if p.base and not p.implied and p.kind not in ("percent",):
                    prev = p
                    break
            toks = self._tokens(f.end, 1)
            first = toks[0][2] if toks else ""
            if f.outcome or first in self.lex.outcomes:
                outcome = f.outcome or first
                base = "people"
                if prev is not None and self._same_sentence(prev, f) and prev.kind == "num":
                    base = prev.base or "people"
                f.base = base
                f.unit = f"{base} {outcome}"
                f.implied = False
                continue
            if first in self.lex.people_participles:
                f.unit = f.base = "people"
                f.implied = False
                continue
            if prev is not None and prev.kind != "compound" and self._near(prev, f) and (
                prev.kind != "money" or self._same_sentence(prev, f)
            ):
                f.base = prev.base
                f.unit = prev.base
                if f.kind == "num" and prev.kind == "money":
                    f.kind = "money"
                f.implied = False
        # Parenthesised conversion of a hedged amount: "about 15 km (9 miles)".
        for k in range(1, len(figs)):
            f, p = figs[k], figs[k - 1]
            if _PAREN_OPEN.search(low, max(0, f.start - 3), f.start) and p.approx and (
                0 <= f.start - p.head_end <= 3 or 0 <= f.start - p.end <= 3
            ):
                f.approx = True

    def _sent(self, pos: int) -> int:
        if self.locate is None:
            return 0
        return self.locate.locate(self.field, pos)  # type: ignore[arg-type]

    def _same_sentence(self, a: _Fig, b: _Fig) -> bool:
        return self._sent(a.start) == self._sent(b.start)

    def _near(self, a: _Fig, b: _Fig) -> bool:
        return 0 <= self._sent(b.start) - self._sent(a.start) <= 2


def _tidy(v: float | int) -> float | int:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# ----------------------------------------------------------------------------- actors
_PREPOSITIONS = frozenset(
    """in into on at to from by for with without within across along alongside among amid
    around about after before during since until through throughout over under near
    between against toward towards via beyond behind inside outside like than as of
    upon onto versus""".split()
)


def _clause_actor(text: str, fig: _Fig, actors: list[ActorMention], sent_start: int) -> str | None:
    """The subject the clause gives the figure: the first actor mention of the clause
    before the figure that is not governed by a preposition, a possessive on another
    noun, or a demonym modifying another noun."""
    lo = sent_start
    seg = text[lo:fig.start]
    cut = max(seg.rfind(";"), seg.rfind(":"), seg.rfind("—"), seg.rfind(" but "))
    if cut >= 0:
        lo += cut + 1
    best = None
    for a in actors:
        if a.start < lo or a.end > fig.start:
            continue
        before = text[max(lo, a.start - 25):a.start]
        wb = _WORD_BEFORE.search(before.lower())
        if wb is not None and wb.group(1) in _PREPOSITIONS:
            continue
        after = text[a.end:a.end + 2]
        if after in ("'s", "’s"):
            # "France's 5,000 troops": a possessive right before the figure ties it.
            if text[a.end + 2:fig.start].strip() == "":
                return a.actor
            continue
        if a.text[:1].isupper() and a.text != a.name and a.kind == "state" and wb is not None \
                and wb.group(1) in ("the", "a", "an", "its", "their", "his", "her"):
            # "the Algerian border", "a Ghanaian truck driver": modifier of another noun.
            continue
        best = a
        break
    return best.actor if best is not None else None


# ----------------------------------------------------------------------------- API
def find_figures(text: str, field: str = "body", actors: Sequence[ActorMention] = (),
                 dates: Sequence[DateMention] = (), locate: SentenceLocator | None = None
                 ) -> list[tuple[int, int, float | int | None, str | None, bool, str | None]]:
    """Figures of one text as tuples (start, end, value, unit, approx, actor)."""
    fp = _FieldPass(text, field, actors, dates, locate)
    figs = fp.run()
    out = []
    for f in figs:
        out.append((f.start, f.end, f.value, f.unit, f.approx, f.actor))
    return out


def extract_figures(article: Article, locate: SentenceLocator,
                    actors: Sequence[ActorMention], dates: Sequence[DateMention]
                    ) -> list[FigureMention]:
    out: list[FigureMention] = []
    for field in ("title", "body"):
        text = article.field_text(field)
        if not text:
            continue
        fp = _FieldPass(text, field, actors, dates, locate)
        figs = fp.run()
        sent_cache: dict[int, int] = {}
        for f in figs:
            if f.end <= f.start:
                continue
            sentence = locate.locate(field, f.start)  # type: ignore[arg-type]
            actor = f.actor
            if actor is None and fp.actors:
                ss = sent_cache.get(sentence)
                if ss is None:
                    ss = _sentence_start_offset(text, f.start)
                    sent_cache[sentence] = ss
                actor = _clause_actor(text, f, fp.actors, ss)
            out.append(
                FigureMention(
                    field=field,  # type: ignore[arg-type]
                    start=f.start,
                    end=f.end,
                    text=text[f.start:f.end],
                    sentence=sentence,
                    value=f.value,
                    unit=f.unit,
                    approx=f.approx,
                    actor=actor,
                )
            )
    return out


_SENT_BOUND = re.compile(r"(?:[.!?][\"'”’)]*\s+|\n)(?=[^\n]*\Z)")


def _sentence_start_offset(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    window = text[lo:pos]
    best = -1
    for m in re.finditer(r"[.!?][\"'”’)]*\s+|\n", window):
        best = m.end()
    return lo + best if best >= 0 else lo
