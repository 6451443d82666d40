"""Georgian addresses written in Georgian letters: the street's name and its kind after it ("რუსთაველის გამზ. 12",
"ჭავჭავაძის ქ. 33"), the flat, the building and the entrance after the number ("ბინა 18", "ბ. 7", "კორპ. 3"), then
the town and its four-digit postal code ("თბილისი 0186"); the town may open it, marked "ქ." as a city ("ქ. ქუთაისი,
წერეთლის ქ. 5").

Georgian letters in a Swedish document are a foreign address's or a foreign name's: the street's kind word and a
house number must stand together, so a name alone stays as it was. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_KA = r"[\u10d0-\u10ff]+"
_WORD = rf"{_KA}(?:-{_KA})?"
# the street's kind after its name: street, avenue, lane, dead end, square, alley, highway, settlement
_KIND = (r"(?:ქ\.|ქუჩა|გამზ\.|გამზირი|შესახვ\.|შეს\.|შესახვევი|ჩიხი|მოედანი|ხეივანი|გზატკეცილი|დასახლება|"
         r"კვარტ\.|კვარტალი|მიკრორაიონი|მ/რ)")
# the flat, the building, the entrance, the floor
_UNIT = r"(?:ბინა|ბ\.|კორპ\.|კორპუსი|სადარბაზო|სად\.|სართ\.|სართული)[ \t]*\d{1,4}[ა-ჰ]?(?![\w-])"
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+)"
GEORGIAN_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    (?:ქ\.[ \t]*{_WORD}[ \t]*,[ \t]*)?                       # the city first ("ქ. ბათუმი, ...")
    {_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+{_KIND}[ \t]*(?:N|№)?[ \t]*\d{{1,4}}[ა-ჰ]?(?:/\d{{1,4}})?(?![\w-])
    (?:{_SEP}{_UNIT}){{0,3}}
    (?:{_SEP}(?:ქ\.[ \t]*)?{_KA}(?![\w-]))?                   # the town
    (?:[ \t]*,?[ \t]*\d{{4}}(?![\w-]))?                        # its postal code
    """
)
# Georgian letters: on every page an address of this rule stands on
GATE = rule_regex(r"[\u10d0-\u10ff]")


# Georgian has no capitals to tell a street's name from the sentence before it: a word with a postposition glued to
# it ("მისამართზე", at the address; "ქალაქში", in the town), the verbs of living and moving ("ცხოვრობდა",
# "გადავიდა"), the address's noun, a possessive or an adverb of time is the sentence's, and the street begins after it
_SENTENCE_WORD = re.compile(
    r"[\u10d0-\u10ff]+(?:ზე|ში|თან|დან|კენ|მდე)"
    r"|(?:ვ|მ)?ცხოვრ[\u10d0-\u10ff]*|გადა[\u10d0-\u10ff]*|მისამართ[\u10d0-\u10ff]*|მცხოვრებ[\u10d0-\u10ff]*"
    r"|იყო|არის|ვარ|ჩემი|მისი|მათი|ადრე|ახლა|ამჟამად|ჯერ|უკვე|და")
_WORD_AT = re.compile(r"[\u10d0-\u10ff]+(?:-[\u10d0-\u10ff]+)?")


def check_georgian_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A Georgian street with its number, flat, town and postal code, taken whole, past the sentence's words before
    its name."""
    start = m.start()
    if not text.startswith("ქ.", start):  # (a town first, "ქ. ბათუმი, ...", opens the address itself)
        kind = re.search(_KIND, m.group())
        names = list(_WORD_AT.finditer(text, m.start(), m.start() + kind.start())) if kind else []
        if names and _SENTENCE_WORD.fullmatch(names[-1].group()):
            return None
        # (the last word before the kind is the street's own, its genitive: "ატმის")
        for w, after in zip(names, names[1:]):
            if _SENTENCE_WORD.fullmatch(w.group()):
                start = after.start()
    return Verdict(start, m.end(), "street address abroad in Georgian letters", 0.85)


RULES: tuple[Rule, ...] = (
    Rule("georgian_street", GEORGIAN_STREET, score=0.85, check=check_georgian_street, gate=GATE),
)
