"""Make untrusted text safe to show and stable to index, once, where it enters.

Everything the loader hands on (title, body, metadata, file names in messages) goes
through here *before* any offset is computed, so highlights computed later stay right
(SECURITY.md rule 2).

What happens to each kind of character, and why:

- Line breaks: CRLF, lone CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
  SEPARATOR (U+2029) become ``\\n``: one newline convention for sentence splitting and
  line-based widgets.
- C0 controls other than ``\\n`` and ``\\t`` become their Control Pictures glyph
  (U+2400 + code, so ESC shows as ``␛``), DEL becomes ``␡`` (U+2421). The text stays
  readable and nothing reaches the terminal raw (OSC 52, CSI 2J...).
- C1 controls (U+0080–U+009F; ``\\x9b`` is a one-byte CSI) and lone surrogates (from
  JSON ``\\ud800`` escapes or undecodable file names) become U+FFFD.
- Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become ``⸮``
  (U+2E2E, a visible mark): they can reorder what the user sees ("Trojan Source").
- Invisible characters that only split words — ZERO WIDTH SPACE, ZWNJ, WORD JOINER,
  BOM inside text, SOFT HYPHEN, LRM/RLM/ALM, invisible operators, Mongolian vowel
  separator — are removed, so ``Wag\\u200bner`` matches the actor ``Wagner``.
- ZERO WIDTH JOINER is kept where it joins emoji or non-Latin script, and removed
  between Latin letters or digits (where it can only hide a word from matching).
- Finally the text is NFC-normalised so a name typed with combining accents matches
  the precomposed one. Combining marks, emoji and wide characters are otherwise kept.

``clean_text`` is idempotent: cleaning cleaned text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BIDI_PLACEHOLDER", "C1_PLACEHOLDER", "clean_line", "clean_text"]

BIDI_PLACEHOLDER = "\u2e2e"  # ⸮ REVERSED QUESTION MARK: visible, no bidi class effects
C1_PLACEHOLDER = "\ufffd"

_ASCII_CONTROLS = bytes(c for c in range(0x20) if c not in (0x09, 0x0A)) + b"\x7f"
_NEWLINES = re.compile("\r\n?|[\x85\u2028\u2029]")

# Characters that need any work at all; text without them takes the fast path.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)

# A ZWJ that touches a Latin letter or digit on either side only hides a word. The
# second branch starts only at the start of a run ("(?<!\u200d)"): otherwise the
# lookahead after "\u200d+" would be retried from every ZWJ of a long run (quadratic).
_LATIN = "0-9A-Za-z\u00c0-\u024f"
_LATIN_ZWJ = re.compile(f"(?<=[{_LATIN}])\u200d+|(?<!\u200d)\u200d+(?=[{_LATIN}])")


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x20):
        if code not in (0x09, 0x0A):
            table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"
    for code in range(0x80, 0xA0):
        table[code] = C1_PLACEHOLDER
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = BIDI_PLACEHOLDER
    for code in (
        0x00AD,
        0x061C,
        0x180E,
        0x200B,
        0x200C,
        0x200E,
        0x200F,
        *range(0x2060, 0x2065),
        0xFEFF,
    ):
        table[code] = None
    for code in range(0xD800, 0xE000):
        table[code] = C1_PLACEHOLDER
    return table


_TABLE = _build_table()


def clean_text(text: str) -> str:
    """Return ``text`` with newlines normalised and every unsafe character neutralised."""
    # Fast paths. ASCII text: only C0 controls, CR and DEL matter; deleting them from the
    # bytes is ~10x faster than a regex search. Other text: "printable" excludes exactly
    # the classes we act on — controls (Cc: C0, DEL, C1, CR, NEL), format characters
    # (Cf: bidi, zero-width, soft hyphen, BOM), line/paragraph separators, surrogates.
    if text.isascii():
        raw = text.encode("ascii")
        suspect = len(raw.translate(None, _ASCII_CONTROLS)) != len(raw)
    else:
        suspect = not text.replace("\n", "").replace("\t", "").isprintable()
    if suspect:
        if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
            text = _NEWLINES.sub("\n", text)
        if _SUSPECT.search(text) is not None:
            text = text.translate(_TABLE)
    if text.isascii():
        return text
    # NFC can make a ZWJ's neighbour Latin, and removing a ZWJ can make text composable:
    # repeat both until nothing changes, so cleaning stays idempotent (1 pass in practice).
    for _ in range(8):
        before = text
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if "\u200d" in text:
            text = _LATIN_ZWJ.sub("", text)
        if text == before:
            break
    return text


_SPACES = re.compile(r"\s+")


def clean_line(text: str, limit: int = 200) -> str:
    """Clean ``text`` for a one-line field (title, source, tag, message): whitespace runs
    (newlines, tabs) become one space, and the result is capped at ``limit`` characters
    with an ellipsis, cut at a word boundary when one is near."""
    if text.isascii() and text.isprintable() and "  " not in text:
        text = text.strip()  # fast path: typical titles and sources need nothing else
    else:
        text = _SPACES.sub(" ", clean_text(text)).strip()
    if len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        if space >= limit * 3 // 4:
            cut = cut[:space]
        text = cut.rstrip() + "…"
    return text
