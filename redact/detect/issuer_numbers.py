"""A number a landlord, an insurer, a pension fund or a transport firm keeps for one person, written after the
contract's, policy's or card's noun and the issuer's name ("hyreskontrakt Tallbo 31-8842", "tjänstepension med
avtalsnr Vilokassan 55-20418-7", "insurance TRYGGA 72-100394", "busskort hos Länstrafiken LT 4418 2207 5510"), or
after the insured's participle and the insurer ("försäkrad hos Europ Assistance, EA-SE 2207 4418 01"); a clinic's
journal number and a payment service's reference after the record's or the receipt's noun ("journal Evidensia
J-4418220", "kvitto Swish 4418 2207 3301 44").

The issuer's short name (one capitalised word or an acronym) with its number leads to the person as a customer number
does; the noun before it says it is a contract, a policy or a card, so a firm's name followed by a year, a sum or a
case's number by the year ("2027-0465", "KS 2026/118") stays. The issuer written right before the number stands
inside the mark, as the contract writes it; after "hos", "från" or "med" it names the firm and stays readable.

Rules of ``redact.detect.labelled_id`` (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule

# the contract's, policy's or card's noun (Swedish, and English in a mail): a home's lease, a pension's or an
# insurance's contract, a policy, a travel or a library card
_NOUN = (r"(?i:(?:hyres|andrahands|bostads)?kontrakt(?:et)?|hyresavtal(?:et)?|(?:pensions|försäkrings)avtal(?:et)?"
         r"|avtal(?:et|s(?:nummer|numret|nr\.?|-nr\.?))?|\w*försäkring(?:en)?|försäkringsbrev(?:et)?|polis(?:en)?"
         # a customer's, a loan's or a claim's number, which the firm writes after its own name
         r"|(?:kund|lån|låne|skade)(?:nummer|numret|nr\.?|-nr\.?)"
         r"|(?:tjänste)?pension(?:en)?|\w*kort(?:et)?"
         r"|(?:rental[ ])?(?:lease|tenancy|contract)|(?:insurance|pension)(?:[ ]policy)?|policy|(?:bus|travel)[ ]card"
         # a membership of an association, which numbers its members ("medlemskap i Norrby IF NIF-3307")
         r"|medlemskap(?:et)?"
         # a clinic's record of one patient or animal, a payment's receipt: the clinic's journal number, the payment
         # service's reference ("journal Evidensia J-4418220", "kvitto Swish 4418 2207 3301 44")
         r"|\w*journal(?:en|nummer|numret|nr\.?)?|kvitto(?:t)?|receipt)")
# the issuer's short name: a capitalised word or an acronym of three letters at least (two are a series's
# prefix, "HK 26-0412"), a hyphenated part maybe ("X-trafik", "Mimer", "CIGNA")
# (a capitalised word of two letters names an insurer too: "If")
_ISSUER = r"[A-ZÅÄÖ](?:[a-zåäöéüáíóúñç]{1,}|[A-ZÅÄÖ]{2,6}|-[a-zåäö]{3,})(?:-[A-Za-zåäö]{2,})?"
# a firm's name of two or three words ("Ekbacka Städ", "Norra Hyresbolaget", a clinic abroad "Clínica Dental Norte"):
# the further words capitalised too
_ISSUER_TWO = rf"{_ISSUER}(?:[ \t\u00a0]+[A-ZÅÄÖ][a-zåäöéüáíóúñç]{{2,}}){{0,2}}"
# an association a person is a member of, after "i": a name of capitalised words, its kind maybe in small letters
# ("Sörby skytteförening", "Norrby IF", "Ekby Ornitologiska Förening")
_ASSOCIATION = (r"[A-ZÅÄÖ][\w&-]*(?:[ \t\u00a0]*\n?[ \t\u00a0]*(?:[A-ZÅÄÖ][\w&-]*|[a-zåäö]*(?:förening|föreningen|förbund"
                r"|förbundet|klubb|klubben|sällskap|sällskapet|kår|kåren|lag|laget))){0,3}")
# the number: capitals of its series maybe, then digits in groups
_CODE = r"(?:[A-ZÅÄÖ]{1,4}[ -]?)?\d+(?:[- ]\d+){0,4}"
_BETWEEN = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
ISSUER_NUMBER = compile_rule(
    rf"(?<![\w-])(?P<noun>{_NOUN})(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?:(?i:nr\.?|nummer|no\.?)[ \t\u00a0]+)?"
    # the firm after "hos", then what it numbers the person by: "hemförsäkring hos Vardia har nummer Vardia 7730 1185 42"
    # (the firm's name before the number again is the number as the firm writes it, inside the mark)
    rf"(?:(?i:hos|från|med|via)[ \t\u00a0]+(?P<holder>{_ISSUER})[ \t\u00a0]+(?i:har|med|under)[ \t\u00a0]+"
    rf"(?i:nummer|numret|nr\.?){_BETWEEN}(?P<stated>(?:{_ISSUER}[ \t\u00a0]+)?{_CODE})"
    # a member's number after the association's name: "medlemskap i Sörby skytteförening SSF-3307"
    rf"|i[ \t\u00a0]+(?P<club>{_ASSOCIATION})[ \t\u00a0]+(?P<member>{_CODE})"
    rf"|(?i:hos|från|med|via|at|with|from)[ \t\u00a0]+(?P<firm>{_ISSUER})[ \t\u00a0]+(?P<bare>{_CODE})"
    # the firm's kind, then its name right before the number: "hos banken Nordvik K-441 220 07" (the name as the
    # firm writes the number, inside the mark)
    rf"|(?i:hos|från|med|via)[ \t\u00a0]+(?P<kind>[a-zåäö]{{3,}}(?:en|et|n))[ \t\u00a0]+"
    rf"(?P<named>(?P<owner>{_ISSUER})[ \t\u00a0]+{_CODE})"
    rf"|(?P<value>(?P<issuer>{_ISSUER_TWO})[ \t\u00a0]+{_CODE}))(?![\w/]|[-.,:/]\d)"
)
# the words a capital may stand for that are no issuer: a label's own, a month's, a weekday's
_NO_ISSUER = re.compile(r"(?i)^(?:nr|nummer|no|dnr|ref|id|avtal|kontrakt|kort|år|kl|tel|den|jan|feb|mar|apr|maj|jun|"
                        r"jul|aug|sep|sept|okt|nov|dec|januari|februari|mars|april|juni|juli|augusti|september|oktober|"
                        r"november|december|vecka|sida|bilaga|kap|paragraf|lgh|rum|box|kontonr|bg|pg|sek|kr|eur)$")
_YEAR_SERIAL = re.compile(r"^(?:[A-ZÅÄÖ]{1,4}[ -]?)?(?:19|20)\d\d(?:[-/ ]\d+)?$|^\d{1,4}/\d+$")


# a code whose series' capitals are joined to its digits by a dash ("ES-5518", "SSF-3307"): a register's own shape,
# which four digits make no year, sum or count
_DASHED_CODE = re.compile(r"^[A-ZÅÄÖ]{1,4}-\d{4,}$")


def _check_issuer_number(text: str, m: re.Match[str]) -> Verdict | None:
    """The issuer's name and its number for the person, or the number alone after "hos"/"från" or an association's
    name; not a year, a sum or a case's number by the year."""
    issuer = m.group("issuer") or m.group("owner") or m.group("firm") or m.group("holder") or m.group("club")
    whole = "value" if m.group("value") else "named" if m.group("named") else None
    bare = "stated" if m.group("stated") else "member" if m.group("member") else "bare"
    start, end = (m.start(whole), m.end(whole)) if whole else (m.start(bare), m.end(bare))
    code = text[start + len(issuer):end].strip() if whole else m.group(bare)
    if bare == "stated" and code.startswith(issuer):
        code = code[len(issuer):].strip()
    if _NO_ISSUER.match(issuer.split()[0]) or (bare == "member") != m.group("noun").lower().startswith("medlemskap"):
        return None  # (an association's name before a member's number, and only there)
    if sum(c.isdigit() for c in code) < (4 if _DASHED_CODE.match(code) else 6):
        return None
    if _YEAR_SERIAL.match(code) or MONEY_AFTER.match(text, end):
        return None
    return Verdict(start, end, "nummer som hyresvärd, försäkringsbolag eller kortutgivare gett en person")


# the insured person or thing, the insurer named after "hos" in up to three words, then a comma or "med" and the
# policy's number: "han är försäkrad hos Europ Assistance, EA-SE 2207 4418 01", "stugan är försäkrad hos
# Länsförsäkringar Norrbotten, LFN-FH 441822-07" (the sentence says whose; the number is the insurer's for that
# person, the series' letters in two parts maybe, inside the mark)
INSURED_AT = compile_rule(
    rf"(?<![\w-])(?i:försäkrad|försäkrade|försäkrat|insured)[ \t\u00a0]+(?i:hos|i|via|with|by)[ \t\u00a0]+"
    rf"(?P<firm>{_ISSUER}(?:[ \t\u00a0]+(?:{_ISSUER}|&)){{0,2}})(?:[ \t\u00a0]*,|[ \t\u00a0]+(?i:med|under|nr\.?|nummer))"
    rf"{_BETWEEN}(?P<value>(?:[A-ZÅÄÖ]{{1,4}}-[A-ZÅÄÖ]{{1,4}}[ -]?)?{_CODE})(?![\w/]|[-.,:/]\d)"
)


def _check_insured_at(text: str, m: re.Match[str]) -> Verdict | None:
    """The policy's number after the insurer's name; not a year, a sum or a case's number by the year."""
    code = m.group("value")
    if _NO_ISSUER.match(m.group("firm").split()[0]) or _YEAR_SERIAL.match(code) or MONEY_AFTER.match(text, m.end()):
        return None
    if sum(c.isdigit() for c in code) < (4 if _DASHED_CODE.match(code) else 6):
        return None
    return Verdict(m.start("value"), m.end("value"), f"försäkringsnummer hos {m.group('firm')}")


# a loyalty club's card: the chain's name (a branch's figure maybe: "Apotek 3"), the club's word and the card's number
# in groups ("Kronapoteket Klubb 5031 7720 4418", "Apotek 3 Klubb 5031 7720 4418"): the club's word says the number
# is one member's, so the mark runs from the chain's name, as the card writes it
LOYALTY_CARD = compile_rule(
    rf"(?<![\w-])(?P<value>(?P<chain>{_ISSUER})(?:[ \t\u00a0]+(?:{_ISSUER}|\d{{1,2}})){{0,2}}[ \t\u00a0]+"
    r"(?i:klubb|klubben|club|bonus|förmån|förmånskort|medlemskort)[ \t\u00a0]+"
    r"(?P<number>\d{3,4}(?:[ \u00a0]?\d{2,4}){2,4}))(?![\w/]|[-.,:/]\d)"
)
_LEAST_CARD_DIGITS = 10


def _check_loyalty_card(text: str, m: re.Match[str]) -> Verdict | None:
    """A club card's number of ten digits or more after the chain's name and the club's word; not a sum."""
    if _NO_ISSUER.match(m.group("chain")) or MONEY_AFTER.match(text, m.end()):
        return None
    if sum(c.isdigit() for c in m.group("number")) < _LEAST_CARD_DIGITS:
        return None
    return Verdict(m.start("value"), m.end("value"), "kundklubbens kortnummer med kedjans namn")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("number_after_issuer", ISSUER_NUMBER, score=0.8, check=_check_issuer_number,
              needs=("kontrakt", "avtal", "kund", "lån", "skade", "försäkr", "polis", "pension", "kort", "lease",
                     "tenancy", "contract", "insurance", "policy", "card", "medlemskap", "journal", "kvitto",
                     "receipt")),
         Rule("policy_after_insurer", INSURED_AT, score=0.8, check=_check_insured_at, needs=("försäkra", "insured")),
         Rule("loyalty_card", LOYALTY_CARD, score=0.8, check=_check_loyalty_card,
              needs=("klubb", "club", "bonus", "förmån", "medlemskort")))
