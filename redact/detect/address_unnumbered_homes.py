"""A home named without a number where the sentence says someone lives or stays there: a place with its quarter
("bor på Västra Nybodarna", "en egen stuga på Norra udden", "bor han i sjöboden på Västra udden"), a dwelling's
own name ("flyttar i maj till Sjöboden på Ramsö"), an owner's cabin by a water ("sommartid på Perićs stuga vid
Lillån"), the place after a host named in full ("står hos Rune Berg på Björkhaga"), and a homestead where an
animal or a vehicle is kept ("har sedan stått på Hammarbyängen").

In the countryside, on islands and by the coast a home often has no street and no number: the place is the
address. ``address``'s rule after "bor på" reads one word; these read the two-word names (a quarter's word and
a name, or the name of a point of land written in lower case: "Västra udden"), a named house after a verb of
moving, and a cabin named by its owner. The village or island after them ("på Ramsö", ", Ramsö") stays outside,
as after a street; only a farm's own two-word name takes its village after a comma ("bor kvar på Lilla Åby,
Norrlid."), as a farm and its village are one home. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.first_chars import compiled
from redact.detect.patterns import Rule, Verdict, compile_rule

U, L = ctx.U, ctx.L
_NAME = rf"[{U}][{L}]+(?:-[{U}]?[{L}]+)?"
# a quarter's or a position's word, then a name or a point of land in lower case ("Västra udden", "Norra viken")
_QUARTER = r"(?:Västra|Östra|Norra|Södra|Övre|Nedre|Yttre|Inre|Stora|Lilla)"
_LAND = (r"(?:udden|udde|viken|näset|holmen|ön|berget|backen|åsen|myren|heden|stranden|liden|hagen|ängen|gärdet|"
         r"skäret|tången|sundet|kroken|bränningen|lyckan)")
# a building the village once had, now someone's home, named by its age ("Gamla skolan", "Gamla prästgården", "Nya
# posten"): the house has kept the name and has no number
_FORMER = r"(?:Gamla|Nya)"
_BUILDING = (r"(?:skolan|skolhuset|folkskolan|prästgården|kaplansgården|klockargården|posten|stationen|"
             r"stationshuset|mejeriet|affären|handelsboden|lanthandeln|smedjan|kvarnen|sågen|bageriet|"
             r"missionshuset|bönhuset|lärarbostaden|banvaktsstugan|gästgiveriet|tullhuset|lotsstationen|"
             r"ålderdomshemmet|sockenstugan|fattigstugan|mangården)")
#: a building the village once had, named by its age: "Gamla skolan", "Gamla mejeriet" (also read by ``farm_places``)
FORMER_BUILDING = rf"{_FORMER}[ \t]+{_BUILDING}"
_SPOT = rf"(?P<spot>{_QUARTER}[ \t]+(?:{_NAME}|{_LAND})|{FORMER_BUILDING})"
# words of living, staying, moving or owning a cabin there; up to four words may stand before the preposition
# ("bor han i sjöboden på", "flyttar i maj till", "har en egen stuga på", "sommartid på")
_CUE = (r"(?i:bor|bodde|bott|bosatt|bosatta|folkbokförd|folkbokförda|skriven|vistas|vistades|sommartid|vintertid|"
        r"flyttar|flyttade|flyttat|flytta|stuga|stugan|sommarstuga|sommarstugan|fritidshus|fritidshuset|torp|torpet|"
        r"sjöbod|sjöboden)")
_BETWEEN = r"(?:[ \t]+[a-zåäö]+){0,4}?"
# the village after a farm's two-word name, ending its clause ("bor kvar på Lilla Åby, Norrlid."); read by _check
_VILLAGE = (rf",[ \t]*(?P<village>{_NAME})(?=[ \t]*(?:[.;:)]|\n|$)|[ \t]+(?:och|men|till)[ \t])")
SPOT_AFTER_CUE = compile_rule(
    rf"(?<![\w-]){_CUE}{_BETWEEN}[ \t]+(?i:på|till|vid)[ \t]*\n?[ \t]*{_SPOT}(?![\w-])(?![ \t]*\d)(?:{_VILLAGE})?"
)
# a dwelling's own name after a verb of moving or living: one word ending in the dwelling's noun ("Sjöboden",
# "Skogstorpet", "Fiskarstugan"), then the place it stands on ("på Ramsö") or the clause's end
_DWELLING = rf"(?P<spot>[{U}][{L}]+(?:boden|stugan|torpet|kojan|villan))"
DWELLING_AFTER_CUE = compile_rule(
    rf"(?<![\w-])(?i:bor|bodde|bott|flyttar|flyttade|flyttat|flytta|skriven|folkbokförd){_BETWEEN}"
    rf"[ \t]+(?i:på|till|i)[ \t]*\n?[ \t]*{_DWELLING}(?![\w-])(?![ \t]*\d)"
)
# an owner's cabin by a water or on a place ("Perićs stuga vid Lillån", "Anderssons torp på Kalvholmen")
OWNERS_CABIN = compile_rule(
    rf"(?<![\w-])(?i:på|i|till)[ \t]+(?P<spot>[{U}][^\W\d_]+(?:-[{U}][^\W\d_]+)?s[ \t]+"
    rf"(?:stuga|sommarstuga|torp|sjöbod|fritidshus|sommarhus)[ \t]+(?:vid|på|i)[ \t]+{_NAME})(?![\w-])(?![ \t]*\d)"
)


# a host named in full, then the place ("står hos Rune Berg på Björkhaga", "bor hos Ida Lund på Ekbacka"): the
# host's home, whoever stays there, a person, an animal or a thing
HOST_PLACE = compile_rule(
    rf"(?<![\w-])(?i:hos)[ \t]+(?P<host>{_NAME}(?:[ \t]+{_NAME}){{1,2}}),?[ \t]+(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<spot>{_NAME})(?![\w-])(?![ \t]*\d)"
)
# where an animal or a vehicle stands ("har sedan stått på Hammarbyängen", "hästen står på Lövbacken"): a farm's or a
# homestead's name, by its ending, with no number (not "-gården" or "förvaras": a care home keeps its residents'
# things, "förvaras på Lövkullagården")
_HOMESTEAD = (r"(?:ängen|haga|hagen|backen|berget|torpet|viken|näset|holmen|udden|åsen|liden|myren|"
              r"heden|bol|byn|mon|vallen|tegen|lyckan|hyttan|boda|torp)")
KEPT_AT = compile_rule(
    rf"(?<![\w-])(?i:står|stod|stått|stallad|stallade|stallas|uppstallad|uppstallade|uppställd|parkerad|betar|betade)"
    rf"(?:[ \t]+[a-zåäö]+){{0,2}}?[ \t]+(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<spot>[{U}][{L}]{{2,}}{_HOMESTEAD})(?![\w-])(?![ \t]*\d)"
)
# where a private boat lies ("båten ligger på sommaren vid Sjöboden", "ekan låg vid Lövudden"): a boathouse's, a
# cottage's or a homestead's own name, no number; the owner's summer place, an address as a farm's is
_BOAT = (r"båten|båtarna|ekan|jollen|snipan|kanoten|kajaken|segelbåten|motorbåten|husbåten|fritidsbåten|"
         r"roddbåten|träbåten")
_SHORE_HOME = rf"(?:{_HOMESTEAD}|boden|stugan|kojan|villan|sjöbod)"
BOAT_LIES_AT = compile_rule(
    rf"(?<![\w-])(?i:{_BOAT})[ \t]+(?i:ligger|låg|legat|förtöjs|förtöjd|förtöjdes|sjösätts|sjösattes)"
    rf"(?:[ \t]*\n?[ \t]*[a-zåäö]+){{0,3}}?[ \t]*\n?[ \t]*[ \t]*(?i:vid|på|i)[ \t]*\n?[ \t]*"
    rf"(?P<spot>[{U}][{L}]{{2,}}{_SHORE_HOME})(?![\w-])(?![ \t]*\d)"
)


# where an exemption from the ban on off-road driving lets a person drive ("gäller körning med snöskoter till
# Tjärnliden", "får köra fyrhjuling fram till Lillkojan"): the person's cabin or land the trail leads to, named
# alone; a town the text writes after a postcode, an authority's place or a country is where anyone goes
_OFFROAD = (r"snöskoter|snöskotern|skoter|skotern|terrängskoter|terrängskotern|fyrhjuling|fyrhjulingen|terränghjuling|"
            r"terränghjulingen|atv|atv:n|bandvagn|bandvagnen|terrängfordon|terrängfordonet|terrängbil|terrängbilen")
OFFROAD_DESTINATION = compile_rule(
    rf"(?<![\w-])(?i:körning|körningar|körningen|köra|kör|körs|färd|färder|transport|transporter)"
    rf"(?:[ \t]+[a-zåäö]+){{0,2}}?(?:[ \t]+(?i:med))?[ \t]+(?i:{_OFFROAD})(?:[ \t]+[a-zåäö]+){{0,3}}?"
    rf"[ \t]+(?i:till|fram[ \t]+till)[ \t]*\n?[ \t]*"
    rf"(?P<spot>[{U}][{L}]{{2,}}(?:-[{U}][{L}]+)?)(?![\w-])(?![ \t]*\d)(?![ \t]+[{U}])"
)


def _check_offroad_destination(text: str, m: re.Match[str]) -> Verdict | None:
    """The place an off-road exemption leads to, unless the text names it as a town, a body's place or a country."""
    from redact.detect.address_named_places import _town_or_country
    from redact.detect.places import authority_places

    spot = m.group("spot")
    if _town_or_country(spot, text) or spot in authority_places(text):
        return None
    return _check(text, m)


# the place named as an institution elsewhere in the text ("Solbackens äldreboende", "Ekhagens förskola")
_INSTITUTION_NOUN = r"[ \t\n]+[a-zåäö-]*(?:boende|boendet|hem|hemmet|skola|skolan|förskola|gård|center|klinik)(?![\w-])"


def _check_kept_at(text: str, m: re.Match[str]) -> Verdict | None:
    """The homestead where something is kept, unless the text names the place as an institution."""
    spot = m.group("spot")
    if re.search(rf"(?<![\w-]){re.escape(spot)}s?{_INSTITUTION_NOUN}", text):
        return None
    return _check(text, m)


# a host that is a business or a body by its last word's noun ("Hagnäs Djurklinik", "Ekby Bygg", "Åby Ridskola")
_BODY_WORD = re.compile(r"(?i)(?:klinik|kliniken|mottagning|mottagningen|center|centret|byrå|byrån|firma|service|bygg|"
                        r"skola|skolan|förening|föreningen|klubb|klubben|stall|stallet|gård|gården|kommun|region|"
                        r"verket|hotell|pensionat|camping|hovslageri|åkeri|\bAB|\bHB)$")


def _check_host_place(text: str, m: re.Match[str]) -> Verdict | None:
    """The place after a host named as a person ("hos Rune Berg på Björkhaga"), not a body's or an institution."""
    from redact.detect.address_labels import INSTITUTION
    from redact.detect.name_words import ORG_SUFFIX
    from redact.detect.placed_birth_dates import looks_like_name

    spot = m.group("spot")
    if _BODY_WORD.search(m.group("host")) or (not looks_like_name(m.group("host")) or spot.lower() in ctx.NOT_A_NAME or INSTITUTION.search(spot)
            or ORG_SUFFIX.search(spot)):
        return None
    return Verdict(m.start("spot"), m.end("spot"), "a home without a number where a named host lives")


# A homestead named by its dwelling or its holding: a cabin, a cottage, a croft or a farm's own word, or a holding with
# whose it is, then "på" or "vid" and the homestead's name ("Stugan på Lövbacken i Åby hyrs ut", "undantagsstugan på
# Granåsen", "står på hennes skifte vid Ekgården i Norrby"); and a two-word farm's name after a word of living
# ("bodde på Backgården Orren i Åby"). The village after it ("i Åby") stays outside; a lake, a district or a
# village named without such a word ("vid Vättern", "på Kungsholmen", "i Storvallen") stays readable.
# (a homestead's endings, not an island's, a point's, a bay's or a village's: "fritidshuset på Kobbholmen", "stugan på
# Storbyn" name the place the house stands in, as "i Storvallen" does)
_HOMESTEAD_NAME = (rf"[{U}][{L}]+(?:ängen|haga|hagen|backen|berget|torpet|åsen|liden|myren|heden|bol|mon|tegen|lyckan|"
                   rf"hyttan|boda|torp|gården|gård|stugan|hemmanet|lund|lunden|dalen|kullen|höjden|sätern|hult|"
                   rf"ryd)")
# the dwelling's or the holding's word: a cabin of any kind ("undantagsstugan", "fiskestugan"), a croft, a villa, a
# summer house, a farm; "huset", "tomten" and "ateljén" are anyone's, so they need the village after the name
# a summer farm too ("fäboden på Granvallen", "sätern på Lillsätern")
_STRONG_HOME = (r"(?:[a-zåäö]*stuga|[a-zåäö]*stugan|torp|torpet|villa|villan|fritidshus|fritidshuset|sommarhus|"
                r"sommarhuset|gård|gården|släktgården|föräldragården|hemman|hemmanet|undantag|undantaget|sjöbod|"
                r"sjöboden|fäbod|fäboden|säter|sätern|fäbodställe|fäbodstället)")
_WEAK_HOME = r"(?:hus|huset|bostadshus|bostadshuset|boningshus|boningshuset|tomt|tomten|ateljé|ateljén)"
# a holding with its owner's word before it: "hans skifte", "sitt skogsskifte", "Perssons ägor" (a work shift is
# "skiftet" too, so the owner is needed)
_OWNER = rf"(?:hans|hennes|deras|sin|sitt|sina|min|mitt|mina|vår|vårt|dess|[{U}][{L}]+s)"
_HOLDING = r"(?:skifte|skiftet|skogsskifte|skogsskiftet|ägor|mark|marker|skog)"
_VILLAGE_AFTER = rf"(?=[ \t]+i[ \t]*\n?[ \t]*[{U}][{L}]+)"
# any name is the homestead's when its postal line follows ("fäboden på Bergsvallen, 830 24 Oviken"): the post
# reaches the home there
_POSTAL_AFTER = rf"(?=[ \t]*,[ \t]*\n?[ \t]*\d{{3}}[ \t]?\d{{2}}[ \t]+[{U}])"
# the part from "på" or "vid" on, which every match holds: the rule's gate too, as most pages lack it (the dwelling's
# words before it, tried at every word, cost far more)
_HOMESTEAD_TAIL = (rf"(?i:på|vid)[ \t]*\n?[ \t]*(?P<spot>{_HOMESTEAD_NAME}(?![\w-])|(?P<posted>{_NAME}){_POSTAL_AFTER})"
                   rf"(?![\w-])(?![ \t]*\d)")
HOMESTEAD_AFTER_HOME_WORD = compile_rule(
    rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG_HOME}))|(?P<weak>(?i:{_WEAK_HOME}))|{_OWNER}[ \t]+(?i:{_HOLDING}))"
    rf"[ \t]+{_HOMESTEAD_TAIL}"
)
_HOMESTEAD_GATE = compile_rule(_HOMESTEAD_TAIL)
_LIVED = r"(?:bor|bodde|bott|bosatt|bosatta|folkbokförd|folkbokförda|skriven|vistas|vistades|vistats)"
TWO_WORD_FARM_AFTER_LIVING = compile_rule(
    rf"(?<![\w-])(?i:{_LIVED})(?:[ \t]+[a-zåäö]+){{0,2}}?[ \t]+(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<spot>[{U}][{L}]{{2,}}(?:gården|gård|torpet|stugan|hemmanet)[ \t]+{_NAME})(?![\w-])(?![ \t]*\d)"
    rf"(?=[ \t]*(?:[.,;)]|\n|$)|[ \t]+i[ \t]*\n?[ \t]*[{U}])"
)
# a cabin whose name says it is no one's home: a health centre's ("sjukstugan"), a sauna, a club's or a guide's hut
_NOT_A_DWELLING = re.compile(r"(?i)^(?:sjuk|bad|bastu|klubb|rast|raststugan|värme|skid|fjäll|slalom|jakt|sport)")


# a line's or a table cell's start, and a postal code and its town ending the line or the cell
_LINE_OPENS = re.compile(r"(?:^|\n|\|)[ \t]*\Z")
_POSTAL_LINE_END = compiled(rf"[ \t]*,[ \t]*\n?[ \t]*\d{{3}}[ \t]?\d{{2}}[ \t]+[{U}][{L}]+(?:[ -][{U}][{L}]+)?[ \t]*(?:\n|\||$)")


def _check_homestead(text: str, m: re.Match[str]) -> Verdict | None:
    """The homestead after its dwelling's or holding's word; a plain house's or plot's only with its village after."""
    from redact.detect.address_labels import INSTITUTION
    from redact.detect.address_named_places import _town_or_country
    from redact.detect.places import authority_places

    spot = m.group("spot")
    if m.group("weak") and not re.match(_VILLAGE_AFTER, text[m.end("spot"):]):
        return None  # "huset på Kungsholmen": a district as often as a home
    if m.group("posted") and (_town_or_country(spot, text) or spot in authority_places(text)):
        return None  # "gården på Åby, 741 90 Åby", "Region Ön": the town or island the home is in, not its name
    if m.group("strong") and _NOT_A_DWELLING.match(m.group("strong")):
        return None
    if spot.lower() in ctx.NOT_A_NAME or (INSTITUTION.search(spot) and not spot.endswith(("gården", "gård"))):
        return None
    if re.search(rf"(?<![\w-]){re.escape(spot)}s?{_INSTITUTION_NOUN}", text):
        return None  # the place named as a care home or a school elsewhere in the text
    strong = m.group("strong")
    if (strong and strong[:1].isupper() and _LINE_OPENS.search(text, 0, m.start())
            and _POSTAL_LINE_END.match(text, m.end("spot"))):
        # the dwelling's own name opening a line or a cell that its postal line ends ("Fiskarstugan vid Lommen,
        # 816 91 Åby"): the whole line is where the post reaches (in a sentence it is a common noun: "Sommarstugan
        # på Kvarnbo, 761 94 Norrvik ägs av ...")
        return Verdict(m.start(), m.end("spot"), "a dwelling's own name and its homestead on a postal line")
    return Verdict(m.start("spot"), m.end("spot"), "a homestead named by its dwelling or its holding")


def _check_two_word_farm(text: str, m: re.Match[str]) -> Verdict | None:
    """A farm's two-word name after a word of living there, unless the text names it as an institution."""
    spot = m.group("spot")
    if spot.split()[-1].lower() in ctx.NOT_A_NAME:
        return None
    if re.search(rf"(?<![\w-]){re.escape(spot.split()[0])}s?{_INSTITUTION_NOUN}", text):
        return None
    return Verdict(m.start("spot"), m.end("spot"), "a farm's two-word name where someone lives")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    spot = m.group("spot")
    if spot.split()[-1].lower() in ctx.NOT_A_NAME:
        return None
    from redact.detect.address_countries import COUNTRY

    village = m.groupdict().get("village")
    if (village and spot.split()[-1][:1].isupper() and village.lower() not in ctx.NOT_A_NAME
            and not re.fullmatch(COUNTRY, village)):
        # a farm's own name ("Lilla Åby") and its village are one home, as a farm and its village are (farm_places);
        # a point of land or an island's part ("Västra udden, Ramsö") keeps its island outside, as after a street
        return Verdict(m.start("spot"), m.end("village"),
                       "a farm without a number and its village, where someone lives")
    return Verdict(m.start("spot"), m.end("spot"), "a home without a number where someone lives or stays")


# a cottage or a croft by its own name after its word ("Stugan Solbacka", "Torpet Lugnet", "Villa Björkudden"), its
# village after a comma, ending the clause: a home where the sentence before speaks of living or of a home ("har en
# bostad i Sverige som fritidshus, Stugan Solbacka, Åby."); elsewhere it may be a venue's or a firm's name. With its
# postal code and town after it ("Fäboden Granbodarna, 820 46 Ramsjö") a cottage, a croft or a shieling is where
# post reaches someone, a home wherever it stands (a cell of a list of addresses too).
NAMED_COTTAGE = compile_rule(
    rf"(?<![\w-])(?P<spot>(?:Stugan|Torpet|Villa|Villan|Sjöboden|Fäboden)[ \t]+{_NAME}"
    rf"(?:,[ \t]*\n?[ \t]*{_NAME})?)(?![\w-])(?![ \t]*\d)"
    rf"(?:(?P<post>[ \t]*,[ \t]*\n?[ \t]*\d{{3}}[ \t]?\d{{2}}[ \t]+[{U}][{L}]+(?:[ -][{U}][{L}]+)?)(?![\w-])"
    rf"|(?=[ \t]*(?:[.;)]|\n|$)))"
)
_HOME_CUE = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|folkbokförd|skriven|vistas|bostad|bostaden|fritidshus|"
                       r"fritidshuset|sommarhus|sommarhuset|sommarstuga|sommarstugan|adress|adressen|hem|hemmet)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?][ \t\n]+(?=[A-ZÅÄÖ])")


def _check_named_cottage(text: str, m: re.Match[str]) -> Verdict | None:
    """A cottage by its own name, and its village, when the sentence before it speaks of a home or living there or its
    postal code and town follow."""
    # (a villa by its name is a venue's or a firm's as often: "Villa Solgläntan, 795 91 Rättvik" hosts a course)
    if m.group("post") and not m.group("spot").startswith("Villa") and not any(w.lower() in ctx.NOT_A_NAME for w in re.findall(r"\w+", m.group("spot"))[1:]):
        return Verdict(m.start("spot"), m.end("post"), "a cottage by its own name with its postal address")
    before = text[max(0, m.start() - 160):m.start()]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    if not _HOME_CUE.search(before) or any(w.lower() in ctx.NOT_A_NAME for w in re.findall(r"\w+", m.group())[1:]):
        return None
    return Verdict(m.start("spot"), m.end("spot"), "a cottage by its own name where someone lives")


RULES = (
    Rule("spot_after_cue", SPOT_AFTER_CUE, score=0.75, check=_check,
         needs=("västra", "östra", "norra", "södra", "övre", "nedre", "yttre", "inre", "stora", "lilla", "gamla",
                "nya")),
    Rule("dwelling_after_cue", DWELLING_AFTER_CUE, score=0.75, check=_check,
         needs=("boden", "stugan", "torpet", "kojan", "villan")),
    Rule("owners_cabin", OWNERS_CABIN, score=0.75, check=_check,
         needs=("stuga", "torp", "sjöbod", "fritidshus", "sommarhus")),
    Rule("place_after_named_host", HOST_PLACE, score=0.7, check=_check_host_place, needs=("hos ",)),
    Rule("homestead_where_kept", KEPT_AT, score=0.7, check=_check_kept_at, needs=(" på",)),
    Rule("offroad_destination", OFFROAD_DESTINATION, score=0.7, check=_check_offroad_destination,
         needs=("skoter", "hjuling", "atv", "bandvagn", "terräng")),
    Rule("boat_lies_at_home", BOAT_LIES_AT, score=0.7, check=_check_kept_at, needs=("ligg", "låg", "förtöj", "sjösät")),
    Rule("homestead_after_home_word", HOMESTEAD_AFTER_HOME_WORD, score=0.75, check=_check_homestead,
         needs=(" på", " vid", "\npå", "\nvid"), gate=_HOMESTEAD_GATE),
    Rule("two_word_farm_after_living", TWO_WORD_FARM_AFTER_LIVING, score=0.75, check=_check_two_word_farm,
         needs=("gård", "torpet", "stugan", "hemmanet")),
    Rule("named_cottage", NAMED_COTTAGE, score=0.75, check=_check_named_cottage,
         needs=("stugan ", "torpet ", "villa ", "villan ", "sjöboden ", "fäboden ")),
)


# A home's cell with no number, three shapes a street's column holds: a dwelling by a place ("Vaktstugan vid Lönnsjö",
# "Torpet vid Kvarnsjön": the dwelling's word ends the first name), a house of an estate named by its place
# ("Drängstugan, Åsby prästgård", "Flygeln, Hammars gård") and a cottage by its village or harbour ("Fyrstugan,
# Ekö hamn", "Båtsmanstorpet, Näs": a cottage's word, not a hall's "-huset"). Each is where someone lives, as a farm
# and its village are; a cell alone, under a header of a home.
_DWELLING_CELL = compiled(
    rf"^[{U}][{L}]*(?:stugan|stuga|torpet|torp|huset|bostället|boställe|villan|kojan|flygeln|gården|boden)"
    rf"[ \t]+vid[ \t]+{_NAME}$"
    rf"|^{_NAME},[ \t]+{_NAME}s?[ \t]+(?:prästgård|herrgård|gård|kungsgård|säteri|bruk|kaplansgård|komministergård)$"
    rf"|^[{U}][{L}]*(?:stugan|torpet|bostället|kojan|boden),[ \t]+{_NAME}(?:[ \t]+(?:hamn|fiskeläge|by))?$"
    # a named house and the floor or wing of it that is the home ("Komministergården, övre våningen", "Prästgården,
    # norra flygeln", "Skolhuset, vindsvåningen"): the house has more than one door
    rf"|^[{U}][{L}]*(?:gården|gård|stugan|torpet|huset|bostället|villan|prästgård),[ \t]+"
    r"(?:(?:övre|nedre|mellersta|norra|södra|östra|västra)[ \t]+(?:våningen|planet|flygeln)"
    r"|övervåningen|undervåningen|bottenvåningen|vindsvåningen|källarvåningen|flygeln|annexet)$")


def dwelling_cell(value: str) -> bool:
    """True for a cell naming a dwelling by a place or a house of an estate, with no number."""
    return _DWELLING_CELL.match(" ".join(value.split())) is not None
