"""Re-open a rendered PDF and prove that no masked string can be extracted from it.

Two extractors that share no code look at every page: MuPDF and, when it is
installed, poppler's ``pdftotext``. Document-level places (metadata, XMP,
annotation contents, attachment names, outline titles, page labels) are
checked too and reported as page 0. A failure names the page and the
category, never the text.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pymupdf

from redact.errors import UnsupportedError
from redact.types import Mask, Verification

log = logging.getLogger(__name__)

#: Seconds pdftotext may take per page before verification gives up on it.
PDFTOTEXT_SECONDS_PER_PAGE = 0.5
#: Strings with at least this many digits are also compared digits-only.
MIN_DIGITS = 6

# Digit groups joined by spaces and at most one dash, dot, plus or slash: how
# numbers are written ("070-123 45 67", "19850312 - 1234"), not lists ("12, 13").
_NUMBER = re.compile(r"\d+(?:(?:\s*[-\u2010-\u2015.+/]\s*|\s+)\d+)*")


@dataclass(frozen=True)
class _Needle:
    text: str  # normalised
    source: str  # the regular expression for text; compiled only for needles a page may hold
    digits: str  # '' unless the string has MIN_DIGITS digits
    categories: tuple[str, ...]
    # A one-word name ("Sten", "Ros") is a leak where it stands capitalised; the
    # same letters as a lower-case word ("en sten") are not the masked name.
    capital_only: bool = False
    first: str = ""  # the first word of text: a needle can only be present where it is

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled expression (case-insensitive for one-word names, matched on plain text)."""
        return re.compile(self.source, re.IGNORECASE if self.capital_only else 0)


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded text with runs of whitespace as one space."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.casefold().split())


def extract_mupdf(path: Path) -> list[str]:
    """Text of every page according to MuPDF (invisible text included)."""
    with pymupdf.open(path) as doc:
        return [page.get_text("text") for page in doc]


def extract_pdftotext(path: Path, pages: int) -> list[str] | None:
    """Text of every page according to poppler, or None when pdftotext is missing or fails."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    try:
        done = subprocess.run(
            [exe, "-q", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=10 + PDFTOTEXT_SECONDS_PER_PAGE * pages,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        log.warning("pdftotext kunde inte köras: %s", err)
        return None
    if done.returncode != 0:
        log.warning("pdftotext avslutades med kod %d", done.returncode)
        return None
    texts = done.stdout.decode("utf-8", "replace").split("\f")
    # pdftotext ends every page with a form feed, so the last piece is empty.
    return (texts + [""] * pages)[:pages]


def extract_document_texts(path: Path) -> list[str]:
    """Text outside the pages: metadata, XMP, annotations, attachments, outline, page labels."""
    out: list[str] = []
    with pymupdf.open(path) as doc:
        out.extend(v for v in (doc.metadata or {}).values() if v)
        xmp = doc.get_xml_metadata()
        if xmp:
            out.append(re.sub(r"<[^>]+>", " ", xmp))
        for name in doc.embfile_names():
            out.append(name)
            info = doc.embfile_info(name)
            out.extend(str(info.get(k) or "") for k in ("filename", "ufilename", "description"))
        out.extend(entry[1] for entry in doc.get_toc(simple=True))
        for rule in doc.get_page_labels():
            out.append(str(rule.get("prefix") or ""))
        for page in doc:
            for annot in page.annots() or ():
                out.extend(str(v) for v in annot.info.values() if v)
                if annot.type[0] == pymupdf.PDF_ANNOT_FILE_ATTACHMENT:
                    out.append(str(annot.file_info.get("filename") or ""))
            for widget in page.widgets() or ():
                out.extend(str(v) for v in (widget.field_name, widget.field_value, widget.field_label) if v)
    return [t for t in out if t]


def verify_pdf(
    path: Path,
    masks: Sequence[Mask],
    keep: Collection[str] = (),
    use_pdftotext: bool = True,
    source: Path | None = None,
) -> Verification:
    """Look for every masked string in the saved output; report (page, category) where one remains.

    With ``source`` (the input PDF) the check is by count: on each page a
    masked string may remain only as often as the input had occurrences that
    were deliberately left unmasked (a reviewer's rejection, a one-word guess
    that was not spread); every occurrence inside a mask must be gone. Without
    it, any occurrence is a failure.
    """
    path = Path(path)
    needles = _needles(masks, keep)
    index = _index(needles)
    try:
        with pymupdf.open(path) as doc:
            pages = doc.page_count
        mupdf_pages = extract_mupdf(path)
        extract_document_texts(path)  # fails here, not later, when the output cannot be read back
    except Exception as exc:  # an output that cannot be read back proves nothing (issue 4)
        raise UnsupportedError(
            f"den maskerade filen gick inte att läsa tillbaka för verifiering ({type(exc).__name__}); "
            "indatafilen är troligen trasig: skriv ut den till en ny PDF och försök igen"
        ) from None
    extractors = ["mupdf"]
    outputs: dict[str, list[str]] = {"mupdf": mupdf_pages}
    if use_pdftotext:
        poppler = extract_pdftotext(path, pages)
        if poppler is not None:
            extractors.append("pdftotext")
            outputs["pdftotext"] = poppler
    inputs: dict[str, list[str] | None] = {}
    mask_text: dict[int, str] = defaultdict(str)
    for m in masks:
        if m.text:
            mask_text[m.page] += "\n" + m.text
    failures: set[tuple[int, str]] = set()
    if needles:
        for extractor, texts in outputs.items():
            for i, text in enumerate(texts):
                page = i + 1
                for n in _present(needles, text, index):
                    if source is not None:
                        if extractor not in inputs:
                            inputs[extractor] = (
                                extract_mupdf(source) if extractor == "mupdf" else extract_pdftotext(source, pages)
                            )
                        original = inputs[extractor]
                        if original is not None and i < len(original):
                            allowed = _count(n, original[i]) - _count(n, mask_text.get(page, ""))
                            if _count(n, text) <= max(allowed, 0):
                                continue
                    failures.update((page, c) for c in n.categories)
        for text in extract_document_texts(path):
            for n in _present(needles, text, index):
                failures.update((0, c) for c in n.categories)
    result = Verification(
        ok=not failures,
        checked=len(needles),
        failures=tuple(sorted(failures)),
        extractors=tuple(extractors),
    )
    if failures:
        log.info("verifieringen hittade maskerat innehåll på %d ställen", len(failures))  # the caller reports it
    return result


def _needles(masks: Iterable[Mask], keep: Collection[str]) -> list[_Needle]:
    kept = {normalise(k) for k in keep}
    categories: dict[str, set[str]] = defaultdict(set)
    lower_seen: set[str] = set()
    for m in masks:
        text = normalise(m.text)
        if text and text not in kept:
            categories[text].add(m.category)
            stripped = m.text.strip()
            if " " in text or not stripped[:1].isupper():
                lower_seen.add(text)
    needles = []
    for text, cats in sorted(categories.items()):
        words = [re.escape(w) for w in text.split(" ")]
        capital_only = text not in lower_seen
        pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
        digits = re.sub(r"\D", "", text)
        needles.append(
            _Needle(text, pattern, digits if len(digits) >= MIN_DIGITS else "", tuple(sorted(cats)), capital_only,
                    text.split(" ", 1)[0])
        )
    return needles


def _plain(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", raw).replace("\u00ad", "").split())


def _count(n: _Needle, raw: str) -> int:
    """How often the needle occurs in ``raw`` (capitalised only for one-word names; digits-only for numbers)."""
    if not raw:
        return 0
    if n.capital_only:
        by_text = sum(1 for m in n.pattern.finditer(_plain(raw)) if m.group(0)[:1].isupper())
    else:
        by_text = len(n.pattern.findall(normalise(raw)))
    by_digits = 0
    if n.digits:
        by_digits = sum(1 for m in _NUMBER.finditer(normalise(raw)) if n.digits in re.sub(r"\D", "", m.group()))
    return max(by_text, by_digits)


@dataclass(frozen=True)
class _Index:
    """Needles by the leading trigram of their first word and the leading digits of their number.

    Every needle is looked for on every page of two extractors, so a document's needles times
    its pages decides the cost of verification. A needle whose first word is a substring of a
    page has that word's first trigram on the page, and one whose digits are in a page's
    numbers has their first MIN_DIGITS digits there: only such needles (and those with a
    first word shorter than a trigram) can be present, so only they are tested.
    """

    by_trigram: dict[str, tuple[int, ...]]
    by_digits: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


def _index(needles: Sequence[_Needle]) -> _Index:
    by_trigram: dict[str, list[int]] = defaultdict(list)
    by_digits: dict[str, list[int]] = defaultdict(list)
    always: list[int] = []
    for i, n in enumerate(needles):
        first = n.first or n.text.split(" ", 1)[0]
        if len(first) < 3:
            always.append(i)
        else:
            by_trigram[first[:3]].append(i)
        if n.digits:
            by_digits[n.digits[:MIN_DIGITS]].append(i)
    return _Index(
        {k: tuple(v) for k, v in by_trigram.items()}, {k: tuple(v) for k, v in by_digits.items()}, tuple(always)
    )


def _present(needles: Sequence[_Needle], raw: str, index: _Index | None = None) -> list[_Needle]:
    """The needles that occur in ``raw`` (``index``: from :func:`_index` of the same needles)."""
    text = normalise(raw)
    if index is None:
        index = _index(needles)
    # One string of the page's digit groups; the separator is not a digit, so a needle's
    # digits are in it exactly when they are in one of the groups.
    numbers = "|".join(re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text))
    candidates = set(index.always)
    by_trigram, by_digits = index.by_trigram, index.by_digits
    for k in {text[i : i + 3] for i in range(len(text) - 2)}.intersection(by_trigram):
        candidates.update(by_trigram[k])
    for k in {numbers[i : i + MIN_DIGITS] for i in range(len(numbers) - MIN_DIGITS + 1)}.intersection(by_digits):
        candidates.update(by_digits[k])
    plain: str | None = None
    hits: list[_Needle] = []
    for i in sorted(candidates):
        n = needles[i]
        first = n.first or n.text.split(" ", 1)[0]
        at = text.find(first)
        if at >= 0:
            if n.capital_only:
                if plain is None:
                    plain = _plain(raw)
                if any(m.group(0)[:1].isupper() for m in n.pattern.finditer(plain)):
                    hits.append(n)
                    continue
            elif _match_at_occurrences(n.pattern, text, first, at):
                hits.append(n)
                continue
        if n.digits and n.digits in numbers:
            hits.append(n)
    return hits


def _match_at_occurrences(pattern: re.Pattern[str], text: str, first: str, at: int) -> bool:
    """``pattern.search(text)`` for a case-sensitive pattern whose matches begin with ``first``.

    Trying the pattern only where ``first`` occurs (``at`` is the first place) skips the
    regex engine's scan over the rest of the page.
    """
    while at >= 0:
        if pattern.match(text, at):
            return True
        at = text.find(first, at + 1)
    return False


def _found(needles: Sequence[_Needle], raw: str) -> set[str]:
    """Categories of the needles present in ``raw``."""
    return {c for n in _present(needles, raw) for c in n.categories}
