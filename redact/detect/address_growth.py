"""An address abroad found in pieces is grown to the whole address over its comma-separated parts.

The rules find a street abroad by its own words ("12, Rue des Lilas", "77 Huaihai Road"), a flat with its postal
code ("Appt 4, 30050 Rabat") or a room alone ("Room 508"); the parts between and after them belong to the same
address, up to the end of the clause, across a line end too: the flat, room, floor, entrance or door in the
languages addresses are written in ("Appt 4", "Flat 2B", "stan 14", "Imm. 3", "3. tv."), the postal code with its
town in either order ("30050 Rabat", "Hangzhou 310006"), a street numbered first ("88 E 12th St"), a county or a
state with or without its postal code ("Co. Mayo", "NY 10011", "ON M4C 1B5"), a town that ends the clause or has
such a part or the country after it. Before the address a named building or residence ("Résidence Les Pins",
"Building Al Noor") belongs to it too. Two address findings with only a comma between are one address when either
is abroad. The country after an address is joined to it once, after the rules and the learned tagger
(``with_country_after``, called by the engine), whether the tagger runs or not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.address_abroad import _EIRCODE, _KIND_WORD, _LOW_UNIT, _POSTCODE, _TOWN
from redact.detect.address_countries import ANY_COUNTRY, COUNTRY, NOT_A_COUNTRY_AFTER
from redact.detect.first_chars import compiled
from redact.detect.place_country_codes import _CODES as COUNTRY_CODES
from redact.detect.stay_cells import numbered_room
from redact.types import Finding

# a flat, room, floor, suite, entrance, door, block or building with its number, in the languages addresses abroad
# are written in: English, French, Spanish, Italian, Portuguese, German, Dutch, the Nordic, Slavic and Baltic
# languages, Turkish, Arabic written in Latin letters (a Lithuanian flat's "but" with its stop or its number: ", but I"
# is English going on after the address)
_UNIT_WORDS = (r"room|rm\.?|flat|apt\.?|appt\.?|apartment|appartement|app\.?|suite|ste\.?|unit|floor|fl\.?|étage|etage|"
               r"ét\.?|bloc|block|blk\.?|building|bldg\.?|door|porte|daire|kat|d:|k:|no[.:]?|nr[.:]?|n°|#|"
               r"imm\.?|immeuble|bât\.?|bat\.?|bâtiment|batiment|entrée|escalier|esc\.?|"
               r"piso|puerta|pta\.?|depto\.?|dpto\.?|departamento|apto\.?|apartamento|interno|int\.?|scala|sc\.?|"
               r"piano|andar|casa|torre|bloque|portal|"
               r"wohnung|whg\.?|top|stiege|stg\.?|stock|etg\.?|huis|bus|"
               r"lgh|lägenhet|leil\.?|lejl\.?|lejlighed|leilighet|oppgang|opg\.?|as\.?|asunto|rappu|porras|"
               r"stan|st\.?|sprat|ulaz|kv\.?|kvartira|kw\.?|m\.|mieszkanie|lok\.?|lokal|ap\.?|bl\.?|et\.?|"
               r"sc\.|korp\.?|korpus|pod\.?|podjezd|byt|vchod|dz\.?|dzīvoklis|but\.|but(?=[ \t]*\d)|butas|"
               r"shqa|shaqa|shaqqa|dar|bina|blok|villa|house|h\.?no\.?|plot|lot|sector|"
               # an Icelandic flat, a Spanish ground floor, a Portuguese number ("íbúð 3", "bajo B", "n.º 25")
               r"íbúð|ib\.|bajo|n\.º|nº")
_UNIT = (rf"(?:(?i:{_UNIT_WORDS})"
         r"[ \t]*(?:\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}|[A-Z]\d{0,4})(?![\w-])"
         # a floor by its ordinal and a side or door: "3. tv.", "1. th.", "2e étage", "4th floor", "3.º B"
         r"|\d{1,2}(?:\.|e|er|ère|ème|º|°|st|nd|rd|th|\.º)?[ \t]?(?:(?i:étage|etage|floor|piso|kat|stock|sal|"
         r"sprat|etasje|krs\.?|kerros)|th\.?|tv\.?|mf\.?|[A-Z]|izq\.?|dcha\.?|dch\.?|"
         r"(?:OG|EG|DG|UG)(?:[ \t]+(?:links|rechts|Mitte|li\.|re\.))?)(?![\w-])"
         # a Portuguese floor by its ordinal, its side maybe: "4º", "3º esq.", "2º dto.", "1.º frente"
         r"|\d{1,2}\.?[º°](?:[ \t]?(?i:esq\.?|esqº|dto\.?|dtº|dt\.?|drt\.?|frente|fte\.?))?(?![\w-])"
         # a Catalan floor and door by their ordinals, the door's after the floor's: "3r 2a", "1r 1a", "4t 3a"
         r"|\d{1,2}(?:r|n|t|è)[ \t-]?\d{1,2}(?:a|ª)(?![\w-]))")
# a postal code with its town, in either order, or a postal code alone (an Irish Eircode too: "Dublin 4, D04 T6X2")
# (after a part of an address abroad, the Eircode's shape with any capital letter: a letter or a form may misprint one
# outside the code's own alphabet, "T12 AB34", and the shape after the address's comma is still its postal code)
_EIRCODE_SHAPE = r"[A-Z]\d[\dW][ \t]?(?=[A-Z\d]{0,3}\d)[A-Z\d]{4}(?![\w-])"
_POST_PART = rf"(?:{_POSTCODE}[ \t]+{_TOWN}|{_TOWN}[ \t]+{_POSTCODE}|{_POSTCODE}|{_EIRCODE}|{_EIRCODE_SHAPE})"
_SEP = r",[ \t]*\n?[ \t]*"
# a street numbered first, abroad: "88 E 12th St", "4 Glebe Close", "221B Baker Street"
_NUMBERED_STREET = (r"\d{1,5}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)|[^\W\d_a-zß-ÿ][^\W\d_]+)"
                    r"(?:[ \t]+(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?|\d{1,3}(?:st|nd|rd|th))){0,3}")
# a county, a state or a province: "Co. Mayo", "County Kerry", "NY 10011", "ON M4C 1B5", "NSW 2031"
_REGION = (r"(?:(?:Co\.?|County|Prov\.?|Province|Provincia|Región|Region|State|Oblast|Voivodeship|Wilaya|"
           r"Governorate|Kanton)[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+)?"
           rf"(?:[ \t]+{_EIRCODE})?"
           r"|[A-Z]{2,3}(?:[ \t]+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)))")
# a street named first and numbered after, in the languages of Europe: "Calle Luna 8", "Hauptstraße 12",
# "Atatürk Cad. No: 12"
_NAMED_STREET = (r"[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:[ \t]+(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?|de|del|la|las|los|di|da|do|dos|das|"
                 r"der|des|du|van|von|al|el))"
                 r"{0,3}[ \t]+(?:(?i:no|nr|n°)[.:]?[ \t]?)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?")
# a town with its state or province and postal code: "Fitzroy VIC 3065", "Springfield MA 01103", and Canada's code of
# letters and figures, "Toronto ON M5S 1X1", "Montréal QC H2X 3K8"
_STATE_CODE = r"[A-Z]{2,3}[ \t]+(?:\d{4,5}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w-]))"
_TOWN_STATE = rf"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t-]+[^\W\d_a-zß-ÿ][^\W\d_]+)?[ \t]+{_STATE_CODE}"
_COUNTRY_PART = rf"{COUNTRY}"
# a named building, residence or estate after the street, as before it (see _BACKWARD_BUILDING): "..., immeuble
# Salma, 3e étage", "..., Building Al Noor, Flat 4"; the word of the building opens the part
_BUILDING_PART = (r"(?i:résidence|residence|residencia|residencial|immeuble|imm\.|building|bldg\.|tower|torre|"
                  r"edificio|compound|cité|lotissement|domaine|conjunto|condominio|condominium|mansions|apartments)"
                  r"(?:[ \t]+(?:[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*|de|des|du|la|le|les|el|al|del)){1,4}(?=[ \t]*,)")
# a lower-case unit word of any language before its number is a part too ("hyrja 2", "mən. 12");
# a country after the address is left to the rules that found its street (a rule for a Nordic address takes
# "..., Finland", a home after a cue leaves "..., Somaliland")
_FORWARD = compiled(rf"{_SEP}(?:{_UNIT}|{_BUILDING_PART}|{_REGION}|{_TOWN_STATE}|{_POST_PART}|{_NUMBERED_STREET}|{_NAMED_STREET}|{_LOW_UNIT})"
                    r"(?![\w-])")
# a town or a district alone (a three-digit postal code may follow it: "Tainan 704"): taken when the address's clause ends after it or a part above follows it, over a
# few such places in a row ("Harbour Court, Ringsend, Dublin 4", "Ballymore, Co. Mayo")
_PLACE_PART = compiled(rf"{_SEP}(?!(?:(?i:och|and|samt|men|tel|telefon|tfn|mobil|e-post|epost)|{_COUNTRY_PART})"
                       rf"(?![\w-])){_TOWN}(?:[ \t]+\d{{3}})?(?![\w-])")
# the clause ends, a phone number in its country's form follows, the Swedish sentence goes on after the town
# ("..., Serrekunda och arbetar där", "..., Gombe, Kinshasa, och skickar brev") or any country follows it
# ("..., Port Vila, Vanuatu")
_PLACES_END = compiled(rf"[ \t]*(?:[.;)|]|\n|$)|,[ \t]*\+\d|,[ \t]*\n?[ \t]*(?:och|men|där|sedan|samt)(?![\w-])"
                       # (or a quoted mail's sentence goes on in its own language on the next line, in small letters:
                       # "..., Kraków," / "a w grudniu …", "..., Lyon," / "et en décembre …")
                       r"|,[ \t]*\n[ \t]*(?=[a-zß-ÿα-ωа-яё])"
                       r"|[ \t]+(?:och|men|där|sedan|samt|hos|med|i|på)(?![\w-])"
                       # (or a quoted letter's own sentence goes on: "..., Lisboa em março", "..., Madrid hasta 2020")
                       r"|[ \t]+(?:em|até|desde|hasta|y|and|where|until|et|und|bis)[ \t]+(?=[\w])"
                       rf"|{_SEP}(?:{_REGION}|{_POST_PART}|{ANY_COUNTRY})(?![\w-])")
_PLACES_IN_A_ROW = 3
# the next line of a letter's address block, holding the district or town and the postal code (and the country): an
# envelope writes the street on one line and "Bang Saray, Chon Buri 20250, Thailand" on the next, with no comma at
# the line end; the whole line is the address's (a postal code must stand on it)
_LINE_TOWN = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t-][^\W\d_a-zß-ÿ][^\W\d_]+){0,2}"
_BRACKETED = r"[ \t]*\((?:[A-Z]{2}|[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t-][^\W\d_]+){0,2})\)"
_CITY_LINE = compiled(rf"[ \t]*\n[ \t]*(?:{_LINE_TOWN},[ \t]*){{0,2}}"
                      # (the district with the postal code, then the town: "11211 Zamalek, Cairo")
                      rf"(?:{_POSTCODE}[ \t]+{_LINE_TOWN}(?:,[ \t]*{_LINE_TOWN}(?=[ \t]*(?:\n|$|,)))?"
                      rf"|{_LINE_TOWN}[ \t]+{_POSTCODE}|{_TOWN_STATE}"
                      # an Irish town, Dublin's district by its number perhaps, and the Eircode ("Dublin 6W, D6W 1X2")
                      rf"|{_LINE_TOWN}(?:[ \t]+\d{{1,2}}W?)?,?[ \t]+{_EIRCODE_SHAPE})"
                      # the province in brackets after the town ("03100 Ávila (Castilla)") ends the line too, before
                      # the country or after it ("20121 Milano (MI), Italia")
                      rf"(?:{_BRACKETED}(?=,))?(?:,[ \t]*{ANY_COUNTRY})?(?:{_BRACKETED})?"
                      rf"(?=[ \t]*(?:\n|$))")
# (or, where the country has no postal codes or the letter gives none, the town and the country alone on the next line,
# after the rest of the street's words the rule left on its line: "Ring Road Central" / "Accra, Ghana")
# (a postal code of the country's two letters glued to its digits may open the line: "AZ1065, Bakı, Azərbaycan")
_LETTERED_POST = r"[A-Z]{2}[ \t]?\d{4}(?![\w-])"
_TOWN_COUNTRY_LINE = compiled(rf"(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]*\.?){{0,2}}[ \t]*\n[ \t]*(?:{_LETTERED_POST},[ \t]*)?"
                              rf"(?:{_LINE_TOWN},[ \t]*){{1,2}}{ANY_COUNTRY}(?=[ \t]*(?:\n|$))")
_TRAILING_COUNTRY = compiled(rf"{_SEP}{ANY_COUNTRY}(?![\w-])")


def _places(text: str, at: int) -> int | None:
    """The end of the towns or districts after ``at`` that end the address (see _PLACE_PART), or None."""
    end, taken = at, None
    for _ in range(_PLACES_IN_A_ROW):
        if (m := _PLACE_PART.match(text, end)) is None:
            break
        end = m.end()
        if _FORWARD.match(text, end):
            return end  # a part above follows: the caller takes it ("Co. Mayo" is no town "Co" ending a sentence)
        if _PLACES_END.match(text, end):
            taken = end
    return taken


_UNIT_AT = compiled(_UNIT)
# the province or region in brackets after the postal code and town ("29680 Estepona (Málaga)", "80142 Napoli (NA)"):
# the address's last part, as a country after it is
_BRACKETED_REGION = re.compile(_BRACKETED)
_FLAT_SLASH_BEFORE = re.compile(r"(?<![\w/-])\d{1,4}[A-Za-z]?/$")
_PART_REST = re.compile(r"(?:[ \t]+(?:[^\W\d_a-zß-ÿ][^\W\d_]*\.?|\d{1,5}[A-Za-z]?)){1,2}(?=,)")
_UNIT_WORD_BEFORE = compiled(rf"(?<![\w-])(?i:{_UNIT_WORDS})[ \t]*$")
_BACKWARD_UNIT = compiled(rf"(?<![\w-]){_UNIT}{_SEP}$")
# the kind of house before its number sign ("Villa" of "Villa n° 87, Sicap …", "Maison No 4", "Plot # 12")
_NUMBER_SIGN = re.compile(r"(?i:n°|no\.?|nr\.?|#)[ \t]*\d")
_HOUSE_BEFORE_SIGN = re.compile(r"(?<![\w-])(?:Villa|Maison|House|Casa|Lot|Plot|Parcelle|Kiwanja)[ \t]+$")
# a part before the street opening with a street's or a quarter's word, then its name's capitalised words
_BACKWARD_KIND = re.compile(r"(?:^|(?<=[\s:]))(?P<kind>[^\W\d_]{4,})(?:-[a-z]{1,3})?(?:[ \t]+[^\W\d_a-z][^\W\d_]*){1,3}"
                            rf"{_SEP}$")
# a named building, residence or estate the address lies in, before it ("Résidence Les Pins, Imm. 2, ...")
_BACKWARD_BUILDING = re.compile(
    r"(?<![\w-])(?i:résidence|residence|residencia|residencial|immeuble|building|tower|torre|edificio|compound|"
    r"cité|lotissement|domaine|conjunto|condominio|condominium|mansions|apartments)"
    rf"(?:[ \t]+(?:[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*|de|des|du|la|le|les|el|al|del)){{1,4}}{_SEP}$")


# The parts before the address back to a word saying where someone lives or stays ("bor i Sukhbaatar District, 2nd
# khoroo, ...", "på Dolma Lam, Building 4, ..."): a street or a district of one to three capitalised words.
_BACKWARD_AFTER_CUE = re.compile(
    r"(?:^|(?<=[\s]))(?:i|på|vid|hos|in|at|on)[ \t]*\n?[ \t]*"
    rf"(?P<part>(?:[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t]+|(?=,))){{1,3}}){_SEP}$")
# a part numbered by its ordinal before the address: a quarter, a sub-district or a cross street ("2nd khoroo",
# "4th Cross")
_BACKWARD_ORDINAL = re.compile(rf"(?<![\w-])\d{{1,2}}(?:st|nd|rd|th)(?:[ \t]+[^\W\d_]+){{1,2}}{_SEP}$")
# the street an address's street meets at a corner, after "y", "and" or "&" (South and Central America, the US)
_CORNER_REST = re.compile(r"(?:(?<=[ \t]y)|(?<=[ \t]and)|[ \t]+(?:y|and|&))"
                          r"(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+){1,3}(?=,)")


def _stems(words: str) -> list[str]:
    """Each word's first four letters, folded, its accents dropped ("Sankt-Peterburg" -> ["sank", "pete"]): the
    same town in two spellings ("Odessa", "Odesa") is one."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", words) if not unicodedata.combining(c))
    return [w.casefold()[:4] for w in re.findall(r"[^\W\d_]+", plain)]


def named_again(part: str, address: str) -> bool:
    """True when the place before the address is its town again ("bor i Praia, Rua Serpa Pinto 14, Plateau, Praia",
    "i Sankt Petersburg, ul. Marata 47, ..., Sankt-Peterburg"): the sentence's own place, not a part of the home."""
    want, have = _stems(part), _stems(address)
    return bool(want) and any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


# a preposition of prose right before a place ("bor i Dili, Rua de Audian 42, ..."), the place then its comma
_PROSE_PLACE = re.compile(r"(?<![\w-])(?:i|på|till|från|in)[ \t]*\n?[ \t]*$")
_FIRST_PART = re.compile(r"(?P<part>[^\W\d_][^,\d\n]{0,40}?),[ \t]*\n?[ \t]*")


def _after_town_named_again(text: str, start: int, end: int) -> int:
    """Where an address abroad begins once a town the sentence names before it, and the address names again as its
    own, is left out (``start`` when there is none): whichever rule found it, "bor i Dili, Rua de Audian 42,
    Bairro Pité, Dili" is a home in Dili, the first "Dili" the sentence's."""
    m = _FIRST_PART.match(text, start, end)
    if m is None or not _PROSE_PLACE.search(text, max(0, start - 12), start):
        return start
    return m.end() if named_again(m.group("part"), text[m.end():_country_end(text, end)]) else start


def _kind(word: str) -> bool:
    """A street's or a quarter's word of another language, not a Swedish one ("Khiaban", "Xaafadda", "Calle")."""
    return bool(_KIND_WORD.match(word)) and word.lower() not in ("gata", "gatan", "vägen", "gate", "road", "street")


# a finding that opens with a room or flat is (a part of) an address abroad ("Room 508", "Appt 4, 30050 Rabat"), and
# one that opens with a plot, lot, erf or stand as Africa and the Pacific number a home ("Plot 412, Kabwata, Lusaka");
# the wider unit words above are taken only beside one
_UNIT_OPENS = re.compile(r"^(?i:room|rm\.?|flat|apt\.?|appt\.?|apartment|appartement|suite|unit|floor|étage|bloc|block|"
                        r"blk\.?|building|bldg\.?|door|porte|daire|bloque|piso|puerta|portal|escalera|"
                         r"wohnung|whg\.?|stiege|appartamento|interno|scala|andar|apto\.?|apartamento|depto\.?|dpto\.?|"
                         r"immeuble|imm\.?|bâtiment|bât\.?|plot|lot|erf|stand)[ \t]*(?:\d{1,5}[A-Za-z]?|[A-Z]\d{0,3})(?![\w-])")
# a year is a date's, not a postal code ("..., Juni 2026")
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_GAP = re.compile(rf"^{_SEP}$")


# a street with its number first is written abroad ("18 Rue Cler", "7 Harbour Road"); a Swedish postal code is not
_NUMBER_FIRST = re.compile(r"^\d{1,4}[A-Za-z]?,?[ \t]+(?!\d)[^\W\d_]")


# the kinds of finding a part of an address abroad is read as: its postal code and town, a place read as a name
_PARTS_OF_AN_ADDRESS = ("POSTAL_CODE", "PERSON")


def _document_part(part: str) -> bool:
    """A numbered part of a document or a building after the address ("..., Bilaga 3", "..., Avdelning 2")."""
    words = part.strip(", \t\n").split()
    return bool(words) and words[0][:1].isupper() and numbered_room(words[0].rstrip(".:"))


def _abroad(f: Finding) -> bool:
    """A finding of a rule for addresses abroad or written the English way, or one opening with a unit ("Room 508")
    or with its house number ("18 Rue Cler")."""
    text = " ".join(f.text.split())
    return ("abroad" in f.reason or "English way" in f.reason or bool(_UNIT_OPENS.match(text))
            or bool(_NUMBER_FIRST.match(text)))


# the next line's postal code, town and country ("1200-195 Lisboa, Portugal"): a line of its own naming a country
_CITY_LINE_WITH_COUNTRY = compiled(rf"[ \t]*\n[ \t]*(?:{_LINE_TOWN},[ \t]*){{0,2}}"
                                   rf"(?:{_POSTCODE}[ \t]+{_LINE_TOWN}|{_LINE_TOWN}[ \t]+{_POSTCODE}),[ \t]*{ANY_COUNTRY}"
                                   rf"[ \t]*(?:\n|$)")


def _abroad_by_next_line(f: Finding, text: str) -> bool:
    """A street found by its cell or its cue whose next line holds a postal code, a town and a country: a home abroad
    written over two lines or two rows ("Rua das Flores 112, 3º esq." / "1200-195 Lisboa, Portugal")."""
    end = f.end or 0
    end += len(text[end:end + 2]) - len(text[end:end + 2].lstrip(".,"))
    return any(c.isdigit() for c in f.text) and _CITY_LINE_WITH_COUNTRY.match(text, end) is not None


def with_country_after(f: Finding, text: str) -> Finding:
    """An address with a number, or one abroad, and the country named right after it ("…, Toshkent 100011,
    Uzbekistan"), whole."""
    # the country is the address's last part: left readable beside the masked street it says where the person
    # lives ("..., 10000 Prishtinë, Kosovo"); a place without a number is no home unless a rule abroad found it
    if f.category != "ADDRESS" or f.start is None or f.end is None or not (
            any(c.isdigit() for c in f.text) or _abroad(f)):
        return f
    end = _country_end(text, f.end)
    return f if end == f.end else replace(f, end=end, text=text[f.start:end])


def _country_end(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with the country named right after it (``end`` when none is)."""
    if (c := _TRAILING_COUNTRY.match(text, end)) is not None:
        return c.end()
    if (c := _NAME_LIKE_COUNTRY.match(text, end)) is not None and _POST_TOWN_END.search(text, max(0, end - 80), end):
        return c.end()
    if ((c := _CODE_COUNTRY.match(text, end)) is not None and c.group("code") in COUNTRY_CODES
            and _POST_TOWN_END.search(text, max(0, end - 80), end)):
        return c.end()
    if (c := _REGION_AFTER.match(text, end)) is not None and _FOREIGN_POST_TOWN_END.search(text, max(0, end - 80), end):
        return c.end()
    return end


# A province or region by its name after a postal code of another country's shape and its town, closing the line
# or the cell ("…, 48005 Bilbo, Bizkaia", "…, 80131 Napoli, Campania"), as Spain and Italy write it: the address's
# last part, as a country is (a Swedish "NNN NN" code is left: its town is the address's end)
_REGION_AFTER = re.compile(r",[ \t]*[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t-][^\W\d_a-zß-ÿ][^\W\d_]+)?"
                           r"(?=[ \t]*(?:\n|$|\|))")
_FOREIGN_POST_TOWN_END = compiled(rf"(?<![\w-])\d{{4,5}}[ \t]+{_TOWN}$")


# A country by its two-letter code after the postal code and town, closing the line or the clause ("…, 10101 San
# José, CR", "…, 8001 Zürich, CH"): the address's country as its name would be
_CODE_COUNTRY = re.compile(rf"{_SEP}(?P<code>[A-Z]{{2}})(?![\w'’-])(?=[ \t]*(?:[.;)|]|\n|$))")


# A country whose name is a given name too ("Georgia", "Jordan", "Chad"): right after a postal code and its town
# ("…, 0179 Tbilisi, Georgia"), closing the clause or before a telephone number, it is the address's country; after a
# street alone it may be a person named next.
_NAME_LIKE_COUNTRY = re.compile(
    rf"{_SEP}(?:{'|'.join(sorted(NOT_A_COUNTRY_AFTER))})(?![\w'’-])"
    r"(?=[ \t]*(?:[.;)|]|\n|$)|,[ \t]*\n?[ \t]*(?:\+|00)[1-9])")
_POST_TOWN_END = compiled(rf"(?<![\w-])(?:{_POSTCODE}[ \t]+{_TOWN}|{_TOWN}[ \t]+{_POSTCODE})$")


def _reach(f: Finding, text: str) -> int:
    """How far an address with a number reaches with the country after it (joined later: with_country_after)."""
    end = f.end or 0
    return _country_end(text, end) if any(c.isdigit() for c in f.text) else end


def grow_addresses_abroad(findings: list[Finding], text: str) -> list[Finding]:
    """Merge address findings abroad that only a comma parts, and grow them over their units and postal code."""
    addresses = sorted((f for f in findings if f.category == "ADDRESS" and f.start is not None and f.end is not None),
                       # of two at one start, the one reaching the farther, country and all, stands for both
                       key=lambda f: (f.start, -_reach(f, text)))
    if not any(_abroad(f) or _abroad_by_next_line(f, text) for f in addresses):
        return findings
    others = [f for f in findings if f not in addresses]
    merged: list[Finding] = []
    abroad: set[int] = set()  # the merged findings holding a part abroad
    for f in addresses:
        last = merged[-1] if merged else None
        if (last is not None and (_abroad(last) or _abroad(f)) and last.end is not None and f.start is not None
                and (f.start <= last.end or _GAP.match(text[last.end:f.start]))):
            end = max(last.end, f.end or 0)
            merged[-1] = replace(last, end=end, text=text[last.start:end])
            abroad.add(len(merged) - 1)
        else:
            merged.append(f)
            if _abroad(f) or _abroad_by_next_line(f, text):
                abroad.add(len(merged) - 1)
    grown: list[Finding] = []
    for n, f in enumerate(merged):
        if n in abroad and f.start is not None and f.end is not None:
            start, end = f.start, f.end
            # a unit the finding cut at its word's dot ("..., Bât" of "..., Bât. B, 75002 Paris"): its whole part
            part = max(text.rfind(",", start, end) + 1, start)
            part += len(text[part:end]) - len(text[part:end].lstrip())
            if (u := _UNIT_AT.match(text, part)) is not None and u.end() > end:
                end = u.end()
            # the rest of a part the finding cut before its comma ("West" of "45 Queen Street West, Toronto, ...")
            # (its words capitalised: small letters of another script are a sentence's going on, "..., Шымкент
            # мекенжайында тұрған,")
            if (r := _PART_REST.match(text, end)) is not None and not any(w[0].islower() for w in r.group().split()):
                end = r.end()
            while True:
                if text.startswith(".,", end):
                    end += 1  # the stop of an abbreviated street word before the next part ("8 Nasser St., Smouha")
                if (c := _CORNER_REST.match(text, end)) is not None:
                    end = c.end()  # the street it meets at a corner ("Calle Sucre 4-12 y Padre Aguirre, ...")
                if ((m := _FORWARD.match(text, end)) is not None and not _YEAR.search(m.group())
                        and not _document_part(m.group())):
                    end = m.end()
                elif (places := _places(text, end)) is not None:
                    end = places
                elif ((c := _CITY_LINE.match(text, end + text.startswith(".", end))) is not None
                      and not _YEAR.search(c.group())):
                    # (the address ends its line: the pattern opens with the line's end; an abbreviated floor's stop
                    # may end the line before it: "2.º Esq.")
                    end = c.end()
                elif (c := _TOWN_COUNTRY_LINE.match(text, end + text.startswith(".", end))) is not None:
                    end = c.end()
                elif ((r := _BRACKETED_REGION.match(text, end)) is not None
                      and _POST_TOWN_END.search(text, max(0, end - 80), end)):
                    end = r.end()
                else:
                    break
            while (b := _BACKWARD_UNIT.search(text, max(0, start - 24), start)) is not None:
                start = b.start()
            # the unit's word before a number the finding opens with ("Flat" of "Flat 4B, Harbour Court, ...")
            if text[start:start + 1].isdigit() and (b := _UNIT_WORD_BEFORE.search(text, max(0, start - 16), start)):
                start = b.start()
            if _NUMBER_SIGN.match(text, start) and (b := _HOUSE_BEFORE_SIGN.search(text, max(0, start - 12), start)):
                start = b.start()
            # the flat's number before the house's, Australian style ("3/" of "3/14 Smith Street")
            if text[start:start + 1].isdigit() and (b := _FLAT_SLASH_BEFORE.search(text, max(0, start - 6), start)):
                start = b.start()
            # the avenue or quarter before the street, named by its kind word ("Khiaban-e Azadi, Kuche-ye Nasrin 12")
            if (b := _BACKWARD_KIND.search(text, max(0, start - 48), start)) is not None and _kind(b.group("kind")):
                start = b.start()
            while (b := _BACKWARD_ORDINAL.search(text, max(0, start - 32), start)) is not None:
                start = b.start()
            if ((b := _BACKWARD_AFTER_CUE.search(text, max(0, start - 64), start)) is not None
                    # (a country of any name: "mormor i Uruguay, Av. Brasil 2874, …" names where, the street is the home)
                    and not re.fullmatch(rf"{COUNTRY}|(?i:{ANY_COUNTRY})", b.group("part").strip())
                    and not named_again(b.group("part"), text[start:_country_end(text, end)])):
                start = b.start("part")
            if (b := _BACKWARD_BUILDING.search(text, max(0, start - 64), start)) is not None:
                start = b.start()
                # the building's entrance or block before its name ("Bât. B, Résidence Les Tilleuls, ...")
                while (b := _BACKWARD_UNIT.search(text, max(0, start - 24), start)) is not None:
                    start = b.start()
            start = _after_town_named_again(text, start, end)
            if (start, end) != (f.start, f.end):
                f = replace(f, start=start, end=end, text=text[start:end])
            # a postal code or a name read inside the address ("75002 Paris", "Al Amal", "New York") is a part of
            # it: the address outranks it where the findings are merged, so the whole is an address
            inner = [o.score for o in others if o.start is not None and o.end is not None
                     and start <= o.start and o.end <= _country_end(text, end) and o.category in _PARTS_OF_AN_ADDRESS]
            if inner and max(inner) > f.score:
                f = replace(f, score=max(inner))
        grown.append(f)
    # a piece the grown address now holds ("Appt 6, 90000 Tanger" inside "15, Rue El Qods, Étage 2, Appt 6, ...")
    outer = [g for n, g in enumerate(grown) if n in abroad]
    kept = [f for f in grown if not any(g is not f and g.start <= f.start and f.end <= g.end  # type: ignore[operator]
                                        and (g.start, g.end) != (f.start, f.end) for g in outer)]
    return sorted(others + kept, key=lambda f: (f.start if f.start is not None else -1, f.end or 0, f.category))
