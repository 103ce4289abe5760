"""Actor mentions: gazetteer matches plus the rules that need context.

Passes, per field (body first, then the title, which may reuse what the body taught):

1. gazetteer scan: one compiled pattern finds candidate tokens (capitalised words and
   the few lower-case alias starts such as "al-"); from each, a walk over folded tokens
   against the gazetteer's keys takes the longest alias (accent/case/punctuation
   tolerant; exact-case aliases only as written). Blocking phrases ("Gulf of Guinea")
   win over shorter actor names inside them and give no mention;
2. anchored institutions: a state anchor (demonym, name, name + 's) + up to two
   modifiers + a head from ``anchored_heads`` ("Niger's ruling junta");
3. capital cities: kept as state metonymy only where the city acts as a government;
4. acronyms defined in parentheses: "Long Form (ACR)" -> both mentions, one actor;
5. persons from cues (titles and ranks, "said X Y", "X Y said", appositions);
6. linking: surname-only and first-name-only repeats, gazetteer surnames, and
   repeats of acronyms and long forms defined in the article.

The rules' vocabularies (titles, speech verbs, prepositions, role nouns...) are named
word lists of the gazetteer data (``word_lists.yaml``, docs/gazetteer.md), read once per
gazetteer into ``_Lex``; the code keeps only the structure (punctuation, offsets, and a
few function words inside patterns).

Every regular expression here is linear: character classes, single quantifiers, and
separators that cannot match the same characters as the runs they separate. Context
checks look at small bounded windows around a candidate.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress
from operator import attrgetter, itemgetter, not_

from sahel_tui.corpus.model import Article
from sahel_tui.facts.folding import (
    CAP_WORD_SPLIT,
    TOKEN,
    FoldCache,
    ascii_fold,
    cap_word_split,
    fold_cached,
    fold_many,
    fold_token,
    fold_tokens,
    slug,
)
from sahel_tui.facts.gazetteer import Entry, Gazetteer, Hit
from sahel_tui.facts.model import ActorMention, Field, new_actor_mention
from sahel_tui.facts.sentences import SentenceLocator

__all__ = ["extract_actors"]

# ---------------------------------------------------------------------------- patterns
_WC = r"[\w\u0300-\u036f]"  # a word character (letters, digits, combining marks)

# The gap between two tokens of one alias, then the next token.
_NEXT = re.compile(r"([ \t\u00a0\-‐‑–'’.,]{1,4}|[ \t]{0,3}\n[ \t]{0,3})(" + _WC + "+)")
_POSSESSIVE = re.compile(r"['’]s(?![\w\u0300-\u036f])")
_SPACE_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:[-‐][^\W\d_]+)*)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,14})\)")
# "Rapid Intervention Battalion, known by its French initials BIR": a definition too
_KNOWN_BY_ACRONYM = re.compile(
    r",[ \t]+known[ \t]+by[ \t]+its[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:initials|acronym)[ \t]+"
    r"([A-Z][A-Z0-9&\-]{1,9})(?![\w])")
_CHUNK_WORD = re.compile(r"[\w\u0300-\u036f]+(?:['’\-][\w\u0300-\u036f]+)*")
# What may follow a name introduced by "title, " ("the minister of mines, Lamine Diawara,").
_COMMA_CUE_AFTER = (",", ".", ";", ")", "")
_OPENERS = " \t\u00a0\"“'‘([«"
_BLANKS = " \t\u00a0"
_ENDERS = ".!?:;\n\"“”«»"
# Apposition cues after a name's comma (the roles of the data join them, see _Lex):
# ", who"; ", 52," (an age), not ", 126,000;" (a count in a list: "Diffa, 126,000;
# Tahoua, ..."); ", a local trader" / ", the 34-year-old" (an article, up to five words,
# a role of the data or an age, with a plural ending).
# (", speaking for the Council's African members, said": a speaker in apposition)
_WHO = r"(?:who|whom|speaking[ \t]+(?:for|on|at|to|from|after|before))(?![^\W_])"
_AGE = r"\d{1,3}[ \t]*(?:[,.](?!\d)|[;)])"
# (a body's own role counts: "Jane Doe, WFP's regional director,")
# (the role is the head of the apposition: no preposition before it — "Kidal, the
# stronghold of the rebels," names no person)
# (nor a place noun with a participle after it: "Ngouboua, a village hosting refugees,"
# is a place; "a village elder" is a person)
_ROLE_LEAD = (r"(?:a|an|the|another|one|his|her|their|our|my|its|[A-Z][\w&.\-]*['’]s)[ \t]+"
              r"(?:(?!(?:of|in|for|from|with|at|to|on|by)[ \t]|(?:village|town|city|hamlet|"
              r"camp|district|region|province|locality|settlement|commune|area)[ \t]+"
              r"[a-z]+ing[ \t])[\w'’.\-]+[ \t]+){0,5}?")
_AGE_ROLE = "[0-9]+-year-old"


# ---------------------------------------------------------------- data vocabularies
def _one_word(words: frozenset[str]) -> frozenset[str]:
    """A list read against one word of the text: an item of several folded tokens is a
    hyphenated word ("vice-president" folds to "vice president")."""
    return frozenset(w.replace(" ", "-") for w in words)


class _Lex:
    """The rules' vocabularies, read from the gazetteer's ``word_lists:``
    (docs/gazetteer.md), and the patterns built from them: once per gazetteer."""

    __slots__ = (
        "_not_names", "actor_ing", "after_be", "actor_preps", "actor_verbs", "adverbs",
        "appos_after",
        "armed_context", "armed_words", "aux", "be", "capital_only_titles", "comma_roles",
        "comma_titles",
        "contact", "contact_joiners", "coordinator_len", "coordinators", "copula_role",
        "languages", "language_nouns", "language_verbs",
        "cues_before", "org_cues", "org_gate", "org_group_words",
        "deprived_nouns", "desk_words", "documents", "force_words", "from_nouns",
        "generic_words", "gov_mods", "gov_nouns", "inst_heads", "inst_words", "join_gap",
        "national_body_words", "supranational_words", "proper_bodies", "civil_words",
        "junta_context", "labels", "leave_verbs", "long_connectors", "long_strip", "modals",
        "move_words", "movement_heads", "name_connectors", "nameable", "naming_verbs",
        "non_actor_ed",
        "not_verbs_after_modal", "on_verbs", "owned_forces", "participles", "particles",
        "lineage",
        "place_words", "places", "relation_nouns", "relation_preps", "roles", "said_after",
        "glued_particle",
        "say_words", "title_cues", "office_titles", "titles", "transport", "turn_verbs",
        "verbs_on_actor",
    )

    def __init__(self, gaz: Gazetteer) -> None:
        def one(name: str) -> frozenset[str]:
            return _one_word(gaz.words(name))

        runs = gaz.words  # lists whose multi-word items are runs of words
        # Persons.
        self.particles = one("name_particles")
        self.lineage = one("lineage_particles")
        self.title_cues = one("title_cues")
        # Words before a name that make it a person: titles, and a journalist's role
        # ("Associated Press writer Jane Doe").
        # "as" after a naming verb ("who gave his name only as Boukary", "identified as
        # Issa"). Not "named" alone: "the army named Déby head of ..." appoints.
        self.naming_verbs = one("naming_verbs")
        # Also a role in lower case ("anti-slavery campaigner Biram Dah Abeid") and a
        # speaker's own introduction ("I'm Nadia Bello").
        # ("by" after a verb of leading, "v." in a case's caption: _title_cue)
        # The noun of a kind of body before a name ("the rights group Caminando
        # Fronteras"): the name is an organisation's, not a person's.
        self.org_cues = one("org_cue_nouns")
        self.org_group_words = one("org_group_words")
        self.org_gate = self.org_cues | {"group"}  # the words that may cue a lone name
        self.office_titles = one("office_titles")
        self.cues_before = self.title_cues | self.office_titles | one("journalist_cues") | \
            one("role_cues") | {"as", "by", "v", "vs"}
        self.capital_only_titles = one("capital_only_titles")
        self.comma_titles = one("comma_titles")
        # An appositive role before the comma names the person after it too ("An
        # Australian doctor, Ken Elliott,"), without a complement.
        self.comma_roles = self.comma_titles | one("appositive_roles")
        titles = one("title_words")
        self.titles = frozenset(v for w in titles for v in (w, w.capitalize(), w.upper()))
        self._not_names = (one("not_names") | one("months") | one("weekdays") | self.title_cues
                           | one("not_person_words"))
        # ``_nameable`` through a bounded memo (one dict look-up per repeated word).
        self.nameable = FoldCache(self._nameable, 16384).__getitem__
        self.say_words = one("say_verbs")
        self.said_after = re.compile(
            r"[ \t\u00a0]+(?:" + _trie_pattern(self.say_words | runs("said_after")) + r")(?![^\W_])"
        )
        # One match for the three apposition cues (each alternative starts with a
        # non-blank, so sharing the ", " changes nothing).
        # (a run's blank also matches a hyphen: the data's "vice president" is written
        # "vice-president" as often)
        roles = _trie_pattern(runs("appositive_roles")).replace("\\ ", "[ \t\\-‐]")
        self.appos_after = re.compile(
            r",[ \t]+(?:" + _WHO + "|" + _AGE + "|" + _ROLE_LEAD + "(?:"
            + roles + "|" + _AGE_ROLE + r")(?:s|es)?(?![^\W_])"
            # no article when the role has its complement: ", vice-president of exploration"
            + "|(?:" + roles + r")(?:[ \t\-](?:delegate|designate|general))?"
            + r"[ \t]+(?:of|at|for)[ \t]"  # (", minister delegate for hydrocarbons")
            + ")"
        )
        # "Hadiza Mustapha-Eke is an Abuja-based researcher.": a name, "is", a role
        self.copula_role = re.compile(
            r"[ \t]+(?:is|was)[ \t]+" + _ROLE_LEAD + "(?:" + roles + r")(?:s|es)?(?![^\W_])")
        self.languages = one("languages")
        self.language_nouns = one("language_nouns")
        self.language_verbs = one("language_verbs")

        self.labels = runs("person_labels")
        self.places = one("place_heads")
        # The gap between two words of one run: blanks only, or a blank, a name
        # particle between any white space, and a blank ("Iyad ag Ghaly").
        particles = _trie_pattern(self.particles)
        # A particle may be glued to the next word by a hyphen ("Ahmad al-Faqi al-Mahdi").
        self.join_gap = re.compile(
            r"[ \t\u00a0](?:[ \t\u00a0]*|(?:\s*(?:" + particles + r")(?:\s*[ \t\u00a0]|-)){1,2})"
        )
        self.glued_particle = re.compile(r"(?<![^\W\d_])(?:" + particles + r")\Z", re.IGNORECASE)
        # A contact or signature line: "Aminata Sow, Senior Researcher, Dakar", "Jean-Paul
        # Ouedraogo, UNICEF Regional Office, +221 ...": two to four capitalised words
        # (particles inside), a comma, then the rest of the line.
        self.contact = re.compile(
            # (a label may open the line: "For further information: Jane Doe, Head of ...")
            r"[ \t]*(?:[A-Z][a-z]+(?:[ \t][a-z]+){0,3}:[ \t]+)?"
            r"(" + _NAME_WORD + r"(?:[ \t]+(?:(?:" + particles + r")[ \t]+){0,2}"
            + _NAME_WORD + r"){1,3}),[ \t]+([^\n]{1,160})$"
        )
        self.contact_joiners = one("contact_joiners")
        self.roles = one("byline_roles") | one("journalist_cues") | titles | self.title_cues
        self.desk_words = one("desk_words")
        # Capitals as governments.
        self.place_words = one("place_words")
        self.actor_preps = one("actor_preps")
        self.transport = one("transport_words")
        self.move_words = one("move_words")
        self.verbs_on_actor = one("verbs_on_actor")
        self.relation_nouns = one("relation_nouns")
        self.relation_preps = one("relation_preps")
        self.leave_verbs = one("leave_verbs")
        self.deprived_nouns = one("deprived_nouns")
        self.gov_nouns = one("gov_nouns")
        self.owned_forces = one("owned_forces")
        self.gov_mods = one("gov_modifiers")
        self.on_verbs = one("on_verbs")
        self.from_nouns = one("from_nouns")
        self.turn_verbs = one("turn_verbs")
        self.participles = one("aux_participles")
        self.modals = one("modals")
        self.aux = one("auxiliaries") | self.modals
        self.be = one("be_forms")
        self.not_verbs_after_modal = one("not_verbs_after_modal")
        self.adverbs = one("adverbs")
        self.actor_verbs = one("actor_verbs")
        self.non_actor_ed = one("non_actor_ed")
        self.actor_ing = one("actor_ing")
        # what may follow a form of "be" for the capital to be its subject ("Bamako is
        # seeking", "Paris had been told", "Washington was grateful")
        self.after_be = self.actor_ing | one("verbs_on_actor") | one("actor_attitudes")
        self.coordinators = runs("coordinators") | {","}
        self.coordinator_len = max(map(len, self.coordinators))
        # Institutions, long forms and their kinds.
        self.inst_heads = one("institution_heads")
        self.name_connectors = one("name_connectors")
        self.documents = runs("document_heads")
        self.long_connectors = one("long_form_connectors")
        self.long_strip = one("long_form_strip")
        self.force_words = tuple(w.split() for w in runs("force_words"))
        self.armed_words = one("armed_words")
        self.inst_words = one("institution_words")
        self.national_body_words = one("national_body_words")
        self.civil_words = one("civil_society_words")
        # as written in the text: "court of auditors" -> "Court of Auditors"
        self.proper_bodies = tuple(sorted(
            " ".join(w if w in ("of", "the", "and", "for") else w.capitalize()
                     for w in body.split()) for body in runs("proper_bodies")))
        self.supranational_words = one("supranational_words")
        self.generic_words = one("generic_words")
        # (Any case, whole words: searched in a window of context.)
        self.junta_context = re.compile(r"\b(?:" + _trie_pattern(runs("junta_context")) + r")\b",
                                        re.IGNORECASE)
        self.armed_context = re.compile(r"\b(?:" + _trie_pattern(runs("armed_context")) + r")\b",
                                        re.IGNORECASE)
        # One literal-led pattern per head word (the regex engine jumps between
        # occurrences of a literal; a pattern led by a blank or a look-behind is tried
        # at every character). The blank before the head is checked at each hit.
        self.movement_heads = {
            h: re.compile(re.escape(h) + r"(?![^\W_])") for h in sorted(runs("movement_heads"))
        }

    def _nameable(self, word: str) -> bool:
        f = fold_token(word.replace("’", "'"))
        if f in self._not_names:
            return False
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 2:
            return False
        if all(c.isupper() for c in letters):
            return False  # acronyms, and all-caps datelines
        return True


_LEXES: dict[int, tuple[Gazetteer, _Lex]] = {}


def _lex(gaz: Gazetteer) -> _Lex:
    got = _LEXES.get(id(gaz))
    if got is not None and got[0] is gaz:
        return got[1]
    lex = _Lex(gaz)
    if len(_LEXES) > 8:
        _LEXES.clear()
    _LEXES[id(gaz)] = (gaz, lex)
    return lex


# ------------------------------------------------------------------------------ spans
@dataclass(slots=True)
class _Span:
    start: int
    end: int
    actor: str
    name: str
    kind: str
    role: str  # name/demonym/capital/surname/block/place/inst/acronym/long/person/link
    emit: bool = True
    entry: Entry | None = None
    words: int = 1  # person names: how many words the name has (for linking)
    cue: str = ""


_START = attrgetter("start")
_FIRST = itemgetter(0)


class _Claims:
    """Non-overlapping spans of one field, sorted by start.

    Kept in blocks of a few hundred spans (a simple sorted list of lists), so that an
    insertion or a removal costs a block, not the whole list: passes add spans in the
    middle of a field that already holds thousands."""

    __slots__ = ("_blocks", "_bstarts", "_firsts", "_flat")
    _SIZE = 256

    def __init__(self, spans: Iterable[_Span] = ()) -> None:
        ordered = sorted(spans, key=_START)
        n = self._SIZE
        self._blocks: list[list[_Span]] = [ordered[i : i + n] for i in range(0, len(ordered), n)]
        self._bstarts: list[list[int]] = [list(map(_START, b)) for b in self._blocks]
        self._firsts: list[int] = list(map(_FIRST, self._bstarts))
        self._flat: list[_Span] | None = ordered

    @property
    def spans(self) -> list[_Span]:
        """All spans in order (a fresh list only after a change)."""
        if self._flat is None:
            self._flat = [sp for b in self._blocks for sp in b]
        return self._flat

    def _before(self, pos: int) -> tuple[int, int]:
        """(block, index) of the last span starting before ``pos``; (-1, -1) if none."""
        bi = bisect.bisect_left(self._firsts, pos) - 1
        if bi < 0:
            return -1, -1
        return bi, bisect.bisect_left(self._bstarts[bi], pos) - 1

    def overlapping(self, start: int, end: int) -> list[_Span]:
        out = []
        bi, i = self._before(end)
        while bi >= 0:
            block = self._blocks[bi]
            while i >= 0 and block[i].end > start:
                out.append(block[i])
                i -= 1
            if i >= 0:
                break
            bi -= 1
            i = len(self._blocks[bi]) - 1 if bi >= 0 else -1
        out.reverse()
        return out

    def free(self, start: int, end: int) -> bool:
        bi, i = self._before(end)
        return bi < 0 or self._blocks[bi][i].end <= start

    def free_of_claims(self, start: int, end: int) -> bool:
        """Free, or overlapped only by deferred gazetteer surnames."""
        return all(o.role == "surname" for o in self.overlapping(start, end))

    def at(self, start: int, end: int) -> _Span | None:
        bi, i = self._before(start + 1)
        if bi >= 0:
            sp = self._blocks[bi][i]
            if sp.start == start and sp.end == end:
                return sp
        return None

    def ending_at(self, end: int) -> _Span | None:
        bi, i = self._before(end)
        if bi >= 0 and self._blocks[bi][i].end == end:
            return self._blocks[bi][i]
        return None

    def add(self, span: _Span) -> None:
        self._flat = None
        if not self._blocks:
            self._blocks, self._bstarts, self._firsts = [[span]], [[span.start]], [span.start]
            return
        bi = max(0, bisect.bisect_right(self._firsts, span.start) - 1)
        starts = self._bstarts[bi]
        i = bisect.bisect_left(starts, span.start)
        starts.insert(i, span.start)
        self._blocks[bi].insert(i, span)
        self._firsts[bi] = starts[0]
        if len(starts) > 2 * self._SIZE:
            half = len(starts) // 2
            self._blocks[bi : bi + 1] = [self._blocks[bi][:half], self._blocks[bi][half:]]
            self._bstarts[bi : bi + 1] = [starts[:half], starts[half:]]
            self._firsts[bi : bi + 1] = [starts[0], starts[half]]

    def remove(self, span: _Span) -> None:
        bi, i = self._before(span.start + 1)
        if bi < 0 or self._blocks[bi][i] is not span:
            return
        self._flat = None
        del self._blocks[bi][i]
        del self._bstarts[bi][i]
        if self._bstarts[bi]:
            self._firsts[bi] = self._bstarts[bi][0]
        else:
            del self._blocks[bi], self._bstarts[bi], self._firsts[bi]

    def replace(self, span: _Span) -> bool:
        """Add ``span`` over the spans it fully covers; False (and no change) if it
        would cut one that it does not cover."""
        inner = self.overlapping(span.start, span.end)
        if any(s.start < span.start or s.end > span.end for s in inner):
            return False
        for s in inner:
            self.remove(s)
        self.add(span)
        return True


@dataclass(slots=True)
class _Context:
    """What one article teaches while it is read (shared by body and title)."""

    acronyms: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # ACR -> actor
    # folded long form -> (actor, surface as first written)
    long_forms: dict[tuple[str, ...], tuple[tuple[str, str, str], str]] = field(default_factory=dict)
    # folded word -> [(field order, offset, actor, name, kind)] for person linking
    surnames: dict[str, list[tuple[int, int, str, str, str]]] = field(default_factory=dict)
    first_names: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # last word as written -> the first run of two or three nameable words with no cue
    # ("Hamidou Bandé still keeps the torch"), a person once "Bandé said" follows
    uncued: dict[str, list[Word]] = field(default_factory=dict)
    # the next-to-last word of a person's name of three words or more: a surname only
    # when no name ends with it
    inner_surnames: dict[str, list[tuple[int, int, str, str, str]]] = field(default_factory=dict)


# ---------------------------------------------------------------------- gazetteer scan
def _pick(hits: tuple[Hit, ...], words: list[str]) -> Hit | None:
    h = hits[0]
    if not h.exact and not any(map(str.islower, words)):
        return h  # the best hit, any case, and no lower-case word to check
    n = len(words)
    for h in hits:
        if h.exact:
            if tuple(words) != h.words:
                continue
        elif n > 1 or words[0].islower():
            ok = True
            for i, (w, a) in enumerate(zip(words, h.words)):
                if w.islower() and not a.islower():
                    # A lower-case word stands for a capitalised alias word only as the
                    # last word of an alias whose shorter form is already a name
                    # ("Wagner group"; not "an Islamic state").
                    if not (i == n - 1 and h.tail_ok):
                        ok = False
                        break
            if not ok:
                continue
        return h
    return None


class _Toks:
    """Capitalised words of a field, and the tokens the gazetteer walk starts from,
    as parallel lists found with one ``re.split`` (no Python loop per token).

    ``words`` are capitalised words ("Paul-Henri", "Lieutenant-Colonel"); the scan
    tokens split those at their joiners (so "Franco-Malian" offers "Malian") and add
    the lower-case alias starts ("al" of "al-Qaeda")."""

    __slots__ = ("wstarts", "wends", "wwords", "starts", "ends", "words", "_folded")

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        split = cap_word_split if gaz.candidate is CAP_WORD_SPLIT else gaz.candidate.split
        parts = split(text)
        offs = list(accumulate(map(len, parts), initial=0))
        self.wstarts: list[int] = offs[1:-1:2]
        self.wends: list[int] = offs[2::2]
        self.wwords: list[str] = parts[1::2]
        starts, ends, words = self.wstarts, self.wends, self.wwords
        # Words with a joiner ("Franco-Malian", "N'Diaye"); isalnum is one C call.
        joined = list(compress(range(len(words)), map(not_, map(str.isalnum, words))))
        low: list[tuple[int, int, str]] = []
        for literal, pattern in gaz.lower_scans:
            if literal in text:
                for m in pattern.finditer(text):
                    low.append((m.start(), m.end(), m.group()))
        self.starts, self.ends, self.words = starts, ends, words
        if joined or low:
            self.starts, self.ends, self.words = starts[:], ends[:], words[:]
            for i in joined:
                w = words[i]
                subs = [(starts[i] + m.start(), starts[i] + m.end(), m.group())
                        for m in TOKEN.finditer(w)]
                low.extend(subs[1:])
            if len(low) > 64:
                # Many insertions: one sort (linear on nearly sorted data).
                merged = list(zip(self.starts, self.ends, self.words))
                firsts_at = {t[0]: k for k, t in enumerate(merged)}
                for s0, e0, w0 in low:
                    k = firsts_at.get(s0)
                    if k is not None:
                        merged[k] = (s0, e0, w0)
                merged.extend(t for t in low if t[0] not in firsts_at)
                merged.sort()
                self.starts, self.ends, self.words = (list(x) for x in zip(*merged))
                low = []
            # Few insertions: bisect + list.insert (a memmove) beats re-sorting.
            for s0, e0, w0 in sorted(low):
                k = bisect.bisect_left(self.starts, s0)
                if k < len(self.starts) and self.starts[k] == s0:
                    # A joined word starting here: keep its first token only.
                    self.ends[k], self.words[k] = e0, w0
                    continue
                self.starts.insert(k, s0)
                self.ends.insert(k, e0)
                self.words.insert(k, w0)
            for i in joined:
                # The joined word itself is replaced by its first token.
                k = bisect.bisect_left(self.starts, starts[i])
                m = TOKEN.match(self.words[k])
                if m is not None and m.end() != len(self.words[k]):
                    self.ends[k] = self.starts[k] + m.end()
                    self.words[k] = m.group()
        self._folded: list[str] | None = None

    @property
    def folded(self) -> list[str]:
        """The scan tokens folded (computed when first asked for)."""
        if self._folded is None:
            self._folded = fold_many(self.words)
        return self._folded


# First characters of the gap that ``_NEXT`` matches: a walk needs one after its token.
_GAP_FIRST = frozenset(" \t\u00a0-‐‑–'’.,\n")


def _scan(text: str, toks: _Toks, gaz: Gazetteer) -> list[_Span]:
    out: list[_Span] = []
    append = out.append
    claimed_end = 0
    trie = gaz._trie
    solo = gaz._solo
    next_match = _NEXT.match
    fold = fold_cached
    gap_first = _GAP_FIRST
    size = len(text)
    starts, ends, words_ = toks.starts, toks.ends, toks.words
    # Folded key of each token that starts an alias, "" for the others (memoised).
    keys = list(map(gaz._first_of.__getitem__, words_))
    n_toks = len(keys)
    for i in compress(range(len(keys)), keys):
        s = starts[i]
        if s < claimed_end:
            continue
        e = ends[i]
        f = keys[i]
        w0 = words_[i]
        h = solo.get(f)
        low = w0.islower()  # a lower-case word read so far (``_pick`` checks those)
        if h is not None and not low:
            # One word, no longer alias starts with it, case-tolerant: no walk.
            claimed_end = e
            ent = h.entry
            if ent is None:
                append(_Span(s, e, "", "", "", "block", False))
            else:
                append(_Span(s, e, ent.id, ent.name, ent.kind, h.role, True, ent))
            continue
        hits, children, initials = trie[f]
        best_e, best_h = -1, None
        if hits:
            h = hits[0] if not hits[0].exact and not low else _pick(hits, [w0])
            if h is not None:
                best_e, best_h = e, h
        # Walk on while the key is a prefix of longer aliases (and a gap follows).
        if children is not None and e < size and text[e] in gap_first:
            words = [w0]
            k = i + 1  # the next scan token
            while True:
                blank = text[e : e + 1] == " "
                if blank and k < n_toks and starts[k] == e + 1:
                    # One blank, then the next scan token: what ``_NEXT`` would read (a
                    # scan token is a whole run of word characters), without the regex
                    # call. Most steps of multi-word names are these.
                    w, next_e = words_[k], ends[k]
                else:
                    if blank:
                        # One blank then ASCII letters or digits: the first two (or
                        # the first), lower-cased, start the next folded token, so two
                        # that no longer alias has next end the walk without a regex call.
                        c = text[e + 1 : e + 3]
                        if not c.isalnum():
                            c = c[:1]
                        if c.isascii() and c.isalnum() and c.lower() not in initials:
                            break
                    n = next_match(text, e)
                    if n is None:
                        break
                    gap, w = n.groups()
                    if "." in gap and len(words[-1]) > 3:
                        break  # "Mali. Niger": a sentence end, not an abbreviation
                    if w == "s" and ("'" in gap or "’" in gap):
                        break  # a possessive
                    next_e = n.end()
                node = children.get(fold(w))
                if node is None:
                    break
                words.append(w)
                low = low or w.islower()
                e = next_e
                while k < n_toks and starts[k] < e:
                    k += 1
                hits, children, initials = node
                if hits:
                    # (``_pick``'s first case inline: no exact-case hit, no lower-case word.)
                    h = hits[0] if not hits[0].exact and not low else _pick(hits, words)
                    if h is not None:
                        best_e, best_h = e, h
                if children is None:
                    break
        if best_h is None:
            continue
        end, h = best_e, best_h
        if h.dot and text.startswith(".", end):
            end += 1
        claimed_end = end
        ent = h.entry
        if ent is None:
            append(_Span(s, end, "", "", "", "block", False))
        else:
            append(_Span(s, end, ent.id, ent.name, ent.kind, h.role, True, ent))
    return out


# ------------------------------------------------------------------ anchored institutions
_WORDS_AFTER: dict[int, re.Pattern[str]] = {}


def _words_after(text: str, pos: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` words after ``pos``, each after blanks: ``_SPACE_WORD`` matched
    ``n`` times over, as one pattern of nested optional groups (the same matches: each
    word is taken greedily, and the rest is optional, so nothing backtracks)."""
    pattern = _WORDS_AFTER.get(n)
    if pattern is None:
        word = _SPACE_WORD.pattern
        body = ""
        for _ in range(n):
            body = word + (f"(?:{body})?" if body else "")
        pattern = _WORDS_AFTER[n] = re.compile(body)
    m = pattern.match(text, pos)
    if m is None:
        return []
    # Every group's (start, end) from one attribute read (no method call per group).
    return [(text[s:e], e) for s, e in m.regs[1:] if s >= 0]


def _named_institution(text: str, pos: int, claims: _Claims, lex: _Lex) -> int:
    """End of a capitalised institution name starting at the blank at ``pos`` after an
    anchor, or -1: an institution head among its first two words, then capitalised
    words with connectors ("'s Ministry of Humanitarian Action and Disaster Management",
    "'s Constitutional Council"); it stops at a title ("... Ministry Colonel X") and at
    another mention."""
    ws = _words_after(text, pos, 10)
    end, head, caps = -1, False, 0
    for k, (w, e) in enumerate(ws):
        f = fold_token(w)
        if not w[:1].isupper():
            if f in lex.name_connectors and caps:
                continue
            break
        if f in lex.title_cues and not (k and fold_token(ws[k - 1][0]) == "of"):
            break  # (after "of" it is the portfolio: "Ministry of Justice")
        if not claims.free(e - len(w), e):
            # A known body inside a longer name goes in ("'s Department of State
            # Services": not the US "Department of State"); it ends the name otherwise.
            over = claims.overlapping(e - len(w), e)
            if len(over) != 1 or over[0].kind != "institution" \
                    or not _name_goes_on(text, over[0].end, ws[k + 1 :]):
                break
        caps += 1
        if f in lex.inst_heads and caps <= 2:
            head = True
        if not head and caps >= 2:
            break
        end = e
    return end if head else -1


def _name_goes_on(text: str, pos: int, ws: list[tuple[str, int]]) -> bool:
    """Whether a capitalised word follows ``pos`` after blanks only."""
    for w, e in ws:
        s = e - len(w)
        if s >= pos:
            return w[:1].isupper() and not text[pos:s].strip(_BLANKS)
    return False


def _city_courts(text: str, claims: _Claims, lex: _Lex) -> None:
    """ "the Bamako Assize Court", "the Niamey High Court": a capital before a court's
    capitalised name is one institution, named as written (the city, not the state)."""
    for sp in list(claims.spans):
        if sp.role != "capital" or text[sp.end : sp.end + 1] != " ":
            continue
        end = _named_institution(text, sp.end, claims, lex)
        if end > 0 and (" Court" in text[sp.end : end] or " Tribunal" in text[sp.end : end]):
            name = ascii_fold(" ".join(text[sp.start : end].split()))
            claims.replace(_Span(sp.start, end, slug(name), name, "institution", "inst"))


def _anchor(text: str, claims: _Claims, gaz: Gazetteer, lex: _Lex) -> None:
    if not gaz._heads:
        return
    for sp in list(claims.spans):
        if sp.kind != "state" or sp.role not in ("name", "demonym") or sp.entry is None:
            continue
        pos = sp.end
        c = text[pos : pos + 1]
        if c not in (" ", "'", "’", "\u00a0", "\t"):
            continue
        p = _POSSESSIVE.match(text, pos) if c == "'" or c == "’" else None
        if p is not None:
            if sp.role == "demonym":
                continue
            pos = p.end()
        first = _SPACE_WORD.match(text, pos)
        if first is None:
            continue
        if not gaz.starts_head(fold_token(first.group(1))):
            if first.group(1)[:1].isupper():
                _anchor_name(text, sp, pos, claims, gaz, lex)
            continue
        ws = _words_after(text, pos, 2 + gaz.head_max)
        folded = [fold_token(w) for w, _ in ws]
        found: tuple[int, str] | None = None
        for k in range(0, 3):
            if k > len(ws) - 1:
                break
            if k and not (ws[k - 1][0].islower() and folded[k - 1] in gaz.modifiers):
                break
            for size in range(min(gaz.head_max, len(ws) - k), 0, -1):
                template = gaz.head(tuple(folded[k : k + size]))
                if template is not None:
                    found = (ws[k + size - 1][1], template)
                    break
            if found:
                break
        if not found:
            if first.group(1)[:1].isupper():
                _anchor_name(text, sp, pos, claims, gaz, lex)
            continue
        end, template = found
        name = template.format(adjective=sp.entry.attributive)
        # a national branch of an organisation keeps its kind ("Senegalese Red Cross")
        kind = "organisation" if any(o.kind == "organisation"
                                     for o in claims.overlapping(pos, end)) else "institution"
        claims.replace(_institution_span(sp.start, end, name, gaz, kind))



def _anchor_name(text: str, sp: _Span, pos: int, claims: _Claims, gaz: Gazetteer, lex: _Lex
                 ) -> None:
    """A country's named body: "Chad's Constitutional Council" -> one institution span
    from the anchor, named with the country's adjective ("Chadian Constitutional
    Council") unless the gazetteer knows the name."""
    q = pos
    while text[q : q + 1] in (" ", "\t", "\u00a0"):
        q += 1
    found = claims.overlapping(q, q + 1) if q > pos else None
    end = _named_institution(text, pos, claims, lex)
    if found and found[0].start == q and found[0].kind == "institution" and \
            found[0].entry is not None and found[0].emit and found[0].end >= end and \
            not _of_another_state(found[0].name, sp.entry, gaz):
        # a body the gazetteer knows, after its country: "Chad's Transitional Military
        # Council" is one span of that body, the anchor included (not "Nigeria's
        # Department of State Services", longer than the US "Department of State")
        known = found[0]
        claims.replace(_Span(sp.start, known.end, known.actor, known.name, known.kind, "inst",
                             entry=known.entry))
        return
    if end < 0 or sp.entry is None:
        return
    rest = " ".join(text[pos:end].split())
    name = ascii_fold(sp.entry.attributive + " " + rest)
    claims.replace(_institution_span(sp.start, end, name, gaz))


def _of_another_state(name: str, anchor: Entry | None, gaz: Gazetteer) -> bool:
    """Whether a canonical name opens with another state ("United States Department of
    State" after "Nigeria's")."""
    words = name.split()
    for k in (2, 1):
        ent = gaz.lookup(" ".join(words[:k]))
        if ent is not None and ent.kind == "state":
            return ent is not anchor
    return False


def _institution_span(start: int, end: int, name: str, gaz: Gazetteer,
                      kind: str = "institution") -> _Span:
    """An anchored institution (or ``kind``): the gazetteer's entry when it knows the
    name, else a new one under that name."""
    ent = gaz.lookup(name)
    if ent is not None and ent.kind == kind:
        return _Span(start, end, ent.id, ent.name, ent.kind, "inst", entry=ent)
    return _Span(start, end, slug(name), name, kind, "inst")


# ---------------------------------------------------------------------------- metonymy
def _prev_word(text: str, pos: int) -> tuple[str | None, int]:
    """The word just before ``pos`` (blanks between allowed, no punctuation)."""
    lo = max(0, pos - 30)
    window = text[lo:pos].rstrip(" \t\u00a0")
    if not window[-1:].isalpha():
        return None, pos
    # The alphabetic run at the end: the last blank-separated piece when it is all
    # letters (the character before it is white space), else a walk back.
    last = window.rsplit(None, 1)[-1]
    if last.isalpha():
        i = len(window) - len(last)
    else:
        i = len(window)
        while i > 0 and window[i - 1].isalpha():
            i -= 1
    if i == len(window) or (i == 0 and lo > 0):
        return None, pos
    return window[i:], lo + i


_LOOK = frozenset(["look", "looks", "looked", "looking"])
_LOOKS_TO = re.compile(r"[ \t]+(?:to|towards)[ \t]+(?!be(?![\w]))")


def _looks_to(text: str, m: re.Match) -> bool:
    """'Niamey looked to Moscow' (sought support), not 'Bamako looked calm' nor 'looked
    to be calm'."""
    return m.group(1).lower() in _LOOK and _LOOKS_TO.match(text, m.end()) is not None


def _is_adverb(adverbs: frozenset[str], w: str) -> bool:
    """An adverb of the data, or any "-ly" word ("Paris and Washington quietly did")."""
    return w in adverbs or (w[-2:] == "ly" and len(w) > 4)


def _verb_follows(text: str, pos: int, lex: _Lex) -> bool:
    """Whether a clause subject ending at ``pos`` is followed by a verb of action or
    speech ("denied", "has both pointed", "is seeking", "had been told")."""
    # Most often the first word decides (no adverb, auxiliary or "be" to skip).
    m = _SPACE_WORD.match(text, pos)
    if m is None:
        return False
    v = m.group(1).lower()
    adverbs, aux, be = lex.adverbs, lex.aux, lex.be
    adverb = partial(_is_adverb, adverbs)
    if not adverb(v) and v not in aux and v not in be:
        return v in lex.actor_verbs or (v.endswith("ed") and len(v) > 4
                                        and v not in lex.non_actor_ed) or _looks_to(text, m)
    ws = _words_after(text, pos, 5)
    i = 0
    words = [w.lower() for w, _ in ws]
    while i < len(words) and adverb(words[i]):
        i += 1
    if i < len(words) and words[i] in aux:
        modal = words[i] in lex.modals
        if words[i] in ("did", "does") and words[i + 1:i + 2] in (["the"], ["so"], ["likewise"]):
            return True  # "Paris and Washington quietly did the same"
        i += 1
        while i < len(words) and adverb(words[i]):
            i += 1
        # A modal and a verb: "saying Niamey could not use the port", "Paris will send"
        # (a word written in lower case right after it is its verb).
        if modal and i < len(words) and words[i] not in be and ws[i][0].isalpha() \
                and (ws[i][0].islower() or (ws[i - 1][0][:1].isupper() and ws[i][0][:1].isupper()
                                            and ws[i][0].lower() not in lex._not_names)) \
                and words[i] not in lex.not_verbs_after_modal:
            # (in a title-case headline the verb is capitalised as the modal is: "Why
            # Dakar and Nouakchott Should Worry")
            return True
        # An irregular participle of the data ("Brussels has given no sign"), or
        # "has yet to" + a verb ("Paris has yet to respond").
        if i < len(words) and words[i] in lex.participles:
            return True
        if words[i : i + 2] == ["yet", "to"]:
            i += 2
        if i < len(words) and words[i] in be:
            i += 1
            # Passive of a verb done to a government: "Paris had been told".
            return i < len(words) and words[i] in lex.after_be
    elif i < len(words) and words[i] in be:
        i += 1
        while i < len(words) and adverb(words[i]):
            i += 1  # "Bamako is also seeking"
        return i < len(words) and words[i] in lex.after_be
    if i < len(words):
        v = words[i]
        if v in lex.actor_verbs:
            return True
        if v in _LOOK and words[i + 1:i + 2] in (["to"], ["towards"]) \
                and words[i + 2:i + 3] != ["be"]:
            return True  # "Niamey has looked to the AES": sought support
        if v.endswith("ed") and len(v) > 4 and v not in lex.non_actor_ed:
            return True
    return False


# ", which forms the alliance with Bamako and Niamey," / ", the former colonial power,"
# (a comma or point inside a number is no clause mark: "a border of nearly 1,000 km")
_CLAUSE_SKIP = re.compile(
    r",[ \t\u00a0]+(?:which|who|whose|the|its|a|an)[ \t\u00a0]"
    r"(?:[^,.;:!?\n\"“”()]|(?<=\d)[,.](?=\d)){1,160},")


# ", for its part," / ", in turn," / ", however,": one to three lower-case words.
_SHORT_SKIP = re.compile(r",[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+){0,2}[a-z]+,")


def _capital_acts(text: str, sp: _Span, claims: _Claims, lex: _Lex,
                  before_sp: tuple[str | None, int] | None = None) -> bool:
    """``before_sp``: ``_prev_word(text, sp.start)`` when the caller has it already."""
    s, e = sp.start, sp.end
    surface = text[s:e]
    prev, prev_at = _prev_word(text, s) if before_sp is None else before_sp
    lprev = prev.lower() if prev else None
    # Datelines: "BAMAKO, Sept 17 (Sahel Wire) -"
    if surface.isupper() and len(surface) > 3:
        return False
    if text[e:e + 1] in "-\u2010" and text[e + 1:e + 6].lower() in ("based", "born "):
        return False  # "for Niamey-based staff": where they sit, not the government
    poss = _POSSESSIVE.match(text, e)
    nxt_word = _SPACE_WORD.match(text, e)
    if nxt_word is not None and nxt_word.group(1).lower() in lex.desk_words:
        return False  # "(Reporting by Bamako newsroom)": a news desk, not the state
    if lprev in lex.relation_preps and poss is None:
        # "pressure on Paris", "its tilt towards Moscow"; "a visit to Niamey" stays a place.
        before, _ = _prev_word(text, prev_at)
        if before and (before.lower() in lex.relation_nouns
                       or (lprev in ("on", "upon") and before.lower() in lex.on_verbs)):
            return True  # also "called on Bamako to reverse"
    if lprev in lex.leave_verbs and poss is None:
        # "leaves Paris without a base" (deprived of a means of power), not "left Paris
        # without his passport".
        ws = [w.lower() for w, _ in _words_after(text, e, 4)]
        if ws[:1] == ["without"] or ws[:2] == ["with", "no"]:
            rest = ws[1:] if ws[0] == "without" else ws[2:]
            if any(w in lex.deprived_nouns for w in rest[:2]):
                return True
    if lprev == "from" and poss is None:
        # "orders from Moscow", "received information" from Kyiv: what a government gives.
        bw = text[max(0, prev_at - 30) : prev_at].rstrip(_BLANKS + "\"”’'").rsplit(None, 1)[-1:]
        if bw and bw[0].lower() in lex.from_nouns:
            return True
        # "turned away from Paris": a break with a government, not a journey.
        before, at = _prev_word(text, prev_at)
        if before and before.lower() == "away":
            verb, _ = _prev_word(text, at)
            if verb and verb.lower() in lex.turn_verbs:
                return True
    if lprev in lex.place_words and poss is None:
        return False
    if poss is not None:
        # "Moscow's generals" acts, even after a preposition ("answers to Moscow's
        # generals"); "Bamako's airport" is a place.
        # "Moscow's Africa Corps": a named force or armed group owned by the city.
        nxt = claims.overlapping(poss.end() + 1, poss.end() + 2)
        if nxt and nxt[0].kind in ("armed_group", "force", "institution") \
                and not text[poss.end() : nxt[0].start].strip(_BLANKS):
            return True
        ws = _words_after(text, poss.end(), 2)
        if not ws:
            return False
        w = ws[0][0].lower()
        gov_nouns, owned = lex.gov_nouns, lex.owned_forces
        if w in gov_nouns or w in owned:
            return True
        if w in lex.gov_mods:
            # "Washington's economic and security partnership", "Moscow's new rulers":
            # modifiers, then the noun.
            for k, (x, _) in enumerate(_words_after(text, poss.end(), 5)):
                x = x.lower()
                if x in gov_nouns or x in owned:
                    return k > 0
                if x not in lex.gov_mods:
                    break
        return False
    if lprev in lex.actor_preps or lprev in lex.verbs_on_actor:
        if nxt_word is not None and poss is None and _ATTRIBUTIVE_NOUN.fullmatch(nxt_word.group(1)):
            return False  # "urged Bamako residents to stay home": the city names the people
        if lprev == "between":
            before, _ = _prev_word(text, prev_at)
            return not (before and before.lower() in lex.transport)
        return True
    if lprev == "for":
        before, _ = _prev_word(text, prev_at)
        return not (before and before.lower() in lex.move_words)
    # The city as the subject of a verb of action or speech, also after a relative or
    # appositive clause ("Ouagadougou, which ..., has not followed suit").
    if _verb_follows(text, e, lex):
        return True
    if text[e : e + 1] == ",":
        m = _CLAUSE_SKIP.match(text, e) or _SHORT_SKIP.match(text, e)
        if m is not None and _verb_follows(text, m.end(), lex):
            return True
    return False


# A lower-case plural right after a city ("Bamako residents", "Paris officials"): the
# city is attributive (not "is", "has", "its", "this", "as"...).
_ATTRIBUTIVE_NOUN = re.compile(r"(?!(?:is|was|has|does|says|as|its|his|this|thus|us)\Z)[a-z]{3,}s")


def _names_place(text: str, end: int, lex: _Lex) -> bool:
    """Whether a name ending at ``end`` names a place: a place head (``place_heads``)
    next or one capitalised word on ("Modibo Keita airport", "the General Seyni Kountche
    stadium", "Modibo Keita International Airport")."""
    nxt = _SPACE_WORD.match(text, end)
    if nxt is None:
        return False
    w = fold_cached(nxt.group(1))
    if w not in lex.places and nxt.group(1)[:1].isupper():
        nxt = _SPACE_WORD.match(text, nxt.end())
        w = fold_cached(nxt.group(1)) if nxt is not None else ""
    return w in lex.places


def _named_places(text: str, claims: _Claims, lex: _Lex) -> None:
    """A known person's name that names a place (``_names_place``) is no mention."""
    for sp in [sp for sp in claims.spans if sp.kind == "person" and sp.emit]:
        if _names_place(text, sp.end, lex):
            claims.replace(_Span(sp.start, sp.end, "", "", "", "block", False))


def _metonymy(text: str, claims: _Claims, lex: _Lex) -> None:
    caps = [sp for sp in claims.spans if sp.role == "capital"]
    if not caps:
        return
    # The word before each capital, read once (the rules below ask for it again).
    prevs = {id(sp): _prev_word(text, sp.start) for sp in caps}
    acts = {id(sp): _capital_acts(text, sp, claims, lex, prevs[id(sp)]) for sp in caps}
    # Coordinated capitals share their reading: "Neither Moscow nor Bamako has said",
    # "X, Y and Z have made clear" (spread backwards, then forwards, along the list);
    # two capitals joined after a place word are both places ("the governments in Bamako
    # and Ouagadougou broke with France"), whatever verb follows.
    def coordinated(a: _Span, b: _Span) -> bool:
        # (Lower-cased only when short enough to be a coordinator: most gaps are prose,
        # and lower-casing never shortens a string.)
        between = text[a.end : b.start].strip()
        return len(between) <= lex.coordinator_len and between.lower() in lex.coordinators

    def after_place(a: _Span) -> bool:
        prev = prevs[id(a)][0]
        return prev is not None and prev.lower() in lex.place_words

    pairs = [(a, b) for a, b in zip(caps, caps[1:]) if coordinated(a, b)]
    for a, b in pairs:
        if after_place(a):
            acts[id(b)] = False
    for a, b in pairs[::-1] + pairs:
        if (acts[id(a)] or acts[id(b)]) and not after_place(a):
            acts[id(a)] = acts[id(b)] = True
    # "between France and Bamako"
    states = [sp for sp in claims.spans if sp.kind == "state" and sp.emit]
    for a, b in zip(states, states[1:]):
        if b.role == "capital" and len(between := text[a.end : b.start].strip()) <= 3 \
                and between.lower() == "and":
            if ((prevs.get(id(a)) or _prev_word(text, a.start))[0] or "").lower() == "between":
                acts[id(b)] = True
    for sp in caps:
        if not acts[id(sp)]:
            sp.emit = False
            sp.role = "place"


# ---------------------------------------------------------------------------- acronyms
def _chunk_before(text: str, end: int, claims: _Claims, lex: _Lex, acronym: str = "") -> int | None:
    """Start of the capitalised long form ending at ``end`` ("Patriotic Movement for
    Safeguard and Restoration"), or None."""
    lo = max(0, end - 240)
    connectors, strip = lex.long_connectors, lex.long_strip
    words = list(_CHUNK_WORD.finditer(text, lo, end))
    if not words or words[-1].end() != end:
        return None
    start_i = len(words) - 1
    i = len(words) - 1
    while i >= 0:
        w = words[i].group()
        if not (w[:1].isupper() or w.lower() in connectors):
            break
        if i < len(words) - 1:
            gap = text[words[i].end() : words[i + 1].start()]
            if gap.strip(" \t\u00a0"):
                break
            if w.endswith(("'s", "\u2019s")) and any(
                    o.emit and o.end == words[i].end() - 2
                    for o in claims.overlapping(words[i].start(), words[i].end())):
                break  # "the World Bank's International Centre ... (ICSID)": its owner
        start_i = i
        i -= 1
    chosen = words[start_i:]
    while chosen and (
        not chosen[0].group()[:1].isupper() or chosen[0].group().lower() in strip
    ):
        chosen = chosen[1:]
    # A claimed anchor at the front (a demonym, a person) is not part of the name.
    while chosen:
        over = claims.overlapping(chosen[0].start(), chosen[0].end())
        if over and over[0].start < chosen[0].start():
            chosen = chosen[1:]
            continue
        if over and over[0].kind in ("state", "person") and over[0].end < end and over[0].role != "place":
            # "Malian Armed Forces (FAMa)": the anchor belongs to an institution only
            # when the anchored pass made it one; a bare demonym starts no long form.
            nxt = [c for c in chosen if c.start() >= over[0].end]
            if over[0].kind == "state" and acronym and nxt and \
                    acronym[0] == chosen[0].group()[0] != nxt[0].group()[0]:
                # "the Nigeria Centre for Disease Control (NCDC)": the acronym's first
                # letter is the country's, so the name begins with it
                break
            chosen = nxt
            continue
        break
    # (An all-capital word is a name, not a connector: "AU Transition Mission".)
    while chosen and chosen[0].group().lower() in connectors | strip \
            and not (chosen[0].group().isupper() and len(chosen[0].group()) > 1):
        chosen = chosen[1:]
    # A sentence-initial common noun before the name ("Rebels of the Front for the
    # Liberation of the Gourma (FLG)"): dropped when its initial is not in the acronym.
    if acronym and chosen and _is_sentence_start(text, chosen[0].start()) \
            and chosen[0].group()[:1].upper() not in acronym.upper():
        rest = chosen[1:]
        while rest and rest[0].group().lower() in connectors | strip:
            rest = rest[1:]
        if sum(1 for c in rest if c.group()[:1].isupper()) >= 2:
            chosen = rest
    caps = sum(1 for c in chosen if c.group()[:1].isupper())
    if caps < 2:
        return None
    return chosen[0].start()


def _guess_kind(name: str, context: str, lex: _Lex, by_state: bool = False) -> str:
    """``by_state``: the name begins with a state's name ("Nigeria Centre for Disease
    Control"): a body named by its country is the state's, unless a word of it says it
    is civil ("Senegalese Red Cross", "Nigeria Labour Congress")."""
    words = {fold_token(w) for w in TOKEN.findall(name.replace("-", " "))}
    words |= {fold_token(w) for w in re.findall(r"[^\W_]+(?:-[^\W_]+)+", name)}
    # (A force item of several words, "task force": all of them among the name's.)
    if any(words.issuperset(item) for item in lex.force_words):
        return "force"
    if words & lex.armed_words:
        return "armed_group"
    if words & lex.inst_words:
        return "institution"
    if words & lex.national_body_words and not words & lex.supranational_words:
        return "institution"  # "Department of State Services (DSS)", "National Commission"
    if words & lex.generic_words:
        if lex.junta_context.search(context):
            return "institution"
        if lex.armed_context.search(context):
            return "armed_group"
    if by_state and not words & lex.civil_words:
        return "institution"
    return "organisation"


def _document(name: str, lex: _Lex) -> bool:
    """Whether a long form names a document or plan ("... Response Plan", "... Programme
    of Action"): its last word, or last three words, is a document head of the data."""
    key = fold_tokens(name)
    return bool(key) and (key[-1] in lex.documents or " ".join(key[-2:]) in lex.documents
                          or " ".join(key[-3:]) in lex.documents)


# "Council Decision (CFSP) 2021/2208", "Regulation (EU) 2021/2201": the bracketed code is
# part of a legal reference's number, neither an actor nor an acronym definition
_LEGAL_REF = re.compile(r"\(([A-Z]{2,6})\)[ \t]+(?:No\.?[ \t]*)?\d{1,4}/\d{1,5}(?![\w/])")
# "Case No. ICC-01/12-01/18": a case number (read back from each "-NN/")
_CASE_NUMBER = re.compile(r"-\d{2}/\d{2}")
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,6}\Z")


def _legal_references(text: str, claims: _Claims) -> None:
    if "(" in text:
        for m in _LEGAL_REF.finditer(text):
            claims.replace(_Span(m.start(1), m.end(1), "", "", "", "block", False))
    if "-" in text:
        for m in _CASE_NUMBER.finditer(text):
            c = _CODE_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if c is not None:
                claims.replace(_Span(c.start(), c.end(), "", "", "", "block", False))


def _acronyms(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context, lex: _Lex) -> None:
    defs = list(_ACRONYM_DEF.finditer(text))
    if "known by its" in text:
        defs = sorted(defs + list(_KNOWN_BY_ACRONYM.finditer(text)), key=lambda m: m.start())
    for m in defs:
        acr = m.group(1)
        upper = sum(1 for c in acr if c.isupper())
        if upper < 2 or sum(1 for c in acr if c.islower()) > upper:
            continue  # (not "(Kongoussi-Djibo)", a road's two ends; "(FAMa)" is one)
        a0, a1 = m.start(1), m.end(1)
        acr_span = claims.at(a0, a1)
        if acr_span is None and not claims.free(a0, a1):
            continue
        if acr_span is not None and not acr_span.emit:
            continue  # "(AFP)": a blocking phrase
        lf_end = m.start()
        while lf_end > 0 and text[lf_end - 1] in " \t\u00a0":
            lf_end -= 1
        prev = claims.ending_at(lf_end)
        long_span: _Span | None = None
        if prev is not None and prev.emit and prev.kind not in ("state", "person") and (
            " " in text[prev.start : prev.end] or prev.role == "inst"
        ):
            long_span = prev
        target: tuple[str, str, str] | None = None
        if long_span is not None:
            # The article's own definition wins over the gazetteer's reading of the
            # acronym: "National Committee for the Salvation of the People (CNSP)".
            target = (long_span.actor, long_span.name, long_span.kind)
            if acr_span is not None and acr_span.actor != long_span.actor:
                acr_span.actor, acr_span.name, acr_span.kind = target
                acr_span.entry = long_span.entry
                ctx.acronyms[acr] = target
        elif acr_span is not None:
            target = (acr_span.actor, acr_span.name, acr_span.kind)
        if long_span is None or (acr_span is not None and long_span.actor != acr_span.actor):
            cs = _chunk_before(text, lf_end, claims, lex, acr)
            if cs is not None and (long_span is None or cs < long_span.start):
                name = " ".join(text[cs:lf_end].split())
                if target is None and acr_span is None and _document(name, lex):
                    # "the Humanitarian Needs and Response Plan (HNRP)": a document; the
                    # name and its acronym (here and in repeats) are no mention.
                    claims.replace(_Span(cs, lf_end, "", "", "", "block", False))
                    claims.add(_Span(a0, a1, "", "", "", "block", False))
                    ctx.acronyms.setdefault(acr, ("", "", ""))
                    continue
                if target is None:
                    context = text[max(0, cs - 300) : min(len(text), m.end() + 200)]
                    first = claims.at(cs, cs + len(name.split()[0]))
                    kind = _guess_kind(name, context, lex,
                                       by_state=first is not None and first.kind == "state")
                    target = (slug(ascii_fold(name)), ascii_fold(name), kind)
                new = _Span(cs, lf_end, *target, role="long")
                if claims.replace(new):
                    long_span = new
        if target is None:
            continue
        if acr_span is None:
            claims.add(_Span(a0, a1, *target, role="acronym"))
        ctx.acronyms.setdefault(acr, target)
        if long_span is not None and long_span.role == "long":
            surface = text[long_span.start : long_span.end]
            ctx.long_forms.setdefault(fold_tokens(surface), (target, surface))


def _acronym_repeats(text: str, toks: _Toks, claims: _Claims, ctx: _Context) -> None:
    """Later (and earlier) uses of acronyms and long forms the article defined."""
    acronyms = ctx.acronyms
    index = {key: target for key, (target, _) in ctx.long_forms.items()}
    prefixes = {key[:i] for key in index for i in range(1, len(key))}
    firsts = {key[0] for key in index}
    starts, ends, words = toks.starts, toks.ends, toks.words
    # Only tokens that are a defined acronym or start a long form (C-level filters).
    hit = set(compress(range(len(words)), map(acronyms.__contains__, words)))
    if firsts:
        hit.update(compress(range(len(words)), map(firsts.__contains__, toks.folded)))
    for i in sorted(hit):
        s, e, w = starts[i], ends[i], words[i]
        target = acronyms.get(w)
        if target is not None:
            if not target[0]:
                continue  # a document's acronym
            if claims.free(s, e):
                claims.add(_Span(s, e, *target, role="acronym"))
            else:
                sp = claims.at(s, e)
                if sp is not None and sp.emit and sp.actor != target[0]:
                    sp.actor, sp.name, sp.kind = target
            continue
        f = toks.folded[i]
        if f not in firsts or not claims.free(s, e):
            continue
        # Walk the text token by token against the long forms (longest wins).
        key: tuple[str, ...] = (f,)
        end, best = e, index.get(key)
        best_end = e if best else -1
        while key in prefixes:
            n = _NEXT.match(text, end)
            if n is None:
                break
            key = (*key, fold_token(n.group(2)))
            end = n.end()
            if key in index:
                best, best_end = index[key], end
        if best is not None and claims.free(s, best_end):
            claims.add(_Span(s, best_end, *best, role="long"))


# ----------------------------------------------------------------------------- persons
def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or "\u0300" <= c <= "\u036f"


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _ENDERS


# Runs of letters longer than three (a search never matches inside a shorter run, whose
# first letter it tried first, nor inside a longer one, which it took whole).
_LONG_LETTER_RUN = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str) -> bool:
    ws = _LONG_LETTER_RUN.findall(text)
    if len(ws) < 4:
        return False
    caps = sum(map(str.isupper, map(_FIRST, ws)))
    return caps >= 0.8 * len(ws)


Word = tuple[int, int, str]


# A hyphen with a word character after it: the only hyphens that glue a word. One
# literal-prefixed pattern per hyphen character, so that the regex engine jumps between
# them (a character class would test every character).
_HYPHEN = re.compile(r"-(?=[\w\u0300-\u036f])")
_HYPHEN_U = re.compile(r"‐(?=[\w\u0300-\u036f])")


def _words(text: str, toks: _Toks, lex: _Lex) -> tuple[list[Word], list[str]]:
    """Capitalised words for person rules, and the same words as written (the person
    and linking passes read both); a word glued to a lower-case part ("Tuareg-led",
    "pro-Wagner") is left out, but not one after a name particle ("al-Mahdi")."""
    starts, ends, written = toks.wstarts, toks.wends, toks.wwords
    words = list(zip(starts, ends, written))
    # Hyphens are much rarer than words: from each, the word just after it and the
    # word ending at it (bisect), instead of a look at both sides of every word.
    hyphens = [m.start() for m in _HYPHEN.finditer(text)]
    if "‐" in text:
        hyphens.extend(m.start() for m in _HYPHEN_U.finditer(text))
    if not hyphens:
        return words, written
    n = len(words)
    drop: set[int] = set()
    for h in hyphens:
        k = bisect.bisect_left(starts, h + 1)
        if k < n and starts[k] == h + 1 and \
                lex.glued_particle.search(text, max(0, h - 5), h) is None:
            drop.add(k)  # "pro-Wagner"
        k = bisect.bisect_left(ends, h)
        if k < n and ends[k] == h:
            drop.add(k)  # "Tuareg-led"
    written = written[:]
    for k in sorted(drop, reverse=True):
        del words[k], written[k]
    return words, written


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` nested by common prefix ("de|del|den" ->
    "de(?:l|n)?"): the regex engine tests a first letter once, not once per word."""
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        heads.setdefault(w[:1], []).append(w[1:])
    alts = []
    for c, rests in heads.items():
        if c == "":
            continue
        tail = [r for r in rests if r]
        sub = _trie_pattern(tail) if tail else ""
        opt = "?" if "" in rests else ""
        alts.append(re.escape(c) + (f"(?:{sub}){opt}" if sub else ""))
    return "|".join(alts)


def _last_words(text: str, pos: int, n: int = 2) -> list[str]:
    """The last ``n`` blank-separated words before ``pos`` (nearest last)."""
    return text[max(0, pos - 40) : pos].rsplit(None, n)[-n:]


def _title_cue(text: str, pos: int, lex: _Lex, last: list[str] | None = None) -> bool:
    """``last``: ``_last_words(text, pos, n)`` when the caller has it already (n >= 1)."""
    if pos == 0 or text[pos - 1] not in " \t\u00a0":
        return False
    last = _last_words(text, pos, 1) if last is None else last[-1:]
    if not last:
        return False
    w = last[0]
    if "-" in w and w.rpartition("-")[0].endswith("."):
        w = w.rpartition("-")[2]  # a compound rank in abbreviations: "Maj.-Gen.", "Lt.-Col."
    bare = w[:-1] if w.endswith(".") else w
    f = bare.lower()
    if not f.isascii():
        f = fold_cached(bare)  # the lists are folded: "Abbé" is "abbe"
    if "'" in f or "’" in f:
        f = "-".join(fold_tokens(f))  # as _one_word reads the word lists: "I'm"
    if f not in lex.cues_before:
        return _office_of(text, pos, bare, lex)
    if f == "as":
        ws = [x.lower() for x in _last_words(text, pos, 3)[:-1]]
        if ws[-1:] == ["only"]:
            ws.pop()
        return bool(ws) and ws[-1] in lex.naming_verbs
    if f == "by":  # "the faction led by Bakura Doro"
        ws = _last_words(text, pos, 2)
        return len(ws) == 2 and ws[0].lower() in _LEAD_VERBS
    if f in ("v", "vs"):  # a case's caption: "Public Prosecutor v. Fawaz Ould Ahmed"
        ws = _last_words(text, pos, 2)
        return len(ws) == 2 and ws[0][:1].isupper()
    if f in lex.capital_only_titles and not bare[:1].isupper():
        return False
    if w.endswith(".") and len(bare) > 4:
        return False  # "... the president. Traore" is a sentence end
    return True


def _office_of(text: str, pos: int, bare: str, lex: _Lex) -> bool:
    """ "Secretary of State Jane Doe", "Chief of Staff X", "the President of Mali X": a
    title, "of" and one capitalised word before the name."""
    if not bare[:1].isupper() or not bare[-1:].isalpha():
        return False  # (not "the Minister of Communication, Culture, Arts")
    ws = _last_words(text, pos, 3)
    if len(ws) < 3 or ws[1] != "of" or not ws[0][:1].isupper():
        return False
    f = fold_cached(ws[0])
    return f in lex.title_cues or f in lex.office_titles


_THEN_NOW = frozenset(["then", "now"])
_LEAD_VERBS = frozenset(["led", "headed", "commanded", "founded", "chaired"])
_LIST_GOES_ON = re.compile(r",[ \t]+[A-Z][\w\u0300-\u036f'’\-]*(?:,|[ \t]+and[ \t])")


def _title_comma_cue(text: str, pos: int, lex: _Lex) -> bool:
    """ "prime minister, Moctar Ouane," / "the minister of mines, Lamine Diawara," """
    before = text[max(0, pos - 80) : pos].rstrip()
    if before.endswith((" then", " now")):
        before = before.rpartition(" ")[0].rstrip()  # "the prosecutor, then Fatou Bensouda,"
    if not before.endswith(","):
        return False
    ws = [w.lower() for w in before[:-1].split()[-10:]]
    if not ws:
        return False
    titles = lex.comma_titles
    if ws[-1] in lex.comma_roles:
        return True
    if ws[-1][-1:] == "s" and ws[-1][:-1] in titles:
        # "one of its commanders, Sergei Shevchenko,": one holder of the title, named
        lead = ws[-4:-1]
        if any(lead[j : j + 2] == ["one", "of"] for j in range(len(lead) - 1)):
            return True
    # A title with its complement: "minister of mines", "mediator for Mali", "a member
    # of the Civilian Joint Task Force (CJTF) in Baga".
    for i, w in enumerate(ws[:-1]):
        if w in titles and ws[i + 1] in ("of", "for", "in"):
            return all(c.isalpha() or c in "-'()" for x in ws[i + 2 :] for c in x)
    return False


def _said_before(text: str, pos: int, lex: _Lex, last: list[str] | None = None) -> bool:
    if last is None:
        last = _last_words(text, pos, 2)
    if not last:
        return False
    if last[-1] in lex.say_words:
        return True
    return len(last) == 2 and last[0] == "according" and last[1] == "to"


def _person_name(words: list[Word]) -> str:
    return ascii_fold(" ".join(w for _, _, w in words))


def _persons(text: str, words: list[Word], written: list[str], claims: _Claims, gaz: Gazetteer,
             ctx: _Context, order: int, lex: _Lex) -> None:
    """Cue-found persons, added to ``claims``."""
    # Words free of claims and nameable; runs are built only around those.
    n = len(words)
    cand = list(compress(range(n), map(lex.nameable, written)))
    if not cand:
        return
    if not lex.titles.isdisjoint(written):
        # Title words of the data are never names ("the Minister Delegate to ...").
        cand = [i for i in cand if written[i] not in lex.titles]
    # Drop words under a claim (deferred gazetteer surnames do not count): one
    # linear sweep over both sorted lists.
    spans = [sp for sp in claims.spans if sp.role != "surname"]
    free: list[int] = []
    j, m = 0, len(spans)
    for i in cand:
        s, e, _ = words[i]
        while j < m and spans[j].end <= s:
            j += 1
        if j >= m or spans[j].start >= e:
            free.append(i)
    cand = free
    if not cand:
        return
    okset = set(cand)
    done = -1
    blanks = _BLANKS
    closers = _COMMA_CUE_AFTER
    join = lex.join_gap.fullmatch
    for i in cand:
        if i <= done:
            continue
        # A segment: this word and the nameable words joined after it by blanks or a
        # particle ("Iyad ag Ghaly"). A word that cannot be a name only ends one, and
        # a nameable word before that could join took this one in already: only a
        # nameable next word needs its gap checked.
        hi = i
        while hi + 1 in okset and join(text, words[hi][1], words[hi + 1][0]):
            hi += 1
        if hi > i and hi + 1 < n and words[hi][2].lower() in lex.particles \
                and fold_cached(words[hi + 1][2]) in lex.title_cues \
                and not text[words[hi][1] : words[hi + 1][0]].strip(blanks) \
                and claims.free(words[hi + 1][0], words[hi + 1][1]):
            hi += 1  # "Sidi Ould Cheikh": a title word after a particle is a surname
        done = hi
        if hi == i:
            # A lone word (most segments). One word can only have a title before it
            # (after a blank), a "title," before it, or an apposition after it (after
            # a comma); words that can have none are not looked at further.
            s0, e1, _ = words[i]
            after = text[e1 : e1 + 1]
            if after != ",":
                if s0 == 0:
                    continue
                p = text[s0 - 1]
                if p not in blanks and not (after in closers and (p == "," or p.isspace())):
                    continue
                # Without a comma after, only the word before can be the cue: a title,
                # or one ending "title, " (_person_cues has the exact rules).
                last = text[max(0, s0 - 40) : s0].rsplit(None, 1)[-1:]
                if last:
                    w = last[0]
                    if w[-1] != "," and w not in lex.org_gate and \
                            (w[:-1] if w[-1] == "." else w).lower() not in lex.cues_before \
                            and not _office_of(text, s0, w, lex):
                        continue
            _person_cues(text, [words[i]], claims, gaz, ctx, order, lex)
            continue
        seg: list[Word] = [words[i]]
        for k in range(i + 1, hi + 1):
            a_end, b = words[k - 1][1], words[k]
            gap = text[a_end : b[0]]
            part = gap.strip()
            if part.endswith("-"):  # a particle glued to the name: "al-Mahdi"
                ps = a_end + gap.index(part)
                seg.append((ps, b[1], text[ps:b[1]]))
                continue
            if part:  # a particle
                ps = a_end + gap.index(part)
                seg.append((ps, ps + len(part), part))
            seg.append(b)
        # A sentence-initial word before a name the article already knows is not
        # part of it ("Later Hamidou said").
        if len(seg) == 2 and _is_sentence_start(text, seg[0][0]):
            k = fold_token(seg[1][2])
            if k in ctx.first_names or k in ctx.surnames:
                seg = seg[1:]
        _person_cues(text, seg, claims, gaz, ctx, order, lex)


# ", ndzana@un.org", ", +237 6 99": a contact line goes on (the word before the comma is
# the office's town: "Head of Sub-Office, Maroua, ndzana@un.org")
_CONTACT_NEXT = re.compile(r",[ \t]*(?:[^\s,]*@|\+?\(?\d)")
_GLUED_TAIL = re.compile(r"['’][a-z]{1,8}(?![\w\u0300-\u036f'’])")


def _person_cues(text: str, seg: list[Word], claims: _Claims, gaz: Gazetteer, ctx: _Context,
                 order: int, lex: _Lex) -> None:
    """The cue that makes a segment of nameable words a person, if any; the person added."""
    s0, e1 = seg[0][0], seg[-1][1]
    if text[e1 : e1 + 1] in ("'", "’"):
        # A lower-case part glued by an apostrophe is part of the surname ("Musa
        # Rufa'i", "Ja'afar"); a possessive "'s" is not.
        g = _GLUED_TAIL.match(text, e1)
        if g is not None and g.end() - e1 > 2 or g is not None and text[e1 + 1] != "s":
            ws0 = seg[-1][0]
            e1 = g.end()
            seg = seg[:-1] + [(ws0, e1, text[ws0:e1])]
    size = len(seg)
    cue = ""
    chosen = seg
    # The words just before, once for all the look-behind cues; the character after,
    # for the look-ahead ones (each of them starts with a comma or a blank).
    last = text[max(0, s0 - 40) : s0].rsplit(None, 2)[-2:]
    after = text[e1 : e1 + 1]
    if last and text[s0 - 1] == " " and size <= 4 and (last[-1] in lex.org_cues or (
            last[-1] == "group" and len(last) > 1
            and last[-2].rpartition("-")[2].lower() in lex.org_group_words)):
        # "the migrant-rights group Caminando Fronteras says": a body's own name
        name = " ".join(w for _, _, w in seg)
        target = (slug(ascii_fold(name)), ascii_fold(name), "organisation")
        sp = _Span(s0, e1, *target, role="long")
        if claims.replace(sp):
            ctx.long_forms.setdefault(fold_tokens(text[s0:e1]), (target, text[s0:e1]))
        return
    if _title_cue(text, s0, lex, last):
        cue, chosen = "title", seg[:4]
    elif (after in _COMMA_CUE_AFTER or text.startswith(" of ", e1)) and (
            not last or last[-1][-1] == "," or (
            last[-1] in _THEN_NOW and len(last) > 1 and last[-2][-1] == ",")) \
            and (_title_comma_cue(text, s0, lex) or _demonym_comma_cue(text, s0, claims)) \
            and not (size == 1 and (_LIST_GOES_ON.match(text, e1) or _CONTACT_NEXT.match(text, e1))):
        # (one word in a list of capitalised words is a portfolio's, not a name: "the
        # Minister of Communication, Culture, Arts and Tourism")
        cue, chosen = "title", seg[:4]
    elif after == "," and lex.appos_after.match(text, e1):
        if size <= 4:
            cue = "appos"
    elif 2 <= size <= 4 and _said_before(text, s0, lex, last):
        cue = "said"
    elif 2 <= size <= 4 and after == "," and last and last[-1][-1] == "," and \
            lex.said_after.match(text, e1 + 1):
        cue = "said"  # "The festival's delegate general, Moussa Sawadogo, said"
    elif 2 <= size <= 4 and after in _BLANKS and lex.copula_role.match(text, e1):
        cue = "appos"  # "Hadiza Mustapha-Eke is an Abuja-based researcher."
    elif 2 <= size <= 4 and after == " " and text.startswith(" of ", e1) and \
            _speaker_of_body(text, e1 + 4, claims, lex):
        cue = "said"  # "Reed Brody of Human Rights Watch, who ...", "... of Amnesty said"
    elif size >= 2 and after in _BLANKS and lex.said_after.match(text, e1) and \
            not _portfolio(last, lex):
        cue, chosen = "said", seg[-3:]
    elif size >= 2 and fold_token(seg[-1][2]) in ctx.surnames:
        cue = "surname"
    elif 2 <= size <= 4 and last and last[-1][-1] == ":" and _labelled(last, lex):
        cue = "said"  # "contact: Jane Doe, Head of Office"
    elif 3 <= size <= 5 and any(fold_cached(w) in lex.lineage for _, _, w in seg[1:-1]):
        cue = "appos"  # "Hamadi Ould Sid'El Moctar was third": "son of" names a person
    if not cue:
        if 2 <= size <= 3:
            ctx.uncued.setdefault(seg[-1][2], seg)
        return
    if _names_place(text, e1, lex):
        return  # "the General Seyni Kountche stadium": part of a place's name
    nxt = _SPACE_WORD.match(text, e1)
    if nxt is not None:
        nw = fold_cached(nxt.group(1))
        if cue == "title" and nw in lex.title_cues and nxt.group(1)[:1].isupper():
            return  # "Deputy Defence Minister X": a word inside a compound title
    if cue == "said" and size > 4:
        return
    if size == 1 and cue == "appos" and _place_slot(text, s0, last, lex):
        return  # "between Karimama and Kandi, the militants ...": a place
    span = _resolve_person(chosen, gaz, ctx)
    if span is None:
        return
    span.cue = cue
    if claims.replace(span):
        _learn_person(span, text, ctx, order)


def _demonym_comma_cue(text: str, pos: int, claims: _Claims) -> bool:
    """ "Another Canadian, Edith Blais," / "a Malian, Moussa Traore,": one person of a
    nation, named after the comma (the demonym found by the gazetteer)."""
    comma = text.rfind(",", max(0, pos - 4), pos)
    if comma < 0 or text[comma + 1 : pos].strip():
        return False
    found = claims.overlapping(comma - 1, comma)
    if not found or found[-1].end != comma or found[-1].role != "demonym":
        return False
    det = text[max(0, found[-1].start - 9) : found[-1].start].rsplit(None, 1)[-1:]
    return bool(det) and det[0].lower() in _ONE_OF_A_NATION


_ONE_OF_A_NATION = frozenset(("a", "an", "another", "fellow", "one"))


def _speaker_of_body(text: str, pos: int, claims: _Claims, lex: _Lex) -> bool:
    """After "<name> of": an organisation or institution found at ``pos`` (past "the"),
    then a verb of speech or ", who". Not a state: "Central Bank of Mali said" is a body."""
    if text.startswith("the ", pos):
        pos += 4
    found = claims.overlapping(pos, pos + 1)
    if not found or found[0].start != pos or found[0].kind not in _SPEAKER_BODIES:
        return False
    end = found[0].end
    return text.startswith((", who ", ", whom "), end) or \
        lex.said_after.match(text, end) is not None


_SPEAKER_BODIES = frozenset(("organisation", "institution"))


def _speakers_by_surname(text: str, words: list[Word], claims: _Claims, gaz: Gazetteer,
                         ctx: _Context, order: int, lex: _Lex) -> None:
    """ "Hamidou Bande still keeps the torch ... Bande said": a surname alone later in the
    field, before a verb of speech or twice, names as a person the uncued run it ends;
    the linking pass then ties it and the other mentions to it. A few runs are looked
    for with a find each; many (a list of names) with one walk over the field's
    capitalised words, so the cost stays linear."""
    uncued = ctx.uncued
    if len(uncued) <= 8:
        hits = ((key, seg, i) for key, seg in list(uncued.items())
                for i in _finds(text, key, seg[-1][1]))
    else:
        hits = ((w, uncued[w], s) for s, _, w in words if w in uncued and s >= uncued[w][-1][1])
    alone: dict[str, int] = {}
    for key, seg, i in hits:
        if key not in uncued:
            continue  # (named already)
        e = i + len(key)
        prev = text[max(0, i - 30) : i].rsplit(None, 1)[-1:]
        if _is_word_char(text[i - 1]) or _is_word_char(text[e : e + 1] or " ") \
                or (text[e : e + 1] == " " and text[e + 1 : e + 2].isupper()) \
                or (prev and prev[0][:1].isupper() and prev[0][-1:].isalpha()
                    and text[i - 1] == " "):
            continue  # not alone: inside a longer run of capitals ("Fada N'Gourma")
        # (a surname a cue named already, "Chiacchio, a tourist,": the run it ends too)
        cued = False
        if not claims.free(i, e):
            over = claims.overlapping(i, e)
            if len(over) != 1 or over[0].kind != "person" or over[0].start != i \
                    or over[0].end != e:
                continue
            cued = True
        alone[key] = alone.get(key, 0) + 1
        if cued or alone[key] >= 2 or lex.said_after.match(text, e) is not None:
            del uncued[key]
            if claims.free(seg[0][0], seg[-1][1]):
                span = _resolve_person(seg, gaz, ctx)
                if span is not None:
                    span.cue = "said"
                    if claims.replace(span):
                        _learn_person(span, text, ctx, order)
                        if cued:  # the cued surname is that person's
                            again = _resolve_person([(i, e, key)], gaz, ctx)
                            if again is not None:
                                again.cue = "surname"
                                claims.replace(again)


def _finds(text: str, key: str, start: int) -> Iterator[int]:
    """Every offset of ``key`` in ``text`` from ``start``."""
    i = text.find(key, start)
    while i >= 0:
        yield i
        i = text.find(key, i + len(key))


def _portfolio(last: list[str], lex: _Lex) -> bool:
    """'The Minister of Humanitarian Action said': after a title and "of", the words
    before the say verb name a portfolio, not the speaker."""
    return len(last) >= 2 and last[-1].lower() == "of" and (
        fold_cached(last[-2]) in lex.title_cues or fold_cached(last[-2]) in lex.inst_heads)


def _labelled(last: list[str], lex: _Lex) -> bool:
    """Whether the words before a name end with a label of the data ("contact:")."""
    one = fold_cached(last[-1][:-1])
    if one in lex.labels:
        return True
    return len(last) == 2 and " ".join((fold_cached(last[0]), one)) in lex.labels


def _place_slot(text: str, pos: int, last: list[str], lex: _Lex) -> bool:
    """A lone word in a place slot: after a place preposition ("in", "near") or as the
    second term of "between X and"."""
    if not last:
        return False
    w = last[-1].lower()
    if w in lex.place_words or w == "between":
        return True
    if w == "and":
        before = text[max(0, pos - 60) : pos].lower().split()[-4:-2]
        return any(b.lstrip(_OPENERS) == "between" for b in before)
    return False


def _resolve_person(words: list[Word], gaz: Gazetteer, ctx: _Context) -> _Span | None:
    s, e = words[0][0], words[-1][1]
    name = _person_name(words)
    ent = gaz.lookup(name)
    if ent is not None and ent.kind == "person":
        return _Span(s, e, ent.id, ent.name, ent.kind, "person", entry=ent, words=len(words))
    if ent is not None:
        return None  # a known non-person ("Burkina Faso said")
    if len(words) == 1:
        key = fold_token(words[0][2])
        if key in ctx.surnames:
            _, _, actor, nm, kind = _pick_surname(ctx.surnames[key], 2, s)
            return _Span(s, e, actor, nm, kind, "link", words=1)
        if key in ctx.first_names:
            actor, nm, kind = ctx.first_names[key]
            if actor:
                return _Span(s, e, actor, nm, kind, "link", words=1)
    return _Span(s, e, slug(name), name, "person", "person", words=len(words))


def _learn_person(sp: _Span, text: str, ctx: _Context, order: int) -> None:
    if sp.kind != "person" or sp.role == "link":
        return
    ws = text[sp.start : sp.end].split()
    if len(ws) >= 2:
        _register(ctx, fold_token(ws[-1]), (order, sp.start, sp.actor, sp.name, sp.kind))
        _register_inner(ctx, ws, (order, sp.start, sp.actor, sp.name, sp.kind))
        if sp.role == "person" and sp.cue in ("appos", "said", "byline") and len(ws) <= 3:
            # A private person's first name alone links to the full name
            # ("Aminata Walet Mohamed, 34, ..." then "Aminata said"); a first name two
            # people share links to neither.
            key = fold_token(ws[0])
            if key not in ctx.surnames:
                got = ctx.first_names.get(key)
                if got is None:
                    ctx.first_names[key] = (sp.actor, sp.name, sp.kind)
                elif got[0] != sp.actor:
                    ctx.first_names[key] = ("", "", "")
    elif ws and sp.role == "person":
        ctx.first_names.setdefault(fold_token(ws[0]), (sp.actor, sp.name, sp.kind))


def _learn_gazetteer_persons(text: str, claims: _Claims, ctx: _Context, order: int) -> None:
    for sp in claims.spans:
        if sp.kind == "person" and sp.role == "name":
            ws = text[sp.start : sp.end].split()
            if len(ws) >= 2:
                entry = (order, sp.start, sp.actor, sp.name, sp.kind)
                _register(ctx, fold_token(ws[-1]), entry)
                _register_inner(ctx, ws, entry)
            sp.words = len(ws)


def _pick_surname(cands: list[tuple[int, int, str, str, str]], order: int, pos: int
                  ) -> tuple[int, int, str, str, str]:
    """The full-name mention nearest before (order, pos), else the first one.
    ``cands`` is kept sorted by (order, pos)."""
    i = bisect.bisect_right(cands, (order, pos, "\uffff"))
    return cands[i - 1] if i else cands[0]


def _register(ctx: _Context, key: str, entry: tuple[int, int, str, str, str]) -> None:
    bisect.insort(ctx.surnames.setdefault(key, []), entry)


def _register_inner(ctx: _Context, ws: list[str], entry: tuple[int, int, str, str, str]) -> None:
    """"Mahamat Idriss Déby Itno" then "Déby said", "Colonel Hamidou Garba Issa" then
    "GARBA:": the next-to-last word of a name of three words or more links too, unless a
    name ending with it does ("Idriss Déby"; merged in ``extract_actors``)."""
    if len(ws) >= 3 and ws[-2][:1].isupper():
        bisect.insort(ctx.inner_surnames.setdefault(fold_token(ws[-2]), []), entry)


# ------------------------------------------------------------------ bylines and credits
_NAME_WORD = r"[^\W\d_][\w\u0300-\u036f]*(?:[-‐'’][^\W\d_][\w\u0300-\u036f]*)*"
# "By Jane Doe" / "By JANE DOE Associated Press" / "By Jane Doe and John Roe", a line of
# its own: the run of words written in one case (all capitals or capitalised).
# A section label in capitals may open the line: "FEATURE - By Jane Doe".
_BYLINE = re.compile(
    r"[ \t]*(?:[A-Z][A-Z&/' ]{1,30}[ \t]+[-\u2013\u2014|:][ \t]+)?By[ \t]+([^\n]{1,120})$")
# "From Hauwa Abdullahi, Maiduguri": the Nigerian press's byline, a line of its own
# holding a name and the reporter's town, nothing else.
_FROM_LINE = re.compile(r"From[ \t]+([^\n,]{3,60}),[ \t]*[^\W\d_][^\n,;.:]{1,40}$")
# "(Reporting by X; Writing by Y and Z; Editing by W)", "Additional reporting by X".
# Also the credits of a live page or a parliamentary answer: "Edited by X and Y",
# "Asked by X (Constituency)", "Answered on 28 November 2022 by X".
_CREDIT = re.compile(
    r"(?:^|(?<=[(;\n])|(?<=[(;\n.][ \t]))(?:[Aa]dditional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    r"[Rr]eporting[ \t]+and[ \t]+writing|[Ww]riting[ \t]+and[ \t]+reporting|[Ee]dited|[Ww]ritten|"
    r"[Pp]roduced|[Tt]ranslated|[Aa]sked|[Aa]nswered|[Mm]oderated|[Cc]haired)"
    r"(?:[ \t]+(?:in|for|on)[ \t]+(?:this|the)[ \t]+[a-z]+)?"
    r"(?:[ \t]+on[ \t]+(?:[A-Z][a-z]{2,5}day[ \t]+)?\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})?"
    r"[ \t]+by[ \t]+([^;()\n]{1,160})"  # (a bracket ends the names: "(Wexham and Calder Vale)")
)
# A part of each verb of _CREDIT, whatever its case; the credits of a live page or an
# answer are read when they open a line as written here.
_CREDIT_LINE_STARTS = ("Edited by ", "Written by ", "Produced by ", "Translated by ",
                       "Asked by ", "Answered by ", "Answered on ", "Moderated by ",
                       "Chaired by ")
_CREDIT_VERBS = ("eporting", "riting", "diting", "ompiled") + tuple(
    c.split()[0] for c in _CREDIT_LINE_STARTS)
_NAME_RUN = re.compile(_NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")*")
_LIST_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*")


def _byline_names(chunk: str) -> str:
    """The part of a byline that lists names: up to the first comma after the last
    "and"/"&" ("By X, Y and Z, Reuters"), or up to the first comma when there is none
    ("By Jane Doe, Africa correspondent")."""
    last_and = max(chunk.rfind(" and "), chunk.rfind("&"))
    cut = chunk.find(",", max(last_and, 0))
    return chunk if cut < 0 else chunk[:cut]


def _credit_names(text: str, start: int, chunk: str, lex: _Lex) -> list[Word]:
    """The (start, end, name) of each person named in a byline or credit list; a piece
    holding a role word of the data ("Senior Editor", "West Africa Correspondent") ends
    the list."""
    out: list[Word] = []
    pos = 0
    roles = lex.roles
    for piece in _LIST_SPLIT.split(chunk) + [""]:
        at = chunk.find(piece, pos) if piece else -1
        if not piece or at < 0:
            continue
        pos = at + len(piece)
        m = _NAME_RUN.match(piece.strip())
        if m is None:
            continue
        lead = len(piece) - len(piece.lstrip())
        ws = m.group().split()
        # One case throughout: "HAMIDOU DIALLO Associated Press" -> the capitals only.
        if ws[0].isupper() and len(ws[0]) > 1:
            keep = [w for w in ws[: next((i for i, w in enumerate(ws) if not w.isupper()), len(ws))]]
        else:
            keep = ws[: next((i for i, w in enumerate(ws) if not w[:1].isupper()
                              and w.lower() not in lex.particles), len(ws))]
        if any(f in roles or f[-1:] == "s" and f[:-1] in roles for f in map(fold_cached, keep)):
            break  # "Senior Editors", "West Africa Correspondent": a role, the names end
        # A full name (two to four words); "By Reuters" or "Bamako newsroom" is none.
        if not 2 <= len(keep) <= 4 or any(w.lower() in lex.desk_words for w in ws[: len(keep) + 1]):
            continue
        s0 = start + at + lead
        name = " ".join(keep)
        out.append((s0, s0 + len(name), name))
    return out


def _bylines(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context, order: int, lex: _Lex
             ) -> None:
    """Journalists named in a byline or a credit line are persons (guidelines 3.1.4)."""
    found: list[Word] = []
    # Only the lines holding "By " or "ing by " are looked at (str.find is a C scan).
    lines: set[int] = set()
    for needle in ("By ", "ing by ", "ed by ") + _CREDIT_LINE_STARTS:
        i = text.find(needle)
        while i >= 0:
            lines.add(text.rfind("\n", 0, i) + 1)
            i = text.find(needle, i + 1)
    i = text.find("From ")
    while i >= 0:
        if i == 0 or text[i - 1] == "\n":
            lines.add(i)
        i = text.find("From ", i + 1)
    # "Reporting in this blog by X": the verb, then " by " within a few words.
    i = text.find("eporting ")
    while i >= 0:
        if text.find(" by ", i, i + 40) >= 0:
            lines.add(text.rfind("\n", 0, i) + 1)
        i = text.find("eporting ", i + 1)
    for ls in sorted(lines):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        m = _BYLINE.match(text, ls, le) or _FROM_LINE.match(text, ls, le)
        if m is not None:
            found += _credit_names(text, m.start(1), _byline_names(m.group(1)), lex)
        # The credit pattern opens with look-behinds (tried at every character): only
        # on a line holding one of its verbs.
        line = text[ls:le]
        if any(v in line for v in _CREDIT_VERBS):
            for m in _CREDIT.finditer(text, ls, le):
                found += _credit_names(text, m.start(1), m.group(1), lex)
    for s, e, name in found:
        if text[s:e] != name:
            continue
        # Spans of a known actor of another kind (a state, an agency) stay as they are.
        if any(o.kind != "person" and o.role != "place" for o in claims.overlapping(s, e)):
            continue
        pieces = [(s + k, s + k + len(w), w) for k, w in _word_offsets(name)]
        if name.isupper():
            pieces = [(a, b, w.title()) for a, b, w in pieces]
        _claim_credited_person(pieces, text, claims, gaz, ctx, order)




def _contact_rest(rest: str, lex: _Lex) -> bool:
    """Whether what follows the name's comma is a job, an office or a phone: capitalised
    words (connectors, digits, an e-mail allowed), no sentence, and a role word, a phone
    or an e-mail among them."""
    if rest[:1] != "+" and not rest[:1].isdecimal() and not rest[:1].isupper() \
            and "@" not in (rest.split(None, 1) or [""])[0]:
        return False  # (a rest of blanks only, "\u00a0", has no first word)
    if ". " in rest or rest.rstrip().endswith((":", ";")):
        return False
    cue = rest[:1] == "+" or "@" in rest or sum(c.isdecimal() for c in rest) >= 6
    for w in rest.replace(",", " ").replace("/", " ").split():
        c = w[:1]
        if c.isalpha():
            f = fold_cached(w.strip(".()"))
            if not c.isupper() and f not in lex.contact_joiners and "@" not in w:
                return False
            cue = cue or f in lex.roles or f[-1:] == "s" and f[:-1] in lex.roles
    return cue


def _contacts(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context, order: int,
              lex: _Lex) -> None:
    """A line opening with a person's name, a comma and a job, office or phone (the
    contact or signature lines of press releases) names a person."""
    # The lines from one split (offsets kept by their lengths); an empty line (between
    # paragraphs) costs one test.
    ls = 0
    for line in text.split("\n"):
        if not line:
            ls += 1
            continue
        head = line[:70]
        if head.lstrip(_BLANKS)[:1].isupper() and ", " in head \
                and _short_after_first_comma(line, head.find(",")):
            le = ls + len(line)
            m = lex.contact.match(text, ls, le)
            if m is not None and _contact_rest(m.group(2), lex) \
                    and not _state_at(claims, m.start(2)):
                _contact_person(text, m.start(1), m.end(1), claims, gaz, ctx, order, lex)
        ls += len(line) + 1


# A transcript's speaker label with the name in brackets: "PRESENTER (Claire Mensah-Roux):"
_SPEAKER_IN_BRACKETS = re.compile(
    r"^[ \t]*[A-Z][A-Z'\- ]{1,30}[ \t]\((" + _NAME_WORD + r"(?:[ \t]" + _NAME_WORD
    + r"){1,3})\):", re.MULTILINE)


def _short_after_first_comma(line: str, comma: int) -> bool:
    """What the contact pattern (``_Lex.contact``) allows after the name's comma (a name holds no comma, so it is the
    line's first): blanks, then at most 160 characters. Paragraph lines fail here
    without a regex call."""
    return len(line) - comma <= 161 or len(line[comma + 1 :].lstrip(" \t")) <= 160


def _state_at(claims: _Claims, pos: int) -> bool:
    """Whether a state mention starts at ``pos`` ("San Pedro, Ivory Coast": a place)."""
    sp = claims.overlapping(pos, pos + 1)
    return bool(sp) and sp[0].start == pos and sp[0].kind == "state"


def _contact_person(text: str, s: int, e: int, claims: _Claims, gaz: Gazetteer, ctx: _Context,
                    order: int, lex: _Lex) -> None:
    if not claims.free(s, e):
        return
    pieces = [(s + k, s + k + len(w), w) for k, w in _word_offsets(text[s:e])]
    for _, _, w in pieces:
        if w.lower() in lex.particles:
            continue
        f = fold_cached(w)
        if not lex.nameable(w) or not w[:1].isupper() or f in lex.roles or f in lex.places:
            return
    _claim_credited_person(pieces, text, claims, gaz, ctx, order)


def _claim_credited_person(pieces: list[tuple[int, int, str]], text: str, claims: _Claims,
                           gaz: Gazetteer, ctx: _Context, order: int) -> None:
    """A name from a byline, credit or contact line becomes a person (cue "byline")."""
    span = _resolve_person(pieces, gaz, ctx)
    if span is None or span.kind != "person":
        return
    span.cue = "byline"
    if claims.replace(span):
        _learn_person(span, text, ctx, order)


def _word_offsets(name: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for w in name.split(" "):
        out.append((pos, w))
        pos += len(w) + 1
    return out


def _link(text: str, words: list[Word], written: list[str], claims: _Claims, ctx: _Context,
          order: int, lex: _Lex) -> None:
    # Gazetteer surnames: the article's own full names first ("Traore" after
    # "Dioncounda Traore"), the gazetteer's person otherwise.
    for sp in claims.spans:
        if sp.role != "surname":
            continue
        cands = ctx.surnames.get(fold_token(text[sp.start : sp.end]))
        if cands:
            _, _, actor, nm, kind = _pick_surname(cands, order, sp.start)
            sp.actor, sp.name, sp.kind = actor, nm, kind
        sp.role = "link"
    surnames, first_names = ctx.surnames, ctx.first_names
    if not surnames and not first_names:
        return
    folded = fold_many(written)
    known = surnames.keys() | first_names.keys()
    for i in compress(range(len(folded)), map(known.__contains__, folded)):
        s, e, t = words[i]
        key = folded[i]
        cands = surnames.get(key)
        first = first_names.get(key)
        if first is not None and not first[0]:
            first = None  # a first name two people share
        if not cands and not first:
            continue
        if not claims.free(s, e):
            continue
        # Part of a longer unknown name ("Aminata Traore"): not this person.
        if i > 0:
            ps, pe, pt = words[i - 1]
            if (not text[pe:s].strip(" \t\u00a0") and lex.nameable(pt) and claims.free(ps, pe)
                    and not _is_sentence_start(text, ps)):
                continue
        if i + 1 < len(words):
            ns, ne, nt = words[i + 1]
            if not text[e:ns].strip(" \t\u00a0") and lex.nameable(nt) and claims.free(ns, ne):
                continue
        if cands:
            _, _, actor, nm, kind = _pick_surname(cands, order, s)
        else:
            actor, nm, kind = first  # type: ignore[misc]
        claims.add(_Span(s, e, actor, nm, kind, "link"))
    # Two words linked to one person side by side are one mention of a double surname
    # ("Biram Dah Abeid" ... "Dah Abeid, who")
    spans = [sp for sp in claims.spans if sp.role == "link"]
    for a, b in zip(spans, spans[1:]):
        if a.actor == b.actor and a.end < b.start and not text[a.end:b.start].strip(" \t\u00a0"):
            claims.replace(_Span(a.start, b.end, a.actor, a.name, a.kind, "link"))


# A transcript's speaker label in capitals opening a line: "GARBA: Good afternoon."
_CAPS_SPEAKER = re.compile(
    r"^[ \t]*(?:[A-Z]{2,5}\.?[ \t]+)?([A-Z][A-Z'\u2019\-]{2,}):[ \t]", re.MULTILINE)


def _speaker_labels(text: str, claims: _Claims, ctx: _Context) -> None:
    """A speaker label in capitals that is the surname of a person named in the article
    ("Colonel Hamidou Garba Issa" ... "GARBA: I will begin") is that person, as a
    surname in prose is (``_link`` skips words in capitals)."""
    if not ctx.surnames:
        return
    for m in _CAPS_SPEAKER.finditer(text):
        s, e = m.span(1)
        cands = ctx.surnames.get(fold_token(text[s:e]))
        if cands and claims.free(s, e):
            _, _, actor, nm, kind = _pick_surname(cands, 1, s)
            claims.add(_Span(s, e, actor, nm, kind, "link"))


# ------------------------------------------------------------------------------- entry
_new_mention = new_actor_mention


# Unknown named bodies with a telling head. "Operation Mirador" -> force (guidelines
# 3.1.6: operations are forces). "the M62 movement", "the XYZ coalition" -> the name is an
# organisation (a civil-society or political body; the guidelines' kinds have no closer
# one) and its bare repeats are linked like an acronym.
# (up to three capitalised words: "Operation Hadin Kai", "Operation Lafiya Dole")
_OPERATION = re.compile(r"Operation[ \t]+([A-Z][\w\u0300-\u036f'’\-]+"
                        r"(?:[ \t](?!(?:In|On|At|The|And|Of|For|To|By|With|From|As|After"
                        r"|Before|Since)(?![\w]))[A-Z][\w\u0300-\u036f'’\-]+){0,2})")
_MOVEMENT_NAME = re.compile(r"(?<![\w\u0300-\u036f])(?:[A-Z][A-Z0-9\-]{1,7}|[A-Z][a-z]*\d{1,4})[ \t]*$")


def _named_bodies(text: str, claims: _Claims, ctx: _Context, lex: _Lex) -> None:
    # Literal-led patterns (a fast substring search), the name checked only at a hit.
    if "Operation " in text:
        for m in _OPERATION.finditer(text):
            s, e = m.start(), m.end()
            if s and _is_word_char(text[s - 1]):
                continue
            if _is_sentence_start(text, m.start(1)):
                continue
            # the longest name free of other mentions ("Operation Dune France sent"
            # stops before "France")
            words = m.group(1).split()
            while words and not claims.free(s, e):
                words.pop()
                e = m.start(1) + len(" ".join(words))
            if words:
                name = "Operation " + " ".join(words)
                claims.add(_Span(s, e, slug(name), name, "force", "long"))
    # The blank before each head word, in text order (the heads cannot overlap).
    heads = [pattern for h, pattern in lex.movement_heads.items() if h in text]
    if not heads:
        return
    blanks = sorted(b for pattern in heads for m in pattern.finditer(text)
                    if (b := m.start() - 1) >= 0 and text[b] in " \t")
    for b in blanks:
        lo = max(0, b - 12)
        n = _MOVEMENT_NAME.search(text, lo, b + 1)
        if n is None:
            continue
        name = n.group().rstrip(" \t")
        s, e = n.start(), n.start() + len(name)
        if not claims.free(s, e):
            continue
        target = (slug(name), name, "organisation")
        claims.add(_Span(s, e, *target, role="acronym"))
        ctx.acronyms.setdefault(name, target)


# "the state Ministry of Education": a sub-national body, no country's
_SUBNATIONAL = frozenset(["state", "regional", "provincial", "local", "municipal"])


def _main_state_adjective(claims: _Claims) -> str:
    """The adjective of the state that holds most of the field's state mentions, more
    than half of them: "" when none does (a British answer about Mali's war names both;
    its "Ministry of Defence" is then left without a country rather than given Mali)."""
    entries = {sp.actor: sp.entry for sp in claims.spans
               if sp.kind == "state" and sp.entry is not None}
    counts = Counter(sp.actor for sp in claims.spans if sp.actor in entries)
    if not counts:
        return ""
    actor, n = counts.most_common(1)[0]
    return entries[actor].attributive if 2 * n > sum(counts.values()) else ""


def _proper_bodies(text: str, claims: _Claims, lex: _Lex, adjective: str) -> None:
    """ "The National Assembly passed the text", "the country's Court of Auditors said",
    "the Ministry of Economy and Finance": a national body written by its own name, with
    no country before it (the anchored ones are claimed already). Named with
    ``adjective``, the state the field mentions most ("Togolese National Assembly"), or
    alone when the field names no state."""
    found: list[tuple[int, int]] = []
    for body in lex.proper_bodies:
        i = text.find(body)
        while i >= 0:
            found.append((i, i + len(body)))
            i = text.find(body, i + len(body))
    # "the Ministry of Economy and Finance": a ministry by its full capitalised name
    for lead in ("Ministry of ", "Ministry for "):
        i = text.find(lead)
        while i >= 0:
            if i and text[i - 1] in _BLANKS and \
                    _SUBNATIONAL.isdisjoint(_last_words(text, i, 1)):
                e = _named_institution(text, i - 1, claims, lex)
                nxt = text.find(" Ministry", i + len(lead), e)
                if nxt >= 0:  # "... and Decentralisation and the Ministry of ...": two
                    e = i + len(text[i:nxt].rstrip(" ,").removesuffix(" the")
                                .rstrip().removesuffix(" and").rstrip(" ,"))
                if e > i + len(lead):
                    found.append((i, e))
            i = text.find(lead, i + len(lead))
    # the same body named with its country already ("Mali's Constitutional Court ... The
    # Constitutional Court") is that one: each institution by its name past the country
    named: dict[str, tuple[str, str]] = {}
    for sp in claims.spans:
        if sp.kind == "institution" and " " in sp.name:
            named.setdefault(sp.name.split(" ", 1)[1], (sp.actor, sp.name))
    for i, e in sorted(found):
        if (i and _is_word_char(text[i - 1])) or (e < len(text) and _is_word_char(text[e])) \
                or not claims.free(i, e):
            continue
        body = " ".join(text[i:e].split())
        known = named.get(ascii_fold(body)) or named.get(body)
        if known is None:
            name = ascii_fold(f"{adjective} {body}".strip())
            known = named[body] = (slug(name), name)
        claims.add(_Span(i, e, known[0], known[1], "institution", "inst"))


# A dateline: line-initial capitals, then ", <Month> <day>" or "(Agency) -", with at most
# a place between ("UNITED NATIONS, Dec 22 -", "DAKAR, Senegal (AP) -").
_DATELINE_REST = re.compile(
    r"[A-Z'’.\- ]{0,40}(?:,[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
    r"|(?:,[ \t]*[A-Z][\w.’' ]{1,30})?[ \t]*\([^)\n]{1,30}\)[ \t]*[-–—])"
)


def _datelines(text: str, claims: _Claims) -> None:
    """The city (or body) in capitals that opens a dateline is never an actor."""
    for sp in claims.spans:
        s = sp.start
        if sp.emit and (s == 0 or text[s - 1] == "\n") and text[s:sp.end].isupper() \
                and sp.end - s > 3 and _DATELINE_REST.match(text, sp.end):
            if sp.role == "name" and sp.kind == "state" and \
                    text[sp.end:sp.end + 2].lstrip()[:1] == "(":
                continue  # "CAMEROON (FAR NORTH) - CRTV": a country's section, no dateline
            sp.emit = False
            sp.role = "place"


def _organs(text: str, claims: _Claims, gaz: Gazetteer) -> None:
    """"African Union's Peace and Security Council": an organisation's possessive before
    one of its named organs is one span of the organ when the gazetteer knows the name
    without the possessive ("African Union Peace and Security Council")."""
    spans = claims.spans
    for a, b in zip(spans, spans[1:]):
        if a.kind != "organisation" or not a.emit or b.entry is None or b.role != "name":
            continue
        p = _POSSESSIVE.match(text, a.end)
        if p is None or text[p.end() : b.start].strip(_BLANKS) or p.end() == b.start:
            continue
        ent = gaz.lookup(text[a.start : a.end] + " " + text[b.start : b.end])
        if ent is not None and ent is b.entry:
            claims.replace(_Span(a.start, b.end, ent.id, ent.name, ent.kind, "name", entry=ent))


_AFTER_LANGUAGE = frozenset(["to", "and", "or", "in", "at", "with", "for", "on", "as", "but",
                             "fluently", "well", "too", "instead", "from"])


def _languages(text: str, claims: _Claims, lex: _Lex) -> None:
    """A demonym that names a language is no state: "known by its French initials BIR",
    "reading a text in French." (before a language noun, or after "in" and before a
    punctuation mark)."""
    languages = lex.languages
    for sp in claims.spans:
        # (a span of a state whose text is a language: most spans fail the first test)
        if sp.kind != "state" or fold_cached(text[sp.start:sp.end]) not in languages:
            continue
        nxt = _SPACE_WORD.match(text, sp.end)
        if nxt is not None and nxt.group(1).lower() in lex.language_nouns:
            pass
        elif _prev_word(text, sp.start)[0] in lex.language_verbs and (
                nxt is None or nxt.start() > sp.end + 1 or nxt.group(1) in _AFTER_LANGUAGE):
            pass  # "teaches French to 40 children", "speaks Hausa." (not "taught French
            # soldiers")
        elif text[max(0, sp.start - 3):sp.start] == "in " or \
                text[max(0, sp.start - 5):sp.start] == "into " or \
                text[max(0, sp.start - 9):sp.start] == "from the ":
            # "in French.", "translated from the French.", "copies in French and Hausa"
            if text[sp.end:sp.end + 1] not in (".", ",", ";", ":", ")", "]", ""):
                if nxt is None or nxt.group(1) not in ("and", "or"):
                    continue
                other = _SPACE_WORD.match(text, nxt.end())
                if other is None or other.group(1).lower() not in languages:
                    continue
        else:
            continue
        sp.emit = False
        sp.role = "place"


def _currencies(text: str, claims: _Claims) -> None:
    """A country code glued to a currency sign is a currency, not the state
    ("US$583 million", "US $20", "A$5"): found from each "$" (a C-level find)."""
    i = text.find("$")
    while i >= 0:
        j = i - 1 if i and text[i - 1] == " " else i
        sp = claims.ending_at(j)
        if sp is not None and sp.kind == "state" and sp.end - sp.start <= 4 \
                and text[sp.start : sp.end].replace(".", "").isupper():
            sp.emit = False
            sp.role = "place"
        i = text.find("$", i + 1)


def _field_pass(text: str, gaz: Gazetteer, ctx: _Context, order: int, cues: bool
                ) -> tuple[_Claims, list[Word], list[str], _Toks]:
    lex = _lex(gaz)
    toks = _Toks(text, gaz)
    claims = _Claims(_scan(text, toks, gaz))
    if "$" in text:
        _currencies(text, claims)
    if "'s " in text or "’s " in text:
        _organs(text, claims, gaz)
    # (the state a body named alone belongs to, counted before anchors join states
    # into institutions: "Mali's junta ... the Ministry of Economy and Finance")
    bodies = ("Ministry of " in text or "Ministry for " in text
              or any(b in text for b in lex.proper_bodies))
    adjective = _main_state_adjective(claims) if bodies else ""
    _anchor(text, claims, gaz, lex)
    if " Court" in text or " Tribunal" in text:
        _city_courts(text, claims, lex)
    _languages(text, claims, lex)
    _metonymy(text, claims, lex)
    _datelines(text, claims)
    _named_bodies(text, claims, ctx, lex)
    if bodies:
        _proper_bodies(text, claims, lex, adjective)
    if "/" in text:
        _legal_references(text, claims)
    if "(" in text or "known by its" in text:
        _acronyms(text, claims, gaz, ctx, lex)
    _named_places(text, claims, lex)
    _learn_gazetteer_persons(text, claims, ctx, order)
    words, written = _words(text, toks, lex)
    if "By " in text or "ing by " in text or "eporting " in text or "From " in text or \
            ("ed by " in text or "en by " in text or "Answered " in text) and \
            any(c in text for c in _CREDIT_LINE_STARTS):
        _bylines(text, claims, gaz, ctx, order, lex)
    if cues:
        if ", " in text:
            _contacts(text, claims, gaz, ctx, order, lex)
        if "):" in text:
            for m in _SPEAKER_IN_BRACKETS.finditer(text):
                _contact_person(text, m.start(1), m.end(1), claims, gaz, ctx, order, lex)
        _persons(text, words, written, claims, gaz, ctx, order, lex)
        if ctx.uncued:
            _speakers_by_surname(text, words, claims, gaz, ctx, order, lex)
            ctx.uncued.clear()  # (offsets of this field only)
    return claims, words, written, toks


def extract_actors(article: Article, locate: SentenceLocator, gazetteer: Gazetteer) -> list[ActorMention]:
    """Actor mentions of an article: title first, then body, in offset order."""
    ctx = _Context()
    body, title = article.body or "", article.title or ""
    body_res = _field_pass(body, gazetteer, ctx, 1, cues=True)
    title_res = _field_pass(title, gazetteer, ctx, 0, cues=not _title_case(title))
    body_claims, title_claims = body_res[0], title_res[0]
    for key, cands in ctx.inner_surnames.items():
        ctx.surnames.setdefault(key, cands)
    for text, (claims, words, written, toks), order in ((body, body_res, 1), (title, title_res, 0)):
        if ctx.acronyms or ctx.long_forms:
            _acronym_repeats(text, toks, claims, ctx)
        _link(text, words, written, claims, ctx, order, _lex(gazetteer))
        if order == 1 and ":" in text:
            _speaker_labels(text, claims, ctx)
    out: list[ActorMention] = []
    new = _new_mention
    where = locate.locate
    for fld, text, claims in (("title", title, title_claims), ("body", body, body_claims)):
        last_end = -1
        f: Field = fld  # type: ignore[assignment]
        for sp in claims.spans:
            s, e = sp.start, sp.end
            if not sp.emit or s < last_end or e <= s:
                continue
            last_end = e
            out.append(new(f, s, e, text[s:e], where(f, s), sp.actor, sp.name, sp.kind))
    return out
