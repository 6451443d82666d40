"""A given name standing alone in a message's places, found whatever the name lists say:

* thanked: "Tack Maja för …", "Ett stort tack till Maja som …", "Vi vill tacka Maja", "Thank you Maja", "Kiitos Maja";
* a note's or a message's addressee or sender: "Lapp till Maja:", "Sms från Maja i går", "Svar från Maja", a line
  "Till Maja" or "Från: Maja <…>", "Skickat av: Maja";
* a quoted mail's writer: "Maja skrev:", "Den 4 mars kl. 09:12 skrev Maja <…>:", "Maja wrote:";
* a signature after a slash alone on its line ("/Maja", "//Maja"), or after a closing on its line ("Mvh Maja",
  "Kind regards, Maja");
* a note's reader, named first and asked or told something ("Maja, glöm inte medicinen", "Maja! Ring mig");
* a text-message or chat log's writer after a time stamp at a line's start ("21:14 Maja: kommer sent",
  "[2025-03-04 21:14] Maja: ok").

The word is taken as ``names_by_place`` takes it: capitalised, not in capitals, no ordinary word, role, body, day,
month or place (``place_keep_words``), nor the genitive of one ("Stockholms").
"""

from __future__ import annotations

import re

from redact.detect.greeting_words import CLOSING_WORDS
from redact.detect.name_words import F, classify_word, load_lexicons
from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule
from redact.detect.place_keep_words import ordinary_at_place

# one name and no capitalised word after it (a full name is the name rules' own)
_ALONE = r"(?=[ \t]*(?:[,.!?;:)\]]|$|\n|(?-i:[a-zåäöéü0-9])))"
_THANKS_WORDS = (
    r"tack|tacka|tackar|tackade|thank[ \t]+you|thanks|thank|kiitos|gracias|merci|danke|dziękuję|dzięki|hvala|"
    r"faleminderit|teşekkürler|teşekkür[ \t]+ederim|shukran|mahadsanid|mersi|grazie|obrigado|obrigada|takk|spas"
)
# what may stand between the thanks and the one thanked ("Tack så mycket Maja", "Tack också till Maja")
_THANKS_FILLERS = r"så[ \t]+mycket|också|även|igen|so[ \t]+much|very[ \t]+much|again|also"
_THANKS = compile_rule(
    rf"(?<![\w-])(?i:{_THANKS_WORDS})[ \t]*,?(?:[ \t]+(?i:{_THANKS_FILLERS}))?[ \t]+(?:(?i:till|to|a|à)[ \t]+)?"
    rf"(?P<name>{WORD})(?![\w'’-]){_ALONE}"
)
# what is sent, given or said to or from someone
_MESSAGE_NOUNS = (
    r"lapp|lappen|meddelande|meddelandet|sms|sms:et|sms:en|mejl|mejlet|mail|mailet|e-post|e-posten|brev|brevet|"
    r"hälsning|hälsningar|vykort|samtal|samtalet|telefonsamtal|besked|beskedet|svar|svaret|"
    r"röstmeddelande|note|message|text|letter|email|e-mail|call|yrkande|yrkandet|förslag|förslaget|reservation|"
    r"reservationen|motion|motionen|fråga|frågan|anmälan|klagomål|klagomålet|uppdrag|kopia|kopian|copy"
)
_MESSAGE = compile_rule(
    rf"(?<![\w-])(?i:{_MESSAGE_NOUNS})[ \t]+(?i:till|från|to|from)[ \t]+(?P<name>{WORD})(?![\w'’-]){_ALONE}"
)
# a line that says whom a note or a mail is for or from: "Till Maja", "Från: Maja <maja@…>"
_TO_FROM_LINE = compile_rule(
    # (capitalised: a line that starts on "till" goes on with the sentence above)
    r"(?m)^[ \t]*(?:Till|TILL|Från|FRÅN|To|TO|From|FROM|Avsändare|Sender|Skickat[ \t]+av|Sent[ \t]+by)[ \t]*:?[ \t]*"
    rf"(?P<name>{WORD})(?![\w'’-])[ \t]*(?::|,|!|$|<[^>\n]*>|\[mailto:[^\]\n]*\]|\([^)\n]*@[^)\n]*\)|"
    r"(?i:från|from|till|to)[ \t])"
)
_WROTE = r"skrev|skriver|wrote|writes|schrieb|a[ \t]+écrit|escribió|kirjoitti|napisał|napisała|yazdı|scrisse|escreveu"
_WRITER_BEFORE = compile_rule(
    rf"(?m)^[ \t]*(?P<name>{WORD})(?![\w'’-])(?:[ \t]*<[^>\n]*>)?[ \t]+(?i:{_WROTE})[ \t]*:"
)
_WRITER_AFTER = compile_rule(
    rf"(?<![\w-])(?i:{_WROTE})[ \t]+(?P<name>{WORD})(?![\w'’-])(?:[ \t]*<[^>\n]*>)?[ \t]*:"
)
_SLASH_SIGNATURE = compile_rule(rf"(?m)^[ \t]*/{{1,2}}[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*$")
_CLOSING_ON_LINE = compile_rule(
    rf"(?im)(?:^|[.!][ \t]+)[ \t]*(?:{CLOSING_WORDS})[ \t]*[,/–-]?[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*$"
)
# a log's time stamp at a line's start, a date before it or not ("21:14", "[2025-03-04 21:14]", "4/3 kl. 21.14")
_STAMP = (
    r"\[?[ \t]*(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[ \t,]+)?(?:(?i:kl\.?)[ \t]*)?"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*\]?"
)
# a note that opens on the name it is for, a comma or "!" after it and what the reader is asked or told ("Maja, glöm
# inte medicinen", "Maja! Ring mig", "Maja, du behöver …")
_ASKED = (
    r"glöm|kom[ \t]+ihåg|kan[ \t]+du|kunde[ \t]+du|skulle[ \t]+du|ring|ta|tänk|skicka|lämna|hämta|vattna|mata|hör[ \t]+av|"
    r"titta|var[ \t]+snäll|du|please|can[ \t]+you|could[ \t]+you|don't|remember|call"
)
_NOTE_TO = compile_rule(
    rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*[,!][ \t]*(?i:{_ASKED})(?![\w])"
)
_LOG_WRITER = compile_rule(rf"(?m)^[ \t]*{_STAMP}[ \t]*[-–]?[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*:[ \t]*\S")


_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zåäö]{3,}")
# a definite noun right after the word: the word was its adjective ("anmälan till Allmänna reklamationsnämnden")
_DEFINITE_NOUN_AFTER = re.compile(r"[ \t]+[a-zåäö]{3,}(?:en|et|an|na)(?![\w-])")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """``check_given_name``, and no genitive of an ordinary word or a place ("Svar från Stockholms stad"), nor an
    adjective before its noun ("svar från Samiskt förvaltningsområde", "Svenska kyrkan")."""
    word = m.group("name")
    if word.endswith("s") and len(word) > 3 and ordinary_at_place(word[:-1], text):
        return None
    if word.lower().endswith(("skt", "ska")) and _LOWER_WORD_AFTER.match(text, m.end("name")):
        return None
    if _DEFINITE_NOUN_AFTER.match(text, m.end("name")):
        return None
    return check_given_name(text, m)


def _check_signature(text: str, m: re.Match[str]) -> Verdict | None:
    """``_check``; a listed given name that is also a month or a place ("/Marta", "/Georgia") signs all the same."""
    word = m.group("name")
    if classify_word(word, load_lexicons()) == F and not word.isupper():
        return Verdict(m.start("name"), m.end("name"), "ett förnamn som underskrift efter snedstreck")
    return _check(text, m)


class NameInMessageRecognizer(SwedishPatternRecognizer):
    """A given name alone where a message has a person: thanked, addressed, sending, writing or signing."""

    ENTITY = "PERSON"
    NAME = "name_in_message"
    CONTEXT = ()
    RULES = (
        Rule("thanked", _THANKS, score=0.75, check=_check),
        Rule("message_to_or_from", _MESSAGE, score=0.75, check=_check),
        Rule("to_or_from_line", _TO_FROM_LINE, score=0.75, check=_check),
        Rule("writer_before_wrote", _WRITER_BEFORE, score=0.75, check=_check),
        Rule("writer_after_wrote", _WRITER_AFTER, score=0.75, check=_check),
        Rule("slash_signature", _SLASH_SIGNATURE, score=0.75, check=_check_signature),
        Rule("closing_on_line", _CLOSING_ON_LINE, score=0.75, check=_check),
        Rule("log_writer", _LOG_WRITER, score=0.7, check=_check),
        Rule("note_to_reader", _NOTE_TO, score=0.7, check=_check),
    )
