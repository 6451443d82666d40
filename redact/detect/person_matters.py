"""The number of one person's matter, read from its sentence rather than from its label's words.

A case, an invoice, a booking, a permit, a report, a claim, an application, a fee or a decision is labelled by
words that elsewhere name the authority's own numbers or a firm's ("ärendenummer", "fakturanr", "bokningsnummer",
"referens", "tillstånd nr", "målnummer", "ansökningsnummer"), so the label lists leave them readable. Their
sentence says when one is a person's: a person holds the matter ("Johan Björk har fått en räkning …,
fakturanummer RV-2026-551187", "Kvinnan har ärende SOC-2026-8812 hos familjerätten", "han har tillstånd nr …"), or
a person's possessive owns it ("Hennes ärende hos Pensionsmyndigheten har nummer …"). Such a number leads to that
person at whichever body keeps it, whatever the matter's noun and the number's shape.

What stays: the authority's own case on a heading's or a form's line ("Dnr KS 2026/118", "Ärende: BN-2026-0118"),
a sentence with no person in it before the label ("Nämnden beslutade i ärende …"), the authority's or a firm's
own numbers named by a first-person possessive ("vårt ärendenummer", "ert ordernummer"), a diary number with a
slash or a colon ("KS 2026/118", "2026:118": how the registry numbers its own cases) unless another body holds it,
and what is no code however labelled (dates, sums, years, telephone numbers). The engine drops any number that
is one of the document's own case numbers.

A rule of ``redact.detect.labelled_id`` (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_value import _VALUE
from redact.detect.patterns import Rule, Verdict, compile_rule, leading_letters

# Nouns of a matter one body keeps about one person, as the head of a compound or alone ("skadeärende",
# "polisanmälan", "parkeringsboten", "ansökningsnummer"): a case, a court's case, a claim, an invoice or a
# reminder, an order, a booking or a ticket, a permit, a decision, a report, an application, a fee, a loan,
# a referral or a prescription, a consignment.
_MATTER = (r"ärende|mål|diarie|referens|faktura|fakturer|räkning|påminnelse|krav|order|beställning|bokning"
           r"|reservation|biljett|tillstånd|beslut|anmälan|anmälning|ansökan|ansökning|avgift|parkeringsbot"
           r"|felparkering|kvitto|kvittens|remiss|recept|försändelse|skade|skada|anspråk|föreläggande"
           r"|utredning|överklagande|lån|kredit|avbetalning|inkasso|ersättning|bidrag|betalning|kontroll")
# the number's word after the head: "-nummer", "-nr", "-referens", "-id", "-kod"; or the noun alone, inflected
_NUMBER_WORD = r"(?:s|e)?[-.]?(?:nummer|numret|nr\.?|referens(?:en)?|ref\.?|id|kod(?:en)?)"
_INFLECTED = r"(?:et|en|n|t|ar|er|na)?"
# (the match begins at the head, wherever it stands in its word: the check reads the whole word back; one class test
# of the heads' first letters passes over most positions at once)
MATTER = compile_rule(
    rf"""
    {leading_letters(f"(?i:{_MATTER}|ref)")}
    (?P<label>(?i:{_MATTER})(?:{_NUMBER_WORD}|{_INFLECTED})|(?<![\w.-])(?i:ref\.))
    # between label and number: a colon, a verb, the holder ("hos Försäkringskassan"), "med nr", a comma
    (?P<sep>
       (?:[ \t\u00a0]+(?i:hos|från|vid|i)[ \t\u00a0]+[^\W\d_][\w&.-]*(?:[ \t\u00a0]+[A-ZÅÄÖ][\w&.-]*){{0,2}})?
       (?:[ \t\u00a0]+(?i:med|har|hade|under|är|var|blev|fick))?
       (?:[ \t\u00a0]+(?i:nr\.?|nummer|numret|ärendenummer))?
       (?:[ \t\u00a0]+(?i:är|var))?
       [ \t\u00a0]*[:,(]?[ \t\u00a0]*\n?[ \t\u00a0]*
    )
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)

# a person in the sentence before the label: a pronoun, a possessive, a person's noun in its definite form
_PERSON_WORD = re.compile(
    r"(?<![\w-])(?:[Hh]an|[Hh]on|[Hh]en|[Hh]ans|[Hh]ennes|[Hh]ens|sin|sitt|sina|[Jj]ag|mig|min|mitt|mina"
    r"|[Kk]vinnan|[Mm]annen|[Pp]ojken|[Ff]lickan|[Bb]arnet|[Ss]onen|[Dd]ottern|[Mm]odern|[Mm]amman|[Ff]adern"
    r"|[Pp]appan|[Mm]akan|[Mm]aken|[Ss]ambon|[Ss]ökanden|[Kk]lagande[n]?|[Pp]atienten|[Kk]unden|[Ee]leven"
    r"|[Kk]lienten|[Bb]rukaren|[Hh]yresgästen|[Ff]öraren|[Ää]garen|[Rr]esenären|[Ll]åntagaren|[Gg]äldenären"
    r"|[Mm]edlemmen|[Dd]eltagaren|[Vv]årdnadshavaren|[Dd]en[ ]enskilde|[Dd]en[ ]försäkrade|[Dd]en[ ]anställde"
    r"|[Ss]tudenten|[Pp]ersonen|[Vv]ittnet|[Mm]ålsäganden|[Dd]en[ ]avlidne|[Dd]ödsboet|[Ss]kuldsatte)(?![\w-])"
)
# the authority's or the writer's own numbers right before the label: "vårt ärendenummer", "kommunens referens"
_OWN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:vår|vårt|våra|er|ert|era|kommunens|nämndens|förvaltningens|myndighetens"
                         r"|regionens|verkets|styrelsens|enhetens)[ \t\u00a0]+$")
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:hans|hennes|hens|sin|sitt|sina|[a-zåäöéü]+s)[ \t\u00a0]+$")
# a letterhead's line of references: "Er referens: Linnéa Gustavsson, fakturaref. FA4410", "Vår referens: …"
_OWN_LINE = re.compile(r"[ \t]*(?:Er|Ert|Era|Vår|Vårt|Våra|Your|Our)[ \t]+[a-zåäö]")
# a full name: a capitalised word after a listed first name
_TWO_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÅÄÖÉÜ][a-zåäöéü]+)(?=[ \t\u00a0]+([A-ZÅÄÖÉÜ][a-zåäöéü]+))")
# where a sentence ends before the label
# (a colon ends a form's label, "·", a bar or a wide gap a line's cells: what stands before them is another field's)
_SENTENCE_END = re.compile(r"[.!?;][ \t]*(?:\n|[ \t]+(?=[A-ZÅÄÖ0-9\"”“«]))|\n[ \t]*\n|[:·|\t]|[ \u00a0]{3,}")
_REACH = 240
_WRAPPED_LINE = 45  # characters: a line of running text wrapped, not a heading's or a form's line
# no code however labelled: a date, a time, a year, a telephone number, a sum in groups of three
_NOT_A_CODE = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[.:]\d\d|(?:19|20)\d\d"
                         r"|(?:\+|00)\d[\d \-]*|0\d{1,3}[- ]\d[\d \-]*|\d{1,3}(?:[ \u00a0]\d{3})+)$")
# a booking's or a ticket's code: six letters and digits mixed, whatever the carrier ("K7T4QX", "QX7M2P")
_BOOKING_CODE = re.compile(r"^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{6}$")
# the registry's own shape of a case: the year, a slash or a colon, the serial ("KS 2026/118", "2026:118")
_DIARY_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}[ -])?(?:19|20)\d\d[/:]\d{1,6}$")
# a Swedish court's case number after "mål": the kind's letter, the serial and the year ("B 3318-26", "T 1204-27"),
# the court's public register, not a code one body keeps about a person
_COURT_LABEL = re.compile(r"(?i)mål(?:et|en|nummer|numret|nr\.?)?")
_COURT_CASE = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}|ÖÄ|PMÖ|PMT|PÖ)[ \u00a0]\d{1,5}-\d\d$")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after a sentence's end, a blank line or a table's row, and at the
    start of a line that is not the wrapped continuation of running text (a heading's or a form's line)."""
    lo = max(0, at - _REACH)
    for stop in _SENTENCE_END.finditer(text, lo, min(len(text), at + 1)):  # (the capital after a full stop is at ``at``)
        if stop.end() <= at:
            lo = stop.end()
    # go back line by line only while the line before is a long line of running text ending in a word or a comma
    line = text.rfind("\n", 0, at) + 1
    if not text[line:at].strip() and text[at:at + 1].isupper():
        return line  # a capitalised label opening its line heads it ("Mål ÄH 1187-26. Sökande: …"): no sentence goes on
    while line > lo:
        prev = text.rfind("\n", 0, line - 1) + 1
        before = text[prev:line - 1].rstrip()
        if len(before) < _WRAPPED_LINE or not (before[-1:].isalnum() or before[-1:] in ",)–-"):
            return line
        line = prev
    return lo


_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéü]{5,}")
# a person's noun in its definite form by its ending: an agent ("-aren", "-ören"), a profession ("-isten", "-grafen",
# "-ologen"), a holder ("-ägaren", "-tagaren", "-havaren"), a guest: "Drönarfotografen", "Vattenskoteråkaren",
# "Bilägaren", "Hundförarens" (with the genitive's "s"); not "-enden" or "-anden", which end plural things as often
# ("ärenden", "meddelanden")
_DEFINITE_ROLE = re.compile(r"(?i)(?:[a-zåäö]{3}[aä]ren|[a-zåäö]{2}ören|[a-zåäö]{4}isten|[a-zåäö]{2}anten|[a-zåäö]grafen"
                            r"|[a-zåäö]ologen|gästen)$")


def _definite_role(word: str) -> bool:
    """True for a private person's role noun in its definite form ("Drönarfotografen", "bilägaren"), not the
    authority's staff's or a firm's ("handläggaren", "leverantören")."""
    from redact.detect.id_labels import _ROLE_NOT_PRIVATE

    w = word.lower()[:-1] if word.lower().endswith("ens") else word.lower()
    if not _DEFINITE_ROLE.search(w):
        return False
    bare = w[:-2] if w.endswith("en") else w[:-1]
    return _ROLE_NOT_PRIVATE.search(bare) is None and _ROLE_NOT_PRIVATE.search(bare + "e") is None and bare not in _NOT_ROLES


# words of that shape that name no person: things, places, the authority's parts
_NOT_ROLES = frozenset({"kommun", "region", "nämnd", "avdelning", "förvaltning", "styrelse", "kontor", "enhet",
                        "lag", "dag", "vecka", "månad", "tid", "plats", "bil", "båt", "cykel", "vägen", "gata",
                        "år", "termin", "ränt", "hand", "land", "stand", "vind", "grund", "fond", "band", "mån",
                        "personal", "skol", "faktur", "paragraf", "sommar", "hammar", "kammar", "dollar", "altar",
                        "hangar", "radar", "kaviar", "ränt", "kvart", "grupp", "affär"})


# a paper about one person alone: an extract from the criminal or the suspicion register, a civil-registration
# extract ("Belastningsregister-utdrag med referens …", "utdraget ur belastningsregistret"); its reference is that
# person's wherever the person is named
_ONE_PERSONS_PAPER = re.compile(r"(?i)belastningsregist|misstankeregist|personbevis")


def _person_before(text: str, start: int, at: int) -> bool:
    """True when the words from ``start`` to ``at`` name a person: a pronoun or possessive, a person's noun, a
    paper about one person, or a listed first name before a capitalised word."""
    span = text[start:at]
    if _PERSON_WORD.search(span) or any(_definite_role(w.group()) for w in _WORD.finditer(span)):
        return True
    if _ONE_PERSONS_PAPER.search(span):
        return True
    from redact.detect.name_words import F, S, X, classify_word, load_lexicons

    lex = load_lexicons()
    for w in _TWO_CAPITALISED.finditer(span):
        first = classify_word(w.group(1), lex)
        # (a name that is also a word, "Per Alm", counts as a pair of them: an organisation's words are neither)
        if first == F or first == X and classify_word(w.group(2), lex) in (F, S, X):
            return True
    return False


_QUOTES = re.compile(r"[\"”“«»]")
_QUOTE_REACH = 600
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:[Jj]ag|mig|min|mitt|mina)(?![\w-])")


def _in_quote(text: str, at: int) -> bool:
    """True when ``at`` stands inside a quotation opened earlier in its paragraph: a person's own letter or words
    quoted ("”Jag bor numera … Tågbiljetten har bokningsnummer K7T4QX"), whose matters are that person's."""
    lo = max(0, at - _QUOTE_REACH)
    blank = text.rfind("\n\n", lo, at)
    lo = blank + 2 if blank >= 0 else lo
    quotes = list(_QUOTES.finditer(text, lo, at))
    # (the quotation open, and a person writing in it: "jag", "min"; a quoted title or term says no one's words)
    return len(quotes) % 2 == 1 and _FIRST_PERSON.search(text, quotes[-1].end(), at) is not None


def _check_matter(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = sum(c.isdigit() for c in value)
    if (digits < 3 and not _BOOKING_CODE.match(value)) or (digits < 5 and not value[:1].isalpha()) or _NOT_A_CODE.match(value):
        return None  # "ärende 12", a date, a year, a sum, a telephone number
    if MONEY_AFTER.match(text, m.end("value")):
        return None  # "avgift 1 450 kr"
    label_at = m.start("label")
    while label_at > 0 and (text[label_at - 1].isalpha() or text[label_at - 1] == "-"):
        label_at -= 1  # the whole compound: "skadeanmälan", "Tågbiljettens"
    label = text[label_at:m.end("label")]
    line_start = text.rfind("\n", 0, label_at) + 1
    if _OWN_BEFORE.search(text, max(0, label_at - 20), label_at) or _OWN_LINE.match(text, line_start, label_at):
        return None  # "vårt ärendenummer", "kommunens referens", "Er referens: …, fakturaref.": the writer's own
    held = re.search(r"(?i)(?:hos|från|vid)[ \t\u00a0]+[A-ZÅÄÖ]", m.group("sep")) is not None
    if _DIARY_NUMBER.match(value) and not held:
        return None  # "KS 2026/118": the registry's own case number, however the sentence goes
    if _COURT_LABEL.fullmatch(label) and _COURT_CASE.match(value):
        return None  # "dömd i mål B 3318-26": the court's case, public as its judgment is
    if label.lower().startswith(("diarie", "dnr")) and not held and not _POSSESSIVE_BEFORE.search(
            text, max(0, label_at - 20), label_at):
        return None  # a diary number is the registry's own unless another body or a person's possessive holds it
    start = _sentence_start(text, label_at)
    if not _person_before(text, start, label_at) and not _in_quote(text, label_at):
        return None  # no person holds the matter in this sentence: the authority's own case or a firm's
    return Verdict(m.start("value"), m.end("value"), f"nummer på en persons ärende efter '{label.lower()}'")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("persons_matter_number", MATTER, score=0.8, check=_check_matter, rescan="label",
         needs=("ärende", "mål", "diarie", "ref", "faktur", "räkning", "påminnelse", "krav", "order", "beställning",
                "bokning", "reservation", "biljett", "tillstånd", "beslut", "anmäl", "ansök", "avgift", "bot",
                "felparkering", "kvitt", "remiss", "recept", "försändelse", "skad", "anspråk", "föreläggande",
                "utredning", "överklagande", "lån", "kredit", "avbetalning", "inkasso", "ersättning", "bidrag",
                "betalning", "kontroll")),
)
