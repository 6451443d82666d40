"""An organisation's own file number for a private person, written after the organisation's name with the
organisation's letters as its prefix ("Familjehjälpen Norr FHN 31-5520", "Adoptia AD-31-5520").

An association, a foundation or a firm that handles people's matters (an adoption organisation, a relief
organisation, a union) files each person under a number its own letters open, and the register quotes the
organisation's name and the number together: the number leads to the person, and the name says among whose files, so
the mark runs from the name as the register writes it. The prefix's letters must abbreviate the name (its first
letter the name's, the rest in the name's order), which a word before a number seldom does by chance. A body's own
case number stays: a body in the definite form ("Försäkringskassan FK …"), a region, a municipality or a country
named before its letters, a diary number with its year ("SKS 2027/4418", "KS 2027-0412") and a postal code.
Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.common_nouns import label_noun
from redact.detect.firm_labelled_numbers import BODY_WORD, fills_line, no_firm_in_cell
from redact.detect.makers_before_numbers import DEFINITE_FORM, no_maker
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöéü]*)?"
ORGANISATION_CODE = compile_rule(
    rf"""
    (?<![\w&.-])(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,3}})[ \u00a0]+
    (?P<code>(?P<letters>[A-ZÅÄÖ]{{2,5}})[ \u00a0-]?(?P<digits>\d+(?:[ \u00a0-]\d+){{0,3}}))
    (?![\w/]|[-.,:/]\d)
    """
)
# a body's name in the definite form ("Försäkringskassan", "Skatteverket")
_DEFINITE_BODY = re.compile(r"(?:en|et|an|na|ns|ens|ets|ans)$")
# a document's or a record's noun ending a word: the number's label ("Upphittarkvitto UK-…", "Tillstånd T-…")
# (and a thing's that holds the number: a cash box, an account, a bag, "Kontantkassa KK …", "Loomis-värdepåse LS …")
_DOCUMENT_WORD = re.compile(r"(?i)(?:kvitto|kvittot|bevis|beviset|intyg|intyget|certifikat|certifikatet|tillstånd"
                            r"|tillståndet|licens|licensen|akt|akten|kort|kortet|nummer|numret|nr|id|kod|koden"
                            r"|beteckning|beteckningen|signum|märkning|märkningen|referens|referensen"
                            r"|kassa|kassan|konto|kontot|påse|påsen|väska|väskan|box|boxen|fack|facket|skåp|skåpet)$")
# a year before a dash: a diary number of the year ("KS 2027-0412"); a postal code ("SE-123 45")
_NO_CODE = re.compile(r"^(?:19|20)\d\d(?:[-\u00a0 ]|$)|^\d{3}[ \u00a0]\d{2}$")
# a preposition naming where the number is held, before the organisation's name
_HOLDER_BEFORE = re.compile(r"(?i)(?<![\w-])(?:i|hos|vid|från|med|via|at|with)[ \t\u00a0]+$")
# a country's letters glued to a firm's number: a VAT number ("SE556677889901"), the firm's own
_VAT = re.compile(r"^[A-Z]{2}\d{8,12}$")


def abbreviates(letters: str, name: str) -> bool:
    """True when ``letters`` abbreviate ``name``: its first letter the name's, the others in the name's order."""
    low, at = name.casefold(), 0
    if not low or letters[:1].casefold() != low[0]:
        return False
    for c in letters.casefold()[1:]:
        at = low.find(c, at + 1)
        if at < 0:
            return False
    return True


def _named_kind(text: str, words: list[re.Match[str]], i: int, base: int) -> bool:
    """True when the name's first word is its kind in the definite form and a name of its own follows
    ("Familjehjälpen Norr"): an organisation's name, which a body alone in the definite form is not."""
    return (i + 1 < len(words) and DEFINITE_FORM.search(words[i].group()) is not None
            and not no_maker(text, base + words[i + 1].start(), words[i + 1].group()))


def _check_organisation_code(text: str, m: re.Match[str]) -> Verdict | None:
    """The organisation's name and its file number, from the last words of the name the prefix abbreviates."""
    digits = m.group("digits")
    if sum(c.isdigit() for c in digits) < 4 or _NO_CODE.match(digits) or _VAT.match(m.group("code")):
        return None
    words = list(re.finditer(r"\S+", m.group("name")))
    for i in range(len(words) - 1, -1, -1):
        name = " ".join(w.group() for w in words[i:])
        if not abbreviates(m.group("letters"), name):
            continue
        if m.group("letters").casefold() == name.casefold():
            return None  # the name is its letters ("Kela KELA 0207 4418"): a body's own number, the letters enough
        at = m.start("name") + words[i].start()
        if any(label_noun(w.group()) or _DOCUMENT_WORD.search(w.group()) for w in words[i:]):
            return None  # the number's own label, its letters the label's ("Djurhållarnummer DHN …")
        if len(words) - i == 1 and _DEFINITE_BODY.search(name) or BODY_WORD.match(words[i].group()):
            return None
        if fills_line(text, at, m.end()) and i == 0:
            if no_firm_in_cell(words[i].group(), text):
                return None  # a cell's first word: the word before it ends another cell, no sentence
        elif no_maker(text, at, words[i].group()) and not _named_kind(text, words, i, m.start("name")):
            return None
        if _HOLDER_BEFORE.search(text, max(0, at - 8), at):
            # "medlemskapet i Norrby Golfklubb NGK-…": the sentence names where the number is held, the name stays
            return Verdict(m.start("code"), m.end("code"), "organisationens eget aktnummer för en person")
        return Verdict(at, m.end("code"), "organisationens eget aktnummer för en person")
    return None


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("file_number_after_organisation", ORGANISATION_CODE, score=0.8, check=_check_organisation_code,
              gate=rule_regex(r"[a-zåäö][ \u00a0]+[A-ZÅÄÖ]{2,5}[ \u00a0-]?\d")),)
