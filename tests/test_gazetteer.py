"""The gazetteer: loading, merging, folding, errors. Hand-written data only."""

from __future__ import annotations

import pytest

from sahel_tui.facts.folding import ascii_fold, fold_token, fold_tokens, fold_with_map, slug
from sahel_tui.facts.gazetteer import (
    Gazetteer,
    GazetteerError,
    default_gazetteer,
    gazetteer_from_yaml,
    load_gazetteer,
)


def test_default_is_loaded_once_and_immutable():
    g = default_gazetteer()
    assert g is default_gazetteer()
    assert load_gazetteer(None) is g
    assert len(g) > 100
    with pytest.raises(AttributeError):
        g.candidate = None  # type: ignore[misc]


def test_every_kind_is_present():
    kinds = {e.kind for e in default_gazetteer()}
    assert kinds == {"state", "person", "armed_group", "force", "organisation", "institution"}


def test_ids_are_slugs_of_names_by_default():
    g = default_gazetteer()
    assert g.get("burkina-faso").name == "Burkina Faso"
    assert slug("Burkina Faso") == "burkina-faso"
    assert slug("al-Qaeda in the Islamic Maghreb") == "al-qaeda-in-the-islamic-maghreb"
    assert slug("Salif Ouédraogo") == "salif-ouedraogo"
    assert slug("  ") == "actor"


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Goïta", "assimi-goita"),
        ("GOITA", "assimi-goita"),
        ("Minusma", "minusma"),
        ("MINUSMA", "minusma"),
        ("Burkinabè", "burkina-faso"),
        ("Burkinabe", "burkina-faso"),
        ("al Qaeda", "al-qaeda"),
        ("US", "united-states"),
        ("U.S.", "united-states"),
    ],
)
def test_lookup_folds_accents_case_and_punctuation(phrase, actor):
    e = default_gazetteer().lookup(phrase)
    assert e is not None and e.id == actor


def test_leading_article_is_not_part_of_an_alias():
    g = default_gazetteer()
    assert g.lookup("the Kremlin") is not None
    assert g.lookup("the Kremlin") is g.lookup("Kremlin")


def test_short_capital_aliases_only_as_written():
    g = default_gazetteer()
    assert g.lookup("us") is None
    assert g.lookup("Us") is None
    assert g.lookup("un") is None


def test_folding_helpers():
    assert fold_token("Goïta") == "goita"
    assert fold_tokens("U.S. Africa Command") == ("u", "s", "africa", "command")
    assert fold_tokens("al-Qaeda") == ("al", "qaeda")
    assert ascii_fold("Ouédraogo’s") == "Ouedraogo's"
    text = "Goïta’s ÉCOWAS"
    folded, offsets = fold_with_map(text)
    assert folded == "goita's ecowas"
    assert len(offsets) == len(folded) + 1
    i = folded.index("ecowas")
    assert text[offsets[i] : offsets[i + len("ecowas")]] == "ÉCOWAS"


# ------------------------------------------------------------------------ user files
def test_user_file_adds_and_replaces(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "actors:\n"
        "  - {name: Zarma Defence League, kind: armed_group, aliases: [ZDL]}\n"
        "  - {name: Mali, kind: state, id: mali, aliases: [Malian Republic], demonyms: [Malian]}\n",
        encoding="utf-8",
    )
    g = load_gazetteer(f)
    assert isinstance(g, Gazetteer)
    assert g.get("zarma-defence-league").kind == "armed_group"
    assert g.lookup("ZDL").id == "zarma-defence-league"
    mali = g.get("mali")
    assert mali.aliases == ("Malian Republic",)
    assert mali.capitals == ()  # replaced whole, not merged
    assert g.lookup("Malian Republic").id == "mali"
    # the built-in one is untouched
    assert default_gazetteer().get("mali").capitals


def test_user_alias_wins_over_builtin_for_the_same_words(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("actors:\n  - {name: Sahel Wire Desk, kind: organisation, aliases: [Mali]}\n")
    g = load_gazetteer(f)
    assert g.lookup("Mali").id == "sahel-wire-desk"


def test_user_anchored_heads_and_phrases(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "phrases: [Mali Cup]\n"
        "anchored_heads:\n  - {heads: [customs service], name: '{adjective} Customs'}\n"
    )
    g = load_gazetteer(f)
    assert g.head(("customs", "service")) == "{adjective} Customs"
    assert "Mali Cup" in g.phrases


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("actors: [ {name: X, kind: spaceship} ]\n", "unknown kind 'spaceship'"),
        ("actors: [ {kind: state} ]\n", "missing name"),
        ("actors: [ {name: X} ]\n", "missing kind"),
        ("- just\n- a list\n", "not a mapping"),
        ("actors: [ {name: X, kind: state\n", "bad YAML"),
        ("actors: {name: X}\n", "'actors' must be a list"),
        ("actors: [ {name: X, kind: state, alias: [Y]} ]\n", "unknown key 'alias'"),
        ("actors: [ {name: X, kind: state, aliases: {a: 1}} ]\n", "aliases must be a list"),
        ("actors: [ {name: X, kind: state, id: 'Not A Slug'} ]\n", "id must be"),
        ("colour: red\n", "unknown top-level key 'colour'"),
        ("anchored_heads: [ {heads: [army], name: '{country} Army'} ]\n", "placeholder"),
        ("anchored_heads: [ {name: '{adjective} Army'} ]\n", "missing heads"),
        ("actors: [ 42 ]\n", "must be a mapping"),
        ("actors: [ {name: '...', kind: state} ]\n", "no letters"),
    ],
)
def test_errors_name_the_file_and_the_problem(tmp_path, content, needle):
    f = tmp_path / "my-gaz.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as exc:
        load_gazetteer(f)
    msg = str(exc.value)
    assert "my-gaz.yaml" in msg
    assert needle in msg
    assert "\n" not in msg


def test_unreadable_files(tmp_path):
    with pytest.raises(GazetteerError, match="missing.yaml: cannot read"):
        load_gazetteer(tmp_path / "missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("actors: [ {name: Ségou, kind: state} ]".encode("latin-1"))
    with pytest.raises(GazetteerError, match="latin1.yaml: not UTF-8"):
        load_gazetteer(bad)


def test_empty_user_file_is_the_builtin_gazetteer(tmp_path):
    f = tmp_path / "empty.yaml"
    f.write_text("# nothing yet\n")
    assert len(load_gazetteer(f)) == len(default_gazetteer())


def test_standalone_gazetteer_from_yaml():
    g = gazetteer_from_yaml(
        "actors:\n"
        "  - {name: Freedonia, kind: state, demonyms: [Freedonian], capitals: [Fredville]}\n"
        "phrases: [Freedonia Times]\n"
    )
    assert len(g) == 1
    assert g.lookup("Freedonian").id == "freedonia"
    assert g.lookup("Freedonia Times") is None  # a blocking phrase names no actor
    assert g.aliases_of("freedonia") == ("Freedonia", "Freedonian", "Fredville")


# ------------------------------------------------------------------------- word lists
def test_word_lists_are_folded_and_merged_over_builtin():
    gaz = gazetteer_from_yaml("word_lists:\n  document_heads: [Feuille de Route, Mémorandum]\n",
                              builtin=True)
    heads = gaz.words("document_heads")
    assert {"feuille de route", "memorandum", "plan"} <= heads
    assert gaz.words("no_such_list") == frozenset()


def test_word_lists_must_be_a_mapping_of_lists():
    with pytest.raises(GazetteerError, match="word_lists"):
        gazetteer_from_yaml("word_lists: [plan]\n")
    with pytest.raises(GazetteerError, match="word_lists.document_heads"):
        gazetteer_from_yaml("word_lists:\n  document_heads: {a: 1}\n")


def test_cap_word_split_latin1_pattern_gives_the_same_parts():
    """The Latin-1 split pattern is a speed path only: the same parts as the Unicode one."""
    import random

    from sahel_tui.facts.folding import CAP_WORD_SPLIT, cap_word_split

    rng = random.Random(3)
    alphabet = [chr(c) for c in range(256)] + ["’", "‐", "\u0301", "Ā", "Ǆ", "a", "A", " ", "-", "'"] * 20
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert cap_word_split(text) == CAP_WORD_SPLIT.split(text)
    assert cap_word_split("N'Diaye met Ségou's Lieutenant-Colonel") == [
        "", "N'Diaye", " met ", "Ségou", "'s ", "Lieutenant-Colonel", ""]
