"""The parts of a name that the model and the capitalised-word rules leave out: the particles in front of a
surname written alone ("till van der Veen", "hos von Platen") and a surname whose prefix an apostrophe joins
("Siobhán O’Donnell", "Luca D’Amico"), written with any apostrophe (’ ' ʼ ‘).

The tokenizer cuts a typographic apostrophe off its word ("O", "’", "Donnell"), so the model reads half a name
at most; and a name opens at a capital, so a particle before a surname alone is left outside. Both are
mended here on the text, after the name rules (``redact.detect.names``).
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compile_scanning
from redact.detect.name_words import OPENERS, ORG_SUFFIX, F, X, Lexicons, NameHit, classify_word

# Particles that are no Swedish word: before a capitalised word they belong to a name.
_PARTICLES = frozenset({
    "van", "von", "der", "vom", "zu", "zum", "ter", "ten", "bin", "ibn", "bint", "binti", "al", "abu", "ould",
    "di", "da", "dos", "das", "del", "della", "dela", "le", "af", "mac", "nic", "ní", "do", "des",
})
# Particles that are Swedish words too ("de" they, "den" it, "la" laid, "du" you, "el" electricity): only
# beside a particle of the list above ("van den Berg", "van de Velde") or as "de la", "de los".
_SWEDISH_TOO = frozenset({"de", "den", "la", "du", "el", "las", "los"})
_PAIRS = frozenset({("de", "la"), ("de", "las"), ("de", "los"), ("du", "la")})

# Particles right before a name, on its line: one to three lowercase words.
_BEFORE = re.compile(r"(?:(?<=[\s(])|^)((?:[a-zíá]{2,5}[ \t]+){1,3})$")

# An apostrophe joining a one-letter prefix to a surname: "O’Donnell", "D'Amico", "O‘Brien", "Oʼ Neill" no.
_APOSTROPHE_SURNAME = compile_scanning(
    r"(?<![\w’'ʼ‘])(?:O|D|N)[’'ʼ‘][A-ZÁÉÍÓÚ][a-záéíóúàèìòù]+(?:s)?(?![\w’'ʼ‘])")
# The given name before it, capitalised, on the same line ("Siobhán", "Mary-Kate").
_CAP_WORD = r"[A-ZÅÄÖÁÉÍÓÚÜ][a-zåäöáéíóúàèìòùñçü]+(?:-[A-ZÅÄÖÁÉÍÓÚÜ][a-zåäöáéíóúàèìòùñçü]+)?"
_GIVEN_BEFORE = re.compile(rf"(?<![\w-])({_CAP_WORD})[ \t]+$")


def _particles_before(text: str, start: int) -> int:
    """Where the particles standing right before ``start`` begin (``start``: none)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _BEFORE.search(text, max(line_start, start - 24), start)
    if m is None:
        return start
    words = m.group(1).split()
    # keep the particles nearest the name that form a valid chain
    for k in range(len(words)):
        chain = words[k:]
        if all(w in _PARTICLES or w in _SWEDISH_TOO for w in chain) and (
                any(w in _PARTICLES for w in chain) or tuple(chain) in _PAIRS):
            offset = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
            # the first particle as written: skip the spaces the join above does not count
            while text[offset] in " \t":
                offset += 1
            return offset
    return start


def with_particles(hits: list[NameHit], text: str, lex: Lexicons) -> list[NameHit]:
    """Each name hit widened over the particles written right before it ("van der" before "Veen"); a hit that
    opens with a particle already ("der Veen") is widened over the ones before that. A hit that opens with a listed
    given name keeps its start: the word before is a preposition ("von Reinhard Kurzweiler", German "from")."""
    out = []
    for h in hits:
        start = h.start_char
        # a hit that begins with particles: look before its first capitalised word
        head = re.match(r"(?:[a-zíá]{2,5}[ \t]+)+", text[start:h.end_char])
        if head and all(w in _PARTICLES or w in _SWEDISH_TOO for w in head.group().split()):
            start = start + head.end()
        if not text[start:start + 1].isupper():
            out.append(h)
            continue
        new = _particles_before(text, start)
        first = re.match(r"[^\W\d_][\w-]*", text[start:h.end_char])
        if new < start and " " not in text[new:start].strip() and first is not None and classify_word(first.group(), lex) == F:
            out.append(h)  # one word before a given name is a preposition: "von Reinhard Kurzweiler" (German "from")
            continue
        out.append(NameHit(min(new, h.start_char), h.end_char, h.score, h.detector, h.reason) if new < h.start_char else h)
    return out


def _plain_word(word: str, lex: Lexicons) -> bool:
    """A capitalised word that is no given name: a title, a label, a sentence opener, an organisation's word."""
    low = word.lower()
    return (low in lex.titles or low in lex.labels or low in OPENERS or bool(ORG_SUFFIX.search(word))
            or classify_word(word, lex) == X)


_APOSTROPHES = "’'ʼ‘"


def _whole_words(h: NameHit, text: str) -> NameHit:
    """A hit that stops at an apostrophe inside a word widened to the word ("Sa" of "Sa’id", "’ruf" of "Ma’ruf")."""
    a, b = h.start_char, h.end_char
    while b + 1 < len(text) and text[b] in _APOSTROPHES and text[b + 1].isalpha() and text[b - 1].isalpha():
        b += 1
        while b < len(text) and text[b].isalpha():
            b += 1
    while a >= 2 and text[a - 1] in _APOSTROPHES and text[a - 2].isalpha() and text[a].isalpha():
        a -= 1
        while a > 0 and text[a - 1].isalpha():
            a -= 1
    # a given name an apostrophe joins right before the name: "Ja’far Hosseini", "Ng’endo Wanjiru"
    m = _JOINED_GIVEN_BEFORE.search(text, max(0, a - 24), a)
    if m is not None:
        a = m.start(1)
    return h if (a, b) == (h.start_char, h.end_char) else NameHit(a, b, h.score, h.detector, h.reason)


_JOINED_GIVEN_BEFORE = re.compile(r"(?<![\w’'ʼ‘])([A-ZÅÄÖÉ][a-zåäöé]{0,4}[’'ʼ‘][a-zåäöé]{1,10})[ \t]+$")


def apostrophe_names(text: str, hits: list[NameHit], lex: Lexicons) -> list[NameHit]:
    """A surname whose prefix an apostrophe joins, with the capitalised given name before it ("Siobhán O’Donnell"),
    and any hit that ends inside such a surname, or inside any word an apostrophe joins ("Mas’ud"), widened to it."""
    def is_word(w: str) -> bool:
        return _plain_word(w, lex)

    out = [_whole_words(h, text) for h in hits]
    for m in _APOSTROPHE_SURNAME.finditer(text):
        a, b = m.start(), m.end()
        given = _GIVEN_BEFORE.search(text, max(0, a - 40), a)
        if given is not None and not is_word(given.group(1)):
            a = given.start(1)
        elif given is None and not any(h.start_char <= a < h.end_char for h in hits):
            continue  # a surname alone: the name rules or the document's other mentions decide
        covering = [h for h in out if h.start_char < b and a < h.end_char]
        if covering:
            out = [NameHit(min(h.start_char, a), max(h.end_char, b), h.score, h.detector, h.reason)
                   if h in covering else h for h in out]
        elif given is not None and not is_word(given.group(1)):
            out.append(NameHit(a, b, 0.75, "names", "list:apostrophe surname"))
    return out


# One particle alone that is a name's and no preposition's in any language near ("af Klercker", "bin Salem").
_NAME_ONLY_PARTICLES = frozenset({"af", "bin", "ibn", "bint", "ould", "ter", "della"})
_PARTICLE_RUN = re.compile(rf"(?<![\w-])((?:[a-zíá]{{2,5}}[ \t]+){{1,3}})({_CAP_WORD})(?![\w-])")


def particle_names(text: str, hits: list[NameHit], lex: Lexicons) -> list[NameHit]:
    """A surname written with its particles and no given name, where no rule found it: "till van den Berg", "med
    de la Fuente", "af Klercker"; a chain of two particles or one that no language uses as a preposition."""
    out = list(hits)
    for m in _PARTICLE_RUN.finditer(text):
        name_start = m.start(2)
        if any(h.start_char <= name_start < h.end_char for h in out):
            continue
        start = _particles_before(text, name_start)
        chain = text[start:name_start].split()
        if not chain or (len(chain) == 1 and chain[0] not in _NAME_ONLY_PARTICLES):
            continue
        word = m.group(2)
        # after two particles a word that is also a noun is the surname ("van den Berg"); a given name never is
        if (_plain_word(word, lex) and (len(chain) == 1 or classify_word(word, lex) != X)) or classify_word(word, lex) == F:
            continue
        out.append(NameHit(start, m.end(2), 0.75, "names", "list:particle surname"))
    return out
