"""Spans the tagger reads as an address that name no home: an organisation's name without a number
("Fiskevårdsföreningen Ljungån" in a list of consulted bodies) or a thing and its quantity ("Dieseltank 5 m³" in a
permit's table), a home or a school with the years someone stayed ("Solhemmet 1955–61" in a list of archived files),
or small words of a sentence ("vill ta sin hustrus efternamn": no number and no capital; "Beslutet avser bidrag för
resor till och från skolan": a capitalised word and small words only), or a register's code after small words
("автобус, BH*27*4418*01" in a mail's subject: a home names its street or its place with a capital). The
rules' addresses are held to such checks in ``redact.detect.address``; the tagger's spans are held to them here.
"""

from __future__ import annotations

import re

# A quantity's unit right after a number: "Dieseltank 5 m³", "Foder 12 kg" measure a thing, they number no house.
_MEASURE_AFTER = re.compile(r"[ \t]*(?:m³|m3|m²|m2|kvm|liter|l|kg|ton|kW|kWh|st|%)(?![\w])")


# the fewest words of a capitalised sentence read as a home (a farm's or a lodging's name with a note is shorter:
# "Komministergården, övre våningen")
_SENTENCE_WORDS = 5


# A span of years, the second after the first ("1955–61", "1948-1952"): a stay's time, no house's number.
_YEARS = re.compile(r"(?:18|19|20)(?P<a>\d\d)[–-](?:(?:18|19|20)(?=\d\d))?(?P<b>\d\d)")


# A word of the case or the page right before the number: "Personalärende - ärende 22", "Sida 22" number a case or
# a page in a heading, no house.
_CASE_NUMBER = re.compile(r"(?i)(?<![\w-])(?:ärende|ärendenr|ärendenummer|dnr|diarienr|diarienummer|sida|sid|bilaga|"
                          r"paragraf|mål|målnr)\.?[ \t]*(?:nr\.?[ \t]*)?\d+[ \t]*\Z")


# a register's code by its separators no house number or postcode is written with ("BH*27*4418*01", "RE:27:4418:01");
# a postcode of letters and digits ("BB15139", "A15E3K7") is a home's part
_CODE = re.compile(r"[A-Z]{2}.*(?:[*+=_]|:.*:)\d|\d(?:[*+=_]|:.*:).*\d")


# the word right after a span on its line
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _names_body_after(text: str, b: int, org_suffix: re.Pattern[str]) -> bool:
    """Whether the span is the place in a body's name, its kind in small letters right after it ("Norra Dalslands"
    of "Norra Dalslands kommunalförbund", "Västra Ekbys" of "Västra Ekbys församling"): the body's, no one's home."""
    m = _NEXT_WORD.match(text, b)
    return m is not None and m.group(1)[:1].islower() and org_suffix.search(m.group(1)) is not None


def _years(word: str) -> bool:
    m = _YEARS.fullmatch(word)
    return m is not None and int(m.group("b")) > int(m.group("a"))


def names_no_home(text: str, a: int, b: int) -> bool:
    """True for a tagged address ``text[a:b]`` that is an organisation's name or a thing's quantity (see above)."""
    from redact.detect.name_words import ORG_SUFFIX

    words = text[a:b].split()
    if not words:
        return False
    if not any(c.isdigit() for c in text[a:b]):
        # a home without a number is named (a village, a farm, a street): small words alone name none, nor does a
        # sentence's capitalised first word and four small words or more without a comma ("Ersättningen avser
        # maskiner och båtar som …": a home's words are names, its parts parted by commas)
        return (ORG_SUFFIX.search(words[0]) is not None or not any(c.isupper() for c in text[a:b])
                or _names_body_after(text, b, ORG_SUFFIX)
                or (len(words) >= _SENTENCE_WORDS and "," not in text[a:b]
                    and all(w.isalpha() and w.islower() for w in words[1:])))
    if _CASE_NUMBER.search(text, a, b) is not None:
        return True  # "Tillsyn - ärende 106": a heading's case number, no house number
    plain = [w for w in words if not any(c.isdigit() for c in w)]
    if (plain and not any(c.isupper() for w in plain for c in w)
            and any(_CODE.search(w) for w in words if any(c.isdigit() for c in w))):
        return True  # "автобус, BH*27*4418*01": small words and a register's code, no street's or place's name
    if _years(words[-1]) and len(words) <= 3:
        return True  # "Solhemmet 1955–61": a home or a school and the years someone stayed, no house number
    return words[-1].isdigit() and _MEASURE_AFTER.match(text, b) is not None
