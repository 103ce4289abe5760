"""Where the bundled corpus and stylesheets live, installed or from a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries them under the package (pyproject force-include); an editable
    # install or a source checkout has them at the repository's top level.
    inside = _PACKAGE / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / name


def seeds_dir() -> Path:
    return _bundled("seeds")


def styles_dir() -> Path:
    return _bundled("styles")


def package_data(*parts: str) -> Path:
    """A file shipped inside the package (gazetteer, word lists)."""
    return _PACKAGE.joinpath(*parts)
