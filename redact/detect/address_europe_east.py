"""Addresses in the shapes of Eastern and South-Eastern Europe: a street, its house, then the block, entrance,
floor and flat, then the postal code and town (or the town and postal code).

* Bulgaria and North Macedonia: "ul. Vasil Levski 15, et. 3, ap. 7, 1000 Sofia", a housing estate and its block
  ("zh.k. Mladost 1, bl. 45, vh. B, et. 6, ap. 18, 1784 Sofia"), a boulevard named by lowercase words
  ("bul. Partizanski odredi 45/3, 1000 Skopje"); in Cyrillic as well ("ж.к. Люлин 3, бл. 12, вх. А, ет. 2, ап. 5,
  1324 София").
* Russia, Ukraine and Belarus: the street's kind after its name ("Nevsky prospekt 28"), the house by "d." and the
  flat by "kv." ("ul. Lenina, d. 15, kv. 42, Moskva, 125009"), a six-digit postal code before or after the town,
  the town by its word ("м. Львів", "g. Kazan") at either end; the town last with no postal code after the house
  and flat by their words, or after a Cyrillic street's house ("ул. Ленина, д. 12, кв. 34, г. Казань", "ул. Мира
  14-22, Омск").
* Romania: a boulevard and Bucharest's sector ("Bd. Unirii 22, sector 3, 030823 București"), a street's block,
  stair and flat and the county after the town ("Str. Florilor nr. 7, bl. B2, sc. 1, ap. 12, 550003 Sibiu, jud.
  Sibiu, România").

The street's word (abbreviated or whole) opens the match or follows the name, and a postal code of four to six
digits with its town ends it, so the rule never reads a Swedish sentence. Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.address_countries import COUNTRY
from redact.detect.address_growth import named_again
from redact.detect.first_chars import compiled
from redact.detect.patterns import NeedleGate, Verdict, alternative_needles, compile_rule

_COUNTRY = compiled(rf"{COUNTRY}$")

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
_LOWW = r"[a-zà-ÿšžčćđăâîșțşţ][^\W\d_]{2,}"
# the street's word before its name: street, boulevard, avenue, square, housing estate, quarter, micro-district,
# road, lane, alley in Bulgarian, Macedonian, Serbian, Russian, Ukrainian, Belarusian and Romanian (Latin letters)
_OPEN = (r"(?i:ul\.|ulitsa|ulica|bul\.|blvd\.|bulevard|bulevardul|bd\.|b-dul|bdul\.|zh\.[ \t]?k\.|zh\.?k|jk\.?|"
         r"kv\.|kvartal|mkr\.|mikrorayon|mikroraion|pl\.|ploshchad|ploshcha|pr\.|prosp\.|pr-t|prospekt|vul\.|"
         r"vulytsia|per\.|pereulok|provulok|sh\.|shosse|nab\.|str\.|strada|șos\.|sos\.|şos\.|soseaua|calea|aleea|"
         r"spl\.|splaiul|intr\.|intrarea|"
         # the same words in Cyrillic, as Bulgarian, Russian and Ukrainian papers write them ("ж.к. Младост 2")
         r"ул\.|улица|бул\.|булевард|ж\.[ \t]?к\.|жк|кв\.|квартал|мкр\.|пл\.|площад|площадь|пр\.|просп\.|"
         r"проспект|вул\.|вулиця|пер\.|переулок|провулок|наб\.)")
# the street's kind after its name: "Nevsky prospekt", "Tverskaya ulitsa", "Lesnoy pereulok"
_KIND_AFTER = (r"(?:prospekt|prospekta|ulitsa|pereulok|shosse|bulvar|naberezhnaya|ploshchad|proyezd|tupik|vulytsia|"
               r"prospekt|provulok|uzvoz|alley)")
# (the number sign and the Cyrillic "д." too: "ул. „Раковски“ № 12", "ул. Ленина, д. 5")
_HOUSE = (r"(?:(?:d\.|dom|nr\.?|br\.|No\.?|№|д\.)[ \t]*)?\d{1,4}[A-Za-zА-Яа-я]?(?:[/-]\d{1,4}[A-Za-zА-Яа-я]?)?"
          r"(?![\w-])")
# the name may stand in quotation marks, as Bulgarian writes it ("ул. „Раковски“"); a micro-district numbered after
# its name ("mkr. Aksai-4", "мкр. Самал-2")
_STREET = (rf"(?:{_OPEN}[ \t]*[„“\"«]?(?:(?:{_CAPW}|{_LOWW})[ \t]+){{0,3}}(?:{_CAPW}|{_LOWW})(?:-\d{{1,2}}(?![\w-]))?[“”\"»]?"
           rf"|{_CAPW}(?:[ \t]+{_CAPW})?[ \t]+{_KIND_AFTER})")
# the house when written as a part of its own ("d. 15"), the block, entrance, floor, flat, building or sector
_UNIT = (r"(?i:d\.|dom|korp\.|korpus|k\.|str\.|stroenie|bl\.|blok|vh\.|vkh\.|vhod|pod\.|podezd|sc\.|scara|et\.|etazh|"
         r"etaj|ap\.|apt\.|kv\.|kvartira|sector|sektor|of\.|lok\.|stan|"
         r"д\.|дом|корп\.|корпус|стр\.|бл\.|блок|вх\.|вход|под\.|ет\.|етаж|эт\.|этаж|ап\.|кв\.|квартира|оф\.)"
         # (a block by its letter and number too: the Romanian "bl. C3", "sc. A1")
         r"[ \t]*(?:[A-ZА-Я]?\d{1,4}[A-Za-zА-Яа-я]?|[A-ZА-Я])(?![\w-])")
# the word marking a town, a village or an urban settlement before its name ("g. Kazan", "м. Львів", "смт Ворзель")
_TOWN_MARK = r"(?:g\.|gr\.|m\.|pgt|s\.|smt|г\.|гр\.|м\.|с\.|смт|пгт)[ \t]*"
# (the town with its word before it too, as Ukrainian papers end the address: "кв. 22, м. Львів, 79007")
_POST = (rf"(?:\d{{4,6}}[ \t]+(?:{_TOWN_MARK})?{_CAPW}(?:[ \t]+{_CAPW})?"              # "1784 Sofia", "030823 București"
         rf"|(?:{_TOWN_MARK})?{_CAPW}(?:[ \t]+{_CAPW})?(?:{_SEP}|[ \t]+)\d{{4,6}})(?![\w-])")   # "Moskva, 125009"
# the town first, as Russia, Ukraine and Bulgaria write it from the largest unit down ("g. Kazan, ul. Baumana, d. 12",
# "Moskva, Leninsky prospekt, d. 45", "gr. Plovdiv 4000, ul. Gladston 12"): "g."/"gr."/"m." mark a town
_TOWN_FIRST = rf"(?P<town>(?:{_TOWN_MARK})?{_CAPW}(?:[ \t]+\d{{4,6}})?){_SEP}"
# the small Cyrillic letters (Russian, Ukrainian, Belarusian, Kazakh), which ``_CAPW`` does not tell from capitals
_CYRILLIC_SMALL = "а-яёіїєґўәғқңөұүһ"
_NO_SMALL = rf"(?![{_CYRILLIC_SMALL}])"
EAST_EUROPEAN = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_TOWN_FIRST})?
    {_STREET}
    # the house after a comma too, as Ukrainian and Russian papers write it ("вул. Шевченка, 12, кв. 4"), where a
    # part of the address follows it
    (?:[ \t]+{_HOUSE}|{_SEP}{_UNIT}|{_SEP}{_HOUSE}(?=,|[ \t]*\n[ \t]*\d{{4,6}}[ \t]))
    (?:(?:{_SEP}|[ \t]+){_UNIT}){{0,6}}
    # the postal code and town after a comma, or on the next line (the next cell of a table split in two)
    (?P<post>(?:{_SEP}(?:{_POST}|\d{{4,6}}(?![\w-]))|[ \t]*\n[ \t]*\d{{4,6}}[ \t]+{_CAPW}(?=[ \t]*(?:\n|$|[|,.;)])))
      # the Romanian county and the country after the town ("400083 Cluj-Napoca, jud. Cluj, România")
      (?:{_SEP}(?:jud\.|Jud\.|județul|Județul|judetul|Judetul)[ \t]+{_CAPW}(?:[ \t]+{_CAPW})?)?
      (?:{_SEP}(?:{COUNTRY})(?![\w-]))?
    # or the town alone after the flat, its word before it or not, as a Russian letter ends the address with no
    # postal code ("ул. Ленина, д. 12, кв. 34, г. Казань"): see check_east_european
    # (the town's words capitalised in Cyrillic too, and a sentence's word in small Cyrillic letters may follow it, as
    # Kazakh puts the address's noun after it: "..., Шымкент мекенжайында тұрған")
    |{_SEP}(?P<town_last>(?:{_TOWN_MARK})?{_NO_SMALL}{_CAPW}(?:[ \t]+{_NO_SMALL}{_CAPW})?)(?![\w-])
      (?=[ \t]*(?:[.;:)|]|\n|$)|[ \t]+[a-zåäö{_CYRILLIC_SMALL}]|,))?
    """
)
# every match holds its street's word; each of these words holds a needle (a test checks them all)
GATE = NeedleGate(re.compile(rf"{_OPEN}|{_KIND_AFTER}"), (
    "ul.", "ulitsa", "ulica", "bulevard", "blvd.", "bd.", "b-dul", "bdul.", "zh", "jk", "kv.", "kvartal", "mkr.",
    "mikrora", "pl.", "ploshcha", "pr.", "prosp.", "pr-t", "prospekt", "vulytsia", "per.", "pereulok", "provulok",
    "sh.", "shosse", "nab.", "str.", "strada", "os.", "soseaua", "calea", "aleea", "splaiul", "intr.", "intrarea",
    "bulvar", "naberezhnaya", "ploshchad", "proyezd", "tupik", "uzvoz", "alley",
    "ул.", "улица", "бул.", "булевард", "ж", "кв.", "квартал", "мкр.", "пл.", "площад", "пр.", "просп.", "проспект",
    "вул.", "вулиця", "пер.", "переулок", "провулок", "наб."))


# a street's word in Cyrillic letters opening the match (after the town first, if any: skipped by its offset)
_CYRILLIC_OPEN = re.compile(r"(?:,[ \t]*\n?[ \t]*)?[а-яА-ЯёЁіІїЇєЄ]")


def _house_flat(address: str) -> int:
    """1 when the house's number carries its flat after a dash or a slash ("ул. Ленина 12-34"), else 0."""
    return int(re.search(r"(?<![\w-])\d{1,4}[/-]\d{1,4}(?![\w-])", address) is not None)


def check_east_european(text: str, m: re.Match[str]) -> Verdict | None:
    """A street with its house, block, floor and flat and its postal code and town, taken whole."""
    from redact.detect import context as ctx

    # (the street's name ends at its house number, or at the number's word before it: "Str. Florilor nr. 7")
    street = re.split(r"(?i)(?<![\w-])(?:nr|no|br|d)\.?[ \t]*(?=\d)|\d", m.group(), maxsplit=1)[0]
    if any(w.lower() in ctx.NOT_A_NAME for w in re.findall(r"[^\W\d_]{2,}", street)[1:]):
        return None  # a Swedish sentence's word in the street's name: no address of this shape
    if re.search(r"(?<![\w-])(?:19|20)\d\d$", m.group()):
        return None  # a year ends it, no postal code
    town = m.group("town")
    if town and _COUNTRY.match(town.strip()):
        # "i Ukraina, vul. Shevchenka 41, ...": the country before the address is no town of it and stays
        if not m.group("post"):
            return None
        return Verdict(m.end("town") + len(re.match(_SEP, text[m.end("town"):]).group()), m.end(),
                       "street address abroad with its block, floor and flat", 0.85)
    if (last := m.group("town_last")) is not None:
        # the town after the flat, no postal code: the house and the flat each by its word ("д. 12, кв. 34"), or the
        # street's word in Cyrillic letters (no Swedish word; the Latin "kv." and "pl." are Swedish too), and the town
        # no word of a sentence
        units = len(re.findall(_UNIT, m.group()))
        if last.split()[-1].lower() in ctx.NOT_A_NAME or _COUNTRY.match(last.strip()) or not (
                units >= 2 or (_CYRILLIC_OPEN.match(m.group(), len(town or "")) and units + _house_flat(m.group()))):
            return None
        start = m.start() if not town else m.end("town") + len(re.match(_SEP, text[m.end("town"):]).group())
        return Verdict(start, m.end(), "street address abroad with its house, flat and town", 0.85)
    if not m.group("post") and not re.search(r"\d{4,6}$", town or ""):
        # no postal code: the town before it and a flat or house by its word after the street ("d. 45, kv. 112")
        if not town or town.split()[-1].lower() in ctx.NOT_A_NAME or len(re.findall(_UNIT, m.group())) < 2:
            return None
    elif town and town.split()[-1].lower() in ctx.NOT_A_NAME:
        start = m.end("town") + len(re.match(_SEP, text[m.end("town"):]).group())
        return Verdict(start, m.end(), "street address abroad with its block, floor and flat", 0.85)
    if town and named_again(town, text[m.end("town"):m.end()]):
        # "bor i Sankt Petersburg,\nul. Marata 47, ..., Sankt-Peterburg, 191002": the sentence's town, which the
        # address names again as its own
        start = m.end("town") + len(re.match(_SEP, text[m.end("town"):]).group())
        return Verdict(start, m.end(), "street address abroad with its block, floor and flat", 0.85)
    return Verdict(m.start(), m.end(), "street address abroad with its block, floor and flat", 0.85)


# A village home by its administrative units, in Romania ("Sat Valea Mare, Com. Scorțeni, Jud. Bacău": village,
# commune, county) and Latvia ("Ozolkalni, Ozolnieku pag., Ozolnieku nov., LV-3018": the farm, parish, municipality
# and the postal code). Two units named by their word make it an address.
_RO_UNIT = r"(?:Sat(?:ul)?|Com\.|Comuna|Jud\.|Județul|Judetul|Oraș(?:ul)?|Oras(?:ul)?|Mun\.|Municipiul|Sector(?:ul)?)"
_LV_UNIT = r"(?:pag\.|pagasts|nov\.|novads|ciems)"
RURAL_UNITS = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_RO_UNIT}[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?:{_SEP}{_RO_UNIT}[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}){{1,3}}
      (?:{_SEP}\d{{6}}(?![\w-]))?
      |(?:{_CAPW}{_SEP})?{_CAPW}[ \t]+{_LV_UNIT}(?:{_SEP}{_CAPW}[ \t]+{_LV_UNIT}){{1,2}}(?:{_SEP}LV-\d{{4}}(?![\w-]))?)
    """
)
RURAL_GATE = NeedleGate(re.compile(rf"(?<![\w-])(?:{_RO_UNIT}|[^\W\d_]+[ \t]+{_LV_UNIT})[ \t,]"),
                        alternative_needles(_RO_UNIT, _LV_UNIT), cased=True)


def check_rural_units(text: str, m: re.Match[str]) -> Verdict | None:
    """A village home by its village, commune and county or parish and municipality, taken whole."""
    return Verdict(m.start(), m.end(), "address abroad by its village, commune and county", 0.85)
