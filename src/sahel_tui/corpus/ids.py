"""Article ids: readable, deterministic, unique within one load.

An id is a slug of the file stem (or of an explicit ``id`` field), so it is stable across
runs as long as the corpus does not change. Collisions get ``-2``, ``-3``... in the order
articles are read (sorted paths), so the first one keeps the plain slug.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["IdAllocator", "slugify"]

SLUG_LIMIT = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "article") -> str:
    """ASCII slug: accents folded ('Goïta' -> 'goita'), other runs become '-'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", text.lower()).strip("-")
    if len(slug) > SLUG_LIMIT:
        slug = slug[:SLUG_LIMIT].rstrip("-")
    return slug or fallback


class IdAllocator:
    """Hands out unique ids in O(1) amortised per id (a counter per base, not a scan)."""

    __slots__ = ("_next", "_used")

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._next: dict[str, int] = {}

    def allocate(self, base: str) -> str:
        """Return ``base`` if free, else the first free ``base-N`` (N >= 2)."""
        if base not in self._used:
            self._used.add(base)
            return base
        n = self._next.get(base, 2)
        while f"{base}-{n}" in self._used:
            n += 1
        candidate = f"{base}-{n}"
        self._next[base] = n + 1
        self._used.add(candidate)
        return candidate
