"""Shared pytest fixtures."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# --- corpus loader fixtures ---------------------------------------------------------
# Hostile cases that cannot live in git (see tests/hostile/_generate.py for the rest).

HOSTILE_DIR = Path(__file__).parent / "hostile"


@pytest.fixture
def hostile_fs(tmp_path: Path) -> Path:
    """A corpus folder holding the filesystem cases of SECURITY.md's catalogue.

    ``tmp_path/outside.txt`` is a real article *outside* the corpus root ``tmp_path/root``.
    """
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "outside.txt").write_text("Outside the corpus\nSecret.\n")
    (root / "good.txt").write_text("A good article\nMali and Niger.\n")
    os.mkfifo(root / "fifo.md")
    (root / "loop").symlink_to(".")  # folder symlink to itself: a loop
    (root / "sub").mkdir()
    (root / "sub" / "back-to-root").symlink_to("..")  # a loop through a parent
    (root / "sub" / "nested.txt").write_text("Nested article\nChad.\n")
    (root / "link-out.txt").symlink_to(tmp_path / "outside.txt")
    (root / "link-out-dir").symlink_to(tmp_path)
    (root / "link-sub").symlink_to(root / "sub")  # inside: read through its real path
    (root / "dangling.md").symlink_to(root / "missing.md")
    (root / "link-inside.txt").symlink_to(root / "good.txt")
    (root / "link-to-fifo.md").symlink_to(root / "fifo.md")
    (root / "cycle-a.md").symlink_to(root / "cycle-b.md")
    (root / "cycle-b.md").symlink_to(root / "cycle-a.md")
    (root / "x.md").mkdir()
    (root / "x.md" / "in-x-md.txt").write_text("Inside x.md\nThe folder is walked.\n")
    name = os.fsencode(root) + b"/caf\xe9-\x1b[2J.txt"  # not UTF-8, with an ESC
    with open(name, "wb") as f:
        f.write(b"Non-UTF-8 file name\nBody.\n")
    (root / "same.txt").write_text("Same stem, .txt\nBody.\n")
    (root / "same.md").write_text("Same stem, .md\nBody.\n")
    (root / "a").mkdir()
    (root / "a" / "same.txt").write_text("Same stem in a subfolder\nBody.\n")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(os.fspath(root / "socket.md"))
    except OSError:  # pragma: no cover - path too long for AF_UNIX on some systems
        pass
    finally:
        sock.close()
    return root


@pytest.fixture(scope="session")
def many_files_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """One flat folder of 100,000 small article files (created once per session).

    Half are ``NNNNN.md`` and half ``NNNNN.txt`` with the same stems, so 50,000 ids
    collide: the id allocation must stay linear. The files are hard links to one file
    (5x faster to create than writing each; to the loader each is a regular file), and
    the folder is removed afterwards so runs do not pile up 100,000 inodes in /tmp.
    """
    count = 100_000
    root = tmp_path_factory.mktemp("many")
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(count // 2):
        if i % 10_000 == 0:  # ext4 allows 65,000 links to one inode
            original = root / f"original-{i}.txt"
            original.write_bytes(b"Short title\nMali and Niger.\n")
        os.link(original, corpus / f"{i:05d}.md")
        os.link(original, corpus / f"{i:05d}.txt")
    yield corpus, count
    shutil.rmtree(root, ignore_errors=True)
