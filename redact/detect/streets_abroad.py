"""Street addresses abroad by their shape: the English way (number first, a British or Irish postcode after
the town), and the Nordic, German, Dutch, Slavic, Turkish, Latin and Baltic ways (street word, number, flat,
postal code and town, a country after them), and the checks of the rules that use them in ``address.py``: a
street written the English way, a British postcode after its town, and a street abroad with the district, town
and postal code after it, up to the clause's end ("Shaqlawa Street 14, Ankawa, Erbil."). An authority's
visiting address is no one's home."""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_countries import ANY_COUNTRY, COUNTRY
from redact.detect.address_numbered_streets import AUTHORITY_ADDRESS
from redact.detect.address_shapes import NUMBER, STREET
from redact.detect.first_chars import compiled
from redact.detect.patterns import Verdict, compile_

SP, U, L = ctx.SP, ctx.U, ctx.L

# An address abroad written the English way, number first ("14 Elmwood Road", "7b Mill Lane"),
# and a British postcode after its town ("Bristol BS6 7RT").
EN_STREET_WORD = (r"(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Gardens|Place|Terrace|Court|Square|"
                   r"Grove|Row|Walk|Mews|Rd|St|Ave)")
# A country named after an address abroad belongs to it (the list is address_abroad's).
COUNTRY_AFTER = rf"(?:,[ \t]*\n?[ \t]*{COUNTRY}(?![\w-]))?"
# A British town may hold lowercase words ("Newcastle upon Tyne", "Stratford-upon-Avon").
UK_TOWN = rf"[{U}][{L}]+(?:(?:-(?:upon|on|under|le))?-[{U}][{L}]+|{SP}(?:(?:upon|on|under|le){SP})?[{U}][{L}]+){{0,3}}"
# an Irish Eircode after its town too: "Dublin D02 X285"
UK_POST = rf"(?:[A-Z]{{1,2}}\d[A-Z\d]?{SP}\d[A-Z]{{2}}|[AC-FHKNPRTV-Y]\d[\dW]{SP}?[AC-FHKNPRTV-Y\d]{{4}})(?![\w-])"
# The flat or unit before the number ("Flat 3, 27 Jesmond Road") and the town with its postcode after it.
ENGLISH_STREET = compile_(
    rf"(?<![\w-])(?P<flat>(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{{1,4}}[A-Za-z]?,?{SP}+)?"
    rf"(?P<core>\d{{1,4}}[a-zA-Z]?,?{SP}+(?:[{U}][{L}']+{SP}+){{1,3}}{EN_STREET_WORD})\.?"
    rf"(?P<post>,?{SP}*\n?{SP}*{UK_TOWN},?(?:{SP}+|{SP}*\n{SP}*){UK_POST}{COUNTRY_AFTER}"
    # an Australian suburb, its state and its four-digit postcode ("7 Reef St, Manly NSW 2095")
    rf"|,?{SP}*\n?{SP}*(?:[{U}][{L}]+{SP}+){{1,3}}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT){SP}+\d{{4}}{COUNTRY_AFTER})?(?![\w-])"
)
UK_POSTCODE = compile_(
    rf"(?<![\w-])(?P<core>{UK_TOWN}),?{SP}+{UK_POST}{COUNTRY_AFTER}"
)
# An address abroad: a street in the Nordic, German, Dutch or Slavic way ("Fjellveien 12", "Koivukuja 3 B 12",
# "Lindenstraße 4", "ul. Kwiatowa 7", a flat after a slash "ul. Kwiatowa 7/3"), and a postal code of four or five digits with its town after it
# ("5019 Bergen", "70820 Kuopio", "D-10115 Berlin").
# (the Danish street words in their definite form too: "Hovedgaden", "Kirkestræde")
FOREIGN_SUFFIX = (r"(?:veien|vegen|veg|vei|vej|vejen|gata|gate|gaten|gade|gaden|stræde|stien|katu|tie|kuja|polku|kaari|raitti|"
                   r"puisto|tori|ranta|rinne|väylä|aukio|straße|strasse|str\.|weg|gasse|allee|platz|damm|straat|laan|plein|"
                   r"gracht|kade|dijk|singel)")
FOREIGN_STREET_CORE = (
    rf"(?:[{U}][{L}]+?-?{FOREIGN_SUFFIX}"
    # a German street named after a person, its words hyphenated to the capitalised street word
    # ("Rosa-Luxemburg-Straße 4", "Konrad-Adenauer-Allee 12", "Albert-Schweitzer-Weg 3")
    rf"|[{U}][{L}]+(?:-[{U}][{L}]+){{1,3}}-(?:Straße|Strasse|Str\.|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee)"
    # a street word of its own after the name: "Schönhauser Allee", "Shaqlawa Street", "Ulica ..." below
    rf"|(?:[^\W\d_a-zß-ÿ][^\W\d_]+[ \t]+){{1,3}}"
    rf"(?:Allee|Straße|Strasse|Chaussee|Ufer|Street|Road|Avenue|Boulevard|Bulevar|Cesta|"
    # Turkish, Hungarian, Latvian, Estonian, Czech: "Atatürk Caddesi 12", "Kossuth utca 3", "Brīvības iela 55"
    rf"Caddesi|Sokak|Sokağı|Bulvarı|utca|iela|tänav|ulice|"
    # the Nordic and Baltic street words written apart: "Kongens gate 3", "Narva mnt 7", "Gedimino pr. 9", the
    # Faroese "Jóannesar gøta 4"
    rf"gate|gata|gaten|vei|veien|vej|vejen|gade|gøta|gøtu|plass|plads|torv|mnt|maantee|pr\.|prospektas|g\.|gatvė)"
    # Azerbaijani, its street's word written out or cut after the name: "Nizami küçəsi 12", "Füzuli küç. 5" (its
    # small "ə" is no capital)
    rf"|(?:[A-ZÇƏĞİÖŞÜ][a-zçəğıiöşü'’-]+[ \t]+){{1,3}}(?:küçəsi|küç\.)"
    rf"|(?:ul\.|Ul\.|ulica|Ulica|Calle|Carrer|Avenida|Via|Viale|Piazza|Strada|Rue|rue|Rua|Avenue|Rruga|Rr\.|Ulitsa|"
    rf"Bulevardi|Bulevar|Bul\.|vul\.|Vul\.|prosp\.|Prosp\."
    # the street words of Spanish America: a passage, a lane, a Peruvian "jirón", a causeway ("Pasaje Los Aromos
    # 1480", "Pje. Las Rosas 22", "Jirón Junín 455", "Calzada de Tlalpan 1200", "Privada Hidalgo 7")
    rf"|Pasaje|Pje\.|Psje\.|Callejón|Jirón|Calzada|Cerrada|Privada|Prolongación|Camino|Paseo|Alameda|Rambla"
    # and Portugal's and Brazil's: a lane, a small square, a dead end, a close, a paved slope ("Travessa da Palha 3",
    # "Largo do Rato 12", "Beco das Cruzes 4", "Praceta Almada 9", "Calçada do Combro 40")
    rf"|Travessa|Largo|Beco|Praceta|Calçada|Estrada|Praça|Azinhaga|Ladeira|Caminho)[ \t]+"
    rf"(?:(?:[A-ZÅÄÖÉÜŠŽČĆĐ][\w'’.-]*|de|del|la|las|los|di|da|das|do|dos|des|du|le|e|i)[ \t]+){{0,4}}?"
    rf"(?=[\w'’.-]*[ \t]+\d)[A-ZÅÄÖÉÜŠŽČĆĐ\d][\w'’.-]*"
    # a Serbian or Croatian boulevard or street named by a noun in the genitive: "Bulevar oslobođenja 47",
    # "Bulevar kralja Petra 112"
    rf"|(?:Bulevar|Bul\.|Ulica|Trg)[ \t]+[a-zšžčćđ][\w'’-]{{3,}}(?:[ \t]+[A-ZŠŽČĆĐ][\w'’-]+){{0,2}}(?=[ \t]+\d))"
)
# any capitalised word, "Tromsø", "Łódź"; two before a comma or the line's end ("Novi Sad")
# a Danish town's district letter ("8210 Aarhus V", "1050 København K")
# a German or Dutch town named by its river or region after a small word, three words or four ("Freiburg im Breisgau",
# "Weil am Rhein", "Mülheim an der Ruhr", "Alphen aan den Rijn")
FOREIGN_TOWN = (r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t](?:[^\W\d_a-zß-ÿ][^\W\d_]+|[A-ZÆØ])(?=[ \t]*(?:[,.;)\n]|$))"
                r"|[ \t](?:am|im|an[ \t]der|in[ \t]der|ob[ \t]der|bei|aan[ \t]den?)[ \t][^\W\d_a-zß-ÿ][^\W\d_]+"
                r"(?=[ \t]*(?:[,.;)\n]|$)))?")
# a Polish postal code has a dash ("80-827 Gdańsk"); the Faroes' has three digits after the islands' letters
# ("FO-410 Runavík")
FOREIGN_POST = (rf"(?:(?:\d{{4}}[ \t]?[A-Z]{{2}}(?![\w])|(?:[A-Z]{{1,2}}-)?\d{{4,5}}|[A-Z]{{2}}-\d{{3}}|\d\d-\d{{3}})(?:{SP}+|{SP}*\n{SP}*){FOREIGN_TOWN}{COUNTRY_AFTER}"  # the town may wrap
                 # a town without a postal code, then its country: "..., Erbil, Iraq"
                 rf"|{FOREIGN_TOWN},[ \t]*\n?[ \t]*{COUNTRY}(?![\w-]))")
# A floor or door after the house number: Dutch "212 III", "14 hs"; Danish "31, 1. th.", "8, st. tv.", "14, 2. sal".
# the Dutch floor may hang on the number by a hyphen ("Prinsengracht 263-III", "Kanaalweg 14-hs")
FOREIGN_FLOOR = (r"(?:(?:[ \t]+|-)(?:I{1,3}|IV|hs|bis)(?![\w])"
                  # a Spanish floor and door: "Calle Mayor 10, 3º B, 28013 Madrid"
                  r"|,[ \t]*\d{1,2}\.?[º°ª][ \t]*[A-Z]?(?=[ \t]*,)"
                  # a flat's number: Ukrainian or Russian "21, kv. 8", "apt. 4", "app. 12"
                  r"|,[ \t]*(?:kv\.|kv|apt\.|app\.|lgh)[ \t]*\d{1,4}(?=[ \t]*,)"
                  # a Norwegian flat's number ("H0302": floor 03, flat 02), a window's first line ending in it
                  r"|,[ \t]*[HUKL]\d{4}(?=[ \t]*[,\n])"
                  # (the floor and side may end the window's first line, the postal code's line under it)
                  r"|,[ \t]*(?:\d{1,2}\.|st\.|kl\.)[ \t]*(?:(?:th|tv|mf)\.?(?![\w])|sal(?![\w]))?(?=[ \t]*[,\n]))?")
FOREIGN_STREET = compile_(
    # a flat after the house number: "5 A 3", "5/12", "7-12", Polish "104 m. 5"
    rf"(?<![\w-])(?P<core>{FOREIGN_STREET_CORE})[ \t]+\d{{1,4}}(?:[ \t]?[A-Za-z](?![\w]|\.[ \t]*\d))?"
    rf"(?:[ \t]+\d{{1,3}}|[/-]\d{{1,4}}|[ \t]+m\.[ \t]*\d{{1,4}})?(?![\w:%/]|[.,]\d)"
    rf"{FOREIGN_FLOOR}(?P<post>,?[ \t]*\n?[ \t]*{FOREIGN_POST})?"
)
# What every match of it holds after a comma: the foreign postal code, or the country after the town's comma
# (most pages have neither, and the street pattern is slow to try at every capital).
FOREIGN_POST_GATE = compiled(
    rf",[ \t]*\n?[ \t]*(?:(?:(?:[A-Z]{{1,2}}-)?\d{{4,5}}|[A-Z]{{2}}-\d{{3}})(?:{SP}+|{SP}*\n{SP}*)|{COUNTRY}(?![\w-]))"
    rf"|\n[ \t]*[A-Z]{{2}}-\d{{3,5}}{SP}"
)
# Any street abroad, whatever its street word, when a postal code, its town and the country follow
# ("Guolbanjávri 5, 9730 Karasjok, Norge", "Ahornvej 12, 8600 Silkeborg, Danmark"): the country
# tells the line is an address though no suffix is known.
STREET_BEFORE_COUNTRY = compile_(
    r"(?<![\w-])(?P<core>[^\W\d_a-zß-ÿ][^\W\d_]+(?:[ \t\-][^\W\d_]+){0,2})[ \t]+\d{1,4}(?:[ \t]?[A-Za-z](?![\w]))?"
    rf",[ \t]*\n?[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t]+{FOREIGN_TOWN},[ \t]*\n?[ \t]*{COUNTRY}(?![\w-])"
)


# A capital and a digit, in that order and side by side, a part of every UK postcode and Eircode: searched from the
# digit (the capital looked behind at)
UK_POST_GATE = re.compile(r"(?<=[A-Z])\d")


# a country's name and nothing else: the end of an address's places, not one of them
COUNTRY_WORD = compiled(rf"^{COUNTRY}$")


# A street already found with a foreign postal code after it: "Storgata 44 B, 7013 Trondheim"; in a letter's window
# the code's line under it, the country's letters before the code and its name after the town ("Skolgränd 3 B 2" /
# "AX-22710 Föglö, Åland": a Swedish-speaking place abroad, its street in Swedish, the flat's number after the
# staircase's letter).
STREET_FOREIGN_POST = compile_(
    rf"(?<![\w-]){STREET}{SP}+{NUMBER}(?:{SP}\d{{1,3}}(?![\w:%]|[.,]\d))?"
    rf"(?P<post>,[ \t]*\n?[ \t]*{FOREIGN_POST}"
    # (the code's line alone: the country's two letters, the town on the same line and the country after it)
    rf"|[ \t]*\n[ \t]*[A-Z]{{2}}-\d{{3,5}}{SP}+{FOREIGN_TOWN},[ \t]*{ANY_COUNTRY}(?![\w-]))"
)


def check_english(text: str, m: re.Match[str]) -> Verdict | None:
    """A street written the English way, not an authority's visiting address."""
    if ctx.label_before(text, m.start(), AUTHORITY_ADDRESS):
        return None
    # (with no postcode, the district and the town after it up to the clause's end: "14 Nile Lane, Giza, and …")
    end = m.end("post") if m.group("post") else _trailing_places_end(text, m.end("core"))
    return Verdict(m.start(), end, "street address written the English way")


def check_uk_postcode(text: str, m: re.Match[str]) -> Verdict | None:
    """A town and a British postcode."""
    return Verdict(m.start(), m.end(), "town + British postcode")


# The district and the town after a street abroad without a postal code, up to the clause's end ("Shaqlawa
# Street 14, Ankawa, Erbil."): they belong to the address; a country after them does not.
# A part may open with a lowercase abbreviation of its kind (Ukrainian "s." a village, "m." a town, "obl." a
# region, "r-n" a district) or be a postal code alone or with its town ("38300", "LV-3201", "LT-44309 Kaunas").
_PLACE_PART = (r"(?:[A-Z]{1,2}-)?\d{4,6}(?![\w-])(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+)?"
               r"|(?:(?:[a-zà-ÿ]{1,4}\.|r-n)[ \t]*)?[^\W\d_a-zß-ÿ][^\W\d_]*(?:[- ][^\W\d_a-zß-ÿ][^\W\d_]*){0,2}"
               r"(?![\w-])")
_TRAILING_PLACES = re.compile(rf"(?:,[ \t]*(?:{_PLACE_PART})){{1,3}}")
# (a comma with a lowercase word after it ends the places too: the sentence goes on, "…, Baucau, e em janeiro …",
# "…, Erbil, och sedan …"; a place's own lowercase abbreviation has its stop or dash: "s. Kalynivka", "r-n";
# or the address's noun after it, as a language with postpositions writes where someone lived: "..., Gəncə ünvanında")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;)]|\n|$|,[ \t]*\n?[ \t]*[a-zà-ÿ]+(?![\w.-]))|[ \t]+(?:ünvan|adres)[^\W\d_]{2,}")


def _trailing_places_end(text: str, end: int) -> int:
    """Where the district, town and postal code after a street abroad end (``end`` when none follow): the parts
    up to the clause's end, or up to the last postal code among them ("Talsi, LV-3201 under sommaren")."""
    t = _TRAILING_PLACES.match(text, end)
    if t is None:
        return end
    pos, kept, post = end, end, False
    for part in t.group(0).split(",")[1:]:
        words = part.split()
        if COUNTRY_WORD.match(" ".join(words)) or words[0].lower() in ctx.NOT_A_NAME:
            break
        pos = text.index(part, pos) + len(part)
        if words[0][-1].isdigit():  # a postal code
            post, kept = True, pos
        elif post or _CLAUSE_END.match(text, pos):
            kept = pos
    return kept if (post or _CLAUSE_END.match(text, kept)) else end


def check_foreign(text: str, m: re.Match[str]) -> Verdict | None:
    """A street abroad with the district, town and postal code after it."""
    if ctx.label_before(text, m.start(), AUTHORITY_ADDRESS):
        return None
    end = m.end() if m.groupdict().get("post") else _trailing_places_end(text, m.end())
    return Verdict(m.start(), end, "street address abroad", 0.85)
