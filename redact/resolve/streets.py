"""A street named without a number, when the document gives the same street with a number.

"Grannarna på Lingonstigen klagade" after "bor på Lingonstigen 14": the bare street name is
the same address and is masked with it (a reader who knows the street learns where the
person lives). Only streets of ADDRESS findings with a number are followed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.address_numbered_streets import STREET_WITH_NUMBER
from redact.detect.address_shapes import RARE_SUFFIX
from redact.detect.first_chars import compile_scanning
from redact.resolve.spans import free_matches
from redact.types import Finding

SCORE = 0.7


# two words at least before the number: a lone word may be a village or a town named elsewhere as a place
_ABROAD_STREET = re.compile(r"((?:[^\W\d_]+\.?[ \t]+)+[^\W\d_]+\.?)[ \t]+(?:No[.:]?[ \t]?)?\d")

# a street of the rarer street words ("Solvändan 3 lgh 1103", "Granringen 4"), which the common street shape
# leaves out; at the start of the finding, so a village's name and number ("Kvarnmyra 61") is never taken, and not
# of a valley's, a bay's, a hill's or a field's word, which name villages as often ("Myrviken 48, 738 93 Myrviken")
_PLACE_SUFFIXES = frozenset({"bågen", "dalen", "hamnen", "viken", "berget", "fältet", "vången"})
_STREET_SUFFIX = "|".join(w for w in RARE_SUFFIX.split("|") if w not in _PLACE_SUFFIXES)
_RARE_STREET_START = re.compile(rf"([A-ZÅÄÖ][a-zåäö]+?(?:{_STREET_SUFFIX}))[ \t]+\d")


def _streets_of(f: Finding) -> list[str]:
    """The street of an address finding, and with the words before it ("Övre Bruksvägen", "S:t Olofsgatan"):
    the longer form is masked whole where it recurs, even broken over a line."""
    # the street may follow a name ("c/o Demir, Tallvägen 6"): the first street with a number in the text
    m = STREET_WITH_NUMBER.search(f.text)
    if m is None:
        # a street abroad has street words of its own ("Rua Augusta 44, 1100-048 Lisboa"): the words before its number
        abroad = _ABROAD_STREET.match(f.text) if "abroad" in (f.reason or "") else None
        if abroad:
            return [" ".join(abroad.group(1).split())]
        rare = _RARE_STREET_START.match(f.text)
        # the same word as the town after the number is a village's name ("Lunden 4, 738 91 Lunden")
        if rare is None or rare.group(1) in f.text[rare.end():].split():
            return []
        return [rare.group(1)]
    street = " ".join(m.group("core").split())
    whole = " ".join(f.text[m.start():m.start("number")].split())
    return [s for s in dict.fromkeys((whole, street)) if len(s) >= 4]


# a company's form right before or after the street's name: the firm is named after the street
_FIRM_FORM_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]+s[ \t]*-?[ \t]*)?(?:AB|HB|KB)[ \t]+$")
_FIRM_FORM_AFTER = re.compile(r"[ \t]+(?:AB|HB|KB)(?![\w-])")


# the body's premises on the street, a compound's last part naming them ("Tvätthallen på Vasagatan stängs", "kontoret
# vid Storgatan"): where a service is, no one's home, though a tenant of the same street lives there
_PREMISES_BEFORE = re.compile(
    r"(?i)(?<![\w-])[^\W\d_]*(?:hallen|lokalen|lokalerna|kontoret|biblioteket|skolan|stationen|garaget|butiken|"
    r"verkstaden|receptionen|mottagningen|centret|centralen|kulturhuset|badet|gymmet)[ \t]+(?:på|vid|i)[ \t]+$")


# a sentence's start: the text's or a line's, or after a full stop
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
# the definite ending of a Swedish noun ("isvägen", "bryggan"), left off for the noun's own form
_DEFINITE = re.compile(r"(?:en|n|et|t)$")


def common_noun_opening(text: str, a: int, b: int, page_texts: dict[int, str]) -> bool:
    """Whether the street named at ``a``..``b`` is one compound opening a sentence that the document also writes in
    small letters as its own noun ("Isvägen får inte dras …" where the decision speaks of "en isväg"): the noun the
    sentence's capital opens, no one's street."""
    word = text[a:b]
    if not word.isalpha() or not _SENTENCE_START.search(text, max(0, a - 3), a):
        return False
    noun = _DEFINITE.sub("", word.lower())
    small = re.compile(rf"(?<![\w-]){re.escape(noun)}")
    return len(noun) >= 4 and any(small.search(t) for t in page_texts.values())


def premises_before(text: str, at: int) -> bool:
    """Whether the street named at ``at`` follows the premises it holds ("Tvätthallen på …")."""
    return _PREMISES_BEFORE.search(text, max(0, at - 40), at) is not None


# a Swedish postcode and the place after it: the post town ("840 97 Storvallen")
_POST_TOWN = compile_scanning(
    r"(?<![\w-])[1-9]\d\d[ \u00a0]?\d\d[ \t]+([A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])")


def _post_towns(page_texts: dict[int, str]) -> set[str]:
    """The places the document writes after a postcode: villages and towns, whatever their ending."""
    return {m.group(1) for text in page_texts.values() for m in _POST_TOWN.finditer(text)}


def find_bare_streets(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every further mention of a detected address's street without its number, of a house's or
    a farm's name the document gives as a home over its postcode, and of such a home with its village
    (``home_and_village``)."""
    from redact.resolve.home_and_village import find_homes_with_village

    streets = _find_bare_streets(findings, page_texts)
    homes = _find_bare_home_names([*findings, *streets], page_texts)
    return streets + homes + find_homes_with_village([*findings, *streets, *homes], page_texts)


def _find_bare_streets(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    streets: dict[str, Finding] = {}
    towns = _post_towns(page_texts)
    for f in findings:
        if f.category == "ADDRESS" and f.status != "rejected" and f.start is not None:
            for street in _streets_of(f):
                # "Storvallen 214" of a village the document also writes after its postcode ("840 97 Storvallen"):
                # a house number in the village, and the village named alone elsewhere is no one's home
                if street not in towns:
                    streets.setdefault(street, f)
    if not streets:
        return []
    alternation = "|".join(r"\s+".join(map(re.escape, s.split())) for s in sorted(streets, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(" + alternation + r")(?:s)?(?![\w-])")
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings):
        a, b = m.start(1), m.end(1)
        text = page_texts[page]
        if _FIRM_FORM_BEFORE.search(text, max(0, a - 24), a) or _FIRM_FORM_AFTER.match(text, b):
            continue  # "Bostads AB Lingonstigen", "Lingonstigen HB": a firm named after the street, no home
        if premises_before(text, a):
            continue  # "Tvätthallen på Vasagatan": the premises' street
        if common_noun_opening(text, a, b, page_texts):
            continue  # "Isvägen får inte dras …" beside "en isväg": the noun, no street
        origin = streets[" ".join(m.group(1).split())]
        new.append(Finding(
            id=f"p{page}-street{len(new)}", page=page, start=a, end=b, text=m.group(1), category="ADDRESS",
            score=SCORE, detector="street",
            reason=f"samma gata som adressen på sida {origin.page}",
        ))
    return new


# A house's or a farm's name alone over its postcode and town, as an address column or a window envelope writes a
# home with no street and no number ("Rosenhill" / "342 91 Alvesta", "Lövåsen, 827 93 Ljusdal"): the name is the
# home, and named again elsewhere ("vi har flyttat från Rosenhill till …") it is the same home.
_HOME_NAME_OVER_POSTCODE = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][a-zåäöé]{3,}(?:[ -][A-ZÅÄÖ][a-zåäöé]{2,})?)(?:[ \t]*,[ \t]*\n?|[ \t]*\n)[ \t]*"
    r"[1-9]\d\d[ \u00a0]?\d\d[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?$")
# a home for many or a body's place named by it ("Rosenhills äldreboende", "Rosenhill, avd. 2", "Rosenhill skola"):
# the name is an institution's, which stays readable
_INSTITUTION_AFTER = (r"(?:s?[ \t\n]+[a-zåäö-]*(?:boende|boendet|hem|hemmet|skola|skolan|förskola|förskolan|"
                      r"servicehus|gruppbostad|vårdcentral|center|klinik|kyrka|kyrkan)(?![\w-])"
                      r"|[ \t]*,[ \t]*(?i:avd|avdelning|rum|plan|enhet)\b)")


def _find_bare_home_names(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every further mention of a house's or farm's name the document gives as a home."""
    from redact.detect import context as ctx

    homes: dict[str, Finding] = {}
    towns = _post_towns(page_texts)
    for f in findings:
        if f.category == "ADDRESS" and f.status != "rejected" and f.start is not None:
            m = _HOME_NAME_OVER_POSTCODE.match(f.text.strip())
            if m and m.group("name") not in towns and m.group("name").lower() not in ctx.NOT_A_NAME:
                homes.setdefault(m.group("name"), f)
    if not homes:
        return []
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(homes, key=len, reverse=True))
    institution = re.compile(rf"(?<![\w-])({alternation}){_INSTITUTION_AFTER}")
    named_as_institution = {" ".join(m.group(1).split()) for text in page_texts.values()
                            for m in institution.finditer(text)}
    homes = {h: f for h, f in homes.items() if h not in named_as_institution}
    if not homes:
        return []
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(homes, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({alternation})(?![\w-])")
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings):
        origin = homes[" ".join(m.group(1).split())]
        new.append(Finding(
            id=f"p{page}-home{len(new)}", page=page, start=m.start(1), end=m.end(1), text=m.group(1),
            category="ADDRESS", score=SCORE, detector="street",
            reason=f"samma gård eller hus som adressen på sida {origin.page}",
        ))
    return new
