"""The corpus loader's API and formats: what a well-formed corpus loads to."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from sahel_tui.corpus import Article, LoadProblem, LoadResult, iter_corpus, load_corpus
from sahel_tui.corpus.clean import clean_line, clean_text
from sahel_tui.corpus.formats import derive_title
from sahel_tui.corpus.frontmatter import parse_yaml_events, parse_yaml_mapping
from sahel_tui.corpus.ids import IdAllocator, slugify
from sahel_tui.corpus.metadata import parse_published

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_corpus_imports_without_textual() -> None:
    code = (
        "import sys\nsys.modules['textual'] = None\n"
        "import sahel_tui.corpus, sahel_tui.corpus.loader\n"
        "assert not [m for m in sys.modules if m.startswith('textual.')]\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_front_matter_article(tmp_path: Path) -> None:
    write(
        tmp_path / "c" / "france.md",
        (
            '---\ntitle: "France and allies withdraw"\nsource: RFI\nurl: https://rfi.fr/x\n'
            "published: 2022-02-17\ntags: [mali, france]\n---\nFrance and its allies.\n"
        ),
    )
    result = load_corpus([tmp_path / "c"])
    assert result.problems == ()
    assert result.articles == (
        Article(
            id="france",
            path=os.path.join(str(tmp_path / "c"), "france.md"),
            title="France and allies withdraw",
            body="France and its allies.\n",
            source="RFI",
            url="https://rfi.fr/x",
            published=dt.date(2022, 2, 17),
            tags=("mali", "france"),
        ),
    )


def test_relative_path_argument_is_kept_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "seeds" / "sub" / "000-x.txt", "Title\nBody\n")
    monkeypatch.chdir(tmp_path)
    (art,) = load_corpus(["seeds"]).articles
    assert art.path == os.path.join("seeds", "sub", "000-x.txt")
    (art,) = load_corpus(["seeds/sub/000-x.txt"]).articles
    assert art.path == "seeds/sub/000-x.txt"


def test_single_path_string_is_accepted(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A\n")
    assert [a.title for a in load_corpus(str(tmp_path)).articles] == ["A"]


def test_plain_text_title_is_the_first_line_and_body_the_whole_text(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "\n\nMali junta expels envoy\nBAMAKO - The junta...\n")
    (art,) = load_corpus([tmp_path]).articles
    assert art.title == "Mali junta expels envoy"
    assert art.body == "\n\nMali junta expels envoy\nBAMAKO - The junta...\n"
    assert art.published is None and art.source is None and art.tags == ()


def test_markdown_heading_gives_the_title(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "# Niger coup: *what* we know ##\n\nBody.\n")
    (art,) = load_corpus([tmp_path]).articles
    assert art.title == "Niger coup: *what* we know"
    assert art.body.startswith("# Niger coup")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Short line\nrest", "Short line"),
        ("Mali. " * 100, "Mali. Mali. Mali. Mali."),  # first sentence of >= 20 chars
        ("word " * 100, ("word " * 40).strip()[:199].rsplit(" ", 1)[0] + "…"),
        ("---\n***\n\nReal title", "Real title"),
        ("", ""),
    ],
)
def test_derive_title(text: str, title: str) -> None:
    assert derive_title(text, markdown=False) == title
    assert len(derive_title(text, markdown=False)) <= 200


def test_body_is_everything_after_the_closing_front_matter_line() -> None:
    # The convention of the annotation guidelines: body = raw[raw.find("\n---\n", 4) + 5:],
    # so gold offsets written against the raw file index Article.body unchanged.
    result = load_corpus([SEEDS])
    texts = [a for a in result.articles if a.path.endswith((".txt", ".md"))]
    assert result.problems == () and len(texts) >= 10
    for art in texts:
        raw = Path(art.path).read_text(encoding="utf-8")
        assert art.body == raw[raw.find("\n---\n", 4) + 5 :]


def test_json_single_and_list_and_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "one.json", '{"title": "One", "text": "Body one", "tags": "a, b"}')
    write(tmp_path / "many.json", '[{"body": "First body"}, {"id": "Custom Id", "body": "x"}]')
    write(tmp_path / "lines.jsonl", '{"body": "L1"}\n\n{"body": "L3", "published": "2023-07-26"}\n')
    result = load_corpus([tmp_path])
    assert result.problems == ()
    got = [(a.id, a.title, a.body, a.path.rsplit("/", 1)[1]) for a in result.articles]
    assert got == [
        ("lines-1", "L1", "L1", "lines.jsonl"),
        ("lines-3", "L3", "L3", "lines.jsonl"),
        ("many-1", "First body", "First body", "many.json"),
        ("custom-id", "x", "x", "many.json"),
        ("one", "One", "Body one", "one.json"),
    ]
    assert result.articles[1].published == dt.date(2023, 7, 26)
    assert result.articles[4].tags == ("a", "b")


def test_json_fields_are_cleaned(tmp_path: Path) -> None:
    write(
        tmp_path / "a.json",
        '{"title": "T\\u001b]0;x\\u0007\\nnext", "body": "B\\r\\n\\u202e",'
        ' "source": 12, "url": ["no"], "tags": [1, true, null, "x"]}',
    )
    result = load_corpus([tmp_path])
    (art,) = result.articles
    assert (art.title, art.body, art.source, art.url) == ("T␛]0;x␇ next", "B\n⸮", "12", None)
    assert art.tags == ("1", "true", "x")
    assert [p.message for p in result.problems] == ["url is not text (got a list); ignored"]


def test_folders_are_read_sorted_and_recursively(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a/z.txt",
        "a/b/c.md",
        "c.JSON",
        "ignored.html",
        ".hidden/x.txt",
        "._b.txt",
    ):
        write(tmp_path / name, '{"body": "x"}' if name.endswith("JSON") else f"{name}\n")
    got = [a.path[len(str(tmp_path)) + 1 :] for a in load_corpus([tmp_path]).articles]
    assert got == ["a/b/c.md", "a/z.txt", "b.txt", "c.JSON"]  # hidden entries skipped


def test_loading_is_deterministic(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path / f"d{i % 3}" / f"same-{i % 4}.txt", f"T{i}\n")
    assert load_corpus([tmp_path]) == load_corpus([tmp_path])


def test_iter_corpus_streams(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A\n")
    write(tmp_path / "b.txt", "")
    stream = iter_corpus([tmp_path])
    assert isinstance(stream, types.GeneratorType)
    first = next(stream)
    assert isinstance(first, Article) and first.title == "A"
    second = next(stream)
    assert isinstance(second, LoadProblem) and second.message == "empty file"
    assert list(stream) == []


def test_load_result_splits_articles_and_problems(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A\n")
    result = load_corpus([tmp_path, tmp_path / "missing"])
    assert isinstance(result, LoadResult)
    assert len(result.articles) == 1 and len(result.problems) == 1
    assert result.problems[0].severity == "skipped"


def test_max_bytes(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Title\n" + "x" * 100)
    result = load_corpus([tmp_path], max_bytes=20)
    assert result.articles[0].body == "Title\n" + "x" * 14
    assert result.problems[0].severity == "notice"


# --- ids ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, slug",
    [
        ("000-France-Mali", "000-france-mali"),
        ("Goïta à Bamako", "goita-a-bamako"),
        ("  --  ", "article"),
        ("مالي", "article"),
        ("a" * 200, "a" * 80),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_id_allocator_is_unique_and_linear() -> None:
    ids = IdAllocator()
    got = [ids.allocate(b) for b in ("a", "a-2", "a", "a", "b", "a-3")]
    assert got == ["a", "a-2", "a-3", "a-4", "b", "a-3-2"]
    many = [ids.allocate("x") for _ in range(20_000)]
    assert len(set(many)) == 20_000


# --- published --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2022-02-17",
        "17 February 2022",
        "Feb 17, 2022",
        "Thu, 17 Feb 2022 10:00:00 +0000",
        "2022-02-17T23:30:00-05:00",
        "17 février 2022",
        "jeudi 17 février 2022",
        "17/02/2022",
        dt.date(2022, 2, 17),
        dt.datetime(2022, 2, 17, 9, 30),
        "2022/02/17",
    ],
)
def test_published_formats(value: object) -> None:
    assert parse_published(value) == (dt.date(2022, 2, 17), None)


@pytest.mark.parametrize(
    "value, notice",
    [
        ("not a date", "not a valid date"),
        ("2024-02-30", "not a valid date"),
        ("0001-01-01", "out of range"),
        ("9999-12-31", "out of range"),
        ("2022", "not a full date"),
        ("February 2022", "not a full date"),
        (["2022-02-17"], "not a date (got a list)"),
        ("9" * 500, "not a valid date"),
    ],
)
def test_published_bad_values(value: object, notice: str) -> None:
    day, message = parse_published(value)
    assert day is None and message is not None and notice in message


def test_published_empty_is_silent() -> None:
    assert parse_published(None) == (None, None)
    assert parse_published("  ") == (None, None)


# --- front matter -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        (
            'title: "France and allies"\nsource: RFI\nurl: null\npublished: 2022-02-17\n'
            "tags: [mali, france]\n"
        ),
        "title: NO\nx: 010\ny: 12:30\nz:\nw: ~\nv: 'a b'\nu: []\nt: [ a , 'b c', \"d\" ]\n",
        "title: https://x.org/a?b=c&d=e\n# comment\n\nk: a\nk: b\n",
        "title: Mali (AFP) + 5 [x] {y} 'quoted' end\n",
        "tags: [null, ~, 'null', Yes]\n",
    ],
)
def test_fast_path_front_matter_matches_the_event_path(block: str) -> None:
    assert parse_yaml_mapping(block) == parse_yaml_events(block)


def test_front_matter_nested_values(tmp_path: Path) -> None:
    write(
        tmp_path / "a.md",
        "---\ntitle: >\n  Folded\n  title\nauthor: {name: X}\ntags:\n  - one\n  - two\n---\nBody\n",
    )
    result = load_corpus([tmp_path])
    (art,) = result.articles
    assert (art.title, art.tags) == ("Folded title", ("one", "two"))
    assert result.problems == ()


def test_front_matter_date_key_alias(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: T\ndate: 2023-07-26\n---\nBody\n")
    assert load_corpus([tmp_path]).articles[0].published == dt.date(2023, 7, 26)


# --- cleaning ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("a\r\nb\rc\u2028d\u2029e\x85f", "a\nb\nc\nd\ne\nf"),
        ("\x1b[2J\x00\x07\x7f", "␛[2J␀␇␡"),
        ("\x9b\x80", "\ufffd\ufffd"),
        ("\u202eevil\u202c \u2066x\u2069", "⸮evil⸮ ⸮x⸮"),
        (
            "Wag\u200bner Ma\u00adli \ufeffNiger J\u200dNIM \u200eA\u200f",
            "Wagner Mali Niger JNIM A",
        ),
        ("\U0001f468\u200d\U0001f469", "\U0001f468\u200d\U0001f469"),
        ("Goi\u0308ta", "Goïta"),
        ("tab\tkept\nnewline kept", "tab\tkept\nnewline kept"),
        ("\ud800lone", "\ufffdlone"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean


def test_clean_line() -> None:
    assert clean_line("  a\tb\n\nc  ") == "a b c"
    assert clean_line("word " * 100, 50).endswith("…")
    assert len(clean_line("x" * 500, 50)) == 50


def test_a_bug_on_one_file_costs_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sahel_tui.corpus import loader

    write(tmp_path / "a.txt", "A\n")
    write(tmp_path / "boom.txt", "Boom\n")
    write(tmp_path / "c.txt", "C\n")
    real = loader.parse_text

    def flaky(text: str, stem: str, markdown: bool):  # type: ignore[no-untyped-def]
        if stem == "boom":
            raise RuntimeError("unforeseen")
        return real(text, stem, markdown)

    monkeypatch.setattr(loader, "parse_text", flaky)
    result = load_corpus([tmp_path])
    assert [a.title for a in result.articles] == ["A", "C"]
    assert [p.message for p in result.problems] == [
        "could not be loaded (internal error: RuntimeError)"
    ]


def test_a_wrong_argument_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A\n")
    result = load_corpus([None, tmp_path])  # type: ignore[list-item]
    assert [a.title for a in result.articles] == ["A"]
    assert [p.message for p in result.problems] == ["not a path"]


def test_hidden_file_named_explicitly_is_read(tmp_path: Path) -> None:
    write(tmp_path / ".notes.md", "Hidden notes\n")
    assert [a.title for a in load_corpus([tmp_path / ".notes.md"]).articles] == ["Hidden notes"]


def test_json_articles_wrapper_is_read_as_a_list(tmp_path: Path) -> None:
    write(
        tmp_path / "export.json",
        '{"schema": "sahel-tui.facts/1", "articles": [{"id": "france-mali", "title": "T",'
        ' "body": "B", "published": "2022-02-17", "actors": []}], "errors": []}',
    )
    (art,) = load_corpus([tmp_path]).articles
    assert (art.id, art.title, art.body, art.published) == (
        "france-mali",
        "T",
        "B",
        dt.date(2022, 2, 17),
    )


# --- linear time on adversarial input (SECURITY.md rule 6) ----------------------------

ADVERSARIAL = {
    "front matter plain value": "---\ntitle: a" + " " * 60_000 + "x#\n---\nBody\n",
    "front matter flow list": "---\ntags: [a" + " " * 60_000 + "x#]\n---\nBody\n",
    "front matter many items": "---\ntags: [" + "a, " * 20_000 + "#]\n---\nBody\n",
    "front matter long key": "---\n" + "k" * 60_000 + " " * 1000 + "\n---\nBody\n",
    "front matter deep flow": "---\nt: " + "[" * 30_000 + "\n---\nBody\n",
    "zwj run after latin": "a" + "\u200d" * 1_000_000 + "\u4e2d",
    "zwj run before latin": "\u4e2d" + "\u200d" * 1_000_000 + "a",
    "markdown heading": "#" + " " * 100_000 + "x" + " #" * 100_000,
    "many blank lines": "\n" * 2_000_000 + "Title",
    "controls": "\x1b[2J text " * 300_000,
    "long line no sentence end": "word " * 400_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_loads_in_linear_time(name: str, tmp_path: Path) -> None:
    import time

    write(tmp_path / "a.md", ADVERSARIAL[name])
    start = time.perf_counter()
    result = load_corpus([tmp_path])
    elapsed = time.perf_counter() - start
    assert len(result.articles) == 1
    assert elapsed < 3, f"{name}: {elapsed:.2f} s"
