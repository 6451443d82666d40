"""Notes a PDF carries that never show on its pages: list them, and write them out as appendix pages.

A sticky-note comment shows an icon, but its text only in a pop-up; a highlight or
stamp can carry a comment the same way; an attached file shows a paper clip, not
its content; a hidden annotation or form field shows nothing at all. None of this
is page content, so flattening cannot bake it in. It is listed instead (kind,
page, whether an author is named; never the text), and left out of the disclosed
copy unless the caller asks for it as appendix pages, which are then detected and
masked like any other page.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from redact.types import Note
from redact.messages import Joined, Message

#: Swedish words for the kinds of note, used in warnings and on the appendix page.
KIND_LABELS: dict[str, str] = {
    "comment": "kommentar",
    "popup": "popup-anteckning",
    "attachment": "bifogad fil",
    "hidden-annotation": "dold anteckning",
    "hidden-field": "dolt formulärfält",
}

#: The same words in the plural.
KIND_PLURALS: dict[str, str] = {
    "comment": "kommentarer",
    "popup": "popup-anteckningar",
    "attachment": "bifogade filer",
    "hidden-annotation": "dolda anteckningar",
    "hidden-field": "dolda formulärfält",
}

#: Annotation types whose /Contents is what they draw (so it is no hidden note).
_SHOWN_CONTENTS = {pymupdf.PDF_ANNOT_FREE_TEXT, pymupdf.PDF_ANNOT_WIDGET, pymupdf.PDF_ANNOT_LINK,
                   pymupdf.PDF_ANNOT_POPUP}

_A4 = (595.0, 842.0)
_MARGIN = 56.0
_FONT_SIZE = 10.0


def never_shown(flags: int) -> bool:
    """True when an annotation with these flags shows neither on screen nor on paper."""
    if flags & pymupdf.PDF_ANNOT_IS_HIDDEN:
        return True
    return bool(flags & pymupdf.PDF_ANNOT_IS_NO_VIEW) and not flags & pymupdf.PDF_ANNOT_IS_PRINT


def page_notes(page: pymupdf.Page) -> list[Note]:
    """The notes of one page, in the order of its annotation list."""
    notes: list[Note] = []
    number = page.number + 1
    for annot in page.annots() or ():
        kind = annot.type[0]
        info = annot.info
        author = bool((info.get("title") or "").strip())
        content = (info.get("content") or "").strip()
        if never_shown(annot.flags):
            text = content or _drawn_text(annot)
            if text:
                notes.append(Note("hidden-annotation", number, author, _with_author(info, text)))
            continue
        if kind == pymupdf.PDF_ANNOT_FILE_ATTACHMENT:
            notes.append(Note("attachment", number, author, _attachment_text(annot, info)))
        elif kind == pymupdf.PDF_ANNOT_TEXT:
            if content:
                notes.append(Note("comment", number, author, _with_author(info, content)))
        elif kind not in _SHOWN_CONTENTS and content and not _says_what_it_draws(annot, content):
            notes.append(Note("popup", number, author, _with_author(info, content)))
    for widget in page.widgets() or ():
        if never_shown(_widget_flags(page, widget)):
            value = widget.field_value
            text = str(value).strip() if value not in (None, False, "Off") else ""
            if text:
                notes.append(Note("hidden-field", number, False, f"{widget.field_name or 'fält'}: {text}"))
    return notes


def _says_what_it_draws(annot: pymupdf.Annot, content: str) -> bool:
    """True when a comment only repeats what the annotation shows (a stamp's own name or text)."""
    said = " ".join(content.split()).casefold()
    kind, name = annot.parent.parent.xref_get_key(annot.xref, "Name")
    if kind == "name" and said == name.lstrip("/").casefold():
        return True
    return said in " ".join(_drawn_text(annot).split()).casefold()


def _widget_flags(page: pymupdf.Page, widget: pymupdf.Widget) -> int:
    kind, value = page.parent.xref_get_key(widget.xref, "F")
    return int(value) if kind == "int" else 0


def _with_author(info: dict, text: str) -> str:
    parts = []
    if (info.get("title") or "").strip():
        parts.append(f"Författare: {info['title'].strip()}")
    if (info.get("subject") or "").strip():
        parts.append(f"Ämne: {info['subject'].strip()}")
    parts.append(text)
    return "\n".join(parts)


def _attachment_text(annot: pymupdf.Annot, info: dict) -> str:
    try:
        file = annot.file_info
    except Exception:  # a damaged file specification: the name is unknown
        file = {}
    lines = [f"Fil: {file.get('filename') or 'okänt namn'} (filens innehåll lämnas inte ut)"]
    if (file.get("description") or "").strip():
        lines.append(f"Beskrivning: {file['description'].strip()}")
    content = (info.get("content") or "").strip()
    if content and content != file.get("filename"):
        lines.append(content)
    return _with_author(info, "\n".join(lines))


def _drawn_text(annot: pymupdf.Annot) -> str:
    """Text of a hidden annotation's appearance (a hidden free-text box has no /Contents of its own)."""
    try:
        return annot.get_text().strip()
    except Exception:  # no appearance to read
        return ""


def warning_for(notes: Sequence[Note]) -> Message:
    """One line for the run summary: how many notes of which kind, and whether they are in the copy."""
    counts: dict[str, int] = {}
    for n in notes:
        counts[n.kind] = counts.get(n.kind, 0) + 1
    what = Joined(*(Message("{n} " + (KIND_LABELS if n == 1 else KIND_PLURALS).get(k, k), n=n) for k, n in sorted(counts.items())))
    pages = ", ".join(str(p) for p in sorted({n.page for n in notes}))
    head = Message("1 dold anteckning") if len(notes) == 1 else Message("{n} dolda anteckningar", n=len(notes))
    if all(n.included for n in notes):
        template = "{head} ({what}; sida {pages}) finns som bilaga sist i den utlämnade kopian"
    elif len(notes) == 1:
        template = "{head} ({what}; sida {pages}) lämnas inte ut; ta med den som bilaga med --include-notes"
    else:
        template = "{head} ({what}; sida {pages}) lämnas inte ut; ta med dem som bilaga med --include-notes"
    return Message(template, head=head, what=what, pages=pages)


def add_appendix(doc: pymupdf.Document, notes: Sequence[Note]) -> int:
    """Write ``notes`` on new pages at the end of ``doc``; returns the number of pages added."""
    if not notes:
        return 0
    font = pymupdf.Font("helv")  # embedded with full Unicode, unlike the base-14 Helvetica
    before = doc.page_count
    blocks = ["Bilaga: anteckningar som inte syns på dokumentets sidor"]
    for n in notes:
        blocks.append(f"Sida {n.page}, {KIND_LABELS.get(n.kind, n.kind)}:\n{n.text}")
    text = "\n\n".join(blocks)
    while text:
        page = doc.new_page(width=_A4[0], height=_A4[1])
        writer = pymupdf.TextWriter(page.rect)
        box = pymupdf.Rect(_MARGIN, _MARGIN, _A4[0] - _MARGIN, _A4[1] - _MARGIN)
        rest = writer.fill_textbox(box, text, font=font, fontsize=_FONT_SIZE)
        writer.write_text(page)
        left = "\n".join(line for line, _ in rest) if rest else ""
        if left and len(left) >= len(text):  # not one line fitted: a word wider than the page
            raise ValueError("anteckningen får inte plats på en sida")
        text = left
    return doc.page_count - before
