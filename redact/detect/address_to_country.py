"""A home abroad read back from the country that ends it: after a residence cue ("bor på", "har flyttat till"), an
address label, "c/o" and a name, or a party's name opening a line, every comma-separated part up to a country's
name is the address, whatever the parts look like ("Calle 7, casa 3, frente a la escuela, 150 m oeste, Liberia,
Costa Rica"; "Erf 412, Hillside Road, Windhoek, Namibia").

The street rules know the shapes of the countries they were written for; a country of any name after the parts
says that they are a place abroad, and the cue before them says whose home it is. The parts must hold a number (a
house, plot, postal code or distance) and no word of a Swedish sentence, so "bor i Kabul, Afghanistan" (a town)
and "flyttade till Lagos och sedan till Accra, Ghana" (a sentence) stay. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import address_abroad as abroad
from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.address_growth import named_again
from redact.detect.address_units import _LANE_WORD
from redact.detect.first_chars import compiled
from redact.detect.name_words import ORG_SUFFIX
from redact.detect.patterns import Verdict, compile_rule, rule_regex

_SEP = r",[ \t]*\n?[ \t]*"
# the country closes the clause or cell, or the Swedish sentence goes on in lower case (on the next line too, where
# the line wrapped after the country's comma: "..., España,\ntelefon …"), or the telephone number follows with its
# country code ("..., Managua, Nicaragua, +505 …")
COUNTRY_AT_END = compile_rule(
    rf"{_SEP}(?P<country>{ANY_COUNTRY})(?![\w'’-])"
    r"(?=[ \t]*(?:[.;:)|]|\n|$)|,?[ \t]+[a-zåäö]|,[ \t]*\n[ \t]*[a-zåäö]|,[ \t]*\n?[ \t]*(?:\+|00)[1-9])"
)
# a comma before a capitalised word: the cheap test every match passes
GATE = rule_regex(r",[ \t]*\n?[ \t]*[A-ZÅÄÖÉ]")

_LOOK_BACK = 220
_MAX_PARTS = 9
_NAME = r"[^\W\d_a-zß-ÿ][\w'’-]+"
# a relative's noun, as a name's opener: whose home the address after the name is
_KIN = (r"mormor|morfar|farmor|farfar|mamma|pappa|mor|far|mamman|pappan|modern|fadern|bror|brodern|syster|systern|"
        r"son|sonen|dotter|dottern|make|maken|maka|makan|fru|frun|hustru|hustrun|sambo|sambon|moster|faster|morbror|"
        r"farbror|kusin|kusinen|svärmor|svärfar|svåger|svågern|svägerska|svägerskan|barnbarn|barnbarnet|"
        r"farföräldrar|morföräldrar|föräldrar|föräldrarna")
# where the parts begin: a residence or address cue's preposition, an address label, "c/o" and a name, a party's
# name opening its line, or a relative's noun and the relative's name
_OPENER = compiled(
    rf"(?<![\w-])(?P<prep>(?i:på|i|till|från|adressen|adress[ \t]*:|adress(?:en)?(?:[ \t]+[a-zåäö]+)?[ \t]+är))"
    r"(?:(?<=:)|(?=\s))[ \t]*\n?[ \t]*"
    rf"|(?<![\w/])(?i:c/o)[ \t]+(?:{_NAME}[ \t]+){{0,3}}{_NAME}{_SEP}"
    rf"|(?:^|(?<=\n))[ \t]*(?P<party>{_NAME}(?:[ \t]+{_NAME}){{1,3}}){_SEP}"
    # a relative named just before, the address set off by a comma ("med mormor Kham Vongsa,\nBan …, Laos")
    rf"|(?<![\w-])(?P<kin>(?i:{_KIN}))[ \t]+{_NAME}(?:[ \t]+{_NAME}){{0,3}}{_SEP}"
)
# the words of a Swedish sentence, never of an address abroad: the parts are a sentence, not an address
_SENTENCE_WORD = re.compile(
    r"(?<![\w-])(?:och|eller|men|som|att|där|när|då|eftersom|medan|samt|sedan|han|hon|hen|vi|jag|du|ni|sin|sitt|"
    r"sina|hans|hennes|deras|är|var|har|hade|blir|kan|ska|skulle|får|fick|inte|också|även|kr|kronor|år|månader|"
    r"veckor|dagar|tel|telefon|tfn|mobil|e-post|epost|"
    # a second place's preposition: the parts hold two places ("till Ekvägen 2 från Calle Mayor 4, …, España")
    r"från|"
    # and an English sentence's, in a letter from abroad ("I live in England and cannot visit often")
    r"is|are|was|we|you|me|my|can|cannot|will|would|please|live|lives|write|visit)(?![\w-])", re.IGNORECASE)
# a sentence ends among the parts: a word of four small letters or more, its stop and a capital ("often. Please");
# an abbreviation's stop ("Av. Amazonas", "Cdla. Kennedy") is shorter
_SENTENCE_END = re.compile(r"[a-zåäö]{4,}\.[ \t]+[A-ZÅÄÖ]")
_HOME_COUNTRY = frozenset({"Sverige", "Sweden"})
# the first part names an institution, not a home: its address is no one's personal data
_INSTITUTIONS = frozenset({"hotel", "hotell", "hospital", "sjukhus", "school", "university", "embassy", "ambassad",
                           "ambassaden", "konsulat", "konsulatet", "ministry", "office", "company", "bank"})
_DIGIT = re.compile(r"\d")
# the village and lane words of South-East Asia ("Ban", "Moo", "Jalan"): a part that opens so is no party's name
_LANE = re.compile(_LANE_WORD)
_BREAK = re.compile(r"[;|]|\n[ \t]*\n")


# Where Central America gives a home by a landmark and the way from it, with no number ("Costado norte de la
# iglesia", "frente al colegio", "del mercado dos cuadras al lago"): the way stands for the house number.
_LANDMARK_WAY = re.compile(
    r"(?i)(?<![\w-])(?:costado[ \t]+(?:norte|sur|este|oeste|oriental|occidental)|frente[ \t]+(?:a|al)|"
    r"contiguo[ \t]+(?:a|al)|detrás[ \t]+(?:de|del)|esquina[ \t]+opuesta|(?:media|una)[ \t]+cuadra|"
    r"(?:cuadras?|c\.|varas|metros|mts\.?)[ \t]+(?:al[ \t]+)?(?:norte|sur|este|oeste|lago|abajo|arriba))(?![\w-])")
# where a person comes or writes from ("kommer från", "skriver från", "reser hit från"): the home they live in
_FROM_CUE = re.compile(r"(?i)(?<![\w-])(?:kommer|kom|kommit|skriver|skrev|reser|reste|ringer|ringde)"
                       r"(?:[ \t]+(?:hit|hem|ursprungligen))?[ \t]*\n?[ \t]*$")


# a postal code and its town ending a line with more lines after it: one home's address ended there, and what
# follows is the next row's or the next line's ("Storgatan 3, 392 32 Kalmar" / "KA 2028-11" / "Hauptstraße 4, …")
_POST_LINE_END = re.compile(r"(?<![\w-])(?:\d{3}[ \t]?\d\d|\d{4,5})[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+"
                            r"(?:[ \t-][^\W\d_a-zß-ÿ][^\W\d_]+)?[ \t]*\n")


# a whole line with no comma at either end inside one part: the parts run over a table's rows read one cell a line
# ("Argentina" / "FK 27-441844" / "Jr. Ayacucho 415, …"), not one home's lines
_WHOLE_LINE_IN_A_PART = re.compile(r"\n[^,\n]*\n")


def _parts_ok(parts: str) -> bool:
    """True for parts that may be one address: a number (or a landmark's way) among them, no sentence's word, a
    few parts on few lines, no home's postal line closed before the last line."""
    return bool(
        (_DIGIT.search(parts) or _LANDMARK_WAY.search(parts)) and not _SENTENCE_WORD.search(parts) and not _SENTENCE_END.search(parts) and "@" not in parts
        and parts.count(",") < _MAX_PARTS and parts.count("\n") <= 2 and not _BREAK.search(parts)
        and not _POST_LINE_END.search(parts) and not _WHOLE_LINE_IN_A_PART.search(parts))


def check_address_to_country(text: str, m: re.Match[str]) -> Verdict | None:
    """The parts between an opener and the country after them, when they may be one address."""
    from redact.detect import address_after_name_abroad as after_name
    from redact.detect import context as ctx

    if m.group("country") in _HOME_COUNTRY:
        return None  # a Swedish address is the Swedish rules' (and the authority's own may end so in a letterhead)
    end = m.start()
    window = max(0, end - _LOOK_BACK)
    # the opener nearest the country whose parts may be an address: a later "i" or "på" inside a sentence
    # before them would have been nearer
    for o in reversed(list(_OPENER.finditer(text, window, end))):
        start = o.end()
        first_comma = text.find(",", start, end)
        label = text.rfind(":", start, first_comma if first_comma != -1 else end)
        if label != -1:  # "nås på följande adresser: Karadeniz Street 9, …": the address begins after its label
            start = label + 1 + len(text[label + 1:end]) - len(text[label + 1:end].lstrip())
        parts = text[start:end]
        if not parts.strip() or not _parts_ok(parts):
            continue
        first = " ".join(parts.split(",")[0].split())
        if "," in parts and named_again(first, parts.split(",", 1)[1]):
            # "bor i Mindelo, Rua de Lisboa 22, ..., Mindelo, Kap Verde": the sentence's town, named again as the
            # address's own; the address begins after it
            start = text.index(",", start) + 1
            start += len(text[start:end]) - len(text[start:end].lstrip())
            parts = text[start:end]
            first = " ".join(parts.split(",")[0].split())
        if abroad._COUNTRY_PART.match(first):
            return None  # "bor i Norge, Storgata 12, …": the country begins, the address rules take the rest
        if any(ORG_SUFFIX.search(w) or w.lower() in _INSTITUTIONS for w in first.split()):
            return None  # "skickas till Migrationsverket, Box 12, …": an organisation's address, no one's home
        if o.group("prep") is not None and o.group("prep").lower() == "från":
            if not _FROM_CUE.search(text, max(0, o.start() - 40), o.start()):
                continue  # "ett brev från …": where a thing came from, not whose home
        elif o.group("prep") is not None:
            sentence = max(text.rfind("\n\n", 0, o.start()), o.start() - 120, 0)
            if not abroad._HOME_CUE.search(text, sentence, o.end("prep")):
                continue
        elif o.group("party") is not None:
            words = o.group("party").split()
            if any(w.lower() in ctx.NOT_A_NAME for w in words) or words[0].lower() in after_name._VENUES:
                continue
            if abroad._KIND_WORD.fullmatch(words[0]) or _LANE.fullmatch(words[0]):
                continue  # "Ban Sisavath Tai, House 12, …": a village's or a street's word opens the address itself
            if not after_name._listed_name(words):
                continue
        labels = list(_ADDRESS_LABEL.finditer(text, start, end))
        if labels:  # "Per Ek, 710312-…, senaste adress Åvägen 1, …,\nny adress Keskuskatu 7, …": the last label opens it
            start = labels[-1].end()
        return Verdict(start, m.end("country"), "address abroad ending in its country", 0.8)
    return None


# an address's label among the parts (which address it is: "ny adress", "senaste adress"): the words are no part of
# a home, and the home abroad begins after the last of them
_ADDRESS_LABEL = re.compile(r"(?i)(?<![\w-])(?:(?:ny|nya|senaste|tidigare|gamla|nuvarande|förra)[ \t]+)?"
                            r"(?:adress|adressen|postadress|hemadress|bostadsadress|folkbokföringsadress)"
                            r"(?![\w-])[ \t]*:?[ \t]*\n?[ \t]*")
