"""Numbers in digits and words: the shared pattern, the scanner and the parser."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahel_tui.facts.numbers import (
    NUMBER_PATTERN,
    NUMBER_RE,
    find_numbers,
    number_spans,
    number_words,
    parse_number,
    scan_numbers,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("7", 7),
        ("5,100", 5100),
        ("1,234,567", 1234567),
        ("20\u202f000", 20000),
        ("1\u00a0500\u00a0000", 1500000),
        ("79.3", 79.3),
        ("0.5", 0.5),
        ("2.4 million", 2400000),
        ("1.5bn", 1500000000),
        ("3 billion", 3000000000),
        ("12 thousand", 12000),
        ("two", 2),
        ("Seventeen", 17),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("two hundred", 200),
        ("a hundred and fifty", 150),
        ("one hundred twenty", 120),
        ("three and a half", 3.5),
        ("nine and a half", 9.5),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a thousand", 1000),
        ("Five thousand", 5000),
        ("two thousand three hundred", 2300),
        ("three hundred and fifty thousand", 350000),
        ("a million", 1000000),
        ("half a million", 500000),
        ("one and a half million", 1500000),
        ("forty million", 40000000),
    ],
)
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("text", ["", "several", "a", "dozens", "abc", "1" * 100, "hundred a"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The army sent 5,100 troops and 79.3 tonnes.", ["5,100", "79.3"]),
        ("Donors gave 2.4 million and then 1.5bn more.", ["2.4 million", "1.5bn"]),
        ("About two hundred trucks, a dozen at a time.", ["two hundred", "a dozen"]),
        ("It lasted three and a half years.", ["three and a half"]),
        ("Twenty-five people and a hundred and fifty cows.",
         ["Twenty-five", "a hundred and fifty"]),
        ("Five thousand men for a thousand kilometres.", ["Five thousand", "a thousand"]),
        # not numbers: glued to letters, ordinal words, words containing number words
        ("The G5 met in the twenty-first year; someone often phoned.", []),
        ("an hour, a man, a decade", []),
    ],
)
def test_find_numbers(sentence, found):
    assert [m.text for m in find_numbers(sentence)] == found


def test_number_re_is_case_insensitive_and_matches_whole_numbers():
    assert NUMBER_RE.fullmatch("TWENTY-FIVE")
    assert NUMBER_RE.fullmatch("A Dozen")
    assert NUMBER_RE.fullmatch("5,100")
    # usable inside another pattern, as the dates extractor does
    unit = re.compile(rf"({NUMBER_PATTERN})\s+(years?|months?)", re.IGNORECASE)
    m = unit.search("over the nine and a half years of war")
    assert m and m.group(1) == "nine and a half"


def test_number_words():
    words = number_words()
    assert {"one", "twenty", "hundred", "thousand", "million", "dozen"} <= words


# ------------------------------------------------------------------ properties
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_100(n: int) -> str:
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    t, u = divmod(n, 10)
    return _TENS[t] + ("-" + _UNITS[u - 1] if u else "")


def _below_1000(n: int, use_and: bool) -> str:
    h, r = divmod(n, 100)
    if not h:
        return _below_100(r)
    head = f"{_UNITS[h - 1]} hundred"
    if not r:
        return head
    return f"{head} {'and ' if use_and else ''}{_below_100(r)}"


def _words(n: int, use_and: bool) -> str:
    th, r = divmod(n, 1000)
    if not th:
        return _below_1000(r, use_and)
    head = f"{_below_1000(th, use_and)} thousand"
    return head if not r else f"{head} {_below_1000(r, use_and)}"


@given(st.integers(min_value=1, max_value=999_999), st.booleans(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_words_round_trip(n, use_and, half):
    text = _words(n, use_and)
    if half and n < 100:
        text += " and a half"
    expected = n + 0.5 if half and n < 100 else n
    assert parse_number(text) == expected
    found = list(find_numbers(f"They counted {text} of them."))
    assert len(found) == 1 and found[0].text == text and found[0].value == expected


@given(st.integers(min_value=0, max_value=10**12))
@settings(max_examples=200, deadline=None)
def test_digits_round_trip(n):
    grouped = f"{n:,}"
    assert parse_number(grouped) == n
    assert parse_number(str(n)) == n
    found = list(find_numbers(f"x {grouped} y"))
    assert [m.value for m in found] == [n]


@given(st.text(alphabet="0123456789,. -abnotwhe\n", max_size=200))
@settings(max_examples=300, deadline=None)
def test_scan_spans_are_ordered_and_disjoint(text):
    low = text.lower()
    last = 0
    for s, e in scan_numbers(low):
        assert last <= s < e <= len(text)
        last = e


@given(st.lists(st.sampled_from(
    ["1", "25", "3.5", "4,000", ",", ".", "_", "-", " ", "\n", "x", "é", "²", "٣", "one", "ten",
     "tens", "seventeen", "seven", "million", "billion", "twenty", "two", "half", "dozen",
     "often", "none", "sevenfold"]), max_size=40))
@settings(max_examples=400, deadline=None)
def test_candidates_are_the_candidate_regex_matches(parts):
    """The str.find scan finds exactly what the one-regex definition would."""
    from sahel_tui.facts.numbers import _CANDIDATE, _candidates

    low = "".join(parts)
    expected = [(m.start(), m.end(), m.group()) for m in _CANDIDATE.finditer(low)]
    assert _candidates(low, 0, len(low)) == expected
    if len(low) > 4:
        inner = [(m.start(), m.end(), m.group()) for m in _CANDIDATE.finditer(low, 2, len(low) - 1)]
        assert _candidates(low, 2, len(low) - 1) == inner


# ------------------------------------------------------------------ linear time
def _elapsed(text: str) -> float:
    """Best of three CPU times (robust to other processes on the machine)."""
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        for _m in find_numbers(text):
            pass
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize(
    "unit",
    ["1", "1,", "1.", "twenty ", "a ", "two hundred and ", "one and a ", "a hundred ", "5-"],
)
def test_scanning_stays_linear(unit):
    small = unit * (50_000 // len(unit))
    big = unit * (200_000 // len(unit))
    _elapsed(small)  # warm up
    t_small = max(_elapsed(small), 1e-4)
    t_big = _elapsed(big)
    # 4x the input may cost ~4x the time; quadratic behaviour would be ~16x.
    assert t_big < 10 * t_small + 0.05


def test_long_digit_runs_are_fast():
    t = time.perf_counter()
    assert list(find_numbers("1" * 1_000_000)) == []  # too long to be a quantity
    assert [m.text for m in find_numbers("1" * 100_000 + " x")] == []
    assert time.perf_counter() - t < 2.0


def test_number_spans_hands_back_word_start_hits_of_shared_keys():
    from sahel_tui.facts.numbers import SHARED_HIT_KEYS, number_spans

    low = ("hundreds fled; two hundred stayed. thousands, a dozen, dozens, millions and "
           "billions, trillions, half of them, halves, x_half, ahalf, 5million, "
           "one-half, zillion.")
    hits = {k: [] for k in SHARED_HIT_KEYS}
    assert number_spans(low, hits=hits) == number_spans(low)
    for key in ("hundred", "thousand", "dozen", "half"):
        ref = [i for i in range(len(low)) if low.startswith(key, i)
               and (i == 0 or not low[i - 1].isalnum())]
        assert sorted(set(hits[key])) == ref, key
    for key in ("million", "billion"):
        ref = {i for i in range(len(low)) if low.startswith(key, i)
               and (i == 0 or not low[i - 1].isalnum())}
        assert ref <= set(hits["illion"]), key


@pytest.mark.parametrize("text", ["²", "₂", "①", "²³"])
def test_digits_int_cannot_read_are_not_numbers(text):
    # str.isdigit() accepts superscripts and circled digits; int() refuses them.
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["10³", "1²0", "2024²", "²2024"])
def test_a_superscript_beside_digits_never_raises(text):
    parse_number(text)  # the number before the superscript may be read; no ValueError


def test_digits_of_other_scripts_are_read():
    assert parse_number("٣") == 3 and parse_number("５") == 5


@pytest.mark.parametrize("text", [
    "Tillabéri", "ÉCOLE À PARIS", "Boïgou ÿ µ ß ×", "İstanbul", "“Niger” – ΣΑΣ", "",
    "".join(map(chr, range(256))),
])
def test_lower_same_length_is_str_lower_when_that_keeps_offsets(text):
    from sahel_tui.facts.numbers import lower_same_length

    low = lower_same_length(text)
    assert len(low) == len(text)
    if len(text.lower()) == len(text):
        assert low == text.lower()


def test_a_space_after_a_labels_number_groups_no_thousands():
    low = "suspected cases: week 38 151; week 39 305. some 20 000 soldiers"
    assert [low[s:e] for s, e in number_spans(low)] == ["38", "151", "39", "305", "20 000"]
