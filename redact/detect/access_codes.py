"""The codes of what opens one person's door: an access tag's or card's chip code ("04A7 19C2"), a home's door,
gate, key box or alarm code ("portkod 4719", "nyckelskåpet har kod X7-2290"), a personal code of letters and digits
that opens one person's card, account or app ("med koden KT-4R8X-1176"), and a key's, a key fob's or an access
card's own number ("nyckelbricka till grinden KB 0318-22"). Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

#: A sum's or a share's unit after a number ("4 500 kr", "25 %", "3 kap."): no code.
MONEY_AFTER = re.compile(r"[ \u00a0]*(?:kr\b|kronor|sek\b|:-|euro|eur\b|%|§|kap\b)", re.IGNORECASE)
# the rest of a sum whose first digits a number before it took over a line end ("…558-3\n6" / " 200,00 kr"): its
# groups of three, its öre, its currency
SUM_GOES_ON = re.compile(r"(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \u00a0]*(?:kr\b|kronor|sek\b|:-|euro|eur\b)", re.IGNORECASE)

# An access tag's or card's chip code: two groups of four hexadecimal characters ("04A7 19C2"), with a
# letter and a digit, on a page about tags, cards or keys. Each code opens a door for one person.
# A chip's code may be written as bytes with colons ("04:A7:19:C2"), the way a reader shows it.
_TAG_CODE = compile_rule(r"(?<![\w\-/.:])(?P<value>[0-9A-F]{4}[ \u00a0][0-9A-F]{4}|[0-9A-F]{2}(?::[0-9A-F]{2}){3,7})"
                     r"(?![\w\-/:]|[.,]\w)")


def _check_tag_code(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if not any(c.isdigit() for c in v) or not any(c.isalpha() for c in v):
        return None  # "0652 7140" is a number, "FACE BEAD" a word
    return Verdict(m.start("value"), m.end("value"), "kod för passertagg eller kort")



# The code that opens a home's door, gate, key box or alarm ("portkod 4719", "nyckelskåpet har kod X7-2290",
# "larmkoden är 55 18"): it lets anyone into one person's home. Codes of public premises are named so too but
# are no one's secret once disclosed; a home's code is.
_DOOR_CODE = compile_rule(
    r"(?<![\w-])(?i:(?:port|dörr|entré|grind|lås|larm|nyckel|nyckelskåps|kodlås|boxens|boxen)(?:kod|koden)"
    r"|(?:port|portar|porten|dörr|dörren|grinden|nyckelskåp|nyckelskåpet|nyckelboxen|larmet)[ \t]+(?:har|med)[ \t]+(?:kod|koden))"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?:är|var|blir)[ \t]+|[ \t]+)"
    r"(?P<value>(?:[A-Z]{1,2}\d?-?)?\d{2,6}(?:[ -]\d{2,4})?)(?![\w\-/]|[.,]\d)"
)


def _check_door_code(text: str, m: re.Match[str]) -> Verdict | None:
    if sum(c.isdigit() for c in m.group("value")) < 3 or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "kod till en bostads port, dörr, nyckelskåp eller larm")


# "… har kod 2580", "… öppnas med koden 44-71": a code that a sentence about a key, a key box, a door, a gate
# or an alarm gives, however far its noun stands ("Nyckelgömman hos … vid Lilla Torget 2 har kod 2580").
_SENTENCE_CODE = compile_rule(
    r"(?<![\w-])(?:har|med|är|fick|får|använder)[ \t]+(?i:kod|koden|koderna|pinkod|pinkoden)(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<value>(?:[A-Z]{1,2}\d?-?)?\d{2,6}(?:[ -]\d{2,4})?)(?![\w\-/]|[.,]\d)"
)
_KEY_WORDS = re.compile(r"(?i)nyckel|nycklar|gömm|box|skåp|dörr|port|grind|larm|lås|entré|tagg|bricka|trapphus")


def _check_sentence_code(text: str, m: re.Match[str]) -> Verdict | None:
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 160)
    if not _KEY_WORDS.search(text, start, m.start()):
        return None  # "kursen har kod 4410": a code of something no one lives behind
    return _check_door_code(text, m)


# A personal code given to one person to open their card, account or app ("ladda ned kortet med koden
# KT-4R8X-1176", "aktiveringskod: 9XK2-77QP"): a code of random letters and digits, one group at least mixing both,
# after the word "kod" (or an activation's, a login's or a one-time code's). A course's, a product's or a discount's
# code is no one's key, and a code of letters or digits alone is a plain number or an abbreviation.
_PERSONAL_CODE = compile_rule(
    r"(?<![\w-])(?i:(?:aktiverings|inloggnings|engångs|verifierings|bekräftelse|säkerhets|registrerings|"
    r"personlig[ \t]+|app)?kod(?:en)?)(?:[ \t]*:[ \t]*|[ \t]+(?:är|var|blir)[ \t]+|[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<value>[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,4}|[A-Z0-9]{7,16})(?![\w\-/]|[.,]\w)"
)
_MIXED_GROUP = re.compile(r"(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{3,}")


def _check_personal_code(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if not any(_MIXED_GROUP.fullmatch(g) for g in v.split("-")) or sum(c.isdigit() for c in v) < 3:
        return None  # "KS-2026", "ABC-DEF": a case's or a unit's code, no random key
    return Verdict(m.start("value"), m.end("value"), "personlig kod till ett kort, ett konto eller en app")


# A key's, a key fob's or an access card's own number that a landlord, a harbour or a club hands one person ("nyckelbricka
# till grinden NB 0447-18", "passerkort nr 20418", "nyckel 4471"): the register of keys ties it to its holder. The thing
# the key opens may be named between ("till grinden", "för förrådet"); four digits at least, so that "nyckel 2" of a
# list or a count stays.
_KEY_NUMBER = compile_rule(
    r"(?<![\w-])(?i:nyckelbricka|nyckelbrickan|nyckelbrickor|passerbricka|passerbrickan|passertagg|passertaggen|"
    r"nyckeltagg|nyckeltaggen|nyckelkort|nyckelkortet|passerkort|passerkortet|nyckel|nyckeln|nyckelnummer|nyckelnr\.?)"
    r"(?:[ \t]+(?i:till|för)[ \t]+[a-zåäö]+)?(?:[ \t]+(?i:nr\.?|nummer|har|med))?(?:[ \t]*:)?[ \t]+"
    r"(?P<value>[A-Z]{1,3}[- \u00a0]?\d{2,6}(?:[-/ \u00a0]\d{1,4})?|\d{4,8})(?![\w\-/]|[.,]\d)"
)


def _check_key_number(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if sum(c.isdigit() for c in v) < 4 or MONEY_AFTER.match(text, m.end("value")):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", v):
        return None  # "nycklar för 2026": a year
    return Verdict(m.start("value"), m.end("value"), "nummer på en nyckel, nyckelbricka eller ett passerkort")


RULES = (
    Rule("key_number", _KEY_NUMBER, score=0.75, check=_check_key_number, needs=("nyckel", "passer")),
    Rule("personal_code", _PERSONAL_CODE, score=0.75, check=_check_personal_code, needs=("kod",)),
    Rule("tag_code", _TAG_CODE, score=0.75, check=_check_tag_code,
         needs=("tagg", "bricka", "brickan", "kort", "passer", "nyckel", "rfid", "chip")),
    Rule("door_code", _DOOR_CODE, score=0.8, check=_check_door_code, needs=("kod",)),
    Rule("key_code_in_sentence", _SENTENCE_CODE, score=0.75, check=_check_sentence_code, needs=("kod",)),
)
