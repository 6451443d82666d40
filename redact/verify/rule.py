"""The rule that judges every reading of a rendered PDF: what a reader can see, not a count.

Every masked string is looked for in every form a reader would recognise: as
written, with another case or spacing, a person's name with a genitive ending
and each capitalised part of a full name on its own, a number with other
separators or none. Each occurrence found by MuPDF or poppler fails the run,
unless a reviewer released exactly that place: a rejected finding whose box
lies where the occurrence is. The cheap pattern detectors (personnummer,
phone, e-mail...) also read the output, and a value they find that equals a
masked value is an occurrence too. A failure names the page and the
category, never the text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

import pymupdf

from redact.errors import RedactError, UnsupportedError
from redact.ingest.pdf import has_letter_spacing, reading_text
from redact.resolve.name_forms import GENITIVE, LEFT, RIGHT, counts, genitive_fits
from redact.resolve.propagate import spread_parts
from redact.types import Finding, Leak, Mask, Rect, Verification
from redact.verify.binary_names import BinaryCheck
from redact.verify.mupdf import MupdfReader, document_texts, read_latin1
from redact.verify.objects import object_strings
from redact.verify.poppler import read_poppler
from redact.verify.reading import Reading, build_reading, inside_any

log = logging.getLogger(__name__)

#: Letters and digits a masked string needs before the parser's reading looks for it in the bytes.
MIN_BYTES_FORM = 4
#: Strings with at least this many digits are also compared digits-only.
MIN_DIGITS = 6

# Digit groups joined by spaces and at most one dash, dot, plus or slash: how
# numbers are written ("070-123 45 67", "19850312 - 1234"), not lists ("12, 13").
_NON_DIGIT = re.compile(r"\D+")  # by runs: the same digits as one non-digit at a time, 20 times faster
_NUMBER = re.compile(r"\d+(?:(?:\s*[-\u2010-\u2015.+/]\s*|\s+)\d+)*")
# A person's name ends where propagation ends it: "Anna" is not in "Anna-Karin" or "anna@".
_PERSON_LEFT = LEFT
_PERSON_RIGHT = "(?P<gen>" + GENITIVE.removeprefix("(?:").removesuffix(")?") + ")?" + RIGHT
#: Categories whose values the pattern detectors can find again in the output.
PATTERN_CATEGORIES = frozenset(
    {"PERSONNUMMER", "PHONE", "EMAIL", "ORG_NUMBER", "BANK_ACCOUNT", "IBAN", "IP_ADDRESS", "LICENSE_PLATE"}
)


@dataclass(frozen=True)
class Form:
    """One form of a masked string that a reader would recognise."""

    key: str  # normalised text
    source: str  # regular expression, matched case-insensitively on a reading's text
    digits: str  # '' unless the string has MIN_DIGITS digits
    categories: tuple[str, ...]
    capital_only: bool = False  # a one-word name counts where it stands capitalised ("Sten", not "sten")
    first: str = ""  # the lower-case first word: the form can only begin where it is
    capitals: str = ""  # initials ("PA", "S.R."): the form counts only written in these capitals, not as "Pa"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled expression."""
        return re.compile(self.source, re.IGNORECASE)


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded text with runs of whitespace as one space."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.casefold().split())


def _plain(text: str) -> str:
    """Text as a reader reads it: hyphenated words joined, compatibility-normalised, single spaces."""
    joined = reading_text(text)
    if joined is not None:
        text = joined[0]
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00ad", "").split())


def forms_of(masks: Iterable[Mask], keep: Collection[str] = ()) -> list[Form]:
    """Every form of every masked string (``keep``: texts never looked for at all)."""
    kept = {_plain(k).lower() for k in keep}
    cats: dict[tuple[str, bool], set[str]] = defaultdict(set)
    capitals: dict[tuple[str, bool], str] = {}
    plain_of: dict[tuple[str, bool], str] = {}
    lower_seen: set[str] = set()
    parts: dict[str, set[str]] = defaultdict(set)
    for m in masks:
        plain = _plain(m.text)
        key = plain.lower()
        if not key or key in kept:
            continue
        person = m.category == "PERSON"
        cats[(key, person)].add(m.category)
        plain_of.setdefault((key, person), plain)
        if m.detector in ("initials", "initials_column") and _initials(plain):
            # Initials stand for a name only in capitals; the same string masked as a name ("BO") counts in every case.
            capitals.setdefault((key, person), plain)
        elif (key, person) in capitals:
            capitals[(key, person)] = ""  # also masked as written otherwise: every case counts
        if " " in key or not plain[:1].isupper():
            lower_seen.add(key)
        if person:
            # spread_parts(): the parts propagation masks on their own, so the two count the same
            for p in spread_parts(plain):
                parts[p.lower()].add(m.category)
    out = []
    for (key, person), categories in sorted(cats.items()):
        form = _form(key, person, tuple(sorted(categories)), key not in lower_seen)
        out.append(replace(form, capitals=capitals[(key, person)]) if capitals.get((key, person)) else form)
    for key, categories in sorted(parts.items()):
        if (key, True) not in cats:
            out.append(_form(key, True, tuple(sorted(categories)), True))
    return out


#: Letters of a string written in capitals that are initials, not a word ("PA", "S.R.", "ÅKE" is a word).
MAX_INITIALS = 3


def _initials(plain: str) -> bool:
    """True for initials: two or three capital letters, dots allowed ("PA", "S.R."), nothing else."""
    letters = plain.replace(".", "")
    return 2 <= len(letters) <= MAX_INITIALS and letters.isalpha() and letters.isupper()


def _form(key: str, person: bool, categories: tuple[str, ...], capital_only: bool) -> Form:
    words = r"\s+".join(re.escape(w) for w in key.split(" "))
    source = _PERSON_LEFT + words + _PERSON_RIGHT if person else r"(?<!\w)" + words + r"(?!\w)"
    digits = _NON_DIGIT.sub("", key)
    return Form(key, source, digits if len(digits) >= MIN_DIGITS else "", categories, capital_only, key.split(" ", 1)[0])


@dataclass(frozen=True)
class _Index:
    """Forms by the leading trigram of their first word and the leading digits of their number.

    Every form is looked for on every page of two readings; only forms whose first
    word's first trigram (or whose number's first digits) a page holds can be on it.
    """

    by_trigram: dict[str, tuple[str, ...]]  # the different first words with that leading trigram
    by_first: dict[str, tuple[int, ...]]  # the forms of each first word (of three letters or more)
    by_digits: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


def _index(forms: Sequence[Form]) -> _Index:
    by_trigram: dict[str, dict[str, None]] = defaultdict(dict)
    by_first: dict[str, list[int]] = defaultdict(list)
    by_digits: dict[str, list[int]] = defaultdict(list)
    always: list[int] = []
    for i, f in enumerate(forms):
        if len(f.first) < 3:
            always.append(i)
        else:
            by_trigram[f.first[:3]][f.first] = None
            by_first[f.first].append(i)
        if f.digits:
            by_digits[f.digits[:MIN_DIGITS]].append(i)
    return _Index({k: tuple(v) for k, v in by_trigram.items()}, {k: tuple(v) for k, v in by_first.items()},
                  {k: tuple(v) for k, v in by_digits.items()}, tuple(always))


def occurrences(forms: Sequence[Form], text: str, index: _Index | None = None) -> Iterator[tuple[Form, int, int]]:
    """Every place in ``text`` (a reading's text) where one of the forms stands."""
    if index is None:
        index = _index(forms)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets must agree
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    by_trigram, by_digits = index.by_trigram, index.by_digits
    word_forms = set(index.always)
    # the trigrams of the forms' first words that the text holds: on a page, a substring test per trigram costs
    # less than the set of the page's own trigrams; on a short text (an object's string) the other way round
    if len(by_trigram) <= len(lowered) // 8:
        present: Iterable[str] = [k for k in by_trigram if k in lowered]
    else:
        present = _held({lowered[i : i + 3] for i in range(len(lowered) - 2)}, by_trigram)
    # where each first word stands, found once for the forms that share it ("anna" of "anna", "anna berg"); only
    # the forms of a first word the text holds are tried (in the order of the forms, as all of them would be)
    places: dict[str, list[int]] = {}
    by_first = index.by_first
    for k in present:
        for first in by_trigram[k]:
            at_first = places[first] = _places(lowered, first)
            if at_first:
                word_forms.update(by_first[first])
    for i in sorted(word_forms):
        f = forms[i]
        at_first = places.get(f.first)
        if at_first is None:
            at_first = places[f.first] = _places(lowered, f.first)
        for at in at_first:
            # Tried only where the first word stands: the page is not scanned once per form.
            m = f.pattern.match(text, at)
            # counts(): the test propagation makes, so that every copy counted here was masked there
            if m is not None and counts(text, m.start(), m.end(), f.capital_only) and not (
                f.capitals and not _written_as_initials(m.group(0), f.capitals)
            ) and _genitive_fits(m, f):
                yield f, m.start(), m.end()
    if not index.by_digits:
        return
    numbers = [(m, _NON_DIGIT.sub("", m.group())) for m in _NUMBER.finditer(text)]
    digits = "|".join(d for _, d in numbers)
    digit_forms: set[int] = set()
    for k in _held({digits[i : i + MIN_DIGITS] for i in range(len(digits) - MIN_DIGITS + 1)}, by_digits):
        digit_forms.update(by_digits[k])
    for i in sorted(digit_forms):
        f = forms[i]
        for m, d in numbers:
            if f.digits in d:
                yield f, m.start(), m.end()


def _places(lowered: str, word: str) -> list[int]:
    """Every offset where ``word`` starts in ``lowered``, overlapping ones too (as ``str.find`` from each next offset)."""
    out = []
    at = lowered.find(word)
    while at >= 0:
        out.append(at)
        at = lowered.find(word, at + 1)
    return out


def _held(grams: set[str], keys: dict[str, tuple[int, ...]]) -> Iterable[str]:
    """The ``grams`` that are ``keys``, looked up from the smaller side (``set.intersection`` walks a dict whole)."""
    return grams.intersection(keys) if len(keys) <= len(grams) else [k for k in grams if k in keys]


def _genitive_fits(m: re.Match[str], form: Form) -> bool:
    """False where an upper-case "S" follows initials ("RCS" is not "RC"'s) or a name not written in capitals
    ("Lee SS" is not "Lee S"'s); propagation masks the same (``genitive_fits``)."""
    ending = m.groupdict().get("gen")
    if not ending or "S" not in ending:
        return True
    return not form.capitals and genitive_fits(m.group(0)[: m.start("gen") - m.start()], ending)


def _written_as_initials(seen: str, capitals: str) -> bool:
    """True when ``seen`` (a match, perhaps with a genitive) spells the initials in capitals: "PA", "PA:s", not "Pa"."""
    letters = [c for c in seen if c.isalpha()]
    n = sum(1 for c in capitals if c.isalpha())
    return all(c.isupper() for c in letters[:n])


def value_key(text: str) -> str:
    """A value as compared across formats: a number's digits (personnummer without century, +46 as 0), else its text."""
    digits = _NON_DIGIT.sub("", text)
    if len(digits) >= MIN_DIGITS:
        if len(digits) == 12 and digits[:2] in ("18", "19", "20"):
            digits = digits[2:]
        elif digits.startswith("46") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        return "#" + digits
    return normalise(text)


@lru_cache(maxsize=1)
def _recognizers() -> tuple[object, ...]:
    from redact.detect.patterns import pattern_recognizers

    return tuple(r for r in pattern_recognizers() if getattr(r, "ENTITY", "") in PATTERN_CATEGORIES)


#: Digits of a masked number that a page must hold before the pattern detectors read it.
PROBE_DIGITS = MIN_DIGITS


@dataclass(frozen=True)
class Values:
    """The masked numbers the pattern detectors look for: value keys per category, and digit probes."""

    keys: dict[str, frozenset[str]]
    probes: frozenset[str]  # the last PROBE_DIGITS digits of every masked number


def pattern_occurrences(values: Values, text: str) -> Iterator[tuple[str, int, int]]:
    """Values the pattern detectors find in ``text`` that equal a masked value: (category, start, end).

    Only numbers are looked for this way (a masked e-mail address is a form of its
    own), and only on a page whose digits hold the end of a masked number.
    """
    if not values.keys:
        return
    digits = _NON_DIGIT.sub("", text)
    if len(digits) < MIN_DIGITS:
        return
    grams = {digits[i : i + PROBE_DIGITS] for i in range(max(len(digits) - PROBE_DIGITS + 1, 1))}
    if grams.isdisjoint(values.probes):
        return
    for rec in _recognizers():
        keys = values.keys.get(rec.ENTITY)  # type: ignore[attr-defined]
        if not keys:
            continue
        for r in rec.analyze(text, None):  # type: ignore[attr-defined]
            if value_key(text[r.start : r.end]) in keys:
                yield r.entity_type, r.start, r.end


def released_areas(
    released: Iterable[Finding], source: Path | None = None
) -> dict[int, list[Rect]]:
    """Per page, the places a reviewer released: the boxes of rejected findings."""
    out: dict[int, list[Rect]] = defaultdict(list)
    need: list[Finding] = []
    for f in released:
        if f.status != "rejected":
            continue
        if f.rects:
            out[f.page].extend(f.rects)
        elif f.start is not None and f.end is not None:
            need.append(f)
    if need and source is not None:
        from redact.ingest.pdf import open_pdf, extract_page
        from redact.resolve.geometry import span_rects

        with open_pdf(Path(source)) as doc:
            pages = {n: extract_page(doc[n - 1]) for n in sorted({f.page for f in need}) if 1 <= n <= doc.page_count}
        for f in need:
            page = pages.get(f.page)
            if page is not None and f.end is not None and f.start is not None and f.end <= len(page.text):
                out[f.page].extend(span_rects(page, f.start, f.end))
    return dict(out)


class Reader(Protocol):
    """One extractor's reading of a document (see ``mupdf.py`` and ``poppler.py``)."""

    name: str
    failed: bool  # some pages could not be read

    def __len__(self) -> int: ...

    def text(self, index: int) -> str: ...

    def reading(self, index: int) -> Reading: ...


def judge(
    reader: Reader,
    forms: Sequence[Form],
    values: Values,
    released: dict[int, list[Rect]],
    index: _Index | None = None,
    leaks: list[Leak] | None = None,
) -> set[tuple[int, str]]:
    """(page, category) of every occurrence in the reader's pages that no reviewer released.

    ``leaks``, when given, receives each such occurrence with its place.

    A page's plain text is searched first; only a page where something stands
    (or that has a letter-spaced run, which only the word boxes can close up)
    is read again word by word, to place each occurrence.
    """
    index = index or _index(forms)
    failures: set[tuple[int, str]] = set()
    for i in range(len(reader)):
        quick = _plain(reader.text(i))
        if not (
            has_letter_spacing(quick)
            or next(occurrences(forms, quick, index), None) is not None
            or next(pattern_occurrences(values, quick), None) is not None
        ):
            continue
        reading = reader.reading(i)
        areas = released.get(reading.page, ())
        for f, start, end in occurrences(forms, reading.text, index):
            boxes = reading.boxes(start, end)
            if not inside_any(boxes, areas):
                failures.update((reading.page, c) for c in f.categories)
                if leaks is not None and boxes:
                    leaks.append(Leak(reading.page, f.categories[0], tuple(boxes), reading.text[start:end], f.key))
        for category, start, end in pattern_occurrences(values, reading.text):
            boxes = reading.boxes(start, end)
            if not inside_any(boxes, areas):
                failures.add((reading.page, category))
                if leaks is not None and boxes:
                    found = reading.text[start:end]
                    leaks.append(Leak(reading.page, category, tuple(boxes), found, value_key(found)))
    return failures


def masked_values(masks: Iterable[Mask], keep: Collection[str] = ()) -> Values:
    """Per pattern category present among the masks, the value keys of every masked number."""
    kept = {_plain(k).lower() for k in keep}
    keys = frozenset(
        k for m in masks if m.text.strip() and _plain(m.text).lower() not in kept
        for k in (value_key(m.text),) if k.startswith("#")
    )
    cats = {m.category for m in masks if m.category in PATTERN_CATEGORIES}
    if not keys or not cats:
        return Values({}, frozenset())
    return Values({c: keys for c in cats}, frozenset(k[1:][-PROBE_DIGITS:] for k in keys))


def verify_pdf(
    path: Path,
    masks: Sequence[Mask],
    keep: Collection[str] = (),
    use_pdftotext: bool = True,
    source: Path | None = None,
    released: Iterable[Finding] = (),
) -> Verification:
    """Look for every form of every masked string in the saved output; report (page, category) where one remains.

    ``released``: the reviewer's rejected findings; an occurrence inside one of
    their boxes is left on purpose (``source``, the input PDF, places those that
    carry only character offsets). ``keep``: texts not looked for at all.
    """
    path = Path(path)
    released = list(released)
    forms = forms_of(masks, keep)
    values = masked_values(masks, keep)
    failures: set[tuple[int, str]] = set()
    leaks: list[Leak] = []
    extractors = ["mupdf"]
    try:
        with pymupdf.open(path) as doc:
            readers: list[Reader] = [MupdfReader(doc)]
            outside = document_texts(doc)  # fails here, not later, when the output cannot be read back
            if use_pdftotext:
                poppler = read_poppler(path, doc)
                if poppler is not None:
                    readers.append(poppler)
                    extractors.append("pdftotext")
            if forms:
                areas = released_areas(released, source)
                index = _index(forms)
                for reader in readers:
                    failures |= judge(reader, forms, values, areas, index, leaks)
                # Latin-1 bytes in a font without an encoding read as accents ("¯ke" for "Åke"): read them as meant
                latin1 = read_latin1(path)
                if latin1 is not None:
                    try:
                        failures |= judge(latin1, forms, values, areas, index, leaks)
                    finally:
                        latin1.close()
                    extractors.append("latin1")
                for text in outside:
                    for f, _, _ in occurrences(forms, _plain(text), index):
                        failures.update((0, c) for c in f.categories)
            if forms and not failures:
                # What a parser finds in the bytes, once the readings hold (they name the page; this cannot).
                # A text a reviewer released may stand anywhere there.
                free = {f.text for f in released if f.status == "rejected" and f.text}
                # Short forms (initials, a one-letter guess) stand in any run of bytes: only longer ones are read.
                byte_forms = [f for f in (forms_of(masks, {*keep, *free}) if free else forms)
                              if sum(c.isalnum() for c in f.key) >= MIN_BYTES_FORM]
                byte_index = _index(byte_forms)
                names: set[str] = set()
                binary = BinaryCheck(byte_forms)  # font programs, lossless image samples, colour tables
                two_words = any(len(f.key.split()) >= 2 for f in byte_forms)  # a font's names are judged as names
                bytes_found = _categories_in(
                    object_strings(doc, names, binary if binary.forms else None, two_words), byte_forms, byte_index)
                failures |= binary.failures(doc)
                # A PDF name (a font, a spot colour, a resource named after a person) is read for whole names
                # only: a one-word form can be a word of the format itself (/Shading, /Times-Roman).
                whole = [f for f in byte_forms if len(f.key.split()) >= 2]
                if whole and names:
                    whole_index = _index(whole)
                    bytes_found |= {
                        c for text in sorted(names)
                        for f, _, _ in occurrences(whole, _plain(text), whole_index) for c in f.categories
                    }
                if bytes_found:
                    log.warning("maskerat innehåll finns kvar i filens objekt utanför sidornas text")
                failures.update((0, c) for c in bytes_found)
                extractors.append("objects")
            if len(readers) > 1 and readers[1].failed:  # as if pdftotext were missing: it proved nothing
                extractors.remove("pdftotext")
    except RedactError:
        raise
    except Exception as exc:  # an output that cannot be read back proves nothing
        raise UnsupportedError(
            "den maskerade filen gick inte att läsa tillbaka för verifiering ({kind}); indatafilen är troligen trasig: skriv ut den till en ny PDF och försök igen", kind=type(exc).__name__
        ) from None
    result = Verification(
        ok=not failures,
        checked=_checked(masks, keep),
        failures=tuple(sorted(failures)),
        extractors=tuple(extractors),
        leaks=tuple(leaks),
    )
    if failures:
        log.info("verifieringen hittade maskerat innehåll på %d ställen", len(failures))  # the caller reports it
    return result


#: Different strings remembered while the objects are read, so that a repeated one is searched once; then forgotten.
SEEN_STRINGS = 1 << 16


def _categories_in(texts: Iterable[str], forms: Sequence[Form], index: _Index) -> set[str]:
    """Categories of the forms standing in any of ``texts``, each different text searched once.

    A document's content streams repeat the same strings (a letterhead, a footer, a form's labels) on
    page after page; what a string holds does not depend on where it stands, so a repeat is not read again.
    """
    found: set[str] = set()
    seen: set[str] = set()
    for text in texts:
        if text in seen:
            continue
        if len(seen) >= SEEN_STRINGS:
            seen.clear()
        seen.add(text)
        found.update(c for f, _, _ in occurrences(forms, _plain(text), index) for c in f.categories)
    return found


def _checked(masks: Sequence[Mask], keep: Collection[str]) -> int:
    """How many different masked strings were looked for."""
    kept = {_plain(k).lower() for k in keep}
    return len({_plain(m.text).lower() for m in masks if m.text.strip()} - kept)


def found(forms: Sequence[Form], text: str) -> set[str]:
    """Categories of the forms present in ``text`` (its lines read as a reader reads them)."""
    words = ((w, (0.0, 0.0, 0.0, 0.0), n) for n, line in enumerate(text.splitlines()) for w in line.split())
    reading = build_reading(1, words)
    return {c for f, _, _ in occurrences(forms, reading.text) for c in f.categories}
