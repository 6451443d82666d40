"""Person names in Swedish administrative text: the NER model's PER entities plus rules.

The model proposes; the rules widen recall where documents are regular (attendance lists,
signatures, e-mail headers, "Handläggare:" lines, titles before a name) and keep names that
are also words ("Sten", "Ros", "Maj") only when context says so. Linking mentions into one
subject, initials and genitives elsewhere in the document are done in ``redact.resolve.link``. The runs of
capitalised words the rules read, and the ordinary words cut from their front, are in ``name_chunks``.
"""

from __future__ import annotations

import logging
import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from spacy.tokens import Doc

from redact.detect.name_chunks import _Chunk, _chunks, _orgish, _trim_leading
from redact.detect.name_model import (
    _ner_hit, _numbered, _place_by_noun_after, _split_at_conjunctions, _split_at_line_breaks, _trim_ner_end, _trim_ner_start,
)
from redact.detect.name_words import (  # noqa: F401 - re-exported: callers import lexicons and scores from here
    F, GENITIVE, INITIALS, LEXICON_DIR, MIDDLE_INITIAL, OPENERS, ORG_SUFFIX, PLACE_NOUN_AFTER, QUOTE_END, S,
    SCORE_AMBIGUOUS_PAIR, SCORE_CONTEXT, SCORE_LIST_FIRST_ALONE, SCORE_LIST_FULL, SCORE_LIST_SURNAME_ALONE,
    SCORE_NER, SCORE_NER_AND_RULE, SPEECH_VERBS, U, X, _acronym, _classify, classify_word, _is_cap, _is_title,
    Lexicons, _line_start, load_lexicons, _lower_compound, _lower_follows, NameHit, _norm, _title_before,
    _upper_word_only, written_in_lower_case,
)
from redact.detect.company_forms import AFTER_NAME
from redact.detect.farm_named_persons import with_farm_after
from redact.detect.given_name_shapes import shaped_given_name_at
from redact.detect.id_label_prefixes import label_before_number, label_words
from redact.detect.joined_surnames import with_joined_surnames
from redact.detect.name_particles import apostrophe_names, particle_names, with_particles
from redact.detect.place_keep_words import no_one_alone, no_person_after_label
from redact.detect.places import in_a_towns_place, only_places, place_organisation, place_words, postal_towns

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- context


# Labels followed by a list that may run over several lines; signature labels whose name is on
# the next lines; every other label holds a name on the rest of its own line.
LIST_LABELS = frozenset({
    "närvarande", "närvarande ledamöter", "frånvarande", "övriga närvarande", "övriga deltagare",
    "deltagare", "ledamöter", "ersättare", "beslutande", "justerare", "mottagare",
})
SIGNATURE_LABELS = frozenset({
    "med vänlig hälsning", "vänliga hälsningar", "hälsningar", "mvh",
    # the plural closing with "med" in front, the commonest in Swedish mail ("Med vänliga hälsningar")
    "med vänliga hälsningar", "med bästa hälsningar", "bästa hälsningar", "justeras", "underskrift", "vid protokollet",
})
TABLE_HEADERS = frozenset({"ansvarig", "handläggare", "deltagare", "mottagare", "sökande"})
HEADER_LINE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäöÅÄÖ .-]{0,30}:")


def _list_like(line: str) -> bool:
    """A line that continues a list of names: short and not a finished sentence."""
    text = line.strip()
    return len(text.split()) <= 10 and not text.endswith((".", "!", "?"))


# A lower-case word right after a word at a line's start: the sentence runs on.
_RUNNING_ON = re.compile(r"[ \t]+[a-zåäöéü]")
_POSTBOX = re.compile(r"(?i:p\.?[ \t]?o\.?[ \t]+)?(?i:box)")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")


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
            if stripped[:1].islower() and _RUNNING_ON.match(rest):
                break  # "till hans konto …": a sentence wrapped before the word, not a label
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

    chunks = [_trim_leading(doc, c, ner_label, lex, text) for c in _chunks(doc, lex)]
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
        if len(cls) == 1 and span.text.isupper() and ch.end < len(doc) and doc[ch.end].text[:1].isdigit():
            continue  # "Brukare BS 0450": capitals before a number are the number's prefix, not a name
        if ch.end < len(doc) and doc[ch.end].text[:1].isupper() and _lower_compound(doc[ch.end].text):
            continue  # "Black Eyed Peas-stjärnan": the start of a band's or a thing's name
        reason = None
        score = 0.0
        if len(cls) == 1 and doc[ch.start].lower_ in OPENERS:
            continue  # "Finns det skäl...", "Annars är det...": a sentence word that looks like a name
        if title and not orgish and not (cls == (U,) and no_one_alone(span.text)):
            # (not a town or a month alone after a relation's word: "med sin sambo Januari förra året")
            reason, score = f"context:{title}", SCORE_CONTEXT
        elif region and not orgish and _region_name(doc, ch, region_line, text) and not _upper_word_only(span):
            reason, score = f"label:{region}", SCORE_CONTEXT
        elif orgish:
            continue
        elif len(cls) in (2, 3) and _keyed_by_initials(doc, ch):
            # "BoS = Bo Stendal", "ro.m = Rut Mälarsköld": a key of initials says the name after it is a person's
            reason, score = "context:initials key", SCORE_CONTEXT
        elif _speaker_after_verb(doc, ch, lex):
            # a quote's speaker, even when the model took the name for a company ("säger Ericsson")
            reason, score = "context:speech verb", SCORE_CONTEXT
        elif F in cls and len(cls) >= 2 and not (ner_other and "PER" not in labels_here) or (
            # a listed first name and a listed surname: the model's MISC ("CR = Camila Rojas" read
            # as a formula) does not outweigh both lists
            F in cls and S in cls and labels_here == {"MISC"}
        ) or (
            # "m.ol = Maja Olmedal": the model's MISC began at the key in front, so a listed first name opening
            # the run is a name though the surname is in no list
            cls[0] == F and len(cls) >= 2 and labels_here == {"MISC"} and _key_before(doc, ch.start)
        ) or (
            # "Brandinspektör Lars-Gunnar Berglund" read as one ORG: the model's label began at the role word
            # trimmed off in front, so it says nothing of the listed first name and surname after it
            F in cls and S in cls and labels_here == {"ORG"} and ch.start > 0 and ner_label.get(ch.start - 1) == "ORG"
            and _is_cap(doc[ch.start - 1]) and not _orgish(doc, ch)
        ):
            reason, score = "list:first+name", SCORE_LIST_FULL
        elif len(cls) >= 2 and n_names >= 1 and not ner_other:
            reason, score = "list:surname+name", SCORE_AMBIGUOUS_PAIR
        elif len(cls) >= 2 and X in cls and not ch.line_start and not ner_other and all(c in (X, F, S) for c in cls):
            reason, score = "list:name-words pair", SCORE_AMBIGUOUS_PAIR
        elif cls == (U, U) and _particle_joined(doc, ch, lex) and not (labels_here - {"PER", "MISC"}):
            # "Marloes de Groot", "Pieter van Dijk": two unlisted words joined by a name's particle are a name
            # (the model's MISC for a Dutch name outweighs nothing; its place or company does)
            reason, score = "list:particle name", SCORE_AMBIGUOUS_PAIR
        elif _acronym(span):
            continue  # "EMA", "ANN": an abbreviation spelled like a name needs a title or a label
        elif len(cls) == 1 and cls[0] == F and not ner_other and (not ch.line_start or _lower_follows(doc, ch.end)):
            reason, score = "list:first name", SCORE_LIST_FIRST_ALONE
        elif len(cls) == 1 and cls[0] == S and not ner_other and _lower_follows(doc, ch.end):
            reason, score = "list:surname", SCORE_LIST_SURNAME_ALONE
        elif len(cls) == 1 and cls[0] == U and not (labels_here - {"PER", "MISC"}) and (
            not ch.line_start or _lower_follows(doc, ch.end)
        ) and shaped_given_name_at(doc, ch.start, ch.end, text):
            # "Tack för svaret, Zhenwei!", "Seo-yeons mamma": a given name no list holds, read by its shape where a
            # listed given name would be read (the model's MISC for a word it never saw outweighs nothing)
            reason, score = "shape:given name", SCORE_LIST_FIRST_ALONE
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
    # "Norrviks Schackklubb", "Konsument Norrvik": a place (also a postal address's town) with unlisted words
    towns = postal_towns(text)
    places |= towns
    if places:
        hits = [h for h in hits if not place_organisation(text[h.start_char:h.end_char].split(), places,
                                                           lambda w: classify_word(w, lex) in (F, S))]
    if towns:
        # "tillståndsenheten Åsby" where the page writes "851 32 Åsby": the town alone, in no list of names
        hits = [h for h in hits if not ((w := text[h.start_char:h.end_char].strip(".,;:")) in towns
                                        and classify_word(w, lex) not in (F, S))]
        # "733 25 Sala", "Sala den 28 maj": the page's postal town, a surname too, where a town stands
        hits = [h for h in hits if not ((w := text[h.start_char:h.end_char].strip(".,;:")) in towns
                                        and classify_word(w, lex) == S
                                        and in_a_towns_place(text, h.start_char, h.start_char + len(w)))]
    # "PO Box 2207", "P.O. Box 14": a postal box's words before its number, no one's name
    hits = [h for h in hits if not (_POSTBOX.fullmatch(text, h.start_char, h.end_char)
                                    and _NUMBER_AFTER.match(text, h.end_char))]
    # "NINO JT 77 58 41 B": a number's label in capitals (the number's letters after it), no one's name
    hits = [h for h in hits if not (label_before_number(text, h.start_char)
                                    and label_words(text[h.start_char:h.end_char]))]
    # "My father", "My brother": the English possessive, not the name My
    hits = [h for h in hits if not ((sp := doc.char_span(h.start_char, h.end_char)) is not None and len(sp) == 1
                                    and _english_determiner(doc, sp.start, text))]
    # "Norrvalla Bostäder ekonomisk förening", "Lindgrens Bygg AB": a company's name, unless a first name is in it
    hits = [h for h in hits if not (_COMPANY_FORM_AFTER.match(text, h.end_char) and not any(
        classify_word(w.strip(".,;:"), lex) == F for w in text[h.start_char:h.end_char].split()))]
    # "National Insurance number", "Social Security no.": the name of a number in English, unless a first name is in it
    hits = [h for h in hits if not (_NUMBER_WORD_AFTER.match(text, h.end_char) and not any(
        classify_word(w.strip(".,;:"), lex) == F for w in text[h.start_char:h.end_char].split()))]
    # "till van der Veen", "Siobhán O’Donnell": the particles and apostrophe prefixes the tokens leave out
    hits = particle_names(text, apostrophe_names(text, with_particles(hits, text, lex), lex), lex)
    # "Anders Jonsson i Myra" alone on its line: the farm after "i" is part of the name
    hits = with_farm_after(hits, text)
    # "Jordi Puig i Ferrer": a Catalan's two surnames joined by "i", each read as a name (see joined_surnames)
    hits = with_joined_surnames(hits, text)
    return _merge(hits)


_NUMBER_WORD_AFTER = re.compile(r"[ \t]+(?:number|numbers|no\.)(?![\w])")
_COMPANY_FORM_AFTER = re.compile(
    rf"[ \t]+(?:{AFTER_NAME}|(?i:ekonomisk[ \t]+förening|ek\.[ \t]?för|bostadsrättsförening|stiftelse|"
    r"ideell[ \t]+förening|handelsbolag|kommanditbolag))(?![\w])"
)


# English determiners spelt like a Swedish first name, and English words that show the line is English.
_ENGLISH_DETERMINERS = frozenset({"my"})
_ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "and", "is", "was", "of", "for", "to", "his", "her", "my", "your", "with", "that", "this", "says",
    "said", "has", "have", "would", "our", "their", "address", "phone", "father", "mother", "brother", "sister",
})


def _english_determiner(doc: Doc, i: int, text: str) -> bool:
    """A determiner ("My") before a lowercase word on a line with other English words."""
    tok = doc[i]
    if tok.lower_ not in _ENGLISH_DETERMINERS or i + 1 >= len(doc) or not doc[i + 1].text[:1].islower():
        return False
    a = text.rfind("\n", 0, tok.idx) + 1
    b = text.find("\n", tok.idx)
    words = re.findall(r"[a-z]+", text[a:b if b >= 0 else len(text)].lower())
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) >= 2


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


# particles that join a given name to a family name and no place's words ("Rio de Janeiro", "Costa del Sol")
_PERSON_PARTICLES = frozenset({"van", "von", "de", "der", "den", "ter", "ten", "vom", "zu", "af"})


def _particle_joined(doc: Doc, ch: _Chunk, lex: Lexicons) -> bool:
    """True when lowercase name particles, and nothing else, stand between the chunk's two words on one line."""
    between = doc[ch.tokens[0] + 1:ch.tokens[1]]
    return len(between) >= 1 and all(t.text in lex.particles and t.text in _PERSON_PARTICLES for t in between) and (
        "\n" not in between.text_with_ws) and not _is_title(doc[ch.tokens[0]], lex)


_KEY_INITIALS = re.compile(r"^[A-ZÅÄÖÉÜa-zåäöéü][\w.\-]{0,5}$")


def _keyed_by_initials(doc: Doc, ch: _Chunk) -> bool:
    """True when "=" and a short key whose first letter is the name's stand right before the chunk ("BoS = Bo
    Stendal"): a list of the initials a document uses, each with the person it stands for."""
    i = ch.start
    if i < 2 or doc[i - 1].text != "=" or "\n" in doc[i - 2].whitespace_ + doc[i - 1].whitespace_:
        return False
    key = doc[i - 2].text
    return (bool(_KEY_INITIALS.match(key)) and any(c.isupper() for c in key) + ("." in key or "-" in key) >= 1
            and key[:1].casefold() == doc[i].text[:1].casefold())


def _key_before(doc: Doc, i: int) -> bool:
    """True when an "=" stands right before token i and the model's entity at i began in front of it: a key of
    initials or a code read with the name as one formula ("m.ol = Maja Olmedal")."""
    if i < 2 or doc[i - 1].text != "=":
        return False
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return ent is not None and ent.start < i - 1


def _listed_genitive(doc: Doc, i: int, lex: Lexicons) -> bool:
    """A genitive whose base is a listed first name or surname ("Lindgrens", "Adnans", not "Paris")."""
    word = _norm(doc[i].text)
    if not word.endswith("s") or word.endswith(":s") or "-" in word:
        return False
    base = word[:-1]
    return len(base) >= 2 and base not in lex.exceptions and (base in lex.first or base in lex.last)


def _region_name(doc: Doc, ch: _Chunk, on_label_line: bool, text: str) -> bool:
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
    if _numbered(doc, ch.start, load_lexicons()):
        return False  # "Till: Norrviks kommun, Box 40": an unknown word with a number is an address
    # one unknown word: a name only on the label's own line with nothing running on after it, and not a word that
    # names no one ("Kontaktperson: Växeln", "Från: Kundtjänst": a service, a body, a role; a month or a town may be a
    # surname here)
    return on_label_line and not _lower_follows(doc, ch.end) and not no_person_after_label(doc[ch.start].text, text)


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
    from redact.detect.chinese_names import ChineseNameRecognizer
    from redact.detect.foreign_name_pairs import ForeignNamePairRecognizer
    from redact.detect.header_names import HeaderNameRecognizer
    from redact.detect.initials import InitialsRecognizer
    from redact.detect.korean_names import KoreanNameRecognizer
    from redact.detect.mailbox_names import MailboxNameRecognizer
    from redact.detect.named_relations import NamedRelationRecognizer
    from redact.detect.names_by_deed import NameByDeedRecognizer
    from redact.detect.names_by_kin import NameByKinRecognizer
    from redact.detect.names_by_place import NameByPlaceRecognizer
    from redact.detect.names_in_dialogue import NameInDialogueRecognizer
    from redact.detect.names_in_messages import NameInMessageRecognizer
    from redact.detect.names_in_sentences import NameInSentenceRecognizer
    from redact.detect.names_introduced import IntroducedNameRecognizer
    from redact.detect.numbered_names import NumberedNameRecognizer
    from redact.detect.quoted_nicknames import QuotedNicknameRecognizer
    from redact.detect.stated_names import StatedNameRecognizer
    from redact.detect.vietnamese_names import VietnameseNameRecognizer

    return [PersonRecognizer(lexicons), InitialsRecognizer(), QuotedNicknameRecognizer(), KoreanNameRecognizer(),
            ChineseNameRecognizer(), NamedRelationRecognizer(), StatedNameRecognizer(), MailboxNameRecognizer(),
            NumberedNameRecognizer(), VietnameseNameRecognizer(), HeaderNameRecognizer(),
            ForeignNamePairRecognizer(), NameByPlaceRecognizer(), NameInMessageRecognizer(), NameByDeedRecognizer(),
            NameByKinRecognizer(), IntroducedNameRecognizer(), NameInDialogueRecognizer(), NameInSentenceRecognizer()]
