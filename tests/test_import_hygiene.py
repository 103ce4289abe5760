"""The model layers never import Textual (STYLE.md: a plain model, a thin view)."""

import subprocess
import sys

import pytest

MODULES = [
    "sahel_tui.corpus",
    "sahel_tui.facts",
    "sahel_tui.facts.pipeline",
    "sahel_tui.facts.store",
    "sahel_tui.facts.filters",
    "sahel_tui.export",
    "sahel_tui.cli",
]


@pytest.mark.parametrize("module", MODULES)
def test_imports_without_textual(module: str) -> None:
    code = (
        "import sys\n"
        "sys.modules['textual'] = None\n"  # any 'import textual' now raises ImportError
        f"import {module}\n"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules"
        " if sys.modules[m] is not None)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
