"""The numbers of one person's own report, claim or permit, which name no label of their own.

* A police report's number, the K-number ("polisanmälan 5000-K1183422-26": the police unit, "K", a serial and the
  year): it names the crime's victim or whoever reported it. With the unit before it the shape is the police's
  alone; without it ("K 84412-25") a word of the police or a report must stand before it.
* A damage claim's number ("har en skadeanmälan hos kommunen med nr SK-2026-0144", "skadades och har ärende
  SKADA-2026-88"): the claim of the one who was hurt or whose things were damaged. It has the shape of the
  authority's own case number, and the authority's case stays readable everywhere else: here the claim's words
  right before it say whose it is. A diary number with a slash ("KS 2026/118") is the authority's case however
  it is named.
* A permit or licence a person holds, numbered in a national register ("har tillstånd nr TS-DRN-2026-44871"): the
  issuer's letters and a serial of five digits or more, or two groups of letters, after a verb of holding. The
  authority's own permits ("Tillståndsnr PT-2019-118") have the case's short serial and stay.
* A case of the person's at another authority, written in running text with that authority's year-last shape
  ("beviljades bidrag med ärendenummer LST 507-4418-2024", a county board's "NNN-NNNN-YYYY"): the municipality
  writes its own case with the year first ("KS 2026/118", "KS-2026-0118"), and a heading's "Dnr" stays.
* An invoice or a reminder sent to a person, its number in running text ("har fått en betalningspåminnelse,
  fakturanummer F 2026-118 407"): a reminder's or a debt's word or a possessive before it in the sentence says
  whose; a supplier's invoice to the authority ("Faktura 1187 från ...", a heading's "Fakturanummer") stays.

Rules of ``redact.detect.labelled_id`` (reported as ID_NUMBER); the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the police unit's four digits, "K", the report's serial and the year's last two digits
POLICE_REPORT = compile_rule(
    r"(?<![\w/-])(?P<value>(?P<unit>\d{4}-)?K[ \u00a0-]?\d{4,8}-\d{2})(?![\w-]|[.,/]\d)"
)
_POLICE_CUE = re.compile(r"(?i)polis|anmäl|brott|k-nummer|k-nr")
_CUE_BEFORE = 80


def _check_police_report(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("unit") is None and not _POLICE_CUE.search(text, max(0, m.start() - _CUE_BEFORE), m.start()):
        return None  # "K 84412-25" alone may be any code; the police's unit or a report's word makes it one
    return Verdict(m.start("value"), m.end("value"), "polisanmälans nummer (K-nummer)")


# The code itself: letters (one to three groups of them) and digits with dashes, or digits in dashed groups.
_CODE = (r"(?P<value>(?:[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,6}){0,2}[- \u00a0]?)?\d{2,8}(?:-\d{1,8}){0,3})"
         r"(?![\w/]|[-.,:]\d)")
# a damage claim named by its noun, then (within the clause) its number: "skadeanmälan hos kommunen med nr …",
# "skadeärendet SK-2026-0144"; or the one hurt, then the case they have: "skadades och har ärende …"
DAMAGE_CLAIM = compile_rule(
    rf"""
    (?<![\w-])
    (?:(?i:skadeanmälan|skadeanmälningen|skadeärende|skadeärendet|skadeståndsanspråk|skadeståndsanspråket|
           skadeståndsärende|skadeståndsärendet)
       (?:[ \t\u00a0]+(?:hos|till|vid|i)[ \t\u00a0]+[\wåäöÅÄÖ-]+(?:[ \t\u00a0]+[\wåäöÅÄÖ-]+)?)?
       (?:[ \t\u00a0\n]+(?:(?i:med|har|fick|fått|under)[ \t\u00a0\n]+)?(?i:nr\.?|nummer|numret|ärendenummer))?
       [ \t\u00a0]*:?[ \t\u00a0\n]*
     |(?i:skadades|skadats|skadade[ \t]+sig|skadat[ \t]+sig|skadad|skadade)
       [ \t\u00a0\n]+och[ \t\u00a0\n]+(?i:har|fick|har[ \t]+fått)[ \t\u00a0\n]+(?:ett[ \t\u00a0\n]+)?
       (?i:ärende|ärendenummer|ärendenr\.?|skadenummer|nr\.?|nummer)[ \t\u00a0]*:?[ \t\u00a0\n]*)
    {_CODE}
    """
)
_NOT_A_CLAIM_CODE = re.compile(r"^(?:\d{4}-\d\d-\d\d|(?:19|20)\d\d|\d{1,2}-\d{1,2})$")
# a sum after the claim's words, maybe in groups of three ("skadeståndsanspråk 120 000 kr")
_MONEY_AFTER = re.compile(r"(?:[ \u00a0]\d{3})*[ \u00a0]*(?:kr\b|kronor|sek\b|:-|%)|[ \u00a0]\d{3}(?!\d)", re.IGNORECASE)


def _check_damage_claim(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = sum(c.isdigit() for c in value)
    if digits < 3 or _NOT_A_CLAIM_CODE.match(value) or _MONEY_AFTER.match(text, m.end("value")):
        return None  # a date, a year or a sum after the claim's words
    return Verdict(m.start("value"), m.end("value"), "skadeanmälans nummer")


# A verb of holding, the permit, its number: "har tillstånd nr TS-DRN-2026-44871", "fick licens LIC-55871".
HELD_PERMIT = compile_rule(
    r"""
    (?<![\w-])(?i:har|hade|fick|fått|innehar|innehade|beviljats|beviljades)[ \t\u00a0]+(?:(?i:ett|en)[ \t\u00a0]+)?
    (?i:tillstånd|tillståndet|licens|licensen|certifikat|certifikatet)
    (?:[ \t\u00a0]+(?i:nr\.?|nummer|med[ \t\u00a0]+nr\.?|med[ \t\u00a0]+nummer))?[ \t\u00a0]*:?[ \t\u00a0\n]*
    (?P<value>(?P<letters>[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,6}){0,2})[- \u00a0]?\d{1,8}(?:-\d{1,8}){0,3})
    (?![\w/]|[-.,:]\d)
    """
)


def _check_held_permit(text: str, m: re.Match[str]) -> Verdict | None:
    groups = re.findall(r"\d+", m.group("value"))
    if "-" not in m.group("letters") and max(len(g) for g in groups) < 5:
        return None  # "PT-2019-118": the short serial of a case, as the authority numbers its own permits
    return Verdict(m.start("value"), m.end("value"), "nummer på tillstånd som en person har")


# a lowercase word of the sentence right before the label, on its line or ending the line before (a sentence
# wrapped): running text, not a heading's or a form's label
_PROSE_BEFORE = re.compile(r"(?<![\w-])[a-zåäö]+,?[ \t\u00a0]*\n?[ \t\u00a0]*$")


def _in_prose(text: str, at: int) -> bool:
    """True when a lowercase word of running text stands right before ``at``."""
    return at > 0 and not text[at - 1].isalnum() and _PROSE_BEFORE.search(text, max(0, at - 40), at) is not None


# the case label in small letters, then the code: letters, two or three groups of digits and the year last
YEAR_LAST_CASE = compile_rule(
    r"""
    (?<![\w-])(?:ärendenummer|ärendenumret|ärendenr\.?|ärende|diarienummer|diarienumret|dnr\.?)
    [ \t\u00a0]*:?[ \t\u00a0\n]*
    (?P<value>(?:[A-ZÅÄÖ]{1,6}[ \u00a0-])?\d{1,6}(?:-\d{1,6}){1,2}-(?:19|20)\d\d)
    (?![\w/-]|[.,]\d)
    """
)


def _check_year_last_case(text: str, m: re.Match[str]) -> Verdict | None:
    if not _in_prose(text, m.start()):
        return None  # "Dnr 507-4418-2024" heading the authority's own decision
    return Verdict(m.start("value"), m.end("value"), "ärendenummer hos en annan myndighet (året sist)")


# an invoice's number after its label in small letters
PERSONS_INVOICE = compile_rule(
    r"""
    (?<![\w-])(?:fakturanummer|fakturanumret|fakturanr\.?|faktura[ \t\u00a0]+nr\.?|fakturans[ \t\u00a0]+nummer)
    [ \t\u00a0]*:?[ \t\u00a0\n]*
    (?P<value>(?:[A-ZÅÄÖ]{1,3}[ \u00a0-]?)?\d+(?:[ \u00a0/-]\d+){0,3})
    (?![\w/-]|[.,]\d)
    """
)
# a reminder, a debt or a possessive: the invoice is one a person got or owes
_PERSONS_DEBT = re.compile(r"(?i)påminnelse|inkasso|kravbrev|skuld|obetald"
                           r"|(?<![\w-])(?:hans|hennes|hens|deras|sin|sitt|sina)(?![\w-])")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]+[A-ZÅÄÖ]")


def _check_persons_invoice(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if (sum(c.isdigit() for c in value) < 5 or _MONEY_AFTER.match(text, m.end("value"))
            or not _in_prose(text, m.start())):
        return None
    before = text[max(0, m.start() - 120):m.start()]
    cut = list(_SENTENCE_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end() - 1:]
    if not _PERSONS_DEBT.search(before):
        return None  # "skickade fakturanummer 2026-118 till kommunen": a supplier's invoice
    return Verdict(m.start("value"), m.end("value"), "nummer på en faktura till en person")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer (one recognizer per category).
RULES = (
    Rule("police_report_number", POLICE_REPORT, score=0.8, check=_check_police_report,
         gate=rule_regex(r"K[ \u00a0-]?\d{4,8}-\d\d")),
    Rule("damage_claim_number", DAMAGE_CLAIM, score=0.8, check=_check_damage_claim, needs=("skad",)),
    Rule("held_permit_number", HELD_PERMIT, score=0.8, check=_check_held_permit,
         needs=("tillstånd", "licens", "certifikat")),
    Rule("year_last_case_number", YEAR_LAST_CASE, score=0.8, check=_check_year_last_case,
         needs=("ärende", "diarienum", "dnr")),
    Rule("persons_invoice_number", PERSONS_INVOICE, score=0.8, check=_check_persons_invoice,
         needs=("faktura",)),
)
