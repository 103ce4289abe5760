"""Properties of the loader that must hold for *any* input, checked with Hypothesis."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahel_tui.corpus import Article, LoadProblem, iter_corpus, load_corpus
from sahel_tui.corpus.clean import clean_line, clean_text
from sahel_tui.corpus.frontmatter import parse_yaml_events, parse_yaml_mapping, split_front_matter
from sahel_tui.corpus.metadata import parse_published

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# Text biased towards the characters the cleaner cares about.
NASTY = st.sampled_from(
    list(
        "\x00\x07\x1b\x7f\x85\x9b\r\n\t \u00ad\u200b\u200c\u200d\u200e\u202e\u2028\u2029\u2066"
        "\u2069\ufeff\u0301\u0308e\u00e9aA1:#-[]{}\"'\U0001f468\ud800"
    )
)
TEXT = st.text(st.one_of(NASTY, st.characters()), max_size=200)

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _strings(item: Article | LoadProblem) -> list[str]:
    if isinstance(item, LoadProblem):
        return [item.path, item.message]
    return [
        item.id,
        item.path,
        item.title,
        item.body,
        item.source or "",
        item.url or "",
        *item.tags,
    ]


@SETTINGS
@given(
    data=st.binary(max_size=2000), ext=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".dat"])
)
def test_random_bytes_never_raise(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{ext}"
        path.write_bytes(data)
        for target in ([tmp], [str(path)]):
            result = load_corpus(target)
            for item in (*result.articles, *result.problems):
                for text in _strings(item):
                    assert not FORBIDDEN.search(text)
                    text.encode("utf-8")


@SETTINGS
@given(text=TEXT, ext=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_random_text_never_raises_and_comes_out_clean(text: str, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{ext}"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        for item in iter_corpus([tmp]):
            for value in _strings(item):
                assert not FORBIDDEN.search(value)


@SETTINGS
@given(body=TEXT, title=TEXT)
def test_offsets_index_the_body_as_loaded(body: str, title: str) -> None:
    """Whatever the text, the article's body is cleaned text and cleaning it again is a
    no-op: offsets computed on it stay valid."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.json"
        import json

        path.write_text(json.dumps({"title": title, "body": body}))
        for item in load_corpus([tmp]).articles:
            assert clean_text(item.body) == item.body
            assert clean_line(item.title) == item.title


@given(TEXT)
def test_clean_text_is_safe_and_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert not FORBIDDEN.search(cleaned)
    assert "\r" not in cleaned and "\u2028" not in cleaned and "\u2029" not in cleaned
    assert clean_text(cleaned) == cleaned


@given(TEXT, st.integers(min_value=2, max_value=300))
def test_clean_line_is_one_line_capped_and_idempotent(text: str, limit: int) -> None:
    line = clean_line(text, limit)
    assert "\n" not in line and "\t" not in line and len(line) <= limit
    assert not FORBIDDEN.search(line)
    assert clean_line(line, limit) == line


@given(TEXT)
def test_front_matter_split_never_raises(text: str) -> None:
    split = split_front_matter(clean_text("---\n" + text))
    assert split.meta is None or isinstance(split.meta, dict)


@given(st.one_of(TEXT, st.integers(), st.floats(), st.none(), st.booleans()))
def test_published_never_raises(value: object) -> None:
    day, notice = parse_published(value)
    assert day is None or 1800 <= day.year <= 2200
    assert day is None or notice is None


# Simple "key: value" front matter, as the fast path accepts it.
_ALNUM = "abcXYZ019"


def _word(rest: str, max_size: int) -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, tail: first + tail,
        st.sampled_from(_ALNUM),
        st.text(alphabet=_ALNUM + rest, max_size=max_size),
    )


KEY = _word("_-", 8)
WORD = _word(" .,/()+~:%&*!|>'\"@`-#[]{}", 15)
VALUE = st.one_of(
    WORD,
    WORD.map(lambda w: f'"{w}"'),
    WORD.map(lambda w: f"'{w}'"),
    st.lists(_word(" ._-", 8), max_size=4).map(lambda ws: "[" + ", ".join(ws) + "]"),
    st.sampled_from(["", "~", "null", "NO", "yes", "010", "12:30", "2022-02-17", "1e3"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(KEY, VALUE), min_size=1, max_size=6))
def test_fast_path_agrees_with_libyaml(pairs: list[tuple[str, str]]) -> None:
    block = "".join(f"{k}: {v}\n" if v else f"{k}:\n" for k, v in pairs)
    try:
        expected = parse_yaml_events(block)
    except Exception:  # noqa: BLE001 - invalid YAML: the fast path must not accept it
        try:
            parse_yaml_mapping(block)
        except Exception:  # noqa: BLE001
            return
        raise AssertionError(f"fast path accepted invalid YAML: {block!r}") from None
    assert parse_yaml_mapping(block) == expected
