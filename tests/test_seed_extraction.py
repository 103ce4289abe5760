"""Regression: the extractor against the hand-made gold of the bundled demo corpus.

Matching follows the development scorer: a system mention matches a gold mention of the
same list and field when their spans overlap (largest overlap first, each used once).
The floors sit a little under what the engine reaches today, so a change that loses
quality on real prose fails here before it lands.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from sahel_tui.corpus import load_corpus
from sahel_tui.facts.pipeline import extract_article

from test_seed_gold import GOLD, SEEDS, find_article, load_article, load_gold, locate

LISTS = ("actors", "dates", "figures")


def _match(gold, system):
    cands = []
    for gi, (gf, gs, ge, _) in enumerate(gold):
        for si, m in enumerate(system):
            if m.field == gf:
                ov = min(ge, m.end) - max(gs, m.start)
                if ov > 0:
                    cands.append((-ov, gi, si))
    cands.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gold[gi][3], system[si]))
    return pairs


def _unit_ok(gold_unit: str, unit: str | None) -> bool:
    if not unit:
        return False
    sing = lambda w: w[:-1] if w.endswith("s") and not w.endswith("ss") else w  # noqa: E731
    g = [sing(w) for w in gold_unit.lower().replace("-", " ").split()]
    s = {sing(w) for w in unit.lower().replace("-", " ").split()}
    return bool(g) and (g[0] in s or (g[0] == "%" and ("%" in s or "percent" in s)))


@pytest.fixture(scope="module")
def scores():
    result = load_corpus([SEEDS])
    by_stem = {Path(a.path).stem: a for a in result.articles}
    tot = {c: dict(gold=0, sys=0, tp=0, value=0, unit=0, kind=0) for c in LISTS}
    links: dict[str, dict[str, int]] = {}
    for gold_path in sorted(GOLD.glob("*.yaml")):
        stem = gold_path.stem
        meta, body = load_article(find_article(stem))
        art = by_stem[stem]
        assert art.body == body, f"{stem}: loader changed the body the gold indexes"
        facts = extract_article(art)
        gold = load_gold(gold_path)
        for cat in LISTS:
            spans = locate(str(meta.get("title") or ""), body, gold[cat])
            g = [(f, s, e, item) for (f, s, e), item in zip(spans, gold[cat])]
            system = list(getattr(facts, cat))
            pairs = _match(g, system)
            t = tot[cat]
            t["gold"] += len(g)
            t["sys"] += len(system)
            t["tp"] += len(pairs)
            for gi, m in pairs:
                if cat == "actors":
                    t["kind"] += gi["kind"] == m.kind
                    links.setdefault(gi["canonical"], {}).setdefault(m.actor, 0)
                    links[gi["canonical"]][m.actor] += 1
                elif cat == "dates":
                    gv = gi.get("value")
                    t["value"] += (gv is None and m.value is None) or (
                        gv is not None and m.value is not None and str(gv).upper() == m.value.upper())
                else:
                    gv = gi.get("value")
                    t["value"] += (gv is None and m.value is None) or (
                        gv is not None and m.value is not None and math.isclose(gv, m.value))
                    t["unit"] += _unit_ok(gi.get("unit", ""), m.unit)
    out = {}
    for cat, t in tot.items():
        p = t["tp"] / t["sys"] if t["sys"] else 0
        r = t["tp"] / t["gold"] if t["gold"] else 0
        out[cat] = {"f1": 2 * p * r / (p + r) if p + r else 0,
                    "kind": t["kind"] / t["tp"] if t["tp"] else 0,
                    "value": t["value"] / t["tp"] if t["tp"] else 0,
                    "unit": t["unit"] / t["tp"] if t["tp"] else 0}
    linked = sum(max(c.values()) for c in links.values())
    out["actors"]["linking"] = linked / sum(sum(c.values()) for c in links.values())
    return out


def test_actors_on_seed_gold(scores):
    a = scores["actors"]
    assert a["f1"] >= 0.95 and a["kind"] >= 0.95 and a["linking"] >= 0.97, a


def test_dates_on_seed_gold(scores):
    d = scores["dates"]
    assert d["f1"] >= 0.95 and d["value"] >= 0.90, d


def test_figures_on_seed_gold(scores):
    f = scores["figures"]
    assert f["f1"] >= 0.95 and f["value"] >= 0.95 and f["unit"] >= 0.85, f
