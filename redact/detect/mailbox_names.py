"""A person's name spelled out by the e-mail address right after it: "Ceren Şahbaz, ceren.sahbaz@example.com",
"Ksenia Dubrovina (k.dubrovina@example.ru)", or a few words of the sentence later ("Ceren Şahbaz nås på
ceren.sahbaz@example.com").

The name rules need a listed name or a cue; a name of an origin no list holds and no cue before it is still a
name when the address beside it is made of its words (letters without accents: "ş" is "s", "ı" is "i"), or of
an initial and the surname. Two capitalised words at least; a word written in lower case elsewhere on the page, a
listed ordinary word, an organisation's word, or a word the address's domain holds (an organisation's own mailbox:
"Ekby Konsthall, ekby.konsthall@ekby.se") makes it no person's.
"""

from __future__ import annotations

import re
import unicodedata

from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?"
_NAMED_MAILBOX = compile_rule(
    rf"(?<![\w@.-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})"
    # a few lower-case words of the sentence between ("nås på", "har e-postadressen", "skriver från")
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)[a-zåäö][a-zåäöé-]*(?=[ \t\n,:(<\[])){0,4}"
    r"[ \t]*(?:[,:(<\[–-][ \t]*)?\n?[ \t]*"
    r"(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
)
# letters the decomposition leaves whole
_FOLD = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                       "œ": "oe", "ŀ": "l"})


def fold(word: str) -> str:
    """The word in lower case without accents, as an e-mail address writes it ("Şahbaz" -> "sahbaz")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spells(words: list[str], local: str) -> bool:
    """True when the local part is made of the name's words (two at least, or an initial and a word of three
    letters or more), with dots, underscores or hyphens between, or run together; digits aside."""
    folded = [fold(p) for w in words for p in w.split("-")]
    local = re.sub(r"\d+", "", local.casefold())
    tokens = [t for t in re.split(r"[._+-]", local) if t]
    if len(tokens) >= 2:
        whole = [t for t in tokens if t in folded]
        initials = [t for t in tokens if len(t) == 1 and any(f.startswith(t) for f in folded)]
        return len(whole) + len(initials) == len(tokens) and any(len(t) >= 3 for t in whole) and (
            len(whole) >= 2 or bool(initials))
    run = "".join(tokens)
    return len(run) >= 6 and run in ("".join(folded), folded[0][:1] + folded[-1], folded[0] + folded[-1])


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import ORG_SUFFIX, X, classify_word, load_lexicons

    starts = [m.start("name") + w.start() for w in re.finditer(r"\S+", m.group("name"))]
    words = m.group("name").split()
    # the name may open its sentence: a word before the two that the address spells is no part of it
    local = m.group("local").casefold()
    for k in range(len(words) - 1):
        # a word the address does not hold opens the run only as its sentence's word ("Ombudet Lotta Ek har
        # skrivit från lotta.ek@…")
        if spells(words[k:], m.group("local")) and (fold(words[k].split("-")[0]) in local
                                                    or local[:1] == fold(words[k])[:1]):
            words, start = words[k:], starts[k]
            break
    else:
        return None
    lex = load_lexicons()
    domain = m.group("domain").casefold()
    for w in words:
        if (w.isupper() or classify_word(w, lex) == X or ORG_SUFFIX.search(w) or fold(w) in domain
                or re.search(rf"(?<![\w@.-]){re.escape(w.casefold())}(?![\w@-]|\.\w)", text)):
            return None
    return Verdict(start, m.end("name"), "namn som e-postadressen bredvid stavar")


class MailboxNameRecognizer(SwedishPatternRecognizer):
    """Names that the e-mail address right after them spells."""

    ENTITY = "PERSON"
    NAME = "mailbox_name"
    CONTEXT = ()
    RULES = (Rule("name_before_its_mailbox", _NAMED_MAILBOX, score=0.85, check=_check, needs=("@",)),)
