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

Every regular expression here is linear: character classes, single quantifiers, and
separators that cannot match the same characters as the runs they separate. Context
checks look at small bounded windows around a candidate.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sahel_tui.corpus.model import Article
from sahel_tui.facts.folding import TOKEN, UPPER, ascii_fold, fold_token, fold_tokens, slug
from sahel_tui.facts.gazetteer import Entry, Gazetteer, Hit
from sahel_tui.facts.model import ActorMention, Field
from sahel_tui.facts.sentences import SentenceLocator

__all__ = ["extract_actors"]

# ---------------------------------------------------------------------------- patterns
_W = r"(?:[^\W_]|[\u0300-\u036f])"  # a word character (letters, digits, combining marks)
_NOT_AFTER_WORD = r"(?<![^\W_])(?<![\u0300-\u036f])"

# The gap between two tokens of one alias, then the next token.
_NEXT = re.compile(r"([ \t\u00a0\-‐‑–'’.]{1,4}|[ \t]{0,3}\n[ \t]{0,3})(" + _W + "+)")
_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")
_SPACE_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:[-‐][^\W\d_]+)*)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,14})\)")
_CHUNK_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f]|['’\-][^\W_])*")

# A run of capitalised words: names and titles ("Defence Minister Sadio Camara",
# "Paul-Henri Sandaogo Damiba", "Jean-Yves Le Drian", "Iyad ag Ghaly").
_NAME_WORD = UPPER + _W + r"*(?:['’]" + UPPER + _W + r"*)?(?:[-‐]" + UPPER + _W + r"*)*"
_PARTICLES = ("de", "da", "del", "di", "du", "des", "van", "von", "der", "den", "ag", "ould",
              "bin", "ibn", "ben", "al", "el", "dos", "das", "la", "le")
_RUN = re.compile(
    _NOT_AFTER_WORD + _NAME_WORD
    + r"(?:[ \t\u00a0]+(?:(?:" + "|".join(_PARTICLES) + r")[ \t\u00a0]+)?" + _NAME_WORD + ")*"
)
_RUN_WORD = re.compile(r"[^ \t\u00a0]+")

# -------------------------------------------------------------------------- word lists
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun"
    .split()
)
# Capitalised words that are not names (sentence starts, function words, generic nouns).
_STOP = frozenset(
    """
    the a an this that these those his her its their our my your we they he she it i you
    in on at for with by from of to as after before when while but and or if since under over
    both neither nor also only even then now so yet there here where what who whom which why how
    all some many most more much few several no not none any each every another other such
    one two three four five six seven eight nine ten first second third last next new
    mr mrs ms dr sir madam
    former late acting interim ex deputy vice chief senior top junior
    meanwhile however although though because despite during until unless whether
    today yesterday tomorrow tonight morning evening night week month year
    please thank thanks yes oh
    islamist islamists jihadist jihadists tuareg tuaregs arab arabs fulani peul dogon bambara
    songhai hausa zarma mossi christian christians muslim muslims islam islamic jewish
    western eastern northern southern central west east north south european african
    sahelian asian arabic english french
    god allah
    """.split()
)
# Words that make a capitalised run an organisation, a place or a document, not a person.
_NOT_PERSON = frozenset(
    """
    international watch rights group groups council union ministry agency office committee
    front movement army forces force news press times post wire radio television tv media
    organisation organization programme program fund bank commission coalition alliance party
    association federation institute center centre foundation university network project
    service services crisis doctors borders nations states republic kingdom department command
    corps police guard court assembly parliament senate congress airlines airways company
    ltd inc plc corporation energy mining gold resources oil petroleum telecom
    province region river lake street avenue airport base camp city town village district
    state capital square market hospital school mosque church palace house stadium bridge
    road highway route valley desert mountain mountains plateau basin delta gulf sea ocean
    charter accord agreement treaty resolution declaration constitution protocol convention
    operation mission summit conference forum initiative plan strategy report cup games
    sahel sahara maghreb africa europe asia america azawad liptako gourma
    brigade battalion regiment unit division staff
    government cabinet presidency administration authority authorities junta regime
    facebook twitter telegram whatsapp youtube x
    """.split()
)
_TITLE_WORDS = frozenset(
    """
    president vice-president president-elect minister prime premier colonel lieutenant-colonel
    colonel-major general major-general brigadier-general lieutenant-general captain lieutenant
    major sergeant corporal commander commandant marshal admiral brigadier mr mrs ms dr
    imam sheikh cheikh sheik emir king queen prince sultan pope bishop archbishop cardinal
    father reverend rev professor prof judge senator governor mayor ambassador envoy spokesman
    spokeswoman spokesperson secretary secretary-general chairman chairwoman chair director
    gen col lt capt maj sgt cpl adm brig gov sen pres cmdr
    """.split()
)
# Person cues before a name: titles and ranks, as written or lower case.
_TITLE_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Pp]resident|[Vv]ice-[Pp]resident|[Pp]resident-elect|[Pp]rime [Mm]inister|"
    r"[Mm]inister|[Pp]remier|(?:[Ll]ieutenant-|[Mm]ajor-|[Bb]rigadier-)?[Gg]eneral|"
    r"(?:[Ll]ieutenant-)?[Cc]olonel(?:-[Mm]ajor)?|[Cc]aptain|[Ll]ieutenant|[Ss]ergeant|[Cc]orporal|"
    r"[Cc]ommander|[Cc]ommandant|[Mm]arshal|[Aa]dmiral|[Bb]rigadier|Major|"
    r"Mrs?\.?|Ms\.?|Dr\.?|Gen\.|Col\.|Lt\.|Capt\.|Maj\.|Sgt\.|Adm\.|Brig\.|Gov\.|Sen\.|Cmdr\.|"
    r"[Ii]mam|[Ss]heikh?|[Cc]heikh|[Ee]mir|King|Queen|Prince|Sultan|Pope|[Bb]ishop|[Aa]rchbishop|"
    r"Cardinal|Father|Reverend|Rev\.|[Pp]rofessor|Prof\.|[Jj]udge|[Ss]enator|[Gg]overnor|[Mm]ayor|"
    r"[Aa]mbassador|[Ee]nvoy|[Ss]pokes(?:man|woman|person)|[Ss]ecretary(?:-[Gg]eneral)?|"
    r"[Cc]hair(?:man|woman)?|[Dd]irector|[Ll]eader|[Cc]hief|[Ss]trongman|[Mm]ediator|"
    r"[Cc]oordinator|[Ff]ounder|[Ee]mir|[Mm]arabout|[Nn]egotiator|[Dd]eputy)"
    r"[ \t\u00a0]+$"
)
_TITLE_COMMA = re.compile(
    r"(?<![^\W_])(?:president|prime minister|minister|leader|spokes(?:man|woman|person)|commander|"
    r"chief|head|envoy|ambassador|mediator|secretary-general|chairman|chairwoman|director|"
    r"governor|mayor|coordinator|founder|emir|successor|predecessor|son|daughter|wife|husband|"
    r"brother|father|mother|deputy|rival|opponent|counterpart)[ \t]*,[ \t]*$",
)
_SAY_VERBS = (
    "said|says|told|added|explained|warned|wrote|recalled|insisted|argued|noted|stressed|"
    "asked|complained|admitted|acknowledged|confirmed|denied|declared|replied|conceded|urged|"
    "claimed|predicted|lamented|recounted|remembered|observed|estimated"
)
_SAID_BEFORE = re.compile(r"(?<![^\W_])(?:" + _SAY_VERBS + r"|according to)[ \t\u00a0]+$")
_SAID_AFTER = re.compile(r"[ \t\u00a0]+(?:" + _SAY_VERBS + r"|has said|had said|says)(?![^\W_])")
_WHO_AFTER = re.compile(r",[ \t]+who(?![^\W_])")
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3}[ \t]*[,.;)]")
_ROLES = (
    "mechanic|trader|traders|resident|student|teacher|farmer|herder|herdsman|driver|shopkeeper|"
    "vendor|seller|merchant|nurse|doctor|midwife|journalist|reporter|correspondent|analyst|"
    "researcher|professor|lecturer|scientist|lawyer|activist|imam|cleric|preacher|marabout|"
    "elder|official|officer|soldier|spokesman|spokeswoman|spokesperson|minister|president|"
    "leader|commander|chief|father|mother|widow|man|woman|boy|girl|youth|worker|tailor|butcher|"
    "fisherman|pastor|priest|economist|expert|specialist|diplomat|ambassador|envoy|head|"
    "director|founder|member|citizen|refugee|survivor|witness|villager|pharmacist|engineer|"
    "politician|deputy|lawmaker|legislator|mayor|governor|chairman|chairwoman|coordinator|"
    "representative|secretary|owner|manager|employee|civil servant|son|daughter|brother|"
    "sister|wife|husband|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|fighter|"
    "militant|rebel|defector|veteran|mediator|negotiator|candidate|opponent|critic|adviser|"
    "advisor|aide|consultant|guide|smuggler|miner|gold miner|labourer|laborer|cook|guard|"
    "porter|taxi driver|bus driver|truck driver|housewife|mother of|father of|pilot|"
    "photographer|blogger|writer|novelist|poet|musician|singer|artist|filmmaker|historian|"
    "sociologist|anthropologist|researcher|academic|scholar|student leader|"
    "[0-9]+-year-old"
)
_ROLE_APPOS = re.compile(
    r",[ \t]+(?:a|an|the|another|one|his|her|their)[ \t]+(?:[\w'’.\-]+[ \t]+){0,5}?(?:"
    + _ROLES + r")(?:s|es)?(?![^\W_])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»]|\n)[ \t\"“'‘(\[«]*$")

# Capital-city metonymy.
_PLACE_PREPS = frozenset(
    """
    in at near outside inside around to from into across through toward towards via within
    beyond throughout of reached reach entered enter visited visit left leave leaving arriving
    arrived returned return flew fly flown landed land onto upon off past outskirts
    """.split()
)
_ACTOR_PREPS = frozenset("with against by between neither".split())
_MOVE_WORDS = frozenset(
    """
    left leave leaves leaving departed depart departing headed heading bound flight flights
    bus buses road roads train trains route trip trips journey journeys ticket tickets set
    """.split()
)
_TRANSPORT = frozenset(
    "road roads route routes flight flights highway border train trains bus buses trip trips "
    "journey journeys distance corridor convoys convoy trucks traffic travel".split()
)
_ACTOR_VERBS_BEFORE = frozenset(
    """
    accused accuse accuses urged urge urges told tell tells pressed press presses criticised
    criticized criticise criticize warned warn warns asked ask asks blamed blame blames joined
    condemned condemn backed supported support supports thanked thank praised praise praises
    convinced persuaded pushed push pressured pressure lobbied courted court defied defy
    snubbed rebuffed reassured reassure informed notified sued
    """.split()
)
_GOV_NOUNS = frozenset(
    """
    generals government governments leaders leader leadership rulers ruler junta decision
    decisions relations ties allies ally partners partner envoy envoys ambassador ambassadors
    position positions policy policies stance support backing response demands demand refusal
    influence military army forces troops mercenaries officials authorities diplomats
    diplomacy strategy plans plan interests intervention withdrawal request requests approval
    offer offers proposal proposals decree decrees sanctions accusations accusation
    objections approach efforts effort pivot turn shift break rupture grip hand blessing
    consent agenda ambitions ambition priorities priority concerns concern warning warnings
    ultimatum terms conditions version account line narrative position commitment commitments
    patience displeasure anger reaction reply answer message announcement statement
    statements claims claim denial denials recognition rejection choice choices partnership
    military-led junta-led regime
    """.split()
)
_AUX = frozenset(
    "has have had will would did does do can could may might must should shall".split()
)
_BE = frozenset("is was were are been be being".split())
_ADVERBS = frozenset(
    """
    at first also then now later quickly initially swiftly immediately however meanwhile
    officially formally publicly reportedly repeatedly already still never not itself so far
    since long once finally eventually soon just openly firmly strongly flatly again
    """.split()
)
_ACTOR_VERBS = frozenset(
    """
    said says say denied denies deny expelled expels expel accused accuses accuse announced
    announces announce rejected rejects reject condemned condemns condemn demanded demands
    demand insisted insists insist signed signs sign agreed agrees agree warned warns warn
    welcomed welcomes welcome responded responds respond refused refuses refuse recalled recalls
    recall suspended suspends suspend ordered orders order named names name sent sends send
    asked asks ask called calls call urged urges urge threatened threatens threaten decided
    decides decide accepted accepts accept approved approves approve confirmed confirms confirm
    claimed claims claim argued argues argue blamed blames blame retaliated retaliates retaliate
    cut cuts broke breaks break severed severs sever ended ends end revoked revokes revoke
    withdrew withdraws withdraw pulled pulls pull turned turns turn sought seeks seek wants want
    wanted hopes hope hoped avoided avoids avoid pressed presses press promised promises promise
    vowed vows vow pledged pledges pledge offered offers offer backed backs back supported
    supports support criticised criticises criticise criticized criticizes criticize dismissed
    dismisses dismiss summoned summons summon declared declares declare described describes
    describe maintains maintain maintained considers consider considered imposed imposes impose
    lifted lifts lift closed closes close sees see saw views view viewed regards regarded
    needs need needed chose chooses choose moved moves move replaced replaces replace hired
    hires hire deployed deploys deploy granted grants grant gave gives give took takes take
    made makes make kept keeps keep struck strikes strike launched launches launch reached
    reaches reach signalled signals signal signaled recognised recognises recognized
    recognizes recognize recognise protested protests protest objected objects object
    complained complains complain responded insisted countered counters counter answered
    answers answer replied replies reply issued issues issue released releases release
    invited invites invite hosted hosts host appointed appoints appoint negotiated
    negotiates negotiate secured secures secure paid pays pay provided provides provide
    supplied supplies supply sold sells sell bought buys buy spent spends spend stopped
    stops stop started starts start began begins begin continued continues continue
    tried tries try failed fails fail managed manages manage refuses remains is
    """.split()
) - frozenset({"is", "remains"})
_NON_ACTOR_ED = frozenset(
    "remained stayed looked seemed appeared hosted experienced suffered witnessed recorded "
    "flooded woke shuttered based located situated connected linked twinned".split()
)
_BE_ACTOR_ING = frozenset(
    "seeking demanding pushing asking trying insisting refusing calling pressing looking "
    "working negotiating considering hoping planning preparing threatening weighing".split()
)

# Acronym long forms: connector words allowed inside a capitalised chunk.
_CONNECTORS = frozenset(
    "of for the and in de du des la le l et pour al on to against with d en au aux".split()
)
_LEADING_STRIP = frozenset(
    "the a an in on at for with by from of to as after before when while but and or if since "
    "this that its his her their our".split()
)

# Kinds of actors first met as "Long Form (ACR)".
_FORCE_WORDS = frozenset("operation mission taskforce".split())
_ARMED_WORDS = frozenset(
    """
    front brigade brigades battalion katiba militia militias liberation jihad mujahideen
    mujahidin ansar ansarul ansaroul islamic islam muslims caliphate resistance rebels rebel
    insurgents insurgency self-defence self-defense defenders fighters jamaat jama'at
    """.split()
)
_INST_WORDS = frozenset(
    """
    ministry council committee assembly parliament court command army gendarmerie guard
    directorate agency presidency senate government cabinet police intelligence
    """.split()
)
_ORG_WORDS = frozenset(
    """
    union community organisation organization programme program fund bank office commission
    alliance authority federation association network institute foundation society
    partnership initiative conference forum secretariat cross crescent agency centre center
    """.split()
)
_GENERIC_WORDS = frozenset("movement group party coalition rally convergence platform coordination".split())
_JUNTA_CONTEXT = re.compile(
    r"\b(?:junta|coup|putsch|seized power|took power|military government|military rulers|"
    r"transition(?:al)? (?:authorities|government|council)|ruling)\b",
    re.I,
)
_ARMED_CONTEXT = re.compile(
    r"\b(?:armed|rebels?|rebellion|fighters|jihadists?|insurgen(?:ts|cy)|attacks?|militias?|"
    r"separatists?|claimed responsibility|ambush(?:ed)?|gunmen|militants?)\b",
    re.I,
)


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


class _Claims:
    """Non-overlapping spans of one field, sorted by start."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: Iterable[_Span] = ()) -> None:
        self.spans: list[_Span] = sorted(spans, key=lambda s: s.start)
        self.starts: list[int] = [s.start for s in self.spans]

    def overlapping(self, start: int, end: int) -> list[_Span]:
        j = bisect.bisect_left(self.starts, end)
        out = []
        i = j - 1
        while i >= 0 and self.spans[i].end > start:
            out.append(self.spans[i])
            i -= 1
        out.reverse()
        return out

    def free(self, start: int, end: int) -> bool:
        j = bisect.bisect_left(self.starts, end)
        return j == 0 or self.spans[j - 1].end <= start

    def at(self, start: int, end: int) -> _Span | None:
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.spans) and self.spans[i].start == start and self.spans[i].end == end:
            return self.spans[i]
        return None

    def ending_at(self, end: int) -> _Span | None:
        i = bisect.bisect_left(self.starts, end) - 1
        if i >= 0 and self.spans[i].end == end:
            return self.spans[i]
        return None

    def add(self, span: _Span) -> None:
        i = bisect.bisect_left(self.starts, span.start)
        self.spans.insert(i, span)
        self.starts.insert(i, span.start)

    def remove(self, span: _Span) -> None:
        i = bisect.bisect_left(self.starts, span.start)
        while i < len(self.spans):
            if self.spans[i] is span:
                del self.spans[i]
                del self.starts[i]
                return
            i += 1

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
    long_forms: dict[tuple[str, ...], tuple[str, str, str]] = field(default_factory=dict)
    # folded word -> [(field order, offset, actor, name, kind)] for person linking
    surnames: dict[str, list[tuple[int, int, str, str, str]]] = field(default_factory=dict)
    first_names: dict[str, tuple[str, str, str]] = field(default_factory=dict)


# ---------------------------------------------------------------------- gazetteer scan
def _pick(hits: tuple[Hit, ...], words: list[str]) -> Hit | None:
    n = len(words)
    for h in hits:
        if h.exact:
            if tuple(words) != h.words:
                continue
        else:
            ok = True
            for i, (w, a) in enumerate(zip(words, h.words)):
                if w.islower() and not a.islower():
                    # A lower-case word stands for a capitalised alias word only as the
                    # last word of an alias whose shorter form is already a name.
                    if not (i == n - 1 and h.tail_ok):
                        ok = False
                        break
            if not ok:
                continue
        return h
    return None


def _scan(text: str, gaz: Gazetteer) -> list[_Span]:
    out: list[_Span] = []
    claimed_end = 0
    hits_of = gaz.hits
    is_prefix = gaz.is_prefix
    next_match = _NEXT.match
    for m in gaz.candidate.finditer(text):
        s = m.start()
        if s < claimed_end:
            continue
        word = m.group()
        words = [word]
        key: tuple[str, ...] = (fold_token(word),)
        e = m.end()
        best: tuple[int, Hit] | None = None
        while True:
            hits = hits_of(key)
            if hits:
                h = _pick(hits, words)
                if h is not None:
                    best = (e, h)
            if not is_prefix(key):
                break
            n = next_match(text, e)
            if n is None:
                break
            gap = n.group(1)
            if "." in gap and len(words[-1]) > 3:
                break  # "Mali. Niger": a sentence end, not an abbreviation
            if ("'" in gap or "’" in gap) and n.group(2) == "s":
                break  # a possessive
            words.append(n.group(2))
            key = (*key, fold_token(n.group(2)))
            e = n.end()
        if best is None:
            continue
        end, h = best
        if h.dot and text.startswith(".", end):
            end += 1
        claimed_end = end
        ent = h.entry
        if ent is None:
            out.append(_Span(s, end, "", "", "", "block", emit=False))
        else:
            out.append(_Span(s, end, ent.id, ent.name, ent.kind, h.role, entry=ent))
    return out


# ------------------------------------------------------------------ anchored institutions
def _words_after(text: str, pos: int, n: int) -> list[tuple[str, int]]:
    out = []
    for _ in range(n):
        m = _SPACE_WORD.match(text, pos)
        if m is None:
            break
        out.append((m.group(1), m.end()))
        pos = m.end()
    return out


def _anchor(text: str, claims: _Claims, gaz: Gazetteer) -> None:
    if not gaz.heads:
        return
    for sp in list(claims.spans):
        if sp.kind != "state" or sp.role not in ("name", "demonym") or sp.entry is None:
            continue
        pos = sp.end
        p = _POSSESSIVE.match(text, pos)
        if p is not None:
            if sp.role == "demonym":
                continue
            pos = p.end()
        ws = _words_after(text, pos, 2 + gaz.head_max)
        if not ws:
            continue
        folded = [fold_token(w) for w, _ in ws]
        found: tuple[int, str] | None = None
        for k in range(0, 3):
            if k > len(ws) - 1:
                break
            if k and not (ws[k - 1][0].islower() and folded[k - 1] in gaz.modifiers):
                break
            for size in range(min(gaz.head_max, len(ws) - k), 0, -1):
                template = gaz.heads.get(tuple(folded[k : k + size]))
                if template is not None:
                    found = (ws[k + size - 1][1], template)
                    break
            if found:
                break
        if not found:
            continue
        end, template = found
        name = template.format(adjective=sp.entry.attributive)
        ent = gaz.lookup(name)
        if ent is not None and ent.kind == "institution":
            new = _Span(sp.start, end, ent.id, ent.name, ent.kind, "inst", entry=ent)
        else:
            new = _Span(sp.start, end, slug(name), name, "institution", "inst")
        claims.replace(new)


# ---------------------------------------------------------------------------- metonymy
def _prev_word(text: str, pos: int) -> tuple[str | None, int]:
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    if m is None:
        return None, pos
    return m.group(1), m.start(1)


def _capital_acts(text: str, sp: _Span) -> bool:
    s, e = sp.start, sp.end
    surface = text[s:e]
    prev, prev_at = _prev_word(text, s)
    lprev = prev.lower() if prev else None
    # Datelines: "BAMAKO, Sept 17 (Sahel Wire) -"
    if surface.isupper() and len(surface) > 3:
        return False
    if lprev in _PLACE_PREPS:
        return False
    poss = _POSSESSIVE.match(text, e)
    if poss is not None:
        ws = _words_after(text, poss.end(), 2)
        if not ws:
            return False
        w = ws[0][0].lower()
        if w in _GOV_NOUNS:
            return True
        if len(ws) > 1 and ws[1][0].lower() in _GOV_NOUNS and w in ("new", "own", "top", "former",
                                                                   "military", "main", "chief"):
            return True
        return False
    if lprev in _ACTOR_PREPS or lprev in _ACTOR_VERBS_BEFORE:
        if lprev == "between":
            before, _ = _prev_word(text, prev_at)
            return not (before and before.lower() in _TRANSPORT)
        return True
    if lprev == "for":
        before, _ = _prev_word(text, prev_at)
        return not (before and before.lower() in _MOVE_WORDS)
    # The city as the subject of a verb of action or speech.
    ws = _words_after(text, e, 6)
    i = 0
    words = [w.lower() for w, _ in ws]
    while i < len(words) and words[i] in _ADVERBS:
        i += 1
    if i < len(words) and words[i] in _AUX:
        i += 1
        while i < len(words) and words[i] in _ADVERBS:
            i += 1
        if i < len(words) and words[i] in _BE:
            i += 1
            return i < len(words) and words[i] in _BE_ACTOR_ING
    elif i < len(words) and words[i] in _BE:
        i += 1
        return i < len(words) and words[i] in _BE_ACTOR_ING
    if i < len(words):
        v = words[i]
        if v in _ACTOR_VERBS:
            return True
        if v.endswith("ed") and len(v) > 4 and v not in _NON_ACTOR_ED:
            return True
    return False


def _metonymy(text: str, claims: _Claims) -> None:
    caps = [sp for sp in claims.spans if sp.role == "capital"]
    if not caps:
        return
    acts = {id(sp): _capital_acts(text, sp) for sp in caps}
    # Coordinated capitals share their reading: "Neither Moscow nor Bamako has said".
    for a, b in zip(caps, caps[1:]):
        between = text[a.end : b.start].strip().lower()
        if between in ("and", "nor", "or", ",", "and not", "but not") and (acts[id(a)] or acts[id(b)]):
            if _prev_word(text, a.start)[0] is None or (
                (_prev_word(text, a.start)[0] or "").lower() not in _PLACE_PREPS
            ):
                acts[id(a)] = acts[id(b)] = True
    # "between France and Bamako"
    states = [sp for sp in claims.spans if sp.kind == "state" and sp.emit]
    for a, b in zip(states, states[1:]):
        if b.role == "capital" and text[a.end : b.start].strip().lower() == "and":
            if (_prev_word(text, a.start)[0] or "").lower() == "between":
                acts[id(b)] = True
    for sp in caps:
        if not acts[id(sp)]:
            sp.emit = False
            sp.role = "place"


# ---------------------------------------------------------------------------- acronyms
def _chunk_before(text: str, end: int, claims: _Claims) -> int | None:
    """Start of the capitalised long form ending at ``end`` ("Patriotic Movement for
    Safeguard and Restoration"), or None."""
    lo = max(0, end - 240)
    words = list(_CHUNK_WORD.finditer(text, lo, end))
    if not words or words[-1].end() != end:
        return None
    start_i = len(words) - 1
    i = len(words) - 1
    while i >= 0:
        w = words[i].group()
        if not (w[:1].isupper() or w.lower() in _CONNECTORS):
            break
        if i < len(words) - 1:
            gap = text[words[i].end() : words[i + 1].start()]
            if gap.strip(" \t\u00a0"):
                break
        start_i = i
        i -= 1
    chosen = words[start_i:]
    while chosen and (
        not chosen[0].group()[:1].isupper() or chosen[0].group().lower() in _LEADING_STRIP
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
            chosen = nxt
            continue
        break
    while chosen and chosen[0].group().lower() in _CONNECTORS | _LEADING_STRIP:
        chosen = chosen[1:]
    caps = sum(1 for c in chosen if c.group()[:1].isupper())
    if caps < 2:
        return None
    return chosen[0].start()


def _guess_kind(name: str, context: str) -> str:
    words = {fold_token(w) for w in TOKEN.findall(name.replace("-", " "))}
    words |= {fold_token(w) for w in re.findall(r"[^\W_]+(?:-[^\W_]+)+", name)}
    if words & _FORCE_WORDS or ("task" in words and "force" in words) or (
        "joint" in words and "force" in words
    ):
        return "force"
    if words & _ARMED_WORDS:
        return "armed_group"
    if words & _INST_WORDS:
        return "institution"
    if words & _GENERIC_WORDS:
        if _JUNTA_CONTEXT.search(context):
            return "institution"
        if _ARMED_CONTEXT.search(context):
            return "armed_group"
        return "organisation"
    if words & _ORG_WORDS:
        return "organisation"
    return "organisation"


def _acronyms(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context) -> None:
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        if sum(1 for c in acr if c.isupper()) < 2:
            continue
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
        if acr_span is not None:
            target = (acr_span.actor, acr_span.name, acr_span.kind)
        elif long_span is not None:
            target = (long_span.actor, long_span.name, long_span.kind)
        if long_span is None or (acr_span is not None and long_span.actor != acr_span.actor):
            cs = _chunk_before(text, lf_end, claims)
            if cs is not None and (long_span is None or cs < long_span.start):
                name = " ".join(text[cs:lf_end].split())
                if target is None:
                    context = text[max(0, cs - 300) : min(len(text), m.end() + 200)]
                    target = (slug(ascii_fold(name)), ascii_fold(name), _guess_kind(name, context))
                new = _Span(cs, lf_end, *target, role="long")
                if claims.replace(new):
                    long_span = new
        if target is None:
            continue
        if acr_span is None:
            claims.add(_Span(a0, a1, *target, role="acronym"))
        ctx.acronyms.setdefault(acr, target)
        if long_span is not None and long_span.role == "long":
            key = fold_tokens(text[long_span.start : long_span.end])
            ctx.long_forms.setdefault(key, target)


def _acronym_repeats(text: str, claims: _Claims, ctx: _Context) -> None:
    if not ctx.acronyms and not ctx.long_forms:
        return
    for acr, target in ctx.acronyms.items():
        for m in re.finditer(r"(?<![^\W_])" + re.escape(acr) + r"(?![^\W_])", text):
            if claims.free(m.start(), m.end()):
                claims.add(_Span(m.start(), m.end(), *target, role="acronym"))
    for key, target in ctx.long_forms.items():
        first = key[0]
        for m in TOKEN.finditer(text):
            if fold_token(m.group()) != first or not claims.free(m.start(), m.end()):
                continue
            # Walk the same number of tokens.
            e = m.end()
            ok = True
            for want in key[1:]:
                n = _NEXT.match(text, e)
                if n is None or fold_token(n.group(2)) != want:
                    ok = False
                    break
                e = n.end()
            if ok and claims.free(m.start(), e):
                claims.add(_Span(m.start(), e, *target, role="long"))


# ----------------------------------------------------------------------------- persons
def _is_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 6), pos) is not None


def _nameable(word: str) -> bool:
    f = fold_token(word.replace("’", "'"))
    if f in _STOP or f in _MONTHS or f in _WEEKDAYS or f in _TITLE_WORDS or f in _NOT_PERSON:
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return False  # acronyms, and all-caps datelines
    return True


def _title_case(text: str) -> bool:
    ws = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    if len(ws) < 4:
        return False
    caps = sum(1 for w in ws if w[0].isupper())
    return caps >= 0.8 * len(ws)


def _person_name(words: list[tuple[int, int, str]]) -> str:
    return ascii_fold(" ".join(w for _, _, w in words))


def _persons(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context, order: int,
             cues: bool) -> list[_Span]:
    """Cue-found persons; returns the new spans (also added to ``claims``)."""
    found: list[_Span] = []
    if not cues:
        return found
    known_surnames = ctx.surnames
    for run in _RUN.finditer(text):
        words = [(m.start(), m.end(), m.group()) for m in _RUN_WORD.finditer(text, run.start(), run.end())]
        # Segments of consecutive nameable words (particles inside only).
        segs: list[list[tuple[int, int, str]]] = []
        cur: list[tuple[int, int, str]] = []
        for w in words:
            s, e, t = w
            if t in _PARTICLES:
                if cur:
                    cur.append(w)
                continue
            over = claims.overlapping(s, e)
            blocked = any(o.role != "surname" for o in over)
            if blocked or not _nameable(t):
                if cur:
                    segs.append(cur)
                cur = []
                continue
            cur.append(w)
        if cur:
            segs.append(cur)
        for seg in segs:
            while seg and seg[-1][2] in _PARTICLES:
                seg = seg[:-1]
            if not seg:
                continue
            s0, e1 = seg[0][0], seg[-1][1]
            before = text[max(0, s0 - 40) : s0]
            after = text[e1 : e1 + 120]
            cue = ""
            chosen = seg
            if _TITLE_BEFORE.search(before):
                cue, chosen = "title", seg[:4]
            elif _TITLE_COMMA.search(before) and after[:1] in (",", ".", ";", ")", "") :
                cue, chosen = "title", seg[:4]
            elif _WHO_AFTER.match(after) or _AGE_AFTER.match(after) or _ROLE_APPOS.match(after):
                if len(seg) <= 4:
                    cue = "appos"
            elif _SAID_BEFORE.search(before) and 2 <= len(seg) <= 4:
                cue = "said"
            elif _SAID_AFTER.match(after) and len(seg) >= 2:
                cue, chosen = "said", seg[-3:]
                if len(chosen) < 2:
                    cue = ""
            elif len(seg) >= 2 and fold_token(seg[-1][2]) in known_surnames:
                cue = "surname"
            if not cue:
                continue
            if cue == "said" and len(seg) > 4:
                continue
            span = _resolve_person(chosen, gaz, ctx)
            if span is None:
                continue
            span.cue = cue
            if claims.replace(span):
                found.append(span)
                _learn_person(span, text, ctx, order)
    return found


def _resolve_person(words: list[tuple[int, int, str]], gaz: Gazetteer, ctx: _Context) -> _Span | None:
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
            _, _, actor, nm, kind = ctx.surnames[key][-1]
            return _Span(s, e, actor, nm, kind, "link", words=1)
        if key in ctx.first_names:
            actor, nm, kind = ctx.first_names[key]
            return _Span(s, e, actor, nm, kind, "link", words=1)
    return _Span(s, e, slug(name), name, "person", "person", words=len(words))


def _learn_person(sp: _Span, text: str, ctx: _Context, order: int) -> None:
    if sp.kind != "person" or sp.role == "link":
        return
    ws = TOKEN.findall(text[sp.start : sp.end].replace("-", " "))
    if not ws:
        return
    if sp.words >= 2 or len(ws) >= 2:
        last = fold_token(ws[-1])
        ctx.surnames.setdefault(last, []).append((order, sp.start, sp.actor, sp.name, sp.kind))
        # A hyphenated or compound surname ("Deby Itno"): its first part links too.
    elif sp.cue in ("appos", "title", "said") and sp.role == "person":
        ctx.first_names.setdefault(fold_token(ws[0]), (sp.actor, sp.name, sp.kind))


def _learn_gazetteer_persons(text: str, claims: _Claims, ctx: _Context, order: int) -> None:
    for sp in claims.spans:
        if sp.kind == "person" and sp.role == "name":
            ws = TOKEN.findall(text[sp.start : sp.end])
            if len(ws) >= 2:
                ctx.surnames.setdefault(fold_token(ws[-1]), []).append(
                    (order, sp.start, sp.actor, sp.name, sp.kind)
                )
            sp.words = len(ws)


def _pick_surname(cands: list[tuple[int, int, str, str, str]], order: int, pos: int):
    """The full-name mention nearest before (order, pos), else the first one."""
    before = [c for c in cands if (c[0], c[1]) <= (order, pos)]
    if before:
        return max(before, key=lambda c: (c[0], c[1]))
    return min(cands, key=lambda c: (c[0], c[1]))


def _link(text: str, claims: _Claims, gaz: Gazetteer, ctx: _Context, order: int) -> None:
    # Gazetteer surnames: the article's own full names first ("Traore" after
    # "Dioncounda Traore"), the gazetteer's person otherwise.
    for sp in list(claims.spans):
        if sp.role != "surname":
            continue
        key = fold_token(text[sp.start : sp.end])
        cands = ctx.surnames.get(key)
        if cands:
            _, _, actor, nm, kind = _pick_surname(cands, order, sp.start)
            sp.actor, sp.name, sp.kind = actor, nm, kind
        sp.role = "link"
    if not ctx.surnames and not ctx.first_names:
        return
    for m in _RUN.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in _RUN_WORD.finditer(text, m.start(), m.end())]
        for i, (s, e, t) in enumerate(words):
            key = fold_token(t)
            cands = ctx.surnames.get(key)
            first = ctx.first_names.get(key)
            if not cands and not first:
                continue
            if not claims.free(s, e) or not _nameable(t):
                continue
            # Part of a longer unknown name ("Aminata Traore"): not this person.
            if i > 0 and _nameable(words[i - 1][2]) and claims.free(words[i - 1][0], words[i - 1][1]) \
                    and not _is_sentence_start(text, words[i - 1][0]):
                continue
            if i + 1 < len(words) and _nameable(words[i + 1][2]) and claims.free(words[i + 1][0], words[i + 1][1]):
                continue
            if cands:
                _, _, actor, nm, kind = _pick_surname(cands, order, s)
            else:
                actor, nm, kind = first  # type: ignore[misc]
            claims.add(_Span(s, e, actor, nm, kind, "link"))


# ------------------------------------------------------------------------------- entry
def _field_pass(text: str, gaz: Gazetteer, ctx: _Context, order: int, cues: bool) -> _Claims:
    claims = _Claims(_scan(text, gaz))
    _anchor(text, claims, gaz)
    _metonymy(text, claims)
    _acronyms(text, claims, gaz, ctx)
    _learn_gazetteer_persons(text, claims, ctx, order)
    _persons(text, claims, gaz, ctx, order, cues)
    return claims


def extract_actors(article: Article, locate: SentenceLocator, gazetteer: Gazetteer) -> list[ActorMention]:
    ctx = _Context()
    body, title = article.body or "", article.title or ""
    body_claims = _field_pass(body, gazetteer, ctx, 1, cues=True)
    title_claims = _field_pass(title, gazetteer, ctx, 0, cues=not _title_case(title))
    for text, claims, order in ((body, body_claims, 1), (title, title_claims, 0)):
        _acronym_repeats(text, claims, ctx)
        _link(text, claims, gazetteer, ctx, order)
    out: list[ActorMention] = []
    for fld, text, claims in (("title", title, title_claims), ("body", body, body_claims)):
        last_end = -1
        for sp in claims.spans:
            if not sp.emit or sp.start < last_end or sp.end <= sp.start:
                continue
            last_end = sp.end
            f: Field = fld  # type: ignore[assignment]
            out.append(
                ActorMention(
                    field=f,
                    start=sp.start,
                    end=sp.end,
                    text=text[sp.start : sp.end],
                    sentence=locate.locate(f, sp.start),
                    actor=sp.actor,
                    name=sp.name,
                    kind=sp.kind,  # type: ignore[arg-type]
                )
            )
    return out
