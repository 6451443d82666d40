"""A home named after a word of living, staying or moving there: a street with no number ("bor på Lingonstigen",
"flyttade till Backavägen", "stannar hos mormor på Ekvägen"), a place someone lives on ("bor på Norrbyn"), a
village or farm with its house number ("bor sedan i somras på Åsbränna 56", "flyttade från Kvarnbyn 12 till Solvik
3", "sommarstugan på Björnmyra 12"), the same place with its number elsewhere on the page, and a street after an
English residence cue in a quoted letter ("who lives on Aspgatan").

The cue says whose home the place is, so a street needs no number and a place no street word; an institution, a
numbered room, a year and a count after the number are no home. The relatives' and neighbours' homes are
``homes_beside_names``'s. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect import context as ctx
from redact.detect.address_labels import INSTITUTION
from redact.detect.address_numbered_streets import COUNT_AFTER, NOT_STREET
from redact.detect.address_shapes import EXTRA, L, NUMBER, POST, SP, STREET, U, WORD
from redact.detect.first_chars import compile_scanning
from redact.detect.patterns import Verdict, compile_, leading_letters
from redact.detect.stay_cells import numbered_room
from redact.detect.streets_abroad import COUNTRY_WORD


# A street after a residence cue needs no number: "bor på Lingonstigen", "flyttade till Backavägen".
# Not "boende på": there it is the noun ("boende på Ekebygården", the residents of a care home).
_RESIDENCE_CUE = (
    r"(?i:bor|bodde|bott|bosatt|hemma|flyttade|flyttat|flyttar|flytta|flyttade[ ]in|flyttat[ ]in|"
    r"skriven|folkbokförd|adressen|vistas|vistades|vistats|vistat|"
    # a new address given: "har bytt adress till Lövåsa 118", "ny adress på Åsvägen"
    r"adress(?=[ \t]+(?:till|på)[ \t])|"
    # a home named, or moved out of: "en lägenhet som kommunen hyr ut på Skolgatan", "flyttar från Sandgatan"
    r"lägenhet|lägenheten|bostad|bostaden|"
    # where someone sleeps: "sover i trapphuset på Magasinsgatan", "övernattar i en stuga på Norrfors 14" (not
    # "hyr": an office rents premises too)
    r"sover|sov|sovit|övernattar|övernattade|övernattat|inneboende)"
)
# A word between a stay's cue and its place: a host's name of any shape, not a word that begins another clause ("bor
# i Umeå men arbetar på Storgatan", "bor i Lund och handlar på Stortorget"; a home described goes on: "bor i en
# lägenhet som kommunen hyr ut på Skolgatan")
_BETWEEN = (r"(?!(?i:men|samt|medan|eller|där|när|arbetar|jobbar|handlar|studerar|går|äter|träffas|"
            r"träffar|besöker|hämtar|lämnar)(?![\w'’-]))[{U}{L}\d'’-]+").replace("{U}", U).replace("{L}", L)
# Where someone stays for a while, a street named after it is that stay's home: "stannar hos mormor på Ekvägen".
_STREET_STAY_CUE = (r"(?i:stannar|stannade|stannat|uppehåller|uppehöll|evakuerad|evakuerade|evakuerades|"
                    r"inkvarterad|inkvarterade|inkvarterades|placerad|placerade|placerades)")
# (a street is no word between: "flyttat från Lingonstigen till Ängsvägen 17" names the move's first home there)
_BETWEEN_NO_STREET = (rf"(?![{U}][{L}]*(?:gatan|vägen|stigen|gränd|gränden|torget|backen|allén|leden|slingan)(?![\w-]))"
                      rf"{_BETWEEN}")
STREET_AFTER_CUE = compile_(
    # (the cues' first letters tested first: a case-insensitive alternation is tried whole at every word start)
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STREET_STAY_CUE)}(?:{_RESIDENCE_CUE}|{_STREET_STAY_CUE})"
    # a few words may stand between the cue and its preposition: "bor hos mormor på", "bor hemma på",
    # "flyttar den 12 december från", a host named ("bor hos Leyla Al-Karim på", "stannar hos sin son, Per Ek, på")
    rf"(?:(?:(?:{SP}+|{SP}*\n{SP}*){_BETWEEN_NO_STREET},?){{1,7}}?{SP}+(?i:på|vid|från|till)"
    # (the preposition may begin the next line: "Jag bor\npå Lingonstigen")
    rf"|{SP}+(?i:på|till|vid|i|in[ ]på|hos[ ]oss[ ]på|från)?|{SP}*\n{SP}*(?i:på|till|vid|i|hos[ ]oss[ ]på|från))"
    rf"{SP}*\n?{SP}*(?P<street>{STREET})(?![\w-])"  # the street may begin the next line
)


# A home named by where someone lives without a street word: "bor på Norrbyn" (a farm or hamlet), and a
# street after a parent or relative the child stays with ("varannan vecka hos pappa på Aspvägen").
# "bor på" with a capitalised place is a home; "bor i" is a town and stays.
_BOR = r"(?i:bor|bodde|bott|bosatt|bosatta|folkbokförd|folkbokförda|skriven|skrivna|vistas|vistades|vistats)"
# (a line may end before "på", "Jag bor" / "på Kyrkbyn i Tjärnby", not after it: a header cell "Folkbokförd på"
# stands over the next cell's line; a time may stand before "på": "bor sedan mars på", "bor sedan i höstas på")
_BR = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
PLACE_AFTER_BOR_PA = compile_(
    rf"(?<![\w-]){leading_letters(_BOR)}{_BOR}"
    rf"{_BR}(?i:(?:numera|nu|fortfarande|kvar|tillfälligt|sedan{_BR}länge|just{_BR}nu|i{_BR}dag|"
    rf"sedan{_BR}(?:i{_BR})?[a-zåäö\d]+){_BR})?på[ \t]+"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?))(?![\w-])"
)


# A village or farm and its house number after a residence cue, a few words between: "bor sedan i somras på
# Åsbränna 56", "flyttade i maj till Norrbyn 7" (a place and a number is a home, with no street word).
# The words between may be a host's name of any shape, set off by commas, over a line end too: "bor hos Leyla
# Al-Karim i Ekmyra 5", "bor hos sin son, Per Ek, på Åby 4".
_STAY_CUE = (r"(?i:bo|stannar|stannade|stannat|stanna|nås|skickas|skickades|delges|delgavs|evakuerad|evakuerade|"
             r"evakuerats|inkvarterad|inkvarterade|inkvarterats|inhyst|inhysta|placerad|placerade|placerades|placerats|tillfälligt|uppehåller|uppehöll|"
             # a home visited or a delivery made: "hembesök på Tjärnåsen 7", "levereras till Nybyn 4"
             r"hembesök|hembesöket|hembesöken|levereras|levererades|postas|postades|hämtas|hämtades)")
PLACE_NUMBER_AFTER_CUE = compile_(
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STAY_CUE)}(?:{_RESIDENCE_CUE}|{_STAY_CUE})(?:(?:{SP}+|{SP}*\n{SP}*){_BETWEEN},?){{0,7}}?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:på|i|till|vid|från|hos){SP}*\n?{SP}*"
    # the building's name before its place and number ("bodde på Korpen, Skogsmon 9, rum 117"): address_named_places
    # joins it to the address
    rf"(?:{WORD},{SP}*\n?{SP}*(?={WORD}(?:-{WORD})?{SP}+\d))?"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# The other end of a move, or the second of two homes: "flyttade från Kvarnbyn 12 till Solvik 3", "växlar mellan
# Åsen 4 och Backa 9" (the first is the rule's above).
SECOND_PLACE_NUMBER = compile_(
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STAY_CUE, 'mellan')}(?:{_RESIDENCE_CUE}|{_STAY_CUE}|(?i:mellan))(?:(?:{SP}+|{SP}*\n{SP}*)[{U}{L}\d'’-]+){{0,5}}?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:från|mellan){SP}*\n?{SP}*(?:{WORD}(?:-{WORD})?){SP}+\d{{1,4}}(?:{SP}?[A-H])?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:till|och){SP}*\n?{SP}*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)


# The preposition and the place with its number, after a space or a line break: a part of every match of the two
# rules above (the first of the second's two places), and far rarer than their cues, which they try at every word
# that a cue's letter begins ("från och med", "bor på samma adress" hold no capitalised word and number after)
PLACE_NUMBER_GATE = compile_(rf"(?<=[{SP[1:-1]}\n])(?i:på|i|till|vid|från|hos){SP}*\n?{SP}*(?:{WORD},{SP}*\n?{SP}*)?"
                             rf"{WORD}(?:-{WORD})?{SP}+\d")
SECOND_PLACE_GATE = compile_(rf"(?<=[{SP[1:-1]}\n])(?i:från|mellan){SP}*\n?{SP}*{WORD}(?:-{WORD})?{SP}+\d")
# A home of one's own named by its kind, then a village or farm and its number: "presentkortet skickas till
# sommarstugan på Björnmyra 12", "hans trädgård på Tallberga 7" (a place and a house number, no street word); not
# "fastigheten på Kvarnby 12", a property's block and number.
_HOME_NOUN = (r"(?i:sommarstuga|sommarstugan|stuga|stugan|fritidshus|fritidshuset|hus|huset|villa|villan|radhus|"
              r"radhuset|torp|torpet|gård|gården|trädgård|trädgården|hem|hemmet|"
              # an artist's studio, a place of the person's own as the summer house is ("har sin ateljé på Lövbyn 4")
              r"ateljé|ateljén)")
PLACE_NUMBER_AFTER_HOME = compile_(
    rf"(?<![\w-]){leading_letters(_HOME_NOUN)}{_HOME_NOUN}(?:{SP}+[{L}]+)?{SP}+(?i:på|i|vid){SP}*\n?{SP}*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)


def check_place_number_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    """A place and house number after a residence cue, not a room, a year or a count."""
    core, number = m.group("core"), m.group("number")
    if core.lower() in ctx.NOT_A_NAME or core.isupper() or NOT_STREET.match(core) or COUNTRY_WORD.match(core):
        return None
    if numbered_room(core):
        return None  # "placerades på Avdelning 5", "hämtas i Reception 2": a numbered room or thing, no home
    if (len(number) == 4 and number[:2] in ("19", "20")) or COUNT_AFTER.match(text, m.end("number")):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place and house number after a residence cue")


# The same place with a house number elsewhere on the page ("Norrbyn 12" in a table, "bor på Norrbyn" below).
PLACE_WITH_NUMBER = compile_(rf"(?<![\w-])(?P<street>(?P<core>{WORD}){SP}+{NUMBER})")
# English residence cues in a quoted letter: "who lives on Aspgatan", "she lived at Björkvägen".
STREET_AFTER_EN_CUE = compile_(
    rf"(?<![\w-])(?i:lives|lived|living|live|stays|stayed|staying|resides|resided|moved)[ \t]+(?i:on|at|in|to)"
    rf"[ \t]*\n?[>\s]*(?P<street>{STREET})(?![\w-])"
)


def check_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    """A street after a residence cue, not a road number."""
    core = m.group("core")
    if NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start("street"), m.end("street"), "street name after a residence cue")


def check_place_after_bor(text: str, m: re.Match[str]) -> Verdict | None:
    """A place someone lives on ("bor på Norrbyn"), not an institution."""
    from redact.detect.name_words import ORG_SUFFIX

    core = m.group("core")
    if core.lower() in ctx.NOT_A_NAME or core.isupper() or INSTITUTION.search(core) or ORG_SUFFIX.search(core):
        return None  # "vistas på Sjukhuset", "bor på Elevhemmet": an institution, not a home of one's own
    if core.endswith("s") and _INSTITUTION_AFTER.match(text, m.end("street")):
        return None  # "bor på Solbackens äldreboende": the care home's name in the genitive, then its kind
    return Verdict(m.start("street"), m.end("street"), "a place someone lives on (bor på)")


# A home for many after a name in the genitive ("Solbackens äldreboende", "Tallgårdens gruppbostad").
_INSTITUTION_AFTER = re.compile(r"[ \t\n]+[a-zåäö-]*(?:boende|boendet|hem|hemmet|bostad|bostaden|servicehus|"
                                r"sjukhem|vårdhem|internat)(?![\w-])")


_LIVED_ON = compile_scanning(
    rf"(?<![\w-])(?i:bor|bodde|bott|bosatt)[ \t]+(?:\w+[ \t]+)?(?i:på)[ \t]+(?P<place>{WORD})(?![\w-])", re.VERBOSE)


@lru_cache(maxsize=4)
def _lived_on(text: str) -> frozenset[str]:
    """The places a text says someone lives on ("bor på Norrbyn"), read once a page."""
    return frozenset(m.group("place") for m in _LIVED_ON.finditer(text))


def check_place_with_number(text: str, m: re.Match[str]) -> Verdict | None:
    """A place with a number that the page says someone lives on."""
    core = m.group("core")
    if core.lower() in ctx.NOT_A_NAME or core.isupper():
        return None
    if core not in _lived_on(text):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place someone lives on, with its number")
