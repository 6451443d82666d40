"""Fastighetsbeteckning: "Ramlösa 12:34", "Solna Järva 4:12", "Kv. Björken 3", "fastigheten Tallen 5".

The block:unit form is the strong signal; clock times ("Kl 13:00") and
legal references ("SFS 2009:400") look the same and are refused by label
words and by shape unless a property word is near.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect import context as ctx
from redact.detect.address import COMPOUND_SUFFIX, U, WORD
from redact.detect.first_chars import compiled
from redact.detect.no_person_spans import names_municipality
from redact.detect.patterns import NeedleGate, Rule, SwedishPatternRecognizer, Verdict, compile_, compile_rule, rule_regex
from redact.detect.word_led import word_led, word_led_iter

SP = ctx.SP
# "S:t Olof", "St. Mossen", "Sta Ana": a saint's abbreviation begins a tract's name too
NAME = rf"(?:{WORD}(?:-{WORD})?|S:t|St\.|Sta\.?|[NSVÖ]\.(?={SP}[{U}]))"
_BLOCK_UNIT = compile_rule(
    # the designation may be broken after its name at a line end ("på Åsbränna" / "2:7")
    rf"(?<![\w-])(?P<name>(?:{NAME}{SP}){{0,2}}{NAME})(?:{SP}|[ \t]*\n[ \t]*)(?P<block>\d{{1,4}}):(?P<unit>\d{{1,4}})"
    # a range of units of the same tract: "Bäck 1:23-1:25", "Bäck 1:23–25"
    rf"(?:[ \t]?[-–][ \t]?(?:\d{{1,4}}:)?\d{{1,4}})?"
    # "Hästby 2:14 m.fl.": the designation of a tract and its others ("med flera"), one item
    rf"(?:[ \t]+m\.[ ]?fl\.|[ \t]+m[ ]fl\b)?(?![\w]|:\w|[.,]\d)"
)
# A joint property or a shared facility: "Kallholmen s:1" (a samfällighet), "Tallåsen ga:3"
# (a gemensamhetsanläggning), "Ön fs:2"; the owners are the neighbours, each a person.
_JOINT_UNIT = compile_rule(
    rf"(?<![\w-])(?P<name>(?:{NAME}{SP}){{0,2}}{NAME}){SP}(?:s|ga|fs|gsf|S|GA):\d{{1,4}}(?![\w]|:\w|[.,]\d)"
)


_JOINT_GATE = rule_regex(r"(?<![\w:])(?:s|ga|fs|gsf|S|GA):\d")


def _check_joint_unit(text: str, m: re.Match[str]) -> Verdict | None:
    start = ctx.trim_leading_words(text, m.start(), m.end(), ctx.NOT_A_NAME | _WEEKDAYS)
    if start >= m.end("name"):
        return None
    return Verdict(start, m.end(), "name + s:/ga: (samfällighet eller gemensamhetsanläggning)")


_KVARTER = compile_rule(
    rf"(?<![\w-])(?i:kv\.|kv|kvarteret|kvarter){SP}(?P<name>{NAME}(?:{SP}{NAME})?){SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w]|:\w|[.,]\d)"
)
_LABELLED = compile_rule(
    rf"""(?i:fastighet(?:en|erna)?|fastighetsbeteckning(?:en)?|fastighetsbet\.?)
    :?{SP}+
    (?P<prop>(?:{NAME}{SP}){{0,2}}{NAME}{SP}\d{{1,4}}(?::\d{{1,4}})?)
    (?![\w]|:\w|[.,]\d)"""
)
# "Ramlösa 12:34 och 12:35": further units of the same tract, each reported on its own.
_LISTED_UNIT = compile_rule(rf"(?:,|{SP}och|{SP}samt|{SP}&){SP}+(?P<unit>\d{{1,4}}:\d{{1,4}})(?![\w]|:\w|[.,]\d)")
_LIST_HEAD = compile_(
    rf"{NAME}{SP}\d{{1,4}}:\d{{1,4}}(?:(?:,|{SP}och|{SP}samt|{SP}&){SP}+\d{{1,4}}:\d{{1,4}})*$"
)
# "Norrvik Kråkan 7": a tract named without block and unit (the town's name, the block, the number).
# a number before a slash and digits is a case's year and serial ("Dnr KS 2026/418"), no block's number
_NAMED_TRACT = compile_rule(rf"(?<![\w-])(?P<tract>{NAME}{SP}{NAME}){SP}(?P<number>\d{{1,4}})(?![\w]|:\w|[.,/]\d)")
#: Words of building and planning matters before which such a name is a property, not a place.
_TRACT_CUES = ctx.PROPERTY + (
    "fastigheterna", "attefallshus", "attefallsåtgärd", "marklov", "rivningslov", "förhandsbesked",
    "strandskyddsdispens", "nybyggnad", "tillbyggnad", "sakägare", "sakägarna", "sakägaren",
)
def _year(number: str) -> bool:
    """True for a number that reads as a year ("2026"): after a name it dates something, it numbers no property."""
    return len(number) == 4 and number[:2] in ("19", "20")


# What a part or a share of a property is said in, right before its designation: "del av", "delägare i".
_PART_OF = re.compile(r"(?i)(?<![\w-])(?:del[ \t\n]+av|delägare[ \t\n]+i|andel[ \t\n]+i|ägarandel[ \t\n]+i)[ \t\n]+$")
# Its owner named right before it: "Ägaren till Norrvik Kråkan 7", "ägarna av", "Per Ek äger Norrvik Kråkan 7"; what
# is owned with a name and a number is a property (a car or a boat is named by its noun or its register number).
# Whose house, villa or plot it is, the designation set off after it: "sitt hus, Norrvik Kråkan 7", "hennes
# fritidshus (Norrvik Kråkan 7)".
_OWN_HOME_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:sitt|sin|sina|hans|hennes|hens|deras|mitt|min|vårt|vår|ert|er|[a-zåäö]+(?:ens|ets|ns))"
    r"(?:[ \t\n]+[a-zåäö]+s)?[ \t\n]+"  # a relative's house: "sin fars fritidshus"
    r"(?:hus|huset|villa|villan|radhus|fritidshus|sommarhus|sommarstuga|stuga|gård|tomt|bostadshus|egnahem)"
    r"[ \t]*[,(][ \t]*\n?[ \t]*$")
_OWNER_OF = re.compile(r"(?i)(?<![\w-])(?:(?:del)?ägar(?:e|en|na|innan)[ \t\n]+(?:till|av)|äger|ägde|ägt)[ \t\n]+$")
# Its sale or purchase named right before it: "försäljningen av Norrvik Kråkan 7", "köpet av", "har sålt", "köpte";
# what a private person sells or buys with a town's, a block's name and a number is a property
_SOLD = re.compile(r"(?i)(?<![\w-])(?:(?:försäljning|försäljningen|köp|köpet|överlåtelse|överlåtelsen|avyttring|"
                   r"avyttringen)[ \t\n]+av|sålt|sålde|säljer|sälja|köpt|köpte|köper|köpa)[ \t\n]+$")
# (a town's and a block's names are words in title case; a car's model is not: "försäljningen av Volvo XC 90")
_TITLE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?")
#: Labels after which the kvarter and label rules already take the designation whole.
_TAKEN_AFTER = frozenset({"kv", "kv.", "kvarter", "kvarteret", "fastighet", "fastigheten", "fastighetsbeteckning",
                          "fastighetsbeteckningen", "fastighetsbet", "fastighetsbet.", "fastighet:",
                          "fastighetsbeteckning:"})
_WEEKDAYS = frozenset({"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"})


# A table's "Fastighet" header as a cell of a row or alone on its line: the designations below it are properties.
# Any header naming the property: "Fastighet", "Egen fastighet", "Berörd fastighet", "Grannfastighet",
# "Fastighet (del av)", "Fastighet/adress", "Fast.bet." (not "Fastighetsägare": a person's column).
_PROPERTY_HEADER = (r"(?:[A-Za-zÅÄÖåäö]+[ \t]+)?[A-Za-zÅÄÖåäö]*(?:fastighet|Fastighet|FASTIGHET)(?:en|er|erna|ER|"
                    r"sbeteckning(?:en|ar)?|sbet\.?|SBETECKNING)?(?:[ \t]*\([^)|\n]{1,20}\)|[ \t]*/[ \t]*[A-Za-zåäö]+)?"
                    r"|(?i:fast\.?[ ]?bet\.?)")
_HEADER_CELL = re.compile(rf"(?m)(?:^|[|\t])[ \t]*(?:{_PROPERTY_HEADER})[ \t]*(?:$|[|\t])")
_COLUMN_REACH = 2500  # characters below the header: the table's rows


# property words that may begin a sentence before the designation ("Fastigheterna Sjöby 2:5 och 2:6 ...")
# (and the house on it, a sentence's subject before its designation: "Huset Bredsjö Nyhyttan 2:14"; not "Gården",
# "Torpet": tracts are named so)
_PROPERTY_WORDS = frozenset({"fastigheterna", "fastigheten", "fastighet", "fastigheter", "grannfastigheten",
                             "grannfastigheterna", "tomten", "tomterna", "skiftet", "marken", "lotten",
                             "huset", "husen", "sommarhuset", "fritidshuset", "bostadshuset", "boningshuset",
                             # a lease's, a croft's or a farm's noun before its designation ("Arrendestället Ekby
                             # Hult 1:4")
                             "stället", "arrendestället", "arrendet", "torpet", "gården", "stugan"})


# a case series' letters: an abbreviation in capitals, or with small letters between its capitals ("NFoR", "KSau")
_SERIES_LETTERS = re.compile(r"[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}")


def _check_block_unit(text: str, m: re.Match[str]) -> Verdict | None:
    start = ctx.trim_leading_words(text, m.start(), m.end(), ctx.NOT_A_NAME | _WEEKDAYS | _PROPERTY_WORDS)
    if (label := _LABEL_WORD.match(text, start, m.start("block"))) is not None:
        # "Kundreferens TV-PI 27:4418": a number's label, no register area; a label alone before the digits
        # ("Avtalsnr 7758:01/27-FV") leaves no name
        start = label.end()
    if start >= m.end("name"):
        return None  # only a label was left ("SFS 2009:400", "Kl 13:00")
    block, unit = m.group("block"), m.group("unit")
    if _year(block) and _SERIES_LETTERS.fullmatch(text[start:m.end("name")]):
        # "NMB 2026:418", "NFoR 2026:77": a series' letters, a year and a serial are a case's number whatever word
        # of property stands near (a tract is named by words, its block numbered from one)
        return None
    near = ctx.find_context_word(text, start, m.end(), ctx.PROPERTY, 50)
    if (not (len(block) == 4 and block[:2] in ("19", "20"))
            and (area := _AREA_ON_LINE_BEFORE.search(text, max(0, start - 40), start))
            and not _POSTCODE_BEFORE.search(text, max(0, area.start("area") - 12), area.start("area"))
            and names_municipality(area.group("area"), text)):
        # "sin fjällstuga, Gransjö" / "Björnliden 2:57": the register area at the end of the line before, a town the
        # text names as one ("917 33 Gransjö", "Gransjö kommun"); a designation with its area is no time of day (a
        # postal address's town ending its line is no area: "851 82 Åsby" / "Beslutslista 2026:07")
        return Verdict(area.start("area"), m.end(), "register area + tract + block:unit over a line end")
    if not near:
        if len(block) == 4 and block[:2] in ("19", "20"):
            return None  # a year and a serial: a statute or report number
        if len(unit) == 2 and int(block) <= 23 and int(unit) <= 59:
            if _register_area_first(text, start, m.end("name")):
                # "Kvillsjö Mossebo 1:14" where the text speaks of "Kvillsjö kommun": the municipality's register
                # area before a tract's name is a designation, no clock reads "Kvillsjö Mossebo 1:14"
                return Verdict(start, m.end(), "register area + tract + block:unit")
            if _HEADER_CELL.search(text, max(0, start - _COLUMN_REACH), start):
                # under a "Fastighet" header cell ("RÄVSUNDA BACKTJÄRN 1:48" in a table of permits) it is no time
                return Verdict(start, m.end(), "name + block:unit under a Fastighet header")
            return Verdict(start, m.end(), "name + HH:MM (could be a time)", 0.4)
    return Verdict(start, m.end(), "name + block:unit")


# a capitalised word ending the line just before a tract's name: the register area, where a line wrapped
_POSTCODE_BEFORE = re.compile(r"\d{3}[ \u00a0]?\d\d[ \t]+\Z")
_AREA_ON_LINE_BEFORE = re.compile(r"(?<![\w-])(?P<area>[A-ZÅÄÖ][a-zåäöé]{2,})[ \t]*\n[ \t]*\Z")


def _register_area_first(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` is two capitalised words, the first the municipality's name."""
    words = text[start:end].split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words) or words[1].lower() in ctx.NOT_A_NAME:
        return False
    town = re.escape(words[0].capitalize())
    return re.search(rf"(?<![\w-]){town}s?{SP}kommun\b", text) is not None


def _check_listed_unit(text: str, m: re.Match[str]) -> Verdict | None:
    head = _LIST_HEAD.search(text, max(0, m.start() - 120), m.start())
    if head is None:
        return None
    first = _BLOCK_UNIT.match(text, head.start())
    verdict = _check_block_unit(text, first) if first else None
    if verdict is None:
        return None
    # "Kallvattnet 4:19 och 4:20" is one designation of two units: the word that joins them goes under the
    # same box, so that no lone "och" stands between two masks (a comma is left)
    joined = text[m.start():m.start("unit")]
    start = m.start() + len(joined) - len(joined.lstrip()) if joined.strip(" \t\n,") else m.start("unit")
    return Verdict(start, m.end("unit"), "block:unit listed after a property", verdict.score)


def _check_kvarter(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "kv. + name + number")


def _check_labelled(text: str, m: re.Match[str]) -> Verdict | None:
    start = ctx.trim_leading_words(text, m.start("prop"), m.end("prop"))
    if start >= m.end("prop"):
        return None
    return Verdict(start, m.end("prop"), "after 'fastighet' label")


# a number's label, whole or short ("Kundnummer", "Kundnr"): no town's name
_NUMBER_LABEL_ENDS = ("nummer", "nr")
# a word ending as a number's label or a reference does, and the space after it ("Kundreferens ", "Anläggningsnr ")
_LABEL_WORD = re.compile(r"[^\W\d_]*(?:nummer|nr|referens)\.?:?[ \t]+", re.IGNORECASE)
# a year's number going on after a dash: a date or a case number ("Synpunkter BYGG 2026-000614"), no property's
_YEAR_GOES_ON = re.compile(r"-\d")


# what follows a tract's or its town's words in the patterns of _check_named_tract (see word_led), and a property's
# label ending right before them
_SP_DIGIT = compiled(rf"{SP}\d")
_NUMBER_AFTER = compiled(rf"{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])")
_BLOCK_NUMBER_AFTER = compiled(rf"{SP}{NAME}{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])")
_BLOCK_UNIT_AFTER = compiled(rf"{SP}{NAME}{SP}\d{{1,4}}:\d{{1,4}}(?![\w:])")
_PROPERTY_LABEL_BEFORE = compiled(rf"(?i:fastighet\w*|fastighetsbet\.?):?{SP}+\Z")


def _check_named_tract(text: str, m: re.Match[str]) -> Verdict | None:
    if _year(m.group("number")) and _YEAR_GOES_ON.match(text, m.end("number")):
        return None
    from redact.detect.id_labels import _PERSON_NOUNS

    if m.group("tract").split()[0].lower().endswith(_NUMBER_LABEL_ENDS):
        return None  # "Kundnummer KVA 33 0443": a number's label and its code's series, no town's block
    if m.group("tract").split()[0].lower() in _PERSON_NOUNS and m.group("tract").split()[1].isupper():
        return None  # "Kund KVA 33 0443", "Elev UFN 27": a role's noun before its code's series, no town's block
    start = ctx.trim_leading_words(text, m.start(), m.end("tract"), ctx.NOT_A_NAME | _WEEKDAYS)
    if start > m.start():
        return None  # a label or an ordinary word in front: no town-and-block name
    before = text[max(0, start - 30):start]
    if before.split() and before.split()[-1].lower() in _TAKEN_AFTER and "\n" not in before[before.rstrip().rfind(" ") + 1:]:
        return None  # the label rule takes it whole (on the label's own line only: it does not read past a line end)
    if ctx.find_context_word(text, start, m.end(), _TRACT_CUES, 60):
        return Verdict(start, m.end(), "tract + number after a property word")
    if ((_PART_OF.search(text, max(0, start - 30), start) or _OWNER_OF.search(text, max(0, start - 30), start)
         or (_SOLD.search(text, max(0, start - 30), start)
             and all(_TITLE_WORD.fullmatch(w) for w in m.group("tract").split())))
            and not _year(m.group("number"))
            and not _STREET_WORD.fullmatch(m.group("tract").split()[1])):
        # "arrendet gäller del av Norrvik Kråkan 7", "delägare i NORRVIK KRÅKAN 7", "ägaren till Norrvik Kråkan 7": a
        # part, a share or the whole of an owner's property, in any case ("Storgatan 4" is a street's number); its sale
        # ("försäljningen av Norrvik Kråkan 7")
        return Verdict(start, m.end(), "tract + number after 'del av', a share in it or its owner", 0.9)
    if (_OWN_HOME_BEFORE.search(text, max(0, start - 40), start) and not _year(m.group("number"))
            and not _STREET_WORD.fullmatch(m.group("tract").split()[1])):
        # "försäljningen av sitt hus, Norrvik Kråkan 7": the designation set off after the owner's house, villa or
        # plot names what they own (a street with its number after it is an address: "sitt hus, Storgatan 4")
        return Verdict(start, m.end(), "tract + number set off after the owner's house", 0.95)
    # the same tract named with a property label elsewhere in the text ("Fastighet: Norrvik Kråkan 7"),
    # or another block of the same town's register ("Norrvik Skatan 1" beside it): a neighbour's property
    # (the tract's and the town's words are found as written, the rest of each pattern compiled once: word_led)
    tract = m.group("tract")
    if any(_PROPERTY_LABEL_BEFORE.search(text, 0, at) for at, _ in word_led(text, tract, _SP_DIGIT, standalone=False)):
        return Verdict(start, m.end(), "tract of a labelled property")
    # the same tract with another number in the text's property column ("Finspång Hyttan 9" under "Fastighet"): the
    # neighbouring property of the same block
    for at, _ in () if _year(m.group("number")) else word_led_iter(text, tract, _NUMBER_AFTER):
        if at != m.start() and _HEADER_CELL.search(text, max(0, at - _COLUMN_REACH), at):
            return Verdict(start, m.end(), "another number of a tract in the property column")
    town_word = tract.split()[0]
    town = re.escape(town_word)
    if any(_PROPERTY_LABEL_BEFORE.search(text, 0, at)
           for at, _ in word_led(text, town_word, _BLOCK_NUMBER_AFTER, standalone=False)):
        return Verdict(start, m.end(), "a block of the same town as a labelled property")
    if len(m.group("number")) == 4 and m.group("number")[:2] in ("19", "20"):
        return None  # a name and a year ("Lindby Marknad 2026")
    # a block of the same town written with block:unit elsewhere ("Norrvik Skatan 1:4" in the same register)
    if next(word_led(text, town_word, _BLOCK_UNIT_AFTER), None) is not None:
        return Verdict(start, m.end(), "a block of the same town as a property with block:unit")
    # the register area of a property is the municipality's name: "Norrvik Kråkan 7" where the text
    # speaks of "Norrvik kommun" (an ordinary word as the second part is a place or a company, not a block)
    second = m.group("tract").split()[1]
    if (re.search(rf"(?<![\w-]){town}s?{SP}kommun\b", text)
            and second.lower() not in ctx.NOT_A_NAME and not second.isupper()):
        return Verdict(start, m.end(), "tract + number in the municipality's register area")
    # the register's own spelling, all in capitals ("HJORTSELE SMEDJAN 3") where the text speaks of "Hjortsele
    # kommun": an acronym pair ("SKL AB 2") is no municipality's name
    first = m.group("tract").split()[0]
    if (first.isupper() and second.isupper() and len(first) >= 4 and len(second) >= 4
            and second.lower() not in ctx.NOT_A_NAME
            and re.search(rf"(?<![\w-]){re.escape(first.capitalize())}s?{SP}kommun\b", text)):
        return Verdict(start, m.end(), "tract + number in capitals, in the municipality's register area")
    return None


# A block named without its register area: "Rönnen 7", "Hyttan 6", "Åsen 2:14".
_SHORT_BLOCK = compile_rule(rf"(?<![\w-])(?P<name>{WORD})[ \t]+(?P<number>\d{{1,4}}(?::\d{{1,4}})?)(?![\w:%]|[.,/]\d)")
#: Words of a house and its plot right before such a name ("har ägt huset (Hyttan 6)", "grannen på Rönnen 7").
_HOUSE_CUES = ("huset", "villan", "radhuset", "tomten", "tomt", "fastigheten", "fastighet", "grannfastigheten",
               "granne", "grannen", "grannarna", "grannens", "fastighetsägaren", "fastighetsägare", "gården")
_NOT_A_BLOCK = re.compile(rf"(?i:.*(?:{COMPOUND_SUFFIX})|box|postbox|bilaga|kapitel|kap|sida|punkt|paragraf|rum|plan|hus|vecka|"
                          r"avsnitt|bild|tabell|steg|nivå|klass|grupp|linje|buss|spår|etapp|område|zon|del)")


_AREA_AFTER_CUE = compile_(rf"(?<![\w-])(?P<cue>[a-zåäö]+){SP}(?P<area>{NAME}){SP}$")


def _check_short_block(text: str, m: re.Match[str]) -> Verdict | None:
    name, number = m.group("name"), m.group("number")
    if name.lower() in ctx.NOT_A_NAME or name.isupper() or _NOT_A_BLOCK.fullmatch(name):
        return None
    if _year(number):
        return None  # a name and a year
    before = text[max(0, m.start() - 30):m.start()].split()
    if before and before[-1].lower().rstrip(":") in _TAKEN_AFTER:
        return None  # the kvarter and label rules take it whole
    # the block of a property named with its register area elsewhere ("fastigheten Norrvik Rönnen 7")
    for full in () if text.count(name) < 2 else re.finditer(rf"(?<![\w-]){NAME}{SP}{re.escape(name)}{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])", text):
        if ctx.find_context_word(text, full.start(), full.end(), _TRACT_CUES + ("ägare",), 40):
            return Verdict(m.start(), m.end(), "a block of a property named in full in the text")
    # a house or plot word right before it, the name in brackets or after "på"
    line_start = text.rfind("\n", 0, m.start()) + 1
    words = [w.strip("(),:;").lower() for w in text[max(line_start, m.start() - 30):m.start()].split()[-3:]]
    if any(w in _HOUSE_CUES for w in words):
        # the register area named between the cue and the block ("radhuset Hemby Lärkan 12") is the designation's
        # first word, as in a designation with a colon
        area = _AREA_AFTER_CUE.search(text, max(line_start, m.start() - 40), m.start())
        start = area.start("area") if area and area.group("cue").lower() in _HOUSE_CUES else m.start()
        return Verdict(start, m.end(), "block + number after a word of a house or plot", 0.7)
    # a part or a share of it said right before ("har del av Hyttan 6", "andel i Rönnen 7"): what is owned in parts
    # with a name and a number is a property (a document's or a building's parts are _NOT_A_BLOCK above)
    if _PART_OF.search(text, max(0, m.start() - 30), m.start()):
        return Verdict(m.start(), m.end(), "block + number after 'del av' or a share in it", 0.7)
    return None


# A cell of its own under a "Fastighet" column's header (a table read one cell a line): "Lönnen 12", "BJÖRKEN 4",
# "Kallholmen 1:25 och 1:26" are the properties the rows are about, whatever their shape.
# A word of such a cell in lower case too ("hemby lärkan 12"): the register's spelling typed as the writer pleased.
_CELL_WORD = rf"(?:{NAME}|[a-zåäö][a-zåäö]{{2,}}(?:-[a-zåäö]+)?)"
_CELL = compile_rule(
    rf"(?m)^[ \t]*(?P<prop>(?:{_CELL_WORD}{SP}){{0,2}}{_CELL_WORD}{SP}\d{{1,4}}(?::\d{{1,4}})?"
    rf"(?:(?:,|{SP}och|{SP}&){SP}\d{{1,4}}(?::\d{{1,4}})?)*)[ \t]*$"
)
_COLUMN_HEADER = rule_regex(rf"(?m)^[ \t]*(?:{_PROPERTY_HEADER})[ \t]*:?[ \t]*$")


def _check_column_cell(text: str, m: re.Match[str]) -> Verdict | None:
    if not _COLUMN_HEADER.search(text, max(0, m.start() - _COLUMN_REACH), m.start()):
        return None
    words = m.group("prop").split()
    if any(w.lower() in ctx.NOT_A_NAME or _NOT_A_BLOCK.fullmatch(w) for w in words if not w[:1].isdigit()):
        return None  # "Kallholmsvägen 31" is an address, "Vecka 12" a week, "Box 12" a box
    names = [w for w in words if not w[:1].isdigit()]
    if any(w.islower() for w in names):
        # a cell in lower case is a designation when it opens with a register area the page names as one
        # ("Hemby kommun", "Hemby Lärkan 11" in the row above): "ja 2", "se bilaga 3" are no property; a village and
        # its block and unit ("hemsjöbodarna 1:88") is one whatever the page names, in a Fastighet column
        lower_block_unit = (len(names) == 1 and len(names[0]) >= 4 and re.fullmatch(r"\d{1,4}:\d{1,4}", words[-1])
                            and names[0] not in _NOT_LOWER_TRACT and not _STREET_WORD.fullmatch(names[0]))
        # a block's name alone and its number ("mården 14") where the page names that block capitalised in
        # another designation ("Hemby Mården 11"): the register area left out, the spelling the writer's
        lower_block = len(names) == 1 and not _STREET_WORD.fullmatch(names[0]) and _named_block(text, names[0])
        if not (lower_block_unit or lower_block) and (len(names) < 2 or not _named_register_area(text, names[0])
                                                      or any(_STREET_WORD.fullmatch(w) for w in names)):
            return None
    return Verdict(m.start("prop"), m.end("prop"), "fastighetsbeteckning i en kolumn under rubriken Fastighet")


# A designation written in lower case ("stugan ormsjöby 4:31"): the tract is a place the page names capitalised
# elsewhere ("Ormsjöby 3:11" in the table above), which tells it from a time ("klockan 13:15").
_LOWER_BLOCK_UNIT = compile_rule(r"(?<![\w-])(?P<name>[a-zåäö][a-zåäö\-]{3,})[ \t]+\d{1,4}:\d{1,4}(?![\w]|:\w|[.,]\d)")
# (a digit before the colon is in every match: a page without one is passed by at once)
_LOWER_GATE = NeedleGate(re.compile(r"(?<![\w-])[a-zåäö]{4,}[ \t]+\d{1,4}:\d"), tuple(f"{d}:" for d in "0123456789"))
_NOT_LOWER_TRACT = frozenset({"klockan", "mellan", "från", "till", "efter", "före", "omkring", "cirka", "tiden",
                              "start", "slut", "paragraf", "kapitel", "sidan", "version", "ungefär", "runt"})


def _check_lower_block_unit(text: str, m: re.Match[str]) -> Verdict | None:
    name = m.group("name")
    if name in _NOT_LOWER_TRACT or name in ctx.NOT_A_NAME:
        return None
    capitalised = name[:1].upper() + name[1:]
    if not re.search(rf"(?<![\w-]){re.escape(capitalised)}(?![\w-])", text) and not re.search(
            rf"(?<![\w-]){re.escape(name.upper())}(?![\w-])", text):
        return None
    return Verdict(m.start(), m.end(), "ortnamn i gemener + block:enhet (orten skrivs med versal på sidan)")


# A register area written in any case before the block's name and number ("Norrby Lärkan 4", "NORRBY FALKEN 2",
# "norrby Tärnan 7"): where two designations or more open with the same area on a page, each is a property (a
# list or a column of a register area's properties, its spelling as the writer typed it), no place and company.
_AREA_TRACT = compile_rule(
    rf"(?<![\w-])(?P<area>[A-Za-zÅÄÖåäö][a-zåäö]{{3,}}|[A-ZÅÄÖ]{{4,}})[ \t]+(?P<block>{NAME})[ \t]+"
    rf"(?P<number>\d{{1,4}})(?![\w]|:\w|[.,/]\d)"
)
# a street's word ends no block's name ("Norrby Storgatan 4" is an address); the block's own words may end in a place's
# ("Mjölkudden", "Ängslyckan"), and a document's or a route's numbered things are none ("Bilaga 2", "Linje 4")
_STREET_WORD = re.compile(r"(?i).*(?:gatan|gata|vägen|väg|gränd|gränden|stigen|torget|allén|leden)")
_NOT_AN_AREA_PART = re.compile(r"(?i:box|postbox|bilaga|kapitel|kap|sida|punkt|paragraf|rum|plan|hus|vecka|avsnitt|bild|"
                               r"tabell|steg|nivå|klass|grupp|linje|buss|spår|etapp|område|zon|del|lgh|lägenhet)")


def _area_word(text: str, m: re.Match[str]) -> str | None:
    """The register area of a match, lower-cased; None when a part is an ordinary word or a street."""
    area, block = m.group("area"), m.group("block")
    if any(w.lower() in ctx.NOT_A_NAME or _NOT_AN_AREA_PART.fullmatch(w) or _STREET_WORD.fullmatch(w)
           for w in (area, block)):
        return None
    if len(m.group("number")) == 4 and m.group("number")[:2] in ("19", "20"):
        return None  # a name and a year
    if area.lower().endswith(("nummer", "numret", "nr")) or len(block) < 4:
        return None  # "försäkringsnummer LF 4431": a number's label and its letters
    if block.isupper() and not area.isupper():
        return None  # a block in capitals belongs to the register's own spelling, the area in capitals too
    if area.islower() and not re.search(rf"(?<![\w-]){re.escape(area.capitalize())}(?![\w-])|"
                                        rf"(?<![\w-]){re.escape(area.upper())}(?![\w-])", text):
        return None  # an area in lower case is a place the page names capitalised elsewhere
    return area.lower()


@lru_cache(maxsize=8)
def _areas_of_several(text: str) -> frozenset[str]:
    """The register areas that open designations of two blocks or more on the page."""
    blocks: dict[str, set[str]] = {}
    for m in _AREA_TRACT.finditer(text):
        area = _area_word(text, m)
        if area is not None:
            blocks.setdefault(area, set()).add(m.group("block").lower())
    return frozenset(a for a, bs in blocks.items() if len(bs) >= 2)


def _check_area_tract(text: str, m: re.Match[str]) -> Verdict | None:
    area = _area_word(text, m)
    if area is None:
        return None
    if area in _areas_of_several(text):
        return Verdict(m.start(), m.end(), "register area + block + number, the area opening other designations too")
    # a designation all in capitals, as the register writes it, in running text ("HEMBY LÄRKAN 11"): a property when
    # the page names its area as a register area elsewhere ("Hemby kommun", "Hemby Lärkan 10")
    if m.group("area").isupper() and m.group("block").isupper():
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if _named_register_area(rest, m.group("area")):
            return Verdict(m.start(), m.end(), "register area + block + number in capitals, the area named elsewhere")
    return None


def _named_block(text: str, word: str) -> bool:
    """True when the page names ``word`` (any case) capitalised or in capitals as a block after its register area and
    before a number ("Hemby Mården 11", "HEMBY MÅRDEN 3")."""
    if len(word) < 4 or word.lower() in ctx.NOT_A_NAME or _NOT_A_BLOCK.fullmatch(word):
        return False
    cap, upper = re.escape(word[:1].upper() + word[1:].lower()), re.escape(word.upper())
    return re.search(rf"(?<![\w-])[{U}][\w-]{{3,}}{SP}(?:{cap}|{upper}){SP}\d{{1,4}}(?![\w]|[.,]\d|:\d)",
                     text) is not None


def _named_register_area(text: str, word: str) -> bool:
    """True when the page names ``word`` (any case) as a register area: "Hemby kommun", "Hembys kommun", or
    capitalised or in capitals before a block's name and number ("Hemby Lärkan 11", "HEMBY LÄRKAN 11")."""
    if len(word) < 4 or word.lower() in ctx.NOT_A_NAME:
        return False
    cap, upper = re.escape(word[:1].upper() + word[1:].lower()), re.escape(word.upper())
    return re.search(rf"(?<![\w-])(?:{cap}s?{SP}kommun\b|(?:{cap}|{upper}){SP}[{U}][\w-]+{SP}\d{{1,4}}(?![\w]|[.,]\d))",
                     text) is not None


# A designation in lower case after a property word in a sentence ("fastigheten hemby lärkan 12", "del av hemby
# lärkan 12"): the area is one the page names as a register area, the block is no street.
_LOWER_TRACT = compile_rule(
    r"(?<![\w-])(?P<area>[a-zåäö]{4,})[ \t]+(?P<block>[a-zåäö]{3,}(?:-[a-zåäö]+)?)[ \t]+(?P<number>\d{1,4}(?::\d{1,4})?)"
    r"(?![\w]|:\w|[.,/]\d)"
)


# A number's unit after it makes the words before it a sentence's ("vara kvar 3 veckor", "tomten mäter ungefär 900
# kvm"), no designation.
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|(?i:kr|kronor|sek|st|stycken|procent|år|månader|månad|veckor|vecka|dagar|dag|"
                         r"dygn|timmar|timme|tim|minuter|min|meter|m|km|mil|kvm|m2|m²|hektar|ha|kg|ton|gånger|ggr|"
                         r"personer|pers|barn|rum|sidor|trappor|tr|våningar|plan)(?![\w-]))")
# A property word right before the designation, in the same clause ("fastigheten hemby lärkan 12", "tomten
# hemby lärkan 12", "arrende av hemby lärkan 12", "del av hemby lärkan 12"): a designation there though the
# page names its area nowhere else.
_PROPERTY_CUE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:fastighet(?:en|erna)?|grannfastighet(?:en|erna)?|tomt(?:en|erna)?|arrende(?:t)?[ \t\n]+(?:av|på)|"
    r"arrenderar|del[ \t\n]+av|avstyckning[ \t\n]+från|fastighetsbeteckning(?:en)?|bygglov[ \t\n]+för|"
    r"bygglovet[ \t\n]+för)[ \t]*:?[ \t]*\n?[ \t]*$")
# the definite form most blocks are named in ("lärkan", "falken", "häradshövdingen", "ankaret")
_DEFINITE = re.compile(r"(?:en|an|et|na|rn|ln|nn|on|un)$")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Swedish function words (spaCy's stop words): "fastigheten har sålts 3 gånger" holds no designation."""
    from spacy.lang.sv.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=256)
def _known_area(text: str, word: str) -> bool:
    """True when the page names ``word`` capitalised as a register area or as the town of a postal address
    ("Hemby kommun", "Hemby Lärkan 11", "123 45 Hemby")."""
    if _named_register_area(text, word):
        return True
    cap = re.escape(word[:1].upper() + word[1:].lower())
    return re.search(rf"(?<![\w-])\d{{3}}{SP}?\d{{2}}{SP}+{cap}(?![\w-])", text) is not None


def _check_lower_tract(text: str, m: re.Match[str]) -> Verdict | None:
    area, block, number = m.group("area"), m.group("block"), m.group("number")
    if any(w in ctx.NOT_A_NAME or _NOT_AN_AREA_PART.fullmatch(w) or _STREET_WORD.fullmatch(w) for w in (area, block)):
        return None
    if _year(number):
        return None  # a name and a year
    if area in _function_words() or block in _function_words() or _UNIT_AFTER.match(text, m.end()):
        return None
    before = text[max(0, m.start() - 60):m.start()]
    if _known_area(text, area):
        if ctx.find_context_word(text, m.start(), m.end(), _TRACT_CUES, 60) or _PART_OF.search(before):
            return Verdict(m.start(), m.end(), "register area + block + number in lower case after a property word")
        # the page names the area capitalised ("Hemby kommun", "123 45 Hemby"): written in lower case before a
        # block's name and number it is the designation typed as the writer pleased, in any sentence
        return Verdict(m.start(), m.end(), "register area named elsewhere + block + number in lower case")
    if (_PROPERTY_CUE_BEFORE.search(before) and _DEFINITE.search(block)
            and not area.endswith(("ens", "ets", "ans", "arnas", "ernas"))):
        return Verdict(m.start(), m.end(), "area + block + number in lower case right after a property word")
    return None


class PropertyRecognizer(SwedishPatternRecognizer):
    """Swedish fastighetsbeteckningar (real-property designations)."""

    ENTITY = "PROPERTY"
    NAME = "property"
    CONTEXT = ctx.PROPERTY
    RULES = (
        Rule("block_unit", _BLOCK_UNIT, score=0.75, context_score=0.95, check=_check_block_unit, needs=(":",)),
        Rule("joint_unit", _JOINT_UNIT, score=0.75, context_score=0.95, check=_check_joint_unit,
             gate=_JOINT_GATE),
        Rule("listed_unit", _LISTED_UNIT, score=0.75, context_score=0.95, check=_check_listed_unit, needs=(":",)),
        Rule("lowercase_block_unit", _LOWER_BLOCK_UNIT, score=0.75, check=_check_lower_block_unit, gate=_LOWER_GATE),
        Rule("kvarter", _KVARTER, score=0.85, context_score=0.95, check=_check_kvarter, needs=("kv",)),
        Rule("labelled", _LABELLED, score=0.9, context_score=0.95, check=_check_labelled, needs=("fastighet",)),
        Rule("short_block", _SHORT_BLOCK, score=0.7, check=_check_short_block,
             needs=_HOUSE_CUES + ("fastighet", "del av", "delägare", "andel")),
        Rule("property_column_cell", _CELL, score=0.75, check=_check_column_cell, needs=("fastighet", "fast.bet"),
             gate=_COLUMN_HEADER),
        Rule("area_tract", _AREA_TRACT, score=0.75, check=_check_area_tract),
        Rule("named_tract", _NAMED_TRACT, score=0.8, context_score=0.9, check=_check_named_tract,
             needs=_TRACT_CUES + (":", "kommun", "del av", "delägare", "andel", "ägar", "äger", "ägde", "ägt", "hus",
                                  "villa", "stuga", "gård", "tomt", "egnahem", "försälj", "köp", "sål", "sälj",
                                  "överlåtelse", "avyttring")),
        Rule("lowercase_tract", _LOWER_TRACT, score=0.8, check=_check_lower_tract),
    )
