"""Find the article files under the given paths and read them, safely.

Why it is written this way (SECURITY.md rule 5):

- Folders are walked with ``os.scandir`` and an explicit stack: entry types come from
  the directory listing (an ``lstat`` when the OS does not say), so a FIFO, socket or
  device is never opened, and a deep tree cannot exhaust Python's recursion limit.
- Hidden entries (names starting with ".") are skipped silently in folders: ``.git``,
  editor folders and macOS ``._name.md`` resource forks are never articles. A hidden
  file named on the command line is read.
- Entries are visited sorted by name, so the order (and with it the ids) is the same
  on every run and every machine.
- Folder symlinks are never followed: one pointing inside the corpus is read through
  its real path anyway, one pointing to a parent is a loop, one pointing outside
  leaves the corpus. Real folders are also tracked by (device, inode), so a bind-mount
  loop ends too.
- File symlinks are read when their target is a regular file inside the corpus root.
- Files are opened with ``O_NONBLOCK | O_NOFOLLOW`` and checked again with ``fstat``:
  if an entry is swapped for a FIFO or a symlink between listing and opening, the open
  neither blocks nor follows, and the file is skipped.
- At most ``max_bytes + 1`` bytes are read, never the whole of a huge file.

Paths shown to the user are cleaned (control characters, undecodable bytes of
non-UTF-8 names) so a hostile file name cannot write to the terminal either.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sahel_tui.corpus.clean import clean_text
from sahel_tui.corpus.model import LoadProblem

__all__ = [
    "ARTICLE_EXTENSIONS",
    "FileProblem",
    "Source",
    "display_name",
    "find_sources",
    "read_source",
]

ARTICLE_EXTENSIONS = frozenset((".txt", ".md", ".markdown", ".json", ".jsonl"))

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True, slots=True)
class Source:
    """One file to load: ``display`` is what the user sees, ``open_path`` what we open."""

    display: str
    open_path: str
    ext: str  # lower-case extension; "" or unknown means "read as text"
    stem: str  # display stem, for the article id
    follow: bool = False  # the user named this file: follow a symlink to it


class FileProblem(Exception):
    """A file could not be read; the message says why in plain words."""


def display_name(name: str) -> str:
    """A path or name as the user may see it: one line, no controls, no lone surrogates."""
    if name.isprintable():
        return name
    name = clean_text(name)
    return name.replace("\n", "\u2424").replace("\t", "\u2409")


def _ext(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _stem(display: str) -> str:
    name = os.path.basename(display.rstrip("/" + os.sep)) or display
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special file"


def _oserror(exc: OSError, what: str = "file") -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{what} cannot be read (permission denied)"
    if exc.errno == errno.ENOENT:
        return f"{what} vanished before it could be read"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENAMETOOLONG:
        return "path is too long"
    reason = exc.strerror or type(exc).__name__
    return f"{what} cannot be read ({reason})"


def _problem(display: str, message: str, severity: str = "skipped") -> LoadProblem:
    return LoadProblem(display, message, severity)  # type: ignore[arg-type]


def find_sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Source | LoadProblem]:
    """Yield every article file under ``paths`` in a deterministic order, or a problem."""
    for arg in paths:
        try:
            raw = os.fsdecode(os.fspath(arg))
        except TypeError:
            yield _problem(display_name(repr(arg)[:100]), "not a path")
            continue
        shown = display_name(raw)
        try:
            st = os.stat(raw)  # the user named it: follow a symlink given on the command line
        except OSError as exc:
            if exc.errno == errno.ENOENT:
                message = (
                    "dangling symlink (its target does not exist)"
                    if os.path.islink(raw)
                    else "no such file or folder"
                )
            else:
                message = _oserror(exc, "path")
            yield _problem(shown, message)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(raw, shown, st)
        elif stat.S_ISREG(st.st_mode):
            yield Source(shown, raw, _ext(raw), _stem(shown), follow=True)
        else:
            yield _problem(shown, f"not a regular file ({_kind(st.st_mode)})")


def _list(folder: str) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as listing:
        return sorted(listing, key=lambda e: e.name)


def _walk(root: str, shown_root: str, root_st: os.stat_result) -> Iterator[Source | LoadProblem]:
    """Depth-first, entries in name order at every level (``a/x.txt`` before ``b.txt``)."""
    root_real = os.path.realpath(root)
    prefix = root_real if root_real.endswith(os.sep) else root_real + os.sep
    seen: set[tuple[int, int]] = {(root_st.st_dev, root_st.st_ino)}
    try:
        top = _list(root)
    except OSError as exc:
        yield _problem(shown_root, _oserror(exc, "folder"))
        return
    # Each frame: (remaining entries, folder as shown, real path of the folder)
    stack: list[tuple[Iterator[os.DirEntry[str]], str, str]] = [(iter(top), shown_root, root_real)]
    while stack:
        entries, shown_folder, real_folder = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        name = entry.name
        if name[0] == ".":
            continue  # .git, .obsidian, macOS "._x.md" resource forks: never articles
        dot = name.rfind(".")
        ext = name[dot:].lower() if dot > 0 else ""
        shown = ""
        try:
            if entry.is_dir(follow_symlinks=False):
                shown = os.path.join(shown_folder, display_name(name))
                st = entry.stat(follow_symlinks=False)
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    yield _problem(shown, "folder already read (a loop); not followed")
                    continue
                seen.add(key)
                try:
                    listed = _list(entry.path)
                except OSError as exc:
                    yield _problem(shown, _oserror(exc, "folder"))
                    continue
                stack.append((iter(listed), shown, os.path.join(real_folder, name)))
            elif entry.is_symlink():
                shown = os.path.join(shown_folder, display_name(name))
                yield from _symlink(entry.path, shown, name, prefix, real_folder)
            elif ext in ARTICLE_EXTENSIONS:
                shown_name = display_name(name)
                shown = os.path.join(shown_folder, shown_name)
                if entry.is_file(follow_symlinks=False):
                    yield Source(shown, entry.path, ext, _stem(shown_name))
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    yield _problem(shown, f"not a regular file ({_kind(mode)})")
        except OSError as exc:
            yield _problem(shown or os.path.join(shown_folder, display_name(name)), _oserror(exc))


def _symlink(
    path: str, shown: str, name: str, prefix: str, real_folder: str
) -> Iterator[LoadProblem | Source]:
    ext = _ext(name)
    relevant = ext in ARTICLE_EXTENSIONS or ext == ""
    try:
        target = os.stat(path)
    except OSError as exc:
        if relevant:
            if exc.errno == errno.ENOENT:
                yield _problem(shown, "dangling symlink (its target does not exist)")
            else:
                yield _problem(shown, _oserror(exc))
        return
    real = os.path.realpath(path)
    inside = (real + os.sep).startswith(prefix)
    if stat.S_ISDIR(target.st_mode):
        if not inside:
            yield _problem(shown, "symlink points outside the corpus; not followed")
        elif (real_folder + os.sep).startswith(real + os.sep):
            yield _problem(shown, "symlink loop (points to a parent folder); not followed")
        else:
            yield _problem(
                shown, "folder symlink not followed (its target is read directly)", "notice"
            )
        return
    if ext not in ARTICLE_EXTENSIONS:
        return
    if not inside:
        yield _problem(shown, "symlink points outside the corpus; not followed")
    elif not stat.S_ISREG(target.st_mode):
        yield _problem(shown, f"symlink to a non-regular file ({_kind(target.st_mode)})")
    else:
        yield Source(shown, real, ext, _stem(shown))


def read_source(source: Source, max_bytes: int) -> tuple[bytes, bool]:
    """Read at most ``max_bytes`` of a regular file; return (data, truncated).

    Raises FileProblem with a plain-words reason.
    """
    flags = _OPEN_FLAGS if source.follow else _OPEN_FLAGS | _NOFOLLOW
    try:
        fd = os.open(source.open_path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not source.follow:
            raise FileProblem("file was replaced by a symlink while loading") from None
        raise FileProblem(_oserror(exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem(f"not a regular file ({_kind(st.st_mode)})")
        want = max(0, max_bytes) + 1
        chunks: list[bytes] = []
        total = 0
        request = min(want, st.st_size + 1) if st.st_size else min(want, 1 << 16)
        while total < want:
            chunk = os.read(fd, min(request, want - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if len(chunk) < request and total <= st.st_size:
                break  # a short read of a regular file at its known size: end of file
            request = min(want - total, 1 << 20) or 1
    except OSError as exc:
        raise FileProblem(_oserror(exc)) from None
    finally:
        os.close(fd)
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False
