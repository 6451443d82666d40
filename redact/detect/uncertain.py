"""OCR words the detectors could not be sure of: reported to the reviewer as "uncertain", never dropped.

A badly read name ("Bergstrom", "Kar1n") slips past the name detectors. Two
rules catch what recall needs: a low-confidence word right beside a detected
name (a misread surname), and a low-confidence capitalised word that is a
name in the lexicons or one edit away from one.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.types import Finding, Page, Word

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).parent / "lexicons"
#: OCR words below this confidence are "uncertain".
LOW_CONFIDENCE = 0.7
DETECTOR = "ocr_uncertain"
_STRIP = ".,:;!?()[]{}\"'«»–-/"


def _read(path: Path) -> set[str]:
    out: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            item = line.split("#", 1)[0].strip()
            if item:
                out.add(item.casefold())
    return out


# OCR confusions folded away before comparing with the lexicon (shapes, not spellings).
_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("5", "s"), ("8", "b"), ("|", "l"))


def without_accents(text: str) -> str:
    """Lower case without accents, rings and dots: "Sjöberg" -> "sjoberg", as addresses and user names are written."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def fold(word: str) -> str:
    """Case-folded, without diacritics, with OCR look-alikes merged: 'Nystrorn' and 'Nyström' fold alike."""
    w = without_accents(word)
    for a, b in _CONFUSIONS:
        w = w.replace(a, b)
    return w


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True)
class NameLexicon:
    """First names and surnames (case-folded), common words that are not names, and one-deletion variants."""

    names: frozenset[str]
    exceptions: frozenset[str]
    variants: frozenset[str]

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> NameLexicon:
        """Read every ``*first_names.txt`` and ``*surnames.txt`` with the ``*name_exceptions.txt`` beside them."""
        names: set[str] = set()
        exceptions: set[str] = set()
        for path in sorted(directory.glob("*.txt")):
            if path.name.endswith(("first_names.txt", "surnames.txt")):
                names |= _read(path)
            elif path.name.endswith("name_exceptions.txt"):
                exceptions |= _read(path)
        return cls.of(names, exceptions)

    @classmethod
    def of(cls, names: Iterable[str], exceptions: Iterable[str] = ()) -> NameLexicon:
        """A lexicon from lists (for tests)."""
        ns = {fold(n) for n in names if len(n) >= 3}
        variants: set[str] = set()
        for n in ns:
            if len(n) >= 4:
                variants |= _deletes(n)
        return cls(frozenset(ns), frozenset(fold(e) for e in exceptions), frozenset(variants))

    def is_name(self, word: str) -> bool:
        """True for a name in the lexicon that is not also a common word."""
        w = fold(word)
        return w in self.names and w not in self.exceptions

    def near_name(self, word: str) -> bool:
        """True for a name, or a word one insertion, deletion or substitution away from one (an OCR misread)."""
        w = fold(word)
        if w in self.exceptions:
            return False
        if w in self.names:
            return True
        if len(w) < 4:
            return False
        if w in self.variants:  # a letter was lost
            return True
        dels = _deletes(w)
        return bool(dels & self.names) or bool(dels & self.variants)  # a letter added / misread


def _core(page: Page, word: Word) -> tuple[int, int] | None:
    """Offsets of the word without surrounding punctuation."""
    text = word.text
    lo, hi = 0, len(text)
    while lo < hi and text[lo] in _STRIP:
        lo += 1
    while hi > lo and text[hi - 1] in _STRIP:
        hi -= 1
    if hi - lo < 2 or not any(c.isalpha() for c in text[lo:hi]):
        return None
    return word.start + lo, word.start + hi


def _looks_capitalised(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and letters[0].isupper() and sum(c.isupper() for c in letters) <= max(1, len(letters) // 2)


def uncertain_findings(
    page: Page,
    findings: Sequence[Finding],
    lexicon: NameLexicon,
    low_confidence: float = LOW_CONFIDENCE,
) -> list[Finding]:
    """Findings with status "uncertain" for low-confidence OCR words beside a name or that look like one."""
    if page.source != "ocr":
        return []
    taken = [(f.start, f.end) for f in findings if f.page == page.number and f.start is not None and f.end is not None]
    names = [(f.start, f.end) for f in findings if f.category == "PERSON" and f.start is not None and f.end is not None]
    words = list(page.words)
    out: list[Finding] = []
    for i, word in enumerate(words):
        if word.conf >= low_confidence:
            continue
        core = _core(page, word)
        if core is None:
            continue
        start, end = core
        if any(s < end and start < e for s, e in taken):
            continue
        text = page.text[start:end]
        reason = ""
        neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j].line == word.line]
        if any(any(s < n.end and n.start < e for s, e in names) for n in neighbours):
            reason = "låg OCR-säkerhet intill ett namn"
        elif _looks_capitalised(text) and lexicon.near_name(text):
            reason = "låg OCR-säkerhet; liknar ett namn"
        if not reason:
            continue
        out.append(
            Finding(
                id=f"u{page.number}-{len(out)}",
                page=page.number,
                start=start,
                end=end,
                text=text,
                category="PERSON",
                score=round(max(0.05, min(0.34, word.conf * 0.4)), 3),
                detector=DETECTOR,
                status="uncertain",
                reason=f"{reason} ({word.conf:.2f})",
            )
        )
        taken.append((start, end))
    return out
