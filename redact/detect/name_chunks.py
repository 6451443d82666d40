"""Runs of capitalised tokens that may be a name ("chunks"), and the ordinary words cut from their front ("Igår Anna
Svensson", "Enligt Ekman"): the first step of ``redact.detect.names.find_names``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc

from redact.detect.name_words import (
    F, MIDDLE_INITIAL, OPENERS, S, U, X, _classify, _is_cap, _is_title, Lexicons, _line_start, capitalised_word,
    ends_like_organisation, _lower_follows, _norm, written_in_lower_case,
)
from redact.detect.sentence_start import NOUN_ENDINGS

@dataclass(frozen=True)
class _Chunk:
    start: int  # token index
    end: int  # exclusive
    classes: tuple[str, ...]  # per name token (connectors excluded)
    line_start: bool  # the first token opens a line or a sentence
    tokens: tuple[int, ...] = ()  # the token index of each entry of ``classes``


def _chunks(doc: Doc, lex: Lexicons) -> list[_Chunk]:
    """Maximal runs of capitalised words joined by spaces, particles or a single line break."""
    out: list[_Chunk] = []
    n = len(doc)
    # the tokens' texts from the Doc's array: most tokens are no capitalised word, and are passed over without the
    # Token object each doc[i] makes
    strings = doc.vocab.strings
    capitalised = [capitalised_word(strings[h]) for h in doc.to_array(ORTH).tolist()]
    i = 0
    while i < n:
        if not capitalised[i]:
            i += 1
            continue
        tok = doc[i]
        if _is_title(tok, lex):
            i += 1
            continue
        start = i
        classes = [_classify(tok, lex)]
        tokens = [i]
        j = i + 1
        while j < n:
            nxt = doc[j]
            if capitalised[j] and not _is_title(nxt, lex) and "\n" not in doc[j - 1].text_with_ws[len(doc[j - 1].text):]:
                classes.append(_classify(nxt, lex))
                tokens.append(j)
                j += 1
                continue
            # middle initials: "Lars E O Svensson", "Torkel C. Tveter" (only after a name word)
            k = j
            while k < n and k - j < 3 and MIDDLE_INITIAL.match(doc[k].text) and not doc[k - 1].is_space:
                k += 1
            if (
                k > j and k < n and capitalised[k] and not _is_title(doc[k], lex) and "\n" not in doc[j:k].text
                and (classes[-1] in (F, S) or _classify(doc[k], lex) in (F, S))
            ):
                classes.append(_classify(doc[k], lex))
                tokens.append(k)
                j = k + 1
                continue
            # a particle joined by a hyphen: "Waleed Sami Abu al-Khair", "Bashar al-Assad"
            if _particle_compound(nxt.text, lex) and "\n" not in doc[j - 1].whitespace_:
                j += 1
                continue
            # particles: "Bo von Platen", "Anna van der Berg", "Omar al Hassan"
            k = j
            while k < n and nxt.text.lower() in lex.particles and k - j < 2:
                k += 1
                nxt = doc[k] if k < n else nxt
            if k > j and k < n and capitalised[k] and not _is_title(doc[k], lex):
                classes.append(_classify(doc[k], lex))
                tokens.append(k)
                j = k + 1
                continue
            # a line break inside a name: "Anna\nSvensson" (only after first names; not after a short first name
            # written in capitals alone, "IB" / "Lantrasföreningen": a cell of someone's initials before the next cell)
            if (
                doc[j].is_space and doc[j].text.count("\n") == 1 and j + 1 < n
                and capitalised[j + 1] and not _is_title(doc[j + 1], lex)
                and all(c == F for c in classes) and not (len(tokens) == 1 and _initials_like(doc[start].text))
                and (_classify(doc[j + 1], lex) == S
                     or (_classify(doc[j + 1], lex) == U and (_lower_follows(doc, j + 2) or _cell_pair(doc, start, j + 1)
                                                              # or a comma and a clause: "Lars\nTjärnlund, som bor"
                                                              or (j + 2 < n and doc[j + 2].text == ","
                                                                  and _lower_follows(doc, j + 3)))))
            ):
                classes.append(_classify(doc[j + 1], lex))
                tokens.append(j + 1)
                j += 2
                continue
            break
        out.append(_Chunk(start, j, tuple(classes), _line_start(doc, start), tuple(tokens)))
        i = j
    return out


def _initials_like(word: str) -> bool:
    """Two or three capitals ("IB", "BO", "ANN"): a first name so written alone on its line is a cell of initials."""
    return 2 <= len(word) <= 3 and word.isupper() and word.isalpha()


def _cell_pair(doc: Doc, first: int, second: int) -> bool:
    """A first name alone on its line and one unknown word alone on the next: the first-name and
    surname cells of a table row ("Ingrid" / "Wästberg"), which MuPDF reads one cell a line."""
    alone_before = first == 0 or "\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_
    after = second + 1
    alone_after = after >= len(doc) or "\n" in doc[after].text or "\n" in doc[second].whitespace_
    word = doc[second].text
    return (
        alone_before and alone_after and second == first + 2 and word.lower() not in OPENERS
        and not ends_like_organisation(word) and not word.isupper() and not word.endswith(":")
    )


def _particle_compound(word: str, lex: Lexicons) -> bool:
    """A lowercase particle hyphened to a capitalised name: "al-Khair", "bin-Laden", "van-Dijk"."""
    head, _, rest = word.partition("-")
    return bool(rest) and head in lex.particles and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _orgish(doc: Doc, ch: _Chunk) -> bool:
    return any(ends_like_organisation(doc[k].text) for k in range(ch.start, ch.end) if _is_cap(doc[k]))


def _trim_leading(doc: Doc, ch: _Chunk, ner_label: dict[int, str], lex: Lexicons | None = None,
                  text: str = "") -> _Chunk:
    """Drop ordinary words in front of a first name: "Igår Anna Svensson", "Cyklisten Mark Cavendish".

    Positions are counted in the chunk's own name tokens (``ch.tokens``): a middle initial or a
    particle joins a chunk without being one of its classes, so the page's capitalised tokens
    do not line up with ``ch.classes``.
    """
    if F in ch.classes:
        first_f = ch.classes.index(F)
    elif S in ch.classes and ch.line_start and doc[ch.start].lower_ in OPENERS:
        first_f = 1  # "Enligt Ekman": a sentence-opening word before a surname
    else:
        return ch
    if first_f == 0 or first_f >= len(ch.classes):
        return ch  # nothing in front, or the opener is the whole chunk ("Hos" read as a genitive)
    # ordinary capitalised words go; a name-word ("Ros Marie Ek") stays unless it opens a sentence
    keep = first_f
    while keep > 0 and (ch.classes[keep - 1] in (S, X) and not (keep - 1 == 0 and ch.line_start)):
        keep -= 1
    if keep == 1 and first_f == 1 and ch.classes[0] == S and all(c == F for c in ch.classes[1:]) and (
            ch.line_start and doc[ch.start].lower_ not in OPENERS):
        # "Zheng Jianhong kom sent.", "Kiều Thị Nhung, som ...": a listed surname before the given names, family
        # name first
        keep = 0
    if keep == first_f and lex is not None and (_unlisted_first_name_before(doc, ch, first_f, ner_label, lex, text)
                                                or _unlisted_given_name_before(doc, ch, first_f, ner_label, text)):
        keep -= 1
    if keep == 0:
        return ch
    cut = ch.tokens[keep]
    return _Chunk(cut, ch.end, ch.classes[keep:], _line_start(doc, cut), ch.tokens[keep:])


def _unlisted_first_name_before(doc: Doc, ch: _Chunk, last: int, ner_label: dict[int, str], lex: Lexicons,
                                text: str) -> bool:
    """True when the chunk ends in a word listed as a surname too ("Warsame", "Santos") and one unlisted word
    stands before it inside a sentence ("kusin Ikran Warsame", "= João dos Santos"): a first name the lists
    lack, not an ordinary word (which the text writes in lower case or which has a noun's ending)."""
    if last != len(ch.classes) - 1 or ch.classes[last - 1] != U or (last - 1 == 0 and ch.line_start):
        return False
    tok, end = doc[ch.tokens[last - 1]], doc[ch.tokens[last]]
    if _norm(end.text) not in lex.last or ner_label.get(tok.i) not in (None, "PER"):
        return False
    word = tok.text
    low = word.lower()
    if not word.isalpha() or word.isupper() or len(word) < 3 or (len(low) >= 7 and low.endswith(NOUN_ENDINGS)):
        return False
    return not written_in_lower_case(low, text or doc.text)


# A role or a thing in the definite form, or an agent noun ("Cyklisten", "Sökanden", "Föraren"): no given name.
_DEFINITE_ENDINGS = ("en", "et", "na", "ns", "ens", "ets", "are", "aren")


def _unlisted_given_name_before(doc: Doc, ch: _Chunk, first: int, ner_label: dict[int, str], text: str) -> bool:
    """True when one unlisted word stands before a listed first name inside a sentence and a further name follows
    ("mor Hodan Cabdi Jaamac"): a given name the lists lack before the father's and grandfather's names, not an
    ordinary word (which the text writes in lower case, or which ends as a noun in the definite form does)."""
    if first != 1 or ch.classes[0] != U or ch.line_start or len(ch.classes) < 3:
        return False
    tok = doc[ch.tokens[0]]
    if ner_label.get(tok.i) not in (None, "PER"):
        return False
    word = tok.text
    low = word.lower()
    if not word.isalpha() or word.isupper() or len(word) < 3 or low in OPENERS or (
            len(low) >= 6 and low.endswith(_DEFINITE_ENDINGS)) or (len(low) >= 7 and low.endswith(NOUN_ENDINGS)):
        return False
    return not written_in_lower_case(low, text or doc.text)
