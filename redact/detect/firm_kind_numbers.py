"""A firm's or a maker's name, the kind of thing it gives a person and the number, written as one run: an insurer's
policy by its kind ("Trygga försäkring 55-2091-83", "Djurfors djur DF 552091-8"), a bank's loan promise ("Norrbank
bolånelöfte 5520 9183"), a clinic's referral ("Ljusa röntgen RX-5520918"), a carrier's pass or booking ("Norrtåg
periodkort 5520 9183 1", "Fjällflyg bokning Q7RZ3N"), a hire firm's contract ("Hyrma hyrbil avtal 552091831"), a
maker's thing and its serial ("Bergström 512 skrov SE-BRG55209K818", "Trygga fotboja nr TF552091", "Lås-Nord bricka
04:55:20:91:8A:3C"), a school's or an employer's number after its name of two words ("Norrby högskola anst.nr
552091").

A register of people's dealings writes the firm, the kind and the number in a row, the kind in small letters between
them, a label after it or none; the firm says whose number among few, so the mark runs from the firm's name, in a
cell and in a sentence (see ``firm_labelled_numbers`` for a firm's name right before its label). A model's number
("701", "V70") may stand between the maker and the kind, a place's organisation noun in small letters after its
place ("Norrby högskola"). A word that is no firm's (a body in the definite form, a pronoun, a sentence's first word)
and a number shaped like a year, a case's number by its year or a sum stay out; the number has five digits or more,
but a booking's code of letters and digits and a tag's chip written in colon-separated bytes. Read by
``labelled_id``'s recognizer (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.firm_labelled_numbers import _LABEL, _NUMBER, _WORD, _YEAR_LED, DOMAIN_FIRM, firm_start
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# a pension provider's by its own word, a carrier's parcel, a work or a removal order, a payment, a storage unit, a
# clinic's certificate, a licence card or a course, an aid or a device in a home: a firm's, where a body in the
# definite form ("Försäkringskassan intyg …") numbers its own papers
_FIRMS_KIND = (r"\w*pension|pensión|pensioen|dossier|sändning|kolli|\w*order|betalning|förråd|intyg|truckkort|\w*kurs"
               r"|\w*larm|dörrlås|kodlås|\w*mätare|rullator|rollator|brandfilt|hörapparat")
# a body's name in the definite form beyond a noun's ("Försäkringskassan", "Kronofogden")
_BODY_FORM = re.compile(r"(?:an|na|ns|ans)$")
# the kind of thing the firm gives: an insurance and what it covers, a loan or its promise, a clinic's examination, a
# travel pass, a hired car, a booking, a thing a maker numbers (a tag, an ankle monitor, a hull, an engine), and more
_KIND = (r"\w*försäkring|djur|lantbruk|hem|villa|båt|häst|hund|katt|liv|olycksfall|sjukvård"
         r"|\w*lånelöfte|bolån|billån|privatlån|kredit|leasing"
         r"|röntgen|remiss|labb|provsvar|mammografi|ultraljud"
         r"|periodkort|månadskort|resekort|hyrbil|bokning|resa|flyg"
         r"|fotboja|bricka|tagg|skrov|motor|chassi|" + _FIRMS_KIND)
# the labels a kind or a maker's model is followed by, beyond ``firm_labelled_numbers``'s: a chassis', a hull's, an
# engine's number, a pupil's or a student's
_MORE_LABELS = r"chassinr\.?|chassinummer|skrovnr\.?|motornr\.?|elev(?:nr\.?|nummer)|student(?:nr\.?|nummer)"
# a place's organisation in small letters after its name ("Norrby högskola", "Åby sjukhus")
_ORG_NOUN = r"universitet|högskola|folkhögskola|sjukhus|vårdcentral|gymnasium|akademi|institut"
# the number: the label's own shapes, a serial of capitals and digits ("SB1KZ3JE40E552091", "6CG-1055209"), a tag's
# chip in bytes ("04:55:20:91:8A:3C") or a booking's code ("Q7RZ3N")
_CHIP = r"[0-9A-F]{2}(?::[0-9A-F]{2}){3,9}"
_SERIAL = r"(?=[A-Z\d-]*\d)[A-Z\d]{2,}(?:-[A-Z\d]+){0,3}"
_FIRM_KIND = compile_rule(
    rf"""
    (?<![\w&.-])(?P<firm>(?:{DOMAIN_FIRM}|{_WORD})(?:[ \u00a0]+(?:{_WORD}|\d{{1,4}}(?![\d-])|(?:{_ORG_NOUN})(?![\w-]))){{0,3}})
    [ \u00a0]+(?:(?P<kind>(?i:{_KIND}))(?![\w-])(?:[ \u00a0]+(?P<label>(?i:{_LABEL}|nr\.?|nummer)))?
               |(?P<own>(?i:{_MORE_LABELS}|{_LABEL})))
    [ \u00a0]*:?[ \u00a0]*
    (?P<number>{_CHIP}|{_NUMBER}|{_SERIAL})
    (?![\w/:]|[-.,/]\d)
    """
)
_BOOKING = re.compile(r"(?i)bokning|booking")
# a key tag's noun: its chip's bytes are its number
_TAG = re.compile(r"(?i)bricka|tagg")
# a booking's code: five to eight capitals and digits, a digit and two capitals among them
_BOOKING_CODE = re.compile(r"(?=\w*\d)(?=\w*[A-Z]\w*[A-Z])[A-Z\d]{5,8}")


def _number_fits(m: re.Match[str]) -> bool:
    """True when the number is one a firm gives: five digits or more, a chip's bytes after a tag's noun, or a
    booking's code after "bokning"."""
    number = m.group("number")
    if re.fullmatch(_CHIP, number):
        return _TAG.fullmatch(m.group("kind") or "") is not None
    if sum(c.isdigit() for c in number) >= 5:
        return not _YEAR_LED.match(number)
    word = m.group("label") or m.group("own") or m.group("kind") or ""
    return _BOOKING.fullmatch(word) is not None and _BOOKING_CODE.fullmatch(number) is not None


def _persons_name(words: list[str]) -> bool:
    """True when the words open with a listed given name and a listed surname ("Omar Haddad elevnr …"), or are a
    listed name's genitive alone ("Hugos båt SSR 207441"): the person the number is given to or the thing is owned
    by, no firm."""
    from redact.detect.name_words import load_lexicons

    lex = load_lexicons()
    if len(words) == 1 and words[0].endswith("s"):
        return words[0][:-1] in lex.first or words[0][:-1] in lex.last
    return len(words) >= 2 and words[0] in lex.first and words[1] in lex.last


def _check_firm_kind(text: str, m: re.Match[str]) -> Verdict | None:
    """The firm's name, the kind, the label and the number, from the first word that names a firm."""
    if not _number_fits(m) or MONEY_AFTER.match(text, m.end()):
        return None
    start = firm_start(text, m, named_by_kind=False)
    if start is None or _persons_name(text[start:m.end("firm")].split()):
        return None
    firm = text[start:m.end("firm")].split()
    if len(firm) == 1 and _BODY_FORM.search(firm[0]) and re.fullmatch(_FIRMS_KIND, m.group("kind") or "", re.I):
        return None
    return Verdict(start, m.end("number"), "företagets namn, vad det gäller och numret för en person eller en sak")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("number_after_firm_and_kind", _FIRM_KIND, score=0.85, check=_check_firm_kind,
              gate=rule_regex(r"(?i)[\w.][ \u00a0]+(?:" + _KIND + "|" + _MORE_LABELS + "|" + _LABEL + r")(?![\w-])")),)
