"""Person names on text that is not Swedish: proposed only on stronger evidence.

The Swedish name rules read a capitalised word as a possible name, which in English or German
text makes a name of "In", "This", "JavaScript" and every heading. Where ``redact.detect.language``
says the text is in such a language, a PERSON finding of the Swedish rules is kept only when

* it opens with a listed first name followed by another capitalised word ("Ingrid Kowalski"),
  a listed name where the first name is an ordinary English word ("Harm Reduction") or, on
  German text, where every noun is capitalised, where a line break stands between them;
* a title or a greeting stands right before it ("Ms", "Dr.", "Dear", "handläggare");
* it follows a name label on its line ("Name:", "Signed:", "From:"), with the label's colon;
* it is a signature: the line after a closing ("Best regards,"), or a line of its own over an
  e-mail address, or a name before an address in angle brackets ("Ingrid Kowalski <ik@...>").

The same cues also propose names that the Swedish rules missed ("Dear Mr Okonkwo"), and so do
the shapes of ``redact.detect.foreign_shapes`` (a listed first name alone, "Will Thompson", chat
speakers, "ABDI, Faadumo", "T. J. Baker", names beside a found name). Other categories, and names
on Swedish (Danish, Norwegian) stretches, pass through untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from redact.detect.foreign_words import (
    CAPITALISES_MORE, CLOSINGS, FUNCTION_WORDS, GREETINGS, HEADER_LABELS, LABELS, NOT_TITLES_IN_LOWERCASE,
    ONE_WORD_LABELS, PARTICLES, TITLES, ordinary_start,
)
from redact.detect.foreign_shapes import coordinated, lowercase_words, orgish, shapes, topical
from redact.detect.language import SWEDISH_RULES, PageLanguage
from redact.detect.names import SCORE_CONTEXT, Lexicons, classify_word
from redact.types import Finding

# Words after which the signer's name follows on the same line.
SIGNED = re.compile(r"\b(?:signed|(?:written|prepared|approved|signed|reviewed|sent) by)\s*:?\s*$", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+(?:[-'’][^\W\d_]+)*\.?)")
_LABEL = re.compile(r"[ \t]*([^\W\d_]+(?: [^\W\d_]+){0,2})[ \t]*:")


#: The reasons of table-column findings (redact.detect.engine) whose header names a person's column.
_COLUMN_REASONS = ("namn i en kolumn", "initialer i en kolumn")


def restrict(
    findings: Sequence[Finding], page: int, text: str, language: PageLanguage, lex: Lexicons
) -> list[Finding]:
    """The findings of one page, with PERSON on non-Swedish stretches kept only on stronger evidence.

    Names the cues point at and the Swedish rules missed are added (detector "names", ids are
    left to the caller to renumber).
    """
    out: list[Finding] = []
    lower = lowercase_words(text)
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or language.at(f.start) in SWEDISH_RULES:
            out.append(f)
            continue
        if any(r in f.reason for r in _COLUMN_REASONS):
            # a cell under a "Namn" or "Sign." header is a person's in any language: a Swedish register's rows of
            # foreign names and addresses ("Jānis Bērziņš", "Kalnciema iela 12-4") read as a Latvian stretch
            out.append(f)
            continue
        if f.detector in ("table_column", "initials_column") and f.reason.startswith("initialer"):
            out.append(f)  # a signing column's initials, in whatever language the names beside them read
            continue
        end = _before_function_word(text, f.start, f.end)
        why = evidence(text, f.start, end, lex, language.at(f.start), lower)
        if not why:
            longer = _surname_after(text, f.start, end, lex)
            why, end = ("first name + name", longer) if longer > end else ("", end)
        if why:
            note = f"{language.at(f.start)}: {why}"
            out.append(replace(f, end=end, text=text[f.start : end], reason=f"{f.reason}; {note}" if f.reason else note))
    people = [(f.start, f.end) for f in out if f.category == "PERSON" and f.start is not None and f.end is not None]
    found = list(cue_names(text, language, lex))
    foreign = [(s, e) for s, e in people + [(s, e) for s, e, _ in found] if language.at(s) not in SWEDISH_RULES]
    found += [s for s in coordinated(text, foreign, lex, lower) if language.at(s[0]) not in SWEDISH_RULES]
    for start, end, why in found:
        if any(s <= start and end <= e for s, e in people):
            continue  # overlapping spans are joined later (merge): "Faadumo\nBAKER" and "BAKER, Thomas J."
        people.append((start, end))
        out.append(Finding(
            id=f"p{page}-cue-{start}", page=page, start=start, end=end, text=text[start:end],
            category="PERSON", score=SCORE_CONTEXT, detector="names", reason=f"{language.at(start)}: {why}",
        ))
    return out


# ----------------------------------------------------------------------------- evidence for one span

def evidence(
    text: str, start: int, end: int, lex: Lexicons, language: str = "en", lower: frozenset[str] = frozenset()
) -> str:
    """Why ``text[start:end]`` is a person's name on text in ``language``, or "" when nothing says so."""
    words = [m.group(0).rstrip(".") for m in _WORD.finditer(text, start, end)]
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) >= 2 and topical(caps):
        return ""  # "Notre Dame Law Review": a title before the words does not make a journal a person
    cue = _cue_before(text, start, lex)
    if cue:
        return cue
    if orgish(caps + _capitalised_after(text, end)):
        return ""  # "Clinton Health Access Initiative": the rules stopped before the word that makes it a title
    # "Urban Planning" where the page speaks of "planning": an unlisted word that is a word here; so is the
    # last word after initials ("Henry L. Hepatitis C infection", a reference's author and its title)
    common = len(caps) >= 2 and any(
        classify_word(w, lex) == "U" and w.lower() in lower for w in {caps[1], caps[-1]} if not _initial(w)
    )
    if (len(caps) >= 2 and _first_name_first(caps, lex) and not common
            and not ordinary_start(caps[0], classify_word(caps[1], lex) in ("F", "S"), language, "\n" in text[start:end])):
        return "first name + name"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip().rstrip(",")
    if len(caps) >= 2 and language not in CAPITALISES_MORE and before[-1:].islower():
        return "names inside a sentence"
    line_end = _line_end(text, start)
    label, colon = _label_at(text, line_start, line_end, lex)
    if label and colon <= start and _label_names(label, len(caps), _listed(caps, lex)) and not _a_label(text, end):
        return f"label:{label}"
    if not text[line_start:start].strip() and (len(caps) >= 2 or _listed(caps, lex)):
        if _closing_before(text, line_start):
            return "signature"
        if EMAIL.search(text, end, line_end) and re.match(r"\s*[<(\[]", text[end:line_end]):
            return "e-mail header"
        if not text[end:line_end].strip(" ,") and EMAIL.search(_next_lines(text, line_end, 2)):
            return "signature"
    return ""


def _capitalised_after(text: str, end: int, most: int = 3) -> list[str]:
    """The capitalised words right after ``end`` on its line, with only spaces between (at most ``most``)."""
    out: list[str] = []
    pos = end
    while len(out) < most:
        m = _NEXT_WORD.match(text, pos)
        if m is None or not m.group(1)[:1].isupper():
            break
        out.append(m.group(1))
        if m.group(1).endswith("."):
            break
        pos = m.end(1)
    return out


def _surname_after(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where a lone listed first name ends together with the capitalised word after it, else ``end``.

    The Swedish rules stop at a word with a sign glued to it ("Blake Kaplan∗", an author's mark).
    """
    caps = [m.group(0) for m in _WORD.finditer(text, start, end)]
    if len(caps) != 1 or classify_word(caps[0], lex) != "F":
        return end
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).endswith(".") or orgish([m.group(1)]):
        return end
    if not _first_name_first([caps[0], m.group(1)], lex):
        return end  # "OLIVER IN THE END": a function word or an unlisted ALL CAPS word
    return m.end(1)


def _before_function_word(text: str, start: int, end: int) -> int:
    """``end``, or where the span ends before a function word that the Swedish rules ran on into.

    "Frederick Douglass\nAlthough", "OLIVER CAME TO LONDON": the name, if any, ends before it.
    """
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        word = m.group(0)
        if k and not _initial(word) and word.rstrip(".").lower() in FUNCTION_WORDS:
            return len(text[:m.start()].rstrip())
    return end


def _first_name_first(caps: list[str], lex: Lexicons) -> bool:
    """A listed first name followed by another capitalised word ("Ingrid Kowalski", "Mark Lindqvist")."""
    if len(caps) > 4 or caps[0].endswith(("'s", "’s")):
        return False  # a title-cased heading; "Rigo’s Psyco": the name owns the next word
    first, second = classify_word(caps[0], lex), classify_word(caps[1], lex)
    heading = caps[1].isupper() and len(caps[1]) > 1  # ALL CAPS, not an initial ("Mohammad R.")
    if (caps[0].lower() in FUNCTION_WORDS or heading or first == "X") and second == "U":
        return False  # "My Escape", "OLIVER CAME": only a listed name after makes these a name
    return first in ("F", "X")


def _listed(caps: list[str], lex: Lexicons) -> bool:
    return any(classify_word(w, lex) in ("F", "S", "X") for w in caps)


def _is_title(word: str, lex: Lexicons) -> bool:
    low = word.rstrip(".").lower()
    if word[:1].islower() and low in NOT_TITLES_IN_LOWERCASE:
        return False
    return low in TITLES or low in lex.titles


#: Longest title written with an abbreviation's dot ("Prof.", "Capt."); a longer word with a dot ends a sentence.
_MAX_ABBREVIATED_TITLE = 4


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that is no abbreviated title ("artist.", not "Dr." or "Prof.")."""
    core = word.rstrip(".")
    return word.endswith(".") and len(core) > _MAX_ABBREVIATED_TITLE and core.lower() not in TITLES


def _capitals_abbreviation(word: str, text: str, end: int) -> bool:
    """A short title in capitals before a word that is not: an abbreviation ("MS Outlook", "DR Nyheter").

    In capitals throughout ("MS ANNA BERG") it is still the title.
    """
    core = word.rstrip(".")
    if not (core.isupper() and len(core) <= 3):
        return False
    nxt = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" \t")))
    return nxt is None or not nxt.group(0).isupper()


def _cue_before(text: str, start: int, lex: Lexicons) -> str:
    """A title or greeting right before ``start`` on its line ("Dear Ms ", "Dr. ", "signed by ").

    Only spaces may stand between: in "Case officer, Norrvik Municipality" the comma ends the role.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if SIGNED.search(before):
        return "context:signed"
    boundary = start
    for m in reversed(list(_WORD.finditer(text, line_start, start))[-3:]):
        if text[m.end() : boundary].strip():
            break
        word = m.group(0)
        low = word.rstrip(".").lower()
        if _ends_sentence(word):
            break  # "... by that artist. This is": the title's sentence ended before the word
        if (_is_title(word, lex) and not _capitals_abbreviation(word, text, m.end())) or low in GREETINGS:
            return f"context:{low}"
        if not (word[:1].isupper() and classify_word(word.rstrip("."), lex) != "U"):
            break
        boundary = m.start()  # "Dear Anna Ingrid ": the cue may stand before a listed first name
    return ""


def _label_at(text: str, line_start: int, line_end: int, lex: Lexicons) -> tuple[str, int]:
    """The name label opening the line ("Name:", "Handläggare:") and where its colon ends, or ("", -1)."""
    m = _LABEL.match(text, line_start, line_end)
    if not m or (m.group(1).lower() not in LABELS and m.group(1).lower() not in lex.labels):
        return "", -1
    return m.group(1).lower(), m.end()


def _a_label(text: str, end: int) -> bool:
    """A colon follows: the word is the next label on a form line ("Signature: ____  Place: ____")."""
    return text[end : end + 3].lstrip(" \t").startswith(":")


def _label_names(label: str, words: int, listed: bool) -> bool:
    """Whether a capitalised run of ``words`` words after ``label`` is taken for a name."""
    if listed or label in ONE_WORD_LABELS:
        return True
    return words >= 2 and label not in HEADER_LABELS


def _closing_before(text: str, line_start: int) -> bool:
    """The previous non-blank line (at most one blank line between) is a closing ("Best regards,")."""
    pos = line_start - 1
    for _ in range(3):
        if pos <= 0:
            return False
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        if line:
            return line.rstrip(",.!").strip().lower() in CLOSINGS
        pos = prev_start - 1
    return False


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _next_lines(text: str, pos: int, n: int) -> str:
    """Up to ``n`` lines after the line ending at ``pos``."""
    end = pos
    for _ in range(n):
        if end >= len(text):
            break
        end = _line_end(text, end + 1)
    return text[pos:end]


# ----------------------------------------------------------------------------- names the cues point at

def cue_names(text: str, language: PageLanguage, lex: Lexicons) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of names after a title, greeting, label or closing on non-Swedish stretches."""
    lower = lowercase_words(text)
    for seg_start, seg_end in language.foreign_spans():
        pos = seg_start
        while pos < seg_end:
            line_end = min(_line_end(text, pos), seg_end)
            yield from _cues_on_line(text, pos, line_end, lex)
            yield from shapes(text, pos, line_end, lex, lower, language.at(pos))
            pos = line_end + 1


def _cues_on_line(text: str, start: int, end: int, lex: Lexicons) -> Iterator[tuple[int, int, str]]:
    label, colon = _label_at(text, start, end, lex)
    if label:
        run = _run(text, colon, end, lex)
        if run and _label_names(label, run[2], run[3]) and not _a_label(text, run[1]):
            yield run[0], run[1], f"label:{label}"
    if _closing_before(text, start):
        run = _run(text, start, end, lex)
        if run and (run[2] >= 2 or run[3]) and not text[run[1] : end].strip(" ,"):
            yield run[0], run[1], "signature"
    for tok in _WORD.finditer(text, start, end):
        word = tok.group(0)
        low = word.rstrip(".").lower()
        title = (word[:1].isupper() and _is_title(word, lex) and not _capitals_abbreviation(word, text, tok.end())
                 and not _ends_sentence(word))
        signed = low == "by" and SIGNED.search(text[start : tok.end()])
        if not (title or low in GREETINGS or signed):
            continue
        run = _run(text, tok.end(), end, lex)
        if run and (title or run[3] or (signed and run[2] >= 2)):
            yield run[0], run[1], f"context:{low}"


def _run(text: str, pos: int, end: int, lex: Lexicons) -> tuple[int, int, int, bool] | None:
    """The capitalised words from ``pos`` on: (start, end, how many, whether one is listed).

    A title in front is skipped ("Dear Ms Ingrid Kowalski"); initials ("R.") and particles ("van",
    "al") may stand inside; a word ending a sentence ends the run.
    """
    words: list[tuple[int, int, str]] = []
    k = pos
    while len(words) < 5:
        m = _NEXT_WORD.match(text, k, end)
        if m is None:
            break
        word, k = m.group(1), m.end()
        if not words and word[:1].isupper() and _is_title(word, lex):
            continue
        if not (word[:1].isupper() or (words and word.lower() in PARTICLES)):
            break
        if word.rstrip(".").lower() in FUNCTION_WORDS and word.lower() not in PARTICLES:
            break  # "Dear All", "Hello Everyone"
        words.append((m.start(1), m.end(1), word))
        if word.endswith(".") and not _initial(word):
            break  # "... to Ms Kowalski. The": the sentence ends here
    while words and (words[-1][2].lower() in PARTICLES or _initial(words[-1][2])):
        words.pop()
    caps = [w.rstrip(".") for _, _, w in words if w[:1].isupper() and not _initial(w)]
    if not caps or orgish(caps):
        return None
    stop = words[-1][1] - (1 if words[-1][2].endswith(".") else 0)
    return words[0][0], stop, len(caps), _listed(caps, lex)


def _initial(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or (len(word) == 2 and word[1] == "."))
