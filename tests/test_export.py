import csv
import io
import json
import os

import yaml

from sahel_tui.corpus.model import LoadProblem
from sahel_tui.export import SCHEMA, neutralise_cell, render, write_atomic

from factories import make_facts, small_corpus

PROBLEMS = [LoadProblem("corpus/broken.md", "front matter is not a mapping (got a list)")]


def test_json_document_shape_and_offsets():
    doc = json.loads(render("json", small_corpus(), PROBLEMS, with_text=True))
    assert doc["schema"] == SCHEMA
    assert doc["errors"] == [{"path": "corpus/broken.md",
                              "message": "front matter is not a mapping (got a list)",
                              "severity": "skipped"}]
    a1 = doc["articles"][0]
    assert a1["id"] == "a1" and a1["published"] == "2022-02-17" and a1["url"] is None
    for art in doc["articles"]:
        fields = {"title": art["title"], "body": art["body"]}
        for key in ("actors", "dates", "figures"):
            for m in art[key]:
                assert fields[m["field"]][m["start"]:m["end"]] == m["text"]
                s = art["sentences"][m["sentence"]]
                assert s["field"] == m["field"] and s["start"] <= m["start"] < m["end"] <= s["end"]
    fig = a1["figures"][0]
    assert fig == {"field": "body", "start": 12, "end": 17, "text": "2,400", "value": 2400,
                   "unit": "soldiers", "approx": False, "actor": "france", "sentence": 1}


def test_body_only_with_text():
    doc = json.loads(render("json", small_corpus(), []))
    assert "body" not in doc["articles"][0]


def test_jsonl_articles_then_errors():
    lines = render("jsonl", small_corpus(), PROBLEMS).splitlines()
    assert len(lines) == 4
    assert [json.loads(x)["id"] for x in lines[:3]] == ["a1", "a2", "a3"]
    assert json.loads(lines[3]) == {"error": {"path": "corpus/broken.md", "message":
                                    "front matter is not a mapping (got a list)",
                                    "severity": "skipped"}}


def test_yaml_is_the_json_document():
    facts = small_corpus()
    assert yaml.safe_load(render("yaml", facts, PROBLEMS)) == json.loads(render("json", facts, PROBLEMS))


def test_csv_rows_numbers_and_formula_neutralisation():
    evil = make_facts("evil", "=HYPERLINK(\"http://x\") said 40 men.",
                      actors=[("=HYPERLINK(\"http://x\")", "x", "+cmd", "person")],
                      figures=[("40", 40, "men", None)])
    rows = list(csv.reader(io.StringIO(render("csv", small_corpus() + [evil], []))))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["article", "list", "field", "start", "end", "text"]
    assert len(body) == 6 + 5 + 3 + 2  # one row per mention, every list of every article
    evil_rows = [r for r in body if r[0] == "evil"]
    assert evil_rows[0][5].startswith("'=") and evil_rows[0][7] == "'+cmd"
    assert evil_rows[0][-1].startswith("'=")  # the sentence text too
    fig = [r for r in body if r[1] == "figures" and r[0] == "a1"][0]
    assert fig[7] == "2400" and fig[8] == "soldiers" and fig[10] == "france"
    assert neutralise_cell(-3) == -3 and neutralise_cell("-3") == "'-3"


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.json"]
