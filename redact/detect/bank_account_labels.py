"""Bank accounts named by a label of any language, the bank codes written beside them, giros after their label.

An account abroad is written with its own country's words and a bank code beside it: "account number",
"acct.", "A/c no.", "conta corrente", "c/c", "cc", "cuenta", "numéro de compte", "hesap no", "CLABE", or Swedish
"konto"/"kto" alone; "sort code", "BLZ", "routing number", "ABA", "transit", "institution", "BSB", "IFSC",
"agência", "ag", "branch", "filial" before the bank's code. The label decides, so the number may come in any grouping
(spaces, dashes, a line end between its groups). A bank code is masked only beside an account (it names the
bank and the branch, and with the account left beside it would tell where the money goes); alone it names a
bank, no person.

A giro number after its label ("BG 8462038", "PlusGiro 48 77\\n12-2") is taken in any grouping, with its Luhn
digit. The account in dotted groups ("1234.56.78901", the Norwegian writing, which Swedish banks' customers
use too) has no other use in running text, so its shape alone is enough; nor has a Canadian account's
transit-institution-account writing ("04127-006-3318820").

The authority's or an organisation's own giro numbers are judged afterwards by the organisation rules, as
for every bank account finding.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, luhn_ok, only_digits

_SP = r"[ \t\u00a0]"
_GAP = rf"(?:{_SP}*\n{_SP}*|{_SP}+)"  # between two words of a writing: a space, or a line end (a wrapped line)
_W = r"(?:[\ \u00a0]|[\ \t]*\n[\ \t]*)"  # between a label's own words

# An account's label, in the languages a Swedish authority meets. "konto" alone is a ledger's account code too
# ("konto 1930"): the value's length (five digits at least) tells a bank account.
# the word for "number" after a label, in any of its languages and abbreviations ("acct#", "conta nº", "A/c no.")
_NUMBER_WORD = rf"(?:{_W}?(?:number|n[úu]mero|no\.?|nr\.?|n[º°]\.?|\#))?"
_ACCOUNT_LABEL = (
    rf"(?i:(?:(?:ordinary|savings|checking|current|bank){_W})?(?:account|acct\.?|acc\.?|a/c){_NUMBER_WORD}"
    rf"|(?:(?:bank)?konto|kto\.?)(?:-?(?:nummer|numret|nr\.?))?"
    rf"|(?:n[úu]mero{_W}(?:da{_W}|de{_W})?)?conta(?:{_W}corrente|{_W}poupança)?{_NUMBER_WORD}|c/c"
    # Portuguese "conta corrente" abbreviated, beside a branch's "ag" ("ag 1184-7 cc 22051-9")
    rf"|c\.?c\.?"
    rf"|(?:n[úu]mero{_W}de{_W}|n[º°o]\.?{_W}?(?:de{_W})?)?cuenta(?:{_W}corriente)?{_NUMBER_WORD}"
    rf"|num[ée]ro{_W}de{_W}compte|compte"
    rf"|hesap(?:{_W}?no\.?|{_W}numarası)?"
    # Japanese romanised: 口座 (番号) "kōza (bangō)", 普通 "futsū" (an ordinary account)
    rf"|k[oōô]u?za(?:{_W}?bang[oōô]u?)?|futs[uūû]u?(?:{_W}?(?:yokin|k[oōô]u?za))?"
    rf"|clabe(?:{_W}interbancaria)?)"
)
# (a slash between groups: a combined label's values, "Routing/Account: 261073591 / 004417736512"; a line end,
# unless a check digit after its dash ended the number: "… 620-4" / "31 241" is the next row's cell)
_VALUE = rf"(?P<value>\d+(?:(?:{_SP}|(?<!-\d){_SP}*\n{_SP}*|[-.]|{_SP}*/{_SP}*)\d+){{0,6}})"
ACCOUNT_AFTER_LABEL = compile_rule(
    rf"""
    (?<![\w])(?P<label>{_ACCOUNT_LABEL})(?![\w])
    # a colon, a dot, or a word of being between the label and the number (the verb only after a label naming a
    # number: "kontot är 125 000" is a balance); the number may begin the next line
    (?:{_SP}*[:.]?{_SP}*(?:\n{_SP}*)?|(?i:(?<=mber)|(?<=mmer)|(?<=mret)|(?<=nr)|(?<=nr\.)|(?<=\Wno)|(?<=no\.)){_SP}+(?:är|is|was|var){_SP}+)
    {_VALUE}
    (?![\w]|[.,]\d)
    """
)
# what a label's number is not: a sum ("kontot 12 500 kr"), a date, a share
MONEY_AFTER = re.compile(r"[ \t\u00a0]*(?:kr\b|kronor|sek\b|:-|%|euro|eur\b|usd\b|dollar)", re.IGNORECASE)
_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
# a year's two digits and a running number ("26-1066", a fee's or a case's number in the next row of a table read cell
# by cell under "Konto"): no account is so written (a bankgiro has three or four digits before its dash, a plusgiro
# one after it)
_SERIAL = re.compile(r"^\d\d-\d{3,4}$")
# a year and a short serial after a slash ("Acc. 2027/44", a library's or a museum's accession by its year): a
# register's entry, no account (an account's groups after a slash are long: "261073591 / 004417736512")
_YEAR_SERIAL = re.compile(r"^(?:19|20)\d\d[ \t\u00a0]*/[ \t\u00a0]*\d{1,5}$")


def check_account_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    """An account's number after its label: five digits at least, no sum, no date."""
    value = m.group("value")
    end = m.end("value")
    digits = only_digits(value)
    if (not 5 <= len(digits) <= 30 or _DATE.match(value) or MONEY_AFTER.match(text, end) or _SERIAL.match(value)
            or _YEAR_SERIAL.match(value)):
        return None
    return Verdict(m.start("value"), end, f"kontonummer efter '{m.group('label').lower()}'")


# A bank code's label and the code: digits in up to three groups, or India's IFSC (four letters, 0, six more).
_CODE_LABEL = (
    rf"(?i:(?:sort[-]?{_W}?code|blz|bankleitzahl|routing|rtn|aba|transit|institution|inst\.?|bsb|ifsc|ag[eê]ncia|ag\.?"
    # Japanese romanised: 支店 (番号) "shiten (bangō)", a branch
    rf"|branch|filial|shiten"
    # a Swedish clearing number's or a Danish registration number's label, the account's own label after it
    rf"|clearing|cl\.?nr\.?|reg\.?{_W}?nr\.?|regnr\.?)"
    rf"(?:{_W}?(?:number|n[úu]mero|no\.?|nr\.?|n[º°]\.?|nummer|code|bang[oōô]u?|\#))?"
    # the code's abbreviation in brackets after its name: "routing (ABA) 261073591"
    rf"(?:{_SP}*\([A-Za-z./]{{2,12}}\))?)"
)
BANK_CODE = compile_rule(
    rf"""
    (?<![\w])(?P<label>{_CODE_LABEL})(?![\w])
    {_SP}*[:.]?{_GAP}?
    (?P<value>[A-Z]{{4}}0[A-Z0-9]{{6}}|\d{{2,9}}(?:(?:{_SP}|-)\d{{1,3}}){{0,2}})
    (?![\w]|[.,]\d)
    """
)


def check_bank_code(text: str, m: re.Match[str]) -> Verdict | None:
    """A bank's code (sort code, BLZ, routing, IFSC...) written beside an account's label."""
    if MONEY_AFTER.match(text, m.end("value")):
        return None
    # an account after its label near the code (not a ledger's "konto 4010"): the code is written beside an account
    lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 80)
    if not any(check_account_after_label(text, a) for a in ACCOUNT_AFTER_LABEL.finditer(text, lo, hi)):
        return None
    return Verdict(m.start("value"), m.end("value"), f"bankkod ({m.group('label').lower()}) bredvid ett konto")


# A giro's label and its number in any grouping ("BG 8462038", "plusgiro 193 84\n55-1"), the Luhn digit holding.
GIRO_AFTER_LABEL = compile_rule(
    rf"""
    (?<![\w])(?P<label>(?i:(?:bankgiro|bg|plusgiro|postgiro|pg)(?:[.-]?(?:nummer|numret|nr\.?)|{_W}(?:nr\.?|nummer))?))
    (?![\w])
    {_SP}*[:.]?{_GAP}?
    (?P<value>\d+(?:(?:{_SP}|{_SP}*\n{_SP}*|[-\u2010-\u2013])\d+){{0,4}})
    (?![\w]|[.,]\d|[-\u2010-\u2013]\d)
    """
)


def check_giro_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    """A bankgiro (seven or eight digits) or plusgiro (two to eight) after its label, Luhn digit valid."""
    bankgiro = m.group("label").lower().startswith(("bankgiro", "bg"))
    start, end = m.start("value"), m.end("value")
    # the number may have taken a following one ("BG 8462038 2 400 kr"): drop its last groups until the check holds
    while end > start:
        digits = only_digits(text[start:end])
        # a plusgiro without its dash is five digits at least: "PG 18" is a page or a rating
        shortest = 7 if bankgiro else (2 if re.search("[-\u2010-\u2013]", text[start:end]) else 5)
        if shortest <= len(digits) <= 8 and luhn_ok(digits):
            return Verdict(start, end, f"giro efter '{m.group('label').lower()}' + Luhn")
        cut = max(text.rfind(c, start, end) for c in " \t\n\u00a0")
        if cut < 0:
            break
        end = len(text[:cut].rstrip())
    # No check digit holds: a number its label calls a giro is still the holder's, mistyped or misread (the digit is
    # for the payer's machine, not for whom it names), when it has the giro's shape; the longest such lead is taken.
    # Not where the sentence names a body as the giro's holder ("betalas av kommunen via bankgiro"): a private
    # person's or a sole trader's giro is masked, an authority's or a firm's stays for the organisation rules
    if _BODY_BEFORE.search(text, _sentence_start(text, m.start("label")), m.start("label")):
        return None
    end = m.end("value")
    while end > start:
        value = text[start:end]
        if (_BANKGIRO_SHAPE if bankgiro else _PLUSGIRO_SHAPE).match(value):
            return Verdict(start, end, f"giro efter '{m.group('label').lower()}' (kontrollsiffran stämmer inte)", 0.85)
        cut = max(text.rfind(c, start, end) for c in " \t\n\u00a0")
        if cut < 0:
            return None
        end = len(text[:cut].rstrip())
    return None


# a body that holds a giro, named before its label in the sentence: the authority, one of its units, a state agency,
# an association, a foundation or a company ("kommunen via bankgiro", "Skatteverkets bankgiro", "vårt plusgiro")
_BODY_BEFORE = re.compile(r"(?i)(?<![\w-])(?:kommun(?:en|ens)?|region(?:en|ens)?|myndighet(?:en|ens)?|"
                          r"\w*förvaltning(?:en|ens)|länsstyrelse(?:n|ns)?|\w*nämnd(?:en|ens)|\w+verket?s?|stat(?:en|ens)|"
                          r"förening(?:en|ens)?|stiftelse(?:n|ns)?|bolag(?:et|ets)?|vår|vårt|våra|ab|hb|kb)(?![\w-])")
_SENTENCE_STOP = re.compile(r"[.!?](?:[ \t\n]|$)|\n[ \t]*\n")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins, looking back 100 characters at most."""
    lo = max(0, at - 100)
    for stop in _SENTENCE_STOP.finditer(text, lo, at):
        lo = stop.end()
    return lo


# A giro's shape when its check digit fails: a bankgiro's seven or eight digits, its dash before the last four; a
# plusgiro's two to eight digits with the dash before the check digit, or five to eight without ("PG 18" is a page)
_BANKGIRO_SHAPE = re.compile(r"^(?:\d{3,4}[-\u2010-\u2013]\d{4}|\d{7,8})$")
_PLUSGIRO_SHAPE = re.compile(r"^(?:\d{1,2}(?:[ \u00a0]?\d\d){0,3}[-\u2010-\u2013]\d|\d{5,8})$")


# An account in dotted groups: four, two and five digits (the Norwegian writing; a Swedish clearing and account
# written so too).
DOTTED_ACCOUNT = compile_rule(r"(?<![\w.,\-])[1-9]\d{3}\.\d{2}\.\d{5}(?![\w]|[.,]\d)")


_YEAR_MONTH = re.compile(r"^(?:19|20)\d\d\.(?:0[1-9]|1[0-2])\.")


def check_dotted_account(text: str, m: re.Match[str]) -> Verdict | None:
    """The dotted 4.2.5 writing of an account."""
    if _YEAR_MONTH.match(m.group()):
        return None  # "2024.11.20001": a year and a month, a version or a date's serial
    return Verdict(m.start(), m.end(), "kontonummer i punktade grupper (4.2.5)")


# A Canadian account as its cheques print it: the branch's five-digit transit number, the bank's three-digit
# institution number and the account, joined by dashes ("04127-006-3318820"); no Swedish number has this shape.
CANADIAN_ACCOUNT = compile_rule(r"(?<![\w\-\u2010-\u2013+,./])\d{5}[-\u2010-\u2013]\d{3}[-\u2010-\u2013]\d{7,12}"
                            r"(?![\w]|[-\u2010-\u2013.,/]\d)")


def check_canadian_account(text: str, m: re.Match[str]) -> Verdict | None:
    """The transit-institution-account writing of a Canadian account."""
    if MONEY_AFTER.match(text, m.end()):
        return None
    return Verdict(m.start(), m.end(), "kanadensiskt konto (transit-institution-konto)")


# A giro's or an account's word opening a cell of an account column ("bankgiro 812-4406", "Pg: 44 10 22-7"): the kind
# of account, no part of its number
_CELL_ACCOUNT_WORD = re.compile(r"(?i)[ \t]*(?:bankgiro|plusgiro|postgiro|bg|pg|konto(?:nummer|nr\.?)?)[ \t]*[:.]?[ \t]+(?=\d)")


def past_account_word(text: str, start: int, end: int) -> int:
    """Where the number of an account column's cell ``text[start:end]`` begins, past a giro's or an account's word."""
    m = _CELL_ACCOUNT_WORD.match(text, start, end)
    return m.end() if m is not None else start
