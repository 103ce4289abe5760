"""Command line: ``sahel-tui [PATH...]`` opens the reader, ``sahel-tui extract`` exports facts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import NoReturn

from sahel_tui import __version__

PROG = "sahel-tui"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def version_line() -> str:
    try:
        textual_version = metadata.version("textual")
    except metadata.PackageNotFoundError:
        textual_version = "not installed"
    return f"{PROG} {__version__} (Textual {textual_version})"


def _reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="A terminal reader for Sahel conflict news: articles with their actors, "
        "dates and figures. With no PATH, opens the bundled corpus.",
        epilog=f"Batch export: {PROG} extract PATH... [--format json|jsonl|yaml|csv] "
        "[--with-text] [-o FILE]  (see '{PROG} extract --help')",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--version", action="version", version=version_line())
    p.add_argument("--gazetteer", metavar="FILE", help="YAML file of extra actors")
    p.add_argument("--theme", metavar="NAME", help="colour theme (e.g. ansi-dark, ansi-light)")
    p.add_argument(
        "--no-animations", action="store_true", help="switch animations off (also TEXTUAL_ANIMATIONS=none)"
    )
    return p


def _extract_parser() -> argparse.ArgumentParser:
    from sahel_tui.export import FORMATS

    p = _Parser(
        prog=f"{PROG} extract",
        description="Load articles, extract actors, dates and figures, write them with "
        "provenance (schema sahel-tui.facts/1). Exit status: 0 when at least one article "
        "loaded, 1 when none could be, 2 for usage errors.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled corpus)"
    )
    p.add_argument("--format", "-f", choices=FORMATS, default="json")
    p.add_argument("--with-text", action="store_true", help="include each article's body")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically), not stdout")
    p.add_argument("--gazetteer", metavar="FILE", help="YAML file of extra actors")
    return p


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _fail(status: int, message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return status


def _load_gazetteer(path: str | None):  # noqa: ANN202 - returns Gazetteer
    from sahel_tui.facts.gazetteer import GazetteerError, load_gazetteer

    try:
        return load_gazetteer(Path(path) if path else None)
    except GazetteerError as exc:
        raise SystemExit(_fail(2, f"gazetteer: {exc}")) from None


def run_extract(argv: Sequence[str]) -> int:
    args = _extract_parser().parse_args(argv)
    from sahel_tui.corpus import load_corpus
    from sahel_tui.export import render, write_atomic
    from sahel_tui.facts.pipeline import extract_all

    if args.output and Path(args.output).is_dir():
        return _fail(2, f"-o {args.output}: is a folder, not a file")
    gazetteer = _load_gazetteer(args.gazetteer)
    if not args.paths:
        from sahel_tui.resources import seeds_dir

        args.paths = [str(seeds_dir())]
    result = load_corpus(args.paths)
    facts = list(extract_all(result.articles, gazetteer))
    text = render(args.format, facts, result.problems, with_text=args.with_text)
    if args.output:
        try:
            write_atomic(args.output, text)
        except OSError as exc:
            return _fail(1, f"cannot write {args.output}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    skipped = [p for p in result.problems if p.severity == "skipped"]
    if not facts:
        return _fail(1, f"no article could be loaded from {' '.join(args.paths)} "
                        f"({len(skipped)} skipped; see 'errors')")
    if result.problems:
        notices = len(result.problems) - len(skipped)
        print(
            f"{PROG}: {_count(len(facts), 'article')}, {_count(len(skipped), 'file')} skipped, "
            f"{_count(notices, 'notice')} (listed under 'errors')",
            file=sys.stderr,
        )
    return 0


def run_reader(argv: Sequence[str]) -> int:
    args = _reader_parser().parse_args(argv)
    gazetteer_path = Path(args.gazetteer) if args.gazetteer else None
    if gazetteer_path is not None:
        _load_gazetteer(args.gazetteer)  # report a bad file before the screen opens
    try:
        from sahel_tui.tui.app import run_app
    except ImportError:
        print(f"{PROG}: the reader is coming; use '{PROG} extract PATH' meanwhile.")
        return 0
    return run_app(
        args.paths, gazetteer=gazetteer_path, theme=args.theme, animations=not args.no_animations
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "extract":
            return run_extract(args[1:])
        return run_reader(args)
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        try:
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
