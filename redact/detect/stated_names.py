"""A person's name given as a name: "uppgav namnet Abdirahman Jaamac", "bokad under namnet Li Wen".

The words after "namnet" are the name a person gave or goes by, so an unlisted word beside a listed one is
part of it (a Somali first name before the father's name, itself listed as a first name). Two or three
capitalised words are taken, one at least a listed name, so that "namnet Solgläntan" (a house) and
"namnet Östra Skolan" stay.
"""

from __future__ import annotations

import re

from redact.detect.name_words import U, X, classify_word, load_lexicons
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?"
_STATED = compile_rule(
    rf"(?<![\w-])(?i:namnet|namnen)[ \t]*\n?[ \t]*(?P<name>{_CAP}(?:[ \t]*\n?[ \t]*{_CAP}){{1,2}})(?![\w-])"
)


def _check_stated(text: str, m: re.Match[str]) -> Verdict | None:
    words = m.group("name").split()
    lex = load_lexicons()
    kinds = [classify_word(w, lex) for w in words]
    if all(k == U for k in kinds) or any(w.isupper() for w in words):
        return None
    # a third word is taken only when it is a name, never a word ("namnet Li Wen Göteborg" ends at the name)
    end = m.end("name")
    if len(words) == 3 and kinds[2] in (U, X):
        end = m.start("name") + m.group("name").rfind(words[2])
        end = len(text[:end].rstrip())
    return Verdict(m.start("name"), end, "namn efter 'namnet'")


class StatedNameRecognizer(SwedishPatternRecognizer):
    """The name after "namnet": a person's name as given."""

    ENTITY = "PERSON"
    NAME = "stated_name"
    CONTEXT = ()
    RULES = (Rule("name_after_namnet", _STATED, score=0.8, check=_check_stated, needs=("namnet", "namnen")),)
