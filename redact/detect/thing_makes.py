"""A vehicle's or a boat's make and model after its noun is no person: "Personbil Volvo V70", "Båt Ockelbo 17",
"motorcykel Honda CB500F", "Släpvagn Brenderup 1205S".

An estate's assets, a register's extract or a police report names a thing by its kind, its make and its model; the
model tells it, a code with a digit right after the capitalised make. The model reads the kind and the make as a
first name and a surname ("Personbil Volvo"), so a PERSON finding that lies within the kind and the make is dropped.
A name after the model, or one that runs past the make, stays a person; a make that is a listed first name is one
only where the kind, the make and the model are a cell alone on its line ("segelbåt Vega 27"). In a list of assets,
one a line or a cell, the kind and the make (and a model named in letters) make the whole line: "Personbil Toyota
Hilux".
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the kind of thing, as a register or a list of assets names it (indefinite or definite, capitalised or not)
_KIND = (r"personbil|personbilen|bil|bilen|lastbil|lastbilen|skåpbil|skåpbilen|husbil|husbilen|husvagn|husvagnen|"
         r"släpvagn|släpvagnen|släpkärra|släpkärran|moped|mopeden|motorcykel|motorcykeln|mc|traktor|traktorn|"
         r"fyrhjuling|fyrhjulingen|snöskoter|snöskotern|vattenskoter|vattenskotern|grävmaskin|hjullastare|"
         r"båt|båten|motorbåt|motorbåten|segelbåt|segelbåten|fritidsbåt|fritidsbåten|roddbåt|snipa|jolle|kanot|"
         r"kajak|husbåt|utombordsmotor|utombordare|motor|cykel|elcykel|"
         # a contractor's machines among an estate's assets ("Vibroplatta Wacker", "Kompressor Kaeser M50")
         r"vibroplatta|markvibrator|kompressor|elverk|motorsåg|röjsåg|åkgräsklippare|minigrävare|dumper|"
         # a household's appliances, as a claim for damage lists them ("Tvättmaskin Bosch WAN28208")
         r"tvättmaskin|tvättmaskinen|diskmaskin|diskmaskinen|torktumlare|torktumlaren|kylskåp|kylskåpet|frys|"
         r"frysen|frysbox|frysboxen|spis|spisen|ugn|ugnen|mikrovågsugn|mikrovågsugnen|värmepump|värmepumpen|"
         r"laddbox|laddboxen|dator|datorn|router|routern")
# the make: one or two capitalised words ("Volvo", "Mercedes-Benz", "Buster", "Yamaha"); the model: a code with a
# digit ("V70", "17", "CB500F", "XC 90", "9-5")
_MAKE_MODEL = compile_scanning(
    rf"(?<![\w-])(?i:{_KIND})[ \t]+(?P<make>[A-ZÅÄÖÉÜ][\w-]*(?:[ \t]+[A-ZÅÄÖÉÜ][a-zåäöéü-]+)?)"
    r"[ \t]+(?=[A-Za-z]{0,4}[ -]?\d)[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,4})?(?![\w])")
_GATE = re.compile(r"[A-ZÅÄÖÉÜ][\w-]*[ \t]+[A-Za-z]{0,4}[ -]?\d")
_UPPER = ctx.U  # a make's capital in any Latin alphabet ("Škoda")
# A list of assets, one a line or a cell: the kind opens its line, the make (and a model named in letters alone)
# ends it ("Släpvagn Brenderup", "Personbil Toyota Hilux"); the registration or the serial stands in the next cell
_MAKE_ENDING_LINE = compile_scanning(
    rf"(?:^|(?<=\n)|(?<=[|\t]))[ \t]*(?i:{_KIND})[ \t]+(?P<make>[{_UPPER}][\w-]*)(?:[ \t]+[{_UPPER}][\w-]*)?"
    r"(?=[ \t]*(?:$|\n|[|\t]))")


# a make after a verb of driving, buying or owning and an indefinite article, one adjective perhaps between ("körde
# en lånad Mercedes;", "köpte en begagnad Volvo och …"): a person is driven or bought without an article, so even a
# listed first name there ("Mercedes") is the make
_MAKE_AFTER_VERB = compile_scanning(
    r"(?<![\w-])(?i:kör|körde|kört|köpte|köpt|sålde|sålt|lånade|lånat|hyrde|hyrt|leasar|leasade|äger|ägde|ägt)"
    r"[ \t]+(?i:en|ett)(?:[ \t]+(?:[a-zåäö]{2,}(?:ad|at|d|t)|ny|nya|gammal|gamla))?"
    r"[ \t]+(?P<make>[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?)"
    r"(?=[ \t]*(?:[;,.:)]|\n|$|[ \t]+(?:och|som|med|från|till|utan|på|i)[ \t]))")


# any noun the text also writes in small letters, capitalised as a subject or a line opens it, before a make and a
# model's code ("Ämne: Hörselslinga Resona 4471KX2207" beside "min hörselslinga"): the kind of thing, as listed ones are.
# The make is in no name list and the code mixes letters and digits: a role and a surname before a number ("Patient
# Lindqvist 4471") name a person
_NOUN_MAKE_MODEL = compile_scanning(
    r"(?<![\w-])(?P<kind>[A-ZÅÄÖ][a-zåäö]{4,})[ \t]+(?P<make>[A-ZÅÄÖÉÜ][\w-]*)"
    r"[ \t]+(?=[A-Za-z]{0,4}[ -]?\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,12}(?:[ -][A-Za-z0-9]{1,4})?(?![\w])")


def make_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a thing's kind and its make before a model's code (the kind's start to the make's end);
    a make that opens with a listed first name is left out ("bilen Anna Lindqvist 2 dagar" names a person)."""
    from redact.detect.name_words import F, U, classify_word, load_lexicons, written_in_lower_case

    lex = None
    out = []
    # (as after the kind above: a listed first name is a person's, a surname may be a make too: "Škoda")
    for m in _MAKE_ENDING_LINE.finditer(text):
        lex = lex or load_lexicons()
        if classify_word(m.group("make"), lex) == F:
            continue
        out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end()))
    out += [(m.start("make"), m.end("make")) for m in _MAKE_AFTER_VERB.finditer(text)]
    if not _GATE.search(text):
        return out
    for m in _MAKE_MODEL.finditer(text):
        lex = lex or load_lexicons()
        # (a make of one word that is a listed first name is the make where the kind, the make and the model are a
        # cell of their own: "segelbåt Vega 27" alone on its line, as a register of things writes it)
        if classify_word(m.group("make").split()[0], lex) == F and not (" " not in m.group("make").strip()
                                                                         and _fills_line(text, m.start(), m.end())):
            continue
        out.append((m.start(), m.end("make")))
    for m in _NOUN_MAKE_MODEL.finditer(text):
        lex = lex or load_lexicons()
        if classify_word(m.group("make"), lex) != U or classify_word(m.group("kind"), lex) != U:
            continue
        if written_in_lower_case(m.group("kind"), text):
            out.append((m.start(), m.end("make")))
    return out


def _fills_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is its line's whole text (a cell read one a line)."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return not text[line:start].strip() and not text[end:len(text) if stop < 0 else stop].strip()


def drop_thing_makes(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie within a thing's kind and make ("Personbil Volvo" of "… V70")."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return persons_outside(findings, make_spans(text))
