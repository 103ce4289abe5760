"""Sentence boundaries, and the lookup from a character offset to its sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from sahel_tui.corpus.model import Article
from sahel_tui.facts.model import Field, Sentence, record_builder

# Words that end with a full stop without ending a sentence (lower-cased, no final dot).
# The date resolver reads them too: such a dot ends no clause either.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt capt sgt maj cpl adm brig cmdr gov sen rep pres st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx est etc vs
    e.g i.e a.m p.m u.s u.n u.k u.s.a inc ltd co corp jr sr
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, spaces.
# Matched only at the marks ``_boundaries`` finds (never scanned over the text).
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
_new_sentence = record_builder(Sentence)
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` is an abbreviation or an initial.

    The word is the run of ASCII letters and dots just before it (at most 9 characters,
    from its first letter): "Gen", "U.S", "J"."""
    if not text[dot - 1 : dot].isalpha():
        return False  # "2012.", "said." after a quote: no word right before the dot
    seg = text[max(0, dot - 9) : dot]
    word = seg[len(seg.rstrip(_WORD_CHARS)) :].lstrip(".")
    if not word:
        return False  # a non-ASCII letter before the dot
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    # Initials: "J. Smith", "U.S." handled above; a single capital letter.
    return len(word) == 1 and word.isupper()


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The spans ``_BOUNDARY.finditer(text)`` gives, read only where a match can start:
    each ".", "!" or "?" is found with ``str.find`` (a memchr), where the regex engine
    would test every character against its set (about 40 instructions each)."""
    marks: list[int] = []
    for ch in ".!?":
        i = text.find(ch)
        while i >= 0:
            marks.append(i)
            i = text.find(ch, i + 1)
    if "!" in text or "?" in text:
        marks.sort()
    out: list[tuple[int, int]] = []
    match = _BOUNDARY.match
    last = 0
    for i in marks:
        if i < last:
            continue  # inside the boundary just read ("?!", '." ')
        m = match(text, i)
        if m is not None:
            last = m.end()
            out.append((i, last))
    return out


def _spans(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence: a line is cut at every boundary that does not
    follow an abbreviation. A boundary never spans a line break, so one scan of the
    whole text serves every line (lines come from ``str.find``, much cheaper than a
    regex that reads each character)."""
    cuts = _boundaries(text)
    k, ncuts = 0, len(cuts)
    n = len(text)
    lo = 0
    while lo < n:
        line_end = text.find("\n", lo)
        if line_end < 0:
            line_end = n
        hi = line_end
        start = lo
        while k < ncuts and cuts[k][0] < hi:
            dot, after = cuts[k]
            k += 1
            if text[dot] == "." and _is_abbreviation(text, dot):
                continue
            end = after
            while end > start and text[end - 1] in " \t":
                end -= 1
            if end > start:
                yield start, end
            start = after
        while hi > start and text[hi - 1] in " \t":
            hi -= 1
        if hi > start:
            yield start, hi
        lo = line_end + 1


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The title (one sentence) first, then the body's sentences in order."""
    out: list[Sentence] = []
    for field in ("title", "body"):
        text = article.field_text(field)
        for start, end in _spans(text):
            # Skip leading blanks so a sentence starts on text.
            while start < end and text[start] in " \t":
                start += 1
            if start < end:
                out.append(_new_sentence(len(out), field, start, end))
    return tuple(out)


class SentenceLocator:
    """Maps (field, offset) to the index of the sentence holding it."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self._starts: dict[str, list[int]] = {"title": [], "body": []}
        self._index: dict[str, list[int]] = {"title": [], "body": []}
        for s in sentences:
            self._starts[s.field].append(s.start)
            self._index[s.field].append(s.index)

    def locate(self, field: Field, offset: int) -> int:
        starts = self._starts[field]
        if not starts:
            # A field without sentences (empty title): fall back to the first sentence.
            other = self._index["body" if field == "title" else "title"]
            return other[0] if other else 0
        i = bisect.bisect_right(starts, offset) - 1
        return self._index[field][max(i, 0)]
