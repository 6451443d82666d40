"""Addresses in the shapes of the Middle East and the Horn of Africa, where the parts are named by their kind.

* A home written as named parts, each opened by its kind in the country's language, without house numbers or
  postal code: Somali "Waddada Maka Al-Mukarama, Degmada Hodan, Xaafadda Taleex, Muqdisho" (the road, the
  district, the quarter), Persian "Khiaban-e Vali Asr, Kucheh Golha, Pelak 14, Tehran" (the avenue, the lane, the
  house plate), Arabic "Shari Al-Jalaa, Bina 7, Al-Mazraa, Damaskus", Lebanese "Rue Mar Elias, Immeuble Khalil,
  3e étage, Beyrouth". Two parts named by their kind, or one with a house plate, building or floor, and a town
  after them make an address anywhere, in a table cell too.
* The Gulf's homes in English words, the flat or villa first, then the numbered street, the block or the zone, the
  tower by its name and the district with its number ("Villa 27, Street 14b, Al Barsha 2, Dubai", "Apt 1204, Al
  Reem Tower, Al Reem Island, Abu Dhabi", "Flat 21, Road 2417, Block 338, Manama"): a flat and its building with
  a town, or a home and a numbered street, make an address.
* Iran's postal code of ten digits, written in two groups of five ("Shiraz 71946-54321").
* Turkey's street and door: "Bağdat Caddesi No: 112 Daire 8, Kadıköy/İstanbul" (the door, the floor, the
  district and province after a slash).

Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import address_abroad as abroad
from redact.detect.first_chars import compiled
from redact.detect.patterns import NeedleGate, Verdict, alternative_needles, compile_rule, rule_regex

_SEP = r",[ \t]*\n?[ \t]*"
# (a name may carry the Arabic article before it, lower-case and hyphened: "al-Quwatli", "el-Nasr", "ash-Shuhada")
_CAPW = r"(?:(?:al|el|as|ash|ad|ar|az|an|at|ath|adh)-)?[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*"
# the words that name a part's kind: road, street, avenue, lane, square, district, quarter, neighbourhood, village,
# in Somali, Persian and Dari, Arabic, Kurdish, Amharic and the French of Lebanon and the Maghreb
_KIND = (r"(?:Waddada|Wadada|Degmada|Degmo|Xaafadda|Xaafada|Tuulada|Khiaban|Khiyaban|Kheyaban|Khiabane|Kheyabane|"
         r"Kucheh|Kuche|Kocha|Kooche|Kuy|Kuye|Shahrak|Meydan|Meydane|Bolvar|Blvd\.|Jadeh|Jaddeh|Shari|Sharia|Shara|Sharaa|"
         r"Shareh|Share|Zuqaq|Zukak|Mahalla|Mahallat|Hay|Hayy|Derb|Harat|Hara|Souk|Kolan|Kolani|Gerrek|Gerreki|"
         r"Taraq|Woreda|Wereda|Kebele|Kifle[ \t]Ketema|Rue|Impasse|Avenue|"
         # (the English word an Iraqi or Kurdish address gives its numbered quarter, the mahalla: "Quarter 112")
         r"Quarter)")
# a part that holds the home itself: the house plate, the building, the unit, the floor, the flat
_HOME_WORD = (r"(?:Pelak|Plak|Vahed|Vahede|Tabaqe|Tabaghe|Tabagheh|Tabiq|Tabaq|Tabeq|Taabiq|Bina|"
              r"Binayat|Imarat|Immeuble|Imm\.|Bldg\.?|"
              r"Building|Dar|Bayt|Beit|Khana|Khane|Mal|Mali|Shiqa|Shaqqa|Floor|Apt\.?|Apartment|House|Guri|Aqal)")
# (the Gulf's English words for a home by its number only: "Villa 27", "Flat 3", "Unit 12"; by a name they are a
# venue's or a firm's as often)
_NUMBERED_HOME_WORD = r"(?:Villa|Flat|Unit)"
_HOME = (rf"(?:{_HOME_WORD}"
         r"[ \t]*(?:No\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+)?)"
         rf"|{_NUMBERED_HOME_WORD}[ \t]*(?:No\.?[ \t]*)?\d{{1,4}}[A-Za-z]?(?![\w-])"
         r"|\d{1,2}(?:e|er|ème|st|nd|rd|th)[ \t]+(?:étage|[Ff]loor))")
# the Gulf's numbered streets, roads, blocks and zones, the kind's English word first ("Street 14b", "Road 2417",
# "Block 338", "Zone 25"): a part named by its kind, by its number only
_NUMBERED_KIND_WORD = r"(?:Street|Road|Block|Zone|Way)"
_NUMBERED_KIND = rf"{_NUMBERED_KIND_WORD}[ \t]+\d{{1,4}}[A-Za-z]?(?![\w-])"
# a tower or a block of flats by its name, as the Gulf's addresses give the building after the flat ("Apt 1204, Al
# Reem Tower"): a part that holds the home
_BUILDING = (rf"(?:{_CAPW}[ \t]+){{1,3}}(?:Tower|Towers|Residence|Residences|Building|Heights)"
             r"(?:[ \t]+(?:\d{1,2}|[A-Z]))?")
# a home's part in Swedish words, as a Swedish writer translates them ("Kebele 03, hus 417, Addis Abeba"): after a
# part named by its kind only, so every match still begins with one of the words above
_SWEDISH_HOME = r"(?:hus|huset|lgh|lägenhet|lägenheten|våning|vån\.|port|uppgång|ingång)[ \t]*\d{1,4}[A-Za-z]?(?![\w-])"
_NAMED = (rf"{_KIND}(?:-e|-ye|-i)?[ \t]+(?:(?:(?:{_CAPW}|al|el|de|du|des|la)[ \t]+){{0,3}}{_CAPW}"
          r"(?:[ \t]+\d{1,4}[A-Za-z]?)?|\d{1,4}[A-Za-z]?(?![\w-]))")  # a lane by its number alone: "Kuche 12"
_IR_CODE = r"\d{5}-?\d{5}"
_TOWN = rf"{_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]+(?:{_IR_CODE}|\d{{4,6}}))?"
_PLACE = rf"{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}"
# a district by its name and its number, as Dubai numbers its parts ("Al Barsha 2", "Jumeirah 3"): after a part named
# by its kind or a home only
_NUMBERED_PLACE = rf"{_PLACE}[ \t]+\d{{1,2}}(?![\w-])"
# Iran and Afghanistan write the town and district first too ("Tehran, Saadat Abad, Khiaban-e Sarv, Kuche-ye
# Bahar, Pelak 9, Vahed 4"): then the parts end with the home
NAMED_PARTS = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<lead>(?:{_PLACE}{_SEP}){{1,2}}(?=(?:{_NAMED}|{_HOME})))?
    (?P<parts>(?:{_NAMED}|{_HOME}|{_NUMBERED_KIND})
      (?:{_SEP}(?:{_NAMED}|{_HOME}|{_NUMBERED_KIND}|{_SWEDISH_HOME}|{_NUMBERED_PLACE}|{_PLACE})){{0,5}})
    (?:{_SEP}(?P<town>{_TOWN}))?
    # the line goes on after it, or the sentence in lower case (after a comma too: "Teheran, tas bort ur
    # ärendet"), or a telephone number with its country code
    (?=[ \t]*(?:[.;:)|]|\n|$)|[ \t]+[a-zåäö]|,[ \t]*\n?[ \t]*(?:\+|00)[1-9]|,[ \t]*\n?[ \t]*[a-zåäö])
    """
)
# every match begins with a kind's or a home's word, or is a floor ("3e étage", "2nd floor"): the words looked for
# as written first
NAMED_PARTS_GATE = NeedleGate(compiled(rf"(?<![\w-])(?:{_KIND}|{_HOME}|{_NUMBERED_KIND})"),
                              alternative_needles(_KIND, _HOME_WORD, _NUMBERED_HOME_WORD, _NUMBERED_KIND_WORD)
                              + ("étage", "floor", "Floor"), cased=True)


def check_named_parts(text: str, m: re.Match[str]) -> Verdict | None:
    """Parts named by their kind and a town, taken whole, when two parts are named or one holds the home."""
    from redact.detect import context as ctx

    parts = [p.strip() for p in m.group("parts").split(",")]
    town = m.group("town") or ""
    lead = [p.strip() for p in (m.group("lead") or "").split(",") if p.strip()]
    start = m.start()
    while lead and abroad._COUNTRY_PART.match(lead[0]):
        # "bor i Somalia, Degmada Hodan, ...": the country before the address is no part of it and stays
        lead = lead[1:]
        start = m.start() + m.group().index(lead[0] if lead else parts[0])
    if lead and (re.match(_KIND, lead[0]) or re.fullmatch(_HOME, lead[0]) or re.fullmatch(_NUMBERED_KIND, lead[0])):
        parts, lead = lead + parts, []  # "Degmada Hodan, Xaafadda Taleex, Muqdisho": the lead is a named part
    if not town and len(parts) > 1 and not (re.match(_KIND, parts[-1]) or re.fullmatch(_HOME, parts[-1])):
        # the last place is the town, after a district before the parts too ("Gerdawan, Kolan 44, Mal 22, Hewlêr")
        town = parts.pop()
    if any(p.split()[0].lower() in ctx.NOT_A_NAME for p in parts + lead + [town] if p.split()):
        return None
    if abroad._COUNTRY_PART.match(town.strip()) and len(parts) >= 2 and not (
            re.match(_KIND, parts[-1]) or re.fullmatch(_HOME, parts[-1])):
        town = parts.pop()  # "…, Hay Al-Dahra, Tripoli, Libya": the country after the town ends the address
    elif abroad._COUNTRY_PART.match(town.strip()):
        return None  # the country is no town; the parts before it are found without it
    if not town:
        # the town first: the parts must end with the home itself ("..., Pelak 9, Vahed 4")
        if not lead or not re.fullmatch(_HOME, parts[-1]):
            return None
    named = sum(bool(re.match(_KIND, p)) for p in parts)
    home = sum(bool(re.fullmatch(_HOME, p) or re.fullmatch(_SWEDISH_HOME, p) or re.fullmatch(_BUILDING, p))
               for p in parts)
    if home:
        # a numbered street, block or zone names a part only beside the home's own ("Villa 27, Street 14b"): a site's
        # "Block 4, Zone 2, Kiruna" is no one's home
        named += sum(bool(re.fullmatch(_NUMBERED_KIND, p)) for p in parts)
    if not home:
        # the English "Quarter" names a part only beside the home's own ("Quarter 112, House 24"): a report's
        # "Quarter 3, Sales Team, Stockholm" is none
        named -= sum(p.startswith("Quarter") for p in parts)
    # two parts named by their kind, or one and the home or another place ("Waddada Maka, Hodan, Muqdisho")
    # (or the flat and the building holding it, with the town: "Apt 1204, Al Reem Tower, Al Reem Island, Abu Dhabi")
    if not (named >= 2 or (named and len(parts) >= 2) or (named and home) or (home >= 2 and town)
            or (home and re.search(rf"{_IR_CODE}$", town))):
        return None
    return Verdict(start, m.end(), "address abroad by its parts' kind words and its town", 0.85)


# Turkey: the street with its kind, the door's number ("No: 112", "No 5/3"), the flat or floor ("Daire 8",
# "D: 3", "Kat 2", "K: 4"), then the district and province ("Kadıköy/İstanbul") or a postal code and town; or the
# province and district first, from the largest down ("Mersin, Yenişehir, Çiftlik Mah. 8 Sk. No: 3 D: 5")
_TR_KIND = r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Sok\.|Bulvarı|Blv\.|Bulv\.|Yolu|Meydanı|Çıkmazı)"
_TR_DOOR = r"(?i:daire|d:|d\.|kat|k:|k\.|blok|apt\.?)[ \t]*\d{1,3}[A-Za-z]?"
# a street or a quarter named after a national day, the day's number first ("19 Mayıs Cad.", "29 Ekim Sk.", "30
# Ağustos Bulvarı", "23 Nisan Mah."): as common in Turkey as a person's name on the sign
_TR_DATE_NAME = (r"\d{1,2}[ \t]+(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
                 rf"(?:[ \t]+{_CAPW})?")
TURKISH = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<lead>(?:{_CAPW}{_SEP}){{1,2}}(?=(?:{_CAPW}|{_TR_DATE_NAME})[ \t]+(?:Mah\.|Mahallesi|Mh\.)))?  # the province and district first
    (?:(?:{_CAPW}|{_TR_DATE_NAME})[ \t]+(?:Mah\.|Mahallesi|Mh\.)[ \t]*,?[ \t]*)?
    (?:{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}|{_TR_DATE_NAME}
      |\d{{1,5}}\.?)[ \t]+{_TR_KIND}[ \t]+                    # a numbered street: "1042 Sk.", "2271. Sokak"
    No[.:]?[ \t]*\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}}[A-Za-z]?)?
    (?:[ \t]*,?[ \t]*{_TR_DOOR}){{0,2}}
    (?P<tail>{_SEP}(?:\d{{5}}[ \t]+)?{_CAPW}(?:[ \t]*/[ \t]*{_CAPW})?
      |[ \t]+{_CAPW}[ \t]*/[ \t]*{_CAPW}                     # "... D:4 Esenyurt/İstanbul" with no comma
      |[ \t]*(?:\n|\|)[ \t]*\d{{5}}[ \t]+{_CAPW}(?:[ \t]*/[ \t]*{_CAPW})?)?  # the postcode's cell after it
    (?![\w-])
    """
)
TURKISH_GATE = rule_regex(r"No[.:]?[ \t]*\d")


def check_turkish(text: str, m: re.Match[str]) -> Verdict | None:
    """A Turkish street, its door and flat and its district and province, taken whole."""
    start = m.start()
    lead = m.group("lead") or ""
    for part in re.findall(r"[^,]+,[ \t]*\n?[ \t]*", lead):
        if not abroad._COUNTRY_PART.match(part.split(",")[0].strip()):
            break
        start += len(part)  # "bor i Turkiet, ...": the country before the province is no part of the home
    if not m.group("tail") and start >= m.start() + len(lead):
        return None  # neither the province before it nor the district, province or postal code after
    return Verdict(start, m.end(), "street address abroad in Turkey's shape", 0.85)


# Egypt and its neighbours write the house number before the street's word in Latin letters ("14 Sharia Abdel
# Aziz", "3 Midan Orabi", "9 Haret El-Sakkayin"): the number, the word and the street's name are a street of their
# own, whose flat, district, postal code and town ``redact.detect.address_growth`` grows onto it
_ARABIC_STREET_WORD = r"(?:Sharia|Shari['’]?|Shareh|Sharea|Shar['’]a|Midan|Maydan|Tariq|Tareeq|Haret|Harat|Darb)"
ARABIC_NUMBER_FIRST = compile_rule(
    rf"(?<![\w.,/-])\d{{1,4}}[A-Za-z]?[ \t]+{_ARABIC_STREET_WORD}[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,3}}"
    # the street's line or part ends: its flat, district or town follows after a comma or on the next line
    r"(?=[ \t]*(?:[,.;)|]|\n|$))")
ARABIC_NUMBER_FIRST_GATE = rule_regex(rf"\d[ \t]+{_ARABIC_STREET_WORD}[ \t]")
