"""Every entry of SECURITY.md's hostile-input catalogue, with its expected outcome.

Outcomes: ``loaded`` (cleanly, no problem reported), ``notice`` (loaded degraded, with a
notice naming the file), ``noted`` (not an article, a notice says why), ``partial`` (some articles of the file loaded, one part
skipped), ``skipped`` (no article, a message naming the file), ``ignored`` (not an
article file: nothing at all). Never a traceback, a hang or raw control characters.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_tui.corpus import Article, LoadProblem, LoadResult, load_corpus

HOSTILE = Path(__file__).parent / "hostile"

# file name -> (outcome, a piece of the message, or None)
CATALOGUE: dict[str, tuple[str, str | None]] = {
    # Encoding
    "enc-cp1252.txt": ("notice", "read as Windows-1252"),
    "enc-utf8-bom.md": ("loaded", None),
    "enc-utf16le-bom.txt": ("loaded", None),
    "enc-utf16be-bom.txt": ("loaded", None),
    "enc-invalid-utf8-middle.txt": ("notice", "invalid UTF-8 at byte"),
    "enc-nul-bytes-binary.md": ("skipped", "binary file (NUL bytes)"),
    "enc-zero-byte.txt": ("skipped", "empty file"),
    "enc-only-whitespace.txt": ("skipped", "empty file (only whitespace)"),
    # Size (the 50 MB line and the 100,000 files are made at test time, below)
    "size-10000-char-word.txt": ("loaded", None),
    # Front matter
    "fm-only-front-matter.md": ("notice", "no body after the front matter"),
    "fm-unclosed.md": ("notice", "front matter not closed"),
    "fm-malformed-yaml.md": ("notice", "front matter is not valid YAML"),
    "fm-list.md": ("notice", "front matter is not a mapping (got a list)"),
    "fm-scalar.md": ("notice", "front matter is not a mapping (got a single value)"),
    "fm-null.md": ("notice", "front matter is not a mapping (got null)"),
    "fm-empty-block.md": ("loaded", None),
    "fm-control-chars.md": ("loaded", None),
    "fm-alias-bomb.md": ("notice", "anchors or aliases (not allowed)"),
    "fm-deep-nesting-5000.md": ("notice", "front matter ignored"),
    "fm-huge-scalar.md": ("loaded", None),
    "fm-published-not-a-date.md": ("notice", "published 'not a date' is not a valid date"),
    "fm-published-2024-02-30.md": ("notice", "published '2024-02-30' is not a valid date"),
    "fm-published-year-0001.md": ("notice", "published year 1 is out of range"),
    "fm-published-year-9999.md": ("notice", "published year 9999 is out of range"),
    "fm-duplicate-keys.md": ("notice", "duplicate key 'title'"),
    "fm-title-no-yaml11.md": ("loaded", None),
    "fm-python-tag.md": ("notice", "title is not text (got a list)"),
    # JSON / JSONL
    "json-bad-line.jsonl": ("partial", "line 2: invalid JSON"),
    "json-wrong-top-level.json": ("skipped", "JSON top level must be an article object"),
    "json-nan.json": ("notice", "NaN or Infinity values read as null"),
    "json-deep-nesting-100k.json": ("skipped", "JSON nested too deeply"),
    "json-missing-body.json": ("skipped", 'missing body (no "body" or "text" field)'),
    "json-list.json": ("partial", "item 3: not an article object (got a number)"),
    # Text
    "text-osc52-osc8-osc0-csi.txt": ("loaded", None),
    "text-c1-csi-9b.txt": ("loaded", None),
    "text-markup-click.md": ("loaded", None),
    "text-bidi-override.txt": ("loaded", None),
    "text-zero-width-in-names.txt": ("loaded", None),
    "text-combining-marks.txt": ("loaded", None),
    "text-emoji-wide.txt": ("loaded", None),
    "text-tabs.txt": ("loaded", None),
    "text-crlf.txt": ("loaded", None),
    "text-lone-cr.txt": ("loaded", None),
    "text-u2028-u2029-nel.txt": ("loaded", None),
    "text-unicode-digits.txt": ("loaded", None),
    # Files that can live in git
    "same-id.md": ("loaded", None),
    "same-id.txt": ("loaded", None),
    "unknown-extension.csv": ("ignored", None),
    "dir-named-x.md/inside-dir-named-x.txt": ("loaded", None),
}

# Characters that must never reach a widget raw (SECURITY.md rule 2).
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.fixture(scope="module")
def hostile() -> LoadResult:
    return load_corpus([HOSTILE])


def _for(result: LoadResult, path: str) -> tuple[list[Article], list[LoadProblem]]:
    return (
        [a for a in result.articles if a.path == path],
        [p for p in result.problems if p.path == path],
    )


def _check(result: LoadResult, path: str, outcome: str, needle: str | None) -> None:
    articles, problems = _for(result, path)
    messages = [(p.severity, p.message) for p in problems]
    if outcome == "loaded":
        assert articles and not problems, messages
    elif outcome == "notice":
        assert articles, messages
        assert all(p.severity == "notice" for p in problems), messages
        assert any(needle in p.message for p in problems), messages
    elif outcome == "partial":
        assert articles, messages
        assert any(p.severity == "skipped" and needle in p.message for p in problems), messages
    elif outcome == "skipped":
        assert not articles
        assert any(p.severity == "skipped" and needle in p.message for p in problems), messages
    elif outcome == "noted":  # not an article, but worth a word
        assert not articles
        assert any(p.severity == "notice" and needle in p.message for p in problems), messages
    elif outcome == "ignored":
        assert not articles and not problems, messages
    else:  # pragma: no cover
        raise AssertionError(outcome)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_catalogue_entry(hostile: LoadResult, name: str) -> None:
    outcome, needle = CATALOGUE[name]
    _check(hostile, os.path.join(str(HOSTILE), name), outcome, needle)


def test_every_fixture_file_has_an_expected_outcome() -> None:
    on_disk = {
        str(p.relative_to(HOSTILE))
        for p in HOSTILE.rglob("*")
        if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts
    }
    assert on_disk == set(CATALOGUE)


def _strings(article: Article) -> Iterator[str]:
    yield from (article.id, article.path, article.title, article.body)
    yield from (s for s in (article.source, article.url) if s is not None)
    yield from article.tags


def test_no_raw_control_characters_anywhere(hostile: LoadResult) -> None:
    for article in hostile.articles:
        for text in _strings(article):
            assert not FORBIDDEN.search(text), (article.path, text[:80])
        for text in (article.title, article.source or "", article.url or "", *article.tags):
            assert "\n" not in text and "\t" not in text
    for problem in hostile.problems:
        assert not FORBIDDEN.search(problem.message + problem.path), problem
        assert "\n" not in problem.message


def _one(result: LoadResult, name: str) -> Article:
    (article,) = _for(result, os.path.join(str(HOSTILE), name))[0]
    return article


def test_encodings_decode_to_the_same_text(hostile: LoadResult) -> None:
    cp = _one(hostile, "enc-cp1252.txt")
    assert cp.title == "Goïta and Traoré meet in Bamako – “talks” on the €414 million fund"
    assert _one(hostile, "enc-utf16le-bom.txt").title == "UTF-16 article about Goïta"
    assert _one(hostile, "enc-utf16be-bom.txt").title == "UTF-16 BE about Déby"
    bom = _one(hostile, "enc-utf8-bom.md")
    assert bom.title == "UTF-8 with BOM" and "\ufeff" not in bom.body
    broken = _one(hostile, "enc-invalid-utf8-middle.txt")
    assert "\ufffd" in broken.body and "Goïta again" in broken.body  # UTF-8 kept, not cp1252


def test_yaml_11_values_stay_text(hostile: LoadResult) -> None:
    art = _one(hostile, "fm-title-no-yaml11.md")
    assert art.title == "NO" and art.source == "010" and art.url == "12:30"
    assert art.tags == ("yes", "off", "1e3")
    assert art.published is not None and art.published.isoformat() == "2022-02-17"


def test_front_matter_control_characters_become_placeholders(hostile: LoadResult) -> None:
    art = _one(hostile, "fm-control-chars.md")
    assert art.title == "Escapes ␛]52;c;ZXZpbA==␇ and \ufffd2J in YAML"
    assert art.source == "raw ␛]0;pwned␇ bytes␡"
    assert art.body == "Body with ␛[31mred␛[0m text.\n"


def test_unusable_front_matter_stays_in_the_body(hostile: LoadResult) -> None:
    """Nothing in the file is hidden: a block we cannot use is shown as text."""
    art = _one(hostile, "fm-list.md")
    assert art.body == "---\n- title\n- source\n---\nFront matter is a list.\n"
    assert art.title == "Front matter is a list."
    bomb = _one(hostile, "fm-alias-bomb.md")
    assert (
        bomb.body.startswith("---\na: &a [lol") and bomb.title == "Alias bomb in the front matter."
    )


def test_invalid_yaml_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "colon.md"
    path.write_text(
        '---\ntitle: Mali: the junta expels "envoy"\nsource: RFI\n'
        "published: 2022-01-31\ntags: [mali, ecowas]\n---\nBody.\n"
    )
    result = load_corpus([path])
    (art,) = result.articles
    assert art.title == 'Mali: the junta expels "envoy"' and art.source == "RFI"
    assert art.published is not None and art.published.isoformat() == "2022-01-31"
    assert art.tags == ("mali", "ecowas") and art.body == "Body.\n"
    (problem,) = result.problems
    assert problem.severity == "notice" and problem.message.endswith("; read line by line")


def test_huge_values_are_capped(hostile: LoadResult) -> None:
    assert len(_one(hostile, "fm-huge-scalar.md").title) <= 200
    word = _one(hostile, "size-10000-char-word.txt")
    assert "x" * 10_000 in word.body and word.title == "A title before a very long word"


def test_escape_sequences_are_visible_not_raw(hostile: LoadResult) -> None:
    art = _one(hostile, "text-osc52-osc8-osc0-csi.txt")
    assert art.title == "Escape sequences in a title ␛]0;owned␇"
    assert "␛]52;c;ZXZpbA==␇" in art.body and "␛[2J" in art.body
    assert "␛]8;;https://evil.example␛\\click" in art.body
    c1 = _one(hostile, "text-c1-csi-9b.txt")
    assert c1.body == "C1 controls\nA one-byte CSI \ufffd2J and NEL\n and \ufffd DCS.\n"


def test_markup_is_kept_verbatim_for_the_ui_to_show_as_text(hostile: LoadResult) -> None:
    art = _one(hostile, "text-markup-click.md")
    assert art.title == "[@click=app.quit]Click me[/]"
    assert "[@click=app.screenshot('/tmp/x')]here[/], a lone [/ and" in art.body
    assert "[link=https://evil.example]link[/link]" in art.body


def test_bidi_and_zero_width(hostile: LoadResult) -> None:
    bidi = _one(hostile, "text-bidi-override.txt")
    assert bidi.title == "Bidi ⸮override⸮ in a title"
    assert "\u200e" not in bidi.body and "\u200f" not in bidi.body
    names = _one(hostile, "text-zero-width-in-names.txt")
    assert "Wagner, JNIM, Barkhane, Mali, Niger and MINUSMA met in Bamako." in names.body


def test_combining_marks_emoji_and_wide_characters(hostile: LoadResult) -> None:
    marks = _one(hostile, "text-combining-marks.txt")
    assert "Goïta" in marks.body and "Déby" in marks.body  # NFC: precomposed
    assert "Z\u0336a\u0336" in marks.body  # marks without a precomposed form stay
    emoji = _one(hostile, "text-emoji-wide.txt")
    assert "\U0001f468\u200d\U0001f469\u200d\U0001f467" in emoji.body  # ZWJ kept in emoji
    assert "中文" in emoji.title and "ＡＢＣ" in emoji.body


def test_newlines_and_tabs(hostile: LoadResult) -> None:
    assert _one(hostile, "text-crlf.txt").body == "CRLF title\nFirst line\nSecond line\n"
    assert _one(hostile, "text-lone-cr.txt").body == "Lone CR title\nFirst line\nSecond line\n"
    assert (
        _one(hostile, "text-u2028-u2029-nel.txt").body
        == "U+2028 title\nline two\nparagraph\nNEL line\n"
    )
    tabs = _one(hostile, "text-tabs.txt")
    assert tabs.title == "Tabs in the title" and "Col1\tCol2\tCol3" in tabs.body


def test_same_stem_gets_a_suffix_in_sorted_order(hostile: LoadResult) -> None:
    assert _one(hostile, "same-id.md").id == "same-id"
    assert _one(hostile, "same-id.txt").id == "same-id-2"
    ids = [a.id for a in hostile.articles]
    assert len(ids) == len(set(ids))


def test_json_ids_and_lines(hostile: LoadResult) -> None:
    path = os.path.join(str(HOSTILE), "json-list.json")
    items = [a for a in hostile.articles if a.path == path]
    assert [a.id for a in items] == ["json-list-1", "explicit-id"]
    assert all(a.published is not None and a.published.isoformat() == "2022-02-17" for a in items)
    path = os.path.join(str(HOSTILE), "json-bad-line.jsonl")
    assert [a.id for a in hostile.articles if a.path == path] == [
        "json-bad-line-1",
        "json-bad-line-3",
    ]


# --- cases made at test time ---------------------------------------------------------


class _Timeout(Exception):
    pass


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail (instead of hanging forever) if a FIFO were ever opened for reading."""

    def _raise(*_: object) -> None:
        raise _Timeout("the load hung")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


FS_CATALOGUE: dict[str, tuple[str, str | None]] = {
    "good.txt": ("loaded", None),
    "fifo.md": ("skipped", "not a regular file (FIFO)"),
    "socket.md": ("skipped", "not a regular file (socket)"),
    "loop": ("skipped", "symlink loop"),
    "sub/back-to-root": ("skipped", "symlink loop"),
    "sub/nested.txt": ("loaded", None),
    "link-out.txt": ("skipped", "symlink points outside the corpus"),
    "link-out-dir": ("skipped", "symlink points outside the corpus"),
    "link-sub": ("noted", "folder symlink not followed (its target is read directly)"),
    "dangling.md": ("skipped", "dangling symlink"),
    "link-inside.txt": ("loaded", None),
    "link-to-fifo.md": ("skipped", "symlink to a non-regular file (FIFO)"),
    "cycle-a.md": ("skipped", "symlink loop"),
    "cycle-b.md": ("skipped", "symlink loop"),
    "x.md/in-x-md.txt": ("loaded", None),
    "same.txt": ("loaded", None),
    "same.md": ("loaded", None),
    "a/same.txt": ("loaded", None),
}


@pytest.mark.usefixtures("deadline")
def test_filesystem_catalogue(hostile_fs: Path) -> None:
    result = load_corpus([hostile_fs])
    for name, (outcome, needle) in FS_CATALOGUE.items():
        if name == "socket.md" and not (hostile_fs / name).exists():
            continue  # pragma: no cover - AF_UNIX path too long here
        _check(result, os.path.join(str(hostile_fs), name), outcome, needle)
    ids = {a.path[len(str(hostile_fs)) + 1 :]: a.id for a in result.articles}
    assert (ids["a/same.txt"], ids["same.md"], ids["same.txt"]) == ("same", "same-2", "same-3")
    assert not any("Secret" in a.body for a in result.articles)


@pytest.mark.usefixtures("deadline")
def test_non_utf8_file_name_is_shown_safely(hostile_fs: Path) -> None:
    result = load_corpus([hostile_fs])
    (odd,) = [a for a in result.articles if a.title == "Non-UTF-8 file name"]
    assert odd.path.endswith("caf\ufffd-␛[2J.txt")
    assert not FORBIDDEN.search(odd.path)
    odd.path.encode("utf-8")  # no lone surrogates
    assert odd.id == "caf-2j"


@pytest.mark.usefixtures("deadline")
def test_explicit_fifo_and_missing_paths(hostile_fs: Path, tmp_path: Path) -> None:
    result = load_corpus([hostile_fs / "fifo.md", tmp_path / "nope", hostile_fs / "dangling.md"])
    assert not result.articles
    assert [p.message for p in result.problems] == [
        "not a regular file (FIFO)",
        "no such file or folder",
        "dangling symlink (its target does not exist)",
    ]


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.log"
    path.write_text("Log title\nBody.\n")
    (art,) = load_corpus([path]).articles
    assert (art.title, art.path, art.id) == ("Log title", str(path), "notes")


def test_50_mb_single_line_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        chunk = b"Bamako Niamey Ouagadougou " * 40_000  # ~1 MB, no newline
        f.writelines(chunk for _ in range(50))
    start = time.perf_counter()
    result = load_corpus([path])
    elapsed = time.perf_counter() - start
    (art,) = result.articles
    assert len(art.body) == 5_000_000 and len(art.title) <= 200
    assert [p.message for p in result.problems] == [
        "file is larger than 5,000,000 bytes; only the first 5,000,000 were read"
    ]
    assert elapsed < 10


def test_truncation_never_splits_a_character(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_bytes("é".encode() * 1000)
    result = load_corpus([path], max_bytes=101)
    (art,) = result.articles
    assert art.body == "é" * 50
    assert [p.severity for p in result.problems] == ["notice"]  # only the truncation


def test_front_matter_over_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big-fm.md"
    path.write_text("---\ntitle: x\nnotes: " + "y" * 70_000 + "\n---\nBody line\n")
    result = load_corpus([path])
    (art,) = result.articles
    assert art.body.startswith("---\ntitle: x\nnotes: yyy") and art.body.endswith("Body line\n")
    assert art.title == "Body line"
    assert "larger than 64 KiB" in result.problems[0].message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("Locked\nBody.\n")
    (tmp_path / "open.txt").write_text("Open\nBody.\n")
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked.txt"):  # root ignores chmod: simulate
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    result = load_corpus([tmp_path])
    assert [a.title for a in result.articles] == ["Open"]
    (problem,) = result.problems
    assert problem.path.endswith("locked.txt")
    assert problem.message == "file cannot be read (permission denied)"


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("A\nBody.\n")
    (tmp_path / "b.txt").write_text("B\nBody.\n")
    real_scandir = os.scandir

    def fake_scandir(path):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    result = load_corpus([tmp_path])
    assert [a.title for a in result.articles] == ["B"]
    assert [p.message for p in result.problems] == ["folder cannot be read (permission denied)"]


def test_file_that_vanishes_or_is_swapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deadline: None
) -> None:
    for name in ("vanish.txt", "to-fifo.txt", "to-link.txt", "stays.txt"):
        (tmp_path / name).write_text(f"{name}\nBody.\n")
    real_open = os.open

    def racing_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = os.path.basename(os.fspath(path))
        if name in ("vanish.txt", "to-fifo.txt", "to-link.txt"):
            os.unlink(path)
            if name == "to-fifo.txt":
                os.mkfifo(path)
            elif name == "to-link.txt":
                os.symlink(tmp_path / "stays.txt", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", racing_open)
    result = load_corpus([tmp_path])
    assert [a.title for a in result.articles] == ["stays.txt"]
    assert {p.path.rsplit("/", 1)[1]: p.message for p in result.problems} == {
        "vanish.txt": "file vanished before it could be read",
        "to-fifo.txt": "not a regular file (FIFO)",
        "to-link.txt": "file was replaced by a symlink while loading",
    }


def test_folder_of_100000_files(many_files_corpus: tuple[Path, int]) -> None:
    root, count = many_files_corpus
    start = time.perf_counter()
    result = load_corpus([root])
    elapsed = time.perf_counter() - start
    assert len(result.articles) == count and not result.problems
    ids = [a.id for a in result.articles]
    assert len(set(ids)) == count
    assert ids[:4] == ["00000", "00000-2", "00001", "00001-2"]
    print(f"\nloaded {count:,} files in {elapsed:.2f} s")
    assert elapsed < 60
