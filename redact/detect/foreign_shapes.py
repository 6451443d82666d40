"""Name shapes on text that is not Swedish that need no title or label in front.

``redact.detect.foreign_names`` asks for a cue before a name on English (German, French...) text;
these shapes are a cue of their own:

* a listed first name that is not also an English word, alone ("Thanks Jakub", "Khalid: ...");
* a first name that is also a word before a surname-like word ("Will Thompson", "Hope Mwangi"),
  or alone where a word would not stand ("asked Rose to", "Rose will send", "Hi Will");
* the speaker of a chat line ("[09:05] Khalid: ..."), a handle ("@Farhad Azizi");
* a name before an e-mail address in brackets anywhere on a line ("To: Will Thompson <will@...>");
* a list entry with the surname first ("ABDI, Faadumo", "BAKER, Thomas J.", "Rostami, Leyla");
* initials before a surname ("T. J. Baker", "Z. Çelik").

Every word that stands lowercase somewhere on the page ("rose", "will", "grace") is an ordinary word
there, and needs one of the stronger shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.company_forms import company_form_after
from redact.detect.foreign_words import (
    ABBREVIATED, CLOSINGS, DETERMINERS, FUNCTION_WORDS, GREETINGS, LABELS, LETTERED, NOT_ALONE, ORG_WORDS, PLACE_NAMES,
    NOUNS_CAPITALISED, PLACE_PREPOSITIONS, SUBJECT_NEXT, THANKS, TITLES, TOPIC_WORDS, WORD_NAMES, ordinary_english,
    ordinary_start,
)
from redact.detect.names import ORG_SUFFIX, Lexicons, classify_word

Span = tuple[int, int, str]

_LETTERS = re.compile(r"[^\W\d_]+")
# A capitalised word (hyphens and apostrophes inside), or an initial with its dot.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
# What opens a chat line or a list item before the speaker: a time ("[09:05]", "14.32"), a bullet.
_CHAT_PREFIX = re.compile(
    r"[ \t]*(?P<time>[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[AaPp][Mm])?[\])]?[ \t]*[-–]?[ \t]*)?"
    r"(?:[-–•*>][ \t]+)?"
)
_ITEM_PREFIX = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-–•*])[ \t]+)?")
_INITIALS = re.compile(r"(?<![\w.])((?:[^\W\d_a-z]\.[ \t]?){1,3})(?=[^\W\d_])")
_EMAIL_IN_BRACKETS = re.compile(r"[ \t]*[<(\[]([\w.+-]+)@[\w-]+(?:\.[\w-]+)+[>)\]]")


def orgish(words: list[str]) -> bool:
    """An office, a company, a place or a title-case subject rather than a person ("Legal Department",
    "Transport Unit", "Copyright Act", "Global Health")."""
    return any(w.rstrip(".").lower() in ORG_WORDS or w.rstrip(".").lower() in TOPIC_WORDS or ORG_SUFFIX.search(w)
               for w in words)


def topical(words: list[str]) -> bool:
    """A title-case subject, law or journal rather than a person ("Copyright Law", "Global Health")."""
    return any(w.rstrip(".").lower() in TOPIC_WORDS for w in words)


# an e-mail address or a web address: its words are written lowercase whatever they are ("m.gruber@…" holds the
# sender's surname, no ordinary word)
_ADDRESS_OF_MAIL_OR_WEB = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")


def lowercase_words(text: str) -> frozenset[str]:
    """The words that stand lowercase somewhere in ``text`` outside e-mail and web addresses: there they are
    ordinary words."""
    return frozenset(w for w in _LETTERS.findall(_ADDRESS_OF_MAIL_OR_WEB.sub(" ", text)) if w.islower())


def shapes(
    text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str], language: str = "en"
) -> Iterator[Span]:
    """(start, end, why) of the names of the shapes above on the line ``text[start:end]`` in ``language``."""
    yield from _speaker(text, start, end, lex, lower)
    yield from _handles(text, start, end, lex)
    yield from _before_email(text, start, end, lex)
    yield from _surname_first(text, start, end, lex, lower)
    yield from _initials_surname(text, start, end, lex, lower)
    yield from _after_thanks(text, start, end, lex, lower)
    if language not in NOUNS_CAPITALISED:
        yield from _first_names(text, start, end, lex, lower, english=language == "en",
                                genitive_s=language in _S_GENITIVE)


def _words(text: str, pos: int, end: int) -> list[re.Match[str]]:
    """The words from ``pos`` on (spaces before the first) while only spaces stand between them."""
    out: list[re.Match[str]] = []
    while pos < end:
        skip = pos
        while skip < end and text[skip] in " \t":
            skip += 1
        if out and skip == pos:
            break  # a sign glued to the word before ("Khalid:", "Baker,"): the run ends
        m = _TOKEN.match(text, skip, end)
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.rstrip(".").isupper())


def _initial(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or (len(word) == 2 and word[1] == "."))


def _surname_like(word: str, lex: Lexicons, lower: frozenset[str]) -> bool:
    """A capitalised word that may be a surname: listed, or unknown and never an ordinary word here."""
    core = word.rstrip(".")
    low = core.lower()
    if not _capitalised(core) or low in FUNCTION_WORDS or low in TITLES or orgish([core]) or low in LABELS:
        return False
    cls = classify_word(core, lex)
    if cls in ("F", "S"):
        return low not in lower
    return cls == "U" and low not in lower and low not in WORD_NAMES


def _name_run(text: str, pos: int, end: int, lex: Lexicons, lower: frozenset[str]) -> int:
    """Where the surname-like words (and middle initials) from ``pos`` on end; ``pos`` when there are none."""
    stop = pos
    for k, m in enumerate(_words(text, pos, end)[:4]):
        word = m.group(0)
        if _initial(word):
            continue
        if not _surname_like(word, lex, lower):
            break
        stop = m.end() - (1 if word.endswith(".") else 0)
        if word.endswith("."):
            break  # the sentence ends here
    return stop


def _previous_word(text: str, line_start: int, pos: int) -> str:
    """The word right before ``pos`` (on the line before too: "in\nBergen"), "" after a sign."""
    before = text[max(0, line_start - 40) if line_start == pos or not text[line_start:pos].strip() else line_start:pos]
    m = re.search(r"([^\W\d_]+)\s*$", before)
    return m.group(1) if m else ""


def _in_capitalised_run(text: str, line_start: int, pos: int, lex: Lexicons) -> bool:
    """An unlisted capitalised word (not a greeting, a title or a function word) stands right before ``pos``."""
    before = text[line_start:pos]
    m = re.search(r"([^\W\d_]+)[ \t]+$", before)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if not _capitalised(word) or low in FUNCTION_WORDS or low in GREETINGS or low in THANKS or low in TITLES:
        return False
    return classify_word(word, lex) == "U" and low not in WORD_NAMES


def _listed(word: str, lex: Lexicons) -> bool:
    """True when the word itself, not only its stem before a genitive's "s", is a listed name ("Carlos", "Marcos")."""
    w = word[:1].upper() + word[1:].lower() if word.isupper() else word
    return any(p in lex.first or p in lex.last or p in lex.exceptions for p in w.split("-") if p)


#: A short number right after a word, not the start of a phone number: "Floor 3", "Gate 12".
_NUMBERED = re.compile(r"[ \t]+\d{1,3}(?![\d\-/.:,]?\d)")


def _sentence_start(text: str, line_start: int, pos: int) -> bool:
    before = text[line_start:pos].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:;]>" or not any(c.isalpha() for c in before)


# The languages that write a name's genitive with a bare "s" ("Annas", "Jans"); elsewhere a listed name with an "s"
# after it is another word ("Antes", "before", of a Spanish sentence; "Ante" is a first name)
_S_GENITIVE = frozenset({"en", "sv", "da", "nb", "nn", "no", "de", "lb", "nl", "is", "fo"})


def _first_names(
    text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str], english: bool = True,
    genitive_s: bool = True,
) -> Iterator[Span]:
    """First names alone or before a surname, where the word is not an ordinary word on the page.

    Names that are also English words ("Will", "Rose") are read so only on English text; a name read only as the
    genitive of a listed one ("Antes") only where the language writes the genitive so (``genitive_s``).
    """
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0).rstrip(".")
        if not _capitalised(word) or (m.start() > start and text[m.start() - 1] in "@-'’"):
            continue
        low = word.lower()
        cls = classify_word(word, lex)
        is_word = low in WORD_NAMES
        if is_word and not english:
            continue
        if not is_word and (cls not in ("F", "X") or low in FUNCTION_WORDS):
            continue
        if not genitive_s and word[-1:] == "s" and classify_word(word[:-1], lex) in ("F", "X") and not _listed(word, lex):
            continue  # "Antes mi papá vivía …": "Ante" with an "s", a word of a language with no such genitive
        if m.end() < end and text[m.end()] == ":" and m.start() == start:
            continue  # a label at the start of a line: the speaker rule reads those
        prev = _previous_word(text, start, m.start()).lower()
        if prev in DETERMINERS:
            continue  # "the Will", "a Rose"
        if _in_capitalised_run(text, start, m.start(), lex):
            continue  # "Receiver Class Distributions": a title in Title Case
        possessive = m.group(0).endswith(("'s", "’s"))
        ends = m.group(0).endswith(".") or possessive  # "Rigo’s Psyco": the name owns the next word
        stop = _name_run(text, m.end(), end, lex, lower) if not ends else m.end()
        if stop > m.end():
            run = _LETTERS.findall(text, m.start(), stop)
            ordinary = english and ordinary_start(word, classify_word(run[1], lex) in ("F", "S"), "en")
            if len(run) <= 4 and not orgish(run) and not ordinary and not company_form_after(text, stop):
                yield m.start(), stop, "first name + name"
            continue
        after = _words(text, m.end(), end)
        nxt = after[0].group(0) if after and text[m.end()] in " \t" else ""
        if nxt[:1].isupper() and not _initial(nxt) and nxt.rstrip(".").lower() not in FUNCTION_WORDS:
            continue  # a run of capitalised words that is not a name: a heading, an organisation
        if cls == "F" and not is_word:
            if low in lower or low in PLACE_NAMES or (prev in PLACE_PREPOSITIONS) or (english and ordinary_english(low)):
                continue
            if _NUMBERED.match(text, m.end()):
                continue  # "on Floor 3", "Room 12": a thing with its number, not a person
            yield m.start(), m.end() - (1 if m.group(0).endswith(".") else 0), "first name"
        elif is_word and low not in NOT_ALONE:
            if prev in GREETINGS or prev in THANKS:
                yield m.start(), m.start() + len(word), "greeting"
            elif not _sentence_start(text, start, m.start()):
                if prev not in PLACE_PREPOSITIONS:
                    yield m.start(), m.start() + len(word), "word name inside a sentence"
            elif nxt.lower() in SUBJECT_NEXT and not (low == "will" and nxt.lower() == "will"):
                yield m.start(), m.start() + len(word), "word name before a verb"


def _speaker(text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str]) -> Iterator[Span]:
    """The speaker opening a chat line: "[09:05] Khalid: ...", "Jakub Wrona: I'll send it"."""
    pre = _CHAT_PREFIX.match(text, start, end)
    pos = pre.end() if pre else start
    words = _words(text, pos, end)[:3]
    for k, w in enumerate(words[:-1]):
        if w.group(0).endswith(".") and not _initial(w.group(0)) and w.group(0)[:-1].lower() not in TITLES:
            words = words[: k + 1]  # "Tony Xia. TheoremQA: A theorem-driven...": a sentence ended before the colon
            break
    while words and not text.startswith(":", words[-1].end()):
        words.pop()
    if not words or text.startswith("//", words[-1].end() + 1):
        return
    names = [m.group(0) for m in words]
    lows = [w.lower() for w in names]
    if " ".join(lows) in LABELS or " ".join(lows) in lex.labels or orgish(names):
        return
    if not all(_capitalised(w) for w in names) or any(w in FUNCTION_WORDS and w not in WORD_NAMES for w in lows):
        return
    listed = any(classify_word(w, lex) in ("F", "S", "X") for w in names) or any(w in WORD_NAMES for w in lows)
    timed = bool(pre and pre.group("time"))
    bracketed = timed and pre.group("time").lstrip()[:1] in "[("  # a chat's stamp, not an agenda's time
    unknown = timed and all(w not in lower for w in lows) and (
        len(names) >= 2 or bracketed or _speaks_again(text, names[0])
    )
    if listed and (timed or len(names) >= 2 or classify_word(names[0], lex) == "F") or unknown:
        yield words[0].start(), words[-1].end(), "chat speaker"


def _speaks_again(text: str, word: str) -> bool:
    """An unlisted one-word speaker opens more than one line ("[10:02] Ngozi: ...", "[10:09] Ngozi: ...").

    Once it is an agenda's item more often ("09:30 Presentation: the results").
    """
    return len(re.findall(r"(?m)^[^\n]{0,16}?\b" + re.escape(word) + r"[ \t]*:", text)) >= 2


def _handles(text: str, start: int, end: int, lex: Lexicons) -> Iterator[Span]:
    """A chat handle: "@Farhad Azizi" (not an e-mail address: nothing glued before the "@")."""
    pos = text.find("@", start, end)
    while pos >= 0:
        if pos == start or not (text[pos - 1].isalnum() or text[pos - 1] in "._-"):
            words = [m for m in _words(text, pos + 1, end)[:3] if _capitalised(m.group(0))]
            names = []
            for m in words:
                if m.group(0).lower() in FUNCTION_WORDS or orgish([m.group(0)]):
                    break
                names.append(m)
            if names and (len(names) >= 2 or classify_word(names[0].group(0), lex) in ("F", "S", "X")):
                yield names[0].start(), names[-1].end(), "handle"
        pos = text.find("@", pos + 1, end)


def _acronym_before(text: str, before: re.Match[str] | None, start: int) -> bool:
    """The word ``before`` stands just before ``start`` on the same line and is an abbreviation ("IT", "HR")."""
    if before is None or text[before.end():start].strip(" \t"):
        return False
    core = before.group(0).rstrip(".")
    return 2 <= len(core) <= 4 and core.isalpha() and core.isupper()


def _before_email(text: str, start: int, end: int, lex: Lexicons) -> Iterator[Span]:
    """The name before an address in brackets: "To: Will Thompson <will.thompson@example.com>"."""
    for m in _EMAIL_IN_BRACKETS.finditer(text, start, end):
        words = [w for w in _TOKEN.finditer(text, start, m.start())]
        run: list[re.Match[str]] = []
        for w in reversed(words[-4:]):
            gap = text[w.end() : run[0].start() if run else m.start()]
            if gap.strip(" \t") or not _capitalised(w.group(0).rstrip(".")) and not _initial(w.group(0)):
                break
            if w.group(0).rstrip(".").lower() in TITLES or text.startswith(":", w.end()):
                break
            run.insert(0, w)
        names = [w.group(0).rstrip(".") for w in run if not _initial(w.group(0))]
        if not names or orgish(names):
            continue
        before = words[-len(run) - 1] if len(words) > len(run) else None
        if len(names) == 1 and classify_word(names[0], lex) == "U" and _acronym_before(text, before, run[0].start()):
            continue  # "IT Helpdesk <helpdesk@...>", "HR Service": a unit of an organisation, not a person
        local = m.group(1).lower()
        if len(names) >= 2 or classify_word(names[0], lex) != "U" or names[0].lower() in local:
            yield run[0].start(), run[-1].end(), "e-mail header"


def _surname_first(text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str]) -> Iterator[Span]:
    """A list entry with the surname first: "ABDI, Faadumo", "BAKER, Thomas J.", "Rostami, Leyla"."""
    for m in re.finditer(r"(?<![\w@.])([^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*)?),[ \t]+", text[start:end]):
        surname = m.group(1)
        s, after = start + m.start(1), start + m.end()
        given = _words(text, after, end)[:4]
        names = []
        for g in given:
            word = g.group(0)
            if _initial(word):
                names.append(g)
                continue
            if not _capitalised(word.rstrip(".")) or word.rstrip(".").lower() in FUNCTION_WORDS:
                break
            names.append(g)
        if not names or _initial(names[0].group(0)):
            continue
        low = surname.lower()
        if low in FUNCTION_WORDS or orgish(surname.split()) or low in GREETINGS or low in THANKS or low in LABELS:
            continue
        first = names[0].group(0).rstrip(".")
        capitals = len(surname) > 1 and surname.replace(" ", "").replace("-", "").isupper()
        rest = text[names[-1].end():end].strip(" \t")
        alone = not rest or rest[0] in ";("  # the entry alone on its line, or ended by ";"
        if not (
            classify_word(first, lex) in ("F", "X") or first.lower() in WORD_NAMES
            or ((capitals and alone or classify_word(surname.split()[-1], lex) in ("F", "S"))
                and _surname_like(first, lex, lower))
        ):
            continue
        stop = names[-1].end()
        if capitals:
            if surname.replace(" ", "") in ABBREVIATED:
                continue
            yield s, stop, "surname, first name"
            continue
        # "Rostami, Leyla": only as a list item, the entry alone on its line or ended by ";"
        item = _ITEM_PREFIX.match(text, start, end)
        if _capitalised(surname) and item and item.end() == s and low not in lower and alone:
            yield s, stop, "surname, first name"


def _initials_surname(text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str]) -> Iterator[Span]:
    """Initials before a surname: "T. J. Baker", "Z. Çelik" (not "U.S. Army", not "plan B. Results")."""
    from redact.detect.identity_code_labels import names_identity_code

    for m in _INITIALS.finditer(text, start, end):
        letters = "".join(c for c in m.group(1) if c.isalpha())
        if letters in ABBREVIATED:
            continue
        words = _words(text, m.end(), end)
        if not words:
            continue
        word = words[0].group(0).rstrip(".")
        if len(word) < 2 or not _capitalised(word) or not _surname_like(word, lex, lower):
            continue
        if len(letters) == 1 and classify_word(word, lex) == "U":
            raw = _previous_word(text, start, m.start())
            prev = raw.lower()
            if prev in DETERMINERS or prev in LETTERED:
                continue  # "plan B. Results", "driving licence B. Member of ..."
            if (raw[:1].isupper() and classify_word(raw, lex) != "F" and prev not in TITLES
                    and re.fullmatch(r"[ \t]+", text[m.start() - 1:m.start()] or "x")
                    and text[:m.start()].rstrip().endswith(raw)):
                continue  # "Easterbrook P. Simplifying the care": a reference's author (surname, initial) and its title
        label = text[m.start():words[0].start() + len(word)]
        if names_identity_code(label) or names_identity_code(f"{label} No"):
            continue  # "T.C. Kimlik No": the label of Turkey's identity number, the state's letters and its word
        yield m.start(), words[0].start() + len(word), "initials + surname"


def _after_thanks(text: str, start: int, end: int, lex: Lexicons, lower: frozenset[str]) -> Iterator[Span]:
    """Two or more name-like words after a thanks: "We thank Amara Nwosu and ...", "Thanks to Kofi Mensah"."""
    for m in re.finditer(r"\b(?:[Tt]hanks?|[Tt]hank you)(?:[ \t]+to)?[ \t]+", text[start:end]):
        pos = start + m.end()
        run = []
        for w in _words(text, pos, end)[:4]:
            word = w.group(0)
            if _initial(word):
                run.append(w)
                continue
            if not _surname_like(word, lex, lower) and classify_word(word.rstrip("."), lex) != "F":
                break
            run.append(w)
            if word.endswith("."):
                break
        names = [w.group(0).rstrip(".") for w in run if not _initial(w.group(0))]
        if len(names) >= 2 and not orgish(names):
            yield run[0].start(), run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0), "thanks"


#: The last word of a two-word closing ("Best Regards", "Best Wishes"), capitalised in e-mails like a name.
_CLOSING_ENDS = frozenset({"regards", "regard", "wishes", "sincerely", "faithfully", "truly"})


def _closing(names: list[str]) -> bool:
    """A closing written like a name: "Thanks & Best Regards,\nOliver Bennett" is not two people."""
    return " ".join(names).lower() in CLOSINGS or names[-1].lower() in _CLOSING_ENDS


_AND_AFTER = re.compile(r"[ \t]*(?:,|and|&)[ \t]*\n?[ \t]*")
_AND_BEFORE = re.compile(r"([^\W\d_][^\W\d_'’-]*)[ \t]+([^\W\d_][^\W\d_'’-]*)[ \t]*(?:,|and|&)[ \t]*\n?[ \t]*$")


def coordinated(
    text: str, people: list[tuple[int, int]], lex: Lexicons, lower: frozenset[str]
) -> Iterator[Span]:
    """Full names joined by "and" or a comma to a name found: "Amara Nwosu and\\nKofi Mensah"."""
    for start, end in people:
        m = _AND_AFTER.match(text, end)
        if m and m.end() > end:
            run = []
            for w in _words(text, m.end(), len(text))[:4]:
                word = w.group(0)
                if not _initial(word) and not _surname_like(word, lex, lower) and classify_word(word, lex) != "F":
                    break
                run.append(w)
                if word.endswith(".") and not _initial(word):
                    break  # "F. Riccardi. Optimizing": the sentence ends
            names = [w.group(0).rstrip(".") for w in run if not _initial(w.group(0))]
            more = _words(text, run[-1].end(), len(text))[:1] if run and not run[-1].group(0).endswith(".") else []
            if more and more[0].group(0)[:1].isupper():
                continue  # "Junior Planner, Skanska Sverige AB": the run goes on, a company or a heading
            if len(names) >= 2 and not orgish(names) and names[0].lower() not in FUNCTION_WORDS and not _closing(names):
                yield run[0].start(), run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0), "name beside a name"
        b = _AND_BEFORE.search(text, max(0, start - 60), start)
        if b:
            names = [b.group(1), b.group(2)]
            ok = all(_surname_like(w, lex, lower) or classify_word(w, lex) == "F" for w in names)
            line_start = text.rfind("\n", 0, b.start()) + 1
            if ok and not orgish(names) and not _closing(names) and not _in_capitalised_run(text, line_start, b.start(), lex):
                yield b.start(1), b.end(2), "name beside a name"
