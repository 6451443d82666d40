"""Street addresses: a street name with a number, and the postal code and town that follow.

A street is a capitalised compound ending in a street word ("Storgatan",
"Björkvägen", "Skeppsbron") or a name followed by one ("Karl Johans väg",
"Södra vägen"). The postal code and town may follow on the same line or the
next ("Storgatan 12\\n123 45 Småstad"). A name that is not a street word
("Fjällbacka 12") counts only when a postal code follows. The shapes the rules are written with are in
``address_shapes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from redact.detect import address_abroad as abroad
from redact.detect import address_americas as americas
from redact.detect import address_chains as chains
from redact.detect import address_hungary as hungary
from redact.detect import address_moves as moves
from redact.detect import address_regions as regions
from redact.detect import address_units as units
from redact.detect import address_which_labels as which
from redact.detect import address_unnumbered_homes as unnumbered
from redact.detect import address_to_country as to_country
from redact.detect import context as ctx
from redact.detect import farm_places as farms
from redact.detect import homes_beside_names as beside
from redact.detect import incident_streets
from redact.detect import placed_addresses
from redact.detect import stay_cells as stays
from redact.detect.first_chars import compile_scanning
from redact.detect.stay_cells import numbered_room
from redact.detect import streets_abroad as streets
from redact.detect import streets_of_homes
from redact.detect import streets_english_more as streets_more
from redact.detect import trip_places as trips
from redact.detect.address_abroad import COUNTRY
from redact.detect.address_shapes import (  # noqa: F401 - re-exported: other modules import the shapes from here
    COMPOUND_SUFFIX, DASH, EXTRA, L, NUMBER, POST, POST_WRAPPED, POSTCODE, PREFIX, RARE_SUFFIX, SEPARATE_SUFFIX, SP,
    STREET, TOWN, U, WORD, _RARE_GATE,
)
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_, compile_rule, leading_letters, rule_regex


_STREET = compile_rule(rf"(?<![\w-]){STREET}{SP}+{NUMBER}{EXTRA}{POST_WRAPPED}?")
_RARE_STREET = compile_rule(rf"(?<![\w-])(?:{PREFIX}{SP}){{0,2}}(?P<core>[{U}](?:[{L}]+?|[{U}]+?)-?(?i:{RARE_SUFFIX}))"
                        rf"{SP}+{NUMBER}{EXTRA}{POST_WRAPPED}?")
# A place's name in two words, the second a small noun ("Fiskebäcks hamn 22", "Hallens fjällstuga 3", "Nolby
# fiskeläge 5"): with its number and the postal code and town after it, the post's own way of writing a home
_SMALL_SECOND = rf"{SP}(?!(?:och|eller|med|till|från|som|har|hade|bor|bodde|inte|utan|under|efter|över)(?![\w]))[{L}]{{4,14}}"
_NAMED_WITH_POST = compile_rule(rf"(?<![\w-])(?P<core>{WORD}(?:{SP}{WORD}|{_SMALL_SECOND})?){SP}+{NUMBER}{EXTRA}{POST}")
# A village or farm and its number, the postal code ending the line and the town on the next ("Lillmyran 112,
# 684 95" / "Vårsjö"); not a box, often the authority's own.
_POSTCODE_AT_LINE_END = rule_regex(r"\d\d\d[ \u00a0]?\d\d[ \t]*\n")  # the cheap part every such match holds
_NAMED_WITH_WRAPPED_POST = compile_rule(
    rf"(?<![\w-])(?!(?i:box|postbox|pl)(?![\w]))(?P<core>{WORD}(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}"
    rf"(?P<post>,?{SP}*{POSTCODE}{SP}*\n[ \t]*{TOWN})")
# Staff notes write "bor på storgatan 12": a lowercase street counts only beside an address word.
_LOWERCASE_STREET = compile_rule(
    rf"(?<![\w-])(?P<core>[{L}]{{2,}}?(?:gatan|vägen|gränd|gränden|stigen|torget|allén|backen|leden))"
    rf"{SP}+{NUMBER}{EXTRA}{POST}?"
)
_BOX_WITH_POST = compile_rule(rf"(?<![\w-])(?P<core>(?i:box|postbox|pl)){SP}+{NUMBER}{POST}")

# A street after a residence cue needs no number: "bor på Lingonstigen", "flyttade till Backavägen".
# Not "boende på": there it is the noun ("boende på Ekebygården", the residents of a care home).
_RESIDENCE_CUE = (
    r"(?i:bor|bodde|bott|bosatt|hemma|flyttade|flyttat|flyttar|flytta|flyttade[ ]in|flyttat[ ]in|"
    r"skriven|folkbokförd|adressen|vistas|vistades|vistats|vistat|"
    # a new address given: "har bytt adress till Lövåsa 118", "ny adress på Åsvägen"
    r"adress(?=[ \t]+(?:till|på)[ \t])|"
    # a home named, or moved out of: "en lägenhet som kommunen hyr ut på Skolgatan", "flyttar från Sandgatan"
    r"lägenhet|lägenheten|bostad|bostaden|"
    # where someone sleeps: "sover i trapphuset på Magasinsgatan", "övernattar i en stuga på Norrfors 14" (not
    # "hyr": an office rents premises too)
    r"sover|sov|sovit|övernattar|övernattade|övernattat|inneboende)"
)
# A word between a stay's cue and its place: a host's name of any shape, not a word that begins another clause ("bor
# i Umeå men arbetar på Storgatan", "bor i Lund och handlar på Stortorget"; a home described goes on: "bor i en
# lägenhet som kommunen hyr ut på Skolgatan")
_BETWEEN = (r"(?!(?i:men|samt|medan|eller|där|när|arbetar|jobbar|handlar|studerar|går|äter|träffas|"
            r"träffar|besöker|hämtar|lämnar)(?![\w'’-]))[{U}{L}\d'’-]+").replace("{U}", U).replace("{L}", L)
# Where someone stays for a while, a street named after it is that stay's home: "stannar hos mormor på Ekvägen".
_STREET_STAY_CUE = (r"(?i:stannar|stannade|stannat|uppehåller|uppehöll|evakuerad|evakuerade|evakuerades|"
                    r"inkvarterad|inkvarterade|inkvarterades|placerad|placerade|placerades)")
# (a street is no word between: "flyttat från Lingonstigen till Ängsvägen 17" names the move's first home there)
_BETWEEN_NO_STREET = (rf"(?![{U}][{L}]*(?:gatan|vägen|stigen|gränd|gränden|torget|backen|allén|leden|slingan)(?![\w-]))"
                      rf"{_BETWEEN}")
_STREET_AFTER_CUE = compile_rule(
    # (the cues' first letters tested first: a case-insensitive alternation is tried whole at every word start)
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STREET_STAY_CUE)}(?:{_RESIDENCE_CUE}|{_STREET_STAY_CUE})"
    # a few words may stand between the cue and its preposition: "bor hos mormor på", "bor hemma på",
    # "flyttar den 12 december från", a host named ("bor hos Leyla Al-Karim på", "stannar hos sin son, Per Ek, på")
    rf"(?:(?:(?:{SP}+|{SP}*\n{SP}*){_BETWEEN_NO_STREET},?){{1,7}}?{SP}+(?i:på|vid|från|till)"
    # (the preposition may begin the next line: "Jag bor\npå Lingonstigen")
    rf"|{SP}+(?i:på|till|vid|i|in[ ]på|hos[ ]oss[ ]på|från)?|{SP}*\n{SP}*(?i:på|till|vid|i|hos[ ]oss[ ]på|från))"
    rf"{SP}*\n?{SP}*(?P<street>{STREET})(?![\w-])"  # the street may begin the next line
)
# After an address label any name with a number is the address ("Adress: Hagalund 3").
# The label may be a sentence's subject with its verb: "Lägenhetens adress blir Uggleplan 4", "Adressen är Åby 12".
_AFTER_ADDRESS_LABEL = compile_rule(
    rf"(?<![\w-])(?i:adress|hemadress|bostadsadress|folkbokföringsadress|postadress|c/o[ ]adress)(?i:en)?"
    rf"(?:[ \t]+(?i:är|blir|blev|var))?[ \t]*:?[ \t]*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# After a label naming where someone lives ("Bostad:", "Hemort:", "Bor:", "Utdelningsadress:", "Adress i hemlandet:")
# the rest of the line is the address, in whatever country's form, when it holds a house number
# (``table_values.home_with_number``, the test a home column's cell passes).
_HOME_LABEL_VALUE = compile_rule(
    r"(?<![\w-])(?i:(?:post|utdelnings|hem|bostads|folkbokförings|kontakt|vistelse|utlands|ny|nuvarande|tidigare)?"
    r"(?:adress|address)(?:[ \t]+(?:i|på|utomlands)(?:[ \t]+[a-zåäö]+){0,2})?|bostad|hemort|hemvist|bor|bostadsort|"
    r"vistelseort|uppehållsort)[ \t]*:[ \t]*(?P<street>(?P<core>[^\n;]{3,70}?))(?=[ \t]*(?:[;\n]|$|\.[ \t]+[A-ZÅÄÖ]))"
)


def _check_home_label_value(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.address_label_sentences import home_in_sentence
    from redact.detect.table_values import home_with_number

    value = m.group("street").split("(")[0]
    lead, end = home_in_sentence(value)  # "Mira bodde på Ringvägen 4, Ekby fram till 2019": the home alone
    value = value[lead:end]
    # the address's parts up to the first that is a remark ("..., portkod lämnas muntligen", "..., fastigheten X")
    kept: list[str] = []
    for part in value.split(","):
        first = part.split()[0] if part.split() else ""
        if kept and first[:1].islower() and not _ADDRESS_PART_WORD.match(first):
            break
        kept.append(part)
    # a home or an organisation named before the street ("Bostad: Äldreboendet Lärkan, Lärkgatan 10") is the
    # organisation's name, not the address
    skip = lead
    while len(kept) > 1 and not any(ch.isdigit() for ch in kept[0]) and _INSTITUTION.search(kept[0]):
        skip += len(kept.pop(0)) + 1
    value = ",".join(kept).rstrip(" .")
    start = m.start("street") + skip + len(value) - len(value.lstrip())
    value = value.strip()
    if not home_with_number(value) or ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    return Verdict(start, start + len(value), "adress efter en etikett för bostad")


# an institution's or a firm's name: a care home, a school, a company ("Äldreboendet Lärkan", "Gruppbostaden Eken")
_INSTITUTION = re.compile(r"(?i)(?:boende|boendet|bostaden|hem|hemmet|gården|internat|internatet|"
                          r"skola|skolan|sjukhus|sjukhuset|center|centret|\bAB|\bHB|kommun|kommunen)\b")


# A lowercase word that opens a part of an address: a flat, a block, a village's kind, a street word ("lgh 1102",
# "bl. 4", "s. Hlyboka", "vul. Sadova 17", "c/o Lind").
_ADDRESS_PART_WORD = re.compile(r"(?:[a-zà-ÿ]{1,4}\.|c/o|lgh|kv|apt|ap|bl|nr|no|iela|gatvė|ulica|vul|ul)$")


# A home named by where someone lives without a street word: "bor på Norrbyn" (a farm or hamlet), and a
# street after a parent or relative the child stays with ("varannan vecka hos pappa på Aspvägen").
# "bor på" with a capitalised place is a home; "bor i" is a town and stays.
_BOR = r"(?i:bor|bodde|bott|bosatt|bosatta|folkbokförd|folkbokförda|skriven|skrivna|vistas|vistades|vistats)"
# (a line may end before "på", "Jag bor" / "på Kyrkbyn i Tjärnby", not after it: a header cell "Folkbokförd på"
# stands over the next cell's line; a time may stand before "på": "bor sedan mars på", "bor sedan i höstas på")
_BR = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_PLACE_AFTER_BOR_PA = compile_rule(
    rf"(?<![\w-]){leading_letters(_BOR)}{_BOR}"
    rf"{_BR}(?i:(?:numera|nu|fortfarande|kvar|tillfälligt|sedan{_BR}länge|just{_BR}nu|i{_BR}dag|"
    rf"sedan{_BR}(?:i{_BR})?[a-zåäö\d]+){_BR})?på[ \t]+"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?))(?![\w-])"
)
_KIN = (r"(?i:mamma|pappa|mor|far|mamman|pappan|modern|fadern|mormor|morfar|farmor|farfar|"
        r"moster|faster|morbror|farbror|bror|brodern|syster|systern|kusin|vän|väninna|pojkvän|flickvän|sambo|"
        r"sin[ ]\w+|hans[ ]\w+|hennes[ ]\w+|deras[ ]\w+)")
_STREET_AFTER_KIN = compile_rule(
    rf"(?<![\w-])(?i:hos)[ \t]+{_KIN}(?:[ \t]+[{U}][\w'’-]+){{0,3}}[ \t]+(?i:på)[ \t]*\n?[ \t]*(?P<street>{STREET})(?![\w-])"
)
# A neighbour or a relative named with the street they live on, without "hos" ("grannen Ingvor Lidén på
# Rönnlidsvägen", "hennes bror Ali Hassan på Tallstigen"): the street is that person's home.
_NEIGHBOUR = r"(?i:grannen|grannarna|granne|grannfrun|grannfamiljen|grannkvinnan|grannmannen)"
_STREET_AFTER_NAMED_KIN = compile_rule(
    rf"(?<![\w-]){leading_letters(_NEIGHBOUR, _KIN)}(?:{_NEIGHBOUR}|{_KIN})(?:[ \t]+[{U}][\w'’-]+){{1,3}}[ \t]+(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<street>{STREET})(?![\w-])"
)
# A village or farm and its house number after a residence cue, a few words between: "bor sedan i somras på
# Åsbränna 56", "flyttade i maj till Norrbyn 7" (a place and a number is a home, with no street word).
# The words between may be a host's name of any shape, set off by commas, over a line end too: "bor hos Leyla
# Al-Karim i Ekmyra 5", "bor hos sin son, Per Ek, på Åby 4".
_STAY_CUE = (r"(?i:bo|stannar|stannade|stannat|stanna|nås|skickas|skickades|delges|delgavs|evakuerad|evakuerade|"
             r"evakuerats|inkvarterad|inkvarterade|inkvarterats|inhyst|inhysta|placerad|placerade|placerades|placerats|tillfälligt|uppehåller|uppehöll|"
             # a home visited or a delivery made: "hembesök på Tjärnåsen 7", "levereras till Nybyn 4"
             r"hembesök|hembesöket|hembesöken|levereras|levererades|postas|postades|hämtas|hämtades)")
_PLACE_NUMBER_AFTER_CUE = compile_rule(
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STAY_CUE)}(?:{_RESIDENCE_CUE}|{_STAY_CUE})(?:(?:{SP}+|{SP}*\n{SP}*){_BETWEEN},?){{0,7}}?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:på|i|till|vid|från|hos){SP}*\n?{SP}*"
    # the building's name before its place and number ("bodde på Korpen, Skogsmon 9, rum 117"): address_named_places
    # joins it to the address
    rf"(?:{WORD},{SP}*\n?{SP}*(?={WORD}(?:-{WORD})?{SP}+\d))?"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# The other end of a move, or the second of two homes: "flyttade från Kvarnbyn 12 till Solvik 3", "växlar mellan
# Åsen 4 och Backa 9" (the first is the rule's above).
_SECOND_PLACE_NUMBER = compile_rule(
    rf"(?<![\w-]){leading_letters(_RESIDENCE_CUE, _STAY_CUE, 'mellan')}(?:{_RESIDENCE_CUE}|{_STAY_CUE}|(?i:mellan))(?:(?:{SP}+|{SP}*\n{SP}*)[{U}{L}\d'’-]+){{0,5}}?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:från|mellan){SP}*\n?{SP}*(?:{WORD}(?:-{WORD})?){SP}+\d{{1,4}}(?:{SP}?[A-H])?"
    rf"(?:{SP}+|{SP}*\n{SP}*)(?i:till|och){SP}*\n?{SP}*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# A capital and a digit, in that order and side by side, a part of every UK postcode and Eircode: searched from the
# digit (the capital looked behind at)
_UK_POST_GATE = rule_regex(r"(?<=[A-Z])\d")
# The preposition and the place with its number, after a space or a line break: a part of every match of the two
# rules above (the first of the second's two places), and far rarer than their cues, which they try at every word
# that a cue's letter begins ("från och med", "bor på samma adress" hold no capitalised word and number after)
_PLACE_NUMBER_GATE = compile_rule(rf"(?<=[{SP[1:-1]}\n])(?i:på|i|till|vid|från|hos){SP}*\n?{SP}*(?:{WORD},{SP}*\n?{SP}*)?"
                              rf"{WORD}(?:-{WORD})?{SP}+\d")
_SECOND_PLACE_GATE = compile_rule(rf"(?<=[{SP[1:-1]}\n])(?i:från|mellan){SP}*\n?{SP}*{WORD}(?:-{WORD})?{SP}+\d")
# A home of one's own named by its kind, then a village or farm and its number: "presentkortet skickas till
# sommarstugan på Björnmyra 12", "hans trädgård på Tallberga 7" (a place and a house number, no street word); not
# "fastigheten på Kvarnby 12", a property's block and number.
_HOME_NOUN = (r"(?i:sommarstuga|sommarstugan|stuga|stugan|fritidshus|fritidshuset|hus|huset|villa|villan|radhus|"
              r"radhuset|torp|torpet|gård|gården|trädgård|trädgården|hem|hemmet|"
              # an artist's studio, a place of the person's own as the summer house is ("har sin ateljé på Lövbyn 4")
              r"ateljé|ateljén)")
_PLACE_NUMBER_AFTER_HOME = compile_rule(
    rf"(?<![\w-]){leading_letters(_HOME_NOUN)}{_HOME_NOUN}(?:{SP}+[{L}]+)?{SP}+(?i:på|i|vid){SP}*\n?{SP}*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# What follows a number that makes it a count, not a house: "bor i Kista 3 år", "flyttade till Sverige 2015".
_COUNT_AFTER = re.compile(r"[ \t]*(?:år|månader|månad|veckor|vecka|dagar|dag|kr|kronor|st|personer|barn|%|procent)\b",
                          re.IGNORECASE)
_COUNTRY_WORD = re.compile(rf"^{COUNTRY}$")


def _check_place_number_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    core, number = m.group("core"), m.group("number")
    if core.lower() in ctx.NOT_A_NAME or core.isupper() or _NOT_STREET.match(core) or _COUNTRY_WORD.match(core):
        return None
    if numbered_room(core):
        return None  # "placerades på Avdelning 5", "hämtas i Reception 2": a numbered room or thing, no home
    if (len(number) == 4 and number[:2] in ("19", "20")) or _COUNT_AFTER.match(text, m.end("number")):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place and house number after a residence cue")


# The same place with a house number elsewhere on the page ("Norrbyn 12" in a table, "bor på Norrbyn" below).
_PLACE_WITH_NUMBER = compile_rule(rf"(?<![\w-])(?P<street>(?P<core>{WORD}){SP}+{NUMBER})")
# English residence cues in a quoted letter: "who lives on Aspgatan", "she lived at Björkvägen".
_STREET_AFTER_EN_CUE = compile_rule(
    rf"(?<![\w-])(?i:lives|lived|living|live|stays|stayed|staying|resides|resided|moved)[ \t]+(?i:on|at|in|to)"
    rf"[ \t]*\n?[>\s]*(?P<street>{STREET})(?![\w-])"
)
# A street already found with a foreign postal code after it: "Storgata 44 B, 7013 Trondheim".
_STREET_FOREIGN_POST = compile_rule(
    rf"(?<![\w-]){STREET}{SP}+{NUMBER}(?P<post>,[ \t]*\n?[ \t]*{streets.FOREIGN_POST})"
)
# A village or farm and its number right after the person or the property it belongs to ("brevlådan hos Ulla-Britt
# Hjalmarsson, Kyrkbyn 14,", "maskinhall på Granmora 8:2, Granmora 201;"): the place and number is the home.
_PLACE_AFTER_NAMED = compile_rule(
    rf"(?<![\w-])(?i:hos|på|vid|till)[ \t]+(?:[A-ZÅÄÖÉÜ][\w'’-]+[ \t]+){{0,3}}(?:[A-ZÅÄÖÉÜ][\w'’-]+|\d{{1,4}}:\d{{1,4}}),"
    rf"[ \t]+(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA})(?=[ \t]*(?:[,;.)]|\n|$))"
)
# A village and its number right after a person's full name ("Raili Kettunen, Lomsjö 31, har bokat besök"), or in
# the next cell of a table row ("| Raili Kettunen | Lomsjö 31 |"): the first word a known first name, the place
# and number standing alone up to a comma, the clause's end or the cell's border.
_PLACE_AFTER_PERSON = compile_rule(
    rf"(?<![\w-])(?P<first>[{U}][{L}]+(?:-[{U}][{L}]+)?)(?:[ \t]+[{U}][\w'’-]+){{1,2}}(?:,[ \t]+|(?P<cell>[ \t]*\|[ \t]*))"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA})(?=[ \t]*(?:[,;.)]|\n|$)|(?(cell)[ \t]*\|))"
)
# what a table's cell beside a name numbers besides a home: a ward, a team, a shift, a zone
_NOT_A_PLACE_CELL = re.compile(r"(?i:avdelning|avd|enhet|team|område|zon|distrikt|tur|station|ålder|lägenhet|lgh|"
                               r"hus|block|trappa|port|kurs|nivå|steg|grad|ak|åk|årskurs)")
_NOT_A_PLACE = re.compile(r"(?i:kapitel|kap|sida|sidan|vecka|punkt|paragraf|bilaga|rum|sal|plan|steg|nivå|klass|grupp|"
                          r"linje|buss|spår|etapp|avsnitt|tabell|figur|box|postbox|år|nr|nummer|pass|kl|hus|våning|plats|bord|dag|"
                          r"version|del|nivå|lag|lagen|artikel|bilagan|tel|telefon|fax|mobil)")


def _check_place_after_person(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import F, classify_word, load_lexicons

    lex = load_lexicons()
    if classify_word(m.group("first"), lex) != F or classify_word(m.group("core"), lex) == F:
        return None  # no person before it, or a second person ("Anna Berg, Erik 4 år")
    if m.group("cell") is not None and _NOT_A_PLACE_CELL.fullmatch(m.group("core")):
        return None
    return _check_place_after_named(text, m)


def _check_place_after_named(text: str, m: re.Match[str]) -> Verdict | None:
    core, number = m.group("core"), m.group("number")
    if (core.lower() in ctx.NOT_A_NAME or core.isupper() or _NOT_A_PLACE.fullmatch(core) or _COUNTRY_WORD.match(core)
            or (len(number) == 4 and number[:2] in ("19", "20"))):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place and house number after the person or property it belongs to")


# A village's road written wholly in lower case ("tallmyra skolväg 3", "laxforsen bakvägen 5", "granmora byväg
# 30"): the village is a place the page names capitalised elsewhere, or the road is one of a village's kinds.
_LOWER_VILLAGE_ROAD = compile_rule(
    rf"(?<![\w-])(?P<core>(?P<village>[a-zåäö][a-zåäö\-]{{3,}})[ \t]+(?P<road>[a-zåäö]{{1,10}}?(?:väg|vägen|gata|gatan|"
    rf"stig|stigen|gränd|backe|backen)))[ \t]+{NUMBER}{EXTRA}{POST}?"
)
_LOWER_ROAD_GATE = rule_regex(r"[a-zåäö](?:väg|vägen|gata|gatan|stig|stigen|gränd|backe|backen)[ \t]+\d")
_VILLAGE_ROAD_KINDS = ("by", "skol", "kyrk", "bak", "strand", "sjö", "skogs", "gärdes", "bruks", "stations", "kvarn",
                       "gamla", "nya", "norra", "södra", "östra", "västra", "älv", "ås", "berg", "myr", "tjärn")
_NOT_A_VILLAGE = frozenset({"gamla", "nya", "norra", "södra", "östra", "västra", "enskild", "enskilda", "allmän",
                            "allmänna", "kommunal", "kommunala", "statlig", "statliga", "privat", "privata", "längs",
                            "genom", "förbi", "efter", "från", "till", "mellan", "mot", "över", "under", "utmed"})


def _check_lower_village_road(text: str, m: re.Match[str]) -> Verdict | None:
    village, road = m.group("village"), m.group("road")
    if village in _NOT_A_VILLAGE or village in ctx.NOT_A_NAME or _COUNT_AFTER.match(text, m.end("number")):
        return None
    if re.match(r"(?:riks|läns|europa|motor|järn|cykel|gång|huvud|genomfarts|förbifarts|infarts|omfarts)", road):
        return None
    capitalised = village[:1].upper() + village[1:]
    named = re.search(rf"(?<![\w-])(?:{re.escape(capitalised)}|{re.escape(village.upper())})(?![\w-])", text)
    if not named and not road.startswith(_VILLAGE_ROAD_KINDS):
        return None
    return Verdict(m.start(), m.end(), "a village's road in lower case + number")


# The name after "c/o" is the person whose letterbox a home shares ("c/o Jovanović", "c/o Lind, Ekvägen 3"), the
# given name perhaps by its initial ("c/o O. Saleh", "c/o A.-K. Berg", "c/o E Lind").
_CARE_OF = compile_rule(
    r"(?<![\w/])(?i:c/o)[ \t]+(?P<street>"
    r"(?:[A-ZÅÄÖÉÜ](?:\.|(?=[ \t]))(?:-?[A-ZÅÄÖÉÜ]\.)?[ \t]*(?=[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]))?"
    r"(?P<core>[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+"
    # a company's name may join its words with "och" or "&" ("c/o Tjärnö Bygg och Måleri AB")
    r"(?:[ \t]+(?:(?:och|&)[ \t]+)?[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+){0,4})"
    # the street of the home after the name: "c/o Lind, Ekvägen 3"
    rf"(?:,[ \t]*(?:{PREFIX}{SP}){{0,2}}{WORD}(?:-{WORD})?{SP}+\d{{1,4}}(?:{SP}?[A-H](?![\w])|[a-h](?![\w]))?)?)(?![\w-])"
)

#: A street with its number at the start of a text (to find the street of an address finding).
STREET_WITH_NUMBER = compile_(rf"{STREET}{SP}+{NUMBER}")

# Road numbers and other "name + number" phrases that are not addresses.
_NOT_STREET = re.compile(r"^(?:riksväg|länsväg|europaväg|väg|motorväg|gata|plan|plats)$", re.IGNORECASE)


# A year after a park's or an open place's name is the year of what happens there, not a house number.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PARK_OR_PLACE = re.compile(r"(?i)(?:parken|park|platsen|ängen|stranden|udden|hamnen|torget|torg|vallen|kajen|"
                            r"arenan)$")


# An authority's visiting address ("Besöksadress: Storgatan 4") is public, never a person's home.
_AUTHORITY_ADDRESS = ("besöksadress", "besöksadr", "besök")


def _verdict(text: str, m: re.Match[str], kind: str) -> Verdict | None:
    if ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    start = ctx.trim_leading_words(text, m.start(), m.end())
    if start > m.start("core"):
        return None  # the "street" was a label or a preposition ("Se plan 3")
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    post = m.group("post")
    if not post and _YEAR.match(m.group("number")) and _PARK_OR_PLACE.search(core):
        return None  # "Sommarscen i Stadsparken 2026": an event's year after a park, no house number
    reason = f"{kind} + number" + (" + postal code + town" if post else "")
    return Verdict(start, m.end(), reason, 0.9 if post else None)


def _check_street(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "street name")


def _check_named(text: str, m: re.Match[str]) -> Verdict | None:
    v = _verdict(text, m, "name")
    return Verdict(v.start, v.end, v.reason, 0.8) if v else None


def _check_named_wrapped(text: str, m: re.Match[str]) -> Verdict | None:
    # the next line's first word with a colon after it is that line's label ("Signerat: …", "Telefon: …"), no town:
    # the digits before it end an account's or another number's line
    if text.startswith(":", m.end("post")):
        return None
    return _check_named(text, m)


def _check_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start("street"), m.end("street"), "street name after a residence cue")


def _check_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME or core.lower() == "box":
        return None
    return Verdict(m.start("street"), m.end("street"), "name + number after an address label")


def _check_english(text: str, m: re.Match[str]) -> Verdict | None:
    if ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    end = m.end("post") if m.group("post") else m.end("core")
    return Verdict(m.start(), end, "street address written the English way")


def _check_uk_postcode(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "town + British postcode")


def _check_place_after_bor(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import ORG_SUFFIX

    core = m.group("core")
    if core.lower() in ctx.NOT_A_NAME or core.isupper() or _INSTITUTION.search(core) or ORG_SUFFIX.search(core):
        return None  # "vistas på Sjukhuset", "bor på Elevhemmet": an institution, not a home of one's own
    if core.endswith("s") and _INSTITUTION_AFTER.match(text, m.end("street")):
        return None  # "bor på Solbackens äldreboende": the care home's name in the genitive, then its kind
    return Verdict(m.start("street"), m.end("street"), "a place someone lives on (bor på)")


# A home for many after a name in the genitive ("Solbackens äldreboende", "Tallgårdens gruppbostad").
_INSTITUTION_AFTER = re.compile(r"[ \t\n]+[a-zåäö-]*(?:boende|boendet|hem|hemmet|bostad|bostaden|servicehus|"
                                r"sjukhem|vårdhem|internat)(?![\w-])")


_LIVED_ON = compile_scanning(
    rf"(?<![\w-])(?i:bor|bodde|bott|bosatt)[ \t]+(?:\w+[ \t]+)?(?i:på)[ \t]+(?P<place>{WORD})(?![\w-])", re.VERBOSE)


@lru_cache(maxsize=4)
def _lived_on(text: str) -> frozenset[str]:
    """The places a text says someone lives on ("bor på Norrbyn"), read once a page."""
    return frozenset(m.group("place") for m in _LIVED_ON.finditer(text))


def _check_place_with_number(text: str, m: re.Match[str]) -> Verdict | None:
    core = m.group("core")
    if core.lower() in ctx.NOT_A_NAME or core.isupper():
        return None
    if core not in _lived_on(text):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place someone lives on, with its number")


def _check_after_kin(text: str, m: re.Match[str]) -> Verdict | None:
    return _check_after_cue(text, m)


# The district and the town after a street abroad without a postal code, up to the clause's end ("Shaqlawa
# Street 14, Ankawa, Erbil."): they belong to the address; a country after them does not.
# A part may open with a lowercase abbreviation of its kind (Ukrainian "s." a village, "m." a town, "obl." a
# region, "r-n" a district) or be a postal code alone or with its town ("38300", "LV-3201", "LT-44309 Kaunas").
_PLACE_PART = (r"(?:[A-Z]{1,2}-)?\d{4,6}(?![\w-])(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]+)?"
               r"|(?:(?:[a-zà-ÿ]{1,4}\.|r-n)[ \t]*)?[^\W\d_a-zß-ÿ][^\W\d_]*(?:[- ][^\W\d_a-zß-ÿ][^\W\d_]*){0,2}"
               r"(?![\w-])")
_TRAILING_PLACES = re.compile(rf"(?:,[ \t]*(?:{_PLACE_PART})){{1,3}}")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;)]|\n|$)")


def _trailing_places_end(text: str, end: int) -> int:
    """Where the district, town and postal code after a street abroad end (``end`` when none follow): the parts
    up to the clause's end, or up to the last postal code among them ("Talsi, LV-3201 under sommaren")."""
    t = _TRAILING_PLACES.match(text, end)
    if t is None:
        return end
    pos, kept, post = end, end, False
    for part in t.group(0).split(",")[1:]:
        words = part.split()
        if _COUNTRY_WORD.match(" ".join(words)) or words[0].lower() in ctx.NOT_A_NAME:
            break
        pos = text.index(part, pos) + len(part)
        if words[0][-1].isdigit():  # a postal code
            post, kept = True, pos
        elif post or _CLAUSE_END.match(text, pos):
            kept = pos
    return kept if (post or _CLAUSE_END.match(text, kept)) else end


def _check_foreign(text: str, m: re.Match[str]) -> Verdict | None:
    if ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    end = m.end() if m.groupdict().get("post") else _trailing_places_end(text, m.end())
    return Verdict(m.start(), end, "street address abroad", 0.85)


def _check_care_of(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("core").split()[0].lower() in ctx.NOT_A_NAME:
        return None
    # "c/o" goes with the name: the line says whose letterbox the person shares; a farm or village after a comma
    # that ends the line or cell is the home itself ("c/o Lind, Backgården")
    end = m.end("street")
    tail = _CARE_OF_PLACE.match(text, end) if not any(c.isdigit() for c in m.group("street")) else None
    if tail is not None and tail.group(1).lower() not in ctx.NOT_A_NAME:
        end = tail.end(1)
    return Verdict(m.start(), end, "name after c/o")


_CARE_OF_PLACE = compile_(rf",[ \t]*({WORD}(?:-{WORD})?(?:[ \t]+{WORD})?)(?=[ \t]*(?:\n|$|\|))")


def _check_box(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "box + postal code + town", 0.8)


class AddressRecognizer(SwedishPatternRecognizer):
    """Swedish street addresses with number, optionally with postal code and town."""

    ENTITY = "ADDRESS"
    NAME = "address"
    CONTEXT = ctx.ADDRESS
    RULES = (
        Rule("street", _STREET, score=0.7, context_score=0.9, check=_check_street),
        Rule("street_rare_word", _RARE_STREET, score=0.7, context_score=0.9, check=_check_street, gate=_RARE_GATE),
        Rule("name_with_postcode", _NAMED_WITH_POST, score=0.8, context_score=0.9, check=_check_named),
        Rule("name_with_wrapped_postcode", _NAMED_WITH_WRAPPED_POST, score=0.8, context_score=0.9,
             check=_check_named_wrapped, gate=_POSTCODE_AT_LINE_END),
        Rule("lowercase_street", _LOWERCASE_STREET, score=0.6, context_score=0.8, check=_check_street,
             require_context=True, before=25, needs=("gatan", "vägen", "gränd", "stigen", "torget", "allén", "backen", "leden")),
        Rule("street_after_residence_cue", _STREET_AFTER_CUE, score=0.75, check=_check_after_cue,
             needs=("bo", "hemma", "flytta", "skriven", "folkbokförd", "adress", "lägenhet", "bostad", "vista", "sov",
                    "övernatt", "inneboende", "stanna", "uppehåll", "uppehöll", "evakuer", "inkvarter", "placera")),
        Rule("after_address_label", _AFTER_ADDRESS_LABEL, score=0.8, check=_check_after_label, needs=("adress",)),
        Rule("after_home_label", _HOME_LABEL_VALUE, score=0.8, check=_check_home_label_value, needs=(":",)),
        Rule("after_which_address_label", which.WHICH_ADDRESS, score=0.8, check=which.check_which_address,
             needs=which.NEEDS),
        Rule("english_street", streets.ENGLISH_STREET, score=0.7, context_score=0.85, check=_check_english,
             needs=("road", "street", "avenue", "lane", "drive", "close", "way", "crescent", "gardens", "place",
                    "terrace", "court", "square", "grove", "row", "walk", "mews", "rd", "st", "ave")),
        Rule("uk_postcode", streets.UK_POSTCODE, score=0.7, context_score=0.85, check=_check_uk_postcode,
             gate=_UK_POST_GATE),
        Rule("place_number_after_cue", _PLACE_NUMBER_AFTER_CUE, score=0.75, check=_check_place_number_after_cue,
             needs=("bo", "hemma", "flytta", "skriven", "folkbokförd", "adress", "lägenhet", "bostad", "vista", "sov",
                    "övernatt", "inneboende", "stanna", "nås", "skicka", "delge", "delgavs", "evakuer", "inkvarter",
                    "inhyst", "placera", "tillfälligt", "hembesök", "lever", "posta", "hämta", "uppehåll", "uppehöll"),
             gate=_PLACE_NUMBER_GATE),
        Rule("second_place_number_after_cue", _SECOND_PLACE_NUMBER, score=0.75, check=_check_place_number_after_cue,
             needs=("flytta", "från", "mellan"), gate=_SECOND_PLACE_GATE),
        Rule("place_number_after_home", _PLACE_NUMBER_AFTER_HOME, score=0.75, check=_check_place_number_after_cue,
             needs=("stug", "hus", "villa", "torp", "gård", "hem", "atelj")),
        Rule("place_after_bor_pa", _PLACE_AFTER_BOR_PA, score=0.7, check=_check_place_after_bor,
             needs=("bo", "skriv", "vista")),
        Rule("place_with_number", _PLACE_WITH_NUMBER, score=0.7, check=_check_place_with_number, needs=("bo",)),
        Rule("street_after_kin", _STREET_AFTER_KIN, score=0.75, check=_check_after_kin, needs=("hos",)),
        Rule("street_after_named_kin", _STREET_AFTER_NAMED_KIN, score=0.75, check=_check_after_kin, needs=("på",)),
        Rule("street_after_english_cue", _STREET_AFTER_EN_CUE, score=0.75, check=_check_after_cue,
             needs=("live", "stay", "resid", "moved")),
        Rule("foreign_street", streets.FOREIGN_STREET, score=0.75, check=_check_foreign),
        Rule("street_foreign_post", _STREET_FOREIGN_POST, score=0.8, check=_check_foreign, gate=streets.FOREIGN_POST_GATE),
        Rule("street_before_country", streets.STREET_BEFORE_COUNTRY, score=0.8, check=_check_foreign),
        Rule("street_abroad_with_post", abroad.STREET_WITH_POST, score=0.8, check=abroad.check_street_with_post,
             gate=abroad.GATE),
        Rule("street_abroad_number_first", abroad.NUMBER_FIRST, score=0.75, check=abroad.check_number_first,
             needs=abroad.NUMBER_FIRST_NEEDS),
        Rule("street_north_america", americas.NORTH_AMERICAN, score=0.85, check=americas.check_north_american,
             gate=americas.GATE),
        Rule("places_abroad_after_cue", abroad.PLACES_AFTER_CUE, score=0.8, check=abroad.check_places_after_cue,
             gate=abroad.PLACES_GATE),
        Rule("places_abroad_after_contact", abroad.PLACES_AFTER_CONTACT, score=0.8,
             check=abroad.check_places_after_cue, gate=abroad.CONTACT_GATE),
        Rule("address_to_country", to_country.COUNTRY_AT_END, score=0.8, check=to_country.check_address_to_country,
             gate=to_country.GATE),
        Rule("units_abroad", units.UNITS_ADDRESS, score=0.8, check=units.check_units_address, gate=units.GATE),
        Rule("thai_lane_abroad", units.THAI_LANE, score=0.8, check=units.check_thai_lane, needs=units.THAI_LANE_NEEDS),
        Rule("latin_flat_abroad", abroad.LATIN_FLAT_ADDRESS, score=0.8, check=abroad.check_latin_flat,
             needs=abroad.LATIN_FLAT_NEEDS),
        Rule("place_after_person", _PLACE_AFTER_PERSON, score=0.7, check=_check_place_after_person, needs=(",", "|")),
        Rule("place_after_named", _PLACE_AFTER_NAMED, score=0.7, check=_check_place_after_named,
             needs=("hos ", "på ", "vid ", "till ")),
        Rule("lowercase_village_road", _LOWER_VILLAGE_ROAD, score=0.75, check=_check_lower_village_road,
             gate=_LOWER_ROAD_GATE),
        Rule("farm_and_place", farms.FARM_AND_PLACE, score=0.75, check=farms.check_farm_and_place, needs=farms.NEEDS),
        Rule("trip_end", trips.TRIP_CELL, score=0.75, check=trips.check_trip_cell, gate=trips.TRIP_HEADER),
        # a named home and its numbered parts after a word of living there ("bor på Hagaboendet, plan 3, rum 14")
        Rule("home_units_after_cue", chains.UNITS_AFTER_CUE, score=0.75, check=chains.check_units_after_cue,
             needs=chains.UNITS_AFTER_CUE_NEEDS),
        Rule("care_of", _CARE_OF, score=0.75, check=_check_care_of, needs=("c/o",)),
        Rule("place_after_named_kin", beside.PLACE_AFTER_NAMED_KIN, score=0.75,
             check=beside.check_place_after_named_kin, needs=beside.NEEDS_KIN),
        Rule("farm_village_after_named_kin", beside.FARM_VILLAGE_AFTER_NAMED_KIN, score=0.75,
             check=beside.check_farm_village_after_named_kin, needs=beside.NEEDS_KIN_FARM),
        Rule("place_cell_of_stay", stays.PLACE_CELL, score=0.75, check=stays.check_place_cell, gate=stays.GATE),
        Rule("street_prefix_broken", beside.STREET_PREFIX_BROKEN, score=0.75, check=beside.check_street_prefix_broken,
             gate=beside.GATE_PREFIX),
        Rule("po_box_abroad", abroad.PO_BOX, score=0.8, check=abroad.check_po_box, needs=abroad.PO_BOX_NEEDS),
        Rule("hungarian_street", hungary.HUNGARIAN_STREET, score=0.85, check=hungary.check_hungarian_street,
             needs=hungary.HUNGARIAN_NEEDS, gate=hungary.HUNGARIAN_GATE),
        Rule("nepali_ward", abroad.NEPALI_WARD, score=0.85, check=abroad.check_nepali_ward, gate=abroad.NEPALI_GATE),
        Rule("box_with_postcode", _BOX_WITH_POST, score=0.8, context_score=0.85, check=_check_box, needs=("box", "pl ")),
    # then the shapes of addresses in the countries people in Sweden come from, a street named bare where an animal
    # attacked, both ends of a move, farms and camps
        # and homes without a number where someone lives
    ) + regions.RULES + incident_streets.RULES + streets_of_homes.RULES + streets_more.RULES + moves.RULES + farms.RULES \
      + unnumbered.RULES + placed_addresses.RULES  # last: a street by where it stands, whatever its words


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the street addresses in ``text`` (to tell a lone postal code from one in an address)."""
    return list(iter_address_spans(text))


def iter_address_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of :func:`address_spans`, rule by rule as found: a caller that asks whether one covers a
    postal code stops at the first that does (most often the first rule's street), not after every rule."""
    lowered = text.lower()
    for rule in AddressRecognizer.RULES:
        # the rules' cheap tests first, as the recognizer runs them (a gate only saves time)
        if (rule.needs and not any(n in lowered for n in rule.needs)) or (rule.gate is not None
                                                                          and not rule.gate.search(text)):
            continue
        for m in rule.regex.finditer(text):
            v = rule.check(text, m) if rule.check else None
            if v is not None:
                yield (v.start, v.end)
