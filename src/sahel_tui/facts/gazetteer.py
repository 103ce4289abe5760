"""The actor gazetteer: YAML entries (docs/gazetteer.md) and the structures that match them.

A :class:`Gazetteer` is built once from the package's YAML files (and optionally a user
file merged over them) and is immutable afterwards. Matching is token based: every alias
is cut into tokens (runs of letters/digits) and folded (accents off, lower case), so
"Goïta", "Goita" and "GOITA" share a key and punctuation between tokens ("al-Qaeda",
"al Qaeda", "U.S."/"U S") does not matter. Each key maps to the hits that can stand
there; the matcher in :mod:`sahel_tui.facts.actors` walks the text token by token
against these keys (no per-alias regex).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from sahel_tui.facts.folding import (
    CAP_WORD_SPLIT,
    FoldCache,
    fold_token,
    fold_tokens,
    slug,
    tokens,
)
from sahel_tui.facts.model import ACTOR_KINDS, Actor
from sahel_tui.resources import package_data

__all__ = [
    "Entry",
    "Gazetteer",
    "GazetteerError",
    "Hit",
    "default_gazetteer",
    "load_gazetteer",
]


# The C implementation of the safe loader when available (same semantics as safe_load).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class GazetteerError(Exception):
    """A gazetteer file cannot be used; the message names the file and the problem."""


_ENTRY_KEYS = frozenset(
    {"name", "kind", "id", "aliases", "demonyms", "adjective", "capitals", "surnames", "exact_case"}
)
# Keys tolerated for documentation purposes and ignored.
_NOTE_KEYS = frozenset({"note", "notes", "description", "comment", "wikidata", "url"})
_TOP_KEYS = frozenset({"actors", "phrases", "anchored_heads", "modifiers", "word_lists"})
# Leading articles are not part of an alias key ("the Kremlin" -> "Kremlin").
_LEADING_ARTICLES = frozenset({"the"})

# Roles of a surface form, best first when two entries share a key.
ROLE_NAME, ROLE_DEMONYM, ROLE_CAPITAL, ROLE_SURNAME, ROLE_BLOCK = (
    "name", "demonym", "capital", "surname", "block",
)
_ROLE_RANK = {ROLE_BLOCK: 0, ROLE_NAME: 1, ROLE_DEMONYM: 2, ROLE_CAPITAL: 3, ROLE_SURNAME: 4}


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the gazetteer."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    adjective: str | None = None
    capitals: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    exact_case: tuple[str, ...] = ()
    source: str = ""

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.name, self.kind)  # type: ignore[arg-type]

    @property
    def attributive(self) -> str:
        """The adjective used in institution names ("Malian"), the name if none."""
        return self.adjective or self.name


@dataclass(frozen=True, slots=True)
class Hit:
    """What a key can mean: an entry in a role (``entry`` is None for a blocking phrase).

    ``words`` are the alias tokens as written (for exact-case checks and for the
    lower-case tail rule); ``exact`` says the text must show them with this case;
    ``tail_ok`` says a lower-case last word in the text may stand for a capitalised
    alias word ("Wagner group" for "Wagner Group") because the alias without it is
    already a name of the same entry; ``dot`` says the alias ends with a full stop
    ("U.S.") that the span takes when the text has it.
    """

    entry: Entry | None
    role: str
    words: tuple[str, ...]
    exact: bool
    tail_ok: bool
    dot: bool
    rank: tuple[int, int, int]


# A trie node: (hits of the key ending here or (), next folded token -> node or None,
# first characters and first two characters of those next tokens or None).
Node = tuple[tuple[Hit, ...], "dict[str, Node] | None", "frozenset[str] | None"]


def _trie(index: Mapping[tuple[str, ...], tuple[Hit, ...]]) -> dict[str, Node]:
    """The keys as a trie, first folded token -> node: the scan walks it token by token
    with one dict look-up a step (no key tuple built and hashed per step)."""
    root: dict[str, list[Any]] = {}
    for key, hits in index.items():
        level = root
        for tok in key[:-1]:
            level = level.setdefault(tok, [(), {}])[1]
        level.setdefault(key[-1], [(), {}])[0] = hits

    def freeze(level: dict[str, list[Any]]) -> dict[str, Node]:
        return {
            tok: (hits, freeze(children) if children else None,
                  frozenset([t[:1] for t in children] + [t[:2] for t in children])
                  if children else None)
            for tok, (hits, children) in level.items()
        }

    return freeze(root)


def _is_short_caps(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return 0 < len(letters) <= 3 and all(c.isupper() for c in letters)


def _as_list(value: Any, what: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (str(value),)
    if not isinstance(value, list):
        raise GazetteerError(f"{where}: {what} must be a list of strings, got {type(value).__name__}")
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            raise GazetteerError(f"{where}: {what} must be a list of strings, got an item {v!r}")
        s = str(v).strip()
        if s:
            out.append(s)
    return tuple(out)


def _entry(raw: Any, n: int, source: str) -> Entry:
    where = f"{source}: actors[{n}]"
    if not isinstance(raw, dict):
        raise GazetteerError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    name = raw.get("name")
    if isinstance(name, (int, float)) and not isinstance(name, bool):
        name = str(name)
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"{where}: missing name")
    name = " ".join(name.split())
    where = f"{source}: actors[{n}] ({name!r})"
    unknown = set(raw) - _ENTRY_KEYS - _NOTE_KEYS
    if unknown:
        raise GazetteerError(
            f"{where}: unknown key {sorted(map(str, unknown))[0]!r} "
            f"(expected {', '.join(sorted(_ENTRY_KEYS))})"
        )
    kind = raw.get("kind")
    if kind not in ACTOR_KINDS:
        if kind is None:
            raise GazetteerError(f"{where}: missing kind (one of {', '.join(ACTOR_KINDS)})")
        raise GazetteerError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(ACTOR_KINDS)})")
    ident = raw.get("id")
    if ident is None:
        ident = slug(name)
    elif not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", ident):
        raise GazetteerError(f"{where}: id must be lower-case ASCII letters, digits and '-', got {ident!r}")
    if not tokens(name):
        raise GazetteerError(f"{where}: the name has no letters or digits")
    adjective = raw.get("adjective")
    if adjective is not None and not isinstance(adjective, str):
        raise GazetteerError(f"{where}: adjective must be a string")
    return Entry(
        id=ident,
        name=name,
        kind=kind,
        aliases=_as_list(raw.get("aliases"), "aliases", where),
        demonyms=_as_list(raw.get("demonyms"), "demonyms", where),
        adjective=adjective.strip() if adjective else None,
        capitals=_as_list(raw.get("capitals"), "capitals", where),
        surnames=_as_list(raw.get("surnames"), "surnames", where),
        exact_case=_as_list(raw.get("exact_case"), "exact_case", where),
        source=source,
    )


@dataclass(frozen=True, slots=True)
class _FileData:
    source: str
    entries: tuple[Entry, ...]
    phrases: tuple[str, ...]
    heads: tuple[tuple[tuple[str, ...], str], ...]
    modifiers: tuple[str, ...]
    word_lists: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _parse(text: str, source: str) -> _FileData:
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GazetteerError(f"{source}: bad YAML{at}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GazetteerError(
            f"{source}: not a mapping (got a {type(data).__name__}); "
            "expected keys: actors, phrases, anchored_heads, modifiers, word_lists"
        )
    unknown = set(map(str, data)) - _TOP_KEYS
    if unknown:
        raise GazetteerError(
            f"{source}: unknown top-level key {sorted(unknown)[0]!r} "
            f"(expected {', '.join(sorted(_TOP_KEYS))})"
        )
    raw_actors = data.get("actors") or []
    if not isinstance(raw_actors, list):
        raise GazetteerError(f"{source}: 'actors' must be a list of entries")
    entries = tuple(_entry(raw, n, source) for n, raw in enumerate(raw_actors))
    phrases = _as_list(data.get("phrases"), "phrases", source)
    heads: list[tuple[tuple[str, ...], str]] = []
    raw_heads = data.get("anchored_heads") or []
    if not isinstance(raw_heads, list):
        raise GazetteerError(f"{source}: 'anchored_heads' must be a list")
    for n, group in enumerate(raw_heads):
        where = f"{source}: anchored_heads[{n}]"
        if not isinstance(group, dict):
            raise GazetteerError(f"{where}: must be a mapping with 'heads' and 'name'")
        template = group.get("name")
        if not isinstance(template, str) or not template.strip():
            raise GazetteerError(f"{where}: missing name")
        try:
            template.format(adjective="X")
        except (KeyError, IndexError, ValueError):
            raise GazetteerError(
                f"{where}: name {template!r} may only use the placeholder {{adjective}}"
            ) from None
        hs = _as_list(group.get("heads"), "heads", where)
        if not hs:
            raise GazetteerError(f"{where}: missing heads")
        heads.append((hs, template.strip()))
    modifiers = _as_list(data.get("modifiers"), "modifiers", source)
    raw_lists = data.get("word_lists") or {}
    if not isinstance(raw_lists, dict):
        raise GazetteerError(f"{source}: 'word_lists' must be a mapping of list name -> words")
    word_lists = tuple(
        (str(name), _as_list(words, f"word_lists.{name}", source)) for name, words in raw_lists.items()
    )
    return _FileData(source, entries, phrases, tuple(heads), modifiers, word_lists)


def _read(path: Path, label: str | None = None) -> _FileData:
    source = label or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(f"{source}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    return _parse(text, source)


class Gazetteer:
    """Entries plus the compiled lookup structures. Immutable once built."""

    __slots__ = (
        "_by_id",
        "_entries",
        "_first_of",
        "_firsts",
        "_frozen",
        "_head_firsts",
        "_head_max",
        "_heads",
        "_index",
        "_looked_up",
        "_lower_starts",
        "_modifiers",
        "_next_initials",
        "_phrases",
        "_prefixes",
        "_solo",
        "_trie",
        "_word_lists",
        "candidate",
        "lower_candidate",
        "lower_patterns",
        "lower_scans",
    )

    def __init__(
        self,
        entries: Iterable[Entry],
        phrases: Iterable[str] = (),
        heads: Iterable[tuple[Iterable[str], str]] = (),
        modifiers: Iterable[str] = (),
        *,
        user_sources: frozenset[str] = frozenset(),
        word_lists: Iterable[tuple[str, Iterable[str]]] = (),
    ) -> None:
        by_id: dict[str, Entry] = {}
        for e in entries:
            by_id[e.id] = e  # later entries replace earlier ones with the same id
        self._entries: tuple[Entry, ...] = tuple(by_id.values())
        self._by_id: Mapping[str, Entry] = MappingProxyType(by_id)
        self._phrases = tuple(dict.fromkeys(phrases))

        index: dict[tuple[str, ...], list[Hit]] = {}
        names_of: dict[tuple[str, ...], set[str]] = {}
        plan: list[tuple[Entry | None, str, str, int]] = []
        for order, e in enumerate(self._entries):
            user = 0 if e.source in user_sources else 1
            for s in (e.name, *e.aliases):
                plan.append((e, ROLE_NAME, s, user * 100000 + order))
            for s in e.demonyms:
                plan.append((e, ROLE_DEMONYM, s, user * 100000 + order))
            for s in e.capitals:
                plan.append((e, ROLE_CAPITAL, s, user * 100000 + order))
            for s in e.surnames:
                plan.append((e, ROLE_SURNAME, s, user * 100000 + order))
        for order, p in enumerate(self._phrases):
            plan.append((None, ROLE_BLOCK, p, order))

        keyed: list[tuple[Entry | None, str, str, int, tuple[str, ...], tuple[str, ...]]] = []
        for e, role, surface, order in plan:
            words = tuple(tokens(surface))
            while len(words) > 1 and words[0].lower() in _LEADING_ARTICLES:
                words = words[1:]
            if not words:
                continue
            key = tuple(fold_token(w) for w in words)
            keyed.append((e, role, surface, order, words, key))
            if e is not None and role == ROLE_NAME:
                names_of.setdefault(key, set()).add(e.id)

        seen: dict[tuple[Any, ...], Hit] = {}
        for e, role, surface, order, words, key in keyed:
            exact = (
                bool(e and surface in e.exact_case)
                or _is_short_caps(surface)
                # A one-word blocking phrase blocks only as written ("Libération" the
                # paper, not "Liberation" inside a movement's name).
                or (e is None and len(words) == 1)
            )
            ident = (e.id if e else None, role, words if exact else key, exact)
            kept = seen.get(ident)
            if kept is not None:
                if not exact and any(w[:1].islower() and not k[:1].islower()
                                     for w, k in zip(words, kept.words)):
                    # "al-Mourabitoun" after the name "Al-Mourabitoun": a lower-case
                    # word the data allows must be allowed in the text too
                    hits = index[key]
                    new = replace(kept, words=tuple(
                        w if w[:1].islower() else k for w, k in zip(words, kept.words)))
                    hits[hits.index(kept)] = seen[ident] = new
                continue
            tail_ok = bool(
                e is not None and len(key) > 1 and e.id in names_of.get(key[:-1], ())
            )
            hit = Hit(
                entry=e,
                role=role,
                words=words,
                exact=exact,
                tail_ok=tail_ok,
                dot=surface.rstrip().endswith("."),
                rank=(_ROLE_RANK[role], 0 if exact else 1, order),
            )
            seen[ident] = hit
            index.setdefault(key, []).append(hit)
        self._index: dict[tuple[str, ...], tuple[Hit, ...]] = {
            k: tuple(sorted(v, key=lambda h: h.rank)) for k, v in index.items()
        }
        prefixes: set[tuple[str, ...]] = set()
        for key in index:
            for i in range(1, len(key)):
                prefixes.add(key[:i])
        self._prefixes = frozenset(prefixes)
        # Prefix key -> first characters of the folded tokens that can come next: the
        # scan skips a walk when the next token cannot start with any of them.
        initials: dict[tuple[str, ...], set[str]] = {}
        for key in index:
            for i in range(1, len(key)):
                initials.setdefault(key[:i], set()).add(key[i][:1])
        self._next_initials = {k: frozenset(v) for k, v in initials.items()}
        self._trie = _trie(self._index)
        # Phrase -> entry memo of ``lookup`` (extraction asks for the same person and
        # institution names over and over); bounded like the fold caches.
        self._looked_up = FoldCache(self._lookup, 16384)

        self._modifiers = frozenset(fold_token(m) for m in modifiers if m.strip())
        head_map: dict[tuple[str, ...], str] = {}
        for hs, template in heads:
            for h in hs:
                k = fold_tokens(h)
                if k:
                    head_map.setdefault(k, template)
        self._heads: dict[tuple[str, ...], str] = head_map
        self._head_max = max((len(k) for k in head_map), default=0)

        # Candidate starts: capitalised tokens (one pattern, first character first so
        # the regex engine can skip ahead), plus the few lower-case first words of
        # aliases ("al-Qaeda") with a pattern of their own.
        lower = sorted(
            {k[0] for k in index if k[0][:1].isalpha() and any(
                h.words[0][:1].islower() for h in index[k])},
            key=lambda s: (-len(s), s),
        )
        self._lower_starts = frozenset(lower)
        self.candidate = CAP_WORD_SPLIT
        self._firsts = frozenset(k[0] for k in index)
        # One-word keys that start no longer alias and whose best hit matches any case
        # and has no dot to take: the scan resolves them without walking.
        self._solo = {
            k[0]: hs[0]
            for k, hs in self._index.items()
            if len(k) == 1 and k not in prefixes and not hs[0].exact and not hs[0].dot
        }
        self.lower_candidate = (
            re.compile(
                "(?:" + "|".join(
                    re.escape(w) + rf"(?<![\w\u0300-\u036f].{{{len(w)}}})" for w in lower
                ) + r")(?![\w\u0300-\u036f])"
            )
            if lower
            else None
        )
        # The same starts as separate patterns when they are few: a literal-prefixed
        # pattern lets the regex engine jump between occurrences of its first letters,
        # which an alternation cannot; a few such scans beat one alternation scan.
        # Each match is a whole token, so the union equals the alternation's matches.
        self.lower_patterns: tuple[re.Pattern[str], ...] = (
            tuple(
                re.compile(re.escape(w) + rf"(?<![\w\u0300-\u036f].{{{len(w)}}})(?![\w\u0300-\u036f])")
                for w in lower
            )
            if len(lower) <= 8
            else ((self.lower_candidate,) if self.lower_candidate is not None else ())
        )
        # Each scan with the literal its every match contains ("" for the alternation):
        # most texts lack "alqaeda", "bin" or "von", and ``in`` rules a scan out in C.
        self.lower_scans: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
            zip(lower if len(lower) <= 8 else [""], self.lower_patterns)
        )
        firsts = self._firsts
        # Candidate token as written -> its folded key when an alias starts with it,
        # else "" (a dict memo: the scan maps it over all tokens in C).
        self._first_of = FoldCache(lambda w: (f if (f := fold_token(w)) in firsts else ""))
        # Named word lists (folded words, or folded multi-word keys joined by a blank):
        # the rules' vocabularies that live in the data ("document_heads"...).
        lists: dict[str, set[str]] = {}
        for name, words in word_lists:
            lists.setdefault(name, set()).update(" ".join(fold_tokens(w)) for w in words if w.strip())
        self._word_lists: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in lists.items()}
        head_firsts = {k[0] for k in head_map}
        self._head_firsts = frozenset(head_firsts)
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_frozen", False):
            raise AttributeError("Gazetteer is immutable")
        object.__setattr__(self, name, value)

    # ------------------------------------------------------------------ queries
    @property
    def entries(self) -> tuple[Entry, ...]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def get(self, actor_id: str) -> Entry | None:
        return self._by_id.get(actor_id)

    def lookup(self, phrase: str) -> Entry | None:
        """The entry a phrase names (any role but blocking phrases), or None."""
        return self._looked_up[phrase]

    def _lookup(self, phrase: str) -> Entry | None:
        words = tuple(tokens(phrase))
        while len(words) > 1 and words[0].lower() in _LEADING_ARTICLES:
            words = words[1:]
        for h in self.hits(tuple(fold_token(w) for w in words)):
            if h.entry is not None and (not h.exact or h.words == words):
                return h.entry
        return None

    def hits(self, key: tuple[str, ...]) -> tuple[Hit, ...]:
        return self._index.get(key, ())

    def is_prefix(self, key: tuple[str, ...]) -> bool:
        return key in self._prefixes

    @property
    def heads(self) -> Mapping[tuple[str, ...], str]:
        return MappingProxyType(self._heads)

    def head(self, key: tuple[str, ...]) -> str | None:
        """The name template of an anchored head ("army" -> "{adjective} Armed Forces")."""
        return self._heads.get(key)

    def starts_head(self, word: str) -> bool:
        """Whether a folded word can begin an anchored head or a modifier."""
        return word in self._head_firsts or word in self._modifiers

    @property
    def head_max(self) -> int:
        return self._head_max

    @property
    def modifiers(self) -> frozenset[str]:
        return self._modifiers

    def words(self, name: str) -> frozenset[str]:
        """A named word list of the data (``word_lists:``), folded; empty if unknown."""
        return self._word_lists.get(name, frozenset())

    @property
    def phrases(self) -> tuple[str, ...]:
        return self._phrases

    def aliases_of(self, actor_id: str) -> tuple[str, ...]:
        e = self._by_id.get(actor_id)
        if e is None:
            return ()
        return tuple(dict.fromkeys((e.name, *e.aliases, *e.demonyms, *e.capitals, *e.surnames)))

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self._entries)} actors, {len(self._phrases)} blocking phrases>"


# ---------------------------------------------------------------------- loading
def _data_dir() -> Path:
    return package_data("facts", "data", "gazetteer")


def _builtin_files() -> list[_FileData]:
    folder = _data_dir()
    out = []
    for path in sorted(folder.glob("*.yaml")):
        out.append(_read(path, f"gazetteer/{path.name}"))
    return out


def _build(files: list[_FileData], user_sources: frozenset[str] = frozenset()) -> Gazetteer:
    entries: list[Entry] = []
    phrases: list[str] = []
    heads: list[tuple[tuple[str, ...], str]] = []
    modifiers: list[str] = []
    word_lists: list[tuple[str, tuple[str, ...]]] = []
    builtin_ids: dict[str, str] = {}
    for f in files:
        for e in f.entries:
            if f.source not in user_sources:
                prev = builtin_ids.get(e.id)
                if prev is not None:
                    raise GazetteerError(f"{f.source}: duplicate id {e.id!r} (also in {prev})")
                builtin_ids[e.id] = f.source
            entries.append(e)
        phrases.extend(f.phrases)
        heads.extend(f.heads)
        modifiers.extend(f.modifiers)
        word_lists.extend(f.word_lists)
    # User heads first so that they win over built-in ones for the same head words.
    user_heads = [h for f in files if f.source in user_sources for h in f.heads]
    return Gazetteer(
        entries,
        phrases,
        [*user_heads, *heads],
        modifiers,
        user_sources=user_sources,
        word_lists=word_lists,
    )


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = _build(_builtin_files())
    return _DEFAULT


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The built-in gazetteer, merged with a user YAML file (same id -> replaced)."""
    if extra is None:
        return default_gazetteer()
    user = _read(Path(extra))
    return _build([*_builtin_files(), user], frozenset({user.source}))


def gazetteer_from_yaml(text: str, source: str = "<string>", *, builtin: bool = False) -> Gazetteer:
    """A gazetteer from YAML text (tests, tools); merged over the built-in one if asked."""
    data = _parse(text, source)
    if builtin:
        return _build([*_builtin_files(), data], frozenset({source}))
    return _build([data])
