"""Build test PDFs in code: text, images, vector art, tables, annotations, attachments and more.

Every builder takes an open ``pymupdf.Document`` or ``Page`` and adds one
kind of content, so a test composes exactly the file it needs. All people and
text are fictional. Helpers at the end turn strings into mask rectangles and
read word positions and images back for assertions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import pymupdf

from redact.types import Mask, Rect

A4 = (595.0, 842.0)
FONT_SIZE = 11.0
LEADING = 13.0  # tight leading: a line's character boxes reach into the next line


def new_pdf() -> pymupdf.Document:
    """An empty in-memory PDF."""
    return pymupdf.open()


def text_page(
    doc: pymupdf.Document,
    lines: Sequence[str],
    *,
    x: float = 72.0,
    y: float = 100.0,
    fontsize: float = FONT_SIZE,
    leading: float = LEADING,
    size: tuple[float, float] = A4,
    **text_args: object,
) -> pymupdf.Page:
    """A new page with ``lines`` written from (x, y) downwards; ``text_args`` go to insert_text."""
    page = doc.new_page(width=size[0], height=size[1])
    write_lines(page, lines, x=x, y=y, fontsize=fontsize, leading=leading, **text_args)
    return page


def write_lines(
    page: pymupdf.Page,
    lines: Sequence[str],
    *,
    x: float = 72.0,
    y: float = 100.0,
    fontsize: float = FONT_SIZE,
    leading: float = LEADING,
    **text_args: object,
) -> None:
    """Write ``lines`` at baseline y, y + leading, ..."""
    for i, line in enumerate(lines):
        page.insert_text((x, y + i * leading), line, fontsize=fontsize, **text_args)


def hidden_text(page: pymupdf.Page, kind: str, text: str, point: tuple[float, float]) -> None:
    """Text a reader cannot see: invisible, white, transparent, tiny, outside or a layer that is off."""
    if kind == "invisible":
        page.insert_text(point, text, fontsize=FONT_SIZE, render_mode=3)
    elif kind == "white":
        page.insert_text(point, text, fontsize=FONT_SIZE, color=(1, 1, 1))
    elif kind == "transparent":
        page.insert_text(point, text, fontsize=FONT_SIZE, fill_opacity=0)
    elif kind == "tiny":
        page.insert_text(point, text, fontsize=0.5)
    elif kind == "outside":
        page.insert_text((point[0], page.rect.height + 40), text, fontsize=FONT_SIZE)
    elif kind == "layer":
        ocg = page.parent.add_ocg("Dolt lager", on=False)
        page.insert_text(point, text, fontsize=FONT_SIZE, oc=ocg)
    else:
        raise ValueError(f"unknown hidden text kind {kind!r}")


def pattern_pixmap(width: int, height: int) -> pymupdf.Pixmap:
    """An RGB image with a gradient and stripes: no two nearby regions alike."""
    samples = bytearray(width * height * 3)
    for yy in range(height):
        for xx in range(width):
            i = (yy * width + xx) * 3
            samples[i] = (xx * 255) // max(width - 1, 1)
            samples[i + 1] = (yy * 255) // max(height - 1, 1)
            samples[i + 2] = 40 if (xx // 4 + yy // 4) % 2 else 200
    return pymupdf.Pixmap(pymupdf.csRGB, width, height, bytes(samples), False)


def image(page: pymupdf.Page, rect: Rect, width: int = 120, height: int = 80) -> int:
    """Place a patterned image (one pixel per point by default) in ``rect``; return its xref."""
    pix = pattern_pixmap(width, height)
    return page.insert_image(pymupdf.Rect(rect), pixmap=pix, keep_proportion=False)


def filled_rect(page: pymupdf.Page, rect: Rect, colour: tuple[float, float, float] = (0.2, 0.4, 0.8)) -> None:
    """A filled vector rectangle."""
    page.draw_rect(pymupdf.Rect(rect), color=None, fill=colour, width=0)


def line(page: pymupdf.Page, p0: tuple[float, float], p1: tuple[float, float], width: float = 0.8) -> None:
    """A stroked vector line, e.g. a table rule."""
    page.draw_line(p0, p1, color=(0, 0, 0), width=width)


def table(
    page: pymupdf.Page,
    origin: tuple[float, float],
    rows: Sequence[Sequence[str]],
    col_width: float = 140.0,
    row_height: float = 18.0,
    fontsize: float = 10.0,
) -> list[Rect]:
    """A ruled table with one text cell per entry; returns the cell rectangles row by row."""
    x0, y0 = origin
    ncols = max(len(r) for r in rows)
    cells = []
    for i in range(len(rows) + 1):
        line(page, (x0, y0 + i * row_height), (x0 + ncols * col_width, y0 + i * row_height))
    for j in range(ncols + 1):
        line(page, (x0 + j * col_width, y0), (x0 + j * col_width, y0 + len(rows) * row_height))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = (x0 + j * col_width, y0 + i * row_height, x0 + (j + 1) * col_width, y0 + (i + 1) * row_height)
            page.insert_text((cell[0] + 4, cell[3] - 5), text, fontsize=fontsize)
            cells.append(cell)
    return cells


def unruled_table(path: Path, title: str, rows: Sequence[Sequence[str]], columns: Sequence[float]) -> Path:
    """A one-page PDF of a table set by position alone under a title: no rules, one text line a cell at ``columns``."""
    doc = new_pdf()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((40, 60), title, fontsize=11)
    placed = [((x, 90.0 + 15 * n), cell) for n, row in enumerate(rows) for x, cell in zip(columns, row) if cell]
    for point, cell in placed:
        page.insert_text(point, cell, fontsize=9)
    return save(doc, path)


def ruled_grid(page: pymupdf.Page, x_cols: Sequence[float], y0: float, rows: Sequence[Sequence[str]],
               fontsize: float = 9.0, leading: float = 16.0) -> None:
    """A ruled table, its columns starting at the given x positions, the header row in bold
    (as a word processor lays one out: each cell its own piece of text)."""
    edges = [*x_cols, x_cols[-1] + 200]
    for r, row in enumerate(rows):
        top = y0 + r * leading - fontsize - 3
        for i, cell in enumerate(row):
            page.draw_rect(pymupdf.Rect(edges[i] - 3, top, edges[i + 1] - 3, top + leading), color=(0, 0, 0), width=0.5)
            if cell:
                page.insert_text((edges[i], y0 + r * leading), cell, fontsize=fontsize, fontname="hebo" if r == 0 else "helv")


def annotations(page: pymupdf.Page, text: str, at: tuple[float, float] = (400.0, 100.0)) -> None:
    """A sticky note, free text, stamp, highlight with a comment and a file attachment, all naming ``text``."""
    x, y = at
    note = page.add_text_annot((x, y), f"Ring {text}")
    note.set_info(title=text, subject=f"Om {text}")
    note.update()
    page.add_freetext_annot(pymupdf.Rect(x, y + 30, x + 150, y + 60), f"Handläggare: {text}").update()
    stamp = page.add_stamp_annot(pymupdf.Rect(x, y + 70, x + 150, y + 110), stamp=0)
    stamp.set_info(content=f"Godkänd av {text}")
    stamp.update()
    hl = page.add_highlight_annot(pymupdf.Rect(72, 80, 200, 104))
    hl.set_info(content=f"Kolla med {text}")
    hl.set_popup(pymupdf.Rect(x, y + 120, x + 150, y + 170))
    hl.update()
    page.add_file_annot((x, y + 180), f"Bilaga om {text}".encode(), f"{text}.txt", desc=f"Underlag {text}")


def form_field(page: pymupdf.Page, name: str, value: str, rect: Rect = (72, 700, 300, 720)) -> None:
    """A filled text field."""
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.field_name = name
    w.field_value = value
    w.rect = pymupdf.Rect(rect)
    page.add_widget(w)


def attachment(doc: pymupdf.Document, name: str, content: bytes, desc: str = "") -> None:
    """An embedded file in the document's name tree."""
    doc.embfile_add(name, content, filename=name, desc=desc)


def outline(doc: pymupdf.Document, titles: Sequence[str]) -> None:
    """Top-level bookmarks, one per title, pointing at page 1."""
    doc.set_toc([[1, t, 1] for t in titles])


def metadata(doc: pymupdf.Document, text: str) -> None:
    """Document information naming ``text``."""
    doc.set_metadata({"author": text, "title": f"Ärende om {text}", "subject": text, "keywords": text})


def xmp(doc: pymupdf.Document, text: str) -> None:
    """XMP metadata naming ``text``."""
    doc.set_xml_metadata(
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{text}</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def page_labels(doc: pymupdf.Document, prefix: str) -> None:
    """Page labels with ``prefix``."""
    doc.set_page_labels([{"startpage": 0, "prefix": prefix, "style": "D", "firstpagenum": 1}])


def javascript(doc: pymupdf.Document, text: str) -> None:
    """Document-level JavaScript in the names tree and an OpenAction script, both naming ``text``."""
    cat = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, f"<</S/JavaScript/JS(app.alert\\('{text}'\\);)>>")
    doc.xref_set_key(cat, "OpenAction", f"{js} 0 R")
    names = doc.get_new_xref()
    doc.update_object(names, f"<</Names[(hej) {js} 0 R]>>")
    if doc.xref_get_key(cat, "Names")[0] == "null":
        doc.xref_set_key(cat, "Names", "<<>>")
    doc.xref_set_key(cat, "Names/JavaScript", f"{names} 0 R")


def thumbnail(page: pymupdf.Page) -> None:
    """A /Thumb image on the page."""
    doc = page.parent
    pix = page.get_pixmap(matrix=pymupdf.Matrix(0.1, 0.1))
    xref = doc.get_new_xref()
    doc.update_object(xref, f"<</Type/XObject/Subtype/Image/Width {pix.width}/Height {pix.height}"
                            "/ColorSpace/DeviceRGB/BitsPerComponent 8>>")
    doc.update_stream(xref, pix.samples)
    doc.xref_set_key(page.xref, "Thumb", f"{xref} 0 R")


def save(doc: pymupdf.Document, path: Path) -> Path:
    """Save (full, compressed) and close."""
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


# --- reading back -------------------------------------------------------------


def rects_of(page: pymupdf.Page, needle: str) -> list[Rect]:
    """Exact character-box rectangles of every occurrence of ``needle`` (one per line)."""
    return [tuple(r) for r in page.search_for(needle)]


def mask(page_number: int, rects: Sequence[Rect], category: str = "PERSON", text: str = "", **kw: object) -> Mask:
    """A Mask with sensible defaults for tests."""
    fields = {"detector": "test", "score": 1.0, "decision": "accepted"} | kw
    return Mask(id=f"m{page_number}-{abs(hash((text, tuple(rects)))) % 10**8}", page=page_number,
                rects=tuple(rects), category=category, text=text, **fields)  # type: ignore[arg-type]


def masks_for(path: Path, needles: dict[str, str], **kw: object) -> list[Mask]:
    """One mask per occurrence of each needle (text -> category) in the PDF at ``path``."""
    out = []
    with pymupdf.open(path) as doc:
        for page in doc:
            for text, category in needles.items():
                rects = rects_of(page, text)
                if rects:
                    out.append(mask(page.number + 1, rects, category, text, **kw))
    return out


def words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, get_text('words') as (x0, y0, x1, y1, text)."""
    with pymupdf.open(path) as doc:
        return [[tuple(w[:5]) for w in page.get_text("words")] for page in doc]


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def image_pixmaps(path: Path, page_number: int = 1) -> list[tuple[pymupdf.Rect, pymupdf.Pixmap]]:
    """The images drawn on a page, as (placement rect, RGB pixmap read from the file)."""
    out = []
    with pymupdf.open(path) as doc:
        page = doc[page_number - 1]
        for info in page.get_images(full=True):
            xref = info[0]
            pix = pymupdf.Pixmap(doc, xref)
            if pix.n - pix.alpha != 3:
                pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
            for r in page.get_image_rects(xref):
                out.append((r, pix))
    return out


# --- hostile and unusual files ---------------------------------------------

HELVETICA = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"


def raw_pdf(objects: Sequence[bytes], root: int = 1, trailer: bytes = b"") -> bytes:
    """A classic PDF from object bodies (object n is ``objects[n - 1]``), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<</Size %d/Root %d 0 R%s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer, start)
    return bytes(out)


def raw_stream(entries: bytes, data: bytes) -> bytes:
    """A stream object body with its /Length."""
    return b"<<" + entries + b"/Length %d>>stream\n" % len(data) + data + b"\nendstream"


def one_page_pdf(content: bytes, resources: bytes = b"/Font<</F1 4 0 R>>", extra: Sequence[bytes] = ()) -> bytes:
    """Catalog 1, pages 2, content 3, Helvetica 4, page 5, then ``extra`` objects from 6 on."""
    return raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        raw_stream(b"", content),
        HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<<" + resources + b">>/Contents 3 0 R>>",
        *extra,
    ])


def text_op(text: str, x: float = 72, y: float = 760, size: float = 12, font: bytes = b"F1") -> bytes:
    """A content-stream text object writing ``text`` (Latin-1) at (x, y) in PDF space."""
    return b"BT /%s %g Tf %g %g Td (%s) Tj ET\n" % (font, size, x, y, text.encode("latin-1"))


def pattern_with_text(text: str) -> bytes:
    """A page filled with a tiling pattern whose cell writes ``text``."""
    cell = raw_stream(b"/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 300 40]/XStep 300/YStep 40"
                      b"/Resources<</Font<</F1 4 0 R>>>>", text_op(text, 5, 15, 14))
    content = text_op("Ett brev utan namn.") + b"/Pattern cs /P1 scn 72 600 300 40 re f"
    return one_page_pdf(content, b"/Font<</F1 4 0 R>>/Pattern<</P1 6 0 R>>", [cell])


def soft_mask_with_text(text: str) -> bytes:
    """A black page painted through a luminosity soft mask whose group writes ``text``: the name shows as a shape."""
    group = raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Group<</S/Transparency/CS/DeviceRGB>>"
                       b"/Resources<</Font<</F1 4 0 R>>>>", b"1 g " + text_op(text, 72, 500, 24))
    gs = b"<</Type/ExtGState/SMask<</Type/Mask/S/Luminosity/G 6 0 R>>>>"
    content = text_op("Ett brev utan namn.") + b"/GS1 gs 0 g 0 0 595 842 re f"
    return one_page_pdf(content, b"/Font<</F1 4 0 R>>/ExtGState<</GS1 7 0 R>>", [group, gs])


def type3_pdf(text: str, glyph_draws_text: str = "") -> bytes:
    """``text`` in a Type 3 font whose glyphs are boxes with standard names; optionally one glyph writes another text."""
    letters = sorted(set(text.replace(" ", "")))
    diffs = b"/Differences[32/space " + b" ".join(b"%d/%s" % (ord(c), c.encode()) for c in letters) + b"]"
    procs = b"<</space 8 0 R " + b" ".join(b"/%s 7 0 R" % c.encode() for c in letters) + b">>"
    font = (b"<</Type/Font/Subtype/Type3/FontBBox[0 0 800 800]/FontMatrix[0.001 0 0 0.001 0 0]/CharProcs " + procs
            + b"/Encoding<</Type/Encoding" + diffs + b">>/FirstChar 32/LastChar 255/Widths["
            + b" ".join(b"700" for _ in range(224)) + b"]/Resources<</Font<</F1 4 0 R>>>>>>")
    glyph = b"700 0 d0 50 0 500 700 re f"
    if glyph_draws_text:
        glyph = b"700 0 d0 " + text_op(glyph_draws_text, 0, 0, 200)
    content = text_op("Ett brev utan namn.") + b"BT /T3 20 Tf 72 600 Td (" + text.encode("latin-1") + b") Tj ET"
    return one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>",
                        [font, raw_stream(b"", glyph), raw_stream(b"", b"300 0 d0")])


def scanned_page(doc: pymupdf.Document, lines: Sequence[str], hidden_layer: Sequence[str] = (), dpi: int = 200) -> pymupdf.Page:
    """A page that is one image of ``lines`` (a scan), with an optional invisible text layer under it."""
    scratch = pymupdf.open()
    text_page(scratch, lines, fontsize=14, leading=22)
    pix = scratch[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    scratch.close()
    page = doc.new_page(width=A4[0], height=A4[1])
    if hidden_layer:
        write_lines(page, hidden_layer, fontsize=14, leading=22, render_mode=3)
    page.insert_image(page.rect, pixmap=pix)
    return page


def xfa_form(doc: pymupdf.Document, text: str) -> None:
    """An AcroForm with an XFA packet naming ``text``."""
    xfa = doc.get_new_xref()
    doc.update_object(xfa, "<<>>")
    doc.update_stream(xfa, f'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><xfa:datasets><data><namn>{text}</namn>'
                           "</data></xfa:datasets></xdp:xdp>".encode())
    form = doc.get_new_xref()
    doc.update_object(form, f"<</Fields[]/XFA {xfa} 0 R>>")
    doc.xref_set_key(doc.pdf_catalog(), "AcroForm", f"{form} 0 R")


def all_text(path: Path) -> str:
    """Every object and every decoded stream of a PDF, as text (to prove a string is nowhere in the file)."""
    parts = []
    with pymupdf.open(path) as doc:
        parts.append(doc.xref_object(-1) if doc.xref_length() else "")
        for xref in range(1, doc.xref_length()):
            try:
                parts.append(doc.xref_object(xref))
                if doc.xref_is_stream(xref):
                    parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
            except Exception:  # a free slot
                continue
    return "\n".join(parts)


# --- objects a reader never sees (resources, images, marked content) ----------------


def wrap_contents(page: pymupdf.Page, before: bytes, after: bytes = b"") -> None:
    """Put ``before`` and ``after`` around the page's whole content (one stream)."""
    doc = page.parent
    page.clean_contents(sanitize=False)
    xref = page.get_contents()[0]
    doc.update_stream(xref, before + b"\n" + (doc.xref_stream(xref) or b"") + b"\n" + after)


def set_contents(page: pymupdf.Page, data: bytes) -> None:
    """Replace the page's content with ``data`` (its resources stay as they are)."""
    doc = page.parent
    page.clean_contents(sanitize=False)
    doc.update_stream(page.get_contents()[0], data)


def jpeg_with_metadata(text: str, width: int = 120, height: int = 80) -> bytes:
    """A JPEG whose EXIF (APP1), XMP, IPTC (APP13) and comment segments, and bytes after its end, name ``text``."""
    jpg = pattern_pixmap(width, height).tobytes("jpg")
    assert jpg[:2] == b"\xff\xd8"

    def segment(marker: int, body: bytes) -> bytes:
        return bytes((0xFF, marker)) + (len(body) + 2).to_bytes(2, "big") + body

    name = text.encode("latin-1")
    extra = (segment(0xE1, b"Exif\x00\x00MM\x00*\x00\x00\x00\x08Artist\x00" + name)
             + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<dc:creator>" + name + b"</dc:creator>")
             + segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04" + name)
             + segment(0xFE, b"Foto: " + name))
    return jpg[:2] + extra + jpg[2:] + b"Tagen av " + name
