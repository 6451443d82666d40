"""A Hungarian address, whole: the street's name and its kind in lower case after it ("Király u.", "Fő tér"), the
house number with its dot, the floor and door, and the town and postal code before or after it. A rule of
``address``, beside the other addresses abroad (``address_abroad``).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex


# A Hungarian address: the street's name, its kind in lower case after it ("Király u.", "Kossuth Lajos utca",
# "Fő tér", "Hunyadi krt."), the house number with its dot ("17.", "4/B."), then the floor and door ("III/2",
# "2. em. 5.", "fszt. 1."); the town before it after a comma, with its four-digit postal code or not ("7632 Pécs,
# Rózsa u. 8."), or the postal code (and town) after it ("Szeged, Tisza krt. 40. II/7, 6720").
_HU_KIND = (r"(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|fasor|sétány|rakpart|lakótelep|ltp\.|sugárút|dűlő|"
            r"liget|lejtő|udvar)")
_HU_NAME = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_a-zß-ÿ][^\W\d_]+)?"
_HU_NUMBER = r"\d{1,4}(?:[/-]\d{1,4})?(?:[/-]?[A-Za-z](?![\w]))?\.?"
_HU_FLOOR = (r"(?:[A-Z\d]\.?[ \t]?(?:lph\.|lépcsőház)[ \t,]*)?"
             r"(?:(?:[IVX]{1,4}|\d{1,2})\.?[ \t]?/[ \t]?\d{1,3}\.?"
             r"|(?:(?:[IVX]{1,4}|\d{1,2})\.[ \t]?(?:em\.|emelet)|fszt\.?|földszint|mfszt\.?|magasföldszint)"
             r"(?:[ \t,]*\d{1,3}\.?(?:[ \t]?ajtó)?)?"
             r"|\d{1,3}\.[ \t]?ajtó"
             # the floor in Roman numerals and the door after it, without their words: "26. II. 4."
             r"|[IVX]{1,4}\.[ \t]?\d{1,3}\.?(?![\w/]))")
_HU_TOWN = rf"{_HU_NAME}(?:[ \t][IVX]{{1,5}}\.(?=[ \t]*,))?"
HUNGARIAN_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?P<town>(?:\d{{4}}[ \t]+)?{_HU_TOWN}),[ \t]*\n?[ \t]*)?
    (?P<street>{_HU_NAME}(?:[ \t]{_HU_NAME}){{0,2}}[ \t]+{_HU_KIND}[ \t]+\d{{1,4}}(?:[/-]\d{{1,4}})?(?:[/-]?[A-Za-z](?![\w]))?\.?)
    (?:[ \t]*,?[ \t]*{_HU_FLOOR}){{0,2}}
    (?P<post>,[ \t]*\n?[ \t]*(?:\d{{4}}(?:[ \t]+{_HU_NAME})?|{_HU_NAME}[ \t]+\d{{4}})(?![\w-]))?
    (?:,[ \t]*(?:Magyarország|Hungary|Ungern)(?![\w-]))?
    (?![\w-])
    """
)
# the street's kind between its name and the house number, a part of every match: most pages that hold one of the
# needles ("sor" in "professor") hold no kind before a number, and the gate costs a scan of the spaces
HUNGARIAN_GATE = rule_regex(rf"[ \t]{_HU_KIND}[ \t]+\d")
HUNGARIAN_NEEDS = ("u.", "utca", "út", "tér", "krt.", "körút", "köz", "sor", "sétány", "rakpart", "lakótelep", "ltp.",
                   "dűlő", "liget", "lejtő", "udvar")
_YEAR_ONLY = re.compile(r"^,[ \t]*\n?[ \t]*(?:19|20)\d\d$")
# the dot after the house number, the floor or the door is the number's own, as Hungarian writes every ordinal ("12.",
# "em. 8."): kept where the sentence goes on after it, or where the line or the cell ends; only a new sentence's
# capital after it on the same line makes it a full stop too
_ORDINAL_DOT = re.compile(r"(?<=[\dIVX])\.(?![ \t]+[^\W\d_a-zß-ÿ])")


def check_hungarian_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A Hungarian street with its kind word, number, floor and door, and its town and postal code around it."""
    from redact.detect import context as ctx

    start = m.start()
    if m.group("town") and m.group("town").split()[-1].lower() in ctx.NOT_A_NAME:
        start = m.start("street")  # a sentence's word before the comma, no town
    if m.group("street").split()[0].lower() in ctx.NOT_A_NAME:
        return None
    end = m.end()
    if m.group("post") and _YEAR_ONLY.match(m.group("post")) and end == m.end("post"):
        end = m.start("post")  # "Fő utca 3, 2026": a year after the address, no postal code
    while end > start and text[end - 1] in ".," and not _ORDINAL_DOT.match(text, end - 1):
        end -= 1  # the house number's dot may end the sentence too; the mask ends at the digit
    return Verdict(start, end, "Hungarian street address with its floor, door and postal code", 0.85)
