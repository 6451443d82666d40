"""Whose a number after an identifier's label is, read from the words around the label: a holder named in the
sentence before a right an office registered ("Malins varumärke har registreringsnummer …"), a private person's role
the number is for ("Anmälningsnummer för kursdeltagaren:"), an animal's mark ("ID-nummer (chip)", "Hunden Ludde har
ID-nummer"), a device a person wears ("fotboja med enhetsnummer"), the thing issued to a person before a bare "nr"
("Parkeringstillstånd (RH) nr"), and the labels whose numbers are no one's (a telephone's, an organisation's, a
place's).

A label nobody listed may name a person's number or a thing's; the words beside it say which. Used by the check of
the unlisted labels (``unlisted_id_labels``).
"""

from __future__ import annotations

import re

from redact.detect.id_labels import label_strength, role_head


# The label of a right an office registers for its holder, or of the application for it: a trademark's, a design's,
# a patent's ("registreringsnummer", "mönsterregistrering", "varumärkesansökan nr", "ansökningsnummer"). Its number has
# the shape of a case number ("VM 2021/04417"); it is the holder's where the sentence names the holder (the office's
# own case, "dnr PRV 2026/0412", has labels of its own, which stay).
RIGHT_REGISTERED = re.compile(r"^(?:[a-zåäöé-]*registrering(?:en)?|registrerings(?:nummer|numret|nr\.?)"
                              r"|[a-zåäö-]*ansöknings(?:nummer|numret|nr\.?)|patent(?:nummer|numret|nr\.?))$")
# where a sentence ends: a full stop, a question or an exclamation mark before a space or the text's end, or a blank
# line; the holder, the animal or the worn device is named in the sentence before the label. (A colon or a semicolon
# ends no sentence here: "Sökande: Malin Ek, vars varumärke har registreringsnummer …" names the holder before it.)
_SENTENCE_END = re.compile(r"[.!?](?:[ \t\n]|$)|\n[ \t]*\n")
_HOLDER_PRONOUN = frozenset({"han", "hon", "hen", "hans", "hennes", "hens", "sin", "sitt", "sina"})
_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?)(?![\w-])")


def holder_before(text: str, at: int) -> bool:
    """True when the sentence before ``at`` names a private holder: a listed first name (or its genitive) or a
    person's pronoun."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    lo = max(0, at - 120)
    for b in _SENTENCE_END.finditer(text, lo, at):
        lo = b.end()
    before = text[lo:at]
    if any(w.lower() in _HOLDER_PRONOUN for w in re.findall(r"[A-Za-zåäöÅÄÖ]+", before)):
        return True
    lex = load_lexicons()
    return any(classify_word(w, lex) == F or (w.endswith("s") and classify_word(w[:-1], lex) == F)
               for w in _CAPITALISED.findall(before))


# whom a number is for, right after its label: "för sökanden", "för den försäkrade", "för kursdeltagaren"
_FOR_WHOM = re.compile(r"[ \t\u00a0]+för[ \t\u00a0]+(?:den[ \t\u00a0]+|det[ \t\u00a0]+)?([a-zåäö]+)[ \t\u00a0]*:")
# numbers that are a telephone's, an organisation's, a bank's or a place's whoever they are for
# (and the authority's own case, its decision, a page; a place's or a vehicle's line: "Lägenhetsnummer för hyresgästen"
# is the flat's, part of an address)
_NO_ONES = re.compile(r"(?i)^(?:telefon|tel|mobil|fax|växel|org|organisation|moms|vat|bankgiro|plusgiro|bg|pg|clearing"
                      r"|konto|bankkonto|iban|bic|artikel|produkt|modell|objekt|sid|paragraf|kapitel|lag|sfs|bilag"
                      r"|diarie|dnr|ärende|beslut|protokoll|lägenhet|lgh|rum|fastighet|tomt|kvarter|väg|gatu|hus|port"
                      r"|linje|tur|buss|tåg|flyg|kurs|post)")


def for_a_person(sep: str) -> bool:
    """True when the separator names a private person's role the number is for ("för kursdeltagaren:")."""
    m = _FOR_WHOM.match(sep)
    if m is None:
        return False
    word = m.group(1)
    # the role in its definite form: "sökanden", "kursdeltagaren", "eleven", "barnet"
    return any(role_head(word[:len(word) - len(end)]) for end in ("en", "n", "et", "t") if word.endswith(end)) or role_head(word)


def no_ones_number(label: str) -> bool:
    """True when the label names a telephone's, an organisation's, a bank's, a thing's or a place's number."""
    return _NO_ONES.match(label.strip()) is not None


# A label that says "an identifier" and not whose: "ID-nummer", "ID-nr", "Id".
GENERIC_ID_LABEL = re.compile(r"(?i)^(?:id|identitets|identifikations)(?:[-.]?(?:nummer|numret|nr\.?))?$")
# An animal's mark in the bracket after the label ("(chip)", "(microchip)", "(öronmärkning)", "(tatuering)").
_MARK_BRACKET = re.compile(r"(?i)\((?:[^()\n]*[ \t])?(chip|chipet|mikrochip|microchip|transponder|\w*märkning|\w*märke|"
                           r"tatuering|tatueringen)[ \t]*\)")
# An animal in the sentence before the label ("Hunden Ludde har ID-nummer", "katten, ID-nr"): a pet's or a horse's
# number is registered to its owner (Jordbruksverket's register of dogs, the horse's passport).
_ANIMAL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:hund|hunden|hundens|valp|valpen|valpens|katt|katten|kattens|häst|hästen|"
                            r"hästens|ponny|ponnyn|ponnyns|djur|djuret|djurets|sällskapsdjur|sällskapsdjuret)(?![\w-])")
_ANIMAL_REACH = 80


def animals_mark(text: str, m: re.Match[str]) -> str | None:
    """The word that says a generic "ID-nummer" is an animal's mark: a chip or a marking in the bracket after the
    label, or an animal named in the sentence before it; None when neither stands there."""
    bracket = _MARK_BRACKET.search(m.group("sep"))
    if bracket is not None:
        return bracket.group(1).lower()
    lo = max(0, m.start("label") - _ANIMAL_REACH)
    for stop in _SENTENCE_END.finditer(text, lo, m.start("label")):
        lo = stop.end()
    return "djurets" if _ANIMAL_BEFORE.search(text, lo, m.start("label")) else None


# A device's generic number ("enhetsnummer", "apparatnr", "enhets-ID") and the devices one person wears or carries,
# named in the sentence before it: the electronic monitoring's ankle tag, a safety alarm, a hearing aid or implant
UNIT_LABEL = re.compile(r"(?i)^(?:enhets|enhet|apparat|utrustnings|dos)[-.]?(?:nummer|numret|nr\.?|id)$")
_WORN_DEVICE = re.compile(r"(?i)(?<![\w-])(?:fotboj[ae]n?s?|fotbojor(?:na)?|\w*trygghetslarm(?:et|ets)?|larmknapp(?:en|ens)?|"
                          r"hörapparat(?:en|ens|er|erna)?|implantat(?:et|ets)?|\w*sändare(?:n|ns)?|"
                          r"övervakningsutrustning(?:en|ens)?|larmarmband(?:et|ets)?)(?![\w-])")


def worn_device(text: str, m: re.Match[str]) -> bool:
    """True when the sentence before the label names a device a person wears or carries ("bär fotboja med")."""
    lo = max(0, m.start("label") - _ANIMAL_REACH)
    for stop in _SENTENCE_END.finditer(text, lo, m.start("label")):
        lo = stop.end()
    return _WORN_DEVICE.search(text, lo, m.start("label")) is not None


# A thing's noun, then a bracket ("Parkeringstillstånd (RH)") or whom it is for ("parkeringstillstånd för
# rörelsehindrade"), right before a label's "nr"
_THING_BEFORE = re.compile(r"(?<![\w-])([A-Za-zÅÄÖåäöÉé][\w-]{2,30})[ \t]+(?:\([^()\n\d]{1,20}\)|för(?:[ \t]+[a-zåäö]+){1,2}?)[ \t]+$")


def thing_before(text: str, at: int, label: str) -> str | None:
    """The noun of what a person is issued, when the label before ``at`` is its bare "nr" after a bracket, or a
    "för" phrase's last word and "nr"; None when none stands there or it is no person's thing."""
    words = label.lower().split()
    if not words or words[-1].rstrip(".:") not in ("nr", "nummer"):
        return None
    lead = text.rfind("\n", 0, at) + 1
    before = text[lead:at] if len(words) == 1 else text[lead:at] + " ".join(label.split()[:-1]) + " "
    m = _THING_BEFORE.search(before)
    if m is None or label_strength(f"{m.group(1)} nr") != "number":
        return None
    return m.group(1)
