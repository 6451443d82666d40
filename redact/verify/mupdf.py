"""MuPDF's reading of a rendered PDF: every page's words with boxes, and the text outside the pages."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from redact.verify.reading import Reading, build_reading


class MupdfReader:
    """MuPDF's reading of an open document: each page's plain text, and its words with boxes on request."""

    name = "mupdf"

    failed = False

    def __init__(self, doc: pymupdf.Document):
        self._doc = doc

    def __len__(self) -> int:
        return self._doc.page_count

    def text(self, index: int) -> str:
        """Page ``index`` (0-based) as plain text (invisible text included)."""
        return self._doc[index].get_text("text")

    def reading(self, index: int) -> Reading:
        """Page ``index`` (0-based) as words with boxes, in MuPDF's order."""
        words = self._doc[index].get_text("words")
        return build_reading(index + 1, ((w[4], (w[0], w[1], w[2], w[3]), (w[5], w[6])) for w in words))


class Latin1Reader(MupdfReader):
    """MuPDF's reading of the pages whose encoding-less fonts are declared WinAnsi: text as its producer meant it.

    Reads a private copy of the file (never saved); pages without such a font read as empty.
    """

    name = "latin1"

    def __init__(self, doc: pymupdf.Document, pages: set[int]):
        super().__init__(doc)
        self._pages = pages

    def text(self, index: int) -> str:
        """Page ``index`` (0-based) as plain text, or "" when no font of it was declared anew."""
        return super().text(index) if index in self._pages else ""

    def close(self) -> None:
        """Close the private copy."""
        self._doc.close()


def read_latin1(path: Path) -> Latin1Reader | None:
    """The Latin-1 reading of ``path``, or None when no page uses a simple font without an encoding."""
    from redact.ingest.intended_text import declare_winansi

    doc = pymupdf.open(path)
    pages = declare_winansi(doc)
    if not pages:
        doc.close()
        return None
    return Latin1Reader(doc, pages)


def extract_mupdf(path: Path) -> list[str]:
    """Text of every page according to MuPDF (invisible text included)."""
    with pymupdf.open(path) as doc:
        return [page.get_text("text") for page in doc]


_DESCRIBED_BY_MUPDF = frozenset({"format", "encryption"})


def extract_document_texts(path: Path) -> list[str]:
    """Text outside the pages: metadata, XMP, annotations, attachments, outline, page labels."""
    with pymupdf.open(path) as doc:
        return document_texts(doc)


def document_texts(doc: pymupdf.Document) -> list[str]:
    """:func:`extract_document_texts` of an open document."""
    out: list[str] = []
    # "format" and "encryption" are MuPDF's description of the file ("PDF 1.7"), held in no entry of it
    out.extend(v for k, v in (doc.metadata or {}).items() if v and k not in _DESCRIBED_BY_MUPDF)
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
