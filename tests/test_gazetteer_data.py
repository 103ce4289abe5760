"""Consistency checks for the built-in actor gazetteer data (docs/gazetteer.md).

These tests read only the YAML files shipped in the package; they do not import the
matcher and do not depend on anything outside the repository.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

GAZ_DIR = Path(__file__).resolve().parents[1] / "src" / "sahel_tui" / "facts" / "data" / "gazetteer"

KIND_FILES = {
    "states.yaml": "state",
    "armed_groups.yaml": "armed_group",
    "forces.yaml": "force",
    "organisations.yaml": "organisation",
    "institutions.yaml": "institution",
    "people.yaml": "person",
}
ALL_FILES = [*KIND_FILES, "not_actors.yaml"]
KINDS = {"state", "person", "armed_group", "force", "organisation", "institution"}

COMMON_KEYS = {"name", "kind", "id", "aliases", "exact_case"}
KEYS_BY_KIND = {
    "state": COMMON_KEYS | {"demonyms", "adjective", "capitals"},
    "person": COMMON_KEYS | {"surnames"},
    # A union's seat used as metonymy for it when it acts ("Brussels said" -> EU).
    "organisation": COMMON_KEYS | {"capitals"},
}

# Surface forms deliberately shared by two entries, with the reason. Keys are folded
# forms (see `fold`). Keep this list short: every shared form is an ambiguity the
# matcher has to resolve.
SHARED_SURFACE_ALLOWED: dict[str, str] = {}

AFRICAN_STATES = {
    "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cape Verde",
    "Cameroon", "Central African Republic", "Chad", "Comoros",
    "Democratic Republic of the Congo", "Republic of the Congo", "Djibouti", "Egypt",
    "Equatorial Guinea", "Eritrea", "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana",
    "Guinea", "Guinea-Bissau", "Ivory Coast", "Kenya", "Lesotho", "Liberia", "Libya",
    "Madagascar", "Malawi", "Mali", "Mauritania", "Mauritius", "Morocco", "Mozambique",
    "Namibia", "Niger", "Nigeria", "Rwanda", "Sao Tome and Principe", "Senegal",
    "Seychelles", "Sierra Leone", "Somalia", "South Africa", "South Sudan", "Sudan",
    "Tanzania", "Togo", "Tunisia", "Uganda", "Zambia", "Zimbabwe",
}

OUTSIDE_POWERS = {
    "France", "United States", "United Kingdom", "Russia", "China", "Turkey", "Germany",
    "Italy", "Spain", "Belgium", "Netherlands", "Sweden", "Denmark", "Norway", "Estonia",
    "Czech Republic", "Portugal", "Ireland", "Canada", "Ukraine", "Iran", "Israel",
    "Saudi Arabia", "United Arab Emirates", "Qatar", "India", "Japan",
}

# Canonical names fixed by the annotation guidelines (devset README, section 3.1):
# (kind, canonical name, surface forms that must reach it).
GUIDELINE_CANONICALS = [
    ("state", "Mali", ["Mali", "Malian", "Bamako"]),
    ("state", "Niger", ["Niger", "Nigerien", "Niamey"]),
    ("state", "Nigeria", ["Nigeria", "Nigerian"]),
    ("state", "France", ["France", "French", "Paris"]),
    ("state", "Russia", ["Russia", "Russian", "Moscow"]),
    ("state", "Burkina Faso", ["Burkina Faso", "Burkina", "Burkinabe", "Burkinabè"]),
    ("state", "United States", ["United States", "U.S.", "US", "American", "Washington"]),
    ("state", "United Kingdom", ["Britain", "UK"]),
    ("state", "Chad", ["Chad", "Chadian"]),
    ("state", "Algeria", ["Algeria", "Algerian"]),
    ("state", "Ghana", ["Ghana", "Ghanaian"]),
    ("state", "Ivory Coast", ["Ivory Coast", "Côte d'Ivoire", "Ivorian"]),
    ("state", "Central African Republic", ["Central African Republic"]),
    ("force", "Operation Serval", ["Serval"]),
    ("force", "Operation Barkhane", ["Barkhane", "Operation Barkhane"]),
    ("force", "Task Force Takuba", ["Task Force Takuba"]),
    ("force", "MINUSMA", ["MINUSMA",
                          "United Nations Multidimensional Integrated Stabilization Mission in Mali"]),
    ("force", "AFISMA", ["AFISMA", "African-led International Support Mission to Mali"]),
    ("force", "G5 Sahel Joint Force", ["G5 Sahel Joint Force"]),
    ("armed_group", "Wagner Group", ["Wagner", "Wagner Group", "Wagner group"]),
    ("armed_group", "Africa Corps", ["Africa Corps"]),
    ("armed_group", "JNIM", ["JNIM", "Group for the Support of Islam and Muslims"]),
    ("armed_group", "al-Qaeda", ["al-Qaeda"]),
    ("armed_group", "al-Qaeda in the Islamic Maghreb", ["AQIM", "al-Qaeda in the Islamic Maghreb"]),
    ("armed_group", "Islamic State", ["Islamic State"]),
    ("armed_group", "Islamic State Sahel Province", ["ISSP", "Islamic State Sahel Province"]),
    ("armed_group", "Islamic State West Africa Province", ["Islamic State West Africa Province"]),
    ("armed_group", "Boko Haram", ["Boko Haram"]),
    ("armed_group", "Permanent Strategic Framework", ["CSP", "Permanent Strategic Framework"]),
    ("armed_group", "Front for Change and Concord in Chad", ["FACT"]),
    ("armed_group", "National Movement for the Liberation of Azawad", ["MNLA"]),
    ("armed_group", "Ansar Dine", ["Ansar Dine"]),
    ("armed_group", "Movement for Oneness and Jihad in West Africa", ["MUJAO"]),
    ("organisation", "United Nations", ["UN", "United Nations"]),
    ("organisation", "UN Security Council", ["UN Security Council"]),
    ("organisation", "ECOWAS", ["ECOWAS", "Economic Community of West African States"]),
    ("organisation", "ECOWAS Commission", ["ECOWAS Commission"]),
    ("organisation", "African Union", ["African Union"]),
    ("organisation", "European Union", ["European Union"]),
    ("organisation", "Alliance of Sahel States", ["AES", "Alliance of Sahel States"]),
    ("organisation", "G5 Sahel", ["G5 Sahel"]),
    ("organisation", "World Food Programme", ["WFP", "World Food Programme"]),
    ("institution", "Malian Armed Forces", ["FAMa", "Malian Armed Forces"]),
    ("institution", "United States Department of Defense", ["Pentagon", "U.S. Department of Defense"]),
    ("institution", "United States Department of State", ["State Department"]),
    ("institution", "United States Africa Command", ["AFRICOM", "U.S. Africa Command"]),
    ("institution", "National Council for the Safeguard of the Homeland", ["CNSP"]),
    ("institution", "Patriotic Movement for Safeguard and Restoration", ["MPSR"]),
    ("person", "Assimi Goita", ["Assimi Goïta", "Goïta", "Goita"]),
    ("person", "Ibrahim Boubacar Keita", ["Ibrahim Boubacar Keïta"]),
    ("person", "Idriss Deby", ["Idriss Déby"]),
    ("person", "Mahamat Idriss Deby", ["Mahamat Idriss Déby Itno", "Mahamat Idriss Deby"]),
    ("person", "Roch Marc Christian Kabore", ["Roch Marc Christian Kaboré"]),
    ("person", "Ibrahim Traore", ["Ibrahim Traoré"]),
    ("person", "Abdourahamane Tiani", ["Tiani", "Tchiani", "Abdourahamane Tchiani"]),
    ("person", "Amadou Haya Sanogo", ["Amadou Sanogo"]),
    ("person", "Paul-Henri Sandaogo Damiba", ["Damiba"]),
]

# (state, anchored phrase's head as written, expected canonical) from the guidelines.
GUIDELINE_ANCHORED = [
    ("Mali", "army", "Malian Armed Forces"),
    ("Mali", "Armed Forces", "Malian Armed Forces"),
    ("Mali", "junta", "Malian junta"),
    ("Niger", "junta", "Nigerien junta"),
    ("France", "army", "French Armed Forces"),
    ("France", "armed forces ministry", "French Ministry of the Armed Forces"),
    ("Burkina Faso", "army", "Burkinabe Armed Forces"),
    ("Russia", "Defence Ministry", "Russian Ministry of Defence"),
    ("Niger", "Ministry of National Defence", "Nigerien Ministry of National Defence"),
]

# Words the guidelines say are NOT institution heads (demonym + these = state only).
NOT_HEADS = {"government", "authorities", "forces", "troops", "embassy", "officials",
             "military rulers", "leadership", "soldiers", "regime"}


def fold(text: str) -> str:
    """Accent-, case- and apostrophe-insensitive form of a surface string."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def load(name: str) -> dict:
    with open(GAZ_DIR / name, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{name}: top level must be a mapping"
    return data


@pytest.fixture(scope="module")
def files() -> dict[str, dict]:
    return {name: load(name) for name in ALL_FILES}


@pytest.fixture(scope="module")
def entries(files) -> list[tuple[str, dict]]:
    out = []
    for name in KIND_FILES:
        for entry in files[name].get("actors") or []:
            out.append((name, entry))
    return out


def entry_id(entry: dict) -> str:
    return entry.get("id") or slug(entry["name"])


def surface_forms(entry: dict) -> list[str]:
    forms = [entry["name"]]
    for key in ("aliases", "demonyms", "capitals", "surnames"):
        forms.extend(entry.get(key) or [])
    return forms


def by_canonical(entries) -> dict[str, dict]:
    return {e["name"]: e for _, e in entries}


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize("name", ALL_FILES)
def test_file_parses(name):
    data = load(name)
    if name == "not_actors.yaml":
        assert isinstance(data.get("phrases"), list) and data["phrases"]
    else:
        assert isinstance(data.get("actors"), list) and data["actors"]


def test_entries_well_formed(entries):
    for fname, entry in entries:
        assert isinstance(entry, dict), (fname, entry)
        name = entry.get("name")
        assert isinstance(name, str) and name.strip() == name and name, (fname, entry)
        kind = entry.get("kind")
        assert kind in KINDS, (fname, name, kind)
        assert kind == KIND_FILES[fname], f"{fname}: {name} has kind {kind}"
        allowed = KEYS_BY_KIND.get(kind, COMMON_KEYS)
        extra = set(entry) - allowed
        assert not extra, f"{fname}: {name}: unexpected keys {sorted(extra)}"
        for key in ("aliases", "demonyms", "capitals", "surnames", "exact_case"):
            value = entry.get(key)
            if value is None:
                continue
            assert isinstance(value, list), (name, key)
            for item in value:
                assert isinstance(item, str) and item and item.strip() == item, (name, key, item)
        if "id" in entry:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["id"]), (name, entry["id"])


def test_ids_unique(entries):
    seen: dict[str, str] = {}
    for fname, entry in entries:
        eid = entry_id(entry)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid), (entry["name"], eid)
        assert eid not in seen, f"id {eid!r} used by {seen[eid]} and {fname}:{entry['name']}"
        seen[eid] = f"{fname}:{entry['name']}"


def test_exact_case_forms_are_surface_forms(entries):
    for _, entry in entries:
        forms = set(surface_forms(entry))
        for item in entry.get("exact_case") or []:
            assert item in forms, f"{entry['name']}: exact_case {item!r} is not one of its forms"


def test_no_span_junk_in_surface_forms(entries):
    """Possessives, parentheses and a leading article stay outside spans."""
    for _, entry in entries:
        for form in surface_forms(entry):
            assert not re.search(r"['\u2019]s$", form), (entry["name"], form)
            assert "(" not in form and ")" not in form, (entry["name"], form)
            assert not form.lower().startswith("the "), (entry["name"], form)


# Words that cannot be a whole surface form on their own: a sign that a comma inside
# an unquoted YAML flow list ("[Foreign, Commonwealth and Development Office]") split a
# name in two.
FRAGMENT_STARTS = ("and ", "of ", "for ", "the ", "in ", "de ", "du ", "des ")
FRAGMENT_WORDS = {"foreign", "security", "peace", "scientific", "commonwealth", "development",
                  "national", "democratic", "republic", "union", "council", "ministry"}


def test_no_comma_split_fragments(entries):
    for _, entry in entries:
        for form in surface_forms(entry):
            low = form.lower()
            assert not low.startswith(FRAGMENT_STARTS), (entry["name"], form)
            assert low not in FRAGMENT_WORDS, (entry["name"], form)
            assert not re.match(r"(scientific|commonwealth|security) and ", low), (entry["name"], form)


def test_surface_forms_not_shared(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    for _, entry in entries:
        for form in surface_forms(entry):
            owners[fold(form)].add(entry_id(entry))
    clashes = {form: sorted(ids) for form, ids in owners.items()
               if len(ids) > 1 and form not in SHARED_SURFACE_ALLOWED}
    assert not clashes, f"surface forms claimed by several entries: {clashes}"


def test_allow_list_is_current(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    for _, entry in entries:
        for form in surface_forms(entry):
            owners[fold(form)].add(entry_id(entry))
    stale = [form for form in SHARED_SURFACE_ALLOWED if len(owners.get(form, ())) < 2]
    assert not stale, f"allow-listed forms no longer shared: {stale}"


# ---------------------------------------------------------------- states


# "Dominican" is the Dominican Republic's; Dominica has no demonym of its own
NO_OWN_DEMONYM = {"Dominica"}


def test_states_have_demonym_and_adjective(files):
    adjectives: dict[str, str] = {}
    for entry in files["states.yaml"]["actors"]:
        name = entry["name"]
        assert bool(entry.get("demonyms")) != (name in NO_OWN_DEMONYM), f"{name}: demonyms"
        adj = entry.get("adjective")
        assert isinstance(adj, str) and adj, f"{name}: no adjective"
        assert adj.isascii(), f"{name}: adjective {adj!r} is not ASCII"
        assert adj not in adjectives, f"adjective {adj!r} used by {adjectives[adj]} and {name}"
        adjectives[adj] = name


def test_all_african_states_present(files):
    names = {e["name"] for e in files["states.yaml"]["actors"]}
    missing = AFRICAN_STATES - names
    assert not missing, f"missing African states: {sorted(missing)}"
    assert len(AFRICAN_STATES) == 54


def test_outside_powers_present(files):
    names = {e["name"] for e in files["states.yaml"]["actors"]}
    assert not OUTSIDE_POWERS - names, sorted(OUTSIDE_POWERS - names)


def test_niger_nigeria_demonyms(entries):
    canon = by_canonical(entries)
    assert "Nigerien" in canon["Niger"]["demonyms"]
    assert "Nigerian" in canon["Nigeria"]["demonyms"]
    assert "Nigerian" not in canon["Niger"]["demonyms"]
    assert "Nigerien" not in canon["Nigeria"]["demonyms"]


def test_longer_guinea_and_sudan_names_are_entries(entries, files):
    forms = {fold(f) for _, e in entries for f in surface_forms(e)}
    phrases = {fold(p) for p in files["not_actors.yaml"]["phrases"]}
    for longer in ["Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea", "South Sudan",
                   "South Africa", "Central African Republic"]:
        assert fold(longer) in forms, longer
    for place in ["Gulf of Guinea", "Niger River", "France 24", "Lake Chad"]:
        assert fold(place) in phrases, place


# ---------------------------------------------------------------- guideline canonicals


@pytest.mark.parametrize("kind,canonical,forms", GUIDELINE_CANONICALS,
                         ids=[c for _, c, _ in GUIDELINE_CANONICALS])
def test_guideline_canonical(entries, kind, canonical, forms):
    canon = by_canonical(entries)
    assert canonical in canon, f"missing {kind} {canonical!r}"
    entry = canon[canonical]
    assert entry["kind"] == kind
    entry_forms = {fold(f) for f in surface_forms(entry)}
    for form in forms:
        assert fold(form) in entry_forms, f"{canonical}: {form!r} not among its forms"


def test_person_names_are_ascii(files):
    for entry in files["people.yaml"]["actors"]:
        assert entry["name"].isascii(), entry["name"]


# ---------------------------------------------------------------- anchored institutions


def _anchored(files):
    return files["institutions.yaml"].get("anchored_heads") or []


def test_anchored_heads_well_formed(files):
    groups = _anchored(files)
    assert groups
    seen: dict[str, str] = {}
    for group in groups:
        assert set(group) == {"heads", "name"}, group
        assert "{adjective}" in group["name"], group
        for head in group["heads"]:
            assert isinstance(head, str) and head == head.lower() and head.strip() == head, head
            assert head not in seen, f"head {head!r} in two groups"
            assert head not in NOT_HEADS, f"{head!r} is not an institution head (guidelines)"
            seen[head] = group["name"]
    modifiers = files["institutions.yaml"].get("modifiers") or []
    assert modifiers and all(m == m.lower() and " " not in m for m in modifiers)


@pytest.mark.parametrize("state,head,expected", GUIDELINE_ANCHORED)
def test_guideline_anchored_institutions(entries, files, state, head, expected):
    adjective = by_canonical(entries)[state]["adjective"]
    for group in _anchored(files):
        if head.lower() in group["heads"]:
            assert group["name"].format(adjective=adjective) == expected
            return
    pytest.fail(f"no anchored head {head!r}")


def test_template_names_do_not_collide_with_other_kinds(entries, files):
    """A generated institution name must not be the id of a non-institution entry."""
    kinds_by_id = {entry_id(e): e["kind"] for _, e in entries}
    for state in files["states.yaml"]["actors"]:
        for group in _anchored(files):
            generated = slug(group["name"].format(adjective=state["adjective"]))
            assert kinds_by_id.get(generated, "institution") == "institution", generated


# ---------------------------------------------------------------- not actors


def test_not_actor_phrases(files, entries):
    phrases = files["not_actors.yaml"]["phrases"]
    folded = [fold(p) for p in phrases]
    dupes = {p for p in folded if folded.count(p) > 1}
    assert not dupes, f"duplicate phrases: {sorted(dupes)}"
    forms = {fold(f) for _, e in entries for f in surface_forms(e)}
    clash = sorted(set(folded) & forms)
    assert not clash, f"phrases that are also actor forms: {clash}"
    for must in ["AFP", "Reuters", "RFI", "France 24", "ACLED", "Sahel Wire"]:
        assert fold(must) in folded, must
