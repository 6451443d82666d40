"""Swedish telephone numbers (national and +46/0046 forms) and other international numbers.

A candidate is a trunk zero or a country code followed by digit groups; the
check counts digits (8-10 nationally, 10 for 07x), refuses dates and
personnummer, and refuses numbers labelled as invoice, OCR or case numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect import context as ctx
from redact.detect.cell_bounds import own_cell
from redact.detect.company_forms import AFTER_NAME
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, luhn_ok, only_digits
from redact.detect.personnummer import birth_date

SP, DASH = ctx.SP, ctx.DASH
# a table cell that is a Swedish telephone number, as a pattern for the column rules to exclude: the trunk zero or
# +46 and seven to ten digits in all (eleven digits after a zero are an identifier's, no Swedish number's)
WHOLE_CELL_PHONE = r"(?:\+46|0)(?=(?:[- ]*\d){6,9}$)\d{1,3}[- ]?\d[\d -]{3,12}"
_BREAK = r"[ \t]*\n[ \t]*"  # a number broken at the end of a line ("070-\n412 88 19")
_TAIL = rf"\d{{1,8}}(?:(?:{SP}?{DASH}{SP}?|{SP}|{DASH}?{_BREAK})\d{{1,4}}){{0,4}}"  # OCR and hand typing mix spaces and dashes: "070 174-06 55"
# a slash and a digit after it make the group the head of a longer figure ("2026/00417", a case number opening
# the next row): the number stops before the line end that joins them
_END = rf"(?![\w]|[.,/]\d|{DASH}\d)"
_START = r"(?<![\w+\-\u2010-\u2013/,])(?<!\d[.])"


def _national_pattern(tail: str, breaks: bool = True) -> str:
    """A national number: the trunk zero and area code, then ``tail``; with ``breaks``, over a line end too."""
    line_end = rf"|{DASH}?{_BREAK}" if breaks else ""
    return rf"""
    {_START}
    # not a group inside a figure of two-digit groups: "47 03 12-0" is a plusgiro ("2026-622 073-90 11 562" is a
    # case number and a mobile)
    (?<![\s(]\d\d[ \u00a0])
    (?:
        \(0\d{{1,3}}\){SP}?
      | 0\d{{1,3}}(?:{SP}?{DASH}{SP}?|{SP}?/{SP}?|{SP}{line_end})?
    )
    {tail}
    {_END}
    """


_NATIONAL = compile_rule(_national_pattern(_TAIL))
# The same number at the start of a line: a table read one cell a line may run the digits of the cell above into it
# ("9274-1 006 338 5" / "072-604 17 39"); that match is vetoed and the number under it would go unread. Here the
# number keeps to its line: a figure opening a line ("000606-7623", a personnummer) must not run over the line end
# into the mobile below it ("079-310 44 28"), which opens the next line.
_LINE_TAIL = rf"\d{{1,8}}(?:(?:{SP}?{DASH}{SP}?|{SP})\d{{1,4}}){{0,4}}"
_NATIONAL_AT_LINE = compile_rule(r"(?<=\n)" + _national_pattern(_LINE_TAIL, breaks=False))
_SWEDISH_INTL = compile_rule(
    rf"""
    {_START}
    (?:\+|00){SP}?46{SP}?(?:{DASH}{SP}?)?(?:\(0\){SP}?)?
    [1-9]\d{{0,2}}(?:{SP}?{DASH}{SP}?|{SP})?
    {_TAIL}
    {_END}
    """
)
_FOREIGN_INTL = compile_rule(
    rf"""
    {_START}
    # "+48 601…", "0048 601…" (not a group inside a longer figure: "8834 0021 7756")
    (?:\+(?!46)[1-9]\d{{0,2}}|(?<!\d[ \u00a0])00(?!46)[1-9]\d{{1,2}}(?={SP}))
    # a group may begin the next line: "+34 612\n448 309" broken by the line's end
    (?:(?:{SP}?(?:{DASH}{SP}?)?|{DASH}?{_BREAK})\(?\d{{1,4}}\)?){{2,6}}
    {_END}
    """
)
# "070.123.45.67": dots as separators, only beside a phone word (a dotted run is also a date or a version).
_DOTTED = compile_rule(rf"{_START}0\d{{1,3}}(?:\.\d{{2,4}}){{2,4}}{_END}")
_DATE_SHAPE = re.compile(r"^\d{2}[ ./-]\d{2}[ ./-](?:19|20)\d{2}$")


def _national_ok(d: str) -> str | None:
    """Why the national digit string ``d`` (starting with 0) is a phone number, or None."""
    if len(d) < 8 or len(d) > 10 or d[1] == "0":
        return None
    if d.startswith("077"):
        return None  # 077x: a company's or an authority's national number ("0771-567 567"), never a person's line
    if d.startswith("07"):
        return "07x number (mobile or service), 10 digits" if len(d) == 10 else None
    return f"area code + subscriber, {len(d)} digits"


def _looks_like_personnummer(d: str) -> bool:
    return len(d) == 10 and luhn_ok(d) and birth_date(None, d[0:2], d[2:4], d[4:6], "-") is not None


# The authority's own switchboard and service lines: public, never a person's number.
AUTHORITY_LINES = ("växel", "vx", "vxl", "växeln", "växelnummer", "kundtjänst", "kontaktcenter", "servicecenter",
                   "medborgarservice", "huvudnummer", "expedition", "expeditionen", "skolexpedition", "reception",
                   "receptionen", "registrator", "registraturen", "kansliet",
                   # an agency's operations centre, staffed day and night ("ledningscentral 010-448 70 00")
                   "ledningscentral", "ledningscentralen")
# ... or named so right after the number: "0570-190 00 (växel)" (not the label of a number that follows)
_AUTHORITY_AFTER = re.compile(r"[ \t]*[(,–-]?[ \t]*(?:växel|växeln|vx|vxl|expedition|reception|kundtjänst)(?![\w])(?![ \t:]*[+\d(])", re.I)


# A unit named before a round number ("ring bemanningsenheten, 0521-72 40 00"), or a function's mailbox
# on its line ("Bygglov nås på 0521-72 45 00 och bygglov@ornas.se"): the unit's own line, not a person's.
_UNIT_WORD = re.compile(r"(?i)\w+(?:enheten|kontoret|förvaltningen|nämnden|expeditionen|kansliet|receptionen|"
                        r"mottagningen|centralen|centret|jouren)\b")


def _unit_switchboard(text: str, start: int, end: int) -> bool:
    """A landline number ending in 00 after a unit's name on its line, or on a line with a function's mailbox."""
    digits = only_digits(text[start:end])
    if digits.startswith("07") or not digits.endswith("00"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _UNIT_WORD.search(text, max(line_start, start - 40), start):
        return True
    if line_start > 0 and not text[line_start:start].strip() and text[:line_start].rstrip().endswith(","):
        # the contact chain wrapped before the number ("…, bibliotek@ekby.se,\n0123-450 00."): its mailbox is above
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    from redact.detect.email import functional_mailbox

    return any(functional_mailbox(m.group(1)) for m in re.finditer(r"([\w.+-]+)@[\w.-]+\.\w+", text[line_start:line_end]))


# A service's label, then its mailbox, then the number ("Kundtjänst: kundtjanst@ekbynat.se, 0480-55 20 40").
_LABEL_AND_MAILBOX = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(AUTHORITY_LINES) + r")[ \t]*:[ \t]*"
                                r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*(?:,|och)?[ \t]*$")


# A person's name and comma right before the label: "Lena Ek, registrator, 0555-123 45" is the registrar's own
# line (the role's word is also the registry's); so is the direct line of a desk's staff member, signing with
# initials or not, when it is no round number ("Per Ek (PE), kundtjänst, 0240-66 90 21": the desk's own ends in 00)
_NAME_BEFORE_ROLE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][a-zåäöé]+"
                               r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:[ \t]*\([A-ZÅÄÖa-zåäö.-]{1,6}\))?,[ \t]*"
                               r"(?P<role>registrator|kundtjänst|expedition|expeditionen|reception|receptionen|kansliet)"
                               r"[ \t]*[,:]?[ \t]*$")


def _staff_members_line(text: str, start: int, end: int, label: str) -> bool:
    """True for a number after a named person's desk ("Lena Ek, registrator,"), a registrar's or a round-less one."""
    m = _NAME_BEFORE_ROLE.search(text, max(0, start - 80), start)
    if m is None or m.group("role") != label:
        return False
    return label == "registrator" or not only_digits(text[start:end]).endswith("00")


# a company's own line: a call to the company by its name with its form, then "på" right before a landline ("ring
# Norrviks Elnät AB på 0123-…", "kontakta Vagnservice i Åsby AB på …"); a person's mobile is never taken so
_FIRMS_LINE = re.compile(rf"(?i:ring|ringa|kontakta|kontakt|nås|når)[ \t]+(?:[A-ZÅÄÖ][\w&.-]*[ \t]+(?:i[ \t]+)?){{1,4}}"
                         rf"{AFTER_NAME}[ \t]+på[ \t]*$")


def _firms_line(text: str, start: int) -> bool:
    """True for a landline the sentence gives as a named company's to call (see ``_FIRMS_LINE``)."""
    return text[start:start + 2] != "07" and _FIRMS_LINE.search(text, max(0, start - 80), start) is not None


def _labelled_not_phone(text: str, start: int, end: int) -> bool:
    if _firms_line(text, start):
        return True
    label = ctx.label_before(text, start, AUTHORITY_LINES)
    if label and _staff_members_line(text, start, end, label):
        label = ""
    if label or _AUTHORITY_AFTER.match(text, end):
        return True
    if "@" in text[max(0, start - 80):start] and _LABEL_AND_MAILBOX.search(text, max(0, start - 80), start):
        return True
    if _unit_switchboard(text, start, end):
        return True
    if ctx.find_context_word(text, start, end, ctx.PHONE, 40):
        return False
    # Only the label right before the number counts: "Bankgiro 5050-1055, 08-..." is a phone number; so does a word
    # a comma closes ("sköter mina ärenden, 073-…"): it ends its clause, a label runs on into its number
    if text[max(0, start - 8):start].rstrip(" \t\u00a0").endswith(","):
        return False
    label = ctx.label_before(text, start, ctx.NOT_PHONE)
    # a giro holds eight digits at most: a mobile's ten after a giro's letters are a telephone (the initials "PG" of
    # a handler in the cell before, not a plusgiro's label)
    if label in _GIRO_LABELS and sum(c.isdigit() for c in text[start:end]) > 8:
        return False
    return bool(label)


_GIRO_LABELS = frozenset({"bankgiro", "plusgiro", "bg", "pg"})


_LAST_GROUP_BROKEN = re.compile(r"^\d{2}$")
# (the sum's first digits may be on the line too: "6" / " 200,00 kr", its other groups and öre before the currency)
_SUM_AFTER = re.compile(r"(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \t\u00a0]*(?:kr\b|kronor|sek\b|:-|euro|eur\b)",
                        re.IGNORECASE)


# an area code and its dash, then groups of two or three digits on one line ("0125-440 18 62")
_GROUPED_ONE_TOO_MANY = re.compile(r"0\d{1,3}[ \t]?[-–][ \t]?\d{2,3}(?:[ \u00a0]\d{2,3}){1,3}$")
# (a person's line only: a switchboard's word leaves the authority's number as it is written)
_PHONE_WORDS = (*(w for w in ctx.PHONE if w != "växel"), "direkt", "dir", "direktnr")


def _trimmed(text: str, m: re.Match[str], to_national: Callable[[str], str]) -> Verdict | None:
    """Accept the match, or the match with trailing digit groups dropped, if its digits are valid."""
    start, end = m.start(), m.end()
    raw = m.group()
    if "\n" in raw:
        # Across a line break only when the first line alone is no number: a phone column must
        # not take the first figures of the next row.
        head = raw[: raw.index("\n")].rstrip(" \t-\u2010\u2011\u2012\u2013")
        national = to_national(head)
        rest = raw[raw.index("\n") + 1:].strip(" \t")
        if (national and _national_ok(national) and len(national) < 10 and _LAST_GROUP_BROKEN.match(rest)
                and text[start + len(raw):start + len(raw) + 1] in ("", ".", ",", ";", ")", "\n", " ")
                and _national_ok(to_national(raw)) and len(to_national(raw)) == 10):
            pass  # the last group alone on the next line ("0611-80 23" / "00."): one number broken at the line end
        elif national and _national_ok(national):
            end = start + len(head)
        else:
            # the next line begins a whole number of its own (a phone column under a column of
            # figures, "0451" / "0346-88 27 30"): that number, not the figures before the break
            nl = raw.index("\n")
            tail_start = start + nl + 1 + len(raw[nl + 1:]) - len(raw[nl + 1:].lstrip(" \t"))
            if text[tail_start:tail_start + 1] == "0" and "\n" not in text[tail_start:end]:
                tail = _trimmed_on_line(text, tail_start, end)
                if tail is not None:
                    return tail
    whole = to_national(text[start:end])
    if (whole and len(whole) == 11 and whole[1] != "0" and _GROUPED_ONE_TOO_MANY.match(text, start, end)
            and not _labelled_not_phone(text, start, end)):
        # "direkt 0125-440 18 62": a number written in a phone's groups after a phone's word, one digit too many
        # (a slip of the writer); cut to its valid part, its last group would stay readable beside the mask
        if ctx.find_context_word(text, start, end, _PHONE_WORDS, 30):
            return Verdict(start, end, "telephone number with one digit too many, after a phone word", 0.6)
        # with no phone word near, a person's contact line says it: a name right before it or an e-mail address on
        # its line ("Per Ek, 0125-440 18 62, per.ek@…"); the groups before the last are a phone's by themselves, the
        # number is one as written and its last group belongs under the same mask (a sum or an invoice's number in
        # a sentence is none of these)
        cut = _valid_groups(text, start, end)
        if cut is not None and cut.end < end and _contact_line(text, start, end):
            return Verdict(start, end, "telephone number with one digit too many, in a contact line", cut.score)
        # alone in a cell of a column of phones (a phone's word heads it, or another number alone on its line above
        # is one): the table's cell holds the whole number as written
        if cut is not None and cut.end < end and _phone_column_cell(text, start, end):
            return Verdict(start, end, "telephone number with one digit too many, in a column of phones", cut.score)
    if "\n" in text[start:end] and _SUM_AFTER.match(text, end):
        # the digits after the line end are the next cell's sum ("337-1" / "2 000 kr", "2 400,00 kr"): not this
        # number's tail
        end = start + text[start:end].index("\n")
    while end > start:
        raw = text[start:end]
        national = to_national(raw)
        why = _national_ok(national) if national else None
        if why and not _DATE_SHAPE.match(raw):
            if _labelled_not_phone(text, start, end):
                return None
            plain = raw.isdigit()
            if plain and _looks_like_personnummer(national) and not ctx.find_context_word(text, start, end, ctx.PHONE, 30):
                return None
            score = 0.6 if plain else None
            return Verdict(start, end, why, score)
        cut = max(raw.rfind(" "), raw.rfind("\u00a0"), raw.rfind("\u2009"), raw.rfind("\u202f"), raw.rfind("\n"))
        if cut <= 0:
            return None
        end = start + cut
    return None


# a person's name and a comma right before a number ("Per Ek, 0125-…"), an e-mail address on its line
_NAME_AND_COMMA = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][a-zåäöé]+"
                             r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?,[ \t]*\Z")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact_line(text: str, start: int, end: int) -> bool:
    """True when a person's name and a comma stand right before the number or an e-mail address on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_NAME_AND_COMMA.search(text[max(line_start, start - 60):start])
                or _MAIL.search(text, line_start, line_end))


_CELL_BORDER = "|\u00a6"  # (and the broken bar some readers give a table's border)
_REACH_LINES = 24  # lines above a cell its column's header or another phone may stand on (a row a few lines long)


# two or three header cells a reader joined on one line, the last a phone's word ("Handl. Telefon"): each word
# capitalised, none a figure
_JOINED_HEADER = re.compile(r"(?:[A-ZÅÄÖ][\w]*\.?[ \t]+){1,2}(?P<last>[A-ZÅÄÖ]\w*)\.?:?")


def _joined_header_cells(cell: str) -> bool:
    """True for a header row's last cells read as one line, the last a phone's word."""
    m = _JOINED_HEADER.fullmatch(cell)
    return m is not None and not any(c.isdigit() for c in cell) and m.group("last").lower() in ctx.PHONE


def _phone_column_cell(text: str, start: int, end: int) -> bool:
    """True when the number fills its cell and a phone's word alone heads a line above it, or another valid phone
    number fills a line above it: a column of phones."""
    if not own_cell(text, start, end):
        return False
    lines = text[:text.rfind("\n", 0, start) + 1].split("\n")[-_REACH_LINES - 1:]
    for line in lines:
        cells = [c.strip() for c in re.split("[" + _CELL_BORDER + "]", line)]
        if any(c.lower().rstrip(".:") in ctx.PHONE or _joined_header_cells(c) for c in cells):
            return True
        if any(c[:1] == "0" and (whole := _valid_groups(c, 0, len(c))) is not None and whole.end == len(c)
               for c in cells):
            return True
    return False


def _valid_groups(text: str, start: int, end: int) -> Verdict | None:
    """The number's leading groups that are a valid national phone number by themselves, or None."""
    while end > start:
        raw = text[start:end]
        if (why := _national_ok(only_digits(raw))) and not _DATE_SHAPE.match(raw):
            return Verdict(start, end, why)
        cut = max(raw.rfind(" "), raw.rfind("\u00a0"))
        if cut <= 0:
            return None
        end = start + cut
    return None


def _trimmed_on_line(text: str, start: int, end: int) -> Verdict | None:
    """A national number from ``start``, trailing digit groups dropped until it is valid."""
    while end > start:
        raw = text[start:end]
        why = _national_ok(only_digits(raw))
        if why and not _DATE_SHAPE.match(raw):
            return None if _labelled_not_phone(text, start, end) else Verdict(start, end, why)
        cut = max(raw.rfind(" "), raw.rfind("\u00a0"))
        if cut <= 0:
            return None
        end = start + cut
    return None


def _national_digits(raw: str) -> str:
    return only_digits(raw)


def _intl_digits(raw: str) -> str:
    d = only_digits(raw)
    d = d[4:] if d.startswith("0046") else d[2:]
    if d.startswith("0"):  # "+46 (0)8 ..." writes the trunk zero too
        d = d[1:]
    return "0" + d


# A sum in groups of three ending its cell, the next cell's figure below it ("3 020" / "151 000"): "020" is the sum's
# last group, no area code.
_SUM_BEFORE = re.compile(r"(?:^|[^\d \u00a0])\d{1,3}[ \u00a0]$")
_THREE_DIGITS_AT_BREAK = re.compile(r"0\d\d[ \t]*\n")


def _check_national(text: str, m: re.Match[str]) -> Verdict | None:
    if _THREE_DIGITS_AT_BREAK.match(m.group()) and _SUM_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
        return None
    return _trimmed(text, m, _national_digits)


def _check_intl(text: str, m: re.Match[str]) -> Verdict | None:
    v = _trimmed(text, m, _intl_digits)
    return Verdict(v.start, v.end, "+46 " + v.reason) if v else None


def _check_foreign(text: str, m: re.Match[str]) -> Verdict | None:
    n = len(only_digits(m.group()))
    if n > 15 and "\n" in m.group():
        # the groups ran on into the next line's figures (a table's next cell, "+358 40 771 2038" / "31-004 kupa"):
        # the number is the first line's
        head = m.group()[:m.group().index("\n")].rstrip(" \t-\u2010\u2011\u2012\u2013")
        n = len(only_digits(head))
        if 8 <= n <= 15 and not _labelled_not_phone(text, m.start(), m.start() + len(head)):
            return Verdict(m.start(), m.start() + len(head), f"international number, {n} digits")
        return None
    if not 8 <= n <= 15 or _labelled_not_phone(text, m.start(), m.end()):
        return None
    if m.group().startswith("00") and n < 11:
        return None  # "00" + country code + a subscriber's number of eight digits at least
    return Verdict(m.start(), m.end(), f"international number, {n} digits")


class PhoneRecognizer(SwedishPatternRecognizer):
    """Swedish phone numbers in the usual written forms, and international numbers."""

    ENTITY = "PHONE"
    NAME = "phone"
    CONTEXT = ctx.PHONE
    RULES = (
        Rule("national", _NATIONAL, score=0.75, context_score=0.95, check=_check_national),
        Rule("national_at_line_start", _NATIONAL_AT_LINE, score=0.75, context_score=0.95, check=_check_national),
        Rule("swedish_international", _SWEDISH_INTL, score=0.85, context_score=0.95, check=_check_intl),
        Rule("international", _FOREIGN_INTL, score=0.6, context_score=0.9, check=_check_foreign),
        Rule("dotted", _DOTTED, score=0.6, context_score=0.9, check=_check_national, require_context=True, before=25),
    )
