"""The NER model's PER spans, trimmed to the name or dropped when they name a place, an
organisation, a heading or a thing ("Folktandvården Norrvik", "Box 512", "i Berlin")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from redact.detect.name_words import (
    F, GENITIVE_PLACE, NAMED_AFTER_NOUNS, OPENERS, PLACE_NOUN_AFTER, PLACE_PREPOSITIONS, SCORE_NER,
    TRAILERS, U, X, _acronym, _classify, _is_cap, _is_title, Lexicons, _line_start, _lower_compound, NameHit, _norm,
    _title_before, ends_like_organisation,
)
from redact.detect.place_keep_words import no_one_alone
from redact.detect.sentence_start import NOUN_ENDINGS


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


def _split_at_conjunctions(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at "och" or a comma: "Mathias och Daniel Tjärnqvist" are two people."""
    return _split_where(start, end, lambda k: doc[k].lower_ in ("och", "&", ",", "samt", "eller", ";"))


def _ner_hit(doc: Doc, start: int, end: int, lex: Lexicons) -> NameHit | None:
    """A model PER span, trimmed to the name, or None when it is not a person's name."""
    if _org_like(doc, start, end, lex):
        return None  # before trimming: "Folktandvården Norrvik" is a clinic, not "Norrvik"
    start = _trim_ner_start(doc, start, end, lex)
    end = _trim_ner_end(doc, start, end, lex)
    # "H-G.Ö. Växel": the switchboard's label after a signature is no part of the name
    while end - start >= 2 and (doc[end - 1].lower_ in _LINE_LABELS or doc[end - 1].is_space):
        end -= 1
    # no name holds an e-mail address: "Funktionsbrevlåda gransbacken@…" read as one person ends before the address
    mail = next((k for k in range(start, end) if "@" in doc[k].text), None)
    if mail is not None:
        end = mail
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end <= start:
            return None
    # no name holds a number: "KFN-TF 26/37", a case's reference read as a person, ends before its digits
    digit = next((k for k in range(start, end) if any(c.isdigit() for c in doc[k].text)), None)
    if digit is not None:
        if digit == start or (digit == start + 1 and doc[start].text.isupper()):
            return None
        end = digit
    if end <= start or _ends_in_lowercase(doc, start, end, lex) or not doc[start].text[:1].isalpha():
        return None  # "Nabisco championship", "Zlatan-appen", "ett mysterium": a title or a thing
    span = doc[start:end]
    if end - start == 1 and (doc[start].lower_ in OPENERS or (_is_title(doc[start], lex)
                                                              and _classify(doc[start], lex) == U)):
        return None  # "Hos", "Farmodern" tagged alone: a sentence's word, a relation's; a listed "Bror" stays
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
    if end - start == 1 and _classify(doc[start], lex) == U and no_one_alone(doc[start].text):
        return None  # "Hej Vetlanda!", "Dear Sir or Madam,": a town, a month or a letter's "Madam" tagged alone
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
    # "Hos Engström, kallad ...", "Enligt Lind": a word opening the sentence that a list holds as a surname too
    # ("Hos") is the sentence's, not the name's; a listed first name stays ("Vid" is none)
    while (end - start >= 2 and doc[start].text[:1].isupper() and doc[start].lower_ in OPENERS
           and _line_start(doc, start) and _is_cap(doc[start + 1]) and _classify(doc[start], lex) != F):
        start += 1
    # "Black Eyed Peas-stjärnan Will I Am": a compound ending in a lowercase noun is a description
    for k in range(end - 2, start - 1, -1):
        if _lower_compound(doc[k].text):
            start = k + 1
            break
    # "My father Sven Berg", "Her aunt Leyla Demir": a lowercase word (not a particle) between
    # capitalised words ends what came before; the name is what follows it
    for k in range(end - 2, start, -1):
        t = doc[k].text
        if t.isalpha() and t.islower() and t not in lex.particles and _is_cap(doc[k + 1]):
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
        if (nxt_cls == F and rest_caps == 1 and _norm(nxt.text) in lex.last and not _line_start(doc, start)
                and word.isalpha() and not word.endswith("s") and not _written_lower(doc, word)):
            break  # "kusin Ikran Warsame": inside a sentence a capital word the text never writes small is a name
        if (nxt_cls == F and rest_caps == 1 and _both_tagged_person(doc, start) and _inside_sentence(doc, start)
                and word.isalpha() and not word.endswith("s") and word.lower() not in OPENERS
                and not (len(word) >= 7 and word.lower().endswith(NOUN_ENDINGS))
                and not (len(word) >= 6 and word.endswith(("en", "et"))) and not _written_lower(doc, word)):
            break  # "reserven\nMelika Ahmadzai": the model's name inside a sentence, its second word listed as a given name
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


def _both_tagged_person(doc: Doc, i: int) -> bool:
    """True when the model tagged token i and the next one as one person's name."""
    return doc[i].ent_type_ == "PER" and doc[i + 1].ent_type_ == "PER" and doc[i + 1].ent_iob_ == "I"


def _inside_sentence(doc: Doc, i: int) -> bool:
    """True when token i does not open a sentence: mid-line, or at a line start after a line that ends in a word or
    a comma, with no full stop (the sentence wrapped there: "Reserven\nMelika Ahmadzai bor ...")."""
    if not _line_start(doc, i):
        return True
    k = i - 1
    if k < 0 or not doc[k].is_space or doc[k].text.count("\n") != 1:
        return False
    k -= 1
    return k >= 0 and (doc[k].text == "," or doc[k].text.isalpha())


def _written_lower(doc: Doc, word: str) -> bool:
    """True when the document writes ``word`` in lower case somewhere ("kvinnan" beside "Kvinnan")."""
    low = word.lower()
    return any(t.text == low for t in doc)


# a property's block and unit that is no time of day ("2:7", "1:112"), or a joint property's letters and number
# ("S:4", "GA:2"); "1:58" after a name may be a meeting's time
_PROPERTY_UNIT = re.compile(r"\d{1,4}:(?:\d|\d{3,4}|[6-9]\d)|\d{3,4}:\d{1,4}|[A-ZÅÄÖ]{1,3}:\d{1,4}")


def _numbered(doc: Doc, i: int, lex: Lexicons) -> bool:
    """An unlisted word followed by a number that is not an age ("Box 512", but "Rojda 9 år"), or by a property's
    block and unit ("Ekbyn 2:7", "Ekbyn S:4", "Ekbyn GA:2": the register area, a place)."""
    if _classify(doc[i], lex) != U or i + 1 >= len(doc):
        return False
    if _PROPERTY_UNIT.fullmatch(doc[i + 1].text):
        return True
    if not doc[i + 1].like_num:
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


def _heading_like(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A single unlisted word standing alone on its line ("Postadress", "Bakgrund", "Beslut")."""
    if end - start != 1 or _classify(doc[start], lex) != U or not _line_start(doc, start):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or "\n" in nxt.text or nxt.text in {":", "|"} or nxt.like_num


# Labels of an organisation's common line or address that close a signature ("Växel", "Vxl", "Kundtjänst").
_LINE_LABELS = frozenset({"växel", "växeln", "vxl", "telefonväxel", "kundtjänst", "kontaktcenter", "servicecenter",
                          "reception", "besöksadress", "postadress", "telefon", "tfn", "tel", "fax", "e-post", "mejl"})
# Nouns that open the name of a place to stay, eat or meet ("Hotell Strandviken", "Café Linnea", "Camping Norrsand").
_VENUE_NOUNS = frozenset({
    "hotell", "hotellet", "hotel", "motell", "vandrarhem", "vandrarhemmet", "hostel", "pensionat", "pensionatet",
    "camping", "campingen", "stugby", "stugbyn", "gästhem", "gästhemmet", "härbärge", "härbärget", "restaurang",
    "restaurangen", "café", "cafe", "kafé", "konditori", "pizzeria", "krog", "krogen", "bageri", "salong", "salongen",
    "butik", "butiken", "galleria", "gallerian", "badhus", "badhuset", "sporthall", "sporthallen", "ishall", "ishallen",
    "bibliotek", "biblioteket", "kyrka", "kapell", "kapellet", "hembygdsgården", "folkets", "bygdegården",
})


def _org_like(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A company or authority the model called PER: "Ekholms Bygg AB", "KLM", "BIC HANDSESS"."""
    words = [doc[k] for k in range(start, end) if not doc[k].is_space]
    last = doc[end] if end < len(doc) else None
    if any(w.text in ("AB", "HB", "KB") for w in words) or (last is not None and last.text in ("AB", "HB", "KB")):
        return True
    if any(ends_like_organisation(w.text) for w in words if _is_cap(w)):
        return True
    if len(words) >= 2 and words[0].lower_ in _VENUE_NOUNS:
        return True  # "Hotell Strandviken", "Vandrarhemmet Tallen": a place to stay or meet, named by its noun
    return all(w.text.isupper() and _classify(w, lex) == U for w in words)
