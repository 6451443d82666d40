"""A thing's serial number after its make and model and a bare "nr" ("Husqvarna 1640 nr 40718", "Sako 85 nr
B-22871", "Crescent 25 nr 118 442"): a weapon's, an engine's or a machine's own number. Read by ``labelled_id``'s
recognizer.

A bare "nr" numbers a list and is no label by itself; after a make and a model it is the serial the manufacturer
stamped on that one thing, which a register (the weapons register, a theft register) ties to its owner. The make is
a capitalised word, the model holds a digit; a numbered chapter, room, road, grave block or the like before "nr"
is no make.

An engine's serial may follow the bare word "motor" ("båten och motor 7B553019"): a long serial, a run of five
digits at least with a letter in it or seven digits, which is that one engine's; an engine's type ("motor B230F",
"motor D4-300") has short runs of digits and stays. After the word and the make, a series code and a run of six
digits or more are one serial as the engine's plate writes it ("motor Tohatsu M9K 0718224").

After a serial's own label ("serienummer", "tillverkningsnummer") the owner's record may write the make (and the
model) before the serial, as the plate reads ("serienummer DRYMAX D450 77310", "tillverkningsnr Grundfos 4471-803312"):
the make and the model are part of the one thing's number there, so the mark runs from the make to the serial's end.
So too in a table's column of serials ("Serienr", "Serie-/IMEI-nummer"): a make written in the cell before the
serial ("Oticon 4418 220 7") is part of the number there (``make_in_serial_cell``). The plate's own "S/N" says the
same of the make and the model before it ("Sonova Lumity 5 SN 4418KX2207").

Right after the noun of a thing one person holds (a worn aid, a key tag, a lock, an alarm, a meter, a household's
sewage plant) a make and a long serial are that thing's number as well ("passerbricka Salto KT-4471 2208"), and so is
the next serial of the same make in a list ("… och Salto KT-4471 2215"). After such a noun (a prosthesis, a knee joint,
a detector, a scale, a laptop too) or a frame's number the model may take a few words and the serial any plate's shape
("protes Ortexa Flexi-Run 18C33071", "Regnmätaren Pluvitek RM300X #55182"); and a table's cell holding a make, a
model and a serial alone is the one thing's number whatever its column is called ("Anemo WS20 R5519307").
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compiled
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_SERIAL = compile_rule(
    r"(?<![\w-])(?P<make>[A-ZÅÄÖÉ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)[ \t\u00a0]+"
    r"(?P<model>[A-Z]{0,3}-?\d{1,5}[A-Za-z]{0,3})[ \t\u00a0]+(?:nr|nummer|no)\.?[ \t\u00a0]*"
    # (a maker's batch code of digits and capitals may lead it: "6C5-1044721", "3B2 440718")
    r"(?P<value>(?:[A-Z]{1,3}[- \u00a0]?|\d[A-Z\d]{1,3}[- \u00a0](?=\d{4}))?\d[\d \u00a0-]*\d[A-Z]?)(?![\w]|[-/.,:]\d)"
)
# numbered things that are no make: a document's parts, a place's, a road's, a vehicle's line, a grave block
_NUMBERED_THING = compiled(
    r"(?i)^(?:kapitel|kap|avsnitt|sida|sidan|bilaga|bilagan|punkt|paragraf|tabell|figur|bild|version|utgåva|"
    r"nummer|årgång|volym|band|del|rum|sal|plan|hus|huset|lägenhet|lgh|port|våning|avdelning|avd|kvarter|kv|"
    r"grav|gravplats|gravkvarter|block|rad|plats|tomt|väg|vägen|riksväg|länsväg|europaväg|linje|buss|tåg|spår|"
    r"perrong|gate|flyg|tur|vecka|dag|år|grupp|klass|lag|team|region|distrikt|område|zon|etapp|fas|steg|nivå|"
    r"protokoll|beslut|ärende|mål|dom|paragrafen|sektion|serie|januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _check_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The serial after a make and a model, not after a numbered part of a text or a place."""
    value = m.group("value")
    if _NUMBERED_THING.match(m.group("make")) or _YEAR.match(m.group("model")) or _YEAR.match(value.strip()):
        return None
    if sum(c.isdigit() for c in value) < 4:
        return None  # "Volvo 240 nr 3": a count or a list's place
    return Verdict(m.start("value"), m.end("value"), "tillverkningsnummer efter märke och modell")


# the engine word, then one run of capitals and digits: five digits in a row and a letter, or seven digits; the make
# may stand between ("motor Evinrude E4R 0441872": the maker's code of the series and the engine's own run of six
# digits or more, one serial as the plate has it)
_ENGINE_SERIAL = compile_rule(
    r"(?<![\w-])(?i:motor|motorn|utombordare|utombordaren|utombordsmotor|utombordsmotorn)[ \t\u00a0]+"
    r"(?:(?P<make>[A-ZÅÄÖÉ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)[ \t\u00a0]+)?(?:nr\.?[ \t\u00a0]*)?"
    r"(?P<value>(?=[A-Z\d]*\d{5})(?=[A-Z\d]*[A-Z]|\d{7})[A-Z\d]{6,20}"
    r"|(?=[A-Z\d]{0,4}[A-Z])(?=[A-Z\d]{0,4}\d)[A-Z\d]{2,5}[ \u00a0-]\d{6,12})(?![\w]|[-/.,:]\d)")


def _check_engine_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """An engine's own serial after the bare word for it (and its make)."""
    if m.group("make") and _NUMBERED_THING.match(m.group("make")):
        return None
    return Verdict(m.start("value"), m.end("value"), "motorns tillverkningsnummer")


# an engine's noun (a compound too: "båtmotor", "utombordsmotorn"), its make, its model ("F20", "BF15") and the serial
# of a series code and a run of six digits or more ("båtmotor Mercury F15 1B4-0718224"): the plate's make, model and
# serial written as one, one thing's number, so the mark runs from the make. (After a bare "nr", or with no model
# between the make and the series code, the serial alone is the number: ``_SERIAL`` and ``_ENGINE_SERIAL``.)
_ENGINE_MAKE_MODEL_SERIAL = compile_rule(
    r"(?<![\w-])(?i:\w*motor|\w*motorn|utombordare|utombordaren)[ \t\u00a0]+"
    r"(?P<value>(?P<make>[A-ZÅÄÖÉ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)[ \t\u00a0]+"
    r"(?P<model>[A-Z]{1,3}\d{1,4}[A-Z]{0,3})[ \t\u00a0]+"
    r"(?P<serial>(?=[A-Z\d]{0,4}[A-Z])(?=[A-Z\d]{0,4}\d)[A-Z\d]{2,5}[ \u00a0-]\d{6,12}))(?![\w]|[-/.,:]\d)")


def _check_engine_make_model_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model and the serial of an engine after the engine's noun."""
    if _NUMBERED_THING.match(m.group("make")):
        return None
    return Verdict(m.start("value"), m.end("value"), "motorns märke, modell och tillverkningsnummer")


# A make as the maker writes it on the plate: capitalised ("Grundfos"), in capitals ("DRYMAX") or in its own mixed
# case ("AquaFlow", "dormaKaba", "iQLock"); a word of a sentence is written in none of the last two.
_MAKE = (r"(?:[A-ZÅÄÖÉ](?:[a-zåäöéü]{2,}(?:[A-Z][a-zåäöé]+)?|[A-ZÅÄÖÉ]{2,})|[a-z]{1,8}[A-Z][A-Za-z]{1,8}"
         # a Scottish or an Irish maker's name ("McMurdo", "MacGregor")
         r"|Ma?c[A-Z][a-zåäöé]{2,})"
         r"(?:-[A-ZÅÄÖÉ][A-Za-zåäöéü]+)?")
# Between a label or a noun and the make: spaces perhaps, a paragraph's line end perhaps ("har serienummer" /
# "Omron M3-…").
_GAP = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
# A serial's own series letters (a digit perhaps) joined to its digits ("TB-4418 2207", "M3-2207-4418") and a check
# letter after a dash ("4418-2207-V"): parts of the one number as the plate writes it.
_SERIES = r"(?:[A-Z]{1,3}\d?[- \u00a0]?)?"
_CHECK_LETTER = r"(?:-[A-Z]{1,2}(?![\w-]))?"
# the code of the country the thing was made or sold for, after the serial as the plate prints it ("4418-2207 SE"),
# where the sentence or the line ends
_COUNTRY_CODE = (r"(?:[ \u00a0](?:SE|NO|DK|FI|IS|DE|NL|FR|GB|UK|PL|EE|LV|LT|US|CN|EU)"
                 r"(?=[.,;:)]|[ \t\u00a0]*(?:\n|$)))?")

# a serial's label (the maker's number too, "tillverkarnummer"), then the make, a model's code perhaps, and a run of
# four digits at least: the make opens the value
_LABELLED_SERIAL = compile_rule(
    r"(?<![\w-])(?i:serie|tillverknings|tillverkar)(?i:nummer|numret|nr\.?|-nr\.?)[ \t\u00a0]*:?" + _GAP
    + r"(?P<value>(?P<make>" + _MAKE + r")"
    r"[ \t\u00a0]+(?:(?P<model>[A-Z]{0,4}-?\d{1,5}[A-Za-z]{0,3})[ \t\u00a0]+)?" + _SERIES
    # (groups of two digits at least: a count after the serial, "… 4471-803312 2 st", is no group of it)
    + r"(?P<serial>\d+(?:[ \u00a0-]\d{2,})*[A-Z]?)" + _CHECK_LETTER + r")(?![\w]|[-/.,:]\d)"
)


def _check_labelled_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model and the serial after a serial's label; not a numbered part of a text or a place."""
    serial = m.group("serial")
    if _NUMBERED_THING.match(m.group("make")) or _YEAR.match(serial.strip()) or sum(c.isdigit() for c in serial) < 4:
        return None
    return Verdict(m.start("value"), m.end("value"), "tillverkningsnummer med märke efter etikett")


# A thing a person holds, its make and its serial right after the thing's noun: a device worn or kept at home for care
# ("trygghetslarm Neat 4418-2207", "hörapparat Oticon 2231 44 18"), a key tag or a lock of one home ("nyckelbrickan
# Abloy 4471-2208", "passerbricka Salto KT-4471 2208"), a home's alarm, stove guard or meter, a household's own small
# sewage plant or pump, a bicycle or a computer in a register of property: the one thing a landlord, a region, a
# municipality, a utility or the police ties to that person, so the make opens the mark as on the thing's plate. Six
# digits at least in the serial, so a model's number ("hörapparat Oticon More 1", "värmepump Nibe F2040 12") stays.
# What the thing opens may stand between ("nyckelbricka till förrådet Abloy …"), and the make may open the next line.
_HELD_THING = (r"\w*larm(?:et)?|larmknapp(?:en)?|larmarmband(?:et)?|hörapparat(?:en|er|erna)?|\w*implantat(?:et)?|"
               r"fotboj(?:a|an)|\w*pump(?:en)?|pacemaker(?:n)?|defibrillator(?:n)?|\w*bricka(?:n)?|\w*brickor(?:na)?|"
               r"\w*tagg(?:en|ar|arna)?|\w*lås(?:et)?|\w*cylinder(?:n)?|spisvakt(?:en)?|\w*varnare(?:n)?|"
               r"\w*mätare(?:n)?|\w*reningsverk(?:et)?|\w*rullstol(?:en)?|rollator(?:n)?|"
               # what a register of a person's property notes by its plate: a bicycle, a computer, a watch
               r"\w*cykel(?:n)?|\w*dator(?:n)?|surfplatta(?:n)?|armbandsur(?:et)?|"
               # the transponder a driver or a rider carries in a race: the timekeeper ties it to that competitor
               r"\w*transponder(?:n)?|tidtagningschip(?:et)?")
_HELD_NEEDLES = ("larm", "hörapparat", "implantat", "fotboj", "pump", "pacemaker", "defibrillator", "bricka", "brickor",
                 "tagg", "lås", "cylinder", "spisvakt", "varnare", "mätare", "reningsverk", "rullstol", "rollator",
                 "cykel", "dator", "surfplatta", "armbandsur", "transponder", "tidtagningschip")
_DEVICE_SERIAL = compile_rule(
    # (what the thing opens, or a word of the thing's cell before the next: "nyckelbricka gym" / "Nordic Wellness …")
    r"(?<![\w-])(?i:" + _HELD_THING + r")(?:[ \t\u00a0]+(?i:till|för)[ \t\u00a0]+[a-zåäö]+"
    r"|[ \t\u00a0]+[a-zåäö]{2,}(?=[ \t\u00a0]*\n))?"
    # (the thing's number named with a verb between: "larmet har nummer Neat …")
    r"(?:[ \t\u00a0]+(?i:av[ \t]+märket|har[ \t\u00a0]+(?:serie|tillverknings)?(?:nummer|nr\.?)))?(?=[ \t\u00a0\n])"
    + _GAP + r"(?P<value>(?P<make>" + _MAKE + r")(?:[ \t\u00a0]+[A-ZÅÄÖÉ][a-zåäöéü]{2,})?[ \t\u00a0]+" + _SERIES
    + r"(?P<serial>\d+(?:[ \u00a0-]\d{2,})*)" + _CHECK_LETTER + _COUNTRY_CODE + r")(?![\w]|[-/.,:]\d)"
)


# after a firm's name a date, a telephone number or a sum is no serial ("larmet Securitas 08-123 45 67",
# "brandlarm Firesafe 2026-04-12", "lås Assa 1 250 000 kr"); a subscriber's number has five digits at least, so
# "0931-77" is a serial's two groups
_NO_SERIAL = re.compile(r"^(?:(?:19|20)\d\d-\d\d-\d\d|0\d{1,3}-\d(?:[ \u00a0]?\d){4,}[ \u00a0]*)$")
_SUM_AFTER = re.compile(r"[ \t\u00a0]*(?:kr\b|kronor|sek\b|:-|euro|eur\b|%)", re.IGNORECASE)


def _check_device_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make and the serial of a thing a person holds, after the thing's noun."""
    serial = m.group("serial")
    if sum(c.isdigit() for c in serial) < 6 or _NUMBERED_THING.match(m.group("make")):
        return None
    if _NO_SERIAL.match(serial) or _SUM_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "tillverkningsnummer med märke efter apparatens namn")


# A make, a model perhaps and the serial after the plate's own "S/N" ("Sonova Lumity 5 SN 4418KX2207", "Invacare
# R2 S/N 4418-2207-IV", "Certina C033.4 S/N 4418W207"): the one thing's number, so the mark runs from the make. The
# label makes it a serial whatever the thing; four digits at least in it.
_SN_SERIAL = compile_rule(
    r"(?<![\w-])(?P<value>(?P<make>" + _MAKE + r")(?:[ \t\u00a0]+[A-ZÅÄÖÉ][a-zåäöéü]{2,})?"
    r"(?:[ \t\u00a0]+[A-Za-z]{0,4}\d[\w.]*)?[ \t\u00a0]+(?:S/N|SN|s/n)[ \t\u00a0]*:?[ \t\u00a0]*"
    # (no slash after it: "SN 2026/FR" is a series of cases by its year; a run of digits after a space is the unit's
    # number in the serial's last group, "SN PF-4K18 2207")
    r"(?P<serial>[A-Z\d](?:[A-Z\d]|-(?=[A-Z\d]))*(?:[ \u00a0]\d{3,}(?=[ \t\u00a0]*[.,;:)\n]|[ \t\u00a0]*$))?))"
    r"(?![\w/]|[-.,:]\d)"
)


# a year and a serial ("2026-0412"): a case's or a register's entry, no plate's serial (nor is a year alone)
_YEAR_SERIAL = re.compile(r"^(?:19|20)\d\d-\d{1,6}$")


def _check_sn_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model and the serial after "S/N"; not a numbered part of a text or a place."""
    serial = m.group("serial")
    if sum(c.isdigit() for c in serial) < 4 or _NUMBERED_THING.match(m.group("make")):
        return None
    if _YEAR_SERIAL.match(serial) or _YEAR.match(serial.split()[0]):
        return None  # "SN 2027 4418": a year and a running number, a case's
    return Verdict(m.start("value"), m.end("value"), "tillverkningsnummer med märke och modell efter S/N")


# A make in the maker's own mixed case ("AquaFlow", "dormaKaba") right before a long serial, with no noun or label
# before it ("lämnade tillbaka dormaKaba 4471-2208"): no word of a sentence and no name is so written, so the pair is
# a thing's plate as its holder's record writes it. Six digits at least, so a model's number ("AquaFlow 300") stays.
_BRAND_SERIAL = compile_rule(
    r"(?<![\w-])(?P<value>(?P<make>[a-z]{1,8}[A-Z][A-Za-z]{1,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)[ \t\u00a0]+" + _SERIES
    + r"(?P<serial>\d+(?:[ \u00a0-]\d{2,})*)" + _CHECK_LETTER + r")(?![\w]|[-/.,:]\d)"
)


# a number's own label in mixed case ("IdNr", "KundNr", "SteuerId"): the number after it is no make's serial
_LABEL_WORD = re.compile(r"(?:Nr|No|Id|ID|Nummer|Num)$")


def _check_brand_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The mixed-case make and the serial after it; not a number's label in mixed case."""
    if _LABEL_WORD.search(m.group("make")):
        return None
    return _check_device_serial(text, m)


# The next serial of a list after a thing's noun or a serial's label, of the same make ("nyckelbrickorna Abloy
# 4471-2208 och Abloy 4471-2215"): each one of the things the person holds.
_LISTED_SERIAL = compile_rule(
    r"(?<![\w-])(?P<first>" + _MAKE + r")[ \t\u00a0]+" + _SERIES + r"\d+(?:[ \u00a0-]\d{2,})*[A-Z]?" + _CHECK_LETTER
    + r"[ \t\u00a0]*(?:,|[ \t\u00a0]och|[ \t\u00a0]samt)(?=[ \t\u00a0\n])" + _GAP
    + r"(?P<value>(?P<make>" + _MAKE + r")[ \t\u00a0]+" + _SERIES
    + r"(?P<serial>\d+(?:[ \u00a0-]\d{2,})*[A-Z]?)" + _CHECK_LETTER + r")(?![\w]|[-/.,:]\d)"
)


def _check_listed_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The second serial of a list whose first the thing's noun or the serial's label leads."""
    serial = m.group("serial")
    if m.group("make") != m.group("first") or sum(c.isdigit() for c in serial) < 6 or _NO_SERIAL.match(serial):
        return None
    head, lead = m.start("first"), max(0, m.start("first") - 80)
    if not any(x.start("value") == head for r in (_DEVICE_SERIAL, _LABELLED_SERIAL)
               for x in r.finditer(text, lead, m.start("value"))):
        return None
    return Verdict(m.start("value"), m.end("value"), "nästa tillverkningsnummer i en uppräkning")


# a column's header that names makers' serials ("Serienr", "Serie-/IMEI-nummer", "Tillverkningsnummer"), also as the
# first half of a pair sharing its "-nummer" ("Serie- eller ramnummer", "Serie- och tillverkningsnummer")
_SERIAL_HEADER = re.compile(r"(?i)(?<![\w])(?:serie|tillverknings)(?:-[ ]+(?:eller|och|resp\.?)[ ]+[a-zåäö]*?)?"
                            r"[-/ ]*(?:nummer|numret|nr|no|/)")
# a make as it stands before the serial: one capitalised word or two ("Oticon", "Bang Olufsen")
_MAKE_WORDS = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?(?:[ \t\u00a0]+[A-ZÅÄÖÉ][a-zåäöéü]{2,})?"
                         r"[ \t\u00a0]*")


# a header naming the thing too ("Föremål, serienr", "Märke och serienummer"): the make there is the thing's
# description, the column's other half, and stays readable
_THING_HEADER = re.compile(r"(?i)(?<![\w])(?:föremål|sak|vara|objekt|modell|märke|fabrikat|typ|apparat|hjälpmedel)")
# the thing's noun with its number ("Föremål med serienummer", "Apparat med tillverkningsnr"): the column holds one
# value, the thing written with its number as its plate reads, and the make before the serial is part of it
_THING_WITH_SERIAL = re.compile(r"(?i)(?<![\w])med[ ]+(?:sitt[ ]+|dess[ ]+)?(?:serie|tillverknings)")


# a column headed by the noun of a thing one person holds ("Nyckelbricka", "Hörapparat", "Trygghetslarm nr"): its
# cells hold each one's make and serial
_HELD_HEADER = compiled(r"(?i)(?:" + _HELD_THING + r")(?:[ ]*(?:nr\.?|nummer))?")
_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")


def make_in_serial_cell(header: str, cell: str, at: int) -> bool:
    """True when the words of ``cell`` before ``at``, where its number begins, under ``header`` are the make of a serial
    in a column of serials alone: part of the one thing's number, as after a serial's own label. So too the maker's
    or the issuing firm's name under the bare "Nummer" of a column of things' numbers (read as such only beside a
    column of things, see ``table_headers.row_kinds``), and the make under a held thing's noun ("Nyckelbricka") when
    the rest of the cell is a long serial (six digits at least, as after the noun in a sentence)."""
    from redact.detect.table_headers import THINGS_NUMBER_HEADER

    before, number = cell[:at], cell[at:].strip()
    head = " ".join(header.split()).rstrip(":")
    serials = _SERIAL_HEADER.search(header) is not None or head.lower() == THINGS_NUMBER_HEADER
    if not serials and _HELD_HEADER.fullmatch(head) is not None:
        # (a tag's serial may have a telephone number's shape, "Vingcard 0512-33918": the header tells what it is)
        serials = sum(c.isdigit() for c in number) >= 6 and _DATE.match(number) is None
    return (serials and (_THING_HEADER.search(header) is None or _THING_WITH_SERIAL.search(header) is not None)
            and _MAKE_WORDS.fullmatch(before) is not None and not _NUMBERED_THING.match(before.split()[0]))


# A serial as makers stamp it: a run of digits and capitals with five digits at least, in groups joined by dashes or
# spaces, perhaps after the maker's series letters and a dash or the plate's "#" ("18C33071", "#RK-55120",
# "KV-5531-07-2207", "551 930 72"). (A group after a space is digits alone, so a word after the serial stays out.)
_PLATE_SERIAL = (r"\#?(?:[A-Z]{1,4}-)?[A-Z\d]*\d[A-Z\d]*(?:-[A-Z\d]+)*(?:[ \u00a0]\d{2,}(?:-\d+)*)*")
# A model's word between the make and the serial: a capitalised or capitals' word, one with a digit or a hyphen or
# its maker's signs ("Flexi-Run", "WS20", "22KM3=R", "Nivo²", "StepUP"), or a small figure or decimal ("1", "2.0");
# never a word of a sentence in small letters, nor a run of digits long enough to be the serial's own first group.
_MODEL_WORD = (r"(?:[A-ZÅÄÖÉ][\wåäöéü.=²³+/-]*|\d[A-Za-z\d.=+/-]*[A-Za-z][\w.=+/-]*|\d{1,2}(?:\.\d)?"
               # a small word with the maker's colon ("t:slim"), and a model's figure before its letters ("550 XP")
               r"|[a-z]{1,4}:[a-z]\w*|\d{3,4}(?=[ \u00a0]+[A-Z]{1,3}\d?[ \u00a0])"
               # a maker's small letters before a capital ("inReach", "eTrex"), and a model's figure before a serial
               # that opens with its series letters ("AirX 170 IVX0931-4418")
               r"|[a-z]{1,3}[A-Z][A-Za-z\d]*|\d{3}(?=[ \u00a0]+[A-Z]{1,4}\d)"
               # (four or five digits too before series letters glued to six digits or more: "1200 K5519307")
               r"|\d{4,5}(?=[ \u00a0]+[A-Z]{1,3}\d{6,}(?![\w-]))"
               # a model's name in small letters with its figure ("prisma20A")
               r"|[a-z]{2,}\d+[A-Za-z]?)")


def _serial_value(serial: str, mixed: bool = False) -> bool:
    """True for a plate's serial: five digits at least (with ``mixed``, three among as many capitals will do:
    "QX-7HK31M", or two among four capitals or more in one word of eight characters or more, as computers' serials
    are written: "RQ7TW2KM"), and no date, year, telephone number, organisation's number or date of birth."""
    bare = serial.lstrip("#")
    digits, capitals = sum(c.isdigit() for c in bare), sum(c.isupper() for c in bare)
    if digits < 5 and not (mixed and ((digits >= 3 and capitals >= 3 and len(bare) >= 7)
                                      or (digits >= 2 and capitals >= 4 and len(bare) >= 8 and bare.isalnum()))):
        return False
    if _NO_SERIAL.match(bare) or _YEAR_SERIAL.match(bare) or _DATE_DIGITS.match(bare):
        return False
    return _ORG_NUMBER.match(bare) is None


# an organisation's or a person's number, a date of birth written as digits ("19630517")
_ORG_NUMBER = re.compile(r"^(?:19|20)?\d{6}[-+]\d{4}$")
_DATE_DIGITS = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")

# After a thing's noun that a person holds (see _HELD_THING; a worn aid, a prosthesis, a knee joint, a detector, a
# scale), or a frame's or a serial's label, the make, its model's words and a serial of any plate's shape ("protes
# Ortexa Flexi-Run 18C33071", "rullstol Movanta K4 Terra MK4-0552917", "ramnummer Velora Sonja VLR55190328B"): the one
# thing's number, the make opening the mark as on its plate. A subject line or a note may write the serial alone after
# the noun ("Ämne: Protes KR5531-2207"): so too when it holds its series' letters. So too after a work machine's or a
# tool's noun, a thing with a maker's plate and no registration ("traktor Lantor T190 Power V-551822"), and after an
# implanted defibrillator's abbreviation ("ICD Cardiotek Vela 2 551930").
_MACHINE = (r"traktor(?:n|er|erna)?|(?:motor|kedje|röj|band|cirkel|kap|klyv|bords|gerings|tiger)såg(?:en)?|"
            r"\w*klippare(?:n)?|kompressor(?:n)?|elverk(?:et)?|"
            r"grävmaskin(?:en)?|minigrävare(?:n)?|hjullastare(?:n)?|dumper(?:n)?|vibroplatta(?:n)?|markvibrator(?:n)?|"
            r"skördetröska(?:n)?|\w*fräs(?:en)?|snöslunga(?:n)?|vedklyv(?:en)?|"
            # a forest machine: a forwarder, a harvester
            r"skotare(?:n)?|skördare(?:n)?")
_MACHINE_NEEDLES = ("traktor", "såg", "klippare", "kompressor", "elverk", "grävmaskin", "grävare", "hjullastare",
                    "dumper", "vibroplatta", "markvibrator", "skördetröska", "fräs", "snöslunga", "vedklyv", "icd",
                    "skotare", "skördare")
_HELD_MAKE_MODEL_SERIAL = compile_rule(
    r"(?<![\w-])(?:ICD|(?i:" + _HELD_THING + r"|\w*protes(?:en|er|erna)?|\w*ortos(?:en|er|erna)?|"
    r"(?:knä|höft|fot)led(?:en)?|metallsökare(?:n)?|\w*våg(?:en)?|laptop(?:en)?|ram(?:nummer|numret|nr\.?)|"
    # a transmitter or a beacon a person carries or fits to an animal, a hull's number (a kayak's, a boat's), a device
    # lent for care at home
    r"\w*sändare(?:n|na)?|skrov(?:nummer|numret|nr\.?)|\w*apparat(?:en)?|"
    + _MACHINE + r"|(?:serie|tillverknings|tillverkar)(?:nummer|numret|nr\.?)))"
    # where the thing is used, before a colon ("dator på bibliotekets nät: …")
    r"(?:[ \t\u00a0]+(?:på|i|vid|för)(?:[ \t\u00a0]+[a-zåäö]+){1,2}(?=[ \t\u00a0]*:))?"
    r"[ \t\u00a0]*[,:]?(?=[ \t\u00a0\n])" + _GAP + r"(?P<value>(?:(?P<make>" + _MAKE + r"|[A-ZÅÄÖ]{2})(?P<model>(?:[ \t\u00a0]+" + _MODEL_WORD + r"){0,4})"
    r"[ \t\u00a0]+)?(?P<serial>" + _PLATE_SERIAL + r"))(?![\w]|[-/.,:]\d)"
)


def _check_held_make_model_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model and the serial of a thing a person holds, after its noun or a serial's label."""
    from redact.detect.bank_names import bank_name

    serial, make = m.group("serial"), m.group("make") or ""
    whole = _whole_serial(m)
    if _NUMBERED_THING.match(make) or bank_name(make):
        return None
    if not (_serial_value(whole, mixed=bool(m.group("model")))
            or (make and _short_plate(serial, m.group("model").split()))):
        return None
    if _SUM_AFTER.match(text, m.end("value")) or _LABEL_MAKE.match(make) or _CHECKABLE.match(whole):
        return None
    if not make and not (re.search(r"[A-Z]", serial) and re.search(r"\d{4}", serial)):
        return None  # a bare serial after the noun carries its series' letters ("protes KR5531-2207"); digits alone
        # may be a count, a sum or a case
    if not m.group("model") and serial.isdigit() and len(serial) < 6:
        return None  # "Storvallen 14033": a place and its number; a make's bare serial has six digits at least
    line = text.rfind("\n", 0, m.start()) + 1
    head = text[line:m.start()].split()
    if "\n" in text[m.start():m.start("value")] and len(head) <= 1 and (head or [text[m.start()]])[0][:1].isupper():
        return None  # "Mätare" / "Storvallen 14033", "Låsets serienummer" / "HTL-2031-118": a column's header,
        # then the next row's first cell
    return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer efter apparatens namn")


# A bare "nr" or "nummer", then a make, a model's code and a long serial ("kvarnen har nr Moltec QR220 5519307"): the
# number of the thing the sentence names, as its plate writes it, so the mark runs from the make. A model's code with
# letters and digits and six digits at least in the serial, so a make and its model ("nr Volvo V70") or a year stays.
_NR_MAKE_MODEL_SERIAL = compile_rule(
    r"(?<![\w-])(?i:nr|nummer)\.?[ \t\u00a0]*:?[ \t\u00a0]+(?P<value>(?P<make>" + _MAKE + r")"
    r"(?P<model>(?:[ \t\u00a0]+" + _MODEL_WORD + r"){1,3})[ \t\u00a0]+(?P<serial>" + _PLATE_SERIAL + r"))"
    r"(?![\w]|[-/.,:]\d)"
)
_MODEL_CODE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Z\d-]{2,}")


def _check_nr_make_model_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """The make, the model's code and the serial after a bare "nr"; no checkable number, sum, date or phone."""
    from redact.detect.bank_names import bank_name

    make, serial = m.group("make"), m.group("serial")
    if _NUMBERED_THING.match(make) or bank_name(make) or _LABEL_MAKE.match(make):
        return None
    if not any(_MODEL_CODE.fullmatch(w) for w in m.group("model").split()):
        return None
    if sum(c.isdigit() for c in serial) < 6 or not _serial_value(serial) or _CHECKABLE.match(serial):
        return None
    if _SUM_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer efter nr")


_SERIES_CODE = re.compile(r"(?=.*\d)(?=.*[A-Z].*[A-Z])[A-Z\d]{6,}")


def _whole_serial(m: re.Match[str]) -> str:
    """The serial the plate writes: the last model's word too when it mixes capitals and digits and the serial alone is
    too short for one ("Frostline KF2AE82 4471": the series' code and the unit's number)."""
    serial, words = m.group("serial"), (m.group("model") or "").split()
    if words and sum(c.isdigit() for c in serial) < 5 and _SERIES_CODE.fullmatch(words[-1]):
        joined = words[-1] + " " + serial
        return joined if sum(c.isdigit() for c in joined) >= 6 else serial
    return serial


# a checkable number another rule reads with its make: a vehicle's identification number, a phone's IMEI
_CHECKABLE = re.compile(r"^(?:[A-HJ-NPR-Z\d]{17}|\d{15}|\d{2}[ ]?\d{6}[ ]?\d{6}[ ]?\d)$")


# a number's own label in capitals, no make ("IMEI 35 551930 720418", "IBAN GB31 ABCD 5519 3072")
_LABEL_MAKE = re.compile(r"^(?:IMEI|IMSI|ICCID|SIM|MAC|VIN|SN|NR|ID|ISBN|EAN|MMSI|IMO|IBAN|BIC|SWIFT|BG|PG|OCR|PNR|"
                         r"ORG|TEL|FAX|REF)$")


# A table's cell of a make, its model's words and a serial, with nothing else on the line ("XR Orbis III 55192207",
# "Anemo WS20 R5519307", "Kirsch Stepper #RK5531-2207"): a register of people's things writes each one's plate so,
# whatever its column is called. A model's word must look like one (a digit in it, capitals, the maker's own case, a
# roman figure, a hyphened name) or the serial carry the plate's "#", so a name, a place or a firm before a number
# ("Storvallen 14033", "Anna Berg 5519207") stays. The thing's noun in small letters may open the cell and stays
# readable ("fiol Arvena S4 K-55182"), and so does a word on whose the thing is before a comma ("egen, Arvena …").
_CELL_MAKE_MODEL_SERIAL = compile_rule(
    r"(?m)^[ \t\u00a0]*(?:[a-zåäö]{3,},?[ \u00a0]+)?(?P<value>(?P<make>" + _MAKE + r"|[A-ZÅÄÖ]{2})"
    r"(?P<model>(?:[ \u00a0]" + _MODEL_WORD
    + r"){1,3})[ \u00a0](?P<serial>" + _PLATE_SERIAL + r"))[ \t\u00a0]*$"
)
# a model's word as makers write them: a digit with letters, capitals, a capital inside, a hyphened name, a decimal
_MODEL_SHAPE = re.compile(r"^(?:.*\d.*[A-Za-z²]|.*[A-Za-z].*\d|[A-ZÅÄÖ]{2,}|[A-ZÅÄÖ]?[a-zåäö]+[A-Z]\w*|[IVX]{2,4}"
                          r"|[A-ZÅÄÖ]?[a-zåäö]*-[A-ZÅÄÖ]\w*|[A-ZÅÄÖ]{1,3}-\w+"
                          r"|\d+\.\d+|.*[=²³+].*)$")
# a model's word with a figure in it or its maker's own case ("Pip3", "GPS-3", "SafeLink"): no word of a name or a place
_CODED_MODEL = re.compile(r"^(?:.*\d.*[A-Za-z]|.*[A-Za-z].*\d|[A-Z]?[a-z]+[A-Z]\w*)$")
# a short serial that opens with its series letters ("TL0931", "B-7703", "KD-4418")
_LETTERED_SERIAL = re.compile(r"^[A-Z]{1,3}-?\d{4,}$")
# a serial whose series letters a dash joins to five digits or more ("TA-441822"), or with a series letter amid its
# digits ("5519K22"): a plate's, whatever the model's words
_SERIES_SERIAL = re.compile(r"^(?:[A-Z]{1,4}-\d{5,}(?:-\d+)*|\d{3,}[A-Z]{1,2}\d{2,})$")
# a model's number of digits alone ("1200") and a serial of series letters glued to six digits or more ("K5519307")
_MODEL_NUMBER = re.compile(r"^\d{2,5}$")
_LONG_LETTERED_SERIAL = re.compile(r"^[A-Z]{1,3}\d{6,}$")


def _short_plate(serial: str, words: list[str]) -> bool:
    """True for a short serial with its series letters after a model's coded word: the plate of a small device (a
    transmitter, a beacon) carries few digits, and the model's code says the words before it are a make and a model."""
    return _LETTERED_SERIAL.match(serial) is not None and any(_CODED_MODEL.match(w) for w in words)
# a number's label or a bank among the words ("Leverantörsnr", "Bank")
_NUMBER_LABEL = re.compile(r"(?i)(?:nr\.?|nummer|bank|banken)$")
# a firm's form after its name is no model ("Berg AB", "Nord HB")
_FIRM_FORM = re.compile(r"^(?:AB|HB|KB|AS|ASA|A/S|ApS|Oy|Oyj|GmbH|AG|Ltd|Inc|LLC|BV|NV|SA|SE|Tel|Fax|Org)$")


def _check_cell_make_model_serial(text: str, m: re.Match[str]) -> Verdict | None:
    """A cell holding a make, a model and a plate's serial alone; or a make another such cell of the page opens, its
    model's word and a serial of four digits at least."""
    if _cell_plate(text, m):
        return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer i en cell")
    if _plate_of_a_plates_make(text, m):
        return Verdict(m.start("value"), m.end("value"), "märke, modell och tillverkningsnummer i en cell, "
                       "märket som i en annan cells tillverkningsnummer")
    if _plate_in_a_column_of_plates(text, m):
        return Verdict(m.start("value"), m.end("value"), "märke och nummer i en kolumn av tillverkningsnummer")
    return None


def _no_make(make: str, words: list[str]) -> bool:
    """True when the words before a cell's number are no make and model: a numbered thing, a bank, a number's label, a
    firm's form ("Berg AB 5519207", "Leverantörsnr LEV 55120", "Danske Bank 1247 03 55192")."""
    from redact.detect.bank_names import bank_name

    if _NUMBERED_THING.match(make) or bank_name(make) or _LABEL_MAKE.match(make):
        return True
    return any(_FIRM_FORM.match(w) or _NUMBER_LABEL.search(w) for w in words) or bank_name(" ".join([make, *words]))


def _cell_plate(text: str, m: re.Match[str]) -> bool:
    """True for a cell of a make, a model and a plate's serial by their own shapes."""
    make, words, serial = m.group("make"), m.group("model").split(), m.group("serial")
    if _no_make(make, words) or not (_serial_value(serial) or _short_plate(serial, words)):
        return False
    if len(make) == 2 and not any(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{2,}", w) for w in words):
        return False  # "ZB II AK551822", "CI KX 551930": a document's letters and its series; a make of two
        # letters ("XR Orbis III") comes with a model's name
    if _MODEL_NUMBER.match(words[-1]) and _LONG_LETTERED_SERIAL.match(serial) and not _YEAR.match(words[-1]):
        return True  # "Arvena 1200 K5519307": a model's number and a serial with its series letters, a plate's pair
    return serial.startswith("#") or _SERIES_SERIAL.match(serial) is not None or any(
        _MODEL_SHAPE.match(w) for w in words)


def _plate_of_a_plates_make(text: str, m: re.Match[str]) -> bool:
    """True for a make, a model's word and four digits at least when another cell of the page opens with the same make
    and is a plate by its shape ("Marvik Falcon 5518" in the column that lists "Marvik TX+ 55182"): a column of one
    kind of device, where a short serial after a plain model's name is that make's all the same."""
    make, words, serial = m.group("make"), m.group("model").split(), m.group("serial")
    if len(make) < 3 or _no_make(make, words) or not re.fullmatch(r"[A-Z]{0,3}-?\d{4,}", serial):
        return False
    if _YEAR.match(serial) or _DATE_DIGITS.match(serial):
        return False
    return any(o.start() != m.start() and o.group("make") == make and _cell_plate(text, o)
               for o in _CELL_MAKE_MODEL_SERIAL.finditer(text))


# a maker's order or batch number with its series letters, in groups joined by dashes ("DL-27-0441", "KB-4418-22")
_SERIES_GROUPS = re.compile(r"[A-Z]{1,4}-\d{2,}(?:-\d{2,})+")
# a maker's serial of digits alone, long enough to be no model's figure or a count ("5519220731")
_LONG_DIGITS = re.compile(r"\d{7,}").fullmatch
# the lines between two rows' cells of one column, read one cell a line
_ROW_LINES = range(2, 13)


def _plate_in_a_column_of_plates(text: str, m: re.Match[str]) -> bool:
    """True for a make, its words and a series' grouped number ("Kronlab Väst KL-27-0452") or a long serial of digits
    alone that is no date or other number ("Medico Lira 5519220731") in the column of a table read one cell a line
    whose next two cells the same way (or the one each side) are plates by their own shapes: a column of each person's
    things with their makers' numbers, where a number shaped like a case's is that thing's too (the maker's or the
    lab's order for that one person's work), and a plain model's name before digits a plate as much."""
    make, words, serial = m.group("make"), m.group("model").split(), m.group("serial")
    if len(make) < 3 or _no_make(make, words) or not (_SERIES_GROUPS.fullmatch(serial) or _LONG_DIGITS(serial)):
        return False
    if sum(c.isdigit() for c in serial) < 6 or (_LONG_DIGITS(serial) and not _serial_value(serial)):
        return False
    here, plates = text.count("\n", 0, m.start()), plate_lines_near(text, m.start())
    if _LONG_DIGITS(serial):  # (a plain model's name: two other cells of its column four rows away at most)
        return any(len(plates & {here + k * d for k in (-4, -3, -2, -1, 1, 2, 3, 4)}) >= 2 for d in _ROW_LINES)
    return in_column_of_plates(here, plates)


def plate_lines_near(text: str, at: int) -> set[int]:
    """The lines near ``at`` (a cell's start) that are other cells of a make, a model and a plate's serial."""
    starts = [0, *(n + 1 for n, c in enumerate(text) if c == "\n")]
    here = text.count("\n", 0, at)
    return {text.count("\n", 0, o.start()) for o in _CELL_MAKE_MODEL_SERIAL.finditer(text, starts[max(0, here - 26)])
            if o.start() != at and _cell_plate(text, o)}


def in_column_of_plates(here: int, plates: set[int]) -> bool:
    """True when the next two cells of line ``here``'s column (or the one each side) are among ``plates``."""
    return any({here - d, here + d} <= plates or {here + d, here + 2 * d} <= plates or {here - d, here - 2 * d} <= plates
               for d in _ROW_LINES)


RULES = (Rule("serial_after_make_and_model", _SERIAL, score=0.8, check=_check_serial,
              gate=rule_regex(r"\d[A-Za-z]{0,3}[ \t\u00a0]+(?:nr|nummer|no)\b")),
         Rule("serial_after_engine", _ENGINE_SERIAL, score=0.8, check=_check_engine_serial,
              needs=("motor", "utombord")),
         Rule("serial_after_engine_make_and_model", _ENGINE_MAKE_MODEL_SERIAL, score=0.8,
              check=_check_engine_make_model_serial, needs=("motor", "utombord")),
         Rule("serial_with_make_after_label", _LABELLED_SERIAL, score=0.8, check=_check_labelled_serial,
              needs=("serie", "tillverk")),
         Rule("serial_with_make_after_device", _DEVICE_SERIAL, score=0.8, check=_check_device_serial,
              needs=_HELD_NEEDLES),
         Rule("serial_with_make_before_sn", _SN_SERIAL, score=0.8, check=_check_sn_serial,
              gate=rule_regex(r"(?<![\w/])(?:S/N|SN|s/n)(?![\w/])")),
         Rule("serial_after_mixed_case_make", _BRAND_SERIAL, score=0.8, check=_check_brand_serial,
              gate=rule_regex(r"[a-z][A-Z][A-Za-z]*[ \t\u00a0]+[A-Z]{0,3}\d")),
         Rule("serial_with_make_and_model_after_held_thing", _HELD_MAKE_MODEL_SERIAL, score=0.8,
              check=_check_held_make_model_serial,
              needs=("serie", "tillverk", "protes", "ortos", "knäled", "höftled", "fotled", "sökare", "våg",
                     "laptop", "ramn", "sändare", "skrov", "apparat") + _HELD_NEEDLES + _MACHINE_NEEDLES),
         Rule("serial_with_make_and_model_after_bare_number", _NR_MAKE_MODEL_SERIAL, score=0.8,
              check=_check_nr_make_model_serial, needs=("nr", "nummer")),
         Rule("serial_with_make_and_model_in_a_cell", _CELL_MAKE_MODEL_SERIAL, score=0.8,
              check=_check_cell_make_model_serial),
         Rule("serial_listed_after_another", _LISTED_SERIAL, score=0.8, check=_check_listed_serial,
              needs=("serie", "tillverk") + _HELD_NEEDLES),)


def serial_after_make(header: str, value: str) -> str:
    """A cell's value under ``header`` without the make written before its serial (see ``make_in_serial_cell``): what
    must have a number's shape and length; the value as it stands when no make leads it."""
    m = _MAKE_WORDS.match(value)
    if m is None or m.end() >= len(value) or not make_in_serial_cell(header, value, m.end()):
        return value
    return value[m.end():]
