"""The named house, hostel or home an address belongs to, written before its street after a word of staying or
moving, or after "adress är": "evakuerades till Vandrarhemmet, Prästgränd 1, 695 31 Lomsjövik", "flyttade till
Hemgården, Vintergatan 8", "Min kontorsadress är Kontorshotellet, Köpmangatan 2".

The place's name is the first line of that home's address: beside the masked street it would still say where the
person stays. A farm's or a croft's name says it is a home by itself ("Backgården, Myrbacka 12, 776 92 Åsby",
"Skogsbo gård, Sågbyn 31"): it is taken before the address without a cue. Only after such a cue, the name of one or two capitalised words and a comma right before the street
and its number; a home label's institution ("Bostad: Äldreboendet Lärkan, Lärkgatan 10") is
``redact.detect.address``'s and stays as it is, and a country or a town before the street ("flyttat till
Finland, Koulukatu 9 ...") is where the person moved, not a house. In a cell, the district before a street whose
room or flat follows opens the lodging's address without a cue ("Ryd, Björnkärrsgatan 9 B, rum 214"). A boat
people live on, by its noun or mark and its name before the quay and berth it lies at, opens the address as a house's
name does ("Husbåten Måsen, Strandkajen plats 7", "bor på S/Y Tärnan, Vikkajen 4").
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.first_chars import compile_scanning
from redact.detect.vessel_names import _NAME as _VESSEL_NAME
from redact.detect.vessel_names import _SLASHED, _VESSEL_NOUN
from redact.types import Finding

# words of staying, moving or being placed somewhere, then the preposition of the place (the cues of
# ``redact.detect.address``'s stay rules, in their running-text forms)
_CUE = (r"(?i:bor|bodde|bott|bosatt|flyttade|flyttat|flyttar|flytta|vistas|vistades|vistats|stannar|stannade|stannat|"
        r"evakuerad|evakuerade|evakuerades|evakuerats|inkvarterad|inkvarterade|inkvarterades|inkvarterats|"
        r"placerad|placerade|placerades|placerats|inhyst|inhysta|inhystes|skrivs[ \t]+ut|skrevs[ \t]+ut|"
        r"övernattar|övernattade|övernattat|sover|sov)")
# a person's address said to be something ("Min kontorsadress är Kontorshotellet, Köpmangatan 2", "hans adress är
# numera Vandrarhemmet, …"); never the authority's own ("Vår adress är", a visiting or invoice address)
_ADDRESS_IS = (r"(?<!vår[ \t])(?<!Vår[ \t])(?<!vårt[ \t])(?<!Vårt[ \t])(?<![\w-])"
               r"(?i:(?!besöks|leverans|faktura|retur)[a-zåäö]*(?:adress|adressen)[ \t]+(?:är|blir|var)"
               r"(?:[ \t]+(?:nu|numera))?)")
# the room, flat or house the named building holds, before its name ("bor i studentrummet Gryningen, Kämpastigen 5 E,
# rum 302", "i korridoren Tallen, …"): the building's name is the home's as after "på"
_LODGING = (r"(?i:[a-zåäö]*(?:rummet|korridoren|lägenheten|boendet|huset|stugan|hemmet)|studentrum|korridorrum)")
# a German letter's word of living and its "in" ("wohne ich bei meiner Tante in Vilshärad, Fyrvägen 2"): the nouns
# between are capitalised
_GERMAN_STAY = r"(?<![\w-])(?i:wohne|wohnt|wohnen|lebe|lebt|leben)(?:[ \t]+[^\W\d_]+){0,4}?[ \t]+in"
# (after "i" too, "bor i Vilshärad, Fyrvägen 2, 305 92 Halmstad": a village before its street; the town the postcode
# names, "bor i Umeå, Storgatan 4, 903 26 Umeå", and a country are where the person lives, no house: see below)
_PLACE_BEFORE = compile_scanning(
    rf"(?:(?<![\w-]){_CUE}(?:[ \t]+(?:[a-zåäö]+|sedan|nu|tillfälligt)){{0,3}}?[ \t]*\n?[ \t]*"
    rf"(?:(?i:till|på|vid|i)|(?i:i|på)[ \t]+{_LODGING})|{_ADDRESS_IS}|{_GERMAN_STAY})[ \t]*\n?[ \t]*"
    r"(?P<place>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+)?)"
    r",[ \t]*\n?[ \t]*$")
# a farm's or a croft's name right before the address's comma: one word ending in the farm's word, definite
# ("Backgården", "Lilltorpet"; "Lindgård", "Östgård" are surnames as often), or a name and the word ("Skogsbo gård",
# "Ringqvists gård", "Rödnäs Gård" written as a name); the farm's name opens the address
# it opens its line or follows a small word ("från", "på gården"), not a given name: "Sune Lindgård, ..." is a
# person's surname before his address
# the house on the farm where the person lives may stand between ("Rödnäs Gård, personalhuset, Rödnäs 5",
# "Backgården, flygeln, Myrbacka 12"): a farmhand's or a relative's house on the farm is that person's door
_BUILDING = (r"(?:[a-zåäö]{2,}(?:huset|stugan|bostaden|byggnaden|längan|villan)|flygeln|annexet|gårdshuset|"
             r"övervåningen|undantaget)")
_FARM_BEFORE = re.compile(
    r"(?<![\w-])(?P<place>(?:[A-ZÅÄÖ][a-zåäö]+(?:gården|torpet|hemmanet)"
    r"|[A-ZÅÄÖ][a-zåäö]+[ \t]+(?:[Gg]ård|[Gg]ården|[Tt]orp|[Tt]orpet))"
    rf"(?:,[ \t]*\n?[ \t]*{_BUILDING})?)"
    r",[ \t]*\n?[ \t]*$")
# the word before the farm's name on its line: none, a small word (a comma may end it) or a label's colon ("från",
# "gården", "hos arbetsgivaren,", "Adress:")
_WORD_BEFORE = re.compile(r"(?:^|\n)[ \t]*$|(?<![\w-])(?:[a-zåäö][\w-]*,?|[\w-]+:)[ \t]+$")
# a public building named as a farm is ("Fritidsgården", "Hembygdsgården", "Kyrkogården"): the body's, no home
_PUBLIC_FARM = re.compile(r"(?i)^(?:fritids|hembygds|bygde|kyrko|ungdoms|kultur|folkets|stads|skol|förskole)")
# a firm or an authority is named so too, but then it is the organisation's address (left to its own rules)
_ORGANISATION = re.compile(r"(?i)(?:AB|HB|KB|kommun|kommunen|region|regionen|länsstyrelsen)$")
_REACH = 120
# the district a student's or a lodger's room lies in, opening the address's cell before its street ("Ryd,
# Björnkärrsgatan 9 B, rum 214"): one capitalised word and a comma, alone on the line or in the cell before the street
_DISTRICT_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=\|)|(?<=\t))[ \t]*(?P<place>[A-ZÅÄÖ][a-zåäöéü]{2,})"
                              r",[ \t]*$")
# a room or a flat in the address after the street's number: the cell is a lodging's, and the district its first part
# the bare "i" before a place names a village only before a Swedish home: abroad, "bor i Praia, Rua Serpa Pinto 14,
# Plateau, Praia" names the city the address gives again, however it is spelled there
_BARE_I = re.compile(r"(?<![\w-])[iI][ \t]*\n?[ \t]*$")
_SWEDISH_POSTCODE = re.compile(r"(?<![\w-])\d{3}[ \t]?\d{2}(?![\w-])")
_ROOM_AFTER = re.compile(r"\d[A-Za-z]?,?[ \t]+(?i:rum|lgh|korridor)[ \t]+\d")
# a boat by its noun or its mark and its name, right before the street's comma ("Husbåten Måsen, ", "S/Y Tärnan, ")
_BOAT_BEFORE = re.compile(rf"(?<![\w-])(?P<place>(?:(?i:{_VESSEL_NOUN})|{_SLASHED})[ \t]+{_VESSEL_NAME}),[ \t]*\n?[ \t]*$")


def _town_or_country(place: str, text: str) -> bool:
    """True for a country, a place abroad or a town the text writes after a postcode ("flyttat till Finland,
    Koulukatu 9 ..."): where the person moved, said before the address, not the name of a house."""
    from redact.detect.places import countries, postal_towns

    return tuple(place.casefold().split()) in countries() or place in postal_towns(text)


def _ordinary_word(word: str, text: str) -> bool:
    """True for a word no place is named: a listed ordinary word, or one the text writes in lower case too."""
    from redact.detect import context as ctx
    from redact.detect.name_words import written_in_lower_case

    return word.lower() in ctx.NOT_A_NAME or written_in_lower_case(word, text)


def with_place_before(f: Finding, text: str) -> Finding:
    """A home's street and number with the named place before it after a word of staying, whole."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not any(c.isdigit() for c in f.text):
        return f
    m = _PLACE_BEFORE.search(text, max(0, f.start - _REACH), f.start)
    if m is None and _ROOM_AFTER.search(f.text):
        m = _DISTRICT_BEFORE.search(text, max(0, f.start - 40), f.start)
        if m is not None and _ordinary_word(m.group("place"), text):
            m = None  # "Tack, Tallvägen 3, lgh 1102" where the letter says "tack" too: an ordinary word, no district
    if m is None and (boat := _BOAT_BEFORE.search(text, max(0, f.start - 60), f.start)) is not None:
        return replace(f, start=boat.start("place"), text=text[boat.start("place"):f.end])
    if m is None:
        m = _FARM_BEFORE.search(text, max(0, f.start - 40), f.start)
        if m is not None and (_PUBLIC_FARM.match(m.group("place"))
                              or not _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            return f
    if m is None or _ORGANISATION.search(m.group("place")) or _town_or_country(m.group("place"), text):
        return f
    if _BARE_I.search(text, max(0, m.start("place") - 8), m.start("place")) and not _SWEDISH_POSTCODE.search(f.text):
        return f
    start = m.start("place")
    return replace(f, start=start, text=text[start:f.end])
