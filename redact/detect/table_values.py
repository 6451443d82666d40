"""What a cell under a headed column may hold: a value of the column's kind ("4 512" under
"Anst.nr", "Somchai" under "Förnamn", "IW / MWi" under "Sign."), never a header, a title or an
organisation.

Part of ``redact.detect.table_columns`` (which see).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from redact.detect.address_chains import care_home_before_street, named_home_with_parts
from redact.detect.address_asia import japanese_block_cell
from redact.detect.address_unnumbered_homes import dwelling_cell
from redact.detect.birth_cell_labels import birth_cell_core, birth_cell_label
from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.birth_value_shapes import more_birth_value
from redact.detect.birth_words import MONTH_YEAR, month_and_year_alone
from redact.detect.calendar_birth_dates import calendar_birth_value
from redact.detect.era_birth_dates import era_birth_value
from redact.detect.weapon_columns import weapon_cell
from redact.detect.worded_birth_dates_abroad import worded_birth_value
from redact.detect.month_names import MONTHS, ORDINAL_DAY
from redact.detect.id_labels import policy_cell, sample_code
from redact.detect.identity_headers import boat_mark_header, identity_header, mark_by_shape_only, plate_text, plate_text_header
from redact.detect.make_model_serials import serial_after_make
from redact.detect.initials_shapes import NUMBER_LEADS, hand_initials, plain_lower_initials
from redact.detect.not_initials import CELL_MARKS, CLUB_FORMS, NOT_INITIALS, UNITS
from redact.detect.postal_columns import code_and_town, postal_header, postal_value
from redact.detect.table_headers import (
    ADDRESS, BANK, BIRTH, CLEARING_HEADERS, FIRST, FULL, ID, LAST, PROPERTY, SIGN, _is_header, header_kind,
    header_words_only,
)

# the capitals of names from every Latin script count ("JĐ" for Jelena Đorđević, "ŁK", "ØH")
_INITIALS_CELL = re.compile(r"^[A-ZÅÄÖÉÜĐŠŽČĆŁŚŻØÆ" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
                            + r"](?:[^\W\d_]|[.\-]){0,6}$")
# the number, after its bank's name or its label in the cell ("Kiwi Bank 12-3456-7890123-00", "acct 0052 3381 47")
_BANK_VALUE = re.compile(r"^(?:[A-Za-zÅÄÖåäö][\w.&]*[ \t]+){0,4}\d[\d \u00a0-]{3,24}\d$")
# a clearing number under its own header: four digits, Swedbank's with a check digit ("8105-9", "83279")
_CLEARING_VALUE = re.compile(r"^[1-9]\d{3}(?:[-\u2010-\u2013]?\d)?$")
# a birth date in any common form: "2012-04-19", "120419", "3.1.2013", "14/7 2011" (the year after a space), "5 maj 2012",
# "den 5 maj 2012", "5 maj -12" (the year's last two digits), "May 5, 2012"
# the months other countries name in two words ("Kanun al-Thani", "kanûna paşîn"): a one-word month's place in the
# date holds them too
_TWO_WORD_MONTH = "|".join(r"\s+".join(re.escape(part) for part in name.split())
                           for name in sorted(MONTHS_ABROAD, key=len, reverse=True) if " " in name)
_BIRTH_VALUE = re.compile(
    rf"^(?:\d{{1,2}}\.?\s+(?i:{_TWO_WORD_MONTH})\s+(?:19|20)\d\d|"
    # (a dotted date keeps a dot after its day as Hungarian papers write it: "2014.11.02.")
    r"(?:19|20)\d\d[-/.]?\d\d[-/.]?\d\d(?:(?<=\.\d\d)\.)?|\d\d(?:0[1-9]|1[0-2])\d\d|"
    # (the year first with the month and the day in one digit where they have one, as Chinese papers write it:
    # "1962.4.9"; one separator throughout)
    r"(?:19|20)\d\d(?:\.\d{1,2}\.\d{1,2}|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})|\d{1,2}[-/.]\d{1,2}(?:[-/.]|\s+[-–'’]?)(?:19|20)?\d\d|"
    r"(?:den\s+)?\d{1,2}:?e?\s+[a-zåäöA-ZÅÄÖ]{3,9}\.?\s+(?:(?:19|20)\d\d|[-–'’]\d\d)|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
    # as other countries write it: "3. April 1979", "3 de marzo de 1985", "12. 03. 1987.", "1979. április 3."
    # (the Somali day with its "-ka": "9-ka Sebtembar 1988", the Kurmanji day with its ezafe: "4ê Gulanê 1990"; the year
    # first with the Georgian year's word: "2000 წ. 21 მაისი")
    r"\d{1,2}(?:\.|er|st|nd|rd|th|-ka|ê)?\s+(?:de\s+|of\s+)?[^\W\d_]{3,13}\.?\s+(?:de\s+)?(?:19|20)\d\d\.?|"
    r"(?:19|20)\d\d\s?წ\.\s+\d{1,2}\s+[^\W\d_]{3,13}|"
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?|\d{1,2}([-/])[A-Za-z]{3}\1(?:19|20)\d\d|"
    r"(?:19|20)\d\d\.?\s+(?:m\.\s+)?[^\W\d_]{3,13}\.?\s+\d{1,2}\.?(?:\s+d\.)?|"
    # the year, "gada" and the day before the month, as Latvian papers write it: "1979. gada 4. marts"
    r"(?:19|20)\d\d\.\s+(?:gada|g\.)\s+\d{1,2}\.\s+[^\W\d_]{3,13}|"
    # the month by its number after its word or before its sign: "ngày 6 tháng 9 năm 1978", "1978年9月6日"
    r"(?:[Nn]gày\s+)?\d{1,2}\s+tháng\s+\d{1,2},?\s+(?:năm\s+)?(?:19|20)\d\d|"
    r"(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|"
    # the year, the month and the day each with its dot and a space, as Korean papers write it: "1999. 7. 25."
    r"(?:19|20)\d\d\.\s\d{1,2}\.\s\d{1,2}\.?"
    # the month in Roman numerals, as Polish, Hungarian and Ukrainian papers write it: "8.IV.1979", "7 VII 1991"
    r"|\d{1,2}(?:\.\s?|\s|-|/)(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:\.\s?|\s|-|/)(?:19|20)\d\d\.?)"
    # the year's word after the date: Bulgarian and Russian "г." ("17.04.1986 г."), Serbian "god.", Polish "r.",
    # Ukrainian "р." and "року", Kazakh "ж." and "жылы", Georgian "წ."
    r"(?:\s(?:г\.|год\.|година|года|[Gg]od\.|godine|r\.|р\.|року|ж\.|жылы|წ\.))?$"
)
# the separators of several birth dates listed in one cell, as the children's names beside them are ("Sagal, Idil" |
# "12/3 2016, 8/10 2019"; "2016-03-12 och 2019-10-08"; "12.03.2016; 08.10.2019")
# (two persons' dates "respektive" in the order of the names beside them: "1968 resp. 1972" under "Född")
# (two persons' dates joined by a slash, as two names are: "1950-03-04 / 1952-07-08", "1968/1972"; not the slash inside
# one date, "12/3 2016": only after a year or an ISO date's day)
_LIST_SEP = re.compile(r"[ \t]*(?:[,;&]|[ \t](?:och|resp\.|respektive)(?=[ \t])|[ \t]/(?=[ \t])"
                       r"|(?:(?<=(?<!\d)(?:19|20)\d\d)|(?<=\d\d-\d\d))/(?=[ \t]*\d))[ \t]*")


def birth_dates_listed(value: str, header: str = "") -> list[tuple[int, int]] | None:
    """The spans of the birth dates a cell lists (two or more, each a birth date whole, or a year alone under a
    birth column's ``header``), else None."""
    spans, pos = [], 0
    for m in [*_LIST_SEP.finditer(value), None]:
        a, b = (m.start(), m.end()) if m else (len(value), len(value))
        part = value[pos:a]
        lead = len(part) - len(part.lstrip())
        if not (_BIRTH_VALUE.match(part.strip()) or birth_year_alone(part.strip(), header)):
            return None
        spans.append((pos + lead, pos + len(part.rstrip())))
        pos = b
    return spans if len(spans) >= 2 else None


# a year alone where the birth date would stand ("1951" under "Född"): all the writer knew of the birth, and as much
# a birth as "född 1951" in running text; only under a header that names the birth (no header given: no year)
# (or by its last two digits after a dash or an apostrophe, as a register's column writes it: "-58", "’69")
_YEAR_ALONE = re.compile(r"^(?:(?:19|20)\d\d|[-–'’]\d\d)$")


# (or a year of the Iranian calendar, as an Afghan tazkira gives no more: "1359", 1980 in ours; from 1300, 1921 in ours)
_SOLAR_YEAR_ALONE = re.compile(r"^1[34]\d\d$")
_SOLAR_YEAR_BEHIND = 621


def birth_year_alone(value: str, header: str) -> bool:
    """True for a year alone, not after this one, under a birth column's header ("Född", "Födelsedatum")."""
    from redact.detect.month_names import full_year

    if not header.strip():
        return False
    if _SOLAR_YEAR_ALONE.match(value):
        return 1300 <= int(value) <= _dt.date.today().year - _SOLAR_YEAR_BEHIND and header_kind(header) == BIRTH
    return bool(_YEAR_ALONE.match(value)) and full_year(value) <= _dt.date.today().year and header_kind(header) == BIRTH


_PROPERTY_VALUE = re.compile(
    # more units of the same tract may follow: "Kallholmen 1:25 och 1:26", "Björken 4, 5"
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+\d{1,4}(?::\d{1,4})?"
    r"(?:(?:,|\s+och|\s+&)\s+\d{1,4}(?::\d{1,4})?)*$|^(?:S:t\s+)[\w\s]+\d{1,4}(?::\d{1,4})?$"
    # a village and its block and unit typed in lower case ("hemsjöbodarna 1:88")
    r"|^[a-zåäö][a-zåäö-]{3,}\s+\d{1,4}:\d{1,4}$"
)
_ADDRESS_VALUE = re.compile(
    r"^[A-ZÅÄÖ][\wåäöéü.\-]*(?:\s+[\wåäöéü.\-]+){0,3}\s+\d{1,4}(?:\s?[A-Za-z])?(?:\s*,\s*[\w\s]{0,30})?$|^Box\s+\d{1,6}$"
)
# An address in any country's form under a home header, taken whole: a house number after a capitalised name or a
# street word of any language ("Gäddsjö 14", "Lielā iela 14-3, Talsi, LV-3201", "vul. Shevchenka 31, s. Velyka
# Bahachka", "Los Aromos 315, Ñuñoa, Santiago"), or before the street ("12 Phố Hàng Bạc, Hà Nội", "14 Elm Road").
_HOUSE_NO_COLON = re.compile(r"(?i)(?<![\w])(no|nr|n°)\.?:[ \t]*(?=\d)")
_STREET_WORDS = (r"al\.|pr\.|pl\.|os\.|a\.|iela|gatvė|g\.|ul\.|ulica|ulice|vul\.|vulytsia|ulitsa|prosp\.|prospekt|"
                 r"str\.|strada|calle|"
                 r"avenida|av\.|rua|via|rue|sokak|sokağı|sk\.|cad\.|caddesi|utca|út|tér|tänav|mnt|pst|gata|gatan|"
                 r"vägen|väg|gate|vei|veien|vej|gade|katu|tie|straße|strasse|weg|gasse|street|road|lane|shari'?|"
                 r"khiaban|kucheh|đường|phố|jalan|soi|ruta|camino|carrer|bd\.|bul\.|bulevar|bulevardul|calea|"
                 r"aleea|trg|cesta|náměstí|nám\.|třída|odos|leoforos|số|ngõ|ngách|hẻm|phường|quận|kuche")
_HOUSE_NUMBER = re.compile(
    rf"(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?|(?i:{_STREET_WORDS}))[ \t]+(?:nr\.?[ \t]?|No\.?[ \t]?)?\d{{1,5}}"
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
_ROOM_HOME = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?,?[ \t]+(?i:rum|avd\.?|avdelning)[ \t]+\d{1,4}[A-Za-z]?"
                        r"(?:,[ \t]*(?i:rum)[ \t]+\d{1,4}[A-Za-z]?)?$")
# (or the street's, "Gata", "Gatuadress", where a home with no street stands in the street's place)
_ADDRESS_WORD = re.compile(r"(?i)adress|^gat(?:a|an|or)\b")
# a district or a village named before the street, with a comma ("Ålidhem, Tvistevägen 48"), and a room's, a flat's
# or a floor's part after the house number (", rum 1104", ", lgh 1203", ", 3 tr")
_DISTRICT_FIRST = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?,[ \t]+(?=[A-ZÅÄÖ][\w-]*[ \t]+\d)")
_UNIT_PART = re.compile(r"(?i)(?:(?<=\d)|(?<=\d[ \t][A-Za-z])),[ \t]*(?:rum|lgh|lägenhet|korridor)[ \t]+\d{1,5}[a-z]?(?=,|$)|,[ \t]*\d[ \t]*tr\.?(?=,|$)")

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
_PLACE_ALONE = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü]{3,}(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?$")
# a part of an island, a village or a shore by its side and a landscape's noun ("Tallholmen, Norra viken", "Ön,
# Södra udden"): where on the place a summer house or a farm stands, as a home's second part
_SIDE_OF_PLACE = re.compile(r"^(?:Norra|Södra|Östra|Västra|Övre|Nedre|Inre|Yttre|Stora|Lilla)\s+(?:viken|udden|stranden|"
                            r"sidan|änden|delen|hamnen|bryggan|holmen|skäret|berget|backen|byn|sundet|fladen|näset|"
                            r"ängen|lyckan|hagen|tomten)$")
# where a town is named, not a home: "Hemort", "Bostadsort", "Bor i", "Vistelseort"
_TOWN_HEADER = re.compile(r"(?i)^(?:\w*ort|stad|hemstad|\w*kommun|\w*land|.*\si)$")
# a place of no one's own: a shelter, an institution, or words saying there is none
# (the short words whole: "ingen" ends "övre våningen", "ja" a village's name)
_NO_HOME = re.compile(r"(?i)(?:boende|boendet|hem|hemmet|härbärge|härbärget|internat|internatet|hotell|hotellet|"
                      r"sjukhus|sjukhuset|skola|skolan|kommun|kommunen|saknas|"
                      r"utlandet|hemlös|husvagn|tält|uppgift|oklart"
                      r"|(?<![\w-])(?:okänd|okänt|ingen|inget|samma|bil|bilen|ute|ej|nej|ja))$")


# A header naming the residents and their housing alike ("Boende"), and the words of a housing no one owns.
RESIDENTS_HEADER = re.compile(r"(?i)^(?:boende|boendet|bostad|bor)[ \t.:]*$")
_INSTITUTION_WORD = re.compile(r"(?i)^\w*(?:hem|hemmet|boende|boendet|hotell|hotellet|härbärge|härbärget|lägenhet|"
                               r"lägenheten|vandrarhem|vandrarhemmet|internat|internatet|pensionat|pensionatet|"
                               r"stugby|stugbyn|camping|campingen)$")


def home_without_number(value: str, header: str = "") -> bool:
    """True for a cell that names a home without a house number: a street alone, or a village or farm alone under
    a header of a home (not of a town)."""
    v = " ".join(value.split())
    if not header or _TOWN_HEADER.search(header.strip().rstrip(".:")) or _NO_HOME.search(v):
        return False
    if _STREET_ALONE.match(v) or dwelling_cell(v):
        return True  # (a dwelling by a place, "Torpet vid Kvarnsjön": see address_unnumbered_homes)
    # a farm and its village ("Norrgården, Oxhult", "Tjärnlidens gård, Lillträsk"): two places, the home first
    parts = [p.strip() for p in v.split(",")]
    if len(parts) == 2 and all(parts):
        farm = re.sub(r"s\s+gård$", "", parts[0])
        # a farm by its place in the village ("Nedre gården", "Mellangården"), a village's part ("Backa södra")
        if (quarter := _FARM_PART.match(farm)) is not None:
            farm = quarter.group(1) or "Gården"
        if _SIDE_OF_PLACE.match(parts[1]) and _PLACE_ALONE.match(farm) and not _is_title([farm]) and not _country(farm):
            return not _NO_HOME.search(farm)  # "Tallholmen, Norra viken": the island, then where on it
        return all(bool(_PLACE_ALONE.match(p)) and not _is_title([p]) and not _country(p) and not _NO_HOME.search(p)
                   for p in (farm, parts[1]))
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
_PLACES_THEN_POSTCODE = re.compile(r"^(?P<home>[^,\d]{4,50}),[ \t]*\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[A-ZÅÄÖÉÜ][\w-]+)?$")


def places_with_postcode(value: str) -> bool:
    """True for a cell of one to three place names (a village, a farm) followed by a Swedish postcode and town."""
    m = _PLACES_THEN_POSTCODE.match(" ".join(value.split()))
    if m is None:
        return False
    words = m.group("home").split()
    return 1 <= len(words) <= 3 and all(
        _PLACE_ALONE.match(w) and not _is_title([w]) and not _country(w) and not _NO_HOME.search(w) for w in words)


def _country(word: str) -> bool:
    from redact.detect.address_abroad import COUNTRY

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

    parts = [p.strip() for p in value.split(",")]
    first = parts[0].split()[0] if parts[0] else ""
    # a lowercase abbreviation may open it ("mkr. Samal-2, d. 14, kv. 23, Almaty"), no other lowercase word (a note)
    if len(parts) < 3 or not all(parts) or not (first[:1].isupper() or first.endswith(".")):
        return False
    # a part led by its number, a unit's word before its number, or a quarter's or commune's word before its name
    return (any(_NUMBER_LED_AT.fullmatch(p) or _LOW_UNIT_AT.fullmatch(p) for p in parts)
            or any(p[:1].isupper() and len(p.split()) > 1 and _KIND_WORD.match(p.split()[0]) for p in parts)
            or sum(bool(_FOREIGN_LOWER_IN.search(p)) for p in parts) >= 2)


# an invoice's address column ("Fakturaadress", "Faktureringsadress") and a post box in it
_INVOICE_HEADER = re.compile(r"(?i)faktur")
_BOX = re.compile(r"(?i)^box\s+\d")

# a key's or a lock's short code: two digits and a letter, joined ("K-33", "B7"); "C 14" is a grave or a seat
# a radio call sign as the ITU gives them to ships and boats: letters alone ("SFTG", "DKWH"), letters with a digit
# ("SJRB4") or a short series with its number ("OJ 2418"); two letters at least, capitals and digits only
_CALL_SIGN = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?=[A-Z0-9 ]{3,9}$)[A-Z0-9]{2,7}(?: [A-Z0-9]{1,4})?$")
# an aircraft's registration: the country's letters, a dash, the aircraft's letters ("SE-KLR", "OH-U12", "D-EFGH")
_REGISTRATION = re.compile(r"^[A-Z]{1,2}-[A-Z0-9]{3,5}$")
# a login as a university or a system hands them out: small letters of the person's names, then a digit or a few
# ("emrau-7", "kalj0042", "ab1234")
_LOGIN = re.compile(r"^[a-zåäö]{2,10}[-._]?\d{1,6}$")
_LOGIN_HEADER = re.compile(r"(?i)student-?id|användar(?:namn|-?id)|anv\.?[ -]?(?:namn|id)|login|inloggning|user[ -]?(?:name|id)")
_SHORT_CODE = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}-?\d\d|\d\d-?[A-ZÅÄÖ]{1,2})$")
# a span of hours ("08–12", "13.00–17.00"): a work shift under "Pass", no identifier
_HOURS = re.compile(r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?[ \t]*[-–][ \t]*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$")
_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")
# a year or a span of years ("2027", "2025–2027"), or a month's name and a year ("oktober 2027", a dateline's end)
_YEARS = re.compile(rf"^(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?|{MONTH_YEAR})$")
# a date under an identifier's header: a year of four digits is this or the last century's ("0419/22" is a number)
_ID_DATE = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2})[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")
# A weekday's name, whole or short: a roster's columns are headed by the days ("Lör 7/11", "Sön 8/11").
_WEEKDAY = re.compile(r"(?i)^(?:mån|tis|ons|tor|tors|fre|lör|sön)\.?$|^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?$")


def _day_headers(value: str) -> bool:
    """True for a roster's header cells read as one value ("Lör 7/11 Sön 8/11 Sign"): weekdays, their dates and
    header words only, a weekday among them."""
    words = value.split()
    return any(_WEEKDAY.match(w) for w in words) and all(
        _WEEKDAY.match(w) or _ID_DATE.match(w) or header_kind(w) is not None for w in words)


# a date with the month's name, whole or short ("1 okt", "15 december 2026"): a move-in's or a deadline's day
_MONTH_DATE = re.compile(r"(?i)^\d{1,2}(?:\.|:e|:a)?[ \t]+(?:jan|feb|febr|mar|mars|apr|april|maj|jun|juni|jul|juli|aug|"
                         r"sep|sept|okt|nov|dec|januari|februari|augusti|september|oktober|november|december)\.?"
                         r"(?:[ \t]+(?:19|20)\d\d)?$")
# the authority's own case number, letters, the year and a serial ("BN 2026-0493", "KS 2027/112"): where a table is
# read one cell a line and its columns slip, it may fall under a code's header; it is nobody's code
_CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]{1,6}[ \u00a0](?:19|20)\d\d[-/]\d{1,4}$")


# a header naming what is issued to one person: a card, a certificate, a licence ("Jaktkort", "Kursintyg", "Licens")
_ISSUED_HEADER = re.compile(r"(?i)kort|intyg|bevis|licens|certifikat|legitimation|diplom|behörighet")
# "den" before a date, or its short form "d." ("d. 14 maj 2013"), as a clerk writes it in a birth column's cell too
# (the birth word itself too, where a cell repeats it before a year: "f. 77" under "Gäldenär f.")
_DATE_ARTICLE = re.compile(r"(?i)(?:den\s+|d\.\s*|(?P<born>f\.|född)\s*)(?=\d)")
_TWO_DIGITS = re.compile(r"\d\d$")
# the Swahili "tarehe" ("the date") that a Tanzanian or Kenyan paper's date opens with, copied into the cell with it
# ("tarehe 4 Aprili 1976"): the cell is still a date, masked whole
_DATE_WORD_ABROAD = re.compile(r"(?i)tarehe\s+(?=\d)")
# the Eastern Arabic and the Persian digits, as an Iranian or an Afghan paper's date is copied ("۱۳۶۲/۰۲/۱۷")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# a date with its day in words, as a clerk writes a birth date out ("femte maj 1938", "den tjugoförsta mars 1950")
_WORDED_DAY_DATE = re.compile(rf"(?i)^(?:den\s+)?(?:{ORDINAL_DAY})\s+(?:{'|'.join(MONTHS)})\s+(?:19|20)\d\d$")
# a person's age in brackets after a birth year or date, in any language's word for years ("1986 (41 lat)", "1979 (46
# år)", "1990 (35 years)")
_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,3}(?:\s+(?:år|lat|let|years?|yrs?\.?|ans|jahre|anni|años|vuotta|éves|godina|"
                        r"года|лет|років|yaş|sano))?\s*\)$", re.IGNORECASE)


def birth_article(value: str) -> int:
    """The length of the "den" or "d." that opens a birth column's cell before its date (no part of the date), or of
    a foreign paper's birth label copied with it ("urodz.", "D.T.:"), or 0."""
    m = _DATE_ARTICLE.match(value)
    return m.end() if m else birth_cell_label(value)


_PERSONNUMMER_HEADER = re.compile(r"(?i)^(?:personnummer|personnr\.?|pers\.?[ ]?nr\.?|pnr|p-nr|p\.nr|person-nr|"
                                  r"samordningsnummer|personnummer/samordningsnummer)$")


def birth_date_for_personnummer(value: str, header: str) -> bool:
    """True for a whole birth date in a personnummer's column: a person with no Swedish number (a visitor, a
    foreign guest) is identified by the date instead, and the date is theirs as the number would be."""
    v = value.strip()
    return ((bool(_PERSONNUMMER_HEADER.match(header.strip())) or identity_header(header)) and bool(_BIRTH_VALUE.match(v))
            and not re.fullmatch(r"(?:19|20)?\d{6}", v))


def askew_in_personnummer_column(value: str, header: str) -> bool:
    """True for a code of fewer than six digits placed under a personnummer's header by a row's stride: a row read
    askew (header cells nobody listed shift the cells), another column's code ("SV-27-041", "SR-3301")."""
    return bool(_PERSONNUMMER_HEADER.match(header.strip())) and sum(ch.isdigit() for ch in value) < 6


_NAME_AGE = r"[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?[ \t]+\d{1,2}(?:[ \t]+(?:år|mån\.?))?"
#: Names each with an age, as a family's children are listed in one cell ("Ruta 9, Daniel 6", "Elin 4 år och Max 2").
NAMES_WITH_AGES = re.compile(rf"^{_NAME_AGE}(?:(?:[ \t]*,|[ \t]+och)[ \t]+{_NAME_AGE})*$")
NAME_IN_AGES = re.compile(r"[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?")


def _birth_value(v: str, header: str) -> bool:
    """True when ``v`` is a birth date, a birth year or a month and a year as a birth column's cell writes it."""
    v = v[birth_article(v):].translate(_WESTERN_DIGITS)
    v = v[word.end():] if (word := _DATE_WORD_ABROAD.match(v)) else v
    v = _AGE_AFTER.sub("", v)  # "1986 (41 lat)": the age the year gives, in brackets after it
    # (a date of another calendar too: "1 farvardin 1358", "3 Ramadan 1434": see calendar_birth_dates)
    return (bool(_BIRTH_VALUE.match(v)) or birth_year_alone(v, header) or month_and_year_alone(v)
            or calendar_birth_value(v) or era_birth_value(v) or bool(_WORDED_DAY_DATE.match(v))
            or worded_birth_value(v) or more_birth_value(v)
            or birth_dates_listed(v, header) is not None)


def birth_cell_span(value: str, header: str) -> tuple[int, int]:
    """The span a birth column's cell masks: past the article before the date ("d. 14 maj 2013"), or the date alone
    inside the words around it ("1983 doğumlu", "ngày 5/11/1979")."""
    if not _birth_value(value, header) and (core := birth_cell_core(
            value, lambda part: _birth_value(part, header))) is not None:
        return core
    return birth_article(value), len(value)


def value_fits(kind: str, value: str, header: str = "") -> bool:
    """True when ``value`` can be what a column of ``kind`` holds (an empty or header-like cell is not);
    ``header``, when given, is the column's header cell."""
    v = value.strip()
    # an address abroad in its parts runs longer than any other cell's value ("No. 7, Alley 3, Lane 120, ..., Taipei")
    longest = 100 if kind == ADDRESS and v.count(",") >= 3 else 60
    if not v or _is_header(v) or len(v) > longest or (not any(ch.isdigit() for ch in v) and header_words_only(v)):
        return False
    if kind == BANK:
        if header.strip().lower() in CLEARING_HEADERS:
            return bool(_CLEARING_VALUE.match(v))
        return bool(_BANK_VALUE.match(v)) and sum(ch.isdigit() for ch in v) >= 6 and not _DATE.match(v)
    if kind == BIRTH:
        if (born := _DATE_ARTICLE.match(v)) and born.group("born") and _TWO_DIGITS.match(v[born.end():]):
            return bool(header.strip()) and header_kind(header) == BIRTH  # "f. 77": a birth year by its two digits
        # (or the date with a word or a bracket around it: "1983 doğumlu", "ngày 5/11/1979": see birth_cell_labels)
        return _birth_value(v, header) or birth_cell_core(v, lambda core: _birth_value(core, header)) is not None
    if kind == PROPERTY:
        return bool(_PROPERTY_VALUE.match(v))
    if kind == ADDRESS and postal_header(header):
        return postal_value(v)  # "871 95", "Ödsbyn" under "Postnr", "Ort" beside a column of homes
    if kind == ADDRESS and (_ROOM_HOME.match(v) or named_home_with_parts(v)) and _ADDRESS_WORD.search(header):
        # "Hagalund, rum 8", "Tallbo, sektion B" under "Tidigare adress": the header says the room is where someone
        # lived, whatever the part's word (address_chains)
        return True
    if kind == ADDRESS:
        # "No: 14", "Nr: 3" number a house abroad ("Atatürk Cad. No: 14"); any other colon is a label's
        if _MONTH_DATE.match(v) or (_INVOICE_HEADER.search(header) and _BOX.match(v)):
            return False  # a box under an invoice header is a company's or an authority's, where bills go
        # (a postal code and its town beside the street's cell, under "Postadress": "7500000 Providencia, Santiago")
        if not _NOT_HOME.search(v) and ((":" not in v and bool(_ADDRESS_VALUE.match(v))) or home_with_number(_HOUSE_NO_COLON.sub(r"\1 ", v))
                or home_without_number(v, header) or places_with_postcode(v) or parts_abroad(v)
                or japanese_block_cell(v) or (code_and_town(v) and _ADDRESS_WORD.search(header))):
            return True
        # "Ålidhem, Tvistevägen 48, rum 1104, 907 36 Umeå": a district before the street, a student's room or a
        # flat's number after it; the street and the postal town say it is a home
        # (a room alone, "Avd. 4, rum 12", is a ward's or a school's: the room counts only after a street's number)
        # (a care home and its room before the street: "Vasa korttidsboende Eken, rum 3, Ekgatan 4, 214 10 Malmö")
        bare = _UNIT_PART.sub("", _DISTRICT_FIRST.sub("", v[care_home_before_street(v):], count=1))
        return bare != v and bool(bare) and not _NOT_HOME.search(bare) and value_fits(kind, bare, header)
    if kind == ID and birth_date_for_personnummer(v, header):
        return True  # "1999-10-21" under "Personnummer": someone with no Swedish number gave a birth date
    if kind == ID and (_CALL_SIGN.match(v) or _REGISTRATION.match(v)) and boat_mark_header(re.sub(r"\s*\(.*\)$", "", header)):
        # "SFTG", "SJRB4", "OJ 2418" under "Anropssignal", "SM5QRT" under "Signal", "BN 14" under "Distr.", "SE-MFX"
        # under "Plan": a vessel's or an amateur's call sign or an aircraft's registration may hold few digits or none
        return True
    if kind == ID and plate_text_header(re.sub(r"\s*\(.*\)$", "", header)):
        # "MORMOR", "EK 1" under "Skylt": a personalised plate's text is any word, so its shape alone counts there
        return plate_text(v)
    if kind == ID and mark_by_shape_only(re.sub(r"\s*\(.*\)$", "", header)):
        return False  # "6 × 2 440" under a payment's "Plan": the word heads a mark only over a mark's shape
    if kind == ID and not sample_code(header, v):
        return False  # "godkänt 2026-05-20" under "Prov": a test's result, no sample's code
    if kind == ID and not (policy_cell(header, v) and weapon_cell(header, v)):
        # "1 250 kr", "Ja" under "Försäkring", "Sako 85 .308" under "Vapen": no insurer's policy, no licence's code
        return False
    if kind == ID and _LOGIN.match(v) and _LOGIN_HEADER.search(header):
        return True  # "emrau-7", "kalj0042" under "Studentid", "Användarnamn": a person's login has few digits
    if kind == ID:
        digits = sum(ch.isdigit() for ch in v)
        # three digits at least, as after a label: a found number is masked wherever it stands in the document
        # a key's or a lock's short code has two digits and a letter ("K-33", "B7")
        # (a make before a serial, "Audiva Lyra 7710 22 45", is part of the cell but no part of its length)
        return ((digits >= 3 or _SHORT_CODE.match(v) is not None) and len(serial_after_make(header, v)) <= 24
                and not _ID_DATE.match(v)
                and not _HOURS.match(v) and not _day_headers(v)
                # a year alone ("2027", "2025–2027") or after its month is a period's or a dateline's, a row's cell
                # read askew: no number anyone is given
                and not _YEARS.match(v)
                # a card's or a certificate's code has the case number's shape too ("JK 2026-1187" under "Jaktkort")
                and (not _CASE_NUMBER.match(v) or bool(_ISSUED_HEADER.search(header))))
    if kind in (FULL, FIRST) and NAMES_WITH_AGES.match(v):
        return True  # "Ruta 9, Daniel 6" in a "Barn" cell: children's first names with their ages
    if kind in (FULL, FIRST) and (_SMALL_INITIALS.match(v) or hand_initials(v)):
        return True  # "e.m", "a-l.k" in an "Elev" cell: a pupil named by initials as hands write them
    if any(ch.isdigit() for ch in v) or "@" in v or ":" in v:
        return False  # a "Label: value" line below the table is no name cell
    words = v.split()
    if kind in (FULL, FIRST, LAST, SIGN) and len(words) >= 2 and words[-1] in _CLOSING_PREPOSITIONS:
        return False  # "Nås på", "Betalas till": a header cell nobody listed, read where the first row's name stands
    if kind in (FULL, FIRST, LAST, SIGN) and len(words) >= 2 and words[-1] == "den":
        return False  # "Ekby den" of "Ekby den 4 maj 2027": the dateline below the table, its date cut off
    if kind in (FULL, FIRST, LAST) and len(words) >= 2 and all(len(w) == 1 and w.isupper() for w in words):
        return False  # "F A" in an "Elev" cell: a school class (the preschool class's group A), no one's name
    from redact.detect.group_names import group_name

    if kind in (FULL, FIRST, LAST, SIGN) and v.lower() in _DECISIONS:
        return False  # "Beviljas", "Avslag" where a table's rows have slipped: the decision's column, no name
    if kind in (FULL, FIRST, LAST, SIGN) and group_name(v):
        return False  # "Ekby Tidning", "Åby Byalag" under "Sökande": the applicant is a group, no person
    if kind in (FULL, FIRST) and RESIDENTS_HEADER.match(header.strip()) and any(_INSTITUTION_WORD.match(w) for w in words):
        return False  # "Hotell Lindås", "Härbärget Fyren" under "Boende": the housing the person was given, no name
    if kind in (FIRST, LAST) and len(words) == 1 and v.isupper() and len(v) <= 3:
        return False  # "S", "KD", "SEK": a party or initials where the rows have slipped, never a name alone
    if kind == SIGN:
        parts = [w for w in re.split(r"\s*[/,&]\s*|\s+", v) if w]
        if parts and all(_initials(w) for w in parts):
            return True
        return len(words) >= 2 and _looks_like_name(words) and not _is_title(words)
    return _looks_like_name(words) and len(words) <= (2 if kind in (FIRST, LAST) else 5) and not _is_title(words)


_CLOSING_PREPOSITIONS = frozenset({"till", "från", "av", "hos", "via", "på", "för", "med"})
# A decision's word as a register writes it in its own column: never a person's name
_DECISIONS = frozenset({"beviljas", "beviljad", "beviljat", "beviljade", "bifall", "bifalls", "bifalles", "avslag",
                        "avslås", "avslaget", "avvisas", "avvisad", "avskrivs", "avskriven", "godkänd", "godkänt",
                        "godkänns", "återkallas", "återkallad", "delvis bifall", "ej beviljad", "beslut", "beslutat"})


_LOWER_DOTTED = re.compile(r"^(?:[a-zåäö]\.){2,3}$")
# single small letters joined by dots, with no dot after the last ("e.m", "k.l.s"): initials, not "e.m." (afternoon)
_SMALL_INITIALS = re.compile(r"^[a-zåäöéü](?:\.[a-zåäöéü]){1,2}$")
# Lowercase initials as staff sign in a signature column: a hyphenated first name's ("j-e.s", "c-j.ö", "m-l.v"),
# letters with dots ("b.ö", "r.ch"), or two or three letters alone ("leh", "ikl"); a column's header says they sign.
_LOWER_INITIALS = re.compile(r"^[a-zåäöéü]{1,2}(?:[-.][a-zåäöéü]{1,3}){1,3}\.?$|^[a-zåäöéü]{2,3}$")
_LOWER_WORDS = frozenset({"ja", "nej", "ok", "klar", "ej", "och", "av", "se", "nr", "st", "kr", "ca", "bl.a", "t.ex",
                          "m.m", "o.s.v", "d.v.s", "p.g.a", "inte", "alla", "ute", "nya", "fel", "bra", "sen", "kl"})


def _initials(word: str) -> bool:
    """Initials as staff sign: "IW", "MWi", "A-KL", "B.N.", "AvH" (two capitals at least), or small letters
    with dots ("m.s.") in a signature column."""
    if _LOWER_DOTTED.match(word) or hand_initials(word) or plain_lower_initials(word):
        return True  # "m.s.", "c.am", "Pe-Ö", "AnnaK", "jk": as hands write them
    if _LOWER_INITIALS.match(word) and (word.rstrip(".") not in _LOWER_WORDS or word in NUMBER_LEADS):
        return True
    return (bool(_INITIALS_CELL.match(word)) and sum(ch.isupper() for ch in word) >= 2
            and word.replace(".", "").upper() not in (NOT_INITIALS | CELL_MARKS) - UNITS and len(word.replace(".", "")) <= 5)


def _is_title(words: Sequence[str]) -> bool:
    """A role or title ("Rektor", "Kurator") standing where a name could."""
    from redact.resolve.derived_short_forms import title_words

    return len(words) == 1 and words[0].lower().strip(".,") in title_words()


# The words associations end in (their letters: CLUB_FORMS); a name column's organisations are no names.
_CLUB_WORDS = ("klubb", "klubben", "byalag", "byalaget", "kör", "kören", "orkester", "orkestern", "gille", "gillet",
               "scoutkår", "hembygdsförening", "idrottsförening", "sällskap")


# What a column header names, as the end of a word: no one's name ends so ("Kontaktuppgifter", "Lönekonto",
# "Utbildning", "Sjukersättning"; "Leveransadresser" heading the next table, read into the column). A listed name of
# such an ending ("Henning") stays a name.
_HEADER_NOUN_END = re.compile(
    r"(?:uppgift|uppgifter|konto|kontot|ekonomi|nummer|datum|belopp|avgift|avgifter|adress|adresser|status|"
    r"kommentar|kommentarer|utbildning|anteckning|anteckningar|information|ersättning|skuld|skulder|orsak|åtgärd|åtgärder|"
    r"sysselsättning|inkomst|inkomster|kostnad|kostnader|bidrag)$", re.IGNORECASE)


def _header_noun(word: str) -> bool:
    from redact.detect.name_words import F, S, classify_word, load_lexicons

    w = word.strip(".,:")
    return bool(_HEADER_NOUN_END.search(w)) and len(w) >= 5 and classify_word(w, load_lexicons()) not in (F, S)


def _looks_like_name(words: Sequence[str]) -> bool:
    from redact.detect.name_words import ORG_SUFFIX

    def org_word(w: str) -> bool:
        w = w.strip(".,")
        if w in CLUB_FORMS or w.lower().endswith(_CLUB_WORDS):
            return True  # "Fågelsångs IK", "Kallholmens BK", "Ödmårdens Byalag": an association in a name column
        # "AB" alone is a company form; a name ending so ("Wahab", "Rajab") is a name
        return bool(ORG_SUFFIX.search(w)) and (w.upper() == "AB" or not w.lower().endswith("ab"))

    if not words or any(org_word(w) for w in words):
        return False  # "Försäkringskassan", "Norrvalla kommun": an organisation in a name column
    if len(words) == 1 and _header_noun(words[0]):
        return False  # "Löneuppgifter", "Utbildning": a header cell of a table beside, read into the column
    caps = [w for w in words if w[:1].isupper()]
    # particles ("af", "von", "bin") may be lower case; the rest capitalised
    return len(caps) >= 1 and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in words)

