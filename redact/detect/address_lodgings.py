"""Where in a home or on a site someone lives, written before the street: a care home's ward, a student room, a
room at a school's boarding house, a campsite pitch ("Ekbackens vårdboende, avd. 3, Lindgatan 2, 871 31 Näsby",
"studentrum 2214, Haga, Parkvägen 9", "Näsby camping, plats 41, Sjövägen 1"), and a boat berth given as the
home, with its harbour and no street ("bor på sin båt på båtplats C 7, Västra gästhamnen").

The ward, room or pitch says exactly where the person sleeps: beside a masked street it would still point to one
door. The home's or the site's name before it belongs to the same address (a home named alone, with no ward or
room after it, is a place and is left as it is). Only a ward, a room, a flat or a pitch with its number or name
opens such a prefix, so an institution's own letterhead ("Ekbackens vårdboende, Lindgatan 2") is not touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect import context as ctx
from redact.detect.first_chars import compile_scanning
from redact.detect.patterns import Verdict, compile_rule
from redact.types import Finding

# the kind of home or site, as the last word of its name ("Ekbackens vårdboende", "Näsby camping", "Åby
# folkhögskola", "Tallbackens gruppbostad") or the end of a one-word name ("Solgården", "Åsbyhemmet", "Asylboendet
# Hagalund"); the housing the social services give under LSS is a group or a service flat ("gruppbostad",
# "servicebostad"), not any "bostad" ("Hans bostad")
_SUPPORTED_FLAT = r"(?:grupp|service)bostad(?:en)?"
_KIND = (r"(?:[a-zåäö]*(?:boende|boendet|hem|hemmet|skola|skolan|camping|campingen|stugby|stugbyn|marina|marinan|"
         rf"hamn|hamnen|internat|internatet|vandrarhem|vandrarhemmet|hotell|hotellet|servicehus|gård|gården)|{_SUPPORTED_FLAT})")
# a kind written before the home's own name: a treatment home ("HVB Solgläntan", "HVB-hemmet Björken") or a
# described housing ("Tillfälligt boende Ekbacken", "särskilt boende Lönngården")
_KIND_FIRST = (r"(?:HVB(?:-hem(?:met)?)?|[A-ZÅÄÖa-zåäö][a-zåäö]{3,}[ \t]+boendet?)"
               r"[ \t]+[A-ZÅÄÖ][\w-]+")
# a hotel, a hostel or a collective named by its kind first ("Hotel Tegnérlunden", "Kollektivet Hagen"): only
# before a street, where a room of it is someone's lodging (alone, "Hotell Tornet, rum Oden" may be a meeting room)
_LODGING_FIRST = (r"(?:Hotel|Hotell|Hotellet|Hostel|Vandrarhem|Vandrarhemmet|Kollektiv|Kollektivet|Studentbyn)"
                  r"[ \t]+[A-ZÅÄÖ][\w-]+")
_HOME = (rf"(?:{_KIND_FIRST}|{_LODGING_FIRST}|[A-ZÅÄÖ][\w'’-]*[ \t]+{_KIND}"
         # a seamen's church or hostel lets guest rooms ("Sjömanskyrkan, gästrum 4")
         r"|[A-ZÅÄÖ][\w-]*(?:boendet|boende|hemmet|gården|internatet|campingen|vandrarhemmet|kyrkan)"
         r"(?:[ \t]+[A-ZÅÄÖ][\w-]+)?)")
# a ward, a room, a flat or a pitch with its number or name ("avd. 2", "avd. Linnean", "rum 214", "plats 27",
# "internatet rum 14", "studentrum 4112", "lgh 3"), and the corridor, building or stairwell the room is in, by its
# number or letter ("korridor C, rum 1207", "hus B, rum 12", "uppgång 2, lgh 1101")
_UNIT = (r"(?:(?:internatet|korridoren|elevhemmet|huset|stugan)[ \t]+)?"
         r"(?i:avd\.?|avdelning|rum|rummet|lgh\.?|lägenhet|plats|båtplats|husvagnsplats|campingplats|stugplats|"
         r"tältplats|stuga|studentrum|internatrum|elevrum|korridorrum|hotellrum|gästrum|gästrummet|"
         r"korridor|korr\.|hus|block|uppgång|trappuppgång|port|flygel|våning|vån\.?)"
         r"[ \t]+(?:nr\.?[ \t]*)?(?:[A-ZÅÄÖ][ \t]?\d{1,5}[A-Za-z]?|\d{1,5}[A-Za-z]?|[A-ZÅÄÖ][a-zåäöé]+|[A-ZÅÄÖ](?![\w]))")
_COMMA = r"[ \t]*,[ \t]*\n?[ \t]*"
# the prefix ends right where the street's finding begins; a district may follow the room ("studentrum 4112, Haga,");
# a ward and its room may stand without a comma between ("avd. Lärkan rum 9, Åsvägen 2"); in a letter's window the
# room ends its own line, the street on the next
# a one-word home "vid" its street is named by where it stands ("Jourhemmet vid Ekvägen 7"), as a ward names it
_PREFIX = compile_scanning(
    rf"(?<![\w-])(?:(?:(?P<home>{_HOME})(?:{_COMMA}|[ \t]+))?(?P<unit>{_UNIT})(?:(?:{_COMMA}|[ \t]+){_UNIT})?(?:{_COMMA}|[ \t]*\n[ \t]*)"
    rf"(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?{_COMMA})?"
    rf"|[A-ZÅÄÖ][\w-]*(?:boendet|hemmet)[ \t]+vid[ \t]+)\Z")
_REACH = 120
# a home named before its street when the room follows the street ("Kollektivet Hagen, Hagvägen 4, rum 3"): the
# room says the street is where someone lodges in that home
_HOME_BEFORE = compile_scanning(rf"(?<![\w-])(?P<home>{_HOME}){_COMMA}\Z")
_ROOM_IN = re.compile(r"(?i)(?<![\w-])(?:rum|avd\.?|avdelning|korridor|korr\.)[ \t]+(?:nr\.?[ \t]*)?[A-ZÅÄÖ]?\d")
# a home's own name alone before its ward and the room in it ("Björkhagen, avd. Linnéa, rum 3, Norrbyvägen 5"): the
# ward and the room after the name say it is a home's, as its kind would (a ward alone may be the authority's unit)
_NAME_BEFORE = compile_scanning(rf"(?<![\w-])[A-ZÅÄÖ][\w'’-]+{_COMMA}\Z")
_WARD_THEN_ROOM = re.compile(r"(?i)^(?:avd\.?|avdelning)[ \t]+\S+?,?[ \t]+(?:rum|rummet)[ \t]+(?:nr\.?[ \t]*)?\d")


# an address opening with a home's own name alone, its ward and the room in it (see _NAME_BEFORE); the ward by its
# own name ("avd. Linnéa")
_HOME_NAME_OPENING = re.compile(rf"(?P<name>[A-ZÅÄÖ][\w'’-]+){_COMMA}(?=(?i:avd\.?|avdelning)[ \t])")
_WARD_NAME = re.compile(r"(?i:avd\.?|avdelning)[ \t]+(?P<ward>[A-ZÅÄÖ][a-zåäöé]+)(?![\w-])")


def home_name_spans(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    """Where an address opens with a home's own name alone before its ward and room ("Björkhagen, avd. Linnéa, rum 3,
    …"): the home's name and the ward's, no one's, though name lists hold them as a surname and a given name."""
    spans = []
    for f in findings:
        if f.category != "ADDRESS" or f.start is None or f.end is None:
            continue
        m = _HOME_NAME_OPENING.match(text, f.start, f.end)
        if m is not None and _WARD_THEN_ROOM.match(text[m.end():f.end]):
            spans.append(m.span("name"))
            if (ward := _WARD_NAME.match(text, m.end(), f.end)) is not None:
                spans.append(ward.span("ward"))
    return spans


# a lodging's kind right before an address that opens with the lodging's own name and a room in it ("Hotell" /
# "Kungsholmen, rum 414, Stockholm"): the kind is the name's first word
_KIND_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:Hotel|Hotell|Hotellet|Hostel|Vandrarhem|Vandrarhemmet)[ \t]+$")
_NAME_THEN_ROOM = re.compile(rf"[A-ZÅÄÖ][\w-]+{_COMMA}{_UNIT}")


def with_lodging_before(f: Finding, text: str) -> Finding:
    """A home's street with the ward, room or pitch (and the home's or site's name) written before it, whole."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not any(c.isdigit() for c in f.text):
        return f
    if _NAME_THEN_ROOM.match(f.text) and (kind := _KIND_RIGHT_BEFORE.search(text, max(0, f.start - 20), f.start)):
        return replace(f, start=kind.start(), text=text[kind.start():f.end])
    lo = max(0, f.start - _REACH)
    m = _PREFIX.search(text[lo:f.start])
    if m is None and _ROOM_IN.search(f.text):
        m = _HOME_BEFORE.search(text[lo:f.start])
        if m is not None:
            return replace(f, start=lo + m.start(), text=text[lo + m.start():f.end])
    if m is None and _LOT_OPENS.match(f.text):
        # "plats 44, 827 31 Ljusdal" found alone: the campsite and what stands on its pitch, written before it
        # ("Ljusdals camping, husvagn på plats 44, …"), say which site's pitch it is
        m = _SITE_BEFORE.search(text[lo:f.start])
        if m is not None:
            return replace(f, start=lo + m.start(), text=text[lo + m.start():f.end])
    if m is None:
        return f
    if not m.group("home") and re.search(r"[^,\s][ \t]*\n[ \t]*\Z", m.group()):
        return f  # a flat ending a line with no home named before it is a street's own line or another cell's
    start = lo + m.start()
    if not m.group("home") and _WARD_THEN_ROOM.match(m.group()):
        named = _NAME_BEFORE.search(text, max(0, start - _REACH), start)
        start = named.start() if named is not None else start
    return replace(f, start=start, text=text[start:f.end])


# A boat berth, a pitch or an allotment's lot as the home, with its harbour or site and no street: only after a word
# of living there in the same sentence ("bor sedan maj ombord på sin båt på båtplats B 4, Södra småbåtshamnen", "bor
# i stugan på kolonilott 23 i Solbackens koloniområde"); a berth in a harbour's register is the harbour's number, no
# one's home.
_SITE = (r"(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,2}[A-ZÅÄÖ]?[\w-]*(?:hamn|hamnen|marina|marinan|bryggan|brygga|camping|"
         r"campingen|campingplats|campingplatsen|stugby|stugbyn|koloniområde|koloniområdet|koloniträdgård|"
         r"koloniträdgården|kolonin)")
BERTH = compile_rule(rf"""
    (?<![\w-])(?P<place>(?i:båtplats|båtplatsen|bryggplats|gästplats|förtöjningsplats|husvagnsplats|campingplats|
                           tältplats|stugplats|kolonilott|kolonilotten|odlingslott|lott)
        [ \t]+(?:nr\.?[ \t]*)?(?:[A-ZÅÄÖ][ \t]?\d{{1,4}}[A-Za-z]?|\d{{1,4}}[A-Za-z]?)
        (?:[ \t]*,[ \t]*\n?[ \t]*|[ \t\n]+(?:i|vid|på)[ \t\n]+){_SITE})(?![\w-])
""")
_LIVING = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|boende|lever|levt|sover|sov|övernattar|övernattade|"
                     r"folkbokförd|folkbokförda|skriven|vistas|vistades|hemma|permanentboende)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?][ \t\n]+(?=[A-ZÅÄÖ])")
_CUE_REACH = 120


def check_berth(text: str, m: re.Match[str]) -> Verdict | None:
    """The berth and its harbour when a word of living there opens the sentence before it, else None."""
    lo = max(0, m.start() - _CUE_REACH)
    before = text[lo:m.start()]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    if not _LIVING.search(before):
        return None
    return Verdict(m.start("place"), m.end("place"), "berth or pitch as a home, after a word of living there")


# A care home's or a lodging's ward or room as the home, with no street ("Ekbackens vårdboende, avd. 3, rum 14",
# "Lärkans vårdboende, avd. 1 A, rum 9",
# "Lindgården, avd. Vitsippan", "Asylboendet Norrby, rum 12"), a town perhaps after it: the ward or room points to
# one door as a street would. The home must be named by its kind ("-gården", "-hemmet", "boendet") and a ward or a
# room must follow, so a town hall's meeting room ("rådhuset, rum Masugnen") or a union's branch ("SKPF avd. 58")
# stays readable; a street after it is the street finding's own prefix (``with_lodging_before``).
# (a place's name in any of the capitals Swedish text meets: the Sámi "Ájluokta äldreboende, rum 9"; two kinds
# sharing the compound's last part: "Lärkans vård- och omsorgsboende, avd. 2")
_HOME_KIND = (rf"(?:{_KIND_FIRST}|[{ctx.U}][\w-]*s[ \t]+HVB(?:-hem(?:met)?)?|[{ctx.U}][\w-]*(?:boendet|boende|hemmet|hem|gården|gård|internatet|vandrarhemmet)"
              rf"(?:[ \t]+[{ctx.U}][\w-]+)?"
              rf"|[{ctx.U}][\w'’-]*[ \t]+(?:[a-zåäö]+-[ \t]+(?:och|&)[ \t]+)?"
              # an adjective before the kind ("Tallåsens särskilda boende", "Björkens gamla hem"); not a verb's
              # past ("Nämnden beviljade boende")
              rf"(?:(?![a-zåäö]+ade[ \t])[a-zåäö]{{3,}}(?:a|t|e)[ \t]+)?[a-zåäö]*"
              # (the home's own name perhaps after its kind: "Malmö korttidsboende Kastanjen, avd. 3")
              rf"(?:boende|boendet|hem|hemmet|internat|internatet)(?:[ \t]+[{ctx.U}][\w-]+)?"
              rf"|[{ctx.U}][\w'’-]*[ \t]+{_SUPPORTED_FLAT}"
              # a home's own name, then its kind described for whom it is ("Ekbacken, boende för unga", "Lärkan,
              # stödboende för unga vuxna"): only with a room after it (``check_ward_home``)
              rf"|(?P<described>[{ctx.U}][\w'’-]+[ \t]*,[ \t]*(?:[a-zåäö]*boende|[a-zåäö]+hem|HVB(?:-hem)?|{_SUPPORTED_FLAT})"
              r"(?:[ \t]+för[ \t]+[a-zåäö]{3,}(?:[ \t]+[a-zåäö]{3,})?)?))")
_WARD = r"(?i:avd\.?|avdelning|avdelningen|rum|rummet|lgh\.?|lägenhet)"
# the house, corridor or block the room is in, by its letter or number, between the home and the room (an asylum
# accommodation's "Asylboendet Norrby, hus B, rum 12", "Tallgårdens boende, korridor 3, rum 118"), and the floor
# it is on ("Servicehemmet Eken, plan 2, lgh 7", "…, våning 4, rum 12")
_BUILDING = (r"(?i:hus|huset|korridor|block|paviljong|flygel|uppgång|plan|planet|våning|vån\.?)[ \t]+"
             r"(?:[A-ZÅÄÖ]|\d{1,3})(?![\w-])")
# the town after the room, alone or with its postal code, ending the line or the cell ("…, rum 14, Näsby", "…, rum
# 214, 712 91 Näsby"); in a letter's window the postal code and town stand on the next line
_TOWN_AFTER = r"(?:\d{3}[ \t\u00a0]?\d\d[ \t]+)?[A-ZÅÄÖ][a-zåäö]+(?=[ \t]*(?:\n|$|[|;.)]))"
_POSTAL_LINE = r"[ \t]*\n[ \t]*(?=\d{3}[ \t\u00a0]?\d\d[ \t]+[A-ZÅÄÖ])"
WARD_HOME = compile_rule(rf"""
    (?<![\w-])(?P<home>{_HOME_KIND})(?:[ \t]*,[ \t]*|[ \t]+)
    (?:{_BUILDING}[ \t]*,?[ \t]*){{0,2}}
    {_WARD}[ \t]+(?:nr\.?[ \t]*)?(?:\d{{1,5}}(?:[ \t]?[A-Z](?![\w-])|[a-z])?|[A-ZÅÄÖ][a-zåäöé]+)
    (?:[ \t]*,[ \t]*{_WARD}[ \t]+(?:nr\.?[ \t]*)?\d{{1,5}}[A-Za-z]?)?
    (?:[ \t]*,?[ \t]*(?i:rum|rummet)[ \t]+(?:nr\.?[ \t]*)?\d{{1,4}}[A-Za-z]?)?  # the resident's room after the ward
    (?:(?:[ \t]*,[ \t]*|{_POSTAL_LINE}){_TOWN_AFTER})?
    (?![\w-])
""")

_ROOM_IN_HOME = re.compile(r"(?i)(?<![\w-])(?:rum|rummet|lgh\.?|lägenhet)[ \t]+(?:nr\.?[ \t]*)?\d")


def check_ward_home(text: str, m: re.Match[str]) -> Verdict | None:
    """A home named by its kind with a ward or a room after it, whole; a name with a described kind only with a room
    (a ward alone after it may be a unit of the authority's own)."""
    if m.group("described") and not _ROOM_IN_HOME.search(text, m.end("home"), m.end()):
        return None
    return Verdict(m.start(), m.end(), "a care home's or a lodging's ward or room as a home", 0.85)


# A room in a numbered house of a student or housing area, with no street: the area, the house and maybe its corridor,
# then the room ("Porsön, hus 14, rum 1411, 977 52 Luleå", "Ryd, hus 3, korridor B, rum 12", "Studentbyn Ryd, hus 3,
# korr. B, rum 12"), a home's ward and room ("Vitsippan, avd. 2, rum 9"), or the district abroad,
# its street by number and the house ("Damaskus, al-Mazzeh, gata 14, hus 7"): a house and a room (or a street and a
# house) with their numbers point to one door as a street's number does. A house's or a room's number alone ("rum
# 12", "hus B") is a meeting room or a building of the authority and stays readable: the place must lead.
_PLACE = r"(?:[A-ZÅÄÖ][\w'’-]+|[a-z]{1,3}-[A-ZÅÄÖ][\w'’-]+)"
_NUMBERED = r"(?:[ \t]+(?:nr\.?[ \t]*)?(?:\d{1,5}[A-Za-z]?|[A-ZÅÄÖ])(?![\w-]))"
AREA_ROOM = compile_rule(rf"""
    (?<![\w-])(?P<place>{_PLACE}(?:[ \t]+[A-ZÅÄÖ][\w'’-]+)?(?:[ \t]*,[ \t]*{_PLACE})?)[ \t]*,[ \t]*
    (?:(?P<street>(?i:gata|gatan|väg|vägen|gränd))[ \t]+\d{{1,4}}
       |(?i:hus|block|huset|avd\.|avd|avdelning)[ \t]+(?:\d{{1,3}}[A-Za-z]?|[A-ZÅÄÖ])(?![\w-]))
    (?:[ \t]*,[ \t]*(?i:korridor|korr\.?|uppgång|flygel|våning|plan){_NUMBERED})?
    [ \t]*,[ \t]*\n?[ \t]*(?P<unit>(?i:rum|lgh\.?|lägenhet|hus){_NUMBERED})
    (?:(?:[ \t]*,[ \t]*\n?|[ \t]*\n)[ \t]*{_TOWN_AFTER})?
    (?![\w-])
""")


def check_area_room(text: str, m: re.Match[str]) -> Verdict | None:
    """The area, the house and the room (or the street and the house abroad), whole; a house after a house, or a
    street's word without a house after it, is no such home."""
    unit = m.group("unit").split()[0].lower()
    if (unit == "hus") != bool(m.group("street")):
        return None  # "gata 14, rum 3" and "hus 2, hus 4" are no home's parts in this order
    return Verdict(m.start(), m.end(), "a room in a numbered house of an area, or a house on a street abroad", 0.8)



# An allotment's, a campsite's or a cabin village's lot or cabin as the home, the site named before it ("bor över
# sommaren i kolonistugan på Koloniområdet Solbacken, lott 23", "Ängsbackens koloniträdgård, stuga 14", "Stugbyn
# Fjällgläntan, stuga 7"): no street, the lot's number points to one cabin. Only after a word of living there in the
# sentence, as a berth (``check_berth``), or after a label of where someone lives ("Sommaradress: Koloniområdet
# Solbacken, lott 23"): a lot in the association's own register is nobody's home.
_SITE_KIND = (r"koloniområde|koloniområdet|koloniträdgård|koloniträdgården|kolonilottsområde|kolonilottsområdet|"
              r"koloniförening|koloniföreningen|kolonin|odlingsområde|odlingsområdet|stugområde|stugområdet|stugby|"
              r"stugbyn|camping|campingen|campingplats|campingplatsen|fritidsområde|fritidsområdet")
_SITE_NAME = (rf"(?:(?i:{_SITE_KIND})[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?"   # "Koloniområdet Solbacken"
              rf"|[A-ZÅÄÖ][\w'’-]*[ \t]+(?:{_SITE_KIND})"                               # "Solbackens koloniområde"
              r"|[A-ZÅÄÖ][\w-]*(?:kolonin|koloniområdet|stugbyn|campingen)"            # "Solbackakolonin"
              # a mountain's or a fell's cabins by its name ("Hundfjället, stuga 14 B", "Åreskutan, stuga 3")
              r"|[A-ZÅÄÖ][\w-]*(?:fjället|fjäll|skutan|toppen)(?=[ \t]*,[ \t]*\n?[ \t]*(?i:stuga|stugan|stugnr))"
              # any place's name of one or two words before an allotment's own cottage or lot, which says what the
              # place is ("Pålsjö ängar, kolonistuga 17", "Ekdalen, kolonilott 4")
              r"|[A-ZÅÄÖ][\w-]+(?:[ \t]+[\w-]+)?(?=[ \t]*,[ \t]*\n?[ \t]*(?i:kolonistuga|kolonistugan|kolonilott|kolonilotten)"
              r"[ \t]+\d))")
_LOT = (r"(?i:lott|lotten|kolonilott|kolonistuga|kolonistugan|odlingslott|lottnr\.?|stuga|stugan|stugnr\.?|tomt|tomten|plats|stugplats|"
        r"husvagnsplats|campingplats|tältplats)")
# what someone lives in on the pitch, before it ("husvagn på plats 44", "tält på tältplats 9")
_DWELLING_ON = (r"(?i:husvagn|husvagnen|husbil|husbilen|villavagn|villavagnen|tält|tältet|stuga|stugan)"
                r"[ \t]+(?:på|vid)[ \t]+")
SITE_LOT = compile_rule(rf"""
    (?<![\w-])(?P<place>{_SITE_NAME}[ \t]*,[ \t]*\n?[ \t]*(?:{_DWELLING_ON})?{_LOT}[ \t]+(?:nr\.?[ \t]*)?
        (?:[A-ZÅÄÖ][ \t]?\d{{1,4}}[A-Za-z]?|\d{{1,4}}(?:[ \t]?[A-Z](?![\w-])|[A-Za-z])?))(?![\w-])
""")
_LOT_OPENS = re.compile(rf"{_LOT}[ \t]+(?:nr\.?[ \t]*)?[A-ZÅÄÖ]?[ \t]?\d")
_SITE_BEFORE = compile_scanning(rf"(?<![\w-]){_SITE_NAME}{_COMMA}(?:{_DWELLING_ON})?\Z")
SITE_NEEDS = ("koloni", "odlingsområde", "stugområde", "stugby", "camping", "fritidsområde", "stuga", "stugnr")


_POSTAL_AFTER = re.compile(r"(?:[ \t]*,[ \t]*\n?|[ \t]*\n)[ \t]*\d{3}[ \t\u00a0]?\d\d[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?"
                           r"(?![\w-])")
_HOME_LABEL = re.compile(r"(?i)(?<![\w-])(?:[a-zåäö]*adress|bostad|boende|bor|vistelseort)[ \t]*:[ \t]*$")


def check_site_lot(text: str, m: re.Match[str]) -> Verdict | None:
    """The site and its lot or cabin when a word of living there opens the sentence before it or a home's label
    stands before it on its line, else None."""
    if (post := _POSTAL_AFTER.match(text, m.end())) is not None:
        # "Sjöviks camping, husvagn på plats 31, 871 90 Näsby": written as a postal address, the pitch is someone's
        # home whatever the sentence or cell around it (a site's own letterhead names no pitch)
        return Verdict(m.start("place"), post.end(), "a site's lot or pitch with its postal address as a home")
    line_start = text.rfind("\n", 0, m.start()) + 1
    if check_berth(text, m) is None and not _HOME_LABEL.search(text, line_start, m.start()):
        return None
    return Verdict(m.start("place"), m.end("place"), "an allotment's or a site's lot or cabin as a home")


#: what every ward's or room's match holds (the rule is skipped on a page without one)
WARD_NEEDS = ("avd", "rum", "lgh", "lägenhet")
#: what every area's room holds
AREA_NEEDS = ("hus", "block", "avd")


#: what every berth's match holds (the rule is skipped on a page without one)
BERTH_NEEDS = ("båtplats", "bryggplats", "gästplats", "förtöjningsplats", "husvagnsplats", "campingplats", "tältplats",
               "stugplats", "lott")
