"""Turn a file's bytes into text without ever failing: pick the encoding, spot binaries.

Order of decisions, and why:

1. A byte-order mark wins (UTF-8, UTF-32, UTF-16): it is explicit. UTF-32 is checked
   before UTF-16 because its little-endian BOM starts with UTF-16's.
2. A NUL byte in the first 8 KiB means binary (git's heuristic). Later NULs are kept
   and shown as ``␀`` by the cleaner, so one stray byte does not hide a whole article.
3. Strict UTF-8. If that fails but the file also holds valid multi-byte UTF-8, it is
   UTF-8 with a damaged spot: decode with U+FFFD for the bad bytes. Otherwise it is a
   legacy single-byte file: Windows-1252 (a superset of Latin-1's printable range).
   Either fallback is reported as a notice; the article still loads.
4. Text that is mostly (over 30%) control characters or replacement characters is
   binary too (checked on the bytes first, at C speed, for the common UTF-8 case).

UTF-16/32 without a BOM is indistinguishable from binary here and is skipped as such.

A truncated read (over the size cap) may cut a multi-byte character in two: the
incremental decoders drop an incomplete tail instead of reporting it as an error.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "decode_bytes"]

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_BOM_STARTS = frozenset(bom[:1] for bom, _, _ in _BOMS)
_SNIFF = 8192
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text (``None`` when the file is binary) and what the user should know."""

    text: str | None
    encoding: str
    notices: tuple[str, ...] = ()
    reason: str = ""  # why text is None


def _decode(data: bytes, codec: str, *, truncated: bool, errors: str = "strict") -> str:
    if not truncated:
        return data.decode(codec, errors)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    return decoder.decode(data, final=False)


# Bytes that are control characters in every single-byte or UTF-8 text.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))


def _mostly_control_bytes(data: bytes) -> bool:
    """Cheap byte-level check (C speed) before decoding: most files are plain text."""
    sample = data[:_SNIFF]
    if len(sample) < 8:
        return False
    bad = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bad * 10 > len(sample) * 3


def _mostly_control(text: str) -> bool:
    sample = text[:_SNIFF]
    if len(sample) < 8:
        return False
    bad = len(_CONTROL.findall(sample))
    return bad * 10 > len(sample) * 3


def decode_bytes(data: bytes, *, truncated: bool = False) -> Decoded:
    """Decode ``data``; never raises. ``truncated`` says the bytes stop mid-file."""
    for bom, codec, name in _BOMS if data[:1] in _BOM_STARTS else ():
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = _decode(body, codec, truncated=truncated)
                notices: tuple[str, ...] = ()
            except UnicodeDecodeError as exc:
                text = _decode(body, codec, truncated=truncated, errors="replace")
                notices = (
                    (f"invalid {name} at byte {exc.start + len(bom)}; bad bytes shown as \ufffd"),
                )
            if _mostly_control(text):
                return Decoded(None, name, reason="binary file (mostly control characters)")
            return Decoded(text, name, notices)

    if b"\x00" in data[:_SNIFF]:
        return Decoded(None, "binary", reason="binary file (NUL bytes)")
    if _mostly_control_bytes(data):
        return Decoded(None, "binary", reason="binary file (mostly control characters)")

    try:
        text = _decode(data, "utf-8", truncated=truncated)
        return Decoded(text, "UTF-8")  # control bytes already counted above
    except UnicodeDecodeError as exc:
        lenient = _decode(data, "utf-8", truncated=truncated, errors="replace")
        # Valid multi-byte sequences decode to non-ASCII characters other than U+FFFD.
        if not lenient.replace("\ufffd", "").isascii():
            text, encoding = lenient, "UTF-8"
            notices = (f"invalid UTF-8 at byte {exc.start}; bad bytes shown as \ufffd",)
        else:
            text = data.decode("cp1252", errors="replace")
            encoding = "Windows-1252"
            notices = (
                (
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at {exc.start}); "
                    "read as Windows-1252"
                ),
            )
    if _mostly_control(text):
        return Decoded(None, "binary", reason="binary file (mostly control characters)")
    return Decoded(text, encoding, notices)
