"""The extractors' YAML word lists hold words: YAML 1.1 reads bare on/off/yes/no as
booleans, which silently drops the word from its list."""

from pathlib import Path

import pytest
import yaml

import sahel_tui.facts

DATA = Path(sahel_tui.facts.__file__).parent / "data"


def _lists(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lists(v, (*path, str(k)))
    elif isinstance(node, list):
        yield path, node
        for v in node:
            yield from _lists(v, path)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_list_item_is_a_yaml_boolean_or_null(path):
    for where, items in _lists(yaml.safe_load(path.read_text(encoding="utf-8"))):
        bad = [v for v in items if isinstance(v, bool) or v is None]
        assert not bad, f"{path.name} {'/'.join(where)}: {bad} (quote the word)"
