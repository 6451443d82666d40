"""Whole addresses abroad, whatever the country's street words: a street, its number in the country's form,
the flat or floor, and a postal code of the country's shape with its town.

A postal code and a town after a comma tell that what stands before is an address, so the street may be
written in any language ("Laisvės al. 55-3, LT-44309 Kaunas", "Rua Augusta 44, 1100-048 Lisboa",
"Keizersgracht 123-II, 1015 CJ Amsterdam", "Calle Mayor 8, 3º izq., 28013 Madrid",
"Mariahilfer Straße 45/3/12, 1060 Wien"). French and Belgian addresses put the number first
("12 rue Victor Hugo, 69002 Lyon"), and an Irish one ends in an Eircode ("Dublin D02 X285").
Rules of ``redact.detect.address``; the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect.address_lead_words import past_lowercase_lead
from redact.detect.first_chars import compiled
from redact.detect.patterns import Verdict, compile_rule, rule_regex
from redact.detect.address_countries import COUNTRY, any_country
from redact.detect.address_house_parts import GERMAN_HOUSE_PART
from redact.detect.regions_as_countries import region_as_country


# Words that may stand inside a street's name in lower case: name particles and the street words of the
# languages of Europe written apart ("Avenida da Liberdade", "Laisvės al.", "Váci utca", "Tartu mnt").
_LOWER_WORDS = (
    r"de|del|della|delle|dei|degli|di|da|das|do|dos|des|du|la|las|le|les|los|el|en|het|van|der|den|von|zum|zur|am|an|"
    r"im|auf|e|y|i|al|bin|ibn|es|of|"
    # (the Romanian article of a name's epithet and of a genitive: "Ștefan cel Mare", "Calea lui Traian")
    r"cel|cea|lui|"
    r"al\.|pr\.|g\.|str\.|ul\.|mnt|pst|tn\.?|utca|út|útja|tér|körút|iela|gatvė|prospektas|tänav|maantee|põik|ulice|"
    r"náměstí|nám\.|třída|trg|ulica|cesta|ulitsa|vulytsia|vul\.|prosp\.|bulevard|bulevardul|bd\.|calea|strada|aleea|"
    r"sokak|sokağı|caddesi|cad\.|sk\.|bulvarı|odos|leoforos|gate|gata|gaten|vei|veien|vej|vejen|gade|allé|plass|plads|"
    r"torv|vegur|gøta|gøtu|stræde|straße|strasse|weg|gasse|allee|platz|ring|damm|ufer|straat|laan|plein|gracht|kade|rue|avenue|"
    r"boulevard|chemin|place|quai|route|impasse|rua|avenida|travessa|largo|calle|carrer|paseo|plaza|camino|via|viale|"
    r"piazza|corso|vicolo|street|road|lane|"
    # the street and district words of Vietnam, Iran, the Arab countries, Somalia and Turkey in lower case
    r"phố|đường|phường|quận|huyện|xã|thôn|ngõ|hẻm|số|kucheh|kuche|khiaban|khiyaban|shari'|shari|sharia|darb|"
    r"waddada|xaafadda|degmada|mahallesi|mah\.|sok\.|nr\.|bl\.|sc\.|ap\.|nº|n\.º|avda\.|c/|"
    # and of Central Asia and the Caucasus, where a street is named after a person ("Amir Temur ko'chasi")
    r"ko'chasi|ko‘chasi|koʻchasi|kochasi|köşesi|köshesi|köchösü|kuchasi|köçesi|küçəsi|küç\.|ko'ch\.|prospekti|"
    r"mavzesi|mavze|mahallasi|ulitsasy|gudamj|kóshesi|köshesi|dańǵyly|dangyly|көшесі|даңғылы"
)
# A word of the street's name: capitalised in any Latin script ("Marszałkowska", "Đure", "Ōsaka"), a number in a
# name ("Calle 25 de Julio" is left out: a bare number ends the name), or one of the lowercase words above.
_NAME_WORD = (rf"(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:-[^\W\d_]+)*|(?:{_LOWER_WORDS})(?![\w])"
              # a Turkish numbered street ("Cumhuriyet Mah. 1203. Sok. No: 5"): its number as an ordinal
              r"|\d{1,5}\.(?=[ \t]+(?:Sok|Sk|Cad|Cd|Sokak|Sokağı|Cadde|Caddesi)\b))")
# Lowercase prefixes that may begin a street ("ul. Polna", "vul. Franka", "rue de la Paix", "calle Mayor").
_LOWER_START = r"(?:ul\.|al\.|os\.|vul\.|prosp\.|str\.|rue|calle|via|rua|avenida|strada|bd\.|ulica|ulice|trg)"
# The house number in the forms of Europe: "44", "4a", "12 B", "123-II", "45/3/12", "10/12 m. 5", "55-3", "No 7",
# "12 bis", and a Finnish staircase and flat "12 B 34".
_NUMBER = (r"(?:(?:No[.:]?|Nr[.:]?|nr[.:]?|č\.|br\.|Br\.)[ \t]?)?\d{1,4}(?:(?:bis|ter)(?![\w])|[ \t]?[A-Za-z](?![\w'’]))?"
           r"(?:[/-](?:\d{1,4}[A-Za-z]?|[IVX]{1,4}(?![\w])|[A-Z](?![\w]))){0,3}"
           r"(?:[ \t]+(?:bis|ter)(?![\w])|[ \t]+\d{1,3}(?![\w.,:]|[.,]\d)|[ \t]+(?:m\.|m|lok\.|kv\.|apt\.?)[ \t]?\d{1,4})?")
# A flat, staircase, floor or door after the number, each after a comma: Spanish "3º izq.", "2.º A",
# Portuguese "3.º Esq.", Danish "2. tv.", "st. th.", Belgian "bus 3", German "Whg. 4", "2. OG", Ukrainian
# "kv. 8", Austrian "Stiege 2", "Top 5", Italian "int. 4", "scala B".
_FLOOR = (
    r"(?:\d{1,2}\.?[ \t]?[º°ªo](?:[ \t]?(?:[A-Z](?![\w])|(?i:izq|izda|dcha|der|dr|drcha|esq|dto|dt|esqda|dta|"
    r"frente|fte|ctro|centro)\.?))?"
    # (a Portuguese ground floor, basement or mezzanine, its side after it: "r/c Dto.", "rés-do-chão Esq.", "cave")
    r"|(?i:r/c|rés-do-chão|res-do-chao|cave|sobreloja)(?:[ \t-]?(?i:esq|esqdo|esqº|dto|dtº|dt|dir|drt|frente|fte|"
    r"trás)\.?)?(?![\w])"
    # (a Basque floor's side, "3. esk.", "2. ezk.": eskuina, ezkerra)
    r"|\d{1,2}\.?[ \t]?(?:th|tv|mf|OG|EG|DG|étage|etg\.?|piso|kat|esk|ezk|eskuina|ezkerra)\.?(?:[ \t]?(?:th|tv|mf)\.?)?"
    r"|(?:st|kl|sal)\.?(?:[ \t]?(?:th|tv|mf)\.?)?"
    r"|(?i:kv\.?|apt\.?|app\.?|apartment|appartement|flat|lgh|bus|boîte|bte|whg\.?|wohnung|stiege|stg\.?|tür|top|"
    r"int\.?|interno|scala|sc\.|piso|puerta|pta\.?|esc\.?|escalera|bl\.?|ap\.?|et\.?|m\.|lok\.?|stan|dom|"
    # a Bosnian, Croatian or Serbian floor and entrance ("sprat 2", "ulaz B"), and the flat, entrance and floor in
    # Cyrillic ("стан 4", "кв. 31", "под. 2", "эт. 5", "ет. 3", "ап. 7")
    r"sprat|ulaz|стан|спрат|улаз|кв\.?|квартира|под\.?|подъезд|эт\.?|этаж|ет\.?|етаж|ап\.?|вх\.?|корп\.?|"
    # a Latin American "depto. 41", a house or building number of a street numbered alone ("Street 14, House 22")
    r"depto\.?|dpto\.?|departamento|casa|house|building|bldg\.?|block|blk\.?|villa|"
    # a Finnish flat ("as. 14", "as 14": asunto), a Portuguese or Brazilian one ("apto 52", "ap. 3")
    r"as\.?|asunto|apto\.?|apt°|"
    # a Hebrew flat written in Latin letters ("dira 7": dira, the flat)
    r"dira|"
    # a German house of several on one street number, its back or front house, building or stairway ("Haus 3")
    r"haus|hinterhaus|vorderhaus|gebäude|aufgang|"
    # a Turkish door and floor ("D:3", "Daire 5", "K:2", "Kat: 4")
    r"daire:?|d:|k:|kat:?)"
    # a block or a flat by its letter and number too: Romanian "bl. C2", "sc. A1"
    r"[ \t]?(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,3})(?![\w])"
    # a German home's wing, floor and side without a number of their own ("Seitenflügel", "3. OG links")
    rf"|{GERMAN_HOUSE_PART}"
    # a Norwegian flat number ("H0201": floor 02, flat 01), a Kazakh one before its word ("7-páter")
    r"|[HUKL]\d{4}(?![\w])|\d{1,4}-(?:páter|pater|пәтер)(?![\w]))"
)
# A district between the street and the postal code ("Street 14, House 22, Al-Karrada, Baghdad 10001"), of up to
# three words as Thai subdistricts are written ("Soi Ari 3, Samsen Nai, Phaya Thai, Bangkok 10400").
_DISTRICT = (r"(?:(?:Al|El|al|el)-)?[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)*"
             r"(?:[ \t][^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)*){0,2}")
# A postal code of each country's shape, then its town: "24937 Flensburg", "LT-44309 Kaunas", "LV-1048 Rīga",
# "1100-048 Lisboa" (PT), "80-827 Gdańsk" (PL), "1015 CJ Amsterdam" (NL), "120 00 Praha 2" (CZ, SK, GR),
# "030031 București" (RO, UA, RU), "1165 København K", "D02 X285" (IE) after its town, and the Americas' five
# digits with three or four more ("01310-100 São Paulo" (BR), "10001-2345" (US)).
_POSTCODE = (r"(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{4}-\d{3}|\d{5}-\d{3,4}|\d\d-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}"
             r"|\d{6,7})(?![\w-])")
_DISTRICT_NO = r"[ \t](?:\d{1,2}|[A-ZÆØ])(?![\w])"
# a Brazilian state by its two letters after a dash ("01310-100 São Paulo – SP", "Recife-PE")
_STATE_AFTER = r"[ \t]*[–—-][ \t]*[A-Z]{2}(?![\w-])"
_TOWN = (r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[-'’][^\W\d_]+)*"
         # a Turkish district and its province after a slash ("Kadıköy/İstanbul")
         r"(?:/[^\W\d_a-zß-ÿ][^\W\d_]+)?"
         # a town of two or three words ends its line or clause ("Freiburg im Breisgau.", "Novi Sad,", "Dar es
         # Salaam,", "Ciudad del Este;"): not
         # "Småstad Tel 070-..." where the next word begins something else
         r"(?:(?:[ \t](?:(?:am|an|upon|on|sur|de|del|la|le|im|bei|es|el|al|da|do|dos|das|di|du|des)[ \t])?[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)*){1,2}"
         # or the Swedish sentence goes on ("..., 2517 AB Den Haag och ...")
         rf"(?=[ \t]*(?:[,.;)|\n]|$)|[ \t]+(?:och|men|där|sedan|samt)(?![\w-])|{_DISTRICT_NO}|{_STATE_AFTER}))?"
         # a district's number or letter: "Praha 2", "København K", "Paris 15", "Dublin 8"
         rf"(?:{_DISTRICT_NO})?")
# an Italian or Spanish province in brackets after the town ("20121 Milano (MI)", "29680 Estepona (Málaga)")
_PROVINCE_AFTER = r"[ \t]*\((?:[A-Z]{2}|[^\W\d_a-zß-ÿ][^\W\d_]+)\)"
# the town may be followed by its city or region before the line ends ("7750000 Ñuñoa, Santiago")
# a state of two words may follow too ("Noida 201301, Uttar Pradesh")
_POST = (rf"(?:{_POSTCODE}[ \t]*\n?[ \t]*{_TOWN}(?:{_STATE_AFTER}|{_PROVINCE_AFTER})?|{_TOWN}[ \t]+{_POSTCODE})"
         rf"(?:,[ \t]*[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t][^\W\d_a-zß-ÿ][^\W\d_]+)?(?=[ \t]*(?:[.;)]|\n|$)))?")


# Any street, in any language, before its number, the flat or floor and the postal code and town.
STREET_WITH_POST = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<core>(?:{_LOWER_START}|[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:-[^\W\d_]+)*)(?:[ \t]+{_NAME_WORD}){{0,4}}?)
    [ \t]+(?P<number>{_NUMBER})
    (?:[ \t]*,?[ \t]*\n?[ \t]*{_FLOOR}|[ \t]*,[ \t]*{_DISTRICT}(?=[ \t]*,)){{0,3}}
    (?P<post>,[ \t]*\n?[ \t]*{_POST}(?:,[ \t]*\n?[ \t]*{COUNTRY}(?![\w-]))?
      # a letter's window: the postal code's line under the street's with no comma, when the code's shape is a
      # foreign one of figures and letters ("3511 AX Utrecht") or the country ends the line ("10969 Berlin, Tyskland")
      |[ \t]*\n[ \t]*(?:\d{{4}}[ \t]?[A-Z]{{2}}[ \t]+{_TOWN}(?:,[ \t]*{COUNTRY}(?![\w-]))?|{_POST},[ \t]*{COUNTRY}(?![\w-])
      # or a code of figures and its town alone on the next line or cell ("1060 Wien", "6433222 Tel Aviv-Yafo"): no
      # year ("2027 Styrelsen") and no Swedish code (the domestic rules read its window with the ward line above)
      |(?!(?:19|20)\d\d(?![\w-]))(?!\d{{3}}[ \t]\d{{2}}(?![\w-])){_POSTCODE}[ \t]+{_TOWN}(?=[ \t]*(?:\n|$))))
    (?![\w-])
    """
)
# What every match holds: a number, a comma and a foreign postal code's digits (most pages have none).
GATE = rule_regex(r"\d[^\n]{0,40},[ \t]*\n?[ \t]*(?:[A-Z]{1,2}-)?\d{2,7}(?:[ \t-]\d{2,4}|[ \t]?[A-Z]{2})?[ \t]*\n?[ \t]*[^\W\d_]"
                  r"|,[ \t]*\n?[ \t]*[^\W\d_a-z][^\W\d_]+[ \t]+(?:[A-Z]\d\d[ \t]?[A-Z\d]{4}|\d{4,7}(?![\w]))"
                  r"|\d[^\n]{0,30}\n[ \t]*(?:[A-Z]{1,2}-)?\d{2,7}(?:[ \t-]\d{2,4}|[ \t]?[A-Z]{2})?[ \t]+[^\W\d_]")

# A French, Belgian or Luxembourg address: the number before the street word ("12 rue Victor Hugo", "4 bis,
# avenue de la Gare", "7 place d'Italie"), the postal code and town after it.
_FR_WORDS = (r"(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square|passage|"
             r"rond-point|sentier|voie|Rue|Avenue|Boulevard|Place|Chemin|Allée|Impasse|Quai|Route|Cours)")
NUMBER_FIRST = compile_rule(
    rf"""
    (?<![\w.,-])
    # a Canadian flat's number before the house's with a hyphen ("402-1180 Rue Saint-Denis"); not a year's serial
    (?P<core>(?:(?!(?:19|20)\d\d-)\d{{1,5}}-)?\d{{1,4}}(?:[ \t]?(?:bis|ter|[A-Za-z])(?![\w]))?,?[ \t]+{_FR_WORDS}[ \t]+
      (?:(?:de|du|des|la|le|l'|l’|d'|d’|la)[ \t]*)*[^\W\d_a-z][\w'’-]*
      (?:[ \t]+(?:(?:de|du|des|la|le|l'|l’|d'|d’|et|sur)[ \t]*)*[^\W\d_a-z][\w'’-]*){{0,4}})
    (?P<post>,?[ \t]*\n?[ \t]*{_POSTCODE}[ \t]+{_TOWN}(?:,[ \t]*{COUNTRY}(?![\w-]))?)?
    (?![\w-])
    """
)
NUMBER_FIRST_NEEDS = ("rue", "avenue", "av.", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai",
                      "route", "cours", "square", "passage", "sentier", "voie")


_STREET_START = compiled(rf"(?i:{_LOWER_WORDS})$")
# Words before a number and a comma that make the line no address: a box (the Swedish rules'), a document's
# numbers ("Faktura 2026-118, 1200 kronor", "Paragraf 12, 4 kap."), an organisation's number.
_NOT_STREET_START = frozenset({
    "box", "postbox", "pl", "tel", "telefon", "fax", "org.nr", "faktura", "fakturan", "paragraf", "kapitel", "kap.",
    "punkt", "bilaga", "sida", "vecka", "avgift", "avgiften", "belopp", "beloppet", "summa", "totalt", "ärende",
    "dnr", "beslut", "beslutet", "mötet", "möte", "sammanträde", "år", "version", "avsnitt", "tabell", "figur",
})
# a year and a serial ("2026-118") or a number in groups is a reference's, never a house's
_NOT_HOUSE_NUMBER = re.compile(r"^(?:19|20)\d\d[-/]\d{2,}")


_YEAR_THEN_WORD = re.compile(r"^,[ \t]*\n?[ \t]*(?:19|20)\d\d[ \t]+([^\W\d_]+)")
# a year after a month's name is a date's, no house's number ("Nací el 3 de Marzo 1990"); a street named by a date
# has its street's word before the day ("Av. 18 de Julio 1990")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DATE_STREET_WORD = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ][^\W\d_]*\.?[ \t]+\d{1,2}[ \t]+(?:de|del)[ \t]+$")


def month_and_year(text: str, m: re.Match[str]) -> bool:
    """True when a match's street is one month's name and its number a year ("9. Dezember 1998, ..."): a date."""
    from redact.detect.birth_cues_abroad import MONTHS_ABROAD
    from redact.detect.month_names import MONTHS

    word = m.group("core").strip().rstrip(".").lower()
    return ((word in MONTHS or word in MONTHS_ABROAD) and bool(_YEAR.fullmatch(m.group("number")))
            and not _DATE_STREET_WORD.search(text, max(0, m.start() - 30), m.start()))


def check_street_with_post(text: str, m: re.Match[str]) -> Verdict | None:
    """An address abroad taken whole; None when the "street" is a sentence's words."""
    from redact.detect import context as ctx

    core = m.group("core")
    first = core.split()[0]
    if first.lower() in _NOT_STREET_START or _NOT_HOUSE_NUMBER.match(m.group("number")):
        return None
    if re.fullmatch(r"[^\W\d_]{3,}(?:nummer|numret|nr\.?)", first.lower()):
        return None  # "Personalnummer 0444, DLRG 4418/27": a number's label, no street
    if month_and_year(text, m):
        return None  # "am 9. Dezember 1998,\nVersicherungsnummer 5535 ...": a date and the next line's label
    if ctx.label_before(text, m.start(), ("besöksadress", "besöksadr", "besök")):
        return None
    year = _YEAR_THEN_WORD.search(m.group("post"))
    if year and (year.group(1).lower() in ctx.NOT_A_NAME or re.search(rf"(?<![\w-]){year.group(1).lower()}(?![\w-])", text)):
        return None  # "Storgatan 4, Lövåsa, 2024 Beslut": a year and a word of the sentence, no postal code and town
    # "Via", "Rue", "Trg" begin a street though Swedish reads "via" as a preposition
    start = m.start() if _STREET_START.match(first) else ctx.trim_leading_words(text, m.start(), m.end())
    start = past_lowercase_lead(text, start, m.start("number"))  # "жила за адресою prosp. Myru 12": a sentence's words
    if start >= m.start("number"):
        return None
    if start == m.start() and (house := _HOUSE_BEFORE.search(text, max(0, start - 16), start)) is not None:
        start = house.start("house")  # "B-14 Sector 21, Noida 201301": the house's number before its street
    return Verdict(start, m.end(), "street address abroad with postal code and town", 0.85)


# A house's or a plot's number before the street, as India and others write it: "B-14 Sector 21", "C/7 Block 4".
# Thailand numbers the house and its plot before the lane the same way ("45/7 Soi Ari 3").
_HOUSE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<house>[A-Z]{1,2}[-/]?\d{1,4}[A-Z]?|\d{1,4}/\d{1,4}[A-Z]?),?[ \t]+$")


def check_number_first(text: str, m: re.Match[str]) -> Verdict | None:
    """A French-style address: number, street word, name; the postal code and town when they follow."""
    from redact.detect import context as ctx

    if ctx.label_before(text, m.start(), ("besöksadress", "besöksadr", "besök")):
        return None
    return Verdict(m.start(), m.end(), "street address abroad, number first", 0.8)


# A home abroad written as places separated by commas after a residence or kin cue ("mormor bor på 12 Phố Hàng
# Bạc, Hoàn Kiếm, Hà Nội", "reser till morföräldrarna i Jigjiga Yar, Hargeisa, Somaliland"): the street, the
# district and the town are the address, a country after them is not (a region standing in a country's place is:
# see regions_as_countries). A Swedish "bor i Rinkeby, Stockholm" is a
# district and a town and stays: the parts must begin with a number, be written in another alphabet's letters,
# end in a country, or be a street with its number, a district and a town.
# A part's words are capitalised in any script, may carry a Persian ezafe or a particle ("Khiaban-e Vali Asr"),
# hold a street word of any language in lower case ("Lielā iela 14-3", "Kucheh Golha 14") or open with a
# lowercase abbreviation of the place's kind ("vul. Shevchenka 31", "s. Velyka Bahachka"); a postal code may
# stand alone as a part ("38300", "LV-3201").
# an abbreviated street, district or unit word ("Cad.", "Str.", "Av.", "Co. Kerry"), or any short word with a full stop
# before a number ("Sh. 14"); not any short word before a stop: that may be a town ending its sentence ("..., Hà Nội.")
_CAP = (r"(?:(?:St|Str|Rd|Av|Ave|Avda|Bd|Bul|Blvd|Cad|Cd|Sk|Sok|Mah|Mh|Co|No|Nr|Ul|Al|Pl|Sq|Ln|Dr|Ct|Hwy|Jl|Jln|Pr|"
        r"Vul|Prosp|Per|Sh|Tr|Rr|Bl|Ap|Sc|Et|Kv|Apt|Km|Prov|Dist|Distr|Reg|Obl|Sec|Blk|Mun|Ph|Qu|Mt|Imm|Bât|Esc|Ed|Res|"
        r"Urb|Col|Mz|Lt|Int|Kel|Kec|Kab|Kl|Ek|TP|Tp)\.(?=[ \t]+\w)"
        r"|[^\W\d_a-zß-ÿ][^\W\d_]{0,2}\.(?=[ \t]+\d)"
        r"|[A-Z]{1,3}\d{1,3}[A-Za-z]?(?=[ \t]+[^\W\d_a-z])"  # a road or zone by its code: "KM5 Road", "N7 Highway"
        # a compass point's initial in a street's name ("Fuxing S. Rd.", "Heping E. Rd.")
        r"|[NSEW]\.(?=[ \t]+[^\W\d_a-z])"
        # an elided French article before the name ("Avenue de l'Université")
        r"|(?:[dlDL]['’])?[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’][^\W\d_]+|['’](?=[ \t]))?(?:-[^\W\d_]+)*)")
# Street words that open a street in lower case ("prospekt Peremohy 44", "calle Mayor 8", "ulitsa Lenina 3").
# Vietnamese writes its ward, district, commune and province words in lower case ("phường Hàng Gai", "quận Hoàn Kiếm",
# "huyện Gia Lâm", "tỉnh Nghệ An").
_LOWER_OPENS = (r"(?:ul\.|al\.|os\.|vul\.|prosp\.|str\.|rue|calle|via|rua|avenida|strada|ulica|ulice|trg|prospekt|"
                r"prospekti|vulytsia|vulitsa|ulitsa|pereulok|provulok|shosse|bulvar|ploshcha|ploshchad|naberezhnaya|"
                r"phường|quận|huyện|xã|thị[ \t]trấn|thôn|ấp|tỉnh|thành[ \t]phố|phố|đường|ngõ|ngách|hẻm|kiệt|số)")
_LOWER_IN = rf"(?:{_LOWER_WORDS})(?![\w])"
# a saint or a mount abbreviated before a district's or a town's name ("St. Clair", "Ste. Anne", "Mt. Hope")
_SAINT = r"(?:St|Ste|Mt|Ft)\."
# a number of up to three groups: India's house numbers and Japan's block, lot and house ("8-2-293", "2-14-7"),
# or a house's letter after a dash as Aruba writes it ("12-A")
_NUM = r"\d{1,4}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z](?![\w-]))){0,2}"
# an Irish Eircode: a routing key of a letter and two digits ("D04", "D6W"), then four letters and digits
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\w-])"
# A lowercase word of another language inside a part: the kind of place after its name in the languages no list
# here knows ("Yasamal rayonu", "Chingeltei duureg", "Akagari ka Kabeza", "Nizami küç. 45"). A Swedish word that
# goes on the sentence or opens a clause, a unit of money or time, or a month is never one: the address ends there.
_SWEDISH_GOES_ON = (r"(?:och|eller|men|som|att|där|när|då|eftersom|medan|samt|sedan|han|hon|hen|de|den|det|dem|vi|"
                    r"jag|du|ni|sin|sitt|sina|hans|hennes|deras|är|var|har|hade|blir|kan|ska|skulle|får|fick|inte|"
                    r"också|även|nu|där|här|i|på|till|från|med|för|av|om|hos|vid|mot|under|efter|före|utan|enligt|"
                    r"genom|över|mellan|ett|en|kr|kronor|sek|euro|dollar|procent|år|års|månad|månader|vecka|veckor|"
                    r"dag|dagar|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                    r"dnr|diarienummer|nr|tel|telefon|tfn|mobil|fax|e-post|epost|se|bilaga|sida|kap|kl|ca|tr|rum|plan|"
                    r"avd|avdelning|våning|sal|hus|säng|linje|buss|tåg|sms|ålder|född|personnummer|pnr|"
                    # a Vietnamese letter's time going on after the address ("…, Hà Nội,\ntháng 12 bố chuyển đến")
                    r"tháng|năm|ngày|từ)")
_LOW = r"[a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžəǎǐǒǔ]"
_FOREIGN_LOWER = rf"(?!{_SWEDISH_GOES_ON}(?![\w-])){_LOW}{{1,12}}\.?(?![\w-])"
# such a word only in a part another part follows in the same clause: the address's last part is its town, and a
# lowercase word there is the Swedish sentence going on ("..., Lövåsa, 2024 Beslut fattades.")
_MORE_PARTS = r"(?=(?:[^,\n;|.]|\.(?![ \t]+[A-ZÅÄÖ]|[ \t]*(?:\n|$)))*,)"
_FOREIGN_LOWER_ON = rf"{_FOREIGN_LOWER}{_MORE_PARTS}"
# A part that opens with its number and names its kind after it, in lower case: the quarter, building and flat of
# Central Asia and Mongolia ("7-r khoroo", "45-r bair", "12 toot", "12-üi", "34-päter") and a floor by its number and
# F ("4F.", "8/F") as East Asia writes it.
_NUMBER_LED = (rf"(?:\d{{1,4}}(?:-{_LOW}{{1,8}})?(?:[ \t]+{_FOREIGN_LOWER_ON}){{1,2}}|\d{{1,4}}-{_LOW}{{1,8}}(?![\w-])"
               r"|\d{1,2}/?F\.?(?![\w-]))")
# A lowercase unit word or its abbreviation before its number in any Latin letters ("mən. 12", "jaý 4").
_LOW_UNIT = rf"(?!{_SWEDISH_GOES_ON}(?![\w-])){_LOW}{{1,8}}\.?[ \t]*\d{{1,4}}[A-Za-z]?(?![\w-])"
# the words of a part after its first: capitalised words, lowercase street words and particles, numbers in any
# order ("Số 14 ngõ 52 phố Tô Hiến Thành", "Lielā iela 14-3", "House No. 512")
_PART = (rf"(?:(?:\#?\d{{1,4}}[A-Za-z]?(?:[/-]\d{{1,4}}[A-Za-z]?){{0,2}}[ \t]+|\d{{5,6}}[ \t]+)?(?:(?:[a-zà-ÿ]{{1,6}}\.|r-n|{_SAINT})[ \t]*|{_LOWER_OPENS}[ \t]+)?{_CAP}"
         # a house number may wrap to the next line before its comma ("Kuche-ye Yas\n12,\nShiraz")
         rf"(?:(?:[ \t]+|-|[ \t]*\n[ \t]*(?=\d{{1,4}}[A-Za-z]?[ \t]*,))(?:{_CAP}|{_LOWER_IN}|{_FOREIGN_LOWER_ON}|{_NUM}(?![\w-])"
         # a Turkish "No: 112/4" and a Colombian crossing street's number ("Calle 45 # 12-30")
         rf"|(?:No|Nr)[.:][ \t]?{_NUM}(?![\w-])|\#[ \t]?\d{{1,3}}[A-Za-z]?-\d{{1,3}}(?![\w-])"
         # a house number after its sign, as the Americas and the Caribbean write it ("Casa #45"), and French
         # Africa's "n° 23" ("7e Avenue n° 23")
         rf"|\#[ \t]?\d{{1,4}}[A-Za-z]?(?![\w-])|[Nn][º°][ \t]?{_NUM}(?![\w-])"
         # a postal code after its town ("Erbil 44001", "Bangkok 10110") and an Irish Eircode ("Co. Kerry V92 X4F7")
         # and Japan's ("Tokyo 150-0001")
         rf"|\d{{5,6}}(?![\w-])|\d{{3}}-\d{{4}}(?![\w-])|{_EIRCODE}"
         # a postal code with its country's letters after the town ("Bakı AZ1000", "Mosta MST 1018", Barbados's
         # "St. Michael BB11000")
         rf"|[A-Z]{{2,3}}[ \t-]?\d{{4,5}}(?![\w-])"
         # Eswatini's letter and three digits ("Mbabane H100") and Saint Lucia's ("Castries LC04 101")
         rf"|[A-Z]\d{{3}}(?![\w-])|[A-Z]{{2}}\d{{2}}[ \t]\d{{3}}(?![\w-])"
         # the Cayman Islands' ("George Town KY1-1102")
         rf"|[A-Z]{{2}}\d-\d{{4}}(?![\w-])"
         # a Korean numbered road or lane ("Teheran-ro 8-gil", "Jong-ro 3-ga")
         rf"|\d{{1,4}}-(?:gil|ga|ro|daero|beongil|dong)(?![\w-]))){{0,7}}"
         # a block, flat or staircase: "bl. 4", "ap. 12", "kv. 8", "depto. 32", a flat by its letter ("depto. B"), the
         # Hebrew flat in Latin letters ("dira 7")
         r"|(?:[a-zà-ÿ]{1,6}\.|kv|lgh|apt|apto|ap|bl|nr|no|piso|depto|dpto|dira)"
         r"[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w-])"
         # a floor written with its ordinal ("2e étage", "4th floor", "3. kat")
         r"|\d{1,2}(?:e|er|ère|ème|º|°|st|nd|rd|th|\.)?[ \t]?(?i:étage|etage|floor|piso|kat|stock)(?![\w-])"
         # a French town's or a French-speaking African city's district by its ordinal ("7e arrondissement")
         r"|\d{1,2}(?:e|er|ème)[ \t]?(?i:arrondissement|arrdt\.?|arr\.)(?![\w-])"
         r"|(?:[A-Z]{1,2}-)?\d{4,6}(?![\w-])"
         rf"|{_NUMBER_LED}|{_LOW_UNIT})")
# a post box among the parts, as East Africa writes a home's ("Plot 7, P.O. Box 512, Arusha"): tried first, or "P"
# of "P.O." would end the address at its stop
_PART = (r"(?:(?:P\.[ \t]?O\.[ \t]?Box|PO[ \t]Box|B\.[ \t]?P\.|Private[ \t]Bag)[ \t]+(?:[A-Z]-?)?\d{1,6}(?:-\d{3,5})?(?![\w-])"
         # a plot of Southern Africa's land registry, its number with its parcel's ("Plot 12345-067")
         r"|Plot[ \t]+\d{1,6}(?:[/-]\d{1,4})?(?![\w-])"
         # French Polynesia's kilometre point on the island's ring road and its side of the road ("PK 12, côté mer")
         r"|PK[ \t]?\d{1,3}(?:\.\d{1,3})?(?![\w-])|côté[ \t](?:mer|montagne)(?![\w-])"
         rf"|{_PART})")
PLACES_AFTER_CUE = compile_rule(
    # "på", "i", "till", "från" a place, or "adressen" / "adress:" before it ("skickas till ...", "uppger adressen ...")
    # or "adressen är", "adress där är" ("hennes adress där är ...")
    rf"(?<![\w-])(?P<prep>(?i:på|i|till|från|adressen|adress[ \t]*:|adress(?:en)?(?:[ \t]+[a-zåäö]+)?[ \t]+är))"
    r"(?:(?<=:)|(?=\s))[ \t]*\n?[ \t]*"  # a space after the word: "Imm. 5" opens with no "i"
    rf"(?P<addr>{_PART}(?:,[ \t]*\n?[ \t]*{_PART}){{1,7}})"
    # the address ends the clause, or the sentence goes on in lower case ("..., Teheran och besöker honom",
    # "..., Teheran förra veckan", "..., Teheran, nu på ...")
    r"(?=[ \t]*(?:[.;:)]|\n|$)|[ \t]+[a-zåäö]|,[ \t]+[a-zåäö])"
)
# The same places after a colon ending the line of a sentence that says who lives where ("bor hos mormor … i Addis
# Abeba:" / "Bole Sub-City, Woreda 03, …"), or after a contact's telephone number or e-mail address ("brodern
# Abdullahi Osman, +252 61 554 8820," / "Maka al Mukarama Road, Hodan District, Mogadishu"): only a street, a
# district and a town after them (``check_places_after_cue`` asks that of any "prep" but "på" and "i"). A rule of
# its own, each opening on one character (the colon, the number's "+" or "00", the address's "@"), so that the
# words the rule above opens on are not joined by every word of the page.
PLACES_AFTER_CONTACT = compile_rule(
    # (each branch opens on its literal character, the look back after it: the engine skips the other positions)
    r"(?P<prep>:(?<=[^\W\d_]:)(?=[ \t]*\n)|\+(?<![\w+]\+)\d{1,3}(?:[ \t-]?\d){6,12}[ \t]*,"
    r"|00(?<![\w+]00)\d{1,3}(?:[ \t-]?\d){6,12}[ \t]*,|@(?<=[\w.+-]@)[\w-]+(?:\.[\w-]+)+[ \t]*,)"
    r"[ \t]*\n?[ \t]*"
    rf"(?P<addr>{_PART}(?:,[ \t]*\n?[ \t]*{_PART}){{1,7}})"
    r"(?=[ \t]*(?:[.;:)]|\n|$)|[ \t]+[a-zåäö])"
)
CONTACT_GATE = rule_regex(r"[^\W\d_]:[ \t]*\n|\d[ \t]*,|@")
PLACES_GATE = rule_regex(r"[^\W_],[ \t]*\n?[ \t]*[^\W_]")  # a word or a number on each side of a comma
_HOME_CUE = compiled(
    r"(?i)(?<![\w-])(?:bor|bodde|bott|bosatt|boende|vistas|vistades|adress|adressen|hemma|mamma|pappa|mor|far|"
    r"mamman|pappan|modern|fadern|mormor|morfar|farmor|farfar|morföräldrar|morföräldrarna|farföräldrar|"
    r"farföräldrarna|föräldrar|föräldrarna|moster|faster|morbror|farbror|bror|brodern|syster|systern|kusin|"
    r"släktingar|släkten|familjen|"
    # the other kin, a move, and where mail goes: "dottern har flyttat till", "brevet skickades till"
    r"dotter|dottern|döttrarna|son|sonen|sönerna|barnen|barnet|make|maken|maka|makan|hustru|hustrun|fru|frun|"
    r"mannen|sambo|sambon|svärmor|svärfar|svärföräldrarna|flyttade|flyttat|flyttar|flytta|flyttat[ \t]+till|"
    r"folkbokförd|folkbokförda|skickas|skickades|skickats|skickat|brevet|breven|posten|post|nås|uppger|"
    r"vistelseadress|sover|övernattar)(?![\w-])")
_HOUSE_NUMBER_END = re.compile(r"[^\W\d_][.:]?[ \t]+(?:\#[ \t]?)?\d{1,4}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z]))?$")
# a house number before its street, as Egypt, Vietnam and the English-speaking countries write it ("15 Shari
# El-Tahrir", "N° 12 Avenue ...")
_HOUSE_NUMBER_FIRST = re.compile(r"^(?:N[º°o]\.?[ \t]*|\#[ \t]?)?\d{1,4}[A-Za-z]?[ \t]+[^\W\d_]")
_HOUSE_NUMBER_IN = re.compile(r"[^\W\d_][ \t]+\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?[ \t]+[^\W\d_]")
_KIND_WORD = compiled(rf"(?i:{_LOWER_WORDS}|kheyabane|kheyaban|kuche|degmad|xaafad|waddo|pelak|kebele|"
                      r"mahalle|jadde|jaddeh|meydan|meydane|tole|barrio|colonia|poblacion|población|"
                      # the district and lane words of Ethiopia and Thailand ("Woreda 03", "Soi Ari 3", "Moo 4")
                      r"woreda|wereda|kifle|soi|moo|tambon|khwaeng|amphoe|khet|thanon|"
                      # the quarter, commune, district and village words of English, French, Spanish, Portuguese
                      # and German, before the place's name ("Quartier Kipé", "Commune de Ratoma", "Bairro Alto")
                      r"quartier|commune|secteur|arrondissement|cité|village|ville|district|sector|ward|estate|"
                      r"township|suburb|bairro|distrito|municipio|município|aldea|vereda|corregimiento|localidad|"
                      r"urbanización|urbanizacion|ortsteil|gemeinde|bezirk|viertel|"
                      # a house named as the French-speaking islands and Africa name it ("Villa Hoarau", "Maison Payet")
                      r"villa|maison)$")
# the quarter and street words of another language that make a part an address with only its town after it
# ("Quartier Hadoudja, Moroni", "Route de la Corniche, Moroni"), whatever the number
_OPENS_ABROAD = re.compile(r"(?:Quartier|Commune|Secteur|Cité|Colonia|Barrio|Bairro|Urbanización|Hay|Hai|Xaafadda|"
                           r"Degmada|Woreda|Kebele|Mahalle|Rue|Route|Avenue|Boulevard|Calle|Avenida|Rua|Travessa|Shari|"
                           r"Sharia|Waddada|Khiaban|Kucheh|Jalan|Soi|Thanon|Phố|Đường|"
                           # the rural section and housing estate of the French Caribbean, Papiamento's street
                           # and hill ("Section Bois Jolan, 97180 Sainte-Anne", "Kaya Grandi 34, Rincon")
                           r"Section|Lotissement|Lieu-dit|Hameau|Kaya|Caya|Seroe|"
                           # the private lane of French Polynesia ("Servitude Teriierooiterai, 98702 Faa'a")
                           r"Servitude)$")
_KIND_AFTER = re.compile(r"[ \t](?:District|Road|Street|Avenue|Lane|Zone|Sector|Quarter|Highway|Township|Village|"
                         r"Ward|Estate|Suburb|Municipality|Commune|Quartier)$")
_POSTCODE_PART = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,6}$")
# a postal code of two letters and five digits after its parish or town ("Christ Church BB15139"), or the
# Cayman Islands' ("Bodden Town KY1-1601")
_LETTERED_POSTCODE_END = re.compile(r"[^\W\d_][ \t]+[A-Z]{2}(?:[ \t]?\d{5}|\d-\d{4})$")
_FOREIGN_LOWER_IN = compiled(rf"(?<=[^\W\d_])[ \t]+{_FOREIGN_LOWER}")
_NUMBER_LED_AT = compiled(_NUMBER_LED)
_LOW_UNIT_AT = re.compile(_LOW_UNIT)
_SWEDISH_LETTERS = re.compile(r"^[A-Za-zÅÄÖåäöÉé\d\s,.'’-]*$")
_COUNTRY_PART = compiled(rf"^{COUNTRY}$")
#: any country, where the places before it are said to be a home ("bor på Villa Hoarau, Beau Vallon, Mahé, Seychelles")
#: (its short name only: "Commonwealth of Dominica" stays one of the places, as the rules were written)
_ANY_COUNTRY_PART = compiled(rf"^{any_country(official=False)}$")
# (the Swedish "i" and the country after it close the sentence, not the address: "..., Noida 201301 i Indien")
_SWEDISH_TAIL = compiled(rf"[ \t]+(?:i|på|en|av|om)(?:[ \t]+{any_country(official=False)})?$")
# a Mexican or other state abbreviated after the town ("Jal.", "Gto.", "Qro.")
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}")


def check_places_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    """A home abroad as comma-separated places after a residence or kin cue in the same sentence."""
    from redact.detect import context as ctx
    from redact.detect.places import listed_abroad
    from redact.detect.stay_cells import numbered_room

    if text.startswith(",", m.end()) and re.search(r"(?<![\w-])[a-zåäö]", m.group("addr")):
        return None  # "bor i Tyskland halva året, Hauptstraße 7, …, och": a clause goes on; only capitalised places
    parts = [p.strip() for p in m.group("addr").split(",")]
    while parts and _COUNTRY_PART.match(" ".join(parts[0].split())):
        return None  # "bor i Norge, Storgata 12, 9008 Tromsø": the country begins, the address rules take the rest
    trimmed = False
    while parts and (_COUNTRY_PART.match(" ".join(parts[-1].split()))
                     or _ANY_COUNTRY_PART.match(" ".join(parts[-1].split()))):
        if region_as_country(parts[-1]):
            trimmed = True  # "..., Hargeisa, Somaliland": the region names the home's land, inside the address
            break
        parts.pop()
        trimmed = True
    # (a listed town whose first word is also a sentence's is the town: "Tel Aviv", whose "Tel" a phone's label is)
    if len(parts) < 2 or any(p.split()[0].lower() in ctx.NOT_A_NAME for p in parts
                             if not p[0].isdigit() and not listed_abroad(p)):
        return None
    addr = ", ".join(parts)
    # a street with its number, then the district and the town ("Jalan Merdeka 12, Menteng, Jakarta"), in any
    # order ("Khiaban-e Vali Asr, Kucheh Golha 14, Teheran"), or a postal code among the parts ("..., 38300")
    numbered = [p for p in parts if _HOUSE_NUMBER_END.search(p) or _HOUSE_NUMBER_IN.search(p)
                or _HOUSE_NUMBER_FIRST.match(p) or _NUMBER_LED_AT.fullmatch(p)]
    # a part named by its kind in the country's language ("Degmada Hodan", "Xaafadda Taleex", "Kuche 14")
    kind_named = len(parts) >= 3 and any(_KIND_WORD.match(p.split()[0].split("-")[0]) for p in parts if p.split())
    # or by the English kind word after its name ("Wardhiigley District, KM5 Road, Baidoa")
    kind_named = kind_named or (len(parts) >= 3 and any(_KIND_AFTER.search(p) for p in parts))
    # or by lowercase kind words of a language no list here knows, in two parts or more ("Yasamal rayonu, Nizami
    # küç. 12, ...", "Umudugudu wa Nyamata, Akagari ka Kabeza, ..."): a Swedish sentence's words end the parts
    kind_named = kind_named or (len(parts) >= 3 and sum(bool(_FOREIGN_LOWER_IN.search(p)) for p in parts) >= 2)
    postcode = any(_POSTCODE_PART.match(p) or _LETTERED_POSTCODE_END.search(p) for p in parts[1:])
    # a postal code with its country's letters ("St. James BB24017") is no Swedish one: the places are a home abroad
    lettered = any(_LETTERED_POSTCODE_END.search(p) for p in parts[1:])
    street_district_town = (len(parts) >= 3 and numbered) or (numbered and postcode)
    street_district_town = street_district_town or kind_named or lettered
    # a street named by its kind in the country's language, its number and the town ("Shari Nasser 22, Tripoli")
    first = parts[0].split()[0] if parts[0].split() else ""
    street_district_town = street_district_town or (
        len(parts) == 2 and bool(numbered) and len(first) >= 4 and first[0].isupper() and bool(_KIND_WORD.match(first)))
    # or a quarter or street by another language's word and its name, then the town ("Quartier Kipé, Conakry")
    street_district_town = street_district_town or (
        len(parts) == 2 and bool(_OPENS_ABROAD.match(first))
        and any(w[:1].isupper() for w in parts[0].split()[1:]))  # named: not "Section 3, Lund" of a course
    # a street with its number and the town after "bor på", the town over a line end too ("bor på Godena Harnet
    # 45,\nAsmara och ..."), or a street by its English kind word and the town ("Goodwill Road, Roseau"): the town
    # is the home's as much as the street (a numbered ward or room is no street: "Avdelning 4, Lund"; a floor
    # after the number is no town: "Norra Ringvägen 40, 2 tr.")
    street_district_town = street_district_town or (
        len(parts) == 2 and m.group("prep").lower() == "på" and first[:1].isupper()
        and bool(re.match(r"(?:\d{1,4}[A-Za-z]?[ \t]+)?[^\W\d_a-zß-ÿ]", parts[1]))
        and not numbered_room(first.rstrip(".:"))
        and (bool(_HOUSE_NUMBER_END.search(parts[0])) or bool(_KIND_AFTER.search(parts[0]))))
    if not (trimmed or parts[0][0].isdigit() or street_district_town or not _SWEDISH_LETTERS.match(addr)):
        return None
    if m.group("prep").lower() not in ("på", "i") and not (street_district_town or trimmed):
        # "Sonen till Máret Sunna, Jovsset Sunna": after "till" only a street with its number counts, or places a
        # country closes ("flyttat till Morne Rouge, St. David, Grenada")
        return None
    sentence = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), m.start() - 120)
    if not _HOME_CUE.search(text, sentence, m.end("prep")):  # the cue may be the prep's own ("adressen är")
        return None
    start = m.start("addr")
    # the end of the last part kept, in the text as written (a part may wrap to the next line)
    end = start
    for _ in parts:
        nxt = text.find(",", end + 1, m.end("addr"))
        end = nxt if nxt != -1 else m.end("addr")
    if len(parts) == len(m.group("addr").split(",")):
        end = m.end("addr")
    # a Swedish preposition the last part took as a name's particle ("..., Santiago i mars") is the sentence's
    if (tail := _SWEDISH_TAIL.search(text, start, end)) is not None:
        end = tail.start()
    elif _STATE_ABBREVIATION.fullmatch(parts[-1]) and text[end:end + 1] == ".":
        end += 1  # a state by its abbreviation ends the address with its stop ("..., 44160 Guadalajara, Jal.")
    return Verdict(start, end, "address abroad after a residence or kin cue", 0.8)


# A Latin American home written without a postal code: the street and number, the flat ("depto. 22", "apto. 501",
# "casa 4") and the commune and city ("Pasaje Los Robles 118, depto. 22, La Florida, Santiago"). The flat after the
# street's number says it is a home wherever it stands, after a person's name too ("hos mormor Rosa Fuentes, ...").
_LATIN_STREET = r"(?:Avenida|Av\.|Avda\.|Calle|Pasaje|Pje\.|Camino|Carrera|Cra\.|Jirón|Jr\.|Alameda|Rua|Travessa|Diagonal)"
_LATIN_FLAT = r"(?:depto\.?|dpto\.?|departamento|apto\.?|apartamento|casa|piso|of\.|oficina|torre|bloque|block)"
LATIN_FLAT_ADDRESS = compile_rule(
    rf"""
    (?<![\w-])
    {_LATIN_STREET}[ \t]+(?:{_CAP}|{_LOWER_IN})(?:[ \t]+(?:{_CAP}|{_LOWER_IN})){{0,4}}[ \t]+(?:N[º°o]\.?[ \t]?)?\d{{1,5}}[A-Za-z]?
    (?:,[ \t]*\n?[ \t]*(?i:{_LATIN_FLAT})[ \t]*(?:\d{{1,4}}[A-Za-z]?|[A-Z])(?![\w-])){{1,2}}
    (?:,[ \t]*\n?[ \t]*{_CAP}(?:[ \t]+(?:{_CAP}|de|del|la|los|las)){{0,3}}){{1,2}}
    (?![\w-])
    """
)
LATIN_FLAT_NEEDS = ("depto", "dpto", "departamento", "apto", "apartamento", "casa", "piso", "of.", "oficina", "torre",
                    "bloque", "block")


def check_latin_flat(text: str, m: re.Match[str]) -> Verdict | None:
    """A street, its flat and its commune and city, taken whole; a Swedish preposition after them stays."""
    end = m.end()
    if (tail := _SWEDISH_TAIL.search(text, m.start(), end)) is not None:
        end = tail.start()
    return Verdict(m.start(), end, "street address abroad with its flat", 0.8)


# A post box abroad with its town, where a person's post goes ("post till P.O. Box 20514-00200, Nairobi"): the
# box's number may carry the postal code after a hyphen, as Kenya writes it.
# the road and the area a post box's address names before the box in East and West Africa ("Ngong Road, Kilimani,
# P.O. Box 21847-00505, Nairobi"): part of the same address
_BOX_ROAD = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t](?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Highway)"
_BOX_AREA = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
# the house or plot on the road, before the box ("Ngong Road, Kilimani, Hse No. 14", "Nyeri Road, Plot 2210")
_BOX_HOME = r"(?:Hse|House|Plot|Flat|Apt|Apartment|Block|Bldg)\.?[ \t]*(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?"
PO_BOX = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_BOX_ROAD}(?:,[ \t]*\n?[ \t]*(?:{_BOX_AREA}|{_BOX_HOME})){{0,2}}
      # (an envelope puts the box on the line under the road's, with no comma: "Ngong Road, Hse No. 14" / "P.O. Box …")
      (?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*))?
    (?:P\.[ \t]?O\.[ \t]?Box|PO[ \t]Box|P\.O\.B\.|Postfach|B\.P\.|Apartado|Caixa[ \t]Postal|Casilla|Private[ \t]Bag)
    [ \t]+(?:[A-Z]-?)?\d{{1,6}}(?:-\d{{3,5}})?
    # the town after a comma, or after the box's number and postal code with none ("P.O. Box 20514-00200 Nairobi")
    (?:,[ \t]*\n?[ \t]*|[ \t]+(?=[A-Z]))(?:{_POSTCODE}[ \t]+)?{_TOWN}(?:[ \t]+{_POSTCODE})?
    (?![\w-])
    """
)
PO_BOX_NEEDS = ("box", "bag", "postfach", "b.p.", "apartado", "caixa", "casilla")


def check_po_box(text: str, m: re.Match[str]) -> Verdict | None:
    """A post box abroad and its town, taken whole."""
    return Verdict(m.start(), m.end(), "post box abroad with its town", 0.8)
