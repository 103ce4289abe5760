"""Write the hostile-input fixtures of this folder (SECURITY.md's catalogue).

Run ``python tests/hostile/_generate.py`` to recreate them; the files are committed
byte for byte (``.gitattributes``: ``-text``, so git never touches their line endings).
Each file name says the case. Cases that cannot live in git (FIFO, symlinks, huge or
numerous files, unreadable or vanishing files, non-UTF-8 names) are made at test time
by fixtures in ``tests/conftest.py``. The expected outcome of every file is in
``tests/test_corpus_hostile.py``. This script is not an article: the loader ignores
``.py`` files.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

FM = '---\ntitle: "{title}"\nsource: "hostile fixtures"\npublished: 2024-03-01\n---\n'


def article(title: str, body: str) -> str:
    return FM.format(title=title) + body


FIXTURES: dict[str, bytes] = {
    # Encoding
    "enc-cp1252.txt": (
        "Goïta and Traoré meet in Bamako – “talks” on the €414 million fund\nCafé, naïveté, Déby.\n"
    ).encode("cp1252"),
    "enc-utf8-bom.md": b"\xef\xbb\xbf"
    + article("UTF-8 with BOM", "Bamako, Niamey and Ouagadougou.\n").encode("utf-8"),
    "enc-utf16le-bom.txt": "UTF-16 article about Goïta\nBody in UTF-16.\n".encode("utf-16"),
    "enc-utf16be-bom.txt": b"\xfe\xff" + "UTF-16 BE about Déby\nBody.\n".encode("utf-16-be"),
    "enc-invalid-utf8-middle.txt": (
        "Traoré speaks in Ouagadougou\nValid UTF-8 here, ".encode()
        + b"\xff\xfe\xc3 broken bytes, "
        + "then Goïta again.\n".encode()
    ),
    "enc-nul-bytes-binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "enc-zero-byte.txt": b"",
    "enc-only-whitespace.txt": b"  \n\t\r\n   \n",
    # Size
    "size-10000-char-word.txt": (
        "A title before a very long word\n" + "x" * 10_000 + " and then Mali.\n"
    ).encode(),
    # Front matter
    "fm-only-front-matter.md": b'---\ntitle: "Only front matter"\nsource: RFI\n---\n',
    "fm-unclosed.md": b'---\ntitle: "Never closed"\nsource: RFI\nThe body goes on.\n',
    "fm-malformed-yaml.md": b'---\ntitle: "unterminated\nsource: [a, b\n---\nBody of a '
    b"malformed front matter.\n",
    "fm-list.md": b"---\n- title\n- source\n---\nFront matter is a list.\n",
    "fm-scalar.md": b"---\njust a string\n---\nFront matter is a scalar.\n",
    "fm-null.md": b"---\nnull\n---\nFront matter is null.\n",
    "fm-empty-block.md": b"---\n---\nEmpty front matter block: nothing to report\nBody.\n",
    "fm-control-chars.md": (
        b'---\ntitle: "Escapes \\e]52;c;ZXZpbA==\\a and \\x9b2J in YAML"\n'
        b"source: raw \x1b]0;pwned\x07 bytes\x7f\n---\n"
        b"Body with \x1b[31mred\x1b[0m text.\n"
    ),
    "fm-alias-bomb.md": (
        b"---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        b"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        b"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        b"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        b"f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        b"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
        b"h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
        b"i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
        b"title: *i\n---\nAlias bomb in the front matter.\n"
    ),
    "fm-deep-nesting-5000.md": (
        b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nDeeply nested front matter.\n"
    ),
    "fm-huge-scalar.md": (
        b'---\ntitle: "' + b"Huge title " * 5000 + b'"\nsource: RFI\n---\nBody.\n'
    ),
    "fm-published-not-a-date.md": b"---\ntitle: Bad date\npublished: not a date\n---\nBody.\n",
    "fm-published-2024-02-30.md": b"---\ntitle: Feb 30\npublished: 2024-02-30\n---\nBody.\n",
    "fm-published-year-0001.md": b"---\ntitle: Year one\npublished: 0001-01-01\n---\nBody.\n",
    "fm-published-year-9999.md": b"---\ntitle: Far future\npublished: 9999-12-31\n---\nBody.\n",
    "fm-duplicate-keys.md": b"---\ntitle: First\ntitle: Second\n---\nBody.\n",
    "fm-title-no-yaml11.md": (
        b"---\ntitle: NO\nsource: 010\nurl: 12:30\ntags: [yes, off, 1e3]\n"
        b"published: 17 February 2022\n---\nYAML 1.1 would turn these into False, 8, 750.\n"
    ),
    "fm-python-tag.md": (
        b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
        b"source: !!python/name:os.system\n---\nA tag that must never run.\n"
    ),
    # JSON / JSONL
    "json-bad-line.jsonl": (
        b'{"title": "Good one", "body": "Mali and Niger."}\n'
        b'{"title": "Broken", "body": \n'
        b'{"title": "Good two", "text": "Chad and Burkina Faso."}\n'
    ),
    "json-wrong-top-level.json": b'"just a string"\n',
    "json-nan.json": b'{"title": "NaN figure", "body": "A figure of NaN.", "score": NaN, '
    b'"url": Infinity}\n',
    "json-deep-nesting-100k.json": b"[" * 100_000 + b"]" * 100_000,
    "json-missing-body.json": b'{"title": "No body here", "source": "RFI"}\n',
    "json-list.json": (
        b'[{"title": "First item", "body": "Wagner in Mali.", "published": "Feb 17, 2022"},\n'
        b' {"id": "Explicit ID", "body": "Second item body.", '
        b'"published": "Thu, 17 Feb 2022 10:00:00 +0000"},\n'
        b" 42]\n"
    ),
    # Text
    "text-osc52-osc8-osc0-csi.txt": (
        b"Escape sequences in a title \x1b]0;owned\x07\n"
        b"Clipboard \x1b]52;c;ZXZpbA==\x07 link \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
        b" clear \x1b[2J\x1b[H cursor \x1b[10;10H bell \x07 done.\n"
    ),
    "text-c1-csi-9b.txt": "C1 controls\nA one-byte CSI \x9b2J and NEL\x85 and \x90 DCS.\n".encode(),
    "text-markup-click.md": (
        b"# [@click=app.quit]Click me[/]\n\n"
        b"Markup [@click=app.screenshot('/tmp/x')]here[/], a lone [/ and "
        b"price [/] and [unclosed, [link=https://evil.example]link[/link], [b]bold[/b].\n"
    ),
    "text-bidi-override.txt": (
        "Bidi \u202eoverride\u202c in a title\n"
        "Trojan \u2066source\u2069 \u202alre\u202c \u202brle\u202c \u202dlro\u202c "
        "\u2067rli\u2069 \u2068fsi\u2069 \u200emarks\u200f.\n"
    ).encode("utf-8"),
    "text-zero-width-in-names.txt": (
        "Zero-width characters in actor names\n"
        "Wag\u200bner, J\u200cNIM, Bar\u2060khane, Ma\u00adli, Ni\ufeffger and "
        "MINU\u200dSMA met in Bamako.\n"
    ).encode("utf-8"),
    "text-combining-marks.txt": (
        "Combining marks: Goi\u0308ta and Trao\u0301re\u0301\n"
        "De\u0301by, Keï\u0308ta and Z\u0336a\u0336l\u0336g\u0336o\u0336 text.\n"
    ).encode("utf-8"),
    "text-emoji-wide.txt": (
        "Emoji \U0001f1f2\U0001f1f1 and wide 中文 characters\n"
        "A family \U0001f468\u200d\U0001f469\u200d\U0001f467, a flag \U0001f3f3\ufe0f\u200d"
        "\U0001f308, fullwidth ＡＢＣ and 日本語.\n"
    ).encode("utf-8"),
    "text-tabs.txt": b"Tabs\tin\tthe title\nCol1\tCol2\tCol3\n1\t2\t3\n",
    "text-crlf.txt": b"CRLF title\r\nFirst line\r\nSecond line\r\n",
    "text-lone-cr.txt": b"Lone CR title\rFirst line\rSecond line\r",
    "text-u2028-u2029-nel.txt": "U+2028 title\u2028line two\u2029paragraph\x85NEL line\n".encode(
        "utf-8"
    ),
    # Digits that str.isdigit() accepts but int() refuses (superscripts, subscripts,
    # circled), beside digits of other scripts that int() reads (Arabic-Indic, fullwidth).
    "text-unicode-digits.txt": article(
        "Superscript and other-script digits",
        "Troops waited for ² days and 10³ hours; 1²0 soldiers, ₂ weeks, ① convoy.\n"
        "Some ٣ days later, ５ soldiers and ０ vehicles left Gao in May ²2024 or 2024².\n",
    ).encode(),
    # Files
    "same-id.md": article("Same id (md)", "Sorted first: keeps the plain id.\n").encode(),
    "same-id.txt": b"Same id (txt)\nSorted second: gets a suffix.\n",
    "unknown-extension.csv": b"a,b\n1,2\n",
}


def main() -> None:
    for name, data in FIXTURES.items():
        (HERE / name).write_bytes(data)
    (HERE / "dir-named-x.md").mkdir(exist_ok=True)
    (HERE / "dir-named-x.md" / "inside-dir-named-x.txt").write_bytes(
        b"Inside a folder named x.md\nThe folder is walked, not read as a file.\n"
    )


if __name__ == "__main__":
    main()
