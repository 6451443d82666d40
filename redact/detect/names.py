"""Person names in Swedish administrative text: the NER model's PER entities plus rules.

The model proposes; the rules widen recall where documents are regular (attendance lists,
signatures, e-mail headers, "Handläggare:" lines, titles before a name) and keep names that
are also words ("Sten", "Ros", "Maj") only when context says so. Linking mentions into one
subject, initials and genitives elsewhere in the document are done in ``redact.resolve.link``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from spacy.tokens import Doc, Token

from redact.detect.lemmatizer import lemmatize
from redact.detect.places import only_places, place_words

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# Scores: what each kind of evidence is worth on its own.
SCORE_NER = 0.85
SCORE_NER_AND_RULE = 0.95
SCORE_LIST_FULL = 0.85  # first name + another name-like word
SCORE_CONTEXT = 0.8  # after a title or label
SCORE_LIST_FIRST_ALONE = 0.55
SCORE_AMBIGUOUS_PAIR = 0.6
SCORE_LIST_SURNAME_ALONE = 0.5

# Organisation words: a capitalised run ending like this is an authority, not a person.
ORG_SUFFIX = re.compile(
    r"(nämnden|nämnd|förvaltningen|förvaltning|kommun|kommunen|verket|styrelsen|myndigheten|"
    r"enheten|regionen|region|kassan|länet|domstolen|rätten|skolan|förskolan|bolaget|gruppen|"
    r"huset|centret|centrum|institutet|universitet|universitetet|sjukhuset|stiftelsen|partiet|"
    r"föreningen|förbundet|kyrkan|församling|avdelningen|sektionen|byrån|polisen|vården|inspektionen|"
    r"revisionen|förmedlingen|ab)$",
    re.IGNORECASE,
)
# A lowercase noun after a capitalised run that makes it a place or an organisation
# ("Albert Bonniers förlag", "Greenwich park", "Anna Lindhs gata").
PLACE_NOUN_AFTER = frozenset({
    "förlag", "bank", "stiftelse", "stiftelsen", "park", "parken", "skola", "skolan", "gymnasium",
    "gymnasiet", "sjukhus", "sjukhuset", "museum", "museet", "gata", "gatan", "väg", "vägen", "plats",
    "platsen", "torg", "torget", "kyrka", "kyrkan", "pris", "priset", "institut", "institutet", "ab",
    "hb", "hotell", "hotellet", "arena", "arenan", "bibliotek", "biblioteket", "minnesfond", "fond",
})
# Things named after a person ("Olof Palmes gata", "Astrid Lindgrens barnsjukhus"); compounds count.
NAMED_AFTER_NOUNS = (
    "gata", "gatan", "väg", "vägen", "plats", "platsen", "torg", "torget", "sjukhus", "sjukhuset", "pris",
    "priset", "stiftelse", "stiftelsen", "minnesfond", "institut", "institutet", "museum", "museet", "park",
    "parken", "förlag", "förlaget",
)
# Words that open a sentence and are never a name ("Enligt Ekman", "Även Svensson").
OPENERS = frozenset(
    "enligt även dessutom när då men och om att som för med efter hos till av från trots utan eftersom "
    "medan sedan bland både kanske igår idag nu här där det den detta dessa vi ni de han hon jag du också "
    "bara även just inte ingen alla varje vid mot under över genom inför hade har var är blir säger sa "
    "skriver tycker menar anser tack hej runt på annars finns numera därför dock alltså ja nej jo sen "
    "senare tidigare vidare slutligen först hennes deras dess".split()
)
# Verbs that attribute a quote: ", säger Ericsson.", "– Nej, sade Björgen till TT." After such a
# verb (itself after a comma, a quote mark or a dash) the subject is the speaker, nearly always a
# person. Verbs that as often take a newspaper or an authority ("skriver", "uppger", "enligt",
# "anser") are left out.
SPEECH_VERBS = frozenset(
    "säger sa sade berättar berättade menar menade tycker tyckte förklarar förklarade understryker "
    "underströk tillägger tillade svarar svarade betonar betonade påpekar påpekade framhåller framhöll "
    "fortsätter fortsatte suckar suckade skrattar skrattade".split()
)
QUOTE_END = frozenset({",", "”", '"', "“", "»", "«", "'", "’", "–", "-", "—", "…", "...", "!", "?"})
# Prepositions that put a place after them ("i Berlin", "vid Stallarholmen"); a person is rare here.
PLACE_PREPOSITIONS = frozenset({"i", "vid", "runt", "inom", "utanför", "nära", "kring", "ur"})
# Words that end a sentence fragment the model sometimes runs into: never the end of a name.
TRAILERS = frozenset({"svar", "fråga", "ps"})
MIDDLE_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
INITIALS = re.compile(r"^[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,2}$")
GENITIVE = re.compile(r"(?::s|'s|’s|s)$")
# Genitives of country and region names ("Tunisiens", "Frankrikes", "Tysklands", "USA:s").
GENITIVE_PLACE = re.compile(r"(?:iens|ikes|ands|ges|ens|:s)$")


@dataclass(frozen=True)
class NameHit:
    """One proposed person-name span in ``doc.text``."""

    start_char: int
    end_char: int
    score: float
    detector: str
    reason: str


@dataclass(frozen=True)
class Lexicons:
    """The reviewable word lists in ``lexicons/``."""

    first: frozenset[str]
    last: frozenset[str]
    exceptions: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    labels: tuple[str, ...]  # lowercase, longest first


def _read(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=4)
def load_lexicons(directory: Path = LEXICON_DIR) -> Lexicons:
    """Read the name lists once per directory (they are immutable)."""
    labels = sorted({s.lower() for s in _read(directory / "labels.txt")}, key=len, reverse=True)
    return Lexicons(
        first=frozenset(_read(directory / "first_names.txt")),
        last=frozenset(_read(directory / "surnames.txt")),
        exceptions=frozenset(_read(directory / "name_exceptions.txt")),
        particles=frozenset(w.lower() for w in _read(directory / "name_particles.txt")),
        titles=frozenset(w.lower() for w in _read(directory / "titles.txt")),
        labels=tuple(labels),
    )


# ----------------------------------------------------------------------------- token classes

F, S, X, U = "F", "S", "X", "U"  # first name, surname, name that is also a word, unknown capitalised


def _norm(word: str) -> str:
    """Title-case form of a word, so that ALL CAPS names match the lists."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")) if word.isupper() else word


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if len(t) < 2 or not t[0].isupper():
        return False
    core = t.replace("-", "").replace(":", "").replace("'", "").replace("’", "")
    return core.isalpha() and not _lower_compound(t)


def _lower_compound(word: str) -> bool:
    """A compound ending in a lowercase noun ("Peas-stjärnan", "Zlatan-appen") describes, it does not name."""
    last = word.rsplit("-", 1)[-1]
    return "-" in word and len(last) >= 3 and last.isalpha() and last.islower()


def _classify(tok: Token, lex: Lexicons) -> str:
    """F, S, X or U for a capitalised token (hyphenated parts: the strongest part wins)."""
    return classify_word(tok.text, lex)


def classify_word(text: str, lex: Lexicons) -> str:
    """F, S, X or U for a capitalised word, genitive and ALL CAPS included (hyphenated parts: the strongest wins)."""
    word = _norm(text)
    forms = [word]
    m = GENITIVE.search(word)
    if m and len(word) - len(m.group(0)) >= 2:
        forms.append(word[: m.start()])
    best = U
    for form in forms:
        parts = [p for p in form.split("-") if p]
        for part in parts:
            if part in lex.exceptions:
                cls = X
            elif part in lex.first:
                cls = F
            elif part in lex.last:
                cls = S
            else:
                continue
            if best == U or (best == X and cls in (F, S)) or (best == S and cls == F):
                best = cls
    return best


def _is_title(tok: Token, lex: Lexicons) -> bool:
    low = tok.text.lower()
    # lemmatize() here too: a blank pipeline has no lemmas, and the model's PER tokens keep their form
    return low in lex.titles or (tok.lemma_ or "").lower() in lex.titles or lemmatize(low) in lex.titles


# ----------------------------------------------------------------------------- chunks

@dataclass(frozen=True)
class _Chunk:
    start: int  # token index
    end: int  # exclusive
    classes: tuple[str, ...]  # per name token (connectors excluded)
    line_start: bool  # the first token opens a line or a sentence
    tokens: tuple[int, ...] = ()  # the token index of each entry of ``classes``


def _line_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text or prev.text in {".", "!", "?", ":", "•", "-", "–", "§"} or prev.is_bracket


def _chunks(doc: Doc, lex: Lexicons) -> list[_Chunk]:
    """Maximal runs of capitalised words joined by spaces, particles or a single line break."""
    out: list[_Chunk] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if not _is_cap(tok) or _is_title(tok, lex):
            i += 1
            continue
        start = i
        classes = [_classify(tok, lex)]
        tokens = [i]
        j = i + 1
        while j < n:
            nxt = doc[j]
            if _is_cap(nxt) and not _is_title(nxt, lex) and "\n" not in doc[j - 1].text_with_ws[len(doc[j - 1].text):]:
                classes.append(_classify(nxt, lex))
                tokens.append(j)
                j += 1
                continue
            # middle initials: "Lars E O Svensson", "Torkel C. Tveter" (only after a name word)
            k = j
            while k < n and k - j < 3 and MIDDLE_INITIAL.match(doc[k].text) and not doc[k - 1].is_space:
                k += 1
            if (
                k > j and k < n and _is_cap(doc[k]) and not _is_title(doc[k], lex) and "\n" not in doc[j:k].text
                and (classes[-1] in (F, S) or _classify(doc[k], lex) in (F, S))
            ):
                classes.append(_classify(doc[k], lex))
                tokens.append(k)
                j = k + 1
                continue
            # a particle joined by a hyphen: "Waleed Sami Abu al-Khair", "Bashar al-Assad"
            if _particle_compound(nxt.text, lex) and "\n" not in doc[j - 1].whitespace_:
                j += 1
                continue
            # particles: "Bo von Platen", "Anna van der Berg", "Omar al Hassan"
            k = j
            while k < n and nxt.text.lower() in lex.particles and k - j < 2:
                k += 1
                nxt = doc[k] if k < n else nxt
            if k > j and k < n and _is_cap(doc[k]) and not _is_title(doc[k], lex):
                classes.append(_classify(doc[k], lex))
                tokens.append(k)
                j = k + 1
                continue
            # a line break inside a name: "Anna\nSvensson" (only after first names)
            if (
                doc[j].is_space and doc[j].text.count("\n") == 1 and j + 1 < n
                and _is_cap(doc[j + 1]) and not _is_title(doc[j + 1], lex)
                and all(c == F for c in classes)
                and (_classify(doc[j + 1], lex) == S
                     or (_classify(doc[j + 1], lex) == U and (_lower_follows(doc, j + 2) or _cell_pair(doc, start, j + 1))))
            ):
                classes.append(_classify(doc[j + 1], lex))
                tokens.append(j + 1)
                j += 2
                continue
            break
        out.append(_Chunk(start, j, tuple(classes), _line_start(doc, start), tuple(tokens)))
        i = j
    return out


def _cell_pair(doc: Doc, first: int, second: int) -> bool:
    """A first name alone on its line and one unknown word alone on the next: the first-name and
    surname cells of a table row ("Ingrid" / "Wästberg"), which MuPDF reads one cell a line."""
    alone_before = first == 0 or "\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_
    after = second + 1
    alone_after = after >= len(doc) or "\n" in doc[after].text or "\n" in doc[second].whitespace_
    word = doc[second].text
    return (
        alone_before and alone_after and second == first + 2 and word.lower() not in OPENERS
        and not ORG_SUFFIX.search(word) and not word.isupper() and not word.endswith(":")
    )


def _particle_compound(word: str, lex: Lexicons) -> bool:
    """A lowercase particle hyphened to a capitalised name: "al-Khair", "bin-Laden", "van-Dijk"."""
    head, _, rest = word.partition("-")
    return bool(rest) and head in lex.particles and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _orgish(doc: Doc, ch: _Chunk) -> bool:
    return any(ORG_SUFFIX.search(doc[k].text) for k in range(ch.start, ch.end) if _is_cap(doc[k]))


def _trim_leading(doc: Doc, ch: _Chunk, ner_label: dict[int, str]) -> _Chunk:
    """Drop ordinary words in front of a first name: "Igår Anna Svensson", "Cyklisten Mark Cavendish".

    Positions are counted in the chunk's own name tokens (``ch.tokens``): a middle initial or a
    particle joins a chunk without being one of its classes, so the page's capitalised tokens
    do not line up with ``ch.classes``.
    """
    if F in ch.classes:
        first_f = ch.classes.index(F)
    elif S in ch.classes and ch.line_start and doc[ch.start].lower_ in OPENERS:
        first_f = 1  # "Enligt Ekman": a sentence-opening word before a surname
    else:
        return ch
    if first_f == 0 or first_f >= len(ch.classes):
        return ch  # nothing in front, or the opener is the whole chunk ("Hos" read as a genitive)
    # ordinary capitalised words go; a name-word ("Ros Marie Ek") stays unless it opens a sentence
    keep = first_f
    while keep > 0 and (ch.classes[keep - 1] in (S, X) and not (keep - 1 == 0 and ch.line_start)):
        keep -= 1
    if keep == 0:
        return ch
    cut = ch.tokens[keep]
    return _Chunk(cut, ch.end, ch.classes[keep:], _line_start(doc, cut), ch.tokens[keep:])


# ----------------------------------------------------------------------------- context

def _title_before(doc: Doc, i: int, lex: Lexicons) -> str | None:
    """The title or role word just before token i ("handläggare Svensson", "Enhetschef Per Holm")."""
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        # "Undersköterska, Ekebygårdens äldreboende": after a comma only a listed name counts
        if _classify(doc[i], lex) == U:
            return None
        k -= 1  # never across a line: "Undersköterska\nEkebygårdens" is a table
    if k >= 0 and _is_title(doc[k], lex):
        return doc[k].text.lower()
    return None


# Labels followed by a list that may run over several lines; signature labels whose name is on
# the next lines; every other label holds a name on the rest of its own line.
LIST_LABELS = frozenset({
    "närvarande", "närvarande ledamöter", "frånvarande", "övriga närvarande", "övriga deltagare",
    "deltagare", "ledamöter", "ersättare", "beslutande", "justerare", "mottagare",
})
SIGNATURE_LABELS = frozenset({
    "med vänlig hälsning", "vänliga hälsningar", "hälsningar", "mvh", "justeras", "underskrift", "vid protokollet",
})
TABLE_HEADERS = frozenset({"ansvarig", "handläggare", "deltagare", "mottagare", "sökande"})
HEADER_LINE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäöÅÄÖ .-]{0,30}:")


def _list_like(line: str) -> bool:
    """A line that continues a list of names: short and not a finished sentence."""
    text = line.strip()
    return len(text.split()) <= 10 and not text.endswith((".", "!", "?"))


def _label_regions(doc: Doc, lex: Lexicons, text: str) -> list[tuple[int, int, str]]:
    """Character ranges after a label ("Närvarande:", "Från:", "Med vänlig hälsning") where names stand."""
    lines = text.splitlines(keepends=True)
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    regions: list[tuple[int, int, str]] = []
    for li, line in enumerate(lines):
        stripped = line.strip()
        low = stripped.lower()
        for label in lex.labels:
            if not low.startswith(label):
                continue
            rest = stripped[len(label):]
            if rest and (rest[0].isalpha() or rest[0] == "-"):
                continue  # "Tillsyn", "Frånvaro": a longer word, not the label
            lstart = offsets[li] + line.index(stripped[0]) + len(label)
            own_line = rest.strip(" \t:;,.-–") != ""
            if label in SIGNATURE_LABELS:
                max_lines = 3
            elif label in LIST_LABELS:
                max_lines = 12
            elif label in TABLE_HEADERS and not rest.strip():
                max_lines = 40  # a column header: the cells follow, one a line ("Ansvarig" ... "EvA")
            else:
                max_lines = 0 if own_line else 2
            end = offsets[li] + len(line.rstrip("\n"))
            seen_text = own_line
            for lj in range(li + 1, min(len(lines), li + 1 + max_lines)):
                nxt = lines[lj]
                if not nxt.strip():
                    if seen_text:
                        break
                    continue  # blank lines between "Med vänlig hälsning" and the name
                if HEADER_LINE.match(nxt) or any(nxt.strip().lower().startswith(lb + ":") for lb in lex.labels):
                    break
                if label in LIST_LABELS and not _list_like(nxt):
                    break  # running text after the list: "Handläggaren Okafor ringde ..."
                seen_text = True
                end = offsets[lj] + len(nxt.rstrip("\n"))
            if end > lstart:
                regions.append((lstart, end, label))
            break
    return regions


# ----------------------------------------------------------------------------- main

def _text_of(doc: Doc, text: str) -> bool:
    """A cheap check that ``text`` is the text ``doc`` was made from (same length, same ends)."""
    if not len(doc):
        return not text
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text, doc[0].idx)


def find_names(doc: Doc, lexicons: Lexicons | None = None, text: str | None = None) -> list[NameHit]:
    """Person-name spans in a processed Doc (NER ents labelled PER, plus rules).

    ``text``: ``doc.text`` when the caller has it (Doc.text joins every token on each call).
    """
    lex = lexicons or load_lexicons()
    if text is None or not _text_of(doc, text):
        text = doc.text
    hits: list[NameHit] = []
    ner_label = {}  # token index -> NER label
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ner_label[k] = ent.label_
    regions = _label_regions(doc, lex, text)

    def in_region(char: int) -> tuple[str | None, bool]:
        """The label whose region holds char, and whether char is on the label's own line."""
        for s, e, lab in regions:
            if s <= char < e:
                return lab, "\n" not in text[s:char]
        return None, False

    chunks = [_trim_leading(doc, c, ner_label) for c in _chunks(doc, lex)]
    chunk_at = {}
    for ch in chunks:
        for k in range(ch.start, ch.end):
            chunk_at[k] = ch

    for ch in chunks:
        span = doc[ch.start:ch.end]
        cls = ch.classes
        n_names = sum(c in (F, S) for c in cls)
        labels_here = {ner_label.get(k) for k in range(ch.start, ch.end)} - {None}
        ner_other = bool(labels_here - {"PER"})
        title = _title_before(doc, ch.start, lex)
        region, region_line = in_region(span.start_char)
        orgish = _orgish(doc, ch) or (
            ch.end < len(doc) and doc[ch.end].lower_ in PLACE_NOUN_AFTER and doc[ch.end - 1].text.endswith("s")
        ) or (ch.end < len(doc) and doc[ch.end].lower_ in PLACE_NOUN_AFTER and len(cls) == 1) or (
            len(cls) >= 2 and _place_by_noun_after(doc, ch.start, ch.end, lex)
        )
        if ch.end < len(doc) and doc[ch.end].text == ":":
            continue  # a header word ("Ämne:", "Kopia:"), not a name
        if ch.end < len(doc) and doc[ch.end].text[:1].isupper() and _lower_compound(doc[ch.end].text):
            continue  # "Black Eyed Peas-stjärnan": the start of a band's or a thing's name
        reason = None
        score = 0.0
        if len(cls) == 1 and doc[ch.start].lower_ in OPENERS:
            continue  # "Finns det skäl...", "Annars är det...": a sentence word that looks like a name
        if title and not orgish:
            reason, score = f"context:{title}", SCORE_CONTEXT
        elif region and not orgish and _region_name(doc, ch, region_line) and not _upper_word_only(span):
            reason, score = f"label:{region}", SCORE_CONTEXT
        elif orgish:
            continue
        elif _speaker_after_verb(doc, ch, lex):
            # a quote's speaker, even when the model took the name for a company ("säger Ericsson")
            reason, score = "context:speech verb", SCORE_CONTEXT
        elif F in cls and len(cls) >= 2 and not (ner_other and "PER" not in labels_here):
            reason, score = "list:first+name", SCORE_LIST_FULL
        elif len(cls) >= 2 and n_names >= 1 and not ner_other:
            reason, score = "list:surname+name", SCORE_AMBIGUOUS_PAIR
        elif len(cls) >= 2 and X in cls and not ch.line_start and not ner_other and all(c in (X, F, S) for c in cls):
            reason, score = "list:name-words pair", SCORE_AMBIGUOUS_PAIR
        elif _acronym(span):
            continue  # "EMA", "ANN": an abbreviation spelled like a name needs a title or a label
        elif len(cls) == 1 and cls[0] == F and not ner_other and (not ch.line_start or _lower_follows(doc, ch.end)):
            reason, score = "list:first name", SCORE_LIST_FIRST_ALONE
        elif len(cls) == 1 and cls[0] == S and not ner_other and _lower_follows(doc, ch.end):
            reason, score = "list:surname", SCORE_LIST_SURNAME_ALONE
        elif len(cls) == 1 and _listed_genitive(doc, ch.start, lex) and _lower_follows(doc, ch.end) and (
            doc[ch.end].lower_ not in OPENERS
        ):
            # "Lindgrens text", "Adnans vacklande hälsa": a listed name owning something is a
            # person, also when the model took it for a place or a company
            reason, score = "list:genitive", SCORE_LIST_SURNAME_ALONE
        if reason:
            s_tok = _trim_ner_start(doc, ch.start, ch.end, lex) if not (title or region) else ch.start
            e_tok = _trim_ner_end(doc, s_tok, ch.end, lex)
            span = doc[s_tok:e_tok]
            hits.append(NameHit(span.start_char, span.end_char, score, "names", reason))

    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        start, end = ent.start, ent.end
        # widen to the whole capitalised run the rules see ("Anna" + "\nSvensson", "von Platen")
        for k in (ent.start, ent.end - 1):
            ch = chunk_at.get(k)
            if ch is not None:
                start, end = min(start, ch.start), max(end, ch.end)
        hits.extend(
            h for a, b in _split_at_line_breaks(doc, start, end, chunk_at)
            for c, d in _split_at_conjunctions(doc, a, b) if (h := _ner_hit(doc, c, d, lex))
        )
    places = place_words(text)
    if places:
        # "Bygglov Norrvik" beside "Norrviks kommun": a place in an organisation's name, not a person
        hits = [h for h in hits if not only_places(text[h.start_char:h.end_char].split(), places,
                                                      lambda w: classify_word(w, lex) == F)]
    return _merge(hits)


def _split_at_line_breaks(doc: Doc, start: int, end: int, chunk_at: dict) -> list[tuple[int, int]]:
    """Split a model span at a line break the name rules did not join ("Anna\nSvensson" they do).

    On an OCR'd page a right-aligned heading lands beside the left one: "PROTOKOLL\nSocialnämndens"
    is two headings, not a name.
    """

    def unjoined_break(k: int) -> bool:
        if not (start < k < end - 1 and doc[k].is_space and "\n" in doc[k].text):
            return False
        joined = chunk_at.get(k - 1)
        return joined is None or joined is not chunk_at.get(k + 1)

    return _split_where(start, end, unjoined_break)


def _split_where(start: int, end: int, cut: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The token ranges of [start, end) between the tokens where ``cut`` holds (those are dropped)."""
    parts, a = [], start
    for k in range(start, end):
        if cut(k):
            if k > a:
                parts.append((a, k))
            a = k + 1
    if end > a:
        parts.append((a, end))
    return parts


def _speaker_after_verb(doc: Doc, ch: _Chunk, lex: Lexicons) -> bool:
    """A run of one to three capitalised words right after a quote-attributing verb.

    ", säger Ericsson till TT.", "– Nej, sade Björgen.", ", tyckte Bollnäs Ville Altonen som..."
    (the club in front is trimmed later). Not a genitive before a noun (", säger Malmös
    polismästare"), an abbreviation (", säger SVT:s"), or a run that goes on capitalised.
    """
    v = ch.start - 1
    if v < 1 or doc[v].lower_ not in SPEECH_VERBS or doc[v - 1].text not in QUOTE_END:
        return False
    if len(ch.classes) > 3 or _acronym(doc[ch.start:ch.end]) or _upper_word_only(doc[ch.start:ch.end]):
        return False
    if ch.end < len(doc):
        nxt = doc[ch.end]
        if nxt.text[:1].isupper() or nxt.like_num:
            return False
        if _lower_follows(doc, ch.end) and nxt.lower_ not in OPENERS and GENITIVE.search(doc[ch.end - 1].text):
            return False  # "säger Sundsvalls länssjukhus": the speaker is the hospital's, later
    return True


def _listed_genitive(doc: Doc, i: int, lex: Lexicons) -> bool:
    """A genitive whose base is a listed first name or surname ("Lindgrens", "Adnans", not "Paris")."""
    word = _norm(doc[i].text)
    if not word.endswith("s") or word.endswith(":s") or "-" in word:
        return False
    base = word[:-1]
    return len(base) >= 2 and base not in lex.exceptions and (base in lex.first or base in lex.last)


def _split_at_conjunctions(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at "och" or a comma: "Mathias och Daniel Tjärnqvist" are two people."""
    return _split_where(start, end, lambda k: doc[k].lower_ in ("och", "&", ",", "samt", "eller", ";"))


def _ner_hit(doc: Doc, start: int, end: int, lex: Lexicons) -> NameHit | None:
    """A model PER span, trimmed to the name, or None when it is not a person's name."""
    if _org_like(doc, start, end, lex):
        return None  # before trimming: "Folktandvården Norrvik" is a clinic, not "Norrvik"
    start = _trim_ner_start(doc, start, end, lex)
    end = _trim_ner_end(doc, start, end, lex)
    if end <= start or _ends_in_lowercase(doc, start, end, lex) or not doc[start].text[:1].isalpha():
        return None  # "Nabisco championship", "Zlatan-appen", "ett mysterium": a title or a thing
    span = doc[start:end]
    if end - start == 1 and doc[start].lower_ in OPENERS:
        return None
    if _place_by_noun_after(doc, start, end, lex) or _heading_like(doc, start, end, lex) or _org_like(doc, start, end, lex):
        return None
    if _acronym(span) and not _title_before(doc, start, lex):
        return None
    if end - start == 1 and _numbered(doc, start, lex):
        return None  # "Box 512", "Bilaga 3", "Kvarnen 4": a word with a number is an address or a heading
    if (
        end - start == 1 and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS
        and _classify(doc[start], lex) in (U, X)
    ):
        return None  # "i Berlin", "utanför Manama": one unknown word after a place preposition
    text = span.text
    if not text.strip() or not any(c.isalpha() for c in text):
        return None
    return NameHit(span.start_char, span.end_char, SCORE_NER, "ner", "ner:PER")


def _trim_ner_start(doc: Doc, start: int, end: int, lex: Lexicons) -> int:
    """Drop a descriptive word the model put in front of a listed first name.

    "Tvåan Christian Sprenger", "Tunisiens Oussama Mellouli", "Cyklisten Mark Cavendish": the
    word is not in the name lists, opens the sentence or is a genitive or a definite noun, and a
    listed name follows ("Enligt Ekman").
    """
    while end - start >= 2 and (
        _is_title(doc[start], lex) or doc[start].is_space or doc[start].lower_ in lex.labels
    ):
        start += 1  # "Handläggaren Okafor": the role is context, not part of the name
    # "Black Eyed Peas-stjärnan Will I Am": a compound ending in a lowercase noun is a description
    for k in range(end - 2, start - 1, -1):
        if _lower_compound(doc[k].text):
            start = k + 1
            break
    # "of Justice", "?Människor": lowercase words and punctuation before the first capital
    while end - start >= 2 and _stray_word(doc[start], lex):
        start += 1
    while end - start >= 2 and _is_cap(doc[start]) and _classify(doc[start], lex) == U:
        word = doc[start].text
        nxt = doc[start + 1]
        nxt_cls = _classify(nxt, lex) if _is_cap(nxt) else None
        rest_caps = sum(1 for k in range(start + 1, end) if _is_cap(doc[k]))
        if (
            nxt_cls == F and rest_caps == 1 and _norm(nxt.text) in lex.last and word.lower() not in OPENERS
            and not word.endswith(("s", "en", "an", "et", "na"))
        ):
            break  # "Chaunte Lowe": the last word is a surname too, so the unknown word is the first name
        if nxt_cls == F or (nxt_cls is not None and word.lower() in OPENERS):
            pass  # "Enligt Ekman", "Men Hatt": a sentence-opening word is never part of a name
        elif nxt_cls is not None and len(word) >= 6 and word.endswith(("en", "et")):
            pass  # "Vännen Vanna Rosenberg", "Slottet Karinhall": a definite noun in front
        elif nxt_cls == X and rest_caps >= 2 and word.endswith(("en", "an", "n")):
            pass  # "Cyklisten Mark Cavendish": a definite noun before a name that is also a word
        elif nxt_cls is not None and (GENITIVE_PLACE.search(word) or (word.endswith("s") and rest_caps >= 2)):
            pass  # "Tunisiens Oussama Mellouli": a country genitive is not part of the name
        else:
            break
        if not (_line_start(doc, start) or word.endswith(("s", "en", "an", "n"))):
            break
        start += 1
    return start


def _numbered(doc: Doc, i: int, lex: Lexicons) -> bool:
    """An unlisted word followed by a number that is not an age ("Box 512", but "Rojda 9 år")."""
    if _classify(doc[i], lex) != U or i + 1 >= len(doc) or not doc[i + 1].like_num:
        return False
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    return after not in ("år", "månader", "mån", "veckor", "dagar")


def _stray_word(tok: Token, lex: Lexicons) -> bool:
    """A lowercase word (not a particle) or punctuation that cannot open a name."""
    t = tok.text
    if tok.is_space:
        return True
    if t[:1].islower():
        return t.lower() not in lex.particles and not any(c.isupper() for c in t)
    return not t[:1].isalnum()


def _trim_ner_end(doc: Doc, start: int, end: int, lex: Lexicons) -> int:
    """Drop a sentence word the model let run on after a name: "Sven Det beror", "Katarina SVAR"."""
    while end - start >= 2 and (doc[end - 1].is_space or doc[end - 1].lower_ in OPENERS | TRAILERS):
        end -= 1
    return end


def _ends_in_lowercase(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A span whose last word is lowercase (not a particle, not "al-Assad") is not a person's name."""
    words = [doc[k] for k in range(start, end) if not doc[k].is_space]
    if not words:
        return True
    last = words[-1].text
    if _lower_compound(last):
        return True
    return last[:1].islower() and last.isalpha() and last.lower() not in lex.particles


def _place_by_noun_after(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A genitive the model called PER that names a place or body: "Oxfords universitet".

    A full name in the genitive before a street, prize or hospital is that thing's name
    ("Olof Palmes gata", "Astrid Lindgrens barnsjukhus"); a lone first name is not ("Amirs skola").
    """
    if end >= len(doc) or not doc[end - 1].text.endswith("s"):
        return False
    noun = doc[end].lower_
    if noun not in PLACE_NOUN_AFTER and not (noun.isalpha() and noun.endswith(NAMED_AFTER_NOUNS)):
        return False
    if sum(1 for k in range(start, end) if _is_cap(doc[k])) >= 2 and noun.endswith(NAMED_AFTER_NOUNS):
        return True
    return all(_classify(doc[k], lex) == U for k in range(start, end) if _is_cap(doc[k]))


def _region_name(doc: Doc, ch: _Chunk, on_label_line: bool) -> bool:
    """Whether a capitalised run after a label is a name rather than a column header or heading."""
    cls = ch.classes
    if any(c in (F, S) for c in cls) or len(cls) >= 2:
        return True  # a run of names, or an unknown full name
    if cls[0] == X:
        return True  # "Sten" after "Justeras" or "Ansvarig:"
    if INITIALS.match(doc[ch.start].text):
        return True  # "AA", "EvA" in an Ansvarig column
    if ch.start > 0 and doc[ch.start - 1].text == "(":
        return False  # "(HR-konsult)": a role in brackets after a name
    # one unknown word: a name only on the label's own line with nothing running on after it
    return on_label_line and not _lower_follows(doc, ch.end)


def _heading_like(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A single unlisted word standing alone on its line ("Postadress", "Bakgrund", "Beslut")."""
    if end - start != 1 or _classify(doc[start], lex) != U or not _line_start(doc, start):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or "\n" in nxt.text or nxt.text in {":", "|"} or nxt.like_num


def _org_like(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A company or authority the model called PER: "Ekholms Bygg AB", "KLM", "BIC HANDSESS"."""
    words = [doc[k] for k in range(start, end) if not doc[k].is_space]
    last = doc[end] if end < len(doc) else None
    if any(w.text in ("AB", "HB", "KB") for w in words) or (last is not None and last.text in ("AB", "HB", "KB")):
        return True
    if any(ORG_SUFFIX.search(w.text) for w in words if _is_cap(w)):
        return True
    return all(w.text.isupper() and _classify(w, lex) == U for w in words)


def _lower_follows(doc: Doc, i: int) -> bool:
    """A lowercase word follows token i on the same line ("Karin svarar", "Månssons synpunkt")."""
    return i < len(doc) and doc[i].text[:1].islower() and doc[i].is_alpha


def _acronym(span) -> bool:
    """One short ALL CAPS word ("EMA", "SKL"): an abbreviation more often than a name."""
    words = [t for t in span if not t.is_space]
    return len(words) == 1 and words[0].text.isupper() and len(words[0].text) <= 4


def _upper_word_only(span) -> bool:
    """A lone ALL CAPS word after a label is a heading more often than a name."""
    return len(span) == 1 and span.text.isupper()


def _merge(hits: list[NameHit]) -> list[NameHit]:
    """Union overlapping hits; agreeing detectors raise the score."""
    hits = sorted(hits, key=lambda h: (h.start_char, -h.end_char))
    out: list[NameHit] = []
    for h in hits:
        if out and h.start_char < out[-1].end_char:
            prev = out[-1]
            detectors = sorted(set(prev.detector.split("+")) | set(h.detector.split("+")))
            score = max(prev.score, h.score)
            if len(detectors) > 1:
                score = max(score, SCORE_NER_AND_RULE)
            reasons = prev.reason if h.reason in prev.reason.split("; ") else f"{prev.reason}; {h.reason}"
            out[-1] = NameHit(prev.start_char, max(prev.end_char, h.end_char), score, "+".join(detectors), reasons)
        else:
            out.append(h)
    return out


def fallback_names(doc: Doc, lex: Lexicons) -> list[NameHit]:
    """Every model PER span and every capitalised listed name: what is proposed when the rules fail."""
    hits = [NameHit(e.start_char, e.end_char, SCORE_NER, "ner", "ner:PER (fallback)") for e in doc.ents if e.label_ == "PER"]
    for tok in doc:
        if _is_cap(tok) and classify_word(tok.text, lex) in (F, S):
            hits.append(NameHit(tok.idx, tok.idx + len(tok.text), SCORE_LIST_FIRST_ALONE, "names", "list:name (fallback)"))
    return _merge(hits)


# ----------------------------------------------------------------------------- Presidio

class PersonRecognizer(EntityRecognizer):
    """Presidio recognizer for PERSON in Swedish, reading the spaCy Doc Presidio already made."""

    def __init__(self, lexicons: Lexicons | None = None):
        self._lex = lexicons
        super().__init__(supported_entities=["PERSON"], name="names", supported_language="sv")

    def load(self) -> None:
        """Load the lexicons (the model is loaded by Presidio's NLP engine)."""
        if self._lex is None:
            self._lex = load_lexicons()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """PERSON results from find_names on nlp_artifacts.tokens."""
        if entities and "PERSON" not in entities:
            return []
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            log.warning("names: no spaCy Doc in nlp_artifacts; person names not searched")
            return []
        results = []
        try:
            hits = find_names(doc, self._lex, text)
        except Exception:  # a rule must never cost the page its names: fall back to the plainest evidence
            log.exception("names: the name rules failed on a page; proposing the model's names and listed words")
            hits = fallback_names(doc, self._lex or load_lexicons())
        for hit in hits:
            expl = AnalysisExplanation(
                recognizer=self.name, original_score=hit.score, textual_explanation=f"{hit.detector}: {hit.reason}"
            )
            results.append(
                RecognizerResult(
                    entity_type="PERSON",
                    start=hit.start_char,
                    end=hit.end_char,
                    score=hit.score,
                    analysis_explanation=expl,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "detector": hit.detector,
                        "reason": hit.reason,
                    },
                )
            )
        return results


def name_recognizers(lexicons: Lexicons | None = None) -> list[EntityRecognizer]:
    """The recognizers this module contributes to the Presidio registry."""
    from redact.detect.initials import InitialsRecognizer

    return [PersonRecognizer(lexicons), InitialsRecognizer()]
