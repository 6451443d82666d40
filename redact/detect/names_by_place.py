"""A given name standing alone, found by its place whatever the name lists say: where only a person stands.

* after a greeting at a line's start, before ",", "!" or the line's end ("Hej Eylül!", "Dear Wanjiru,",
  "Merhaba Zeynep,"; the greetings of ``greeting_words``);
* alone on the line under a closing that stands alone on its line or ends it after a comma, with no full stop after
  it ("Best." abbreviates an order) ("Hälsningar" /
  "Drilon", "Tack för hjälpen, vänliga hälsningar" / "Sanna"; the closings of ``greeting_words``);
* as a person label's one-word value ("Kontaktperson: Zuzanna", "Kontakt: Timotej", "Handläggare: Ilona", a police
  paper's "Vittne: Ilona", a minute's "Justerare: Timotej");
* as a sentence's subject before a person's verb ("Timotej går i förskoleklass", "Eylül ringde", "Kerem har svårt
  att"), and between "ringde", "mejlade", "skrev" and "och frågade", "och sa" ("I går ringde Kerem och frågade").

One capitalised word is taken (hyphens, apostrophes and diacritics inside), never one in capitals, and not an
ordinary word, a role, a body, a day or a month, or a place (``place_keep_words``).
"""

from __future__ import annotations

import re

from redact.detect.greeting_words import CLOSING_WORDS, GREETING_WORDS, greeting_or_closing
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule
from redact.detect.place_keep_words import ordinary_at_place

# one word: letters, an apostrophe or a hyphen between letters ("D'Arcy", "Anne-Li", "Şükrü")
WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"

_GREETING = compile_rule(
    rf"(?im)^[ \t]*(?:{GREETING_WORDS})[ \t]+(?P<name>{WORD})[ \t]*(?:[,!]|$)"
)
_CLOSING = compile_rule(
    rf"(?im)(?:^|[,.!][ \t]+)[ \t]*(?:med[ \t]+|with[ \t]+|och[ \t]+|and[ \t]+)?(?:{CLOSING_WORDS})[ \t]*[,!]?[ \t]*\n"
    # (the name in a lookahead: a closing on the name's line, "Tack!" over "Hälsningar", is searched again)
    rf"(?:[ \t]*\n)?(?=[ \t]*(?P<name>{WORD})[ \t]*$)"
)
# person labels whose value may be one given name
_LABEL = compile_rule(
    r"(?im)^[ \t]*(?:kontaktperson|kontakt|handläggare|ansvarig[ \t]+handläggare|handledare|mentor|"
    r"kontaktperson[ \t]+på[ \t]+skolan|ansvarig|sökande|elev|barnets[ \t]+namn|barn|förnamn|tilltalsnamn|"
    # a party or a witness of a police or court paper, a client of social services, a minute's officers
    r"vittne|målsägande|målsägare|misstänkt|tilltalad|anmälare|anmälaren|klient|brukare|patient|intervjuperson|"
    r"uppgiftslämnare|informant|tolk|ordförande|sekreterare|justerare|protokollförare|mottagare|vårdnadshavare|"
    r"mamma|pappa|mor|far|förälder|syskon|namn|elevens[ \t]+namn|barnets[ \t]+förnamn|"
    r"witness|victim|suspect|client|interpreter|parent|child|student|name|"
    # (numbered when a form has several: "Barn 2:", "Vårdnadshavare 1:")
    rf"contact|contact[ \t]+person|first[ \t]+name|given[ \t]+name)(?:[ \t]*\d{{1,2}})?[ \t]*:[ \t]*(?P<name>{WORD})[ \t]*$"
)
# what a person does, after the subject at a sentence's start
_PERSON_VERB = (
    r"(?:går[ \t]+(?:i|på)[ \t]+(?:förskoleklass|förskolan|skolan|årskurs|klass|ettan|tvåan|trean|fyran|femman|"
    r"sexan|sjuan|åttan|nian|gymnasiet|högstadiet|mellanstadiet|lågstadiet|fritids|förskola)|"
    r"ringde|ringer|berättar|berättade|mejlade|mejlar|mailade|mailar|frågade|undrar|undrade|"
    r"(?:har|hade)[ \t]+svårt|trivs|trivdes|mår|mådde|känner[ \t]+sig|kände[ \t]+sig|gråter|grät|leker|lekte|"
    r"föddes|fyller[ \t]+\d|fyllde[ \t]+\d|sover|sov|bor[ \t]+(?:hos|med|tillsammans|själv|ensam)|bodde[ \t]+hos)"
)
_SUBJECT = compile_rule(
    rf"(?m)(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t][ \t]))[ \t]*(?P<name>{WORD})[ \t]+{_PERSON_VERB}(?![\w])"
)
# "ringde Kerem och frågade": the one who called, wrote or mailed, and what they said or asked
_CALLER = compile_rule(
    rf"(?i)(?<![\w-])(?:ringde|ringer|mejlade|mejlar|mailade|skrev|skriver|kom|hörde[ \t]+av[ \t]+sig)[ \t]+"
    rf"(?-i:(?P<name>{WORD}))[ \t]+och[ \t]+(?:frågade|frågar|sa|sade|säger|berättade|berättar|undrade|undrar|"
    r"ville|vill|bad|ber|meddelade|klagade|uppgav)(?![\w])"
)


def check_given_name(text: str, m: re.Match[str]) -> Verdict | None:
    """The ``name`` group's word if it is capitalised, not in capitals, and no ordinary word, role, body, day or place."""
    word = m.group("name")
    if len(word) < 2 or not word[0].isupper() or word.isupper() or greeting_or_closing(word):
        return None
    if ordinary_at_place(word, text):
        return None
    return Verdict(m.start("name"), m.end("name"), "ett förnamn där bara en person står")


class NameByPlaceRecognizer(SwedishPatternRecognizer):
    """A given name alone after a greeting, under a closing, after a person label or before a person's verb."""

    ENTITY = "PERSON"
    NAME = "name_by_place"
    CONTEXT = ()
    RULES = (
        Rule("after_greeting", _GREETING, score=0.8, check=check_given_name),
        Rule("under_closing", _CLOSING, score=0.8, check=check_given_name),
        Rule("after_person_label", _LABEL, score=0.8, check=check_given_name),
        Rule("subject_of_person_verb", _SUBJECT, score=0.7, check=check_given_name),
        Rule("caller", _CALLER, score=0.7, check=check_given_name),
    )
