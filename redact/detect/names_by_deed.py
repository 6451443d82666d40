"""A given name standing alone as the one who acts or is met, found whatever the name lists say:

* a diary's, a log's, a police paper's or a minute's subject before a person's deed, at a sentence's start or after a time stamp or a
  date at a line's start ("Kl. 08.30 Maja vaknade och åt frukost", "4/3: Maja sov dåligt", "Maja yrkar bifall",
  "Maja föreslår att …", "Maja har sovit hela natten", "Maja uppger att …", "Maja nekar till brott");
* a member of a body before the party's letters in brackets, as minutes write them ("Maja (S) yrkar avslag"), and a
  mover before the proposal ("Majas förslag");
* the one met, called, fetched or spoken with after such a verb ("Socialsekreteraren träffade Maja på skolan",
  "Jag ringde Maja i går", "pratade med Maja", "I spoke with Maja", "Hablé con Maja"), and the one a hearing, an
  interview or a visit is with ("Förhör med Maja", "hembesök hos Maja").

The word is taken as ``names_by_place`` takes it: capitalised, not in capitals, no ordinary word, role, body, day,
month or place (``place_keep_words``).
"""

from __future__ import annotations

import re

from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

# what only a person does, as a diary, a care log or a minute writes it
_DEED = (
    r"vaknade|vaknar|somnade|somnar|sov|sover|(?:har|hade)[ \t]+(?:sovit|ätit|vilat|duschat|varit[ \t]+(?:glad|"
    r"ledsen|orolig|trött|arg|nöjd|upprörd|rädd))|åt|äter|drack|dricker|duschade|duschar|vilade|vilar|grät|gråter|"
    r"skrattade|skrattar|lekte|leker|pratade|pratar|berättade|berättar|ville|vägrade|vägrar|tackade|kissade|klädde|"
    r"borstade|tvättade|läste|sprang|rymde|slog|sparkade|skrek|skriker|deltog|verkade|"
    r"(?:har|hade)[ \t]+(?:en|ett)[ \t]+(?:lugn|lugnt|bra|dålig|dåligt|orolig|oroligt|god|gott|fin|fint|jobbig|"
    r"jobbigt|tung|tungt|svår|svårt)|fick[ \t]+hjälp|behövde|behöver|tog[ \t]+(?:sin|sina|emot)|(?:har|hade)[ \t]+haft|promenerade|handlade|badade|"
    r"gick[ \t]+(?:ut|hem|och|på[ \t]+promenad|en[ \t]+promenad)|var[ \t]+ute|smsade|sms:ade|messade|chattade|"
    r"skickade[ \t]+(?:ett|en|sms)|"
    r"var[ \t]+(?:glad|ledsen|orolig|trött|arg|nöjd|upprörd|rädd|sur|hungrig|pigg|förkyld|sjuk|frånvarande|"
    r"närvarande|på[ \t]+gott[ \t]+humör)|"
    # a member's part in a meeting (not "tillstyrker", "avstyrker": a body consulted answers so, "Museet avstyrker")
    r"föreslår|föreslog|yrkar|yrkade|anmäler|anmälde|instämmer|instämde|reserverar[ \t]+sig|reserverade[ \t]+sig|"
    r"redogör|redogjorde|anser|ansåg|informerar|informerade|lyfter|lyfte|tar[ \t]+upp|"
    r"tog[ \t]+upp|frågar|påpekar|påpekade|framför|framförde|svarade|svarar|sa|sade|säger|tycker|tyckte|menar|"
    r"önskar|önskade|"
    # what a police paper, a court's or a social services' note says a party did or says
    r"uppger|uppgav|uppgett|nekar|nekade|förnekar|förnekade|erkänner|erkände|medger|medgav|hördes|förhördes|greps|"
    r"anhölls|häktades|dömdes|misstänks|bekräftar|bekräftade|beskriver|beskrev|uttrycker|uttryckte|förklarar|"
    r"förklarade|"
    # and in the sentences of other languages a case file holds: Spanish, English, Finnish
    r"tiene|vive|trabaja|estudia|llamó|dijo|quiere|necesita|lives|works|said|wants|needs|was[ \t]+born|"
    r"asuu|soitti|kertoi|haluaa|tarvitsee"
)
_WEEKDAY = r"(?i:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"
_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?"
_TIME = r"(?:(?i:kl\.?)[ \t]*)?\d{1,2}(?:[:.]\d{2})?"
# a time stamp, a date or a weekday at a line's start, before the entry ("Kl. 08.30", "2025-03-04", "Måndag 4/3:"),
# or a minute's paragraph ("§ 12")
_LINE_STAMP = (
    rf"^[ \t]*(?:§[ \t]*\d+[a-z]?|(?:(?:{_WEEKDAY})[ \t,]*)?(?:(?:{_DATE})[ \t,]*)?(?:{_TIME})?(?<=[\dgn.]))"
    r"[ \t]*[:.,–-]?[ \t]*"
)
_SUBJECT = compile_rule(
    rf"(?m)(?:{_LINE_STAMP}|^[ \t]*|(?<=[.!?:][ \t])|(?<=[.!?][ \t][ \t]))(?P<name>{WORD})(?![\w'’-])"
    rf"[ \t]+(?:{_DEED})(?![\w])"
)
# a proposal named by its mover's genitive ("Ordföranden ställer Majas förslag mot förvaltningens")
_MOVER = compile_rule(
    rf"(?<![\w-])(?P<name>{WORD})s[ \t]+(?i:förslag|förslaget|yrkande|yrkandet|motion|reservation|ändringsyrkande|"
    r"tilläggsyrkande|fråga|interpellation)(?![\w])"
)
_PARTY = compile_rule(
    rf"(?<![\w-])(?P<name>{WORD})(?![\w'’-])[ \t]*\((?:S|M|V|C|L|KD|MP|SD|FP|Fi)\)"
)
# one met, called, fetched or spoken with; a pronoun may stand between, and the verb's preposition ("träffade jag
# Maja", "pratade hon med Maja", "spoke with Maja")
_MEETING = (
    r"träffade|träffar|träffat|träffa|mötte|möter|ringde|ringt|ringer|ringa|väckte|tröstade|kramade|hämtade|"
    r"hämtar|hämtat|hjälpte|intervjuade|kontaktade|kontaktat|mejlade|smsade|sms:ade|pratade|pratar|pratat|talade|"
    r"talar|talat|samtalade|samtalar|samtal|träff|möte|skrev|hälsade|följde|"
    r"förhördes|intervjuades|"
    r"spoke|talked|met|called|hablé|hablamos|llamé|puhuin|tapasin"
)
_OBJECT = compile_rule(
    rf"(?<![\w-])(?i:{_MEETING})(?:[ \t]+(?:(?i:jag|vi|hon|han|hen|de|we)|I))?"
    r"(?:[ \t]+(?i:med|till|för|på|upp|with|to|con|a))?"
    rf"[ \t]+(?P<name>{WORD})(?![\w'’-])(?=[ \t]*(?:[,.!?;:)]|$|\n|(?-i:[a-zåäö0-9])))"
)

# a hearing, an interview or a visit with or at someone, as a police paper or a case file heads it ("Förhör med Maja",
# "hembesök hos Maja")
_HEARING = compile_rule(
    r"(?<![\w-])(?i:förhör|förhöret|intervju|intervjun|hembesök|hembesöket|besök|besöket|telefonkontakt|avstämning|"
    r"uppföljningssamtal|utredningssamtal|samtalet)[ \t]+(?i:med|hos|with)"
    rf"[ \t]+(?P<name>{WORD})(?![\w'’-])(?=[ \t]*(?:[,.!?;:)]|$|\n|(?-i:[a-zåäö0-9])))"
)


def _check_mover(text: str, m: re.Match[str]) -> Verdict | None:
    """The mover's name with its genitive "s", when the name is no ordinary word, body or place
    ("Förvaltningens förslag", "Nämndens yrkande" stay)."""
    verdict = check_given_name(text, m)
    if verdict is None:
        return None
    return Verdict(verdict.start, verdict.end + 1, "ett förnamn i genitiv före ett förslag")


class NameByDeedRecognizer(SwedishPatternRecognizer):
    """A given name alone before a person's deed in a diary, a log or a minute, or after a verb of meeting."""

    ENTITY = "PERSON"
    NAME = "name_by_deed"
    CONTEXT = ()
    RULES = (
        Rule("subject_of_deed", _SUBJECT, score=0.7, check=check_given_name),
        Rule("member_before_party", _PARTY, score=0.75, check=check_given_name),
        Rule("mover_of_proposal", _MOVER, score=0.7, check=_check_mover),
        Rule("object_of_meeting", _OBJECT, score=0.7, check=check_given_name),
        Rule("heard_or_visited", _HEARING, score=0.7, check=check_given_name),
    )
