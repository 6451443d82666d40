"""A given name standing alone inside a sentence, where its words say a person stands, whatever the name lists say:

* the one something is given, sent, lent, paid or told to ("lämnade nycklarna till Maja", "skickade till Maja",
  "berättade det för Maja", "gave the keys to Maja");
* after a preposition of a person, before the sentence's punctuation ("Pengarna fanns hos Maja.", "Vi pratade med
  Maja, sedan …", "Enligt Maja var dörren låst", "according to Maja");
* before a genitive's person or belonging ("Majas pappa", "Majas mentor", "Maja's mother");
* before the person's age, birth year or school year after a comma or in brackets ("Maja, 7 år", "Maja (åk 4)");
* in a list of given names with a listed given name in it ("Eva, Maja och Nils", "Maja och Nils"): a name no list
  holds is named beside the listed one.

The word is taken as ``names_by_place`` takes it (``place_keep_words``: no holiday or language either, "efter Jul"),
nor the genitive of an ordinary word or a place ("Kommunens handläggare"), nor a law after "enligt".
"""

from __future__ import annotations

import re

from redact.detect.names_by_kin import KIN_SV
from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule
from redact.detect.place_keep_words import listed_given_name, ordinary_at_place

# one name and no capitalised word after it (a full name is the name rules' own)
_ALONE = r"(?=[ \t]*(?:[,.!?;:)\]]|$|\n|(?-i:[a-zåäöéü0-9])))"
# to give, send, lend, pay, show or tell, in the forms a case file writes them
_GIVING = (
    r"lämna|lämnade|lämnat|lämnar|lämnades|lämnas|ge|gav|ger|gett|givit|gavs|ges|skicka|skickade|skickat|skickar|"
    r"skickades|skickas|sände|sänt|sänder|skänkte|överlämna|överlämnade|överlämnat|överlämnar|överlämnades|låna|"
    r"lånade|lånat|lånar|sålde|sålt|säljer|betala|betalade|betalat|betalar|swisha|swishade|swishat|swishar|"
    r"överförde|överfört|räckte|visade|visat|mejlade|mejlat|mailade|mailat|smsade|sms:ade|messade|skrev|skrivit|"
    r"sa|sade|sagt|berättade|berättat|förklarade|hälsade|överlät|postade|returnerade|gave|give|gives|given|sent|"
    r"send|sends|handed|lent|paid|showed|told|wrote|mailed|emailed|texted|passed|returned|explained"
)
# a few words of what was given between the verb and the receiver ("lämnade nycklarna och posten till")
_BETWEEN = r"(?:[ \t]+(?:[a-zåäöéü][\w:-]*|\d+)){0,6}?"
_GIVEN_TO = compile_rule(
    rf"(?<![\w-])(?i:{_GIVING}){_BETWEEN}[ \t]+(?:tillbaka[ \t]+|vidare[ \t]+|över[ \t]+)?(?:till|åt|för|to)"
    rf"[ \t]+(?P<name>{WORD})(?![\w'’-]){_ALONE}"
)
# a preposition a person stands after, mid-sentence, the name then ending the clause: "hos" and "med" only after
# living, staying, being or talking with someone ("bor hos Maja.", "var med Maja,", "pratade om det med Maja."; "konto hos Nordea", "betalas med Swish"
# are a firm's or a thing's), "tillsammans med", "åt", "utan", "bredvid" and English "with" after any word
_STAYING = (
    r"bor|bodde|bott|bo|sov|sover|sovit|var|är|varit|fanns|finns|stannade|stannar|stannat|placerad|placerades|"
    r"placerats|inneboende|övernattade|övernattar|vistas|vistades|vistats|hemma|kvar|umgås|umgicks|lekte|leker|"
    r"bråkade|grälade|gick|åkte|reste|flyttade|kom|ihop|pratade|pratar|pratat|talade|talar|talat|diskuterade|"
    r"diskuterar|samtalade|samtalar|träffades|träffas"
)
# (a few lower-case words may stand between: "pratade länge om det med Maja", "bodde en tid hos Maja")
_PERSON_PREPOSITION = (
    rf"(?:{_STAYING})(?:[ \t]+[a-zåäö]+){{0,4}}?[ \t]+(?:hos|med)|tillsammans[ \t]+med|åt|utan|bredvid|with|"
    # worried about, afraid of, angry with someone ("orolig för Maja.", "arg på Maja,")
    r"(?:orolig|oroliga|oro|rädd|rädda|omsorg|omsorgen|arg|arga|sur|besviken|avundsjuk|svartsjuk|kär)[ \t]+(?:för|på|i|över)"
)
_AFTER_PREPOSITION = compile_rule(
    rf"(?<=[\w,][ \t])(?i:{_PERSON_PREPOSITION})[ \t]+(?P<name>{WORD})(?![\w'’-])(?=[ \t]*(?:[.,!?;)]|$))"
)
_ACCORDING = compile_rule(
    rf"(?<![\w-])(?i:enligt|according[ \t]+to|laut|selon|según|secondo)[ \t]+(?P<name>{WORD})(?![\w'’-]){_ALONE}"
)
# what a person has that a genitive names: a relative, a friend, a teacher or a carer, a state of health (not a
# school, a class or a room: a place's genitive names those, "Tranåsens skola")
_BELONGINGS = (
    rf"{KIN_SV}|lärare|läraren|mentor|förskollärare|pedagog|klasskompis|klasskompisar|kompis|kompisar|kamrat|"
    r"kamrater|vän|vänner|skolgång|mående|behov|hälsa|beteende|utveckling|vårdnadshavare|kontaktperson|"
    r"handläggare|assistent|mobil|födelsedag|kalas|journal|medicin|medicinering|diagnos|läkare|ombud|advokat|"
    r"god[ \t]+man|mother|father|mum|mom|dad|brother|sister|son|daughter|wife|husband|teacher|friend|friends"
)
_GENITIVE = compile_rule(
    rf"(?<![\w'’-])(?P<name>{WORD})(?P<genitive>s|['’]s|['’])[ \t]+(?i:{_BELONGINGS})(?![\w])"
)
# a name and, after a comma or in brackets, the person's age, birth year or school year ("Maja, 7 år,", "Maja (3 mån)",
# "Maja, född 2015", "Maja, åk 4"), as a case file or a school's note introduces a child
_AGE = (
    r"\d{1,3}[ \t]*(?:år|års|månader|mån|veckor|years?|yrs|yo)(?![\w])|(?:född|f\.|born|b\.)[ \t]*\d|"
    r"(?:åk|årskurs|klass|grade)[ \t]*\d"
)
_WITH_AGE = compile_rule(
    rf"(?<![\w'’-])(?P<name>{WORD})(?![\w'’-])[ \t]*(?:,|\()[ \t]*(?i:{_AGE})"
)
# "and" in Swedish and the languages people write to Swedish authorities in (not Polish "i": Swedish "in")
_CONJUNCTION = r"och|samt|eller|and|or|&|y|und|et|ja|ve"
# (a comma before the conjunction in a list of three or more only: "i Byn, och Maja kör" ends a clause)
_LIST = re.compile(
    rf"(?<![\w'’-]){WORD}(?:(?:[ \t]*,[ \t]*{WORD})+[ \t]*,?|)[ \t]+(?:{_CONJUNCTION})[ \t]+{WORD}(?![\w'’-])"
)
# a preposition of place before a list: its items are places ("i Lund, Ystad och Höör")
_PLACE_BEFORE = re.compile(r"(?:^|[ \t])(?i:i|på|från|till|mot|vid|utanför|via|in|at|from|to)[ \t]+$")
_LIST_WORD = re.compile(rf"(?<![\w'’-]){WORD}(?![\w'’-])")
# an item of such a list: a word before a comma or the conjunction, or after the conjunction
_LIST_ITEM = compile_rule(
    rf"(?<![\w'’-])(?P<name>{WORD})(?![\w'’-])(?=[ \t]*,[ \t]*{WORD}|[ \t]*,?[ \t]+(?:{_CONJUNCTION})[ \t]+{WORD})"
    rf"|(?<=[ \t])(?:{_CONJUNCTION})[ \t]+(?P<last>{WORD})(?![\w'’-])"
)


# the laws, plans and rules a sentence goes "according to" ("enligt Lagen om …", "enligt Planen"), written by the project
_RULE_NOUNS = frozenset("lag lagen lagar planen plan regeln reglerna regler policyn policy avtal beslut".split())


# a capital inside the word ("SoL", "KöpL": a law's short form) or one letter before a hyphen ("F-skatt", "EU-kort")
_NO_NAME_SHAPE = re.compile(r"^.[^-]*[A-ZÅÄÖ]|^[^\W\d_]{1,2}-")

# a long word on a verbal noun's ending ("Skolplacering", "Avstängning"): given names this long never end so
_LONG_NOUN = re.compile(r"^.{5,}(?:ering|ning)$")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """``check_given_name``; no law or plan gone by, no law's short form or long verbal noun, nor the genitive of an ordinary word, a body
    or a place ("Statens", "Kommunens")."""
    word = m.group("name")
    if word.lower() in _RULE_NOUNS or _NO_NAME_SHAPE.search(word) or _LONG_NOUN.search(word):
        return None
    if word.endswith("s") and len(word) > 3 and ordinary_at_place(word[:-1], text):
        return None
    return check_given_name(text, m)


def _check_genitive(text: str, m: re.Match[str]) -> Verdict | None:
    """The name with its genitive ending, when the name is no ordinary word, body or place ("Kommunens", "Deras"
    stay)."""
    if ordinary_at_place(m.group("name") + m.group("genitive"), text):
        return None
    verdict = _check(text, m)
    if verdict is None:
        return None
    return Verdict(verdict.start, m.end("genitive"), "ett förnamn i genitiv före en persons anhörig eller sak")


class _Item:
    """A list item's match read as the ``name`` group (the first item's or the last's)."""

    def __init__(self, m: re.Match[str], group: str) -> None:
        self._m, self._g = m, group

    def group(self, _name: str) -> str:
        return self._m.group(self._g)

    def start(self, _name: str) -> int:
        return self._m.start(self._g)

    def end(self, _name: str) -> int:
        return self._m.end(self._g)


def _check_list_item(text: str, m: re.Match[str]) -> Verdict | None:
    """An item of a list of capitalised words, no place's preposition before it, in which another item is a listed
    given name: a name beside it."""
    group = "name" if m.group("name") is not None else "last"
    at = m.start(group)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    for lm in _LIST.finditer(text, line_start, line_end):
        if lm.start() <= at < lm.end():
            words = [w.group(0) for w in _LIST_WORD.finditer(lm.group(0))
                     if w.group(0).lower() not in _CONJUNCTION.split("|")]
            break
    else:
        return None
    word = m.group(group)
    if any(w.isupper() or not w[0].isupper() for w in words) or _PLACE_BEFORE.search(text, line_start, lm.start()):
        return None
    if not any(listed_given_name(w, text) for w in words if w != word):
        return None
    return check_given_name(text, _Item(m, group))  # type: ignore[arg-type]


class NameInSentenceRecognizer(SwedishPatternRecognizer):
    """A given name alone where a sentence's words say a person stands: given to, after a person's preposition,
    before a genitive's relative or an age, or in a list beside a listed given name."""

    ENTITY = "PERSON"
    NAME = "name_in_sentence"
    CONTEXT = ()
    RULES = (
        Rule("given_or_sent_to", _GIVEN_TO, score=0.7, check=_check),
        Rule("after_person_preposition", _AFTER_PREPOSITION, score=0.65, check=_check),
        Rule("according_to", _ACCORDING, score=0.7, check=_check),
        Rule("genitive_before_relative", _GENITIVE, score=0.7, check=_check_genitive),
        Rule("in_list_of_given_names", _LIST_ITEM, score=0.7, check=_check_list_item),
        Rule("before_age_or_school_year", _WITH_AGE, score=0.7, check=_check),
    )
