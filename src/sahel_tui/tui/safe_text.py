"""Defence in depth for anything shown on the terminal.

The loader already cleans article text, but file names, error messages, gazetteer names
and whatever did not come through the loader are cleaned here before they are rendered.
Cleaning is one character for one character, so offsets into a cleaned field stay valid.
"""

from __future__ import annotations

import re

# C0 controls (except \t and \n), DEL, C1, bidi embeddings/overrides/isolates and marks.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
_BREAKS = re.compile("[\t\n\u2028\u2029\x85]")
PLACEHOLDER = "\ufffd"


def clean_text(text: str) -> str:
    """Replace control and bidi characters by a visible placeholder; keep \\n and \\t."""
    return _CONTROL.sub(PLACEHOLDER, text)


def clean_line(text: object, limit: int | None = None) -> str:
    """A single line for a label: controls replaced, line breaks and tabs made spaces."""
    s = str(text) if text is not None else ""
    if limit is not None and len(s) > limit:
        s = s[: limit - 1] + "…"
    s = _BREAKS.sub(" ", s)
    return _CONTROL.sub(PLACEHOLDER, s)
