"""Render a redacted PDF: true removal of masked text, image pixels and covered vector art.

Every inline image first becomes an image object that draws the same pixels
(``render.inline_images``), so every image path below reaches it. Each page is then redacted on its own
(``render.page_redaction``): what no reader sees first (``render.unseen_removal``), then the masks, each
rectangle fitted to MuPDF's rule (``render.rect_fit``) and covered by a box (``render.mask_removal``,
``render.mask_boxes``). Then the document is sanitised (``render.scrub``) and saved in full with garbage
collection, so no old content stream, image or revision stays in the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from redact.errors import EncryptedError, FindingsError, InputError, RedactError, UnsupportedError
from redact.messages import Message
from redact.render.font_names import rename_fonts
from redact.render.font_programs import clean_font_programs, masked_texts
from redact.render.inline_images import Converted, inline_images_to_objects
from redact.render.normalise import match_decode_parms
from redact.render.off_layers import show_hidden_layers
from redact.render.page_redaction import redact_page
from redact.render.scrub import scrub
from redact.types import Mask, RenderOptions


@dataclass
class RenderReport:
    """What the renderer knows of content it had to take beyond the masks."""

    #: Pages where removal takes visible glyphs that no box covers, each with the cause: why the hidden
    #: text that lies on them is hidden ("outside", "clipped", "background", ...; see ``render.hidden``),
    #: or "type3"/"font" when MuPDF measures a font's glyphs larger than its trace says.
    causes: dict[int, str] = field(default_factory=dict)


def render_pdf(
    src: Path,
    masks: Sequence[Mask],
    dst: Path,
    options: RenderOptions = RenderOptions(),
    progress: Callable[[str, int, int], None] | None = None,
    explain: bool = True,
) -> RenderReport:
    """Write ``src`` with every mask truly removed and the document sanitised to ``dst``.

    ``progress("render", page, pages)`` is called after every page (a sign of
    life for the time bound in ``ingest.guard``). The report names the pages where
    removing hidden text takes visible text along (the ink check then refuses them). With
    ``explain`` it also compares each page's glyphs after removal with the boxes drawn, to name a
    font MuPDF measures otherwise than it draws (a pass the size of reading the page again).
    """
    report = RenderReport()
    src, dst = Path(src), Path(dst)
    if src.resolve() == dst.resolve():
        raise InputError("{name}: utdatafilen får inte vara samma fil som indatafilen", name=src.name)
    try:
        doc = pymupdf.open(src)
    except Exception as err:  # MuPDF raises several types for unreadable files
        raise InputError("{name} kan inte öppnas som PDF ({err})", name=src.name, err=err) from err
    try:
        if not doc.is_pdf:
            raise InputError("{name} är ingen PDF-fil", name=src.name)
        if doc.needs_pass:
            raise EncryptedError("{name} är lösenordsskyddad; spara en olåst kopia och försök igen", name=src.name)
        by_page: dict[int, list[Mask]] = defaultdict(list)
        for m in masks:
            if not 1 <= m.page <= doc.page_count:
                raise FindingsError(
                    "maskering {id} gäller sida {page}, men {name} har {page_count} sidor", id=m.id, page=m.page, name=src.name, page_count=doc.page_count
                )
            by_page[m.page].append(m)
        number = 0
        try:
            match_decode_parms(doc)
            hidden_layers = show_hidden_layers(doc, src) if options.remove_hidden_text else frozenset()
            prepared: set[int] = set()  # forms made safe for the redaction rewrite
            inline = Converted()  # forms whose inline images were looked at
            for number in range(1, doc.page_count + 1):
                page_masks = by_page.get(number, ())
                # Every image path below (and the scrub's cropping) works on image objects.
                inline_images_to_objects(doc[number - 1], inline)
                if page_masks or options.remove_hidden_text:
                    why = redact_page(doc[number - 1], page_masks, options, hidden_layers, prepared, explain)
                    if why:
                        report.causes[number] = why
                if progress is not None:
                    progress("render", number, doc.page_count)
            number = 0
            scrub(doc)
            texts = masked_texts(masks)
            clean_font_programs(doc, texts)  # a font named after the person keeps no such name
            rename_fonts(doc, texts)  # ... in its program, nor in its dictionaries
            # garbage=3 drops every unreferenced object; 4 also merges streams with equal
            # bytes, and MuPDF's merge loses content on some files (seen: a quarter of a page).
            doc.save(dst, garbage=3, deflate=True, incremental=False, encryption=pymupdf.PDF_ENCRYPT_NONE)
        except RedactError:
            raise
        except Exception as exc:  # MuPDF gives up on a damaged page tree or content stream
            where = Message("sida {number}", number=number) if number else Message("filen")
            raise UnsupportedError(
                "{name}: {where} kan inte skrivas om säkert ({kind}); skriv ut filen till en ny PDF och försök igen", name=src.name, where=where, kind=type(exc).__name__
            ) from None
    finally:
        doc.close()
    return report

