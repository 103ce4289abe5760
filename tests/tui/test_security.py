"""Untrusted text is never markup, and never reaches the terminal as control sequences."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sahel_tui.tui.safe_text import clean_line, clean_text

from .conftest import build_app, loaded

MARKUP = (
    "[@click=app.quit]quit[/] [@click=app.screenshot('pwned.svg','{dir}')]shot[/] "
    "[@click=app.simulate_key('q')]key[/] [link=https://evil.example]link[/link] "
    "[/ price [/] and [unclosed [b]bold"
)


def write_markup_corpus(root: Path, shots: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    m = MARKUP.format(dir=shots)
    body = f"France said {m} here.\nMali {m} again."
    (corpus / "a.md").write_text(
        f'---\ntitle: "{m.replace(chr(34), "")}"\nsource: "[@click=app.quit]src"\n'
        f"published: 2022-02-17\n---\n{body}\n",
        encoding="utf-8",
    )
    (corpus / "[@click=app.quit]name.txt").write_text(f"{m}\n{body}\n", encoding="utf-8")
    (corpus / "[@click=app.screenshot('x.svg','{shots}')]bad.md").write_text(
        "---\n- a list\n---\nbody\n", encoding="utf-8"
    )
    return corpus


async def test_clicking_every_line_of_markup_articles_runs_no_action(tmp_path, monkeypatch):
    shots = tmp_path / "shots"
    shots.mkdir()
    monkeypatch.chdir(tmp_path)
    corpus = write_markup_corpus(tmp_path, shots)
    app = build_app([corpus])
    async with app.run_test(size=(80, 30)) as pilot:  # narrow: the reader is full width
        await loaded(pilot)
        m = app.main
        assert len(app.store) == 3
        for article_id in m.articles.shown_ids:
            m.jump_to_article(article_id)
            await pilot.pause()
            reader = m.reader
            lines = min(len(reader._lines), reader.size.height)
            assert lines > 4
            for y in range(lines):
                await pilot.click(reader, offset=(2 + (y * 7) % (reader.size.width - 4), y))
        await pilot.press("1")
        for y in range(3):
            await pilot.click(m.articles, offset=(20, y))
        await pilot.press("1")
        await pilot.click("#status", offset=(30, 0))
        await pilot.press("e")
        table = app.screen.query_one("#problems-table")
        for y in range(3):
            await pilot.click(table, offset=(15, y))
        await pilot.click("#problems-detail", offset=(10, 0))
        await pilot.press("escape")
        assert app.is_running and app.return_code is None
        assert app.screen is m
    assert list(shots.iterdir()) == []
    assert not list(tmp_path.glob("*.svg"))


def test_clean_text_keeps_offsets_and_removes_controls():
    dirty = "a\x1b]52;c;eA==\x07b\x9bc\u202ed\te\nf"
    clean = clean_text(dirty)
    assert len(clean) == len(dirty)
    assert "\x1b" not in clean and "\x07" not in clean and "\x9b" not in clean
    assert "\u202e" not in clean and "\t" in clean and "\n" in clean
    assert "\n" not in clean_line("a\nb") and "\x1b" not in clean_line("x\x1b[2J")


# ---------------------------------------------------------------- under a real terminal

PAYLOADS = {
    "osc52": "\x1b]52;c;UFdORUQ=\x07",
    "osc8": "\x1b]8;;https://evil.example/\x07EVILLINK\x1b]8;;\x07",
    "osc0": "\x1b]0;PWNTITLE\x07",
    "csi2j": "\x1b[2JCLEARED",
    "c1": "\x9b31mC1RED",
    "bidi": "\u202eRTLTEXT",
}

FORBIDDEN = [
    b"\x1b]52;c;UFdORUQ=",
    b"\x1b]8;;https://evil",
    b"\x1b]0;PWNTITLE",
    b"\x1b]0;FNTITLE",
    b"\x1b[2JCLEARED",
    b"\x9b31mC1RED",
    b"\xc2\x9b",
    b"\xe2\x80\xae",
    b"\x07EVILLINK",
]


def write_hostile_corpus(root: Path) -> Path:
    corpus = root / "hostile"
    corpus.mkdir()
    everything = " ".join(PAYLOADS.values())
    for name, payload in PAYLOADS.items():
        (corpus / f"{name}.md").write_text(
            f'---\ntitle: "{name} {payload} title"\nsource: "src {payload}"\n'
            f"published: 2022-02-1{len(name) % 9}\n---\n"
            f"France said {payload} in Mali. {everything}\n",
            encoding="utf-8",
        )
    # A title on the first line (no front matter), raw control bytes in Latin-1.
    (corpus / "latin1.txt").write_bytes(b"Title \x9b2J\x1b]0;PWNTITLE\x07 here\nBody \xe9 \x9b31m.\n")
    # File names with escape sequences, one loadable and one broken.
    (corpus / "evil\x1b]0;FNTITLE\x07name.txt").write_text("A title\nA body.\n", encoding="utf-8")
    (corpus / "bad\x1b]0;FNTITLE\x07\u202e.md").write_text(
        "---\n- not a mapping\n---\nbody\n", encoding="utf-8"
    )
    (corpus / "broken.json").write_text('{"title": "\\u001b]52;c;UFdORUQ=\\u0007", ', encoding="utf-8")
    return corpus


def _read(fd: int, seconds: float, until: bytes | None = None, buf: bytearray | None = None) -> bytearray:
    out = buf if buf is not None else bytearray()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if until is not None and until in out:
                break
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_hostile_files_send_no_control_sequences_to_the_terminal(tmp_path):
    corpus = write_hostile_corpus(tmp_path)
    env = dict(os.environ)
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="40", TEXTUAL_ANIMATIONS="none")
    env.pop("NO_COLOR", None)
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "sahel_tui", str(corpus)],
        stdin=slave, stdout=slave, stderr=slave, env=env, cwd=tmp_path,
        start_new_session=True,
    )
    os.close(slave)
    out = bytearray()
    try:
        _read(master, 30, until=b"problems (e)", buf=out)
        _read(master, 1.0, buf=out)
        os.write(master, b"e")  # the load-problems screen shows the file names
        _read(master, 2.0, buf=out)
        os.write(master, b"\x1b")
        _read(master, 1.0, buf=out)
        os.write(master, b"s")  # corpus scope shows every fact
        _read(master, 1.0, buf=out)
        os.write(master, b"q")
        _read(master, 10, buf=out)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    data = bytes(out)
    assert b"problems (e)" in data, data[-2000:]
    assert b"Traceback" not in data
    # The hostile text was on screen (made harmless), not merely absent.
    assert b"osc52" in data and b"PWNTITLE" in data and b"FNTITLE" in data
    for payload in FORBIDDEN:
        assert payload not in data, payload
    assert proc.returncode == 0
