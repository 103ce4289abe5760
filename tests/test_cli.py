"""`sahel-tui extract` and the command line, end to end through the real pipeline."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sahel_tui.cli import main
from sahel_tui.resources import seeds_dir

GOOD = """---
title: "French troops leave Gao"
source: Desk
published: 2022-08-16
---
France said on Monday that 2,400 soldiers had left Mali. ECOWAS leaders met in Abuja.
"""


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _check_offsets(doc):
    for art in doc["articles"]:
        fields = {"title": art["title"], "body": art["body"]}
        for key in ("actors", "dates", "figures"):
            spans = []
            for m in art[key]:
                assert fields[m["field"]][m["start"]:m["end"]] == m["text"], (art["path"], m)
                assert 0 <= m["sentence"] < len(art["sentences"])
                spans.append((m["field"], m["start"], m["end"]))
            for (f1, _, e1), (f2, s2, _) in zip(spans, spans[1:]):
                assert f1 != f2 or e1 <= s2, f"overlap in {art['path']} {key}"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Niger junta\nSoldiers seized power in Niamey in July 2023.\n")
    return tmp_path


def test_version_names_both_versions(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert re.match(r"sahel-tui \d+\.\d+\.\d+ \(Textual \d+\.\d+", out)


def test_extract_json_with_text(capsys, corpus):
    code, out, err = _run(capsys, "extract", "--format", "json", "--with-text", str(corpus))
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["schema"] == "sahel-tui.facts/1" and doc["errors"] == []
    by_path = {Path(a["path"]).name: a for a in doc["articles"]}
    assert set(by_path) == {"a.md", "b.txt"}
    a = by_path["a.md"]
    assert a["title"] == "French troops leave Gao" and a["published"] == "2022-08-16"
    assert {m["text"] for m in a["actors"]} >= {"France", "Mali", "ECOWAS", "French"}
    assert any(m["text"] == "Monday" and m["value"] == "2022-08-15" for m in a["dates"])
    assert any(m["value"] == 2400 and m["unit"] == "soldiers" for m in a["figures"])
    assert by_path["b.txt"]["published"] is None
    _check_offsets(doc)


def test_bundled_corpus_every_seed_article_offsets_hold(capsys):
    code, out, _ = _run(capsys, "extract", "--with-text")
    assert code == 0
    doc = json.loads(out)
    files = sorted(p.name for p in seeds_dir().iterdir() if p.suffix in {".txt", ".md", ".json", ".jsonl"})
    assert len(files) >= 13
    loaded = {Path(a["path"]).name for a in doc["articles"]}
    assert set(files) <= loaded and doc["errors"] == []
    _check_offsets(doc)


def test_problems_are_listed_and_counted(capsys, corpus):
    (corpus / "broken.md").write_text("---\n- a\n- list\n---\nbody\n")
    (corpus / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = _run(capsys, "extract", str(corpus))
    assert code == 0
    doc = json.loads(out)
    errors = {Path(e["path"]).name: e for e in doc["errors"]}
    assert set(errors) == {"broken.md", "binary.md"}
    # A list as front matter loads degraded (its body is still worth reading)...
    assert "mapping" in errors["broken.md"]["message"] and errors["broken.md"]["severity"] == "notice"
    # ...a binary file is skipped.
    assert errors["binary.md"]["severity"] == "skipped"
    assert len(doc["articles"]) == 3
    assert err.count("\n") == 1 and "3 articles, 1 file skipped, 1 notice " in err


def test_nothing_loadable_exits_1_with_one_line(capsys, tmp_path):
    (tmp_path / "binary.md").write_bytes(b"\x00" * 64)
    code, out, err = _run(capsys, "extract", str(tmp_path))
    assert code == 1 and err.count("\n") == 1 and "no article" in err
    assert json.loads(out)["articles"] == []
    code, _, err = _run(capsys, "extract", str(tmp_path / "missing"))
    assert code == 1 and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["extract", "--format", "xml", "x"], ["extract", "--bogus", "x"]])
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error" in err


def test_output_file_is_written_and_folder_refused(capsys, corpus, tmp_path):
    target = tmp_path / "out.yaml"
    code, out, _ = _run(capsys, "extract", "--format", "yaml", "-o", str(target), str(corpus / "a.md"))
    assert code == 0 and out == ""
    assert "sahel-tui.facts/1" in target.read_text(encoding="utf-8")
    code, _, err = _run(capsys, "extract", "-o", str(tmp_path), str(corpus))
    assert code == 2 and "folder" in err


def test_csv_neutralises_formulas(capsys, tmp_path):
    (tmp_path / "f.txt").write_text("=HYPERLINK(\"http://x\",\"Mali\")\n=1+2 Mali sent 40 soldiers.\n")
    code, out, _ = _run(capsys, "extract", "--format", "csv", str(tmp_path))
    assert code == 0
    assert not re.search(r"(^|,)[=+@]", out.split("\n", 1)[1], re.M)


def test_bad_gazetteer_is_a_usage_error_naming_the_file(capsys, corpus, tmp_path):
    gaz = tmp_path / "mine.yaml"
    gaz.write_text("actors: [ {name: X, kind: spaceship} ]\n")
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--gazetteer", str(gaz), str(corpus)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "mine.yaml" in err and err.count("\n") == 1


def test_user_gazetteer_adds_an_actor(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe Zarma Defence League attacked a post.\n")
    gaz = tmp_path / "mine.yaml"
    gaz.write_text("actors:\n  - {name: Zarma Defence League, kind: armed_group, aliases: [ZDL]}\n")
    code, out, _ = _run(capsys, "extract", "--gazetteer", str(gaz), str(tmp_path / "a.txt"))
    assert code == 0
    actors = json.loads(out)["articles"][0]["actors"]
    assert {"text": "Zarma Defence League", "kind": "armed_group", "actor": "zarma-defence-league"}.items() <= actors[0].items()


def test_module_entry_point_and_no_traceback_on_hostile_files():
    hostile = Path(__file__).parent / "hostile"
    proc = subprocess.run([sys.executable, "-m", "sahel_tui", "extract", "--format", "jsonl", str(hostile)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert b"Traceback" not in proc.stderr
    out = proc.stdout.decode("utf-8")
    for bad in ("\x1b", "\x9b", "\x07", "\x00", "\u202e"):
        assert bad not in out  # json escapes control characters; none arrive raw
    assert json.loads(out.splitlines()[0])
