"""Core types passed between the stages: ingest -> detect -> resolve -> review -> render -> verify -> audit.

All are plain frozen dataclasses. Rectangles are PDF user-space tuples
``(x0, y0, x1, y1)`` in points, y growing downwards (PyMuPDF's convention).
Character offsets always refer to ``Page.text`` of the same page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

Rect = tuple[float, float, float, float]

#: The categories of personal data the product knows (the CLI contract).
CATEGORIES: tuple[str, ...] = (
    "PERSON",
    "PERSONNUMMER",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "POSTAL_CODE",
    "PROPERTY",
    "ORG_NUMBER",
    "BANK_ACCOUNT",
    "IBAN",
    "LICENSE_PLATE",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "ID_NUMBER",
)

#: Category used for a mask a person drew by hand without naming a category.
MANUAL_CATEGORY = "MANUAL"

#: How a category an integrator adds with its own recognizer must be spelled ("EMPLOYEE_ID").
CATEGORY_PATTERN = r"^[A-Z][A-Z0-9_]{1,39}$"


def is_category(name: object) -> bool:
    """True for a known category, MANUAL, or a well-formed custom one (upper case, digits, underscores)."""
    import re

    return isinstance(name, str) and re.fullmatch(CATEGORY_PATTERN, name) is not None

Status = Literal["proposed", "accepted", "rejected", "auto-accepted", "manual", "uncertain"]
STATUSES: tuple[str, ...] = ("proposed", "accepted", "rejected", "auto-accepted", "manual", "uncertain")


@dataclass(frozen=True)
class Char:
    """One extracted character with its box on the page."""

    c: str
    rect: Rect


@dataclass(frozen=True)
class Word:
    """A whitespace-delimited word: its offsets in ``Page.text`` and its box."""

    text: str
    start: int
    end: int
    rect: Rect
    line: int  # index of the visual line on the page, for splitting masks per line
    conf: float = 1.0  # OCR confidence 0..1; 1.0 for a text layer

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"empty word at {self.start}")


_new_object, _set_attribute = object.__new__, object.__setattr__


def make_word(text: str, start: int, end: int, rect: Rect, line: int, conf: float = 1.0) -> Word:
    """``Word(text, start, end, rect, line, conf)``, checked the same, at half the cost: the extractor makes one for
    every word of a document (the frozen class's __init__ sets each field through ``object.__setattr__``)."""
    word = _new_object(Word)
    _set_attribute(word, "__dict__", {"text": text, "start": start, "end": end, "rect": rect, "line": line, "conf": conf})
    word.__post_init__()
    return word


@dataclass(frozen=True)
class Page:
    """One page of a document as text plus geometry.

    ``chars`` holds one entry per character of ``text`` (``None`` for the
    spaces and newlines the extractor inserted), so any character range maps
    to exact boxes.
    """

    number: int  # 1-based
    text: str
    words: tuple[Word, ...]
    width: float
    height: float
    char_rects: tuple[Rect | None, ...] = ()
    source: Literal["text", "ocr", "plain"] = "text"
    rotation: int = 0

    def __post_init__(self) -> None:
        if self.number < 1:
            raise ValueError("page numbers are 1-based")
        if self.char_rects and len(self.char_rects) != len(self.text):
            raise ValueError("char_rects must align with text")


class WordSpan(NamedTuple):
    """A word as the boxes of a span read it: where it stands in its page's text, and on which line."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class PageGeometry:
    """What a span's boxes are read from (``resolve.geometry.span_rects``): a page's character boxes and its words'
    places, without their text (a page parked between the two detection passes)."""

    char_rects: tuple[Rect | None, ...]
    words: tuple[WordSpan, ...]


@dataclass(frozen=True)
class Document:
    """An input document: identity only; pages are streamed by ``ingest``."""

    name: str
    sha256: str
    pages: int
    path: Path | None = None
    kind: Literal["pdf", "txt"] = "pdf"


@dataclass(frozen=True)
class Span:
    """A non-empty character range on one page."""

    page: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"empty span {self.start}:{self.end} on page {self.page}")
        if self.page < 1:
            raise ValueError("page numbers are 1-based")

    def overlaps_or_touches(self, other: Span, gap: int = 0) -> bool:
        """True when both are on one page and at most ``gap`` characters apart."""
        return self.page == other.page and self.start <= other.end + gap and other.start <= self.end + gap


@dataclass(frozen=True)
class Finding:
    """A proposal that a piece of a page is personal data.

    ``text`` is the matched text; it is used for review and verification and
    never written to the audit record. A finding added by hand may carry only
    ``page`` and ``rects`` (then ``start``/``end`` are ``None``).
    """

    id: str
    page: int
    start: int | None
    end: int | None
    text: str
    category: str
    score: float
    detector: str
    rects: tuple[Rect, ...] = ()
    status: str = "proposed"
    subject: str | None = None  # all mentions of one person share this id
    reason: str = ""  # pattern, check or context word that made the proposal
    legal_ground: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"empty finding {self.id}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score out of range in {self.id}")

    @property
    def span(self) -> Span | None:
        """The character span, or None for a finding drawn by hand."""
        if self.start is None or self.end is None:
            return None
        return Span(self.page, self.start, self.end)

    def with_(self, **changes: object) -> Finding:
        """A copy with some fields changed (checked like a new Finding)."""
        # dataclasses.replace looks up the fields on every call; this runs once per finding
        # per stage, tens of thousands of times on a long document.
        fields = dict(self.__dict__)
        unknown = changes.keys() - fields.keys()
        if unknown:
            raise TypeError(f"Finding has no field {sorted(unknown)[0]!r}")
        fields.update(changes)
        # the fields set as the frozen class's __init__ sets them, then the same checks: keyword arguments and one
        # object.__setattr__ a field cost twice as much as the copy
        new = object.__new__(Finding)
        object.__setattr__(new, "__dict__", fields)
        new.__post_init__()
        return new


@dataclass(frozen=True)
class Subject:
    """One person (or other data subject): the mentions that are decided together."""

    id: str
    category: str
    finding_ids: tuple[str, ...]
    label: str = ""  # the longest mention, shown to reviewers; never audited


@dataclass(frozen=True)
class Decision:
    """Who decided what about a finding, and on which legal ground."""

    finding_id: str
    status: str  # accepted, rejected, auto-accepted, manual
    by: str
    at: str  # ISO 8601 time
    legal_ground: str | None = None

    def __post_init__(self) -> None:
        if self.status not in ("accepted", "rejected", "auto-accepted", "manual"):
            raise ValueError(f"a decision cannot be {self.status!r}")


@dataclass(frozen=True)
class Mask:
    """An area to remove from the output, with the reason it is removed."""

    id: str
    page: int
    rects: tuple[Rect, ...]
    category: str
    detector: str
    score: float
    decision: str
    legal_ground: str | None = None
    subject: str | None = None
    text: str = ""  # for verification only; never written anywhere

    def __post_init__(self) -> None:
        if not self.rects:
            raise ValueError(f"mask {self.id} has no rectangles")


@dataclass(frozen=True)
class RenderOptions:
    """How masks are drawn and what is cleaned."""

    label: Literal["none", "category", "ground"] = "none"
    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    remove_hidden_text: bool = True


@dataclass(frozen=True)
class Verification:
    """The result of re-opening an output and looking for masked content."""

    ok: bool
    checked: int  # number of distinct masked strings looked for
    failures: tuple[tuple[int, str], ...] = ()  # (page, category): never the text
    extractors: tuple[str, ...] = ("mupdf",)
    # where a reading placed what it found: kept out of every record and out of repr (it holds the text)
    leaks: tuple[Leak, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class Leak:
    """A place in a rendered output where a reading found a form of a masked string.

    Only the pipeline sees it (to mask that copy too); it is never logged or audited.
    """

    page: int
    category: str
    rects: tuple[Rect, ...]
    text: str = field(repr=False)  # as the reading read it there
    key: str = field(repr=False)  # the masked string's normalised form it matched


@dataclass(frozen=True)
class Note:
    """Something a PDF carries that never shows on its pages: a comment, a pop-up text, an attached file.

    ``text`` goes only into the appendix page when notes are included; it is never
    logged, audited or written to the findings file.
    """

    kind: str  # comment, popup, attachment, hidden-annotation, hidden-field
    page: int  # 1-based page the note belongs to
    has_author: bool  # whether the note names its author (/T)
    text: str = field(default="", repr=False)
    included: bool = False  # rendered on an appendix page (--include-notes)

    def as_record(self) -> dict[str, object]:
        """The note without its text, for JSON, the audit record and warnings."""
        return {"kind": self.kind, "page": self.page, "author": self.has_author, "included": self.included}


@dataclass(frozen=True)
class Disclosure:
    """The outcome of one run: what was masked, where it went, and the proof."""

    document: Document
    output: Path | None
    findings: tuple[Finding, ...]
    masks: tuple[Mask, ...]
    verification: Verification | None
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # what the reader of the output will miss, said once (never masked text)
    notes: tuple[Note, ...] = ()  # what the input carried beside its pages (comments, attachments)
    pdf: bytes | None = field(default=None, repr=False)  # the redacted PDF when it was not written to a path
