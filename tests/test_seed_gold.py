"""Consistency checks for the bundled demo corpus (seeds/) and its gold annotations.

Every article in ``seeds/`` has a gold file ``tests/gold/<stem>.yaml`` that lists the
actor, date and figure mentions an extractor should find, following the annotation
guidelines of the development corpus (one entry per occurrence, in document order,
``where: title`` entries first). These tests check the gold files against the articles
only; they use neither the extractor nor anything outside this repository.

Locating rule (the same as the devset's): for each list, title mentions are searched in
the title and body mentions in the body, each one from the end of the previous mention
of the same list, taking the first occurrence that sits on word boundaries; an explicit
``start`` gives the body offset directly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"

ARTICLE_EXTS = (".txt", ".md", ".json")
ACTOR_KINDS = {"state", "person", "armed_group", "force", "organisation", "institution"}
DATE_KINDS = {"date", "month", "year", "weekday", "part", "duration", "range", "relative", "time"}
MODS = {"START", "MID", "END", "APPROX"}
LISTS = ("actors", "dates", "figures")
ALLOWED_KEYS = {
    "actors": {"text", "canonical", "kind", "where", "start"},
    "dates": {"text", "value", "kind", "approx", "mod", "where", "start"},
    "figures": {"text", "value", "unit", "approx", "where", "start"},
}

_D = r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?"
_T = r"T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?"
_POINT = rf"{_D}(?:{_T})?"
_N = r"\d+(?:\.\d+)?"
_DUR = (
    rf"P(?=\d|T\d)(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?"
    rf"(?:T(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?"
)
DATE_VALUE_RE = re.compile(
    rf"^(?:{_POINT}|{_DUR}|{_POINT}/{_POINT}|{_DUR}/{_POINT}|{_POINT}/{_DUR})$"
)


# --- loading -------------------------------------------------------------------------


def article_files() -> list[Path]:
    return sorted(
        p for p in SEEDS.iterdir() if p.is_file() and p.suffix in ARTICLE_EXTS
    )


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.yaml"))


def find_article(stem: str) -> Path | None:
    for ext in ARTICLE_EXTS:
        p = SEEDS / (stem + ext)
        if p.exists():
            return p
    return None


def load_article(path: Path) -> tuple[dict, str]:
    """Return (metadata, body) exactly as the gold offsets see them."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(raw)
        assert isinstance(data, dict), f"{path.name}: expected one article object"
        body = data.get("body")
        assert isinstance(body, str), f"{path.name}: 'body' must be a string"
        return data, body
    assert raw.startswith("---\n"), f"{path.name}: no front matter"
    end = raw.find("\n---\n", 4)
    assert end >= 0, f"{path.name}: front matter not closed"
    meta = yaml.safe_load(raw[4:end])
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, raw[end + len("\n---\n"):]


def load_gold(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    assert isinstance(gold, dict), f"{path.name}: not a mapping"
    return gold


# --- locating (port of the devset rule) ----------------------------------------------


def on_word_boundaries(hay: str, start: int, end: int, text: str) -> bool:
    if text[:1].isalnum() and start > 0 and hay[start - 1].isalnum():
        return False
    if text[-1:].isalnum() and end < len(hay) and hay[end].isalnum():
        return False
    return True


def find_bounded(hay: str, text: str, pos: int) -> int:
    """First occurrence of text in hay at or after pos that sits on word boundaries."""
    while True:
        i = hay.find(text, pos)
        if i < 0:
            return -1
        if on_word_boundaries(hay, i, i + len(text), text):
            return i
        pos = i + 1


def locate(title: str, body: str, items: list) -> list[tuple[str, int, int]]:
    """Resolve the mentions of one list to (field, start, end); raise on failure."""
    out = []
    pos_title = pos_body = 0
    seen_body = False
    for n, it in enumerate(items):
        text = it["text"]
        if it.get("where") == "title":
            assert not seen_body, f"[{n}] title mention {text!r} after body mentions"
            i = find_bounded(title, text, pos_title)
            assert i >= 0, f"[{n}] {text!r} not found in title after {pos_title}"
            pos_title = i + len(text)
            out.append(("title", i, i + len(text)))
            continue
        seen_body = True
        if "start" in it:
            i = it["start"]
            assert isinstance(i, int) and not isinstance(i, bool), f"[{n}] bad start {i!r}"
            assert body[i:i + len(text)] == text, f"[{n}] start {i} does not point at {text!r}"
            assert on_word_boundaries(body, i, i + len(text), text), f"[{n}] {text!r} off word boundaries"
            assert i >= pos_body, f"[{n}] start {i} before previous mention end {pos_body}"
        else:
            i = find_bounded(body, text, pos_body)
            assert i >= 0, f"[{n}] {text!r} not found in body after offset {pos_body}"
        pos_body = i + len(text)
        out.append(("body", i, i + len(text)))
    return out


# --- tests ---------------------------------------------------------------------------

GOLD_IDS = [p.stem for p in gold_files()]


def test_seed_dir_has_articles():
    assert len(article_files()) >= 14


def test_every_seed_file_has_gold():
    for p in SEEDS.iterdir():
        if p.name == ".keep":
            continue
        assert p.suffix in ARTICLE_EXTS, f"unexpected file in seeds/: {p.name}"
        assert (GOLD / (p.stem + ".yaml")).exists(), f"{p.name} has no gold file"


def test_seed_stems_are_unique():
    stems = [p.stem for p in article_files()]
    assert len(stems) == len(set(stems))


@pytest.mark.parametrize("stem", GOLD_IDS)
def test_article_exists_and_front_matter_parses(stem):
    path = find_article(stem)
    assert path is not None, f"no article for gold {stem}"
    meta, body = load_article(path)
    assert isinstance(meta.get("title"), str) and meta["title"].strip()
    assert isinstance(meta.get("source"), str) and meta["source"].strip()
    assert "\r" not in body
    assert len(body.split()) >= 50
    pub = meta.get("published")
    if pub is not None:
        if isinstance(pub, str):
            pub = dt.date.fromisoformat(pub)
        assert isinstance(pub, dt.date), f"published {pub!r} is not a date"
    tags = meta.get("tags")
    assert tags is None or (isinstance(tags, list) and all(isinstance(t, str) for t in tags))


@pytest.mark.parametrize("stem", GOLD_IDS)
def test_gold_mentions_located_in_order(stem):
    meta, body = load_article(find_article(stem))
    gold = load_gold(GOLD / (stem + ".yaml"))
    assert set(gold) == set(LISTS), f"top-level keys must be {LISTS}"
    for cat in LISTS:
        items = gold[cat]
        assert isinstance(items, list), f"{cat} must be a list"
        for it in items:
            assert isinstance(it, dict) and isinstance(it.get("text"), str), f"{cat}: bad entry {it!r}"
            assert it["text"] and it["text"] == it["text"].strip(), f"{cat}: bad text {it['text']!r}"
            assert set(it) <= ALLOWED_KEYS[cat], f"{cat}: unknown keys in {it!r}"
            if "where" in it:
                assert it["where"] == "title", f"{cat}: where must be 'title'"
        spans = locate(meta["title"], body, items)
        for (field, s, e), it in zip(spans, items):
            hay = meta["title"] if field == "title" else body
            assert hay[s:e] == it["text"]


@pytest.mark.parametrize("stem", GOLD_IDS)
def test_gold_field_values(stem):
    gold = load_gold(GOLD / (stem + ".yaml"))
    for it in gold["actors"]:
        assert it.get("kind") in ACTOR_KINDS, it
        assert isinstance(it.get("canonical"), str) and it["canonical"].strip(), it
        if it["kind"] == "person":
            assert it["canonical"].isascii(), f"person canonical not ASCII: {it}"
    for it in gold["dates"]:
        assert it.get("kind") in DATE_KINDS, it
        assert "value" in it, it
        v = it["value"]
        assert v is None or (isinstance(v, str) and DATE_VALUE_RE.match(v)), it
        if it["kind"] == "duration" and v is not None:
            assert v.startswith("P"), it
        if "approx" in it:
            assert isinstance(it["approx"], bool), it
        if "mod" in it:
            assert it["mod"] in MODS, it
    for it in gold["figures"]:
        assert "value" in it, it
        v = it["value"]
        assert v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)), it
        assert isinstance(it.get("unit"), str) and it["unit"].strip(), it
        assert isinstance(it.get("approx"), bool), it
        if v is None:
            assert it["approx"] is True, f"vague quantity must be approx: {it}"


@pytest.mark.parametrize("stem", GOLD_IDS)
def test_gold_spans_do_not_overlap(stem):
    meta, body = load_article(find_article(stem))
    gold = load_gold(GOLD / (stem + ".yaml"))
    for cat in LISTS:
        spans = locate(meta["title"], body, gold[cat])
        for field in ("title", "body"):
            seq = [(s, e) for f, s, e in spans if f == field]
            for (s1, e1), (s2, e2) in zip(seq, seq[1:]):
                assert e1 <= s2, f"{cat}: overlapping or unordered spans at {s1}-{e1} / {s2}-{e2}"
