"""Bank account numbers: bankgiro, plusgiro, and clearing number + account number.

Bankgiro and plusgiro numbers carry a Luhn digit; a wrong one is not a hit.
"1234-5678" is also a year range or a reference, so without a "bankgiro"
label it is only a low-score proposal; a plusgiro number ("12 34 56-7")
is too short to propose at all without its label.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.access_codes import SUM_GOES_ON
from redact.detect.bank_account_labels import (
    ACCOUNT_AFTER_LABEL, BANK_CODE, CANADIAN_ACCOUNT, DOTTED_ACCOUNT, GIRO_AFTER_LABEL, MONEY_AFTER,
    check_account_after_label, check_bank_code, check_canadian_account, check_dotted_account, check_giro_after_label,
)
from redact.detect.giro_columns import TABLE_REACH, payments_header_above
from redact.detect.labelled_id import LABELLED, check_account
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, luhn_ok, only_digits

SP, DASH = ctx.SP, ctx.DASH
_END = rf"(?![\w]|[.,]\d|{DASH}\d)"

_BREAK = r"(?:[ \t]*\n[ \t]*)?"  # a number broken after its dash at a line end
_BANKGIRO = compile_rule(rf"(?<![\w\-\u2010-\u2013+])\d{{3,4}}{DASH}{_BREAK}\d{{4}}{_END}")
_PLUSGIRO = compile_rule(rf"(?<![\w\-\u2010-\u2013+])\d{{1,2}}(?:{SP}?\d\d){{0,3}}{DASH}{_BREAK}\d{_END}")
_CLEARING_ACCOUNT = compile_rule(
    rf"""
    (?<![\w\-\u2010-\u2013+,.])
    # (Swedbank's clearing with its check digit joined, "83279 914 552 738-9": five digits, both Luhn digits held; a
    # savings bank's five-digit clearing and its check digit after a dash, "84127-3, 903 118 442-8")
    (?P<clearing>[1-9]\d{{3}}(?:{DASH}\d)?|8\d{{4}}(?={SP}\d)|8\d{{4}}{DASH}\d)
    # the account's word may begin the next line: "clearing 8431-6," / "konto 903 448 217-1"
    # (a slash, a colon or a long dash between them, "5357/10 234 56", "5357: 10 234 56"; the clearing number in
    # brackets, "Swedbank (8327-9) 914 …")
    (?:{SP}?[/:\u2014]{SP}?|(?<=\(\d{{4}})\)(?:{SP}|[ \t]*\n[ \t]*)|(?<=\(\d{{4}}-\d)\)(?:{SP}|[ \t]*\n[ \t]*)|,{SP}?|{SP}?{DASH}{SP}?|{SP}
       |[,/;]?{SP}*\n?{SP}*(?:och{SP}+)?(?i:kontonummer|kontonr\.?|konto|kto\.?)[:.]?{SP}*\n?{SP}*
       # a clearing number with its check digit ending its cell, the account the next ("8214-9" / "914 072 336-3")
       |(?<={DASH}\d)[ \t]*\n[ \t]*)
    (?P<account>\d{{6}}{DASH}\d{{4}}
       # Swedbank's account in dashed groups of three and its check digit ("441-207-118-3"), a line end anywhere
       |(?<=[\s/:,)]|{DASH})\d{{3}}(?:(?:{DASH}|[ \t]*\n[ \t]*)\d{{3}}){{1,2}}(?:{DASH}|[ \t]*\n[ \t]*){DASH}?\d(?=\D|$)
       # (a group of five too: Nordea's "1108 27 44190", the account's seven digits split two and five)
       |\d{{1,10}}(?:(?:{SP}|[ \t]*\n[ \t]*)\d{{1,5}}){{0,4}}(?:{DASH}\d)?)
    {_END}
    """
)
# A clearing number ending its line and the account beginning the next ("personkonto 3300" / "8612041238"):
# a rule of its own, taken only for a personkonto or after an account's word, so that it never hides a table's cells.
# The account may be written in its groups ("SEB 5262" / "04 183 77"): the check counts its digits.
_WRAPPED_ACCOUNT = compile_rule(
    rf"(?<![\w\-\u2010-\u2013+,.])(?P<clearing>[1-9]\d{{3}}(?:{DASH}\d)?)(?P<wrap>[ \t]*\n[ \t]*)"
    rf"(?P<account>\d{{6}}{DASH}\d{{4}}|\d{{6,10}}|\d{{1,3}}(?:{SP}\d{{2,5}}){{1,3}}){_END}"
)
# Nordea's personkonto: clearing 3300 (or 3782) and the holder's personnummer as the account ("3300 510830-2265").
_PERSONKONTO = ("3300", "3782")
_PERSONNUMMER_SHAPE = re.compile(rf"^\d{{6}}{DASH}\d{{4}}$")
_LONGER_NUMBER = re.compile(rf"\d{SP}$")
_WHOLE_BANKGIRO = re.compile(rf"^\d{{3,4}}{DASH}\d{{4}}$")
_LONE_DIGIT = re.compile(rf"^\d{SP}\d")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\D+(?:19|20)\d\d$")


# a case's label, perhaps the unit's letters between, right before the number ("Dnr FTV 2026-0212"): the case's
# number, however its digits happen to pass the bankgiro's check
_CASE_LABEL_BEFORE = re.compile(r"(?i)(?<![\w])(?:dnr|d\.nr|diarienr|diarienummer|diarium|ärendenr|ärendenummer|"
                                r"beteckning)[.:]?[ \t]+(?:[A-ZÅÄÖ]{1,5}[ \t]+)?$")


def _check_bankgiro(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group())
    if not luhn_ok(digits):
        return None
    labelled = ctx.find_context_word(text, m.start(), m.end(), ctx.BANKGIRO, 40)
    if not labelled and (_YEAR_RANGE.match(m.group()) or _CASE_LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start())):
        return None
    return Verdict(m.start(), m.end(), "bankgiro NNNN-NNNN + Luhn", 0.95 if labelled else None)


def _check_plusgiro(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group())
    if len(digits) < 2 or not luhn_ok(digits):
        return None
    return Verdict(m.start(), m.end(), "plusgiro + Luhn, labelled")


# Labels of numbers that look like clearing + account but are payment or case references.
_PAYMENT_REFERENCE = (
    "ocr", "ocr-nummer", "ocr-nr", "faktura", "fakturanummer", "fakturanr", "kundnummer", "kundnr",
    "referens", "referensnummer", "dnr", "diarienummer", "ordernummer", "ordernr",
)


# A case's label and the letters of the unit owning it right before the number ("Ärende BYGG 2026-000614", "Dnr KS
# 2026-0412"): a case number of the year's shape, no clearing and account.
_CASE_LABEL_BEFORE = re.compile(r"(?<![\w-])(?i:dnr|diarienr|diarienummer|ärende|ärendet|ärendenr|ärendenummer)\.?:?"
                                r"[ \t]+(?:[A-ZÅÄÖ]{2,6}[ \t]+)?$")
# The unit's letters alone before a year and a serial ("Synpunkter BYGG 2026-000614" in a mail's subject): a case
# number too; a bank's letters before its clearing ("SEB 5214 …") are no unit's.
_UNIT_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?!(?:SEB|SBAB|ICA|LF|DNB|SHB|NB)[ \t])[A-ZÅÄÖ]{2,6}[ \t]+$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a note's number heading its line, then its text: "3101: Wall var …", "12. Beslutet …"
_NOTE_OPENS_AFTER = re.compile(r"[:.)][ \t]+[A-ZÅÄÖ]")


# An account's own words before a number that wraps after its clearing ("personkonto 3300" / "8612041238").
_ACCOUNT_WORDS = ("personkonto", "konto", "kontonummer", "bankkonto", "lönekonto", "clearing", "clearingnummer")


def _check_clearing_account(text: str, m: re.Match[str]) -> Verdict | None:
    clearing = only_digits(m.group("clearing"))
    if _LONGER_NUMBER.search(text, max(0, m.start() - 6), m.start()):
        return None  # the tail of a longer number (an IBAN, an OCR number in groups)
    if not 1100 <= int(clearing[:4]) <= 9999:
        return None
    account = only_digits(m.group("account"))
    if _PERSONNUMMER_SHAPE.match(m.group("account")) and not (clearing in _PERSONKONTO and luhn_ok(account)):
        return None  # "NNNNNN-NNNN" after a clearing number is a personkonto: Nordea's clearing, a valid personnummer
    if ctx.label_before(text, m.start(), _PAYMENT_REFERENCE) or _CASE_LABEL_BEFORE.search(
            text, max(0, m.start() - 30), m.start()) or (_YEAR.match(clearing) and _UNIT_LETTERS_BEFORE.search(
            text, max(0, m.start() - 10), m.start())):
        return None  # "OCR-nummer 8834 0021 7756" is a payment reference, "Ärende BYGG 2026-000614" a case: no account
    end = m.end()
    if MONEY_AFTER.match(text, end):
        if "\n" not in m.group("account"):
            return None  # "2024: 1 234 567 kr": a year and a sum
        # the next cell's sum ran into the account below it ("6140-518 227 093" / "9 900 kr"): the account's line only
        end = m.start("account") + m.group("account").index("\n")
    elif "\n" in m.group("account") and SUM_GOES_ON.match(text, end) and len(
            only_digits(m.group("account").rsplit("\n", 1)[1])) <= 3:
        # the sum's first digits only ("6140-518 227 093" / "2" / " 400,00 kr"): the account's lines before them
        end = m.start("account") + m.group("account").rindex("\n")
    if "\n" in m.group("account") and _NOTE_OPENS_AFTER.match(text, end) and len(
            only_digits(m.group("account").rsplit("\n", 1)[1])) <= 4:
        # the next line opens with a note's or a row's number ("fondkonto FK 5502 7713" / "3101: Wall var …"): the
        # figures before the line end are all the account's
        end = m.start("account") + m.group("account").index("\n")
    between = text[m.end("clearing"):m.start("account")]
    if any(c in between for c in "/:\u2014)") and not ctx.label_before(text, m.start(), _ACCOUNT_WORDS) and not (
            ctx.find_context_word(text, m.start(), m.end(), ctx.BANK_ACCOUNT + _PAYMENT_WORDS, 60)
            or _MOVED_TO.search(text, max(0, m.start() - 30), m.start())
            or _BANK_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or _BANK_BEFORE.search(text, max(0, m.start() - 61), m.start() - 1)):
        return None  # "paragraf 1230: 112 240", "2023/24": a slash or a colon joins other numbers too, unless a payment is near
    start = m.start()
    first_line = m.group().split("\n")[0].strip()
    if "\n" in m.group("account") and _WHOLE_BANKGIRO.match(first_line) and luhn_ok(only_digits(first_line)):
        return None  # a bankgiro ending its cell, the next cell's sum below it ("5521-3391" / "1 850 kr"): no account
    # The account part may have swallowed a following number: drop trailing groups until 6-10 digits.
    # (Swedbank's clearing written with its check digit apart, "8214 9 903 118 442 8": that digit opens the account
    # part, which then holds eleven)
    longest = 11 if len(clearing) == 4 and clearing.startswith("8") and _LONE_DIGIT.match(m.group("account")) else 10
    while end > m.start("account"):
        n = len(only_digits(text[m.start("account") : end]))
        if 6 <= n <= longest:
            break
        cut = max(text.rfind(" ", m.start("account"), end), text.rfind("\n", m.start("account"), end))
        if cut < 0:
            return None
        end = cut
    else:
        return None
    if len(m.group("clearing")) == 5 and not (luhn_ok(clearing) and luhn_ok(only_digits(text[m.start("account"):end]))):
        return None  # five digits joined are a postcode or a serial unless both check digits hold
    personkonto = clearing in _PERSONKONTO and len(account) == 10 and luhn_ok(account)
    if "wrap" in m.groupdict() and not (personkonto or ctx.label_before(text, m.start(), _ACCOUNT_WORDS)
                                         or _MOVED_TO.search(text, max(0, m.start() - 30), m.start())
                                         or _BANK_BEFORE.search(text, max(0, m.start() - 60), m.start())):
        # a line of figures ending in four digits, the next line's number: no account unless named, unless money
        # is moved to it ("sätts in på 5357" / "1023456"), or unless a bank's name opens it ("SEB 5262" / "04 183 77")
        return None
    bank = _BANK_BEFORE.search(text, max(0, start - 60), start)
    if bank is not None:
        start = bank.start()  # "Handelsbanken 6123-418 390 223": the bank's name is written as a part of the account
    if personkonto:
        # the personnummer is the account here, with or without its dash ("3300 8612041238"): the whole is
        # the account, and wins over the personnummer it holds
        return Verdict(start, end, "personkonto: clearing 3300 + personnummer", 0.99)
    swedbank = len(clearing) == 5 and clearing.startswith("8")
    reason = "clearing " + ("8NNN-N (Swedbank)" if swedbank else "NNNN") + " + account number"
    if _cell_under_payments_header(text, start, end):
        return Verdict(start, end, reason + ", under a payments header", 0.8)
    return Verdict(start, end, reason, 0.7 if swedbank else None)


def _cell_under_payments_header(text: str, start: int, end: int) -> bool:
    """True when the number is its line's whole cell and a header saying where money goes stands above it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    # the lines above as far as a table's header is looked for, the number's own last (empty)
    lines = text[:line_start].rsplit("\n", TABLE_REACH)
    return payments_header_above(lines, len(lines) - 1)


# A bank's name right before a clearing number ("Swedbank 8105-9, 943 227 510-6", "Danske Bank 1214 …"), or
# before the clearing number's label after a comma ("Swedbank, clearingnummer 8327-9, kontonummer …",
# "Handelsbanken, clearing 6172, konto …"): the account as the holder wrote it. The clearing number names the
# bank, so a bank's name left readable beside a masked clearing number tells what the mask hides. A name ending
# in "bank"/"banken", a bank word after a name, or a bank named otherwise.
_BANK_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\wåäö]*(?:bank|banken)(?:[ ][A-ZÅÄÖ][a-zåäö]+)?|[A-ZÅÄÖ][\wåäö]*[ ](?:Bank|Banken)|"
    r"Nordea|SEB|Länsförsäkringar|Avanza|Nordnet|Santander|Skandia|Lunar|Klarna)"
    r"(?:,?[ \t]+(?i:clearing(?:nummer|nr\.?)?|clnr\.?|cl\.?nr\.?)[:.]?)?[ \t]+$")


# A plusgiro number in its groups of two ("30 88 14-3") has no other use in Swedish text: after a word of payment
# ("betalas ut till", "utbetalning", "insättning") it is an account though no "plusgiro" stands before it.
_GROUPED_PLUSGIRO = compile_rule(rf"(?<![\w\-\u2010-\u2013+,.])\d{{1,2}}(?:{SP}\d\d){{2,3}}{DASH}\d{_END}")
_PAYMENT_WORDS = ("betalas", "utbetalas", "utbetalning", "utbetalningen", "betala", "betalning", "betalningen",
                  "insättning", "insättningen", "sätts in", "konto", "kontot", "ersättningen", "betalningsmottagare",
                  # what is paid, and where money is moved: "får pengarna till", "arvodet går till", "överförs till"
                  "pengar", "pengarna", "arvode", "arvodet", "arvoden", "lön", "lönen", "bidrag", "bidraget", "bidragen",
                  "återbetalning", "återbetalningen", "återbetalas", "överförs", "överföring", "överföringen", "insatt",
                  "insatta",
                  # the perfect's supine: money already moved ("har återbetalats till …")
                  "betalats", "utbetalats", "återbetalats", "överförts")


def _check_grouped_plusgiro(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group())
    if len(digits) < 5 or not luhn_ok(digits):
        return None
    return Verdict(m.start(), m.end(), "plusgiro i sina grupper + Luhn, efter ett ord om betalning")


# Money moved to it right before the number ("bidraget går till 30 88 14-3", "skickas till", "sätts in på"): the
# payment word may stand far before, or be a compound ("resebidraget", "månadsarvodet") the word list does not hold.
# The perfect's supine too ("har återbetalats till", "har satts in på"): money moved already.
_MOVED_TO = re.compile(r"(?i)(?<![\w-])(?:går|gick|gå|gått|skickas|skickades|skickats|överförs|överfördes|överförts|förs|"
                       r"förts|sätts|sattes|satts|(?:åter|ut)?betala(?:s|des|ts))(?:[ \t]+(?:in|ut|över))?[ \t\n]+"
                       r"(?:till|på)[ \t\n]+$")


# a plusgiro of seven digits and its check digit opens with a group of three ("127 53 81-0")
_MOVED_PLUSGIRO = compile_rule(rf"(?<![\w\-\u2010-\u2013+,.])\d{{1,3}}(?:{SP}\d\d){{2,3}}{DASH}\d{_END}")


def _check_moved_plusgiro(text: str, m: re.Match[str]) -> Verdict | None:
    if not _money_to(text, m.start()):
        return None
    return _check_grouped_plusgiro(text, m)


def _money_to(text: str, start: int) -> bool:
    """True when money is moved or paid to what starts at ``start`` ("sätts in på", "Ersättning till")."""
    before = max(0, start - 30)
    return _PAID_TO.search(text, before, start) is not None or _MOVED_TO.search(text, before, start) is not None


# the same number written in its groups with no dash before its check digit ("481 22 77", "30 88 14 3"), right after
# money is moved to it or a payment is made to it ("betalning till", "inbetalning på"): a phone number is rung, not
# paid to, and the Luhn digit must hold
_SPACED_PLUSGIRO = compile_rule(rf"(?<![\w\-\u2010-\u2013+,.])\d{{1,3}}(?:{SP}\d\d){{2,3}}(?:{SP}\d)?{_END}")
# what is paid named before "till" ("Ersättning till", "Bidraget till") says where it goes as a payment does
_PAID_TO = re.compile(r"(?i)(?<![\w-])(?:(?:in|ut|åter)?betalning(?:en)?|insättning(?:en)?|överföring(?:en)?|"
                      r"ersättning(?:en)?|bidrag(?:et)?|arvode(?:t)?)[ \t\n]+(?:till|på)[ \t\n]+$")


def _check_spaced_plusgiro(text: str, m: re.Match[str]) -> Verdict | None:
    if not _money_to(text, m.start()):
        return None
    digits = only_digits(m.group())
    if not 6 <= len(digits) <= 8 or not luhn_ok(digits):
        return None
    return Verdict(m.start(), m.end(), "plusgiro i sina grupper utan bindestreck + Luhn, efter en betalning till")


class BankAccountRecognizer(SwedishPatternRecognizer):
    """Bankgiro, plusgiro and clearing + account numbers."""

    ENTITY = "BANK_ACCOUNT"
    NAME = "bank_account"
    CONTEXT = ctx.BANK_ACCOUNT
    RULES = (
        Rule("bankgiro", _BANKGIRO, score=0.35, context_score=0.9, check=_check_bankgiro),
        Rule("plusgiro", _PLUSGIRO, score=0.9, check=_check_plusgiro, context=ctx.PLUSGIRO,
             require_context=True, before=30, needs=("pg", "giro")),
        Rule("grouped_plusgiro", _GROUPED_PLUSGIRO, score=0.85, check=_check_grouped_plusgiro, context=_PAYMENT_WORDS,
             require_context=True, before=60, needs=("betal", "utbetal", "insättning", "sätts in", "konto", "ersättning", "peng", "arvod",
                    "lön", "bidrag", "överför", "insatt")),
        Rule("plusgiro_money_moved_to", _MOVED_PLUSGIRO, score=0.85, check=_check_moved_plusgiro,
             needs=("till", "på")),
        Rule("plusgiro_spaced_paid_to", _SPACED_PLUSGIRO, score=0.85, check=_check_spaced_plusgiro,
             needs=("till", "på")),
        Rule("clearing_account", _CLEARING_ACCOUNT, score=0.4, context_score=0.9, check=_check_clearing_account),
        Rule("wrapped_clearing_account", _WRAPPED_ACCOUNT, score=0.8, check=_check_clearing_account),
        Rule("labelled_account", LABELLED, score=0.85, check=check_account, context=(), needs=("konto",)),
        # labels of any language, bank codes beside an account, giros after their label in any grouping, dotted
        # groups (bank_account_labels.py)
        Rule("account_after_label", ACCOUNT_AFTER_LABEL, score=0.85, check=check_account_after_label, context=(),
             needs=("acc", "a/c", "konto", "kto", "conta", "c/c", "cuenta", "compte", "hesap", "clabe", "kōza", "kouza", "koza", "kôza", "futs", "cc")),
        Rule("bank_code_beside_account", BANK_CODE, score=0.8, check=check_bank_code, context=(),
             needs=("sort", "blz", "bankleitzahl", "routing", "rtn", "aba", "transit", "inst", "bsb", "ifsc", "agência",
                    "agencia", "ag", "branch", "filial", "shiten", "clearing", "cl", "reg")),
        Rule("giro_after_label", GIRO_AFTER_LABEL, score=0.9, check=check_giro_after_label, context=(),
             needs=("bankgiro", "bg", "plusgiro", "postgiro", "pg")),
        Rule("dotted_account", DOTTED_ACCOUNT, score=0.85, check=check_dotted_account, context=()),
        Rule("canadian_account", CANADIAN_ACCOUNT, score=0.8, check=check_canadian_account, context=()),
    )
