"""The homes a cell under a headed column may name: an address with a house number in any country's form, a
street, a village or a farm without one, places before a postcode, an address abroad in its named parts.

Part of ``redact.detect.table_columns`` (which see): ``redact.detect.table_values.value_fits`` asks these for a
column of homes, and the address rules for a cell after a home's label.
"""

from __future__ import annotations

import re

from redact.detect.address_unnumbered_homes import dwelling_cell
from redact.detect.address_village_streets import village_and_street
from redact.detect.first_chars import compiled
from redact.detect.table_birth_values import _DATE, _MONTH_DATE
from redact.detect.table_name_values import _is_title


_ADDRESS_VALUE = re.compile(
    r"^[A-ZÅÄÖ][\wåäöéü.\-]*(?:\s+[\wåäöéü.\-]+){0,3}\s+\d{1,4}(?:\s?[A-Za-z])?(?:\s*,\s*[\w\s]{0,30})?$|^Box\s+\d{1,6}$"
)
# An address in any country's form under a home header, taken whole: a house number after a capitalised name or a
# street word of any language ("Gäddsjö 14", "Lielā iela 14-3, Talsi, LV-3201", "vul. Shevchenka 31, s. Velyka
# Bahachka", "Los Aromos 315, Ñuñoa, Santiago"; Central America's "#" before it, "Calle Las Rosas #12, Col. Flor
# Blanca"), or before the street ("12 Phố Hàng Bạc, Hà Nội", "14 Elm Road").
_HOUSE_NO_COLON = re.compile(r"(?i)(?<![\w])(no|nr|n°)\.?:[ \t]*(?=\d)")
_STREET_WORDS = (r"al\.|pr\.|pl\.|os\.|a\.|iela|gatvė|g\.|ul\.|ulica|ulice|vul\.|vulytsia|ulitsa|prosp\.|prospekt|"
                 r"str\.|strada|calle|"
                 r"avenida|av\.|rua|via|rue|sokak|sokağı|sk\.|cad\.|caddesi|utca|út|tér|tänav|mnt|pst|gata|gatan|"
                 # Estonian streets by their short and long words ("Sadama tn 4-12", "Ranna tee 7", "Kuu põik 2")
                 r"tn\.?|tee|põik|puiestee|väljak|"
                 r"vägen|väg|gate|vei|veien|vej|gade|katu|tie|straße|strasse|weg|gasse|street|road|lane|shari'?|"
                 r"khiaban|kucheh|đường|phố|jalan|soi|ruta|camino|carrer|bd\.|bul\.|bulevar|bulevardul|calea|"
                 r"aleea|trg|cesta|náměstí|nám\.|třída|odos|leoforos|số|ngõ|ngách|hẻm|phường|quận|kuche")
_HOUSE_NUMBER = compiled(
    rf"(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?|(?i:{_STREET_WORDS}))[ \t]+(?:nr\.?[ \t]?|No\.?[ \t]?|\#[ \t]?)?\d{{1,5}}"
    r"(?:[ \t]?[A-Za-z])?(?:[/-]\d{1,4}[A-Za-z]?)?(?![\d:])"
    # (a house number before the street, a plot's and its house's joined by a slash as in India and Thailand: "14/2
    # Park Road", "99/14 Moo 3")
    r"|^\d{1,4}(?:/\d{1,4})?[A-Za-z]?,?[ \t]+[^\W\d_]"
)
_STREET_WORD = re.compile(rf"(?i:{_STREET_WORDS})")
# A public place or a room numbered in the cell is no home: "Elevhemmet, rum 14", "Avd 3"; nor a phone or a code.
_NOT_HOME = re.compile(r"(?i)(?<![\w])(?:rum|avd\.?|avdelning|plan|våning|sal|hus|korridor|säng|plats|kvarter|"
                       r"område|zon|linje|buss|tel\.?|tfn|mobil)[ \t]*\d")


# A lodging's or a home's room or ward by the place's name, no street ("Hagalund, rum 8", "Björkbacken avd. 3"): a
# home only where the header says "adress" ("Tidigare adress"); under "Bor under veckan" a boarding school's room
# ("Elevhemmet, rum 14") is left, as _NOT_HOME says.
# (a school's boarding house between the school and the room: "Ekbyskolan, internatet, rum 12")
_ROOM_HOME = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?"
                        r"(?:,?[ \t]+(?i:internatet|elevhemmet|elevboendet|internatboendet|studenthemmet))?"
                        r",?[ \t]+(?i:rum|avd\.?|avdelning)[ \t]+\d{1,4}[A-Za-z]?"
                        r"(?:,[ \t]*(?i:rum)[ \t]+\d{1,4}[A-Za-z]?)?$")
# (or the street's, "Gata", "Gatuadress", where a home with no street stands in the street's place)
_ADDRESS_WORD = re.compile(r"(?i)adress|^gat(?:a|an|or)\b")
# a district or a village named before the street, with a comma ("Ålidhem, Tvistevägen 48"), and a room's, a flat's
# or a floor's part after the house number (", rum 1104", ", lgh 1203", ", 3 tr")
_DISTRICT_FIRST = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?,[ \t]+(?=[A-ZÅÄÖ][\w-]*[ \t]+\d)")
# (a student corridor by its letter, then the room in it: ", korridor B, rum 7")
_UNIT_PART = re.compile(r"(?i)(?:(?<=\d)|(?<=\d[ \t][A-Za-z]))(?:,[ \t]*(?:rum|lgh|lägenhet|korridor)[ \t]+"
                        r"(?:\d{1,5}[a-z]?|[a-z](?=,|$)))+(?=,|$)|,[ \t]*\d[ \t]*tr\.?(?=,|$)")


# A street named without its number ("Magasinsgatan", "Björkgången", "Södra vägen"), or one capitalised place name
# alone ("Harbyholm"): under a header naming a home, not a town ("Bostad", "Bor", "Folkbokförd", "Vistas").
_STREET_ALONE = re.compile(
    r"^(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|S:t)\s+)?[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ]?[a-zåäöéü]+)?"
    r"(?:gatan|gata|vägen|väg|gången|gränd|gränden|stigen|stig|torget|backen|backe|allén|leden|gärdet|kroken|slingan|"
    r"svängen|plan|platsen|parken|stranden|kajen|bron|hagen|liden|ringen|länken|stråket)$"
    r"|^[A-ZÅÄÖÉÜ][a-zåäöéü]+\s+(?:gata|väg|vägen|gränd|allé|backe|torg|plan)$")
# the farm of a village by its place ("Övre gården" → a place), a village's quarter ("Risby norra" → "Risby")
_FARM_PART = re.compile(r"^(?:(?:Övre|Nedre|Mellan|Norra|Södra|Östra|Västra|Stora|Lilla)\s+gården"
                        r"|([A-ZÅÄÖÉÜ][a-zåäöéü]{3,})\s+(?:norra|södra|östra|västra|övre|nedre))$")
# a farm's name alone, its place in the genitive or not, and the farm's word ("Björkängens gård", "Lindå gård")
# (a summer farm, a shieling or a croft too, by its place in the genitive, the place's side before it: "Östra
# Skallbäckens fäbod", "Kallbergets säter")
_FARM_ALONE = re.compile(r"^(?:(?:Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla|Mellersta)\s+)?"
                         r"(?:([A-ZÅÄÖÉÜ][a-zåäöéü]{3,})s?\s+gård"
                         r"|([A-ZÅÄÖÉÜ][a-zåäöéü]{3,})s\s+(?:fäbod|fäboden|säter|sätern|säterbod|torp|torpet|fäbodvall))$")
# a farm, a summer farm, a shieling or a croft by its place in the genitive and its kind ("Björkängens gård",
# "Kallbergets fäbod", "Myrbackens säter", "Lövåsens torp"); the village or parish after it may be a short name
# ("Ore", "Ås"), the kind's word having said the cell is a home
# (a cabin too, by its owner's or its place's name in the genitive: "Heikkinens stuga", "Lövåsens stugan")
_FARM_KIND = re.compile(r"s\s+(?:gård|fäbod|fäboden|fäbodar|fäbodarna|säter|sätern|säterbod|torp|torpet|"
                        r"hemman|hemmanet|seter|setra|støl|stølen|stuga|stugan)$")
_PARISH = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü]{1,}(?:[\s-][A-ZÅÄÖÉÜ][a-zåäöéü]+)?$")
_DESIGNATION = re.compile(r"^([A-ZÅÄÖÉÜ][a-zåäöéü]{2,})\s+\d{1,3}:\d{1,4}$")
_PLACE_ALONE = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü]{3,}(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?$")
# a part of an island, a village or a shore by its side and a landscape's noun ("Tallholmen, Norra viken", "Ön,
# Södra udden"): where on the place a summer house or a farm stands, as a home's second part
_SIDE_OF_PLACE = re.compile(r"^(?:Norra|Södra|Östra|Västra|Övre|Nedre|Inre|Yttre|Stora|Lilla)\s+(?:viken|udden|stranden|"
                            r"sidan|änden|delen|hamnen|bryggan|holmen|skäret|berget|backen|byn|sundet|fladen|näset|"
                            r"ängen|lyckan|hagen|tomten)$")
_SIDE_AND_SHORT_NAME = re.compile(r"^(?:Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla)\s+[A-ZÅÄÖ][a-zåäö]{0,2}$")
# where a town is named, not a home: "Hemort", "Bostadsort", "Bor i", "Vistelseort"
_TOWN_HEADER = re.compile(r"(?i)^(?:\w*ort|stad|hemstad|\w*kommun|\w*land|.*\si)$")
# a place of no one's own: a shelter, an institution, or words saying there is none
# (the short words whole: "ingen" ends "övre våningen", "ja" a village's name)
_NO_HOME = re.compile(r"(?i)(?:boende|boendet|hem|hemmet|härbärge|härbärget|internat|internatet|hotell|hotellet|"
                      r"sjukhus|sjukhuset|skola|skolan|kommun|kommunen|saknas|"
                      r"utlandet|hemlös|husvagn|tält|uppgift|oklart"
                      r"|(?<![\w-])(?:okänd|okänt|ingen|inget|samma|bil|bilen|ute|ej|nej|ja))$")


def home_without_number(value: str, header: str = "") -> bool:
    """True for a cell that names a home without a house number: a street alone, or a village or farm alone under
    a header of a home (not of a town)."""
    v = " ".join(value.split())
    if not header or _TOWN_HEADER.search(header.strip().rstrip(".:")) or _NO_HOME.search(v):
        return False
    if _STREET_ALONE.match(v) or dwelling_cell(v) or village_and_street(v):
        # (a dwelling by a place, "Torpet vid Kvarnsjön": see address_unnumbered_homes; a village and its street,
        # "Njunjes sameby, Slussvägen": see address_village_streets)
        return True
    # a farm and its village ("Norrgården, Oxhult", "Tjärnlidens gård, Lillträsk"): two places, the home first
    parts = [p.strip() for p in v.split(",")]
    if len(parts) == 2 and all(parts):
        farm = _FARM_KIND.sub("", parts[0])
        if farm != parts[0] and _PLACE_ALONE.match(farm) and _PARISH.match(parts[1]):
            return all(not _is_title([p]) and not _country(p) and not _NO_HOME.search(p) for p in (farm, parts[1]))
        # a farm by its register designation, the village's name and the unit ("Önet 2:7, Oviken"), as a farm in the
        # countryside is addressed
        if (designated := _DESIGNATION.match(farm)) is not None:
            farm = designated.group(1)
        # or the farm's name first and the register designation after it ("Västergården, Ekeby 3:12"): the
        # designation's village is the home's place
        if (designated := _DESIGNATION.match(parts[1])) is not None:
            parts[1] = designated.group(1)
        # a farm by its place in the village ("Nedre gården", "Mellangården"), a village's part ("Backa södra")
        if (quarter := _FARM_PART.match(farm)) is not None:
            farm = quarter.group(1) or "Gården"
        if _SIDE_OF_PLACE.match(parts[1]) and _PLACE_ALONE.match(farm) and not _is_title([farm]) and not _country(farm):
            return not _NO_HOME.search(farm)  # "Tallholmen, Norra viken": the island, then where on it
        return all(bool(_PLACE_ALONE.match(p)) and not _is_title([p]) and not _country(p) and not _NO_HOME.search(p)
                   for p in (farm, parts[1]))
    # a farm by its name alone ("Björkängens gård", "Lindå gård"): the place before the farm's word
    if (farm := _FARM_ALONE.match(v)) is not None:
        name = farm.group(1) or farm.group(2)
        return not _is_title([name]) and not _country(name) and not _NO_HOME.search(name)
    # a village and its farm without a comma ("Bjursele Prästbol", "Ekby Östergården"): two place names
    words = v.split()
    if len(words) == 2:
        return all(bool(_PLACE_ALONE.match(w)) and not _is_title([w]) and not _country(w) and not _NO_HOME.search(w)
                   and not _BODY_WORD.match(w) for w in words)
    return bool(_PLACE_ALONE.match(v)) and not _is_title([v]) and not _country(v)


# a body's first word before its name ("Region Dalarna", "Kommunen Ekby"): no village
_BODY_WORD = re.compile(r"(?i)^(?:region|regionen|kommun|kommunen|landsting|landstinget|länsstyrelsen|stiftelsen|"
                        r"föreningen|förening|bolaget|firma|kyrkan|församling|församlingen|skolan|vårdcentralen)$")


# A home of place names alone with its postcode and post town ("Åsberget Norrgården, 915 94 Åsberget"): a village
# and a farm, no house number; the postcode says the cell is an address.
_PLACES_THEN_POSTCODE = re.compile(r"^(?P<home>[^,\d]{4,50}(?:,[ \t]*[^,\d]{4,50})?),[ \t]*\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[A-ZÅÄÖÉÜ][\w-]+)?$")


def places_with_postcode(value: str) -> bool:
    """True for a cell of one to three place names (a village, a farm; a named house and its village, "Prästgården,
    Ekby"; a farm by its place and its word, "Lönnebergs gård", "Lindå gård") followed by a Swedish postcode and town."""
    m = _PLACES_THEN_POSTCODE.match(" ".join(value.split()))
    if m is None:
        return False
    first, *rest = m.group("home").split(",")
    # (a place by its side's word and a short name, as villages and farms are named: "Norra Mo", "Västra Ed")
    if _SIDE_AND_SHORT_NAME.match(first.strip()):
        first = first.strip().split()[0]
    words = " ".join([_farms_place(first.strip()) or first, *rest]).split()
    return 1 <= len(words) <= 3 and all(
        _PLACE_ALONE.match(w) and not _is_title([w]) and not _country(w) and not _NO_HOME.search(w) for w in words)


def _farms_place(part: str) -> str | None:
    """The place a farm is named by, its farm's word in small letters after it and the genitive's "s" perhaps
    ("Lönnebergs gård", "Lindå gård", "Tallbackens torp" → "Lönneberg", "Lindå", "Tallbacken"); None for another part."""
    if (farm := _FARM_ALONE.match(part)) is not None:
        return farm.group(1) or farm.group(2)
    return _FARM_KIND.sub("", part) if _FARM_KIND.search(part) else None


def farm_with_postcode(value: str) -> bool:
    """True for a farm by its place and its word, then a Swedish postcode and town ("Lönnebergs gård, 574 91
    Vimmerby"): the farm's word says the places are a home, as a label's line gives it."""
    v = " ".join(value.split())
    return places_with_postcode(v) and _farms_place(v.split(",")[0].strip()) is not None


def _country(word: str) -> bool:
    from redact.detect.address_countries import COUNTRY

    return re.fullmatch(COUNTRY, word) is not None


def home_with_number(value: str) -> bool:
    """True for a cell that is an address in any country's form: a name or street word with its house number."""
    v = value.strip()
    if (len(v) > (100 if v.count(",") >= 3 else 70) or "@" in v or ":" in v or _NOT_HOME.search(v) or _DATE.match(v)
            or _MONTH_DATE.match(v)):
        return False
    letters = sum(ch.isalpha() for ch in v)
    first = v.split()[0].rstrip(",")
    if first[:1].islower() and "." not in first and "/" not in first and not _STREET_WORD.fullmatch(first):
        return False  # "bil, B 417 XKT", "husvagn hos bror": a lowercase word opens a note, not an address
    return letters >= 3 and _HOUSE_NUMBER.search(v) is not None


def parts_abroad(value: str) -> bool:
    """True for a cell of three comma-separated parts or more that name their kind: a part led by its number ("7-r
    khoroo", "12-üi"), a unit's word before a number ("kv. 23"), a quarter's word before a name ("Quartier Kipé"), or
    lowercase words of another language in two parts ("Umudugudu wa Nyamata, Akagari ka Kabeza, ...")."""
    from redact.detect.address_abroad import _FOREIGN_LOWER_IN, _KIND_WORD, _LOW_UNIT_AT, _NUMBER_LED_AT
    from redact.detect.address_cyrillic_parts import cyrillic_numbered_part

    parts = [p.strip() for p in value.split(",")]
    first = parts[0].split()[0] if parts[0] else ""
    # a lowercase abbreviation may open it ("mkr. Samal-2, d. 14, kv. 23, Almaty"), no other lowercase word (a note)
    if len(parts) < 3 or not all(parts) or not (first[:1].isupper() or first.endswith(".")):
        return False
    # a part led by its number, a unit's word before its number, or a quarter's or commune's word before its name
    # (the Cyrillic numbered parts of a Kazakh or Kyrgyz home, "7-үй, 34-пәтер": address_cyrillic_parts)
    return (any(_NUMBER_LED_AT.fullmatch(p) or _LOW_UNIT_AT.fullmatch(p) or cyrillic_numbered_part(p) for p in parts)
            or any(p[:1].isupper() and len(p.split()) > 1 and _KIND_WORD.match(p.split()[0]) for p in parts)
            or sum(bool(_FOREIGN_LOWER_IN.search(p)) for p in parts) >= 2)
