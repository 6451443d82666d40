"""A given name standing alone as a speaker or a signer of a written exchange, found whatever the name lists say:

* a speaker of a transcript, an interview or a chat written as "NAME: what was said" lines, when the block is a
  dialogue: a speaker comes back after another ("Maja: …" / "Handläggare: …" / "Maja: …"), or the other speaker is
  a role, a relative or a listed given name ("Intervjuare: Hur mår du?" / "Maja: Bra, tack.");
* a text message's or a call's heading, the name before its time ("SMS Maja kl. 14.10", "Samtal från Maja 09:40");
* a signature after a dash under a message, or after a dash or a slash behind its last sentence ("Ses i morgon!" /
  "- Maja", "Tack för i dag! //Maja").

Form labels at a line's start ("Beslut: Ansökan avslås.", "Telefon: 070-…", "Adress: …") are no speakers: a block
with a line that reads as a form's value (an address, a number, a full name) is no dialogue, and the labels of
``lexicons/labels.txt``, a participle ("Sökande") and a note's headings ("Fråga", "Svar") never speak. The word is taken as ``names_by_place`` takes it
(``place_keep_words``).
"""

from __future__ import annotations

import re

from redact.detect.name_words import F, classify_word, load_lexicons
from redact.detect.names_by_place import WORD, check_given_name
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule
from redact.detect.place_keep_words import listed_given_name, person_word

_SPEAKER_LINE = re.compile(rf"(?m)^[ \t]*(?P<name>{WORD})[ \t]*:[ \t]*(?P<said>[^\n]*\S)?[ \t]*$")
_SPEAKER = compile_rule(rf"(?m)^[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*:[ \t]*\S")
# a lower-case word of what was said (not the local part of an address or a file's name): a label's value is a
# number, an address or a name, speech has words
_SPOKEN_WORD = re.compile(r"(?<![\w@./-])[a-zåäöéüæøœ]{2,}(?![\w@-]|\.\w)")
# what no speech holds but a form's value does: an address, a number of five digits or more (a phone, a postal code,
# a date), a name of two capitalised words opening it ("Eva Berg, socialsekreterare")
_VALUE_SHAPE = re.compile(r"@|\d[\d \-]{3,}\d|^[ \t]*[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+")
# a participle a form's party label is written with ("Sökande", "Remitterande", "Närstående")
_PARTICIPLE = re.compile(r"(?:ande|ende)$")
# headings of a note or a form that stand where a speaker stands, written by the project
_HEADINGS = frozenset((
    "fråga frågan frågor svar svaret question answer q a kommentar kommentarer anteckning anteckningar notering "
    "obs observera tips info not note notes ps sammanfattning bakgrund bedömning beslut motivering åtgärd åtgärder "
    "uppföljning syfte mål resultat status orsak plats tid datum ämne ärende rubrik citat exempel övrigt summary "
    "background comment comments reply re fw fwd sv vb tema punkt agenda dagordning protokoll"
).split())


def _speakers_around(text: str, at: int) -> list[tuple[str, str]]:
    """The speaker lines of the block that holds the line at ``at`` (one blank line may stand between two)."""
    lines = text.split("\n")
    row = text.count("\n", 0, at)
    block: list[tuple[str, str]] = []
    for step in (-1, 1):
        i, blanks, found = row if step == 1 else row - 1, 0, []
        while 0 <= i < len(lines):
            line = lines[i]
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    break
                i += step
                continue
            m = _SPEAKER_LINE.match(line)
            if m is None:
                break
            blanks = 0
            found.append((m.group("name"), m.group("said") or ""))
            i += step
        block = found[::-1] + block if step == -1 else block + found
    return block


# the asking side of an interview or a hearing, written by the project (roles and relatives are ``person_word``'s)
_ASKERS = frozenset("intervjuare förhörsledare fl utredare jag me i you du vi we".split())


def _person_speaker(word: str, text: str) -> bool:
    """A speaker that is surely a person: an interviewer, a role, a relative, or a listed given name."""
    return word.lower() in _ASKERS or person_word(word) or listed_given_name(word, text)


def _spoken(said: str) -> bool:
    """What follows a speaker's colon reads as speech: words in lower case, and no address, number or full name."""
    return _SPOKEN_WORD.search(said) is not None and _VALUE_SHAPE.search(said) is None


def _check_speaker(text: str, m: re.Match[str]) -> Verdict | None:
    """The speaker's word when every line of its block reads as speech and the block is a dialogue: a speaker comes
    back after another, or another speaker is surely a person; no heading, form label or ordinary word."""
    word = m.group("name")
    low = word.lower()
    if low in _HEADINGS or low in load_lexicons().labels or (len(low) >= 7 and _PARTICIPLE.search(low)):
        return None
    block = _speakers_around(text, m.start("name"))
    names = [w for w, _ in block]
    others = [w for w in names if w != word]
    if not others or not all(_spoken(said) for _, said in block):
        return None
    returns = any(names[i] == names[j] and names[i] != names[i + 1]
                  for i in range(len(names)) for j in range(i + 2, len(names)))
    if not returns and not any(_person_speaker(w, text) for w in others):
        return None
    return check_given_name(text, m)


# a message's or a call's heading: its kind, the name, and its time or date
_HEADING_KIND = r"sms|mms|mejl|mail|e-post|samtal|telefonsamtal|meddelande|röstmeddelande|chatt|chat|messenger|whatsapp"
_WHEN = (
    r"(?i:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?|\d{1,2}:\d{2}|\d{1,2}\.\d{2}(?![\d.])|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}/\d{1,2}|(?i:den)[ \t]+\d{1,2}|(?i:i[ \t]+(?:går|dag|morse|kväll|natt)|igår|idag)"
)
_MESSAGE_HEADING = compile_rule(
    rf"(?<![\w-])(?i:{_HEADING_KIND})[ \t]*:?[ \t]+(?:(?i:från|till|from|to)[ \t]+)?(?P<name>{WORD})(?![\w'’-])"
    rf"[ \t]*[,:–-]?[ \t]*(?:{_WHEN})"
)
# a dash or a slash before a name that ends the text's line: alone on its line under a message, or behind the
# message's last sentence
_DASH_SIGNATURE = compile_rule(
    rf"(?m)(?:^|(?<=[.!?…)][ \t]))[ \t]*(?:[-–—~]|/{{1,2}})[ \t]*(?P<name>{WORD})(?![\w'’-])[ \t]*$"
)
_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·~]|\d+[.)])")


def _check_dash(text: str, m: re.Match[str]) -> Verdict | None:
    """The name after a dash when it signs a message: the line before it ends a sentence and is no list's item,
    and no list item follows ("Att ta med:" / "- Pass" / "- Intyg" is a list)."""
    line_start = text.rfind("\n", 0, m.start("name")) + 1
    if text[line_start:m.start("name")].strip() in ("-", "–", "—", "~", "/", "//"):
        before = [ln for ln in text[:line_start].split("\n") if ln.strip()]
        if not before or _BULLET.match(before[-1]) or not re.search(r"[.!?…)]\s*$|\w\s*$", before[-1]):
            return None
        if before[-1].rstrip().endswith(":"):
            return None
        after = [ln for ln in text[m.end():].split("\n") if ln.strip()]
        if after and _BULLET.match(after[0]):
            return None
        if not re.search(r"[.!?…)]\s*$", before[-1]) and classify_word(m.group("name"), load_lexicons()) != F:
            return None
    return check_given_name(text, m)


class NameInDialogueRecognizer(SwedishPatternRecognizer):
    """A given name alone as a dialogue's speaker, a message heading's sender, or a signature after a dash."""

    ENTITY = "PERSON"
    NAME = "name_in_dialogue"
    CONTEXT = ()
    RULES = (
        Rule("dialogue_speaker", _SPEAKER, score=0.7, check=_check_speaker),
        Rule("message_heading", _MESSAGE_HEADING, score=0.75, check=check_given_name),
        Rule("dash_signature", _DASH_SIGNATURE, score=0.7, check=_check_dash),
    )
