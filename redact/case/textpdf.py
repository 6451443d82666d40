"""Plain text and labelled fields laid out as a PDF with a real text layer (MuPDF's Story)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import pymupdf

_CSS = "font-family: sans-serif; font-size: 10pt;"


def text_html(text: str) -> str:
    """Text as HTML that keeps its line breaks and runs of spaces but wraps long lines."""
    return f'<p style="white-space: pre-wrap; {_CSS}">{html.escape(text)}</p>'


def fields_html(title: str, rows: Sequence[tuple[str, str]]) -> str:
    """A heading and labelled values, one "Label: value" paragraph each (an e-mail's header block, properties)."""
    paras = "".join(
        f'<p style="{_CSS} white-space: pre-wrap; margin: 0 0 2pt 0"><b>{html.escape(k)}:</b> {html.escape(v)}</p>'
        for k, v in rows
    )
    head = f'<h3 style="font-family: sans-serif; font-size: 12pt">{html.escape(title)}</h3>' if title else ""
    return head + paras


def write_html_pdf(parts: Sequence[str], path: Path) -> int:
    """Lay out HTML fragments on A4 pages in order; returns the number of pages (at least one)."""
    story = pymupdf.Story(html="<hr/>".join(parts) or "<p></p>")
    writer = pymupdf.DocumentWriter(str(path))
    page = pymupdf.paper_rect("a4")
    where = page + (56, 56, -56, -56)
    pages = 0
    more = 1
    try:
        while more:
            device = writer.begin_page(page)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
            pages += 1
            if pages > 10_000:  # a text that never fits would loop forever
                break
    finally:
        writer.close()
    return pages


def append_pdf_pages(pdf: Path, extra: Path) -> None:
    """Append the pages of ``extra`` to ``pdf`` in place (written to a new file, then renamed)."""
    with pymupdf.open(pdf) as doc, pymupdf.open(extra) as more:
        doc.insert_pdf(more)
        tmp = pdf.with_suffix(".tmp.pdf")
        doc.save(tmp, garbage=3, deflate=True)
    tmp.replace(pdf)
