"""A firm's or a maker's name, what the number is of in small letters and the number, filling a table's cell: a
pension provider's number by its own word ("Nordpens tjänstepension nr 5520918-3", "Caixa pensión nr 12/5520918-04",
"Vandel pensioen nr 552091833"), a carrier's parcel ("Fraktia sändning 552091831207"), an insurer's claim ("Trygga
skadenummer 5520918-27"), a glazier's work order ("Glasab arbetsorder GL-552091"), a payment service's reference
("Payza betalning 5E5520918B"), a grid's facility ("Norrkraft anläggnings-id 735999552091830122"), a device or an
aid and its serial ("Vakta trygghetslarm nr TL-552091"), a maker and its model before "nr" ("Mätab+Co E520 nr
55209183").

A register of people's dealings lists, in a column, the firm that holds each person's number and what the number is
of, in whatever words the firm uses; the cell holds nothing else, so any word in small letters may name the kind (see
``firm_kind_numbers`` for the kinds a sentence quotes, ``firm_labelled_numbers`` for a label right after the firm).
A word that is no firm's (a body, a body in the definite form, a pronoun, a common noun the page writes in small
letters) and a number shaped like a year, a date or a case's number by its year stay out; the number has five digits
or more. Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.bank_names import bank_name
from redact.detect.firm_labelled_numbers import (_LABEL, _WORD, BODY_WORD, DOMAIN_FIRM, fills_line, firm_start,
                                                 no_firm_in_cell)
from redact.detect.makers_before_numbers import DEFINITE_FORM, POSSESSIVES
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# a word of the firm's name: the labelled rule's, or a web firm's name with its domain ("Resia.com")
_FIRM_WORD = DOMAIN_FIRM + "|" + _WORD
# what the number is of, in small letters, a hyphened label's part maybe ("anläggnings-id"), a foreign word's
# accents ("pensión"); a noun of three letters ("rör", "kort") only with a label after it (see ``_check_cell``)
_NOUN = r"[a-zåäöæøéèáíóúñçü][a-zåäöæøéèáíóúñçüß]{2,}(?:-[a-zåäö]{2,})?"
# a noun that short with no label after it is as often a sentence's small word ("har", "fick") as a thing's
_SHORT_NOUN = 3
_BARE = r"(?:nr|no|nummer|id)\.?"
# the number: capitals and digits in one piece, dashed or slashed, a series' letters before it maybe; digit groups
# apart by spaces only after an account's word (see ``_WALLET_ACCOUNT``)
_SERIAL = r"(?=[A-Z\d/-]*\d)[A-Z\d]+(?:[-/][A-Z\d]+){0,3}(?:[ \u00a0]\d{2,}){0,3}"
_CELL = compile_rule(
    rf"""
    (?<![\w&.+-])(?P<firm>(?:{_FIRM_WORD})(?:[ \u00a0]+(?:{_FIRM_WORD})){{0,3}})
    (?:[ \u00a0]+(?P<noun>{_NOUN}))?(?(noun)(?:[ \u00a0]+(?P<label>(?i:{_LABEL})|{_BARE}))?
                                          |[ \u00a0]+(?:(?P<bare>{_BARE})|(?P<own>(?i:{_LABEL}))))
    [ \u00a0]*:?[ \u00a0]*
    (?P<number>{_SERIAL})
    (?![\w/:]|[-.,/]\d)
    """
)
# a year, a date, a case's number by its year ("2027-4418", "4418-27", "27/4418", "15/8/1961")
_NO_NUMBER = re.compile(r"^(?:[A-Z]{1,4}[-/]?)?(?:(?:19|20)\d\d(?:[-/]\d+)*|\d{1,5}-\d\d|\d\d/\d{1,5})$"
                        r"|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$")
# a model's coded word: a capital and a digit ("E520", "TLP10")
_CODED = re.compile(r"(?=\S*\d)(?=\S*[A-Z])\S+")


# a body's name in the definite form ("Försäkringskassan", "Skatteverket", "Kronofogden")
_BODY_FORM = re.compile(r"(?:en|et|an|na|ns|ens|ets|ans)$")
# a body's or a court's own matter: its case, its decision, its judgment, its diary
_CASE_NOUN = re.compile(r"(?i)(?:ärende|ärendet|ärendenummer|ärendenr|diarienummer|diarienr|dnr|mål|målet|målnummer"
                        r"|beslut|beslutet|dom|domen|protokoll|protokollet|akt|akten)")
# an account's noun ("personkonto", "sparkonto", "bankgiro")
_ACCOUNT_NOUN = re.compile(r"(?i)konto|kontot|giro")
# the account's own word after a firm that is no bank ("Skolia konto 4410 2281", "Paylo kontonr 5521 0417"): a payment
# service's or an e-wallet's account of one customer, the firm's name part of what identifies it (a bank's account
# is the account rules' alone)
_WALLET_ACCOUNT = re.compile(r"(?i)konto|kontot|kontonr\.?|kontonummer|kontonumret")
# a customer's, a member's label or an order's: a number a firm or a society gives a person, never a body's case
_PERSONS_LABEL = re.compile(r"(?i)(?:kund|medl|order)")


# a firm of craftsmen or inspectors named by its trade in the plural's definite form ("Glasmästarna", "Husbesiktarna",
# "Urmakarna": the glaziers, the house inspectors, the watchmakers): an agent noun's "-are" made "-arna"; no body names
# itself so, and a common noun the page writes in small letters too ("makarna") is no firm's
_TRADE_FIRM = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}arna$")


def _firm_by_its_trade(m: re.Match[str], text: str) -> bool:
    """True when the cell opens with one word, a trade's agent noun in the plural's definite form, no common noun of
    the page: a firm named by its trade ("Husbesiktarna protokoll 4479/7")."""
    words = m.group("firm").split()
    return len(words) == 1 and _TRADE_FIRM.match(words[0]) is not None and not no_firm_in_cell(words[0], text)


def _firm_by_its_noun(m: re.Match[str]) -> bool:
    """True when the cell opens with one word in the definite form, no body's, before a customer's, a member's or an
    order's label: a firm or a society named by its noun ("Apoteket", "Flyttpoolen", "Seglarsällskapet")."""
    words = m.group("firm").split()
    noun = m.group("noun") or ""
    label = m.group("label") or m.group("own") or (noun if re.fullmatch(_LABEL, noun, re.I) else "")
    return (len(words) == 1 and DEFINITE_FORM.search(words[0]) is not None and not BODY_WORD.match(words[0])
            and words[0].casefold() not in POSSESSIVES and _PERSONS_LABEL.match(label) is not None)


def _check_cell(text: str, m: re.Match[str]) -> Verdict | None:
    """The firm's name, the noun, the label and the number, where the run fills its cell."""
    number = m.group("number")
    if sum(c.isdigit() for c in number) < 5 or _NO_NUMBER.match(number):
        return None
    if not fills_line(text, m.start(), m.end()) or ":" in text[m.end("firm"):m.start("number")]:
        return None  # (a colon ends a field's label: "Passport number: …" names no firm)
    if m.group("bare") and not any(_CODED.fullmatch(w) for w in m.group("firm").split()[1:]):
        return None  # "Faktura nr F55209": a label and its number; a maker's own is written with its model
    if len(m.group("noun") or "....") <= _SHORT_NOUN and not m.group("label"):
        return None  # "Agda har 5520918": a short word alone before the number names no thing
    trade = _firm_by_its_trade(m, text)
    if _CASE_NOUN.fullmatch(m.group("noun") or "") and not trade:
        return None  # "Norrby tingsrätt beslut 55209": a body's own matter (a trade's firm's protocol is its own)
    wallet = _WALLET_ACCOUNT.fullmatch(m.group("noun") or "") is not None and not bank_name(m.group("firm"))
    if " " in number.replace("\u00a0", " ") and not wallet:
        return None  # digit groups apart by spaces: an account's or a telephone's, not a firm's code
    if (_ACCOUNT_NOUN.search(m.group("noun") or "") and not wallet) or bank_name(m.group("firm")):
        return None  # "Norrbanken personkonto 3300-…": an account's cell, its number the account rules' alone
    words = m.group("firm").split()
    if len(words) == 1 and _BODY_FORM.search(words[0]):
        # a body named in the definite form ("Försäkringskassan ärende …") is no firm; a firm or a society named by
        # its noun gives a person a customer's, a member's or an order's number
        start = m.start("firm") if _firm_by_its_noun(m) or trade else None
    else:
        start = firm_start(text, m, named_by_kind=False)
    if start is None:
        return None
    return Verdict(start, m.end("number"), "företagets namn, vad numret gäller och numret i en tabells cell")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("number_after_firm_and_noun_in_a_cell", _CELL, score=0.8, check=_check_cell,
              gate=rule_regex(r"(?m)^[ \t\u00a0]*[A-ZÅÄÖÆØÉÜ][^\n]{1,60}?[ \u00a0][A-Z\d/-]*\d{2}[A-Z\d/-]*[ \t\u00a0.]*$")),)
