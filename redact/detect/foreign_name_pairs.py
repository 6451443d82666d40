"""Two or three unlisted capitalised words spelled like a name from abroad, where Swedish text puts a person.

Names no list holds (Lao, Khmer, Mongolian, Somali, Filipino, West African...) are missed in running text when
the model does not know them: "tog emot Bounmy Keomany:s överklagande", "ett mejl från Jomar Macaraeg". Two
shapes of such text are read:

* a genitive: the run's last word ends in "s" or ":s" and a lowercase word follows ("Mamadou Sissokos ansökan");
* at a sentence's start before a verb a person does ("Suraj Rai ringde", "Pemba Tamang har ansökt");
* after a word that puts a person next ("från", "till", "enligt", "med", "emot", "träffade"...), and a
  lowercase word, a sign or the line's end after the run.

One unlisted word at least is spelled like a name from abroad, and every word must be a possible name: not written in lower case in the document, not a listed ordinary word, not
spelled like a Swedish word (``name_shapes``), no organisation's ending, no country, no place the document names,
and no place or organisation noun after the run ("Abu Dhabis flygplats"); "från" and "till" after a word of a
journey or a home ("flyttade till", "flydde från") name a place.
"""

from __future__ import annotations

import re

from redact.detect.name_shapes import foreign_shape, swedish_shape
from redact.detect.name_words import (
    F, ORG_SUFFIX, PLACE_NOUN_AFTER, S, U, classify_word, load_lexicons, written_in_lower_case,
)
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, rule_regex
from redact.detect.places import countries, place_words

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÅÄÖ]+(?:-[^\W\d_a-zß-ÿ][^\W\d_A-ZÅÄÖ]+)?"
# a sentence's opening preposition is no part of the name ("Enligt Yaqeen Alhamdani har ...")
_OPENING = r"(?!(?:Enligt|Från|Till|Med|Emot|Hos|För|Av|Åt|Träffade|Kontaktade)[ \t])"
_RUN = compile_rule(rf"(?<![\w:-]){_OPENING}(?P<run>{_CAP}(?:[ \t]+{_CAP}){{1,2}})(?P<gs>:s|s)?(?![\w:-])")
# Words after which a person is named ("ett mejl från", "skickades till", "enligt", "samtal med").
_PERSON_BEFORE = frozenset({
    "från", "till", "enligt", "med", "emot", "träffade", "kontaktade", "ringde", "intervjuade", "hörde", "besökte",
    "av", "hos", "för", "åt",
})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# Verbs a person does as a sentence's subject right after the name opens it ("Suraj Rai ringde", "Pemba Tamang har
# ansökt"): a place or a firm there is removed by the place and organisation checks.
_PERSON_VERBS = frozenset({
    "ringde", "ringer", "berättade", "berättar", "uppgav", "uppger", "sa", "sade", "säger", "skrev", "skriver",
    "mejlade", "kom", "kommer", "besökte", "vill", "ville", "önskar", "önskade", "bor", "bodde", "flyttade",
    "arbetar", "arbetade", "studerar", "söker", "sökte", "ansökte", "ansöker", "har", "hade", "är", "var", "fick",
    "får", "behöver", "anser", "menar", "deltog", "närvarade", "överklagade", "begärde", "svarade", "kontaktade",
    "träffade", "tackade", "lämnade", "meddelade", "undertecknade", "skickade", "bekräftade",
})
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|[ \t][a-zåäö])")
# Words of a journey or a home before "från" / "till" in the same sentence: a place follows, not a person.
_MOVING = re.compile(
    r"(?i)(?<![\w])(?:flytta\w*|res(?:a|an|te|er|or)|åkte|åker|flög|flydde|flyr|flykt\w*|vidare|utvandra\w*|"
    r"invandra\w*|född|bodde|bor|uppvuxen|hemland\w*|tillbaka|återvände)(?![\w])"
)
_PLACE_NOUNS = tuple(sorted(w for w in PLACE_NOUN_AFTER if len(w) >= 4))
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _possible_name(word: str, text: str, places: frozenset[str]) -> str | None:
    """The word's class (F, S or U) when it may be part of a name here, else None."""
    cls = classify_word(word, load_lexicons())
    if cls not in (F, S, U) or written_in_lower_case(word, text) or ORG_SUFFIX.search(word) or word in places:
        return None
    if cls == U and (swedish_shape(word) or len(word) < 2):
        return None
    return cls


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    words = m.group("run").split()
    if ORG_SUFFIX.search(words[-1]):
        return None  # "Thai Airways meddelade": a firm's last word, before the genitive's "s" is cut off
    run_end, genitive = m.end("run"), bool(m.group("gs"))
    if not genitive and words[-1].endswith("s") and len(words[-1]) > 3 and not words[-1].endswith("ss"):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1).islower():  # "Mamadou Sissokos ansökan": the run ends before the "s"
            words[-1], run_end, genitive = words[-1][:-1], run_end - 1, True
    if any((w.lower(),) in countries() for w in words) or tuple(w.lower() for w in words) in countries():
        return None
    places = place_words(text)
    classes = [_possible_name(w, text, places) for w in words]
    if None in classes:
        return None
    unlisted = [w for w, c in zip(words, classes) if c == U]
    # a word spelled like a name from abroad, or in the genitive an unlisted given name before a listed surname
    # ("Anan Saetang:s"); a role's noun is no part of a name ("Förskolechef Karin Westerlund har")
    if not unlisted or not (any(foreign_shape(w) for w in unlisted) or (genitive and len(words) == 2 and classes[-1] == S)):
        return None
    if any(w.lower() in load_lexicons().titles for w in words):
        return None
    nxt = _NEXT_WORD.match(text, m.end())
    # a place's or an organisation's noun after the run, compounds too ("Abu Dhabis flygplats"), or a route's stop
    if nxt is not None and (nxt.group(1).lower().endswith(_PLACE_NOUNS) or nxt.group(1) == "via"):
        return None
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if genitive:
        if nxt is None or not nxt.group(1).islower():
            return None
        if before is not None and not before.group(1).islower():
            return None  # a capitalised word before: a longer title or organisation's name
        return Verdict(m.start("run"), run_end, "namn från annat språk i genitiv")
    if before is None and _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
        if nxt is None or nxt.group(1) not in _PERSON_VERBS or not text.startswith(" ", m.end()):
            return None
        return Verdict(m.start("run"), m.end("run"), "namn från annat språk före en persons verb i meningens början")
    if before is None or before.group(1).lower() not in _PERSON_BEFORE:
        return None
    if before.group(1).lower() in ("från", "till") and _MOVING.search(text, max(0, m.start() - 60), m.start()):
        return None  # "flyttade till Huế och vidare från Đà Nẵng": a journey's places
    if not _AFTER.match(text, m.end()):
        return None
    return Verdict(m.start("run"), m.end("run"), "namn från annat språk efter personord")


# A role's noun beside a run of capitalised words: the run before it with a comma ("Pemba Tamang, handläggare" in a
# signature) or in the table cell after it ("| Handläggare | Pemba Tamang | 070-...").
_BESIDE_ROLE = compile_rule(
    rf"(?<![\w:-])(?P<run>{_CAP}(?:[ \t]+{_CAP}){{1,2}}),[ \t]+(?P<role>[^\W\d_]+)(?=[ \t]*(?:\n|$|,|\.|\|))"
    rf"|(?m:^)[ \t]*\|?[ \t]*(?P<role2>[^\W\d_]+)[ \t]*\|[ \t]*(?P<run2>{_CAP}(?:[ \t]+{_CAP}){{1,2}})[ \t]*(?=\||$)"
)


def _check_beside_role(text: str, m: re.Match[str]) -> Verdict | None:
    lex = load_lexicons()
    key = "run" if m.group("run") else "run2"
    role = (m.group("role") or m.group("role2")).lower()
    if role not in lex.titles:
        return None
    words = m.group(key).split()
    if any(ORG_SUFFIX.search(w) or w.lower() in lex.titles for w in words):
        return None
    if any((w.lower(),) in countries() for w in words) or tuple(w.lower() for w in words) in countries():
        return None
    places = place_words(text)
    classes = [_possible_name(w, text, places) for w in words]
    if None in classes or not any(c == U for c in classes):
        return None  # listed names are the other rules' (they need no role beside them)
    if not any(c in (F, S) or foreign_shape(w) for w, c in zip(words, classes)):
        return None  # "Norrviks Stadsbyggnad, handläggare": a listed name or a word spelled like one from abroad
    return Verdict(m.start(key), m.end(key), f"namn bredvid rollen '{role}'")


class ForeignNamePairRecognizer(SwedishPatternRecognizer):
    """Unlisted names spelled like names from abroad in a genitive or after a word that names a person."""

    ENTITY = "PERSON"
    NAME = "foreign_name_pair"
    CONTEXT = ()
    RULES = (Rule("foreign_name_pair", _RUN, score=0.75, check=_check),
             Rule("name_beside_role", _BESIDE_ROLE, score=0.75, check=_check_beside_role,
                  gate=rule_regex(r",[ \t]+[a-zåäö]|\|")))
