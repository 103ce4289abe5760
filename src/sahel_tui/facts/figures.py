"""Figures: cardinal numbers that count or measure something, with hedge, unit and actor.

Follows section 3.3 of the annotation guidelines (devset README) and the decisions in
``docs/extraction.md`` (section "Figures"). Word lists live in ``data/figures.yaml``.

The pass is candidate-first and linear:

* candidates are numbers found by :func:`sahel_tui.facts.numbers.number_spans` (a
  digit-run search and ``str.find`` on number words, then one anchored regex) and
  vague quantity words found with ``str.find`` on a handful of keywords ("hundred",
  "thousand", "dozen", ...);
* around each candidate a few tokens are read once, from windows of bounded size and
  piece count before and after it (``_split_tokens``: ``str.split`` plus peeling of
  punctuation), and every decision (hedge, currency, percent, compound, date, label,
  counted noun, outcome) is a look-up in those token lists or in the word sets of the
  YAML file;
* a second pass joins ranges and fills implied nouns; the actor tie reads the clause
  before the figure within a bounded window.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import yaml

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import (
    ActorMention,
    DateMention,
    FigureMention,
    new_figure_mention,
)
from sahel_tui.facts.numbers import (
    A_TARGETS,
    BIG_SCALES,
    DIGITS_BODY,
    NUMBER_PATTERN,
    SHARED_HIT_KEYS,
    lower_same_length,
    number_spans,
    number_words,
    parse_number,
)
from sahel_tui.facts.sentences import SentenceLocator
from sahel_tui.resources import package_data

__all__ = ["extract_figures", "find_figures"]

# Tokens are read from short windows around a candidate with str.split (a regex
# finditer costs about a microsecond per token; this is several times cheaper), then
# punctuation is peeled off each piece: leading quotes, brackets and currency signs,
# trailing punctuation except the dot of a dotted abbreviation ("u.s.", "a.m.") or of
# "no.". A token is (start, end, lower-case text).
_LEAD = frozenset("(\"'“‘[$€£₦₵#—–-/")
_TRAIL = frozenset(".,;:!?)\"'”’]%$€£₦₵—–/")
_KEEP_DOT = frozenset({"no.", "nos.", "approx.", "vol.", "st.", "mt.", "gen.", "col."})
assert not any(c.isalnum() for c in _LEAD | _TRAIL)  # a word of letters keeps all of them


def _split_tokens(seg: str, base: int, limit: int = 0, from_end: bool = False
                  ) -> list[tuple[int, int, str]]:
    """Tokens of ``seg`` (offsets shifted by ``base``). With ``limit``, only the first
    (or, ``from_end``, the last) ``limit`` whitespace-separated pieces are read."""
    if from_end:
        pieces = seg.rsplit(None, limit) if limit else seg.split()
        if limit and len(pieces) > limit:
            del pieces[0]
    else:
        pieces = seg.split(None, limit) if limit else seg.split()
        if limit and len(pieces) > limit:
            pieces.pop()
    # Where the pieces sit. Almost always they are separated by single spaces: then one
    # comparison with the pieces joined by spaces gives every offset. Otherwise each
    # piece is found in turn (the first kept one from the right, past the later ones).
    joined = " ".join(pieces)
    nxt = len(seg.rstrip()) - len(joined) if from_end else len(seg) - len(seg.lstrip())
    single = seg.startswith(joined, nxt)
    if not single:
        nxt = 0
        if from_end:
            nxt = len(seg)
            for piece in reversed(pieces):
                nxt = seg.rfind(piece, 0, nxt)
    out: list[tuple[int, int, str]] = []
    app = out.append
    lead, trail = _LEAD, _TRAIL
    if single:
        # the same loop as below, with absolute offsets and no per-piece search: the
        # next piece starts one past the end of this one
        j = base + nxt
        for piece in pieces:
            i = j + len(piece)
            if piece.isalnum():  # (most pieces: one test says there is nothing to peel)
                app((j, i, piece))
                j = i + 1
                continue
            if piece[0] not in lead:
                c = piece[-1]
                if c not in trail:
                    app((j, i, piece))
                    j = i + 1
                    continue
                if i - j > 1 and piece[-2] not in trail:
                    if c == "." and (piece in _KEEP_DOT or "." in piece[:-1]):
                        app((j, i, piece))
                    else:
                        app((j, i - 1, piece[:-1]))
                        app((i - 1, i, c))
                    j = i + 1
                    continue
            _peel(piece, j, app, out)
            j = i + 1
        return out
    find = seg.find
    for piece in pieces:
        j = nxt if single else find(piece, nxt)
        i = j + len(piece)
        nxt = i + 1 if single else i
        if piece[0] not in lead:
            c = piece[-1]
            if c not in trail:
                app((base + j, base + i, piece))
                continue
            # the common case: one punctuation mark after a word ("soldiers,", "Mali.")
            if i - j > 1 and piece[-2] not in trail:
                if c == "." and (piece in _KEEP_DOT or "." in piece[:-1]):
                    app((base + j, base + i, piece))
                else:
                    app((base + j, base + i - 1, piece[:-1]))
                    app((base + i - 1, base + i, c))
                continue
        _peel(piece, base + j, app, out)
    return out


def _peel(piece: str, j: int, app, out: list) -> None:
    """Tokens of one piece with punctuation to peel off (``j``: where it starts)."""
    lead, trail = _LEAD, _TRAIL
    a, b = 0, len(piece)
    while a < b and piece[a] in lead:
        app((j + a, j + a + 1, piece[a]))
        a += 1
    tail = []
    while b > a and piece[b - 1] in trail:
        if piece[b - 1] == "." and (piece[a:b] in _KEEP_DOT or "." in piece[a:b - 1]):
            break
        tail.append((j + b - 1, j + b, piece[b - 1]))
        b -= 1
    if b > a:
        app((j + a, j + b, piece[a:b]))
    if tail:
        out.extend(reversed(tail))


def _tokenize(s: str) -> tuple[str, ...]:
    return tuple(t[2] for t in _split_tokens(s.lower(), 0))


_AFTER_WINDOW = 60
_BEFORE_WINDOW = 34
_PUNCT_BREAK = frozenset(".!?;:\n")
_CLOSING_QUOTES = frozenset("\"'”’")
_OPENING_QUOTES = frozenset("\"'“‘")
_CLAUSE_STOPS = _PUNCT_BREAK | {","}


# ----------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class _Lex:
    hedges: frozenset  # tuples of tokens
    hedge_max: int
    hedge_last: dict  # last word of a hedge -> its possible lengths, longest first
    temporal_hedges: frozenset
    temporal_qualifiers: frozenset
    vague_plurals: frozenset
    vague_determiners: frozenset  # tuples
    vague_scales: frozenset
    vague_keys: tuple
    vague_at: re.Pattern
    vague_scale_at: re.Pattern
    vague_det_before: re.Pattern
    cur_prefix: dict
    cur_suffix: dict  # tuple of tokens -> unit
    cur_suffix_max: int
    cur_suffix_first: frozenset
    cur_scales: dict
    percent: frozenset  # tuples
    percent_first: frozenset
    glued_units: frozenset
    outcomes: frozenset
    outcome_links: frozenset
    outcome_verbs: dict
    outcome_nouns: dict
    loss_verbs: frozenset
    people_participles: frozenset
    vague_subject_verbs: frozenset
    aside_openers: frozenset
    age_time_words: frozenset
    people_nouns: frozenset
    plural_nouns: frozenset
    attributive_plurals: frozenset
    measure_followers: dict
    capitalised_nouns: frozenset
    peoples: frozenset
    counter_nouns: frozenset
    estimate_cues: frozenset
    adjectives: frozenset
    stop_words: frozenset
    one_not_before: frozenset
    one_not_after: frozenset
    one_source_nouns: frozenset
    compound_not_unit: frozenset
    compound_units: dict
    time_units: frozenset
    clock: frozenset
    months: frozenset
    weekdays: frozenset
    labels: frozenset
    place_adjectives: frozenset
    population_nouns: frozenset
    count_nouns: frozenset
    troop_collectives: frozenset
    range_verbs: frozenset
    compound_hedges: frozenset
    clause_re: re.Pattern
    clause_verbs: frozenset
    date_words: frozenset
    more_words: frozenset
    age_nouns: frozenset
    group_nouns: frozenset
    bare_determiners: frozenset
    bare_verbs: frozenset
    adjective_keep: dict
    fractions: dict
    fraction_bare_before: frozenset
    fraction_not_after: frozenset
    irregular_plurals: dict
    implied_cues: re.Pattern  # any word of population_nouns, count_nouns, troop_collectives
    glued_temps: dict
    naira_context: tuple
    outcome_coord_max: int
    partitive_dets: frozenset
    partitive_substantives: frozenset
    age_before: frozenset  # tuples
    age_of_nouns: frozenset
    labels_after: frozenset
    noun_participles: frozenset
    death_verbs: frozenset
    parent_nouns: frozenset
    age_apposition_nouns: frozenset
    age_be_before: frozenset  # tuples
    age_be_after: frozenset
    measure_verbs: frozenset
    measure_particles: frozenset
    count_subjects: dict
    times_words: frozenset
    times_after: frozenset
    labels_lower: frozenset
    label_words: frozenset  # labels | labels_lower | day: a cheap gate for lower_label
    age_last: frozenset  # last words of age_before and age_be_before
    day_label_before: frozenset
    label_of: frozenset  # "round of 16"
    score_words: re.Pattern  # a word of a match near a score ("won ... 2-1")
    among_outcomes: dict  # "Among the dead were 20 women": dead -> killed
    measure_units: frozenset  # km, kilometres, tonnes...: nouns of measures, not of actors
    subject_verbs: frozenset  # had, were...: a figure before one is its clause's subject
    verb_complements: frozenset  # guilty, not...: after an -ed word, it was a verb
    bare_cues: re.Pattern  # any word of bare_determiners


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    with open(package_data("facts", "data", "figures.yaml"), encoding="utf-8") as f:
        d = yaml.safe_load(f)

    def words(key: str) -> frozenset:
        return frozenset(str(x).lower() for x in d[key])

    def tuples(key: str) -> frozenset:
        return frozenset(_tokenize(str(x)) for x in d[key])

    hedges = tuples("hedges")
    scales = [str(x) for x in d["vague_scales"]]
    pl = "|".join(map(re.escape, scales))
    big = "|".join(re.escape(x + "s") for x in scales if x not in ("hundred", "dozen"))
    cur_suffix = {_tokenize(str(k)): str(v) for k, v in d["currency_suffixes"].items()}
    return _Lex(
        hedges=hedges,
        hedge_max=max(len(h) for h in hedges),
        hedge_last={
            w: tuple(sorted({len(h) for h in hedges if h[-1] == w}, reverse=True))
            for w in {h[-1] for h in hedges}
        },
        temporal_hedges=words("temporal_hedges"),
        temporal_qualifiers=words("temporal_hedge_qualifiers"),
        vague_plurals=words("vague_plurals"),
        vague_determiners=tuples("vague_determiners"),
        vague_scales=words("vague_scales"),
        vague_keys=tuple(str(x) for x in d["vague_keys"]),
        vague_at=re.compile(
            rf"(?:{pl})s(?:\s{{1,3}}of\s{{1,3}}(?:{big}))?\b"
            rf"|tens\s{{1,3}}of\s{{1,3}}(?:{big})\b|scores(?=\s{{1,3}}of\b)"
        ),
        vague_scale_at=re.compile(rf"(?:{pl})s?\b"),
        vague_det_before=re.compile(
            r"(?<![\w-])(?:" + "|".join(
                r"\s{1,3}".join(map(re.escape, str(x).split()))
                for x in sorted(d["vague_determiners"], key=len, reverse=True)
            ) + r")\s{1,3}\Z"
        ),
        cur_prefix={str(k).lower(): str(v) for k, v in d["currency_prefixes"].items()},
        cur_suffix=cur_suffix,
        cur_suffix_max=max(len(k) for k in cur_suffix),
        cur_suffix_first=frozenset(k[0] for k in cur_suffix),
        cur_scales={str(k): int(v) for k, v in d["currency_scales"].items()},
        percent=tuples("percent_words"),
        percent_first=frozenset(t[0] for t in tuples("percent_words")),
        glued_units=words("glued_units"),
        outcomes=words("outcomes"),
        outcome_links=words("outcome_links"),
        outcome_verbs={str(k).lower(): str(v) for k, v in d["outcome_verbs"].items()},
        outcome_nouns={str(k).lower(): str(v) for k, v in d["outcome_nouns"].items()},
        loss_verbs=words("loss_verbs"),
        people_participles=words("people_participles"),
        vague_subject_verbs=words("vague_subject_verbs"),
        aside_openers=words("aside_openers"),
        age_time_words=words("age_time_words"),
        people_nouns=words("people_nouns"),
        plural_nouns=words("plural_nouns"),
        attributive_plurals=words("attributive_plurals"),
        capitalised_nouns=words("capitalised_nouns"),
        peoples=words("peoples"),
        counter_nouns=words("counter_nouns"),
        estimate_cues=words("estimate_cues"),
        measure_followers={
            str(k): frozenset(map(str, v)) for k, v in d["measure_followers"].items()
        },
        adjectives=words("adjectives"),
        stop_words=words("stop_words"),
        one_not_before=words("one_not_before"),
        one_not_after=words("one_not_after"),
        one_source_nouns=words("one_source_nouns"),
        compound_not_unit=words("compound_not_unit"),
        compound_units={str(k): str(v) for k, v in d["compound_units"].items()},
        time_units=words("time_units"),
        clock=words("clock_words"),
        months=words("months"),
        weekdays=words("weekdays"),
        labels=words("label_nouns"),
        place_adjectives=words("place_adjectives"),
        population_nouns=words("population_nouns"),
        count_nouns=words("count_nouns"),
        troop_collectives=words("troop_collectives"),
        range_verbs=words("range_verbs"),
        compound_hedges=words("compound_hedges"),
        clause_re=_clause_pattern(words("clause_verbs")),
        clause_verbs=words("clause_verbs"),
        date_words=words("date_words") | words("months") | words("weekdays"),
        more_words=words("more_words"),
        age_nouns=words("age_nouns"),
        group_nouns=words("group_nouns"),
        bare_determiners=words("bare_determiners"),
        bare_verbs=words("bare_verbs") | words("clause_verbs"),
        fractions={str(k): int(v) for k, v in d["fraction_denominators"].items()},
        fraction_bare_before=words("fraction_bare_before"),
        fraction_not_after=words("fraction_not_after"),
        irregular_plurals={str(k): str(v) for k, v in d["irregular_plurals"].items()},
        adjective_keep={
            str(k): frozenset(map(str, v)) for k, v in d["adjective_keep"].items()
        },
        implied_cues=_any_word(
            words("population_nouns") | words("count_nouns") | words("troop_collectives")),
        bare_cues=_any_word(words("bare_determiners")),
        glued_temps={str(k): str(v) for k, v in d["glued_temperatures"].items()},
        naira_context=tuple(words("naira_letter_context")),
        outcome_coord_max=int(d["outcome_coordination_max"]),
        partitive_dets=words("partitive_determiners"),
        partitive_substantives=words("partitive_substantives"),
        age_before=tuples("age_before"),
        age_of_nouns=words("age_of_nouns"),
        labels_after=words("label_nouns_after"),
        noun_participles=words("noun_participles"),
        death_verbs=words("death_verbs"),
        parent_nouns=words("parent_nouns"),
        age_apposition_nouns=words("age_apposition_nouns"),
        age_be_before=tuples("age_be_before"),
        age_be_after=words("age_be_after"),
        measure_verbs=words("measure_verbs"),
        measure_particles=words("measure_particles"),
        count_subjects={str(k): str(v) for k, v in d["count_subjects"].items()},
        times_words=words("times_words"),
        times_after=words("times_after"),
        labels_lower=words("label_nouns_lower"),
        label_words=words("label_nouns") | words("label_nouns_lower") | {"day", "of"},
        age_last=frozenset(t[-1] for t in tuples("age_before") | tuples("age_be_before")),
        day_label_before=words("day_label_before"),
        label_of=words("label_of_nouns"),
        among_outcomes={str(k): str(v) for k, v in d["among_outcomes"].items()},
        measure_units=words("measure_units") | words("glued_units"),
        subject_verbs=words("subject_verbs"),
        verb_complements=words("verb_complements"),
        score_words=re.compile(r"(?<![\w])(?:" + "|".join(
            map(re.escape, sorted(words("score_words"), key=len, reverse=True))) + r")(?![\w])"),
    )


def _any_word(words: frozenset) -> re.Pattern:
    """A search for any of ``words`` as a substring: a cheap test of whether a stretch
    of text may hold one of them as a token (tokens are substrings of the text)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _clause_pattern(verbs: frozenset) -> re.Pattern:
    """Clause cuts: a reporting verb, ";", ":", a dash, "but", ", and". The same matches
    as ``\\b(said|told|...)\\b|[;:—–]|\\bbut\\b|,\\s{1,3}and\\b``, written so that every
    alternative starts with a literal character ("s(?<!\\w.)aid\\b" for "\\bsaid\\b"): the
    regex engine then skips ahead to those characters instead of trying each position.
    A match is a verb when its text is one (``_Lex.clause_verbs``)."""
    alts = [
        re.escape(v[0]) + r"(?<!\w.)" + re.escape(v[1:]) + r"\b"
        for v in sorted(verbs, key=len, reverse=True)
    ]
    alts += [";", ":", "—", "–", r"b(?<!\w.)ut\b", r",\s{1,3}and\b"]
    return re.compile("|".join(alts))


def _is_plural(word: str, lex: _Lex) -> bool:
    if word in lex.plural_nouns:
        return True
    return len(word) > 3 and word[-1] == "s" and not word.endswith(("ss", "us", "is"))


def _plural(word: str, lex: _Lex) -> str:
    """"child" -> "children", "soldier" -> "soldiers"; a plural stays as it is."""
    return lex.irregular_plurals.get(word) or (word if _is_plural(word, lex) else word + "s")


def _tidy(v: float) -> float:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _share(v: float) -> float:
    """A fraction's value: exact when it has at most four decimals (0.25, 0.125), else
    rounded to three ("a third" 0.333, "two in three" 0.667), as the gold sets write it."""
    return _tidy(v) if round(v, 4) == v else round(v, 3)


_RANGE_JOINS = frozenset(["and", "to", "-", "–", "or"])
# A score, "2-1" (no number, decimal or unit around it); lex.score_words the words of a
# match that must stand near it
_SCORE = re.compile(r"(?<![\w.,/-])\d{1,2}[-\u2013]\d{1,2}(?![\w/%-])(?![.,]\d)")
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_DATE_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d-(?:\d\d?-)?\Z")
_NUMBER_WORDS = number_words() - {"a", "an", "and", "half"}
_NEXT_WORD = re.compile(r"[ \t]{0,3}-?([a-z]+)")
_GLUED = re.compile(r"[a-z]{1,3}\d?(?![a-z])")
# The second day of a day range ("Oct. 27 to 28", "Oct. 27-28", "the night of Sept. 14
# to 15") and the first one of "27 to 28 October": a date, never a figure.
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
          r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_DAY_LINK = r"(?:\s{0,3}[-–/]\s{0,3}|\s{1,3}(?:to|and|through|until|till|or)\s{1,3})"
_DAY_LINK_CHARS = ("-", "–", "/")
_DAY_LINK_WORDS = ("to", "and", "through", "until", "till", "or")
_DAY_RANGE_BEFORE = re.compile(r"(?<![\w.])(" + _MONTH + r")\s{1,3}" + _DAY + _DAY_LINK + r"\Z")
_DAY_RANGE_AFTER = re.compile(_DAY_LINK + _DAY + r"\s{1,3}(" + _MONTH + r")(?![\w])")
# Phone numbers and contact lines: "+221 77 000 0000", "Tel: 33 822 12 34",
# "(+227) 20 72 29 00", four or more groups of digits in a row. Never figures.
_PHONE = re.compile(
    r"(?:\(\s?\+\d{1,4}\s?\)|(?<![\w+])\+\d{1,4})(?:[ .\-\u00a0]{1,2}\(?\d{1,5}\)?){1,6}"
    # after a contact word, a number of at least two groups or three digits ("by
    # telephone: 14 survivors" is a count)
    r"|\b(?:tel|t[ée]l[ée]phone|phone|fax|whatsapp|hotline)\b\.?:?\s{0,3}"
    r"(?:\(?\d{1,5}\)?(?:[ .\-\u00a0]{1,2}\(?\d{1,5}\)?){1,6}|\d{3,15})"
    r"|(?<![\w,.])\d{2,5}(?:[ .\-]\d{2,5}){3,6}(?![\w,])"
    # a national number of three groups opening with 0 ("0809 555 0142", "080 555 0142")
    r"|(?<![\w,.])0\d{2,3}[ .\-]\d{3}[ .\-]\d{4}(?![\w,])")
_PHONE_WORD = re.compile("tel|phone|fax|whatsapp|hotline")
# Fractions and ratios (see _FieldPass.fraction / ratio).
_FRACTION_KEYS = ("half", "halves", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
# Vague keys whose hits the number scan hands back ("million"/"billion" via "illion").
_SHARED_VAGUE = frozenset({"hundred", "thousand", "dozen", "million", "billion"})
# Fraction and vague words that start with a key of the number scan: their word starts
# are that key's hits (``shared``) that go on with the word ("third" among the hits of
# "thir", which also holds "thirty"), instead of another search of the whole text.
_SCAN_KEY_OF = {"half": "half", "third": "thir", "fifth": "fif", "tenth": "ten", "tens": "ten"}
assert all(w.startswith(k) and k in SHARED_HIT_KEYS for w, k in _SCAN_KEY_OF.items())
_FRACTION_WORD = re.compile(r"[a-z]+")
_FRACTION_NUM = re.compile(
    r"(?<![\w-])(a|an|one|two|three|four|five|six|seven|eight|nine)(?:\s{1,3}|-)\Z")
_FRACTION_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7, "eight": 8, "nine": 9}
_RATIO = re.compile(r"\s{1,3}(?:in|out\s{1,3}of)\s{1,3}(?:every\s{1,3})?(" + NUMBER_PATTERN + ")")
_SHARE_OF = re.compile(
    r"(?:percent|per\s+cent|%|halves|half|thirds?|quarters?|fifths?)\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?([a-z]+)")
# A designation of letters and digits joined by hyphens, before "-N" ("ZU-23-2", "BM-21-")
_DESIGNATION = re.compile(r"(?<![\w-])[a-z]{1,4}-[0-9]{1,3}\Z")
# A heading's number alone after one word on its line ("Day 2", "Part 3", "Episode 12")
_HEADING_LABEL = re.compile(r"[a-z]{3,10}[ \t]")
_HEDGED_SCALES = {"hundred": 100, "thousand": 1000, **BIG_SCALES}
_COPULA = frozenset({"is", "are", "was", "were", ","})
# "N1.5 billion", "N200,000": a capital N glued to digits (the naira sign written as a
# letter); the digits are read with the number pattern's body (its guard rejects them).
_NAIRA_N = re.compile(r"N(?=\d)")
_NAIRA_DIGITS = re.compile(DIGITS_BODY, re.IGNORECASE)


# parse_number of the lower-cased text of a candidate ("two", "1,200", "2013"), memoised:
# the same few spellings come back again and again.
_PARSED: dict[str, float | int] = {}


@dataclass(slots=True)
class _Fig:
    start: int
    end: int
    value: float | None  # int when integral
    approx: bool = False
    unit: str | None = None
    base: str | None = None  # the unit without its outcome
    kind: str = "num"  # num | vague | compound | money | percent | measure
    actor: str | None = None
    head_end: int = -1  # end of the counted noun (or of the figure)
    implied: bool = False  # no noun written after it: inherit one
    outcome: str | None = None
    borrow_outcome: bool = False  # "84 fighters and 47 soldiers had been killed"
    outcome_before: bool = False  # the outcome is a verb before it ("killing four ...")
    range_first: bool = False
    range_prev: _Fig | None = None  # the first end, for the second end of a range
    sent: int = -1  # sentence index, when known
    pre: list | None = None  # tokens before start
    post: list | None = None  # tokens after end


Tok = tuple[int, int, str]
_START = attrgetter("start")


# ----------------------------------------------------------------------------- one field
class _FieldPass:
    def __init__(self, text: str, field: str, actors: Sequence[ActorMention],
                 dates: Sequence[DateMention], locate: SentenceLocator | None) -> None:
        self.lex = _lex()
        # whether the article names the naira or Nigeria (set by extract_figures for
        # both fields; None: decide from this text)
        self.naira_article: bool | None = None
        self.text = text
        self.low = lower_same_length(text)
        self.n = len(text)
        self.field = field
        self.locate = locate
        self.actors = sorted([a for a in actors if a.field == field], key=_START)
        self.actor_starts = [a.start for a in self.actors]
        self.dates = sorted((d.start, d.end) for d in dates if d.field == field)
        self.date_starts = [d[0] for d in self.dates]
        self.title_case = field == "title" and _looks_title_case(text)
        self.sent_starts: dict[int, int] = {}
        self.actor_before: dict[int, tuple[str, str, int]] = {}
        self.clause_cache: dict[int, tuple[int, list[tuple[int, bool]]]] = {}
        self.phones: list[tuple[int, int]] = []  # phone-number spans found so far
        self.phone_hi = 0  # where the phone scan stopped
        self.naira_at: set[int] = set()  # digit starts glued to a naira "N"
        self.label_end = -1  # end of the last number rejected as a label
        self.tolls = "toll" in self.low  # (the toll rule reads tokens only then)

    # -- tokens ---------------------------------------------------------------------
    def after(self, pos: int, width: int = _AFTER_WINDOW) -> list[Tok]:
        """Tokens from pos on, within a bounded window; a cut-off last token is dropped
        and a paragraph break ends the list."""
        end = min(self.n, pos + width)
        seg = self.low[pos:end]
        cut = seg.find("\n\n")
        if cut >= 0:
            seg = seg[:cut]
        elif end < self.n and not self.low[end].isspace():
            sp = max(seg.rfind(" "), seg.rfind("\n"))
            seg = seg[:sp] if sp >= 0 else ""
        return _split_tokens(seg, pos, 7)

    def before(self, pos: int, width: int = _BEFORE_WINDOW, limit: int = 5) -> list[Tok]:
        """Tokens before pos, within a bounded window; a cut-off first token is dropped
        and a paragraph break starts the list."""
        lo = max(0, pos - width)
        seg = self.low[lo:pos]
        cut = seg.rfind("\n\n")
        if cut >= 0:
            lo += cut + 2
            seg = seg[cut + 2:]
        elif lo > 0 and not self.low[lo - 1].isspace():
            sp = seg.find(" ")
            if sp < 0:
                return []
            lo += sp
            seg = seg[sp:]
        return _split_tokens(seg, lo, limit, True)

    def upper(self, tok: Tok) -> bool:
        return self.text[tok[0]].isupper()

    def actor_at(self, pos: int) -> ActorMention | None:
        i = bisect.bisect_right(self.actor_starts, pos) - 1
        if i >= 0 and self.actors[i].start <= pos < self.actors[i].end:
            return self.actors[i]
        return None

    def any_actor(self, lo: int, hi: int) -> bool:
        """Whether ``actor_at`` may find an actor at some offset in [lo, hi]: the one
        that starts last by ``lo`` still covers it, or another starts after it."""
        if not self.actors:
            return False
        starts = self.actor_starts
        i = bisect.bisect_right(starts, lo) - 1
        if i >= 0 and self.actors[i].end > lo:
            return True
        return i + 1 < len(starts) and starts[i + 1] <= hi

    def any_date(self, start: int, end: int) -> bool:
        """Whether a date span overlaps [start, end) (then ``in_date`` is asked per token)."""
        if not self.dates:
            return False
        dates = self.dates
        i = max(bisect.bisect_right(self.date_starts, start) - 1, 0)
        while i < len(dates) and dates[i][0] < end:
            if dates[i][1] > start:
                return True
            i += 1
        return False

    def in_date(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.date_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.dates):
                ds, de = self.dates[j]
                if ds < end and start < de:
                    return True
        return False

    def in_phone(self, s: int, e: int) -> bool:
        """A digit group of a phone number or contact line (``_PHONE``), read in a small
        window only when a "+", another digit group or a contact word is next to it."""
        low, n = self.low, self.n
        p = low[s - 1] if s else " "
        if not (p in "+(" or (e + 2 < n and low[e] in " .-\u00a0" and low[e + 1].isdecimal()
                              and low[e + 2].isdecimal() and e - s > 1)
                or (s >= 3 and p in " .-)\u00a0" and low[s - 2].isdecimal()
                    and low[s - 3].isdecimal() and e - s > 1)
                or _PHONE_WORD.search(low, max(0, s - 14), s) is not None):
            return False
        # candidates come left to right: each stretch of text is scanned once
        lo, hi = max(0, s - 40, self.phone_hi), min(n, e + 40)
        if lo < hi:
            for m in _PHONE.finditer(low, lo, hi):
                if m.end() == hi < n:
                    # cut by the window's end: read that number again in a window that
                    # holds the longest one (_PHONE matches are under 100 characters)
                    m = _PHONE.match(low, m.start(), min(n, m.start() + 100))
                    if m is None:
                        break  # with the text after it read, it is no phone number
                    hi = m.end()
                self.phones.append(m.span())
            self.phone_hi = hi
        for a, b in reversed(self.phones):
            if a <= s:
                return s < b
        return False

    def sent(self, pos: int) -> int:
        if self.locate is None:
            return 0
        return self.locate.locate(self.field, pos)  # type: ignore[arg-type]

    # -- candidates -----------------------------------------------------------------
    def vague_candidates(self, shared: dict) -> list[tuple[int, int]]:
        """Spans of vague quantities: "hundreds", "tens of thousands", "several hundred".

        Every one contains a keyword ("hundred", "tens", ...) found with ``str.find``;
        an anchored regex then reads the form at each hit."""
        lex, low = self.lex, self.low
        # "hundred", "thousand", "million", "billion", "dozen" hits come from the number
        # scan (``shared``), "tens" from its "ten" hits; the other keys are searched here
        hits: set[int] = set(shared["hundred"])
        hits.update(shared["thousand"], shared["dozen"], shared["illion"])
        for key in lex.vague_keys:
            if key in _SHARED_VAGUE:
                continue
            scan_key = _SCAN_KEY_OF.get(key)
            if scan_key is None:
                hits.update(_word_starts(low, key))
            else:
                for i in shared[scan_key]:
                    if low.startswith(key, i):  # "tens", not "tenure"
                        hits.add(i)
        out = []
        for i in sorted(hits):
            m = lex.vague_at.match(low, i)
            if m is not None:
                out.append((i, m.end()))
                continue
            m = lex.vague_scale_at.match(low, i)
            if m is not None:
                d = lex.vague_det_before.search(low, max(0, i - 16), i)
                if d is not None:
                    out.append((d.start(), m.end()))
        return out

    def fraction_candidates(self, shared: dict) -> list[tuple[int, int]]:
        """Spans of fraction words with their numerator ("two-thirds", "a third",
        "half", "quarter"), found among the number scan's hits (``shared``) or with
        ``str.find``; kept or dropped in ``fraction``."""
        low, fr = self.low, self.lex.fractions
        out = []
        for key in _FRACTION_KEYS:
            scan_key = _SCAN_KEY_OF.get(key)
            starts = _word_starts(low, key) if scan_key is None else shared[scan_key]
            for i in starts:
                if scan_key and not low.startswith(key, i):
                    continue  # "thirty" among the hits of "thir"
                m = _FRACTION_WORD.match(low, i)
                if m.group() in fr:
                    n = _FRACTION_NUM.search(low, max(0, i - 9), i)
                    out.append((n.start() if n else i, m.end()))
        return out

    def naira_candidates(self, shared: dict) -> list[tuple[int, int]]:
        """Digits glued to a capital N ("N1.5 billion"): the naira sign, when the text
        names the naira or Nigeria (``naira_letter_context``) or a spelled-out scale word
        follows. Without that context only the few stretches before a "million"/"billion"
        found by the number scan (``shared``) are searched."""
        text = self.text
        context = self.naira_article
        if context is None:
            context = names_naira(self.low, self.lex)
        if context:
            spans = [(0, self.n)]
        else:
            spans = [(max(0, h - 20), h) for h in shared["illion"]]
        out = []
        for lo, hi in spans:
            for m in _NAIRA_N.finditer(text, lo, hi):
                self.naira_one(m.start(), context, out)
        return out

    def naira_one(self, s: int, context: bool, out: list) -> None:
        text = self.text
        if s and (text[s - 1].isalnum() or text[s - 1] in "._-"):
            return
        d = _NAIRA_DIGITS.match(self.low, s + 1)
        if d is None:
            return
        e = d.end()
        scaled = d.group().endswith(("million", "billion", "trillion"))
        if e < self.n and text[e].isalnum():
            # only a scale letter may be glued on ("N25m", "N2bn"), as after "$"
            g = _GLUED.match(self.low, e)
            if g is None or g.group() not in self.lex.cur_scales \
                    or (g.end() < self.n and text[g.end()].isalnum()):
                return
            scaled = True
        if s + 1 in self.naira_at:
            return  # found from an earlier "million" already
        if not scaled:
            if not context:
                return
            value = parse_number(d.group())
            if value is None or value < 100:
                return  # "the N1 highway", "N2": a road or a label, not an amount
        out.append((s + 1, e))
        self.naira_at.add(s + 1)

    def run(self) -> list[_Fig]:
        shared: dict = {k: [] for k in SHARED_HIT_KEYS}
        spans = number_spans(self.low, hits=shared)
        vague = self.vague_candidates(shared)
        cands = [(s, e, 1) for s, e in spans]
        if vague:
            cands += [(s, e, 2) for s, e in vague]
        fractions = self.fraction_candidates(shared)
        if fractions:
            cands += [(s, e, 0) for s, e in fractions]
        naira = self.naira_candidates(shared)
        if naira:
            cands += [(s, e, 1) for s, e in naira]
        if vague or fractions or naira:
            cands.sort(key=lambda c: (c[0], c[2]))  # a fraction first: "two thirds"
        figs: list[_Fig] = []
        last_end = 0
        number = self.number
        for s, e, kind in cands:
            if s < last_end:
                continue
            if kind == 0:
                fig = self.fraction(s, e)
            else:
                fig = self.vague(s, e) if kind == 2 else number(s, e)
            if fig is None:
                continue
            if fig.start < last_end:  # a hedge reaching into the previous figure
                fig.start = s
            figs.append(fig)
            last_end = fig.end
        self.finish(figs)
        return figs

    # -- scores -------------------------------------------------------------------------
    def scoreline(self, s: int, e: int) -> _Fig | None:
        """"Mali beat Burkina Faso 2-1", "a 4-0 rout": each side of a score is a figure
        of goals, when a word of a match stands near it (and no vote is counted)."""
        low = self.low
        lo = s
        if low[s - 1:s] in ("-", "\u2013"):  # the second side: back to the first
            lo = s - 1
            while lo > 0 and low[lo - 1].isdecimal():
                lo -= 1
        m = _SCORE.match(low, lo)
        if m is None or not m.start() <= s < m.end():
            return None
        window = low[max(0, m.start() - 80):m.end() + 60]
        if self.lex.score_words.search(window) is None or "vote" in window:
            return None
        fig = _Fig(s, e, int(low[s:e]))
        fig.unit = fig.base = "goals"
        fig.head_end = e
        fig.pre, fig.post = [], []
        return fig

    # -- fractions and ratios ---------------------------------------------------------
    def fraction(self, s: int, e: int) -> _Fig | None:
        """"two-thirds", "a third of", "half of", "the remaining quarter": value =
        numerator / denominator; ordinals and parts of periods ("the first half of
        2023", "a third term") are not figures."""
        lex, low = self.lex, self.low
        den_word = low[s:e].split()[-1].split("-")[-1]
        den = lex.fractions[den_word]
        plural = den_word.endswith("s")
        num_word = low[s:e].replace("-", " ").split()[0] if e - s > len(den_word) else ""
        num = _FRACTION_NUMS.get(num_word, 1)
        after = self.after(e)
        nxt = after[0][2] if after else ""
        if after and after[0][0] == e and nxt in "-–":
            if not (num_word and after[0][0] == e):
                return None  # "half-brother", "a half-day strike"
        before = self.before(s)
        prev = before[-1][2] if before else ""
        if prev in lex.fraction_not_after or prev in ("a", "an"):
            return None  # "the first half", "a third quarter"
        if prev == "and" and len(before) >= 2 and (
                before[-2][2][:1].isdecimal() or before[-2][2] in _NUMBER_WORDS):
            return None  # "two and a half"
        if nxt in ("a", "an") and len(after) > 1 and after[1][2] in A_TARGETS:
            return None  # "nearly half a million": a number, read as one
        # a share is meant after a hedge ("nearly half (49%)", "at barely a third"), after
        # "by" ("cut by a third") or as one end of a range of shares ("between a quarter
        # and a third of revenue")
        share_cue = prev in lex.hedge_last or prev == "by"
        ranged = nxt in ("and", "to", "or") and len(after) > 2 \
            and after[1][2] in _FRACTION_NUMS and after[2][2].split("-")[0] in lex.fractions
        if plural:
            if num < 2:
                return None  # "quarters", "living quarters"
        elif not num_word:
            if den_word == "half":
                if nxt not in ("of", "the", "its", "their", "his", "her", "our", "all") \
                        and not share_cue:
                    return None
            elif prev not in lex.fraction_bare_before:
                return None
        elif "-" not in low[s:e] and nxt != "of" and not share_cue and not ranged:
            return None  # "a third term", "one quarter" of a city
        if nxt == "of" and len(after) > 1:
            k = 2 if len(after) > 2 and after[1][2] in ("the", "a") else 1
            if _YEARISH.fullmatch(after[k][2]):
                return None  # "half of 2023"
        if self.in_date(s, e):
            return None
        fig = _Fig(s, e, _share(num / den), kind="fraction")
        self.hedge(fig, before, after)
        fig.pre = [t for t in before if t[1] <= fig.start]
        fig.post = after
        if nxt == "of" and len(after) > 2 and after[1][2] in ("them", "whom", "those"):
            # "Two-thirds of them are women and children", "a third of them children"
            k = 2
            while k < len(after) and after[k][2] in _COPULA:
                k += 1
            if k < len(after) and after[k][2] in lex.people_nouns:
                self.counted_noun(fig, after[k:])
            else:
                fig.implied = True
            return fig
        if num_word or nxt == "of":
            self.counted_noun(fig, after)
        else:
            fig.implied = True  # "the remaining quarter raised by ...": no noun after it
            fig.head_end = e
        if fig.implied and not num_word:
            # "up to 75 percent of the budget ..., the remaining quarter": the whole
            # the share before it in the sentence is taken of
            ss = _sentence_start(self.text, s)
            share = None
            for share in _SHARE_OF.finditer(low, ss, s):
                pass
            if share is not None and share.group(1) not in lex.stop_words:
                self._set(fig, share.group(1), share.group(1))
        return fig

    def ratio(self, s: int, e: int, value: float, before: list[Tok]) -> _Fig | None:
        """"one in four (fuel stations)", "one in four is a child" -> 0.25."""
        m = _RATIO.match(self.low, e)
        if m is None:
            return None
        whole = parse_number(m.group(1))
        if not whole or whole <= value or whole > 1000 or not 1 <= value <= 10:
            return None
        lex = self.lex
        after = self.after(m.end())
        if after and after[0][2] in lex.time_units:
            return None  # "two in three days"
        fig = _Fig(s, m.end(), _share(value / whole), kind="fraction")
        self.hedge(fig, before, after)
        fig.pre = [t for t in before if t[1] <= fig.start]
        fig.post = after
        k = 0
        if after and after[0][2] in _COPULA:
            k = 1
            if k < len(after) and after[k][2] in ("a", "an"):
                k += 1
            if k < len(after) and after[k][2][:1].isalpha() \
                    and after[k][2] not in lex.stop_words:
                w = after[k][2]
                w = _plural(w, lex)
                self._set(fig, w, w)
                fig.head_end = after[k][1]
                return fig
        self.counted_noun(fig, after)
        return fig

    # -- vague quantities -------------------------------------------------------------
    def vague(self, s: int, e: int) -> _Fig | None:
        fig = _Fig(s, e, None, approx=True, kind="vague")
        fig.pre = self.before(s)
        fig.post = post = self.after(e)
        if post and self.low[e - 1] == "s" and post[0][0] - e <= 1:
            w = post[0][2]
            if w[0].isalpha() and w not in self.lex.stop_words and w != "of" \
                    and w not in self.lex.more_words and w not in self.lex.outcomes \
                    and (self.title_case or w.endswith("ed") or w in self.lex.vague_subject_verbs):
                # A vague plural is itself the noun; the word after it is its verb
                # ("Thousands March on ...", "hundreds gathered"): people are counted.
                fig.unit = fig.base = "people"
                fig.head_end = e
                self.outcome(fig, post)  # "Hundreds feared killed"
                return fig
        self.counted_noun(fig, post)
        return fig

    # -- numbers --------------------------------------------------------------------
    def number(self, s: int, e: int) -> _Fig | None:
        lex, low = self.lex, self.low
        raw = low[s:e]
        digits = raw[0].isdecimal()
        prev = low[s - 1] if s else ""
        # Cheap rejections first, before any token is read.
        if digits and len(raw) <= 2 and (
                (low[e:e + 1] in ("-", "\u2013") and low[e + 1:e + 2].isdecimal())
                or (prev in ("-", "\u2013") and s >= 2 and low[s - 2].isdecimal())):
            goals = self.scoreline(s, e)
            if goals is not None:
                return goals
        if digits:
            if len(raw) == 4 and (raw[0] == "0" and raw.isdecimal() or _YEARISH.fullmatch(raw)) \
                    and not (raw[0] != "0" and self.count_not_year(s, e)):
                return None  # a year ("2013", "mid-2012", "2013-2022") or "0500" GMT
            if prev in ("-", "+") and s >= 2 and (low[s - 2].isalpha() or (
                    prev == "-" and low[s - 2].isdecimal() and _DESIGNATION.search(
                        low, max(0, s - 12), s - 1) is not None)):
                return None  # "COVID-19", "MiG-29", "D+2", the last part of "ZU-23-2"
            if e == self.n or low[e:e + 2] == "\n\n":
                ls = low.rfind("\n", 0, s) + 1
                if ls < s and (ls == 0 or low[ls - 2:ls] == "\n\n") and \
                        _HEADING_LABEL.fullmatch(low, ls, s):
                    return None  # "Day 2", "Part 3" as a paragraph: a heading's number
            if (prev and prev in "#/:") or (
                    e + 1 < self.n and low[e] in "/:" and low[e + 1].isdecimal()):
                return None  # "12/05/2020", "10:30", "#3"
            if prev == "-" and _DATE_BEFORE.search(low, max(0, s - 9), s):
                return None  # the month or day of "2023-07-26"
            if self.in_phone(s, e):
                return None  # "+221 77 000 0000", "Tel: 33 822 12 34"
            if low[e:e + 1] == "\u00b0" and self.text[e + 1:e + 3].lstrip()[:1] in (
                    "N", "S", "E", "W"):
                return None  # "13.42°N, 0.08°E": a coordinate
            c = low[e:e + 1]
            if c and c in ".)]":
                if c == "]":
                    if prev == "[":
                        return None  # "[1]": a footnote reference
                elif low[e + 1:e + 2] in (" ", "\n", "\t", "") and \
                        not low[low.rfind("\n", 0, s) + 1:s].strip():
                    return None  # "1. The present report ...": a paragraph's number
        value = _PARSED.get(raw)
        if value is None:
            value = parse_number(raw)
            if value is None:
                return None
            if len(_PARSED) >= 4096:
                _PARSED.clear()
            _PARSED[raw] = value
        if not digits and self.actors:  # (digits in names are rejected as labels)
            a = self.actor_at(s)
            if a is not None and a.end >= e:
                return None  # "the Group of Five for the Sahel": part of a name
        in_date = self.in_date(s, e)
        if in_date:
            # Inside a date ("Feb. 17", "Aug. 18, 2020"): only a numeral before a time
            # unit (a duration: "18 months", "two-day") is a figure as well.
            m = _NEXT_WORD.match(low, e)
            if m is not None and m.group(1) in lex.more_words:
                m = _NEXT_WORD.match(low, m.end())  # "up to five more years"
            if m is None or m.group(1) not in lex.time_units or low.startswith(" past ", m.end()):
                return None  # (nor the minutes of "seven minutes past seven", a time)
        before = self.before(s)
        if (not digits or value <= 10) and low[e:e + 1].isspace() \
                and low[e + 1:e + 8].lstrip()[:2] in ("in", "ou"):
            # (a cheap test for the " in "/" out of " that _RATIO needs first)
            ratio = self.ratio(s, e, value, before)
            if ratio is not None:
                return ratio
        last = before[-1] if before else None
        adjacent_last = last is not None and last[1] == s
        cur = self.currency_before(before, s)  # depends on `before` and s only
        fig = _Fig(s, e, value)
        after = self.after(e)
        nxt = after[0] if after else None
        nxt_adj = nxt is not None and nxt[0] == e
        if not digits and nxt is not None and nxt[2] in lex.clock:
            return None  # "by eight o'clock": a time
        if nxt is not None and nxt[2] in lex.labels_after and self.upper(nxt):
            return None  # "the army's 7 Division", "3 Brigade": a unit's number

        if digits:
            if nxt_adj and self.text[e] in "CF°" and self.temperature(fig, e):
                # "45C", "113F", "45°C"
                e = fig.end
                after = self.after(e)
                nxt = after[0] if after else None
                nxt_adj = False
            elif nxt_adj and nxt[2][0].isalpha():
                # Glued letters: "15km", "$10m", "1.5bn" (already in the number), "19th".
                g = _GLUED.match(low, e)
                glued = g.group() if g else ""
                # "120K+ houses": at least that many (the "+" read below)
                plus = low[e + len(glued):e + len(glued) + 1] == "+"
                rest = self.after(e + len(glued) + plus, 24)
                noun_next = bool(rest) and (_is_plural(rest[0][2], lex)
                                            or rest[0][2] in lex.people_nouns)
                if glued and glued in lex.cur_scales and (cur is not None or noun_next):
                    # "$10m", "€2bn"; "1.2m people" (a scale, not metres, before a noun)
                    fig.value = _tidy(value * lex.cur_scales[glued])
                elif glued and glued in lex.glued_units:
                    fig.unit = fig.base = glued
                    fig.kind = "measure"
                else:
                    return None
                fig.end = e = e + len(glued)
                after = self.after(e)
                nxt = after[0] if after else None
                nxt_adj = nxt is not None and nxt[0] == e
            if nxt_adj and nxt[2] == "+" and (e + 1 == self.n or low[e + 1] in " \t\n"):
                # "120+ houses", "50+ killed": at least that many, the "+" in the span
                fig.end = e = e + 1
                fig.approx = True
                after = after[1:]
                nxt = after[0] if after else None
                nxt_adj = False
            if nxt is not None and (nxt[2] in lex.clock or (
                    nxt_adj and nxt[2] == ":" and len(after) > 1 and after[1][2][0].isdecimal())):
                return None  # "5 a.m.", "0500 GMT"
            if adjacent_last is False and last is not None and self.is_label(before, s) \
                    and cur is None and self.percent_after(after, e) is None:
                self.label_end = e
                return None  # "Resolution 2100", "Air Base 201", "France 24" (not
                # "had given Déby 61.3 percent": a share)
        if before and (before[-1][2] in lex.label_words or s - self.label_end <= 6) \
                and self.lower_label(before, s, e, digits):
            self.label_end = e
            return None  # "paragraphs 5-9", "resolution 2417", "day 13", "Point Zero"

        if not in_date and digits and self.month_adjacent(before, after):
            return None
        if digits and isinstance(value, int) and 1 <= value <= 31 and self.day_range(s, e):
            return None

        # (inside a duration "one" counts its unit: "in the last one week")
        if raw == "one" and not in_date and not self.one_is_count(before, after, e):
            return None
        if after and after[0][2] in lex.times_words and len(after) > 1 \
                and after[1][2] in lex.times_after:
            return None  # "three times as much", "five times more": a multiplicative
        if "dozen" in raw:
            fig.approx = True

        # Hyphenated compound kept whole: "five-nation", "32-year-old", "5,100-strong".
        if fig.kind == "num" and nxt_adj and nxt[2] == "-" and len(after) > 1 \
                and after[1][0] == nxt[1] and after[1][2][0].isalpha():
            parts = after[1][2]
            first = parts.split("-")[0]
            if first in lex.compound_not_unit:
                return None  # "two-thirds", "three-fold", "one-sided"
            if parts in lex.compound_hedges:
                # "3,000-odd troops": a hedge after the number; the noun follows
                fig.end = after[1][1]
                fig.approx = True
                after = after[2:]
                if after and after[0][2] in _HEDGED_SCALES and isinstance(fig.value, (int, float)):
                    # "twenty-odd thousand people": the scale after the hedge
                    fig.value = _tidy(fig.value * _HEDGED_SCALES[after[0][2]])
                    fig.end = after[0][1]
                    after = after[1:]
            elif first not in lex.outcomes and first not in lex.stop_words:
                fig.end = after[1][1]
                fig.kind = "compound"
                fig.unit = fig.base = (
                    lex.compound_units.get(parts) or lex.compound_units.get(first) or first
                )
                after = after[2:]

        # Currency before ("$10 million", "US$ 5", "EUR 20"), then the hedge.
        k = len(before)
        if cur is not None:
            cs, cunit, used = cur
            fig.start = cs
            fig.unit = fig.base = cunit
            fig.kind = "money"
            k -= used
        self.hedge(fig, before if k == len(before) else before[:k], after)
        # every token of `before` ends by s; a hedge or currency sign moves the start back
        fig.pre = before if fig.start == s else [t for t in before if t[1] <= fig.start]

        if fig.kind == "num":
            pct = self.percent_after(after, fig.end)
            if pct is not None:
                fig.end, after = pct
                fig.unit = fig.base = "%"
                fig.kind = "percent"
                if fig.start == s and prev in ("+", "-", "\u2212") and (
                        s < 2 or low[s - 2] in " (\n\t["):
                    # "287 fatalities (-6%)": a signed change
                    fig.start = s - 1
                    fig.pre = [t for t in before if t[1] <= fig.start]
                    if prev != "+":
                        fig.value = -fig.value
        fig.post = after
        pre = fig.pre
        if fig.unit is None and fig.kind == "num" and pre and pre[-1][2] in _AGE_LAST and (
                _aged(pre) or _of_age(pre, lex) or _age_at(pre, lex)) \
                and isinstance(value, int) and 0 < value < 125 \
                and not self.before_time_unit(after, fig.end) and not self.range_to_time(after):
            # "boys aged 15 joined", "aged about 80", "aged between 20 and 35": an age,
            # whatever word follows ("aged 6 to 59 months" is a range in months)
            fig.unit = fig.base = "years old"
        if fig.unit is None:
            if after and after[0][2] == ":" and after[0][0] == fig.end and len(after) > 1 \
                    and not low[low.rfind("\n", 0, fig.start) + 1:fig.start].strip(" \t-*\u2022"):
                # a key-figures line, "5,000: troops planned for the unified force": the
                # noun after the colon
                self.counted_noun(fig, after[1:])
            else:
                self.counted_noun(fig, after)
            if fig.unit is None and low[fig.start - 2:fig.start] == ": " and fig.kind == "num":
                self.label_noun(fig)
        else:
            fig.head_end = fig.end
            self.outcome(fig, after)
        if fig.implied and fig.kind == "num" and self.is_age(fig, before, after):
            fig.unit = fig.base = "years old"
            fig.implied = False
        if fig.implied and after and after[0][2] in _RATE_LINKS:
            self.exchange_rate(fig, after)
        return fig

    def exchange_rate(self, fig: _Fig, after: list[Tok]) -> None:
        """'The naira trades at around 365 to the dollar': a rate counts the currency
        named before it in the sentence (not the one it is quoted against)."""
        lex = self.lex
        k = 2 if len(after) > 2 and after[1][2] == "the" else 1
        if len(after) <= k or (after[k][2],) not in lex.cur_suffix:
            return
        against = lex.cur_suffix[(after[k][2],)]
        for t in reversed(self.before(fig.start, 90, 14)):
            if t[2] in _PUNCT_BREAK:
                return
            unit = lex.cur_suffix.get((t[2],))
            if unit is not None and unit != against:
                self._set(fig, unit, unit)
                fig.kind = "money"
                return

    def count_not_year(self, s: int, e: int) -> bool:
        """'About 1850 people fled', 'some 2000 troops': four digits before a noun for
        people, not after a date word ("In 1990 soldiers seized power" is a year)."""
        m = _NEXT_WORD.match(self.low, e)
        if m is None or m.start(1) != e + 1 or m.group(1) not in self.lex.people_nouns:
            return False
        b = self.low[max(0, s - 16):s].split()
        if len(b) >= 2 and b[-1] in _RANGE_LINKS and b[-2].replace(",", "").isdecimal() \
                and _YEARISH.fullmatch(b[-2]) is None:
            return True  # "between 1500 and 2000 people": the other end is no year
        return not b or b[-1] not in _YEAR_PREPS

    # -- look-ups around a number ---------------------------------------------------
    def temperature(self, fig: _Fig, e: int) -> bool:
        """"45C", "113F", "45°C" glued to the digits at ``e``: a temperature (upper-case
        letter only); sets the unit and the end."""
        text, temps = self.text, self.lex.glued_temps
        t = text[e:e + 2]
        key = t if t in temps else t[:1]
        unit = temps.get(key)
        k = e + len(key)
        if unit is None or (k < self.n and text[k].isalnum()):
            return False
        fig.unit = fig.base = unit
        fig.kind = "measure"
        fig.end = k
        return True

    def range_to_time(self, after: list[Tok]) -> bool:
        """"(aged) 6 to 59 months": a range whose second end is before a time unit."""
        if len(after) < 3 or after[0][2] not in ("to", "-", "–", "and", "or"):
            return False
        return after[1][2][:1].isdecimal() and after[2][2] in self.lex.time_units

    def lower_label(self, before: list[Tok], s: int, e: int, digits: bool) -> bool:
        """A label in any case: "paragraphs 5-9" (and the range end after a label),
        "resolution 2417", "this is day 13"; a capitalised number word after a
        capitalised label noun ("Point Zero")."""
        if not before:
            return False
        lex = self.lex
        last = before[-1]
        w = last[2]
        if self.label_end >= 0 and s - self.label_end <= 6 \
                and self.low[self.label_end:s].strip() in ("-", "–", "to", "and", ",", ", and"):
            # "paragraphs 5-9": the second end of a label range; "resolutions 2100, 2164
            # and 2227": the next of a list
            return True
        if s - last[1] > 1 or not w[:1].isalpha():
            return False
        if w == "of":
            return len(before) > 1 and before[-2][2] in lex.label_of  # "the round of 16"
        if not digits:
            return self.text[s].isupper() and w in lex.labels and self.upper(last) \
                and not self.title_case
        if w in lex.labels_lower:
            return True
        return w == "day" and len(before) >= 2 and before[-2][2] in lex.day_label_before

    def currency_before(self, before: list[Tok], s: int) -> tuple[int, str, int] | None:
        if not before:
            return None
        last = before[-1]
        if s - last[1] > 1:
            return None
        if last[2] == "n" and s == last[1] and s in self.naira_at:
            return last[0], "naira", 1
        unit = self.lex.cur_prefix.get(last[2])
        if unit is None:
            return None
        if last[2] == "$" and len(before) >= 2 and before[-2][2] in ("us", "u.s.") \
                and before[-2][1] == last[0]:
            return before[-2][0], unit, 2
        if len(before) >= 2 and before[-2][1] == last[0] \
                and before[-2][2] + last[2] in self.lex.cur_prefix:
            return before[-2][0], unit, 2  # "GH₵ 600": the letters glued to the sign
        if last[2][0].isalpha() and s == last[1] and last[2][-1].isalpha():
            return None  # "EUR20" is a code glued to digits only with a space ("GH¢600" is)
        return last[0], unit, 1

    def hedge(self, fig: _Fig, before: list[Tok], after: list[Tok]) -> None:
        lex = self.lex
        if not before or fig.start - before[-1][1] > 3:
            return
        lengths = lex.hedge_last.get(before[-1][2])
        if lengths is None:
            return
        for k in lengths:
            if k > len(before):
                continue
            cand = tuple(t[2] for t in before[-k:])
            if cand not in lex.hedges:
                continue
            # "Over three years, X did Y" reads "during"; "for over ten years" and
            # "over 100 people" qualify the amount.
            if k == 1 and cand[0] in lex.temporal_hedges and fig.kind in ("num", "compound") \
                    and (fig.kind == "compound" or self.before_time_unit(after, fig.end)):
                q = before[-2][2] if len(before) >= 2 else ""
                if q not in lex.temporal_qualifiers:
                    return
            fig.start = before[-k][0]
            fig.approx = True
            return

    def before_time_unit(self, after: list[Tok], e: int) -> bool:
        if not after:
            return False
        w = after[0][2]
        if w in self.lex.time_units:
            return True
        if w == "-" and len(after) > 1:
            return after[1][2].split("-")[0] in self.lex.time_units
        return False

    def month_adjacent(self, before: list[Tok], after: list[Tok]) -> bool:
        months = self.lex.months
        if before:
            b = before[-1][2]
            if b == "." and len(before) >= 2:
                b = before[-2][2]
            if b in months and self.upper(before[-1] if before[-1][2] != "." else before[-2]):
                return True
        return bool(after) and after[0][2] in months and self.upper(after[0])

    def day_range(self, s: int, e: int) -> bool:
        """The number is one end of a day range next to a capitalised month ("Oct. 27
        to 28", "27-28 October"), so part of a date."""
        low, text = self.low, self.text
        # Both patterns need a link (-, –, /, to, and, ...) next to the number, after at
        # most three spaces: a cheap test of the few characters there comes first.
        b = low[max(0, s - 12):s].rstrip()
        if b[-1:] in _DAY_LINK_CHARS or b.endswith(_DAY_LINK_WORDS):
            m = _DAY_RANGE_BEFORE.search(low, max(0, s - 24), s)
            if m is not None and text[m.start(1)].isupper():
                return True
        a = low[e:e + 12].lstrip()
        if a[:1] in _DAY_LINK_CHARS or a.startswith(_DAY_LINK_WORDS):
            m = _DAY_RANGE_AFTER.match(low, e, min(self.n, e + 24))
            return m is not None and text[m.start(1)].isupper()
        return False

    def is_label(self, before: list[Tok], s: int) -> bool:
        last = before[-1]
        word = last[2]
        if not word[0].isalpha() or not self.upper(last):
            return False
        if word.endswith(("'s", "’s")):
            return False  # "the G5 Sahel's 5,000-strong force": a possessive, no name
        if "\n" in self.text[last[1]:s]:
            return False
        if word in self.lex.labels:
            return True
        if word in self.lex.months or word in self.lex.weekdays or word in self.lex.stop_words:
            return False
        if self.title_case:
            return False
        # sentence-initial capital: an ordinary word, not a name
        if len(before) < 2 or before[-2][2] in _PUNCT_BREAK or before[-2][2] in "\"'“‘(" \
                or before[-2][2].startswith("\n"):
            return False
        return (word,) not in self.lex.hedges and word not in self.lex.outcome_verbs

    def one_is_count(self, before: list[Tok], after: list[Tok], e: int) -> bool:
        lex = self.lex
        if after and after[0][2] == "-" and after[0][0] == e:
            return True  # "a one-year term"
        if before and before[-1][2] in lex.one_not_after:
            return False
        if not after:
            return False
        w = after[0][2]
        if w == "of" and before and before[-1][2] in ("least", "than") and \
                len(after) > 2 and after[1][2] in lex.partitive_dets and \
                _is_plural(after[2][2], lex) and not after[2][2].endswith(("'s", "’s")):
            return True  # "killing at least one of his guards": a hedged count
        if not (w[0].isalpha() and w not in lex.one_not_before and w not in lex.stop_words):
            return False
        if before and before[-1][2] in ("by", "to", "in") and (
                w in lex.one_source_nouns or len(after) > 1 and after[1][2] in lex.one_source_nouns):
            return False  # "by one estimate", "according to one European count"
        if before and before[-1][2] in lex.clause_verbs and (
                w in lex.people_nouns or w + "s" in lex.people_nouns) and (
                len(after) == 1 or after[1][2] in (".", ",", ";", "who")):
            return False  # "..., said one resident.": an indefinite person
        # "One survivor, a trader who ..., said": the verb after an apposition
        if len(after) > 1 and after[1][2] == "," and self.verb_after_apposition(after[1][1]):
            return False
        # "one former Western diplomat told ...": an indefinite person, the subject of a
        # reporting verb after a few words
        for t in after[1:5]:
            if t[2] in lex.clause_verbs:
                return False
            if not t[2][:1].isalpha() or t[2] in lex.stop_words:
                break
        return True

    def verb_after_apposition(self, pos: int) -> bool:
        """Whether a reporting verb follows the comma that closes an apposition opened
        just before ``pos`` (within the sentence, 160 characters)."""
        low = self.low
        stop = low.find(". ", pos, pos + 160)
        end = stop if stop >= 0 else min(self.n, pos + 160)
        i = low.find(", ", pos, end)
        if i < 0:
            return False
        m = _NEXT_WORD.match(low, i + 1)
        return m is not None and m.group(1) in self.lex.clause_verbs

    def percent_after(self, after: list[Tok], end: int) -> tuple[int, list[Tok]] | None:
        if not after:
            return None
        if after[0][2] == "%" and after[0][0] - end <= 1:
            return after[0][1], after[1:]
        if after[0][2] not in self.lex.percent_first:
            return None
        for k in (2, 1):
            if len(after) >= k and tuple(t[2] for t in after[:k]) in self.lex.percent:
                if len(after) > k and after[k][2] in ("point", "points"):
                    return None
                return after[k - 1][1], after[k:]
        return None

    def is_age(self, fig: _Fig, before: list[Tok], after: list[Tok]) -> bool:
        v = fig.value
        if not isinstance(v, int) or not 0 < v < 125:
            return False
        if fig.approx:
            # "a child under five", "people over 60": an age limit after a person noun
            return len(before) >= 2 and before[-1][2] in ("under", "over", "above", "below") \
                and before[-1][0] == fig.start and before[-2][2] in self.lex.age_nouns \
                and not (after and after[0][2][:1].isalpha()
                         and after[0][2] not in self.lex.stop_words)
        if before and before[-1][2] == "aged":
            return not self.range_to_time(after)
        # "Déby, 68, was declared ...": an apposition after a capitalised name
        # ("Traoré, then 34, ousts ...": a time word may come first).
        k = 2 if len(before) >= 3 and before[-1][2] in self.lex.age_time_words else 1
        if len(before) >= k + 1 and before[-k][2] == "," and after and after[0][2] in (",", ")"):
            name = before[-k - 1]
            return name[2][0].isalpha() and (
                self.upper(name) or name[2] in self.lex.age_apposition_nouns)
        return False

    # -- the counted noun -------------------------------------------------------------
    def counted_noun(self, fig: _Fig, after: list[Tok]) -> None:
        lex, text = self.lex, self.text
        toks = after
        if toks and toks[0][2] in "()":
            # a number written twice, "sixty-six (66) hostages": the noun after both
            if len(toks) > 3 and toks[0][2] == "(" and toks[2][2] == ")" \
                    and toks[1][2][:1].isdecimal():
                toks = toks[3:]
            elif toks[0][2] == ")" and fig.pre and fig.pre[-1][2] == "(" and len(fig.pre) > 1 \
                    and fig.pre[-2][2][:1].isalpha() and parse_number(fig.pre[-2][2]) == fig.value:
                toks = toks[1:]  # (the digits repeat the words before them)
        i = 0
        # Money written out after the number: "10 million euros", "6 billion CFA francs",
        # "tens of millions of euros".
        j = 1 if toks and toks[0][2] == "of" else 0
        if len(toks) > j and toks[j][2] in lex.cur_suffix_first:
            for k in range(lex.cur_suffix_max, 0, -1):
                key = tuple(t[2] for t in toks[j:j + k])
                if len(key) == k and key in lex.cur_suffix:
                    fig.unit = fig.base = lex.cur_suffix[key]
                    fig.kind = "money"
                    fig.head_end = toks[j + k - 1][1]
                    return
        # Partitive: "thousands of people", "300 of its personnel".
        if toks and toks[0][2] == "of":
            if len(toks) > 1 and toks[1][2] == "us":
                # "about two hundred of us": the speakers, people
                self._set(fig, "people", "people")
                fig.head_end = toks[1][1]
                self.outcome(fig, toks[2:])
                return
            i = 1
            if len(toks) > 1 and toks[1][2] in lex.partitive_dets:
                i = 2
                w = toks[2][2] if len(toks) > 2 else ""
                if w[-2:] in ("'s", "’s") and len(toks) > 3 and toks[3][2][:1].isalnum():
                    i = 3  # "22 of the country's 36 states": the owner is not the noun
                elif w in lex.partitive_substantives and (
                        len(toks) == 3 or not toks[3][2][:1].isalpha()
                        or toks[3][2] in lex.stop_words):
                    # "at least five of the dead were Russian": the adjective is the noun
                    self._set(fig, w, w)
                    fig.head_end = toks[2][1]
                    self.outcome(fig, toks[3:])
                    return
            # "four of their nine clinics", "two of the most dangerous borders"
            while i < len(toks) and (toks[i][2][0].isdecimal() or toks[i][2] in _NUMBER_WORDS
                                     or toks[i][2] in ("most", "least")):
                i += 1
        words: list[str] = []
        head_end = fig.end
        actor_mod: str | None = None
        actor_end = -1
        actor_is_demonym = False
        pre = fig.pre or []
        caps_context = bool(pre) and pre[-1][2][0].isalpha() and len(pre[-1][2]) > 1 \
            and text[pre[-1][0]:pre[-1][1]].isupper()
        caps_as_words = self.title_case or caps_context
        # per-token look-ups only when an actor or a date touches the tokens at all
        has_actors = bool(toks) and self.any_actor(toks[i][0] if i < len(toks) else 0,
                                                   toks[-1][0])
        has_dates = bool(toks) and self.any_date(toks[0][0], toks[-1][1])
        while i < len(toks) and len(words) < 5:
            ts, te, w = toks[i]
            a = self.actor_at(ts) if has_actors else None
            if a is not None:
                actor_mod = actor_mod or a.actor
                actor_end = a.end
                actor_is_demonym = a.text != a.name
                while i < len(toks) and toks[i][0] < a.end:
                    i += 1
                continue
            if not words and "-" in w and i + 1 < len(toks) and (
                    w[0].isdecimal() or w.split("-", 1)[0] in _NUMBER_WORDS):
                i += 1  # "two 14-year-old boys", "two five-year terms": a figure of its own
                continue
            if not words and w in lex.more_words and i + 1 < len(toks) \
                    and toks[i + 1][2][:1].isalpha() and toks[i + 1][2] not in lex.stop_words:
                i += 1  # "tens of thousands more people", "five more years" (in a date)
                continue
            if w in lex.date_words or (has_dates and w not in lex.time_units
                                       and not (w[-2:] in ("'s", "’s")
                                                and w[:-2] in lex.time_units)
                                       and self.in_date(ts, te)):
                break  # "about 27,000 last December": a date is never the noun
            if w.endswith(("'s", "’s")) and w[0].isalpha():
                words.append(w[:-2])  # "one year's notice" counts a year
                head_end = ts + len(w) - 2
                break
            up = text[ts].isupper() and not caps_as_words \
                and not (words and w in lex.capitalised_nouns)  # "member States"
            if up and len(w) > 1 and text[ts:te].isupper():
                i += 1  # an acronym naming the noun's owner ("US troops", "UN staff")
                continue
            if up and ((not words and len(w) > 2 and w[-1] == "s" and text[te - 1] == "s"
                        and text[ts:te - 1].isupper() and a is None)
                       or (w in lex.peoples and all(x in lex.adjectives for x in words))):
                # an acronym plural is the noun itself ("155,000 IDPs", "40 NGOs"), and so
                # is a people ("12 Tuaregs", "hundreds of other Europeans")
                fig.unit = fig.base = text[ts:te]
                fig.head_end = te
                if actor_mod is not None:
                    fig.actor = actor_mod
                self.outcome(fig, toks[i + 1:])
                return
            if not words and w in lex.noun_participles and i + 1 < len(toks) \
                    and _is_plural(toks[i + 1][2], lex):
                words.append(w)  # "312 reported fatalities": a participle before the noun
                head_end = te
                i += 1
                continue
            if not w[0].isalpha() or w in lex.stop_words:
                if w == "and" and len(words) == 1 and fig.value != 1 and i + 2 < len(toks) \
                        and not _is_plural(words[0], lex) and toks[i + 1][2][:1].isalpha() \
                        and toks[i + 1][2] not in lex.stop_words \
                        and toks[i + 2][2] not in lex.stop_words \
                        and _is_plural(toks[i + 2][2], lex):
                    # "its two civilian and military missions": two modifiers, one noun
                    words = []
                    i += 2
                    continue
                break
            nt = toks[i + 1][2] if i + 1 < len(toks) else ""
            nt_word = nt[:1].isalpha() and nt not in lex.stop_words
            if up:
                # A name modifying the noun ("Sahel states", "COVID-19 cases") is
                # skipped; a measure follower ("degrees Celsius") is kept.
                if words and w in lex.measure_followers.get(words[-1], ()):
                    words.append(w)
                    head_end = te
                    break
                if words and not (nt_word and not self.upper(toks[i + 1])):
                    break
                i += 1
                continue
            if words and w.endswith("ing") and nt_word and _is_plural(nt, lex) \
                    and not _is_plural(words[-1], lex) and nt not in lex.outcomes:
                words.append(w)  # "34 illegal refining sites": a modifier, not a verb
                head_end = te
                i += 1
                continue
            if words and not words[-1].endswith("ly") and (
                    w.endswith(("ly", "ing")) or w in lex.outcomes
                    or (w.endswith("ed") and w not in lex.adjectives
                        and not (nt_word and not _is_plural(words[-1], lex)
                                 and not words[-1].endswith("ed") and _is_plural(nt, lex)))):
                # a verb after the noun; after an adverb it is a participle, and so it is
                # between a modifier and a plural ("four small guided munitions", "71 new
                # suspected cases")
                break
            if not words and w.endswith("ly") and (not nt_word or (
                    nt.endswith("ed") and i + 2 < len(toks) and (
                        not toks[i + 2][2][:1].isalpha() or toks[i + 2][2] in lex.stop_words))):
                break  # "the 1,000 to 1,500 usually attributed to the group": no noun
            if not words and not nt_word and (
                    w in lex.outcomes or w in lex.people_participles
                    or (w.endswith("ed") and len(w) > 4 and w not in lex.adjectives)):
                break  # "20 killed", "3 million uprooted", "(nearly 300 registered)": no noun
            if not words and w.endswith("ed") and len(w) > 4 and w not in lex.adjectives \
                    and w not in lex.outcomes and nt in lex.verb_complements:
                break  # "nine pleaded guilty", "31 pleaded not guilty": a verb, no noun
            if not words and w == "dead" and nt not in lex.people_nouns:
                break  # "the toll of 62 dead covers both phases" ("40 dead soldiers" reads on)
            words.append(w)
            head_end = te
            i += 1
            if w in lex.measure_followers:
                continue
            if w in lex.plural_nouns and i < len(toks) and toks[i][2] not in lex.plural_nouns \
                    and _is_plural(toks[i][2], lex) and toks[i][2] not in lex.stop_words \
                    and not self.upper(toks[i]) and w not in lex.glued_units:
                continue  # "personnel carriers", "police officers" (not "100 kg costs")
            if w in lex.attributive_plurals and i < len(toks) \
                    and _is_plural(toks[i][2], lex) and toks[i][2] not in lex.stop_words \
                    and toks[i][2] not in lex.outcomes and not self.upper(toks[i]):
                continue  # "two logistics bases", "31 logistics suppliers": a compound
            if (fig.value != 1 and _is_plural(w, lex)) or w in lex.plural_nouns:
                # coordinated people nouns: "soldiers and police" (other pairs are
                # not joined: the held-out gold sets disagree on them)
                if i + 1 < len(toks) and toks[i][2] == "and" and toks[i + 1][2] in lex.people_nouns:
                    nn = toks[i + 2][2] if i + 2 < len(toks) else ""
                    if not nn[:1].isalpha() or nn in lex.stop_words or nn in lex.outcomes:
                        words += ["and", toks[i + 1][2]]
                        head_end = toks[i + 1][1]
                        i += 2
                break
        if len(words) == 1 and words[0] in lex.counter_nouns and i + 1 < len(toks) \
                and toks[i][2] == "of" and toks[i + 1][2][:1].isalpha() \
                and toks[i + 1][2] not in lex.stop_words:
            words += ["of", toks[i + 1][2]]  # "300 head of cattle"
            head_end = toks[i + 1][1]
        while len(words) > 1 and (words[0] in lex.adjectives or words[0].endswith("-led")) \
                and words[-1] not in lex.adjective_keep.get(words[0], ()):
            words.pop(0)
        others_end = -1
        if words == ["others"]:
            words = []  # "wounded 20 others": the noun of the figure before
            others_end = head_end
        if words and (words[-1] in lex.adjectives or words[-1] in lex.stop_words):
            words = []
        if actor_mod is None and words:
            # "6,000 soldiers of the African-led mission (AFISMA)", "troops of Mali"
            k = i
            if k < len(toks) and toks[k][2] == "of":
                k += 1
                if k < len(toks) and toks[k][2] == "the":
                    k += 1
                if k < len(toks):
                    a = self.actor_at(toks[k][0])
                    if a is not None:
                        actor_mod = a.actor
        if actor_mod is not None:
            fig.actor = actor_mod
        if words:
            fig.unit = fig.base = " ".join(words)
            fig.head_end = head_end
            k = min(i, len(toks))
            while k > 0 and toks[k - 1][0] >= head_end:
                k -= 1
            while k < len(toks) and toks[k][0] < head_end:
                k += 1
            rest = toks[k:]
        elif actor_end > 0 and (text[actor_end - 1] in "sS" or actor_is_demonym):
            # the actor is the counted noun ("dozens of Russians", "300 Malians")
            fig.base = "people"
            fig.head_end = actor_end
            fig.implied = True
            rest = [t for t in toks if t[0] >= actor_end]
        else:
            fig.head_end = fig.end
            fig.implied = True
            rest = toks if others_end < 0 else [t for t in toks if t[0] >= others_end]
        self.outcome(fig, rest)

    def outcome(self, fig: _Fig, rest: list[Tok]) -> None:
        """Casualty outcome after the noun ("were killed") or as a verb before the
        number ("killed at least 11 soldiers")."""
        lex = self.lex
        outcome = None
        k = 0
        if len(rest) > 2 and rest[0][2] == "," and rest[1][2] in lex.aside_openers:
            # "more than 50 people, most of them gendarmes, died": past the aside
            for j in range(2, len(rest)):
                w = rest[j][2]
                if w == ",":
                    rest = self.after(rest[j][1])
                    break
                if not w[:1].isalpha():
                    break
        if len(rest) > 2 and rest[0][2] == "and" and not rest[1][2][:1].isdecimal():
            # "two of his colleagues and a soldier were killed": skip the coordinated
            # noun when a link word follows it
            for j in range(1, min(len(rest), 2 + lex.outcome_coord_max)):
                w = rest[j][2]
                if w in lex.outcome_links and j > 1:
                    k = j
                    break
                if not w[:1].isalpha() or (w in lex.stop_words and w not in ("a", "an", "the")):
                    break
        seq = rest[k:k + 5]
        more = True
        while seq:
            for t in seq:
                w = t[2]
                if w in lex.outcomes:
                    outcome = w
                    break
                if w not in lex.outcome_links and not (w.endswith("ly") and len(w) > 4) \
                        and w not in _OPENING_QUOTES:  # 'assailants "neutralised"'
                    break
            else:
                if more and k and len(rest) - k < 5:
                    # the window ended inside the links after a coordination: read on
                    more = False
                    seq = self.after(seq[-1][1])[:5 - len(seq)]
                    continue
            break
        if outcome is None and len(rest) >= 2 and rest[0][2] == "and" and rest[1][2][0].isdecimal():
            fig.borrow_outcome = True
        if outcome is None:
            b = fig.pre if fig.pre is not None else self.before(fig.start)
            if len(b) >= 2 and b[-1][2] in _CLOSING_QUOTES:
                b = b[:-1]  # 'had "killed" 11 fighters': the verb is quoted
            elif len(b) >= 2 and b[-1][2] == "between" and b[-1][1] < fig.start:
                b = b[:-1]  # "killed between 20 and 30 people"
            if b:
                verb = b[-1][2]
                if verb in lex.outcome_verbs:
                    outcome = lex.outcome_verbs[verb]
                    fig.outcome_before = True
                elif verb == "of" and len(b) >= 2 and b[-2][2] in lex.outcome_nouns:
                    outcome = lex.outcome_nouns[b[-2][2]]  # "the killing of 160 villagers"
                elif verb in ("were", "was") and len(b) >= 4 and b[-4][2] == "among" \
                        and b[-3][2] == "the" and b[-2][2] in lex.among_outcomes:
                    # "Among the dead were 20 women and seven children"
                    outcome = lex.among_outcomes[b[-2][2]]
                    fig.outcome_before = True
                elif verb in lex.loss_verbs and (fig.base or "").split(" ")[-1] in lex.people_nouns:
                    outcome = "killed"
            if outcome is None and self.tolls and fig.kind in ("num", "vague") and b and (
                    not fig.base or fig.base.split(" ")[-1] in lex.people_nouns):
                # "put the toll at between 10 and 15 soldiers": a toll counts the dead
                toll = _toll_before([t[2] for t in b[-5:]], lex, _CLAUSE_STOPS)
                if toll is not None:
                    # (a noun written: "soldiers killed"; none: the toll's "people dead")
                    outcome = "killed" if fig.base and not fig.implied \
                        else lex.count_subjects[toll].split(" ")[-1]
        if outcome is None:
            return
        fig.outcome = outcome
        if fig.base and not fig.implied and outcome not in fig.base.split() \
                and fig.base != "years old":
            fig.unit = f"{fig.base} {outcome}"

    def label_noun(self, fig: _Fig) -> None:
        """A key-figures line, "Schools closed by insecurity: more than 6,100", "-
        Internally displaced people: nearly 1.9 million": the figure counts the label's
        first plural noun (past adverbs and participles), when the label opens the line."""
        low, lex = self.low, self.lex
        lo = max(0, fig.start - 120)
        ls = low.rfind("\n", lo, fig.start) + 1
        if ls == 0 and lo > 0:
            return  # no line start near: prose, not a key-figures line (a bounded look)
        raw = self.text[ls:fig.start - 2].lstrip(_BULLET_CHARS + " \t")
        parts = raw.split()
        if raw[:1].isupper() and len(parts) <= 3 and not _is_plural(parts[0].lower(), lex):
            # "* Tillabéri: 141,200" under "Internally displaced people by region:": a
            # place's line counts the noun of the list's heading
            w = self.list_heading_noun(ls)
        else:
            w = self.first_plural(raw.lower().split()[:4])
        if w is not None:
            self._set(fig, w, w)
            fig.head_end = fig.end

    def first_plural(self, words: list[str]) -> str | None:
        """The first plural or people noun of a label's words, past adverbs and
        participles; None when another word comes first."""
        lex = self.lex
        for w in words:
            w = w.strip(",;()\"'")
            if w.endswith("ly") or (w.endswith("ed") and w not in lex.plural_nouns):
                continue
            if w in lex.people_nouns or (_is_plural(w, lex) and w not in lex.stop_words):
                return w
            return None
        return None

    def list_heading_noun(self, ls: int) -> str | None:
        """The noun of the line that heads a list (ending with a colon), above the list's
        items ("- X: N" lines), within ten lines."""
        low = self.low
        end = ls - 1
        for _ in range(10):
            if end <= 0:
                return None
            start = low.rfind("\n", 0, end) + 1
            line = low[start:end].strip()
            if line and line[0] not in _BULLET_CHARS:
                # the heading, or prose above no list
                return self.first_plural(line.split()[:4]) if line.endswith(":") else None
            end = start - 1
        return None

    # -- second pass: ranges, implied nouns, parenthesised conversions ---------------
    def finish(self, figs: list[_Fig]) -> None:
        low = self.low
        for k in range(len(figs) - 1):
            f, g = figs[k], figs[k + 1]
            conj = self.range_join(f, g)
            if conj is not None:
                self.join_range(f, g, conj)
            if f.base == "years old" and g.implied and g.kind == "num" and \
                    conj in ("and", "or", "to"):
                g.unit = g.base = "years old"  # "aged 12 and 13"
                g.implied = False
            if f.borrow_outcome and g.outcome and f.base and not f.implied \
                    and not f.outcome_before \
                    and f.base != "years old" and f.base not in self.lex.time_units:
                # ("It lasted two years and 40 soldiers died": a duration, no toll)
                f.outcome = g.outcome
                f.unit = f"{f.base} {g.outcome}"
            elif f.outcome_before and g.outcome is None and g.kind == "num" and g.base \
                    and not g.implied and g.base not in self.lex.time_units \
                    and self.hedged_and(max(f.end, f.head_end), g.start):
                # "killing four American soldiers and at least four Nigerien soldiers":
                # the verb before the first counts the second too
                g.outcome = f.outcome
                g.unit = f"{g.base} {f.outcome}"
        # Implied nouns: an outcome alone ("20 killed") counts people (or the noun of
        # the figure before it in the sentence); otherwise the previous figure's noun,
        # when it is at most two sentences back ("about 1,000 in the country").
        recent: list[_Fig] = []
        for f in figs:
            if f.implied:
                self.implied(f, recent)
            elif f.outcome is None and f.base and f.pre and f.pre[-1][2] == "including":
                self.included(f, recent)
            if f.base and not f.implied and f.kind not in ("percent", "compound", "measure", "fraction") \
                    and f.base != "years old":
                if f.sent < 0:
                    f.sent = self.sent(f.start)
                recent.append(f)
                if len(recent) > 8:
                    recent.pop(0)
        # A share's unit is "fraction", as a percentage's is "%" (its whole's noun
        # stays in base, for the figures above that inherit it).
        for f in figs:
            if f.kind == "fraction":
                f.unit = "fraction"
        # "about 15 km (9 miles)": the conversion of a hedged amount is hedged too (not
        # the exact share behind a rounded fraction: "nearly half (49%)").
        for k in range(1, len(figs)):
            f, p = figs[k], figs[k - 1]
            if p.approx and not f.approx and p.kind != "fraction":
                gap = low[max(p.end, p.head_end):f.start]
                if gap.strip() == "(" or (gap.endswith("(") and len(gap) <= 3):
                    f.approx = True

    def hedged_and(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] between two figures is "and", maybe with a comma and a
        hedge of the data ("... soldiers and at least four ...")."""
        words = self.low[lo:hi].replace(",", " ").split()
        return bool(words) and words[0] == "and" and (
            len(words) == 1 or tuple(words[1:]) in self.lex.hedges)

    def range_join(self, f: _Fig, g: _Fig) -> str | None:
        """The word joining two figures as a range ("and", "to", "or", a dash), or None."""
        if g.start - f.end >= 12:
            return None
        gap = self.low[f.end:g.start].split()
        if len(gap) == 1:
            return gap[0] if gap[0] in _RANGE_JOINS else None
        if not gap and self.low[f.end] in "-–":
            return "-"
        return None

    def join_range(self, f: _Fig, g: _Fig, conj: str) -> None:
        """Two figures joined by ``conj``: a scale written once serves both; a first end
        with no noun takes the second's ("between 15 and 20 percent"), both approx."""
        if g.kind in ("num", "money"):
            self.share_scale(f, g)
            if f.kind == g.kind == "money" and f.unit == g.unit and f.pre \
                    and f.pre[-1][2] == "between":
                f.approx = g.approx = True  # "between $2 and $3 billion"
        if not f.implied or f.kind == "vague" or (f.kind == "fraction" and g.kind != "fraction"):
            return  # (not "cut by a third to $1bn")
        w = f.pre[-1][2] if f.pre else ""
        if w == "from" and len(f.pre) > 1 and f.pre[-2][2] in self.lex.range_verbs:
            w = "between"  # "estimates range from about 2,000 to 2,500"
        if conj == "and" and w != "between":
            return
        f.unit, f.base, f.implied = g.unit, g.base, g.implied
        f.actor = f.actor or g.actor
        if g.kind in ("money", "percent"):
            f.kind = g.kind
        if w != "from":
            f.approx = g.approx = True
        f.range_first = True
        g.range_prev = f
        if g.outcome and not f.outcome:
            f.outcome = g.outcome
        elif f.outcome and not g.outcome and g.base and not g.implied \
                and f.outcome not in g.base.split():
            # "killed between 20 and 30 people": the verb before the range
            g.outcome = f.outcome
            f.unit = g.unit = f"{g.base} {f.outcome}"

    def share_scale(self, f: _Fig, g: _Fig) -> None:
        """"between 1.2 and 1.5 million": the first end of a range takes the scale word
        written once after the second, when it has none and is not above that end."""
        scale = BIG_SCALES.get(self.low[g.start:g.end].rsplit(None, 1)[-1])
        if scale is None or not isinstance(f.value, (int, float)) \
                or not isinstance(g.value, (int, float)) \
                or (f.kind != "num" and (f.kind != "money" or f.unit != g.unit)):
            return
        if f.value < g.value / scale * (1 + 1e-9) and not any(
                w in BIG_SCALES for w in self.low[f.start:f.end].split()):
            f.value = _tidy(round(f.value * scale, 6))

    def share_noun(self, pos: int) -> str | None:
        """The noun of a share just before ", or" ("58% of all fatalities, or about
        355"), or None."""
        toks = [t[2] for t in self.before(pos, 60, 8)]
        k = len(toks) - 1  # "or"
        if k >= 1 and toks[k - 1] == ",":
            k -= 1
        if k < 3:
            return None
        noun = toks[k - 1]
        if not noun[:1].isalpha() or noun in self.lex.stop_words or not _is_plural(noun, self.lex):
            return None
        k -= 2
        if toks[k] in ("all", "the"):
            k -= 1
        if k >= 1 and toks[k] == "of" and (toks[k - 1] in ("%", "percent") or (
                k >= 2 and toks[k - 2:k] == ["per", "cent"])):
            return noun
        return None

    def line_label_noun(self, pos: int) -> str | None:
        """The noun of the label a figure follows on a data line ("Reported fatalities:
        612", "Events recorded in Mali: 214", "Total IDPs: 2,100"): the first plural noun
        of a short line start ending in a colon right before ``pos``."""
        text = self.text
        j = pos - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 1 or text[j] != ":":
            return None
        line_start = text.rfind("\n", max(0, j - 160), j) + 1
        if line_start == 0 and j >= 160:
            return None  # no line start within reach: a colon in running prose
        label = _split_tokens(self.low[line_start:j], line_start)
        if not label or len(label) > 24 or any(t[2] in _PUNCT_BREAK for t in label):
            return None
        for k, (ts, te, w) in enumerate(label):
            if not w[:1].isalpha() or w in self.lex.stop_words:
                continue
            if text[ts].isupper() and k > 0:
                if te - ts > 2 and text[te - 1] == "s" and text[ts:te - 1].isupper():
                    return text[ts:te]  # an acronym plural: "IDPs"
                continue  # a name in the label ("Events in Mali")
            if _is_plural(w, self.lex):
                return w
        return None

    def including_whole(self, f: _Fig, recent: list[_Fig]) -> _Fig | None:
        """The figure of the same sentence an "including N" figure is part of ("killed
        eight people, including three soldiers"): the last one before it that counts no
        time ("11 fighters over the past ten days, including four")."""
        here = f.sent = self.sent(f.start) if f.sent < 0 else f.sent
        for p in reversed(recent):
            if p.sent != here:
                return None
            if p.base.split(" ")[0] not in self.lex.time_units:
                return p
        return None

    def included(self, f: _Fig, recent: list[_Fig]) -> None:
        """"killed at least eight people, including three soldiers": the part takes the
        outcome of the whole."""
        after = [t[2] for t in (f.post or []) if t[0] >= f.head_end][:4]
        if "," in after:  # "13 people, including seven children, died": the whole's verb
            after = after[:after.index(",")]
        if any(w in self.lex.outcomes for w in after):
            return  # "including two soldiers who were wounded": an outcome of its own
        p = self.including_whole(f, recent)
        if p is not None and p.outcome and p.outcome not in f.base.split():
            f.outcome = p.outcome
            f.unit = f"{f.base} {p.outcome}"

    def implied(self, f: _Fig, recent: list[_Fig]) -> None:
        """A noun for a figure written without one (see docs/extraction.md)."""
        lex = self.lex
        after = f.post if f.post is not None else self.after(f.end)
        first = after[0][2] if after else ""
        here = f.sent = self.sent(f.start)
        near = [p for p in reversed(recent) if 0 <= here - p.sent <= 2
                and (p.kind != "money" or p.sent == here)
                and (p.base.split(" ")[0] not in lex.time_units or p.sent == here)]
        same = [p for p in near if p.sent == here]
        if f.outcome or first in lex.outcomes:
            # "35 soldiers were killed and 12 wounded"; "20 killed"
            outcome = f.outcome or first
            base = f.base
            if not base:
                p = next((p for p in same if p.kind in ("num", "vague")), None)
                base = p.base if p is not None else "people"
                if p is not None and p.value == 1 and f.value != 1 and " " not in base:
                    base = _plural(base, lex)  # "one soldier killed and six wounded"
            self._set(f, base, f"{base} {outcome}")
            return
        if f.base:  # an actor-only phrase ("dozens of Russians")
            self._set(f, f.base, f.base)
            return
        r = f.range_prev
        if r is not None and r.base and not r.implied:
            # "estimates of the dead ranged from 130 to 400": the first end found a noun
            self._set(f, r.base, r.unit, r)
            return
        if first in lex.people_participles:
            self._set(f, "people", "people")
            return
        pre = f.pre or []
        # "11 fighters over the past ten days, including four in an ambush": the whole's
        # noun and outcome
        if pre and pre[-1][2] == "including":
            p = self.including_whole(f, recent)
            if p is not None:
                self._set(f, p.base, p.unit, p)
                return
        # "58% of all fatalities, or about 355": a share restated as a count
        if pre and pre[-1][2] == "or":
            noun = self.share_noun(f.start)
            if noun is not None:
                self._set(f, noun, noun)
                return
        # a data line, "Reported fatalities: 612 (498)": the label's noun
        noun = self.line_label_noun(f.start)
        if noun is not None:
            self._set(f, noun, noun)
            return
        # "Events: 214 (187)": a bare number in brackets right after a figure is the
        # same count (last week's, another source's)
        if recent and pre and pre[-1][2] == "(" and pre[-1][1] == f.start \
                and self.low[max(recent[-1].end, recent[-1].head_end):f.start].strip() == "(":
            p = recent[-1]
            self._set(f, p.base, p.unit, p)
            return
        if self.implied_age(f, pre, after):
            self._set(f, "years old", "years old")
            return
        if len(pre) >= 2 and pre[-1][2] == "of" and pre[-2][2] in lex.parent_nouns \
                and pre[-1][1] >= f.start - 1:
            self._set(f, "children", "children")  # "a mother of six"
            return
        # "refugees (about 215,000)": the plural noun just before the parenthesis
        if len(pre) >= 2 and pre[-1][2] == "(" and pre[-1][1] == f.start:
            t = pre[-2]
            if t[2][:1].isalpha() and t[2] not in lex.stop_words and not self.upper(t) \
                    and _is_plural(t[2], lex):
                self._set(f, t[2], t[2])
                return
        # a list item with no noun of its own ("A counts 155,000 IDPs; B, 126,000;
        # C, 94,000"): the noun of the list's first item, in the same sentence
        if same and len(pre) >= 3 and pre[-1][2] == "," and pre[-2][2][:1].isalpha() \
                and self.upper(pre[-2]) and pre[-3][2] in (";", ",", "and") and first != "of":
            self._set(f, same[0].base, same[0].base, same[0])
            return
        # The look-back is tokenised only when a word the rules below look for is in
        # it (most implied figures have none, and 16 tokens cost more than a search).
        lo = max(0, f.start - 80)
        if lex.implied_cues.search(self.low, lo, f.start) or (
                first in lex.bare_verbs and lex.bare_cues.search(self.low, lo, f.start)):
            words = [t[2] for t in self.before(f.start, 80, 16)]
        else:
            words = []
        # "a country of about 22 million"
        if len(words) >= 2 and words[-1] == "of" and words[-2] in lex.population_nouns:
            self._set(f, "people", "people")
            return
        # "About 5.5 million of them": the last people noun written before in the
        # sentence ("targeted members of the VDP ... about 300 of them"), else the
        # people counted just before
        if first == "of" and len(after) > 1 and after[1][2] in ("them", "whom", "those"):
            ss = _sentence_start(self.text, f.start)
            heads = {p.head_end: p.base for p in same}
            for t in reversed(_split_tokens(self.low[ss:f.start], ss)):
                if t[1] in heads:
                    # the noun of a figure before it ("abducted 276 schoolgirls, about
                    # 90 of whom remain missing")
                    self._set(f, heads[t[1]], heads[t[1]])
                    if f.outcome is None:
                        self.outcome(f, after[2:])
                    return
                if t[2] in lex.people_nouns and not self.upper(t) \
                        and self.actor_at(t[0]) is None:
                    self._set(f, t[2], t[2])
                    if f.outcome is None:
                        self.outcome(f, after[2:])
                    return
            for p in near:
                if p.base.split(" ")[-1] in lex.people_nouns:
                    self._set(f, p.base, p.base, p)
                    return
        # "the three have said": a numeral used as a noun counts the states listed
        # before it ("Mali, Burkina Faso and Niger ... the three") or the last group
        # noun of the sentence or the one before; never an unrelated recent noun
        if words and words[-1] in lex.bare_determiners and first in lex.bare_verbs:
            self._set(f, *([self.group_noun(f)] * 2))
            return
        # "the number of people driven from their homes rose above 1.5 million"
        for k in range(len(words) - 3, -1, -1):
            if words[k] in lex.count_nouns and words[k + 1] == "of" and \
                    words[k + 2][:1].isalpha() and words[k + 2] not in lex.stop_words:
                np = []
                for w in words[k + 2:k + 6]:
                    if not w[:1].isalpha() or w in lex.stop_words:
                        break
                    np.append(w)
                    if _is_plural(w, lex):
                        break
                noun = " ".join(np)
                self._set(f, noun, noun)
                return
            if words[k] in _PUNCT_BREAK:
                break
        # a subject noun and a measure verb: "deaths totalled 1,200", "the toll stood
        # at 60", "estimates of the dead range from 130 to 400"
        # (read from the tokens before the figure: the look-back is tokenised only when
        # a cue word is in it)
        k = len(pre) - 1
        if k >= 1 and pre[k][2] in lex.measure_particles:
            k -= 1
        if k >= 1 and pre[k][2] in lex.measure_verbs:
            subj = pre[k - 1][2]
            if subj in lex.count_subjects:
                self._set(f, "people", lex.count_subjects[subj])
                return
            if subj[:1].isalpha() and subj not in lex.stop_words and _is_plural(subj, lex) \
                    and subj not in lex.count_nouns and subj not in lex.group_nouns:
                self._set(f, subj, subj)
                return
        # "the death toll rose to 40", "put the toll above 600"
        toll = _toll_before(words, lex)
        if toll is not None:
            self._set(f, "people", lex.count_subjects[toll])
            return
        # a figure of one (a singular noun) lends its noun to no other figure
        if f.value != 1:
            near = [p for p in near if p.value != 1]
        # "up from around 4,200": the same measure as the figure before it, outcome
        # included ("more than 8,000 people were killed, up from around 4,200")
        if same and f.value and len(pre) >= 2 and pre[-1][2] == "from" \
                and pre[-2][2] in ("up", "down"):
            for p in same:
                if p.value and max(p.value, f.value) <= 20 * min(p.value, f.value):
                    self._set(f, p.unit, p.unit, p)
                    return
        # "killed at least 100 people, and possibly several hundred": another estimate of
        # the same count, outcome included
        if same and pre and pre[-1][2] in lex.estimate_cues:
            p = same[0]
            self._set(f, p.unit, p.unit, p)
            return
        # A figure that is a clause's subject ("seven had been recaptured") counts what
        # acts: never a measure's noun ("1,200 km" two sentences before)
        if first in lex.subject_verbs:
            near = [p for p in near if p.base not in lex.measure_units]
        # the noun of a recent figure of the same order of magnitude ("down from 15")
        if f.value is not None:
            for p in near:
                pv = p.value
                if pv and f.value and max(pv, f.value) <= 20 * min(pv, f.value):
                    self._set(f, p.base, p.base, p)
                    return
        # "cut its force from about 3,200 to 1,000"
        for w in reversed(words):
            if w in _PUNCT_BREAK:
                break
            if w in lex.troop_collectives:
                self._set(f, "troops", "troops")
                return
        near = [p for p in near if p.base.split(" ")[0] not in lex.time_units]
        if near:
            self._set(f, near[0].base, near[0].base, near[0])

    def implied_age(self, f: _Fig, pre: list[Tok], after: list[Tok]) -> bool:
        """"as young as 12", "would have turned 13", "would be 13 this year"."""
        v = f.value
        if f.kind != "num" or not isinstance(v, int) or not 0 < v < 125:
            return False
        if not pre or pre[-1][1] < f.start - 1:
            return False
        lex = self.lex
        if len(pre) >= 2 and pre[-1][2] in ("was", "is", "am") and pre[-2][2] in (
                "he", "she", "i") and (not after or after[0][2] in (".", ";", "when")):
            return True  # "He was about 48.", "she was 34 when she fled", '"I was 42.'
        if pre[-1][2] in ("is", "was") and len(after) > 1 and after[0][2] == "now" \
                and not after[1][2][:1].isalnum():
            return True  # "Our son is 12 now, and ..."
        if pre[-1][2] == "at" and len(after) > 1 and after[0][2] == "," \
                and after[1][2] in ("he", "she", "i") and self.text[pre[-1][0]] == "A" \
                and (len(pre) == 1 or pre[-2][2] in (".", "!", "?", '"', "\u201c")):
            return True  # "At 44, he is the youngest president": a sentence opened by an age
        if f.approx:
            return False
        if pre[-1][2] not in lex.age_last:
            return False
        words = tuple(t[2] for t in pre[-4:])
        for k in (1, 2, 3):
            if words[-k:] in lex.age_before:
                return True
        if after and after[0][2] in lex.age_be_after and len(after) > 1 \
                and after[1][2] in lex.time_units:
            return any(words[-k:] in lex.age_be_before for k in (2, 3, 4))
        return False

    def group_noun(self, f: _Fig) -> str | None:
        ss = _sentence_start(self.text, f.start)
        states = {a.actor for a in self.actors[bisect.bisect_left(self.actor_starts, ss):]
                  if a.start < f.start and a.kind == "state" and a.text == a.name}
        if f.value is not None and len(states) == f.value:
            return "countries"
        lo = _sentence_start(self.text, ss - 1) if ss > 0 else ss
        for t in reversed(_split_tokens(self.low[lo:f.start], lo)):
            if t[2] in self.lex.group_nouns:
                return t[2]
        return None

    @staticmethod
    def _set(f: _Fig, base: str | None, unit: str | None, src: _Fig | None = None) -> None:
        f.base, f.unit, f.implied = base, unit, False
        if src is not None and src.kind == "money" and f.kind == "num":
            f.kind = "money"


# Words before a year ("in 1990 soldiers seized power": a year, not a count)
_YEAR_PREPS = frozenset(["in", "since", "by", "until", "from", "of", "after", "before",
                         "during", "through", "to", "and", "the", "between"])
# Links between the two ends of a range of counts
_RANGE_LINKS = frozenset(["and", "to", "or"])
# "365 to the dollar", "655.957 per euro", "1,500 against the dollar": an exchange rate
_RATE_LINKS = frozenset(["to", "per", "against"])
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# The same on ASCII text, where a letter is [A-Za-z]: a plain character set is matched
# about twice as fast as the category test of the Unicode pattern.
_LONG_WORD_ASCII = re.compile(r"[A-Za-z]{4,}")


def _toll_before(words: Sequence[str], lex: _Lex, stops: frozenset = _PUNCT_BREAK
                 ) -> str | None:
    """The last toll word ("toll", "tolls": ``count_subjects`` but "the dead") among
    ``words``, read back to the first of ``stops``; None when there is none."""
    for w in reversed(words):
        if w in stops:
            return None
        if w in lex.count_subjects and w != "dead":
            return w
    return None


def _word_starts(low: str, key: str) -> list[int]:
    """Where ``key`` starts a word in ``low`` (after no letter or digit), in order."""
    out = []
    i = low.find(key)
    while i >= 0:
        if i == 0 or not low[i - 1].isalnum():
            out.append(i)
        i = low.find(key, i + len(key))
    return out


def _looks_title_case(text: str) -> bool:
    head = text[:400]
    words = (_LONG_WORD_ASCII if head.isascii() else _LONG_WORD).findall(head)
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


# ----------------------------------------------------------------------------- actors
_PREPOSITIONS = frozenset({
    "in", "into", "on", "at", "to", "from", "by", "for", "with", "without", "within",
    "across", "along", "alongside", "among", "amid", "around", "about", "after", "before",
    "during", "since", "until", "through", "throughout", "over", "under", "near",
    "between", "against", "toward", "towards", "via", "beyond", "behind", "inside",
    "outside", "like", "than", "as", "of", "upon", "onto", "versus",
})
_CLAUSE_WINDOW = 300
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that",
                          "these", "those"})
_COORD = frozenset({"and", "or", ","})


def _clause_cuts(fp: _FieldPass, lo: int, hi: int) -> list[tuple[int, bool]]:
    """Clause starts in [lo, hi): (offset, after_reporting_verb). A clause starts after
    ";", ":", a dash, "but", ", and", and after a reporting verb ("said", "told").
    Cuts are cached per sentence start and extended as later figures need them."""
    key = lo
    done, cuts = fp.clause_cache.get(key, (lo, []))
    if hi > done:
        start = max(lo, done - 12)  # a cut may straddle the previous end
        verbs = fp.lex.clause_verbs
        for m in fp.lex.clause_re.finditer(fp.low, start, hi):
            if not cuts or m.end() > cuts[-1][0]:
                cuts.append((m.end(), m.group() in verbs))
        fp.clause_cache[key] = (hi, cuts)
    return [(lo, False)] + [c for c in cuts if c[0] <= hi]


def _clause_actor(fp: _FieldPass, fig: _Fig, sent_start: int, prev_end: int = -1
                  ) -> str | None:
    """The actor a clause gives a figure (see docs/extraction.md, "Figures"): the first
    actor mention of the figure's clause before it, skipping mentions governed by a
    preposition ("in Mali", "in northern Burkina Faso", "to al-Qaeda and Islamic
    State") and demonyms that modify another noun ("the Algerian border"). When the
    clause follows a reporting verb and has none, the reporter's clause is used
    ("Britain said it would lend two planes"). An actor between the previous figure of
    the sentence and this one wins ("JNIM killed 12 soldiers and France deployed 4,000
    troops"). Durations get no clause actor."""
    if (fig.base or "").split(" ")[0] in fp.lex.time_units:
        return None
    if sent_start <= prev_end < fig.start:
        found = _first_subject(fp, prev_end, fig.start)
        if found is not None:
            return found
    # a bounded look-back keeps the cost per figure constant in endless sentences
    lo = sent_start if fig.start - sent_start <= _CLAUSE_WINDOW else fig.start - _CLAUSE_WINDOW
    cuts = _clause_cuts(fp, lo, fig.start)
    k = len(cuts) - 1
    hi = fig.start
    while k >= 0:
        lo, after_verb = cuts[k]
        found = _first_subject(fp, lo, hi)
        if found is not None or not after_verb:
            return found
        hi = lo
        k -= 1
    return None


def _first_subject(fp: _FieldPass, lo: int, hi: int) -> str | None:
    lex = fp.lex
    i = bisect.bisect_left(fp.actor_starts, lo)
    governed_end = -1  # end of the last mention excluded for a preposition
    while i < len(fp.actors) and fp.actors[i].end <= hi:
        a = fp.actors[i]
        i += 1
        flags = fp.actor_before.get(a.start)
        if flags is None:
            b = fp.before(a.start, 40, 4)
            k = len(b) - 1
            while k >= 0 and b[k][2] in lex.place_adjectives:
                k -= 1
            # (word governing it, word right before it, where that word starts)
            flags = fp.actor_before[a.start] = (
                b[k][2] if k >= 0 else "", b[-1][2] if b else "", b[k][0] if k >= 0 else -1)
        wb, wb0, wb_at = flags
        if wb_at < lo:
            wb = ""  # the governing word belongs to the clause before
        if wb in _PREPOSITIONS or (wb in _COORD and 0 <= a.start - governed_end <= 6):
            governed_end = a.end
            continue
        if a.kind == "state" and a.text != a.name and wb0 in _DETERMINERS:
            continue
        return a.actor
    return None


# ----------------------------------------------------------------------------- API
def _figures(text: str, field: str, actors: Sequence[ActorMention],
             dates: Sequence[DateMention], locate: SentenceLocator | None
             ) -> tuple[_FieldPass, list[_Fig]]:
    fp = _FieldPass(text, field, actors, dates, locate)
    return fp, fp.run()


def names_naira(low: str, lex: _Lex) -> bool:
    """Whether a lower-cased text names the naira or Nigeria: then a capital N glued to
    digits is the naira sign ("N500,000")."""
    return any(k in low for k in lex.naira_context)


def find_figures(text: str, field: str = "body", actors: Sequence[ActorMention] = (),
                 dates: Sequence[DateMention] = (), locate: SentenceLocator | None = None
                 ) -> list[tuple[int, int, float | int | None, str | None, bool, str | None]]:
    """Figures of one text as (start, end, value, unit, approx, actor) tuples."""
    fp, figs = _figures(text, field, actors, dates, locate)
    out = []
    prev_end = -1
    for f in figs:
        actor = f.actor
        if actor is None and fp.actors:
            actor = _clause_actor(fp, f, _sentence_start(text, f.start), prev_end)
        prev_end = max(f.end, f.head_end)
        out.append((f.start, f.end, f.value, f.unit, f.approx, actor))
    return out


def extract_figures(article: Article, locate: SentenceLocator,
                    actors: Sequence[ActorMention], dates: Sequence[DateMention]
                    ) -> list[FigureMention]:
    """Every figure of the title, then of the body, in offset order (spans never overlap)."""
    out: list[FigureMention] = []
    passes = [_FieldPass(text, field, actors, dates, locate)
              for field in ("title", "body") if (text := article.field_text(field))]
    # the headline "Bandits collect N85m ransom" is read with the body that names Nigeria
    naira = any(names_naira(fp.low, fp.lex) for fp in passes)
    for fp in passes:
        fp.naira_article = naira
        figs = fp.run()
        field, text = fp.field, fp.text
        prev_end = -1
        for f in figs:
            if f.end <= f.start:
                continue
            actor = f.actor
            # (the second pass has located most figures already: f.sent)
            sentence = f.sent
            if sentence < 0:
                sentence = locate.locate(field, f.start)  # type: ignore[arg-type]
            if actor is None and fp.actors and \
                    (f.base or "").split(" ")[0] not in fp.lex.time_units:
                # (durations get no clause actor: the sentence start is not needed)
                ss = fp.sent_starts.get(sentence)
                if ss is None:
                    ss = fp.sent_starts[sentence] = _sentence_start(text, f.start)
                actor = _clause_actor(fp, f, ss, prev_end)
            prev_end = max(f.end, f.head_end)
            out.append(new_figure_mention(
                field, f.start, f.end, text[f.start:f.end], sentence, f.value, f.unit,
                f.approx, actor))
    return out


_SENT_BOUND = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’)]*\s+)")  # [.!?]["')]*\s+ or \n
_LAST_MARK = re.compile(r".*[.!?\n]", re.DOTALL)
_BOUND_CHARS = frozenset(".!?\"'”’)")


def _of_age(pre: list[Tok] | None, lex) -> bool:
    """"a woman of about 80", "a child of 2": a person noun after a/an, then "of" (past
    the hedge) before the figure."""
    return bool(pre) and len(pre) >= 3 and pre[-1][2] == "of" \
        and pre[-2][2] in lex.age_of_nouns and pre[-3][2] in ("a", "an")


# A list item's bullet ("- ", "* ", "• ")
_BULLET_CHARS = "-•*–—"
# The last word before an age, past its hedge, for each of the three tests below
_AGE_LAST = frozenset(["aged", "between", "from", "of", "at"])


def _age_at(pre: list[Tok] | None, lex) -> bool:
    """ "at the age of 53", "died at 83", "dies at 72": an age (a verb of dying before
    "at", from ``death_verbs``)."""
    if not pre or len(pre) < 2:
        return False
    if pre[-1][2] == "of":
        return len(pre) >= 4 and pre[-2][2] == "age" and pre[-3][2] == "the" \
            and pre[-4][2] == "at"
    return pre[-1][2] == "at" and pre[-2][2] in lex.death_verbs


def _aged(pre: list[Tok] | None) -> bool:
    """Whether "aged" comes right before the figure (past its hedge), or before
    "between"/"from" opening a range of ages."""
    if not pre:
        return False
    w = pre[-1][2]
    if w == "aged":
        return True
    return w in ("between", "from") and len(pre) >= 2 and pre[-2][2] == "aged"


def _sentence_start(text: str, pos: int) -> int:
    """End of the last ``_SENT_BOUND`` match in ``text[pos - 400:pos]`` (scanned from the
    left), or the start of that window.

    Read from the right: the last ``[.!?\n]`` before the end is found in one match, the
    scan starts at the run of boundary characters it belongs to (no match spans the
    character before such a run, so the scan from the window start reaches it in the
    same state), and only when no match starts there is the part before searched (after
    a few such steps, "U.S.-led", all of it from the left: the cost stays that of one
    scan of the window)."""
    lo = max(0, pos - 400)
    hi = pos
    last = _LAST_MARK.match
    chars = _BOUND_CHARS
    for _ in range(4):
        m = last(text, lo, hi)
        if m is None:
            return lo
        r = m.end() - 1
        while r > lo and (text[r - 1] in chars or text[r - 1].isspace()):
            r -= 1
        best = -1
        for b in _SENT_BOUND.finditer(text, r, hi):
            best = b.end()
        if best >= 0:
            return best
        hi = r
    best = lo
    for b in _SENT_BOUND.finditer(text, lo, hi):
        best = b.end()
    return best
