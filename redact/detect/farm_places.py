"""A farm and its village, or a farm and the street it lies on, written as one address in running text: "på gården
Bäckmyra, Vitmyra", "skolskjuts från Tjärnlidens gård, Lillträsk", "flyttat till Hemgården, Vintergatan 8 lgh 1106".

In the countryside a home is named by its farm, then the village or road it belongs to. A farm says itself so by
its noun ("gården Bäckmyra"), by its name's ending ("Norrgården", "Tjärnlidens gård") after a preposition of place
or motion, by whose it is ("hans fars gård Nyängen, Västansjö 41"), or by a place's first word before its name with the village's house number after it ("Stora Mon, Mobyn
3"); what follows the comma up to the clause's end is the village (or the street and number). A seasonal home is
named by its place and its kind alone, a Sámi camp or a shieling ("på sommaren på Stuorajávrre viste", "Kallbergets
fäbod"), where the sentence says someone lives there.
Rules of ``redact.detect.address``; the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_countries import COUNTRY
from redact.detect.address_unnumbered_homes import FORMER_BUILDING
from redact.detect.name_words import ORG_SUFFIX
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_U = "A-ZÅÄÖÉÜ"
_L = "a-zåäöéü"
_NAME = rf"[{_U}][{_L}]{{2,}}(?:-[{_U}]?[{_L}]+)?"
# the farm's own name: a "-gården", "-stugan" or "-torpet" compound, a genitive before "gård" or "torp", a
# family's adjective before it ("Ståhlska gården", "Bergska gården": a manor named after the family that built it),
# or a place's name with "Gård" capitalised as part of the name ("Rödnäs Gård", "Ekby Gård")
_FARM = (rf"[{_U}][{_L}]{{2,}}(?:gården|stugan|torpet|hemmanet)|{_NAME}s[ \t]+(?:gård|torp)"
         rf"|[{_U}][{_L}]{{2,}}(?:ska|ske)[ \t]+(?:gården|gård|torpet|huset)"
         rf"|{_NAME}[ \t]+(?:Gård|Gården|Torp|Torpet)")
# a place's first word before a farm's name ("Övre Nyängen", "Lilla Vibyn")
_PLACE_WORD = r"(?:Stora|Lilla|Norra|Södra|Östra|Västra|Övre|Nedre|Mellersta|Gamla|Nya|Yttre|Inre)"
# the house on the farm where the person lives, between the farm and its village ("Rödnäs Gård, personalhuset,
# Rödnäs 5", "Backgården, flygeln, Myrbacka"): a farmhand's or a relative's own door
_BUILDING = (rf"(?:[{_L}]{{2,}}(?:huset|stugan|bostaden|byggnaden|längan|villan)|flygeln|annexet|gårdshuset|"
             r"övervåningen|undantaget)")
# who the farm is, set off by commas after the preposition: "hos arbetsgivaren, Rödnäs Gård, …"
_WHO = rf"[{_L}]{{3,}},[ \t]*\n?[ \t]*"
# the village (one or two words), or a street with its number, the letter and the flat
_PLACE = (rf"{_NAME}(?:[ \t]+{_NAME})?(?:[ \t]+\d{{1,4}}(?:[ \t]?[A-Z](?![\w]))?(?:,?[ \t]+lgh[ \t]+\d{{1,4}})?)?")
FARM_AND_PLACE = rule_regex(
    # the farm after its noun, a compound too ("släktgården Storhagen"), or by its name's own ending
    # (a churchyard, a school's yard or a garden is no one's home: "kyrkogården", "skolgården", "trädgården")
    # (the farm's word may follow its name after the noun too: "släktgården Ekeby gård")
    # (a farm's name of two words too: "gården Hålla Backe", "gården Övre Lid")
    rf"(?<![\w-])(?:(?:släkt|föräldra|hem|bond|barndoms)?gården[ \t]*\n?[ \t]*"
    rf"(?P<named>(?:{_PLACE_WORD}[ \t]+)?{_NAME}(?:[ \t]+(?:{_NAME}|(?i:gård)))?)"
    # the farm's name set off by commas after its noun ("bor i personalbostaden på gården, Vibyn, och …")
    rf"|(?:släkt|föräldra|hem|bond|barndoms)?gården,[ \t]*\n?[ \t]*(?P<apposed>{_NAME})(?=[ \t]*[,.;)])"
    # the farm's name given as such ("lantbruksenhet med gårdsnamnet Nyängen", "Gårdsnamn: Övre Nyängen")
    rf"|(?i:gårdsnamn(?:et)?)[ \t]*:?[ \t]*\n?[ \t]*(?P<farmname>(?:{_PLACE_WORD}[ \t]+)?{_NAME})(?![\w-])"
    rf"|(?i:på|till|från|vid|hos)[ \t]+\n?[ \t]*(?:{_WHO})?(?P<farm>{_FARM})"
    # the farm of someone named by the genitive before "gård" ("hans fars gård Nyängen", "morbroderns torp Lövås",
    # "sin gård Backa"): whose it is, the sentence says
    rf"|(?P<owner>[a-zåäö]{{2,}}s|sin|sitt)[ \t]+(?:gård|torp|hemman)[ \t]*\n?[ \t]*(?P<owned>{_NAME}))"
    rf"(?:,[ \t]*\n?[ \t]*{_BUILDING})?"
    # the village ends its clause: a stop, a line's end, or the next clause's conjunction ("…, Kilsbergen och har"),
    # or the move's other end ("flyttat från Nygården, Vibyn till …")
    rf"(?:,[ \t]*\n?[ \t]*(?P<place>{_PLACE})(?=[ \t]*(?:[,.;:)\"”]|\n|$)|[ \t]+(?:och|men|där|dit|sedan|till)[ \t])"
    rf"|(?![\w-]))"
)
NEEDS = ("gård", "stugan", "torp", "hemmanet")  # ("gårdsnamn" holds "gård")
# a farm named alone is a home where the sentence says someone lives or moves there ("bor kvar på gården Lillhagen"),
# or farms, owns or grew up on it ("behövs i jordbruket på gården Nybodarna", "driver gården Lövåsen"): a family
# farm is the farmer's home
_RESIDENCE = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|bosatta|flyttar|flyttade|flyttat|vistas|skriven|"
                        r"folkbokförd|folkbokförda|hemma|jordbruk|jordbruket|jordbruksdrift|lantbruk|lantbruket|driver|"
                        r"drev|brukar|brukade|arrenderar|arrenderade|äger|ägde|ärvde|ärvt|uppvuxen|uppväxt)(?![\w-])")


def check_farm_and_place(text: str, m: re.Match[str]) -> Verdict | None:
    """The farm and its village (or street) as one home; not a country or a sentence's word after the comma."""
    if m.group("farmname"):
        if m.group("farmname").split()[-1].lower() in ctx.NOT_A_NAME:
            return None
        return Verdict(m.start("farmname"), m.end("farmname"), "gårdens namn")
    if m.group("apposed"):
        cue = _RESIDENCE.search(text, max(0, m.start() - 60), m.start())
        if cue is None or re.search(r"[.!?]\s", text[cue.end():m.start()]) or (
                m.group("apposed").lower() in ctx.NOT_A_NAME):
            return None  # no one said to live there in the same sentence
        return Verdict(m.start("apposed"), m.end("apposed"), "gård som bostad")
    if m.group("owned"):
        if m.group("owner").lower() in _BODIES or m.group("owned").lower() in ctx.NOT_A_NAME:
            return None  # "kommunens gård Ekhagen": a body's farm, nobody's home
        end = m.end("place") if m.group("place") and _place_ok(m.group("place")) else m.end("owned")
        return Verdict(m.start("owned"), end, "en persons gård som bostad")
    start = m.start("named") if m.group("named") else m.start("farm")
    place = m.group("place")
    if place is None:
        cue = _RESIDENCE.search(text, max(0, start - 60), start)
        if not m.group("named") or cue is None or re.search(r"[.!?]\s", text[cue.end():start]) or (
                m.group("named").split()[0].lower() in ctx.NOT_A_NAME):
            return None  # no one said to live there in the same sentence
        return Verdict(start, m.end("named"), "gård som bostad")
    first = place.split()[0]
    if first.lower() in ctx.NOT_A_NAME or re.fullmatch(COUNTRY, first):
        return None
    return Verdict(start, m.end("place"), "gård och by (eller gata) som bostad")


# a body's genitive before "gård": the farm is the body's ("kommunens gård Ekhagen", "kyrkans gård")
_BODIES = frozenset({"kommunens", "statens", "kyrkans", "församlingens", "regionens", "landstingets", "bolagets",
                     "företagets", "föreningens", "stiftelsens", "länets", "byns", "skolans", "verkets", "myndighetens"})


def _place_ok(place: str) -> bool:
    """True when the words after the farm's comma may be its village (not an ordinary word or a country)."""
    first = place.split()[0]
    return first.lower() not in ctx.NOT_A_NAME and not re.fullmatch(COUNTRY, first)


# A farm named by a place's first word and its name ("Stora Mon", "Norra Lid", "Övre Backen") or by its name's own
# ending ("Nygård", "Västergården", "Lilltorpet"), or a building the village once had and someone now lives or works
# in ("Gamla mejeriet", "Gamla skolan"), then the village and the house number it has after a comma ("Stora Mon,
# Mobyn 3", "Nygård, Åkerby 4", "ateljé på Gamla mejeriet, Sörbyn 2"), in a table's cell or in running text. The
# number is needed: "Stora Torget, Kalmar" is a square and a town.
# a postal code and its town ending an address ("712 91 Ösby")
_POSTCODE_TOWN = rf"\d{{3}}[ \t\u00a0]?\d\d[ \t]+{_NAME}(?:[ \t]+{_NAME})?"
_PLACE_FIRST = r"(?:Stora|Lilla|Norra|Södra|Östra|Västra|Övre|Nedre|Mellersta|Mellan|Gamla|Nya|Yttre|Inre|Bortre)"
PREFIXED_FARM = compile_rule(
    # (a place's name and its farm word apart too: "Ekby gård", "Lövsta torp", "Ekby bygård", "Lövsta prästgård")
    # (a village may stand before a farm's compound: "Köla Norrgården"; the check leaves an ordinary word out)
    rf"(?<![\w-])(?P<farm>{_PLACE_FIRST}[ \t]+{_NAME}"
    rf"|(?:(?P<village>(?:{_PLACE_FIRST}[ \t]+)?{_NAME})[ \t]+)?[{_U}][{_L}]+(?:gården|gård|torpet|torp|stugan|hemmanet)"
    rf"|{_NAME}[ \t]+[{_L}]*(?:gård|torp)|{FORMER_BUILDING}),"
    rf"[ \t]*\n?[ \t]*"
    rf"(?P<place>{_NAME}(?:[ \t]+{_NAME})?[ \t]+\d{{1,4}}(?:[ \t]?[A-Z](?![\w]))?(?![\w-]|[.,:]\d)"
    # or the village without a number and the postal code with its town after it ("Nygården, Åkerby, 712 91 Ösby"),
    # on the next line too, as a table's cells read one a line ("Ekby gård, Åkerby" / "712 91 Ösby")
    rf"|{_NAME}(?:[ \t]+{_NAME})?(?:,[ \t]*\n?|[ \t]*\n)[ \t]*{_POSTCODE_TOWN}"
    # or the postal code with its town right after the farm ("Ekebergs gård, 565 91 Mullsjö", "Köla Norrgården, 673 93
    # Charlottenberg"): the postal code says the farm is an address, and its name ending says it is a farm
    rf"|(?P<postal>{_POSTCODE_TOWN})(?=[ \t]*(?:$|\n|[|\t,.;)])))"
)
# A home's name of any shape opening its line or cell before a village with its house number (or the village alone)
# and the postal code with its town: "Lugnet, Åkerby 12, 712 91 Ösby", "Solbacka, Åkerby, 712 91 Ösby", as an
# address's column or a window envelope writes a farm in the countryside. The postal code says the line is an
# address, the village (no street) that the first name is the farm's or the house's on it. In running text the same
# after a preposition of place or motion where the sentence says someone lives or moved ("flyttat från
# Pirttiniemi, Ylijoki, 957 94 Övertorneå"): a farm's or a manor's name in any language. Opening its line or cell, the
# name may be two words, the second short ("Bortom Ån, Rya"), and the postal code may stand on the next line
# ("Fjällhemmet, Granås" / "812 92 Granås"), as a window envelope writes it and an address table's cells read.
# (a wing or a side house of a named house by its genitive, "Kyrkbyns flygel", "Mjölnarens annex", is a door of its own)
_HOME_NAME = (rf"{_NAME}(?:[ \t]+[{_U}][{_L}]+|s[ \t]+(?:flygel|flygeln|annex|annexet|gårdshus|gårdshuset|"
              rf"drängstuga|drängstugan|bagarstuga|bagarstugan|undantagsstuga|undantagsstugan))?")
# a village of one or two letters too, where a postal code follows ("Ås", "Ed", "Ör")
_VILLAGE = rf"[{_U}][{_L}]{{1,}}(?:-[{_U}]?[{_L}]+)?"
NAMED_HOME_LINE = compile_rule(
    rf"(?:^|(?<=\n)|(?<=[|\t])|(?P<prep>(?<![\w-])(?i:på|från|till|vid|hos)[ \t]+))[ \t]*"
    rf"(?P<farm>(?(prep){_NAME}|{_HOME_NAME})),[ \t]*"
    rf"(?P<place>{_VILLAGE}(?:[ \t]+{_NAME})?(?:[ \t]+\d{{1,4}}(?:[ \t]?[A-Z](?![\w]))?)?)"
    rf"(?:,[ \t]*|(?(prep)(?!)|[ \t]*\n[ \t]*))"
    # (in running text the sentence may go on after the town: "… 957 94 Övertorneå till sonen")
    rf"{_POSTCODE_TOWN}(?:(?=[ \t]*(?:$|\n|[|\t,.;]))|(?(prep)(?=[ \t]+[a-zåäö])|(?!)))"
)


def check_named_home_line(text: str, m: re.Match[str]) -> Verdict | None:
    """The home's name, its village and the postal address as one home; no body's name, street or box."""
    farm, first = m.group("farm"), m.group("place").split()[0]
    if (farm.lower() in ctx.NOT_A_NAME or farm.split()[-1].lower() in ctx.NOT_A_NAME or first.lower() in ctx.NOT_A_NAME
            or re.fullmatch(COUNTRY, farm)
            or _NUMBERED_THING.match(first) or _NOT_A_VILLAGE.fullmatch(first) or ORG_SUFFIX.search(farm)):
        return None
    if m.group("prep") and not _HOME_CUE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return None  # "Kontakt hos Ekby, Åkerby, 712 91 Ösby": a firm's or a body's postal address, no home said
    return Verdict(m.start("farm"), m.end(), "gårdens eller husets namn, by och postadress som bostad", 0.9)


# a street, a box or a square is no village: a body's letterhead ("Länsstyrelsen, Storgatan 5, 852 30 Storhamn")
_NOT_A_VILLAGE = re.compile(r"(?i).*(?:gatan|gata|vägen|väg|gränd|gränden|stigen|torget|torg|allén|leden|plan|"
                            r"backe|backen|kajen|esplanaden|parken)|box|postbox|pl|postlåda|fack")
# numbered things that are no village: a chapter, a page, a week, a ward, a region
_NUMBERED_THING = re.compile(r"(?i)^(?:kapitel|kap|sida|sidan|vecka|punkt|paragraf|bilaga|rum|sal|plan|steg|nivå|"
                             r"klass|grupp|avdelning|avd|etapp|del|fas|område|zon|region|distrikt|hus|bana|spår|"
                             r"linje|tur|nummer|version|år|bild|figur|tabell|kvarter|kv|sektion|block|gravplats)$")


# a body's unit word right before the name: "distrikt Västra Värmland, Box 1120, …" names the district's office, no
# farm; so does a court's or an agency's name with "för" ("Hovrätten för Övre Norrland, Box 1013, …")
_UNIT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:distrikt|distriktet|region|regionen|område|området|avdelning|"
                          r"avdelningen|enhet|enheten|kontor|kontoret|förvaltning|förvaltningen"
                          r"|[a-zåäö]*(?:rätten|domstolen|myndigheten|nämnden|verket|styrelsen|inspektionen|förbundet)"
                          r"[ \t]+för)[ \t]+$")


def check_prefixed_farm(text: str, m: re.Match[str]) -> Verdict | None:
    """The farm and its village with the house number, as one home."""
    first = m.group("place").split()[0]
    if (first.lower() in ctx.NOT_A_NAME or _NUMBERED_THING.match(first) or re.fullmatch(COUNTRY, first)
            or m.group("farm").split()[-1].lower() in ctx.NOT_A_NAME
            or _UNIT_BEFORE.search(text, max(0, m.start() - 30), m.start())):
        return None
    start = m.start()
    village = m.group("village")
    if village is not None and (village.lower() in ctx.NOT_A_NAME or re.fullmatch(COUNTRY, village)
                                or _NOT_A_VILLAGE.fullmatch(village) or ORG_SUFFIX.search(village)):
        start = m.start("farm") + m.group("farm").index(village) + len(village)
        while text[start] in " \t":
            start += 1  # "Hos Nygården, …": an ordinary word before the farm is no village
    if m.group("postal"):
        if not (_HOME_CUE_BEFORE.search(text, max(0, start - 80), start)
                or _APPOSED_AFTER_NAME.search(text, max(0, start - 60), start)
                or _ORIGIN_AFTER_BIRTH.search(text, max(0, start - 120), start)):
            return None  # "Kontakt: Solgården, 712 30 Ösby": a care home's or a firm's postal address, no home said
        return Verdict(start, m.end(), "gård med postadress som bostad", 0.9)
    if not any(c.isdigit() for c in m.group("place")):
        # the village and the postal address: a postal code outranks the village's reading as a name
        return Verdict(start, m.end(), "gård, by och postadress som bostad", 0.9)
    return Verdict(start, m.end(), "gård och by med husnummer som bostad")


# what says a farm with its postal address is someone's home: an address's or a residence's word earlier in the
# sentence ("har sommaradress", "bor på"), or a person's name the farm is set off after ("grannen Bo Ek, Ekby gård, …")
_HOME_CUE_BEFORE = re.compile(r"(?i)(?:adress|adressen|bor|bodde|bott|bosatt|bosatta|folkbokförd|folkbokförda|skriven|"
                              r"flyttat|flyttade|flyttar|hemma|vistas)(?![\w-])[^.!?:;|]*$")
_APPOSED_AFTER_NAME = re.compile(rf"[{_U}][{_L}]+,[ \t]*\n?[ \t]*$")
# where a person described by their birth comes from ("Per Ek, född 1871, dräng från Lövstugan, 593 92 Ösby"): as a
# parish register or a museum's provenance writes a person, the farm after "från" is that person's home
_ORIGIN_AFTER_BIRTH = re.compile(r"(?i)(?<![\w-])(?:född|f\.)[ \t][^.!?:;|]*(?<![\w-])från[ \t]*\n?[ \t]*$")


# A building the village once had ("Gamla skolan", "Gamla posten") alone on its line or in its cell, the postal code
# and town on the next line or after a comma: an address's column or a window envelope names the home that way, with
# no street and no number ("Gamla skolan" / "388 92 Ljungbyholm"). Only the building's name: the postal code is read
# by its own rule.
FORMER_BUILDING_LINE = compile_rule(
    rf"(?:^|(?<=\n)|(?<=[|\t]))[ \t]*(?P<farm>{FORMER_BUILDING})[ \t]*(?:,[ \t]*\n?|\n|[ \t]*[|\t])[ \t]*"
    rf"{_POSTCODE_TOWN}(?=[ \t]*(?:$|\n|[|\t,.;]))"
)


def check_former_building_line(text: str, m: re.Match[str]) -> Verdict | None:
    """The former building's name over its postal address, as a home."""
    return Verdict(m.start("farm"), m.end("farm"), "gammal byggnads namn över postadressen som bostad", 0.85)


# A seasonal home named by its place and its kind: a Sámi summer, winter or spring camp ("Stuorajávrre viste",
# "vårvistet vid Ájluokta"), a shieling ("Kallbergets fäbod", "fäboden i Bodsjö"); there is no street and no number.
# The parish or village after a comma, ending the clause, is part of the address ("Kallbergets fäbod, Ore").
_CAMP_KIND = (r"(?:(?:sommar|vinter|vår|höst|same)?viste(?:t|n)?|fäbod(?:en|ar|arna)?|säter|sätern|fäbodvall(?:en)?)")
_PLACE_NAME = rf"[{ctx.U}][{ctx.L}]+(?:-[{ctx.U}][{ctx.L}]+)?"
_PARISH_AFTER = (rf"(?:,[ \t]*(?P<parish>{_PLACE_NAME}(?:[ \t]+{_PLACE_NAME})?)"
                 r"(?=[ \t]*(?:[,.;:)]|\n|$|[ \t](?:och|men|där|dit|sedan|till)[ \t])))?")
SEASONAL_HOME = compile_rule(
    rf"(?<![\w-])(?:(?P<place>{_PLACE_NAME})[ \t]+{_CAMP_KIND}"
    rf"|{_CAMP_KIND}[ \t]+(?:vid|i|på)[ \t]+(?P<place_after>{_PLACE_NAME}))(?![\w-]){_PARISH_AFTER}"
)
_LIVES = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|bosatta|lever|levde|flyttar|flyttade|flyttat|vistas|"
                    r"vistades|skriven|folkbokförd|hemma|sommartid|vintertid|somrarna|vintrarna)(?![\w-])")
_CLAUSE_END = re.compile(r"[.!?;](?=[ \t\n]|$)|\n[ \t]*\n")


def check_seasonal_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The camp or shieling with its place's name, where the same sentence says someone lives there."""
    if (m.group("place") or m.group("place_after")).lower() in ctx.NOT_A_NAME:
        return None
    lo = max(0, m.start() - 100)
    for end in _CLAUSE_END.finditer(text, lo, m.start()):
        lo = end.end()
    if not _LIVES.search(text, lo, m.start()):
        return None
    if m.group("parish") and m.group("parish").split()[0].lower() in ctx.NOT_A_NAME:
        return Verdict(m.start(), text.rindex(",", m.start(), m.start("parish")), "viste eller fäbod som bostad")
    return Verdict(m.start(), m.end(), "viste eller fäbod som bostad")


# A lodging or a side house on a farm alone in its cell or on its line, the farm after a comma ("Gäststugan, Ekeby
# gård", "Drängstugan, Norrgården", "Flygeln, Lilla Åby gård"): a guest's, a farmhand's or a relative's home with no
# street and no number, as an address's column or a window envelope writes it. The house's word says someone sleeps
# there (a guest's house, a cottage, a wing, a staff flat), so a farm shop's or a venue's hall stays readable.
_LODGING = (rf"(?:Gäst[{_L}]+|[{_U}][{_L}]*(?:stugan|bostaden)|Flygeln|Annexet|Gårdshuset|Personalhuset|"
            r"Drängstugan|Undantaget)")
_FARM_AFTER = rf"(?:{_PLACE_WORD}[ \t]+)?(?:{_FARM}|{_NAME}[ \t]+(?:gård|gården|torp|torpet)|[{_U}][{_L}]{{2,}}gård)"
LODGING_ON_FARM = compile_rule(
    rf"(?:^|(?<=\n)|(?<=[|\t]))[ \t]*(?P<home>{_LODGING},[ \t]*{_FARM_AFTER}(?:,[ \t]*{_POSTCODE_TOWN})?)"
    rf"(?=[ \t]*(?:$|\n|[|\t]))"
)


def check_lodging_on_farm(text: str, m: re.Match[str]) -> Verdict | None:
    """The lodging and the farm it stands on, as one home."""
    return Verdict(m.start("home"), m.end("home"), "bostad på en gård, utan gata och nummer", 0.8)


RULES = (
    Rule("lodging_on_farm", LODGING_ON_FARM, score=0.8, check=check_lodging_on_farm,
         needs=("gäst", "stugan", "bostaden", "flygeln", "annexet", "gårdshuset", "personalhuset", "undantaget")),
    Rule("farm_and_numbered_place", PREFIXED_FARM, score=0.75, check=check_prefixed_farm,
         needs=("stora ", "lilla ", "norra ", "södra ", "östra ", "västra ", "övre ", "nedre ", "mellersta ",
                "mellan ", "gamla ", "nya ", "yttre ", "inre ", "bortre ", "gård,", "gården,", "torp,", "torpet,",
                "stugan,", "hemmanet,")),
    # ("vistelse" holds "viste": the gate wants the kind as a whole word)
    Rule("named_home_line", NAMED_HOME_LINE, score=0.75, check=check_named_home_line,
         gate=rule_regex(r"\d{3}[ \t\u00a0]?\d\d[ \t]+[A-ZÅÄÖ]")),
    Rule("former_building_line", FORMER_BUILDING_LINE, score=0.75, check=check_former_building_line,
         needs=("gamla ", "nya ")),
    Rule("seasonal_home", SEASONAL_HOME, score=0.75, check=check_seasonal_home, needs=("vist", "fäbod", "säter"),
         gate=rule_regex(rf"[ \t]{_CAMP_KIND}(?![\w-])")),
)
