"""Build lettering a reader cannot take as text: glyph outlines, fonts without a Unicode map, text in pictures.

These are the pages only OCR or the ink check can read; all text is fictional.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from pdf_builders import raw_pdf, raw_stream, text_op, write_lines


def font_without_unicode(page: pymupdf.Page, lines: Sequence[str], fontfile: str) -> None:
    """Write ``lines`` in an embedded TrueType font, then drop its /ToUnicode: text extracts as garbage."""
    page.insert_font(fontname="nu", fontfile=fontfile)
    write_lines(page, lines, fontname="nu", fontsize=14, leading=20)
    doc = page.parent
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "ToUnicode")[0] != "null":
            doc.xref_set_key(xref, "ToUnicode", "null")


def text_as_outlines(page: pymupdf.Page, text: str, at: tuple[float, float], fontsize: float = 16, zoom: float = 4) -> None:
    """Draw ``text`` as filled vector rectangles (one per run of dark pixels): visible, but no text at all."""
    scratch = pymupdf.open()
    sp = scratch.new_page(width=fontsize * len(text) * 0.7 + 10, height=fontsize * 1.6)
    sp.insert_text((4, fontsize * 1.15), text, fontsize=fontsize)
    pix = sp.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    scratch.close()
    shape = page.new_shape()
    w, h, data = pix.width, pix.height, pix.samples
    for yy in range(h):
        row = data[yy * pix.stride: yy * pix.stride + w]
        xx = 0
        while xx < w:
            if row[xx] < 128:
                start = xx
                while xx < w and row[xx] < 128:
                    xx += 1
                shape.draw_rect(pymupdf.Rect(at[0] + start / zoom, at[1] + yy / zoom, at[0] + xx / zoom, at[1] + (yy + 1) / zoom))
            xx += 1
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    shape.commit()


def outline_drawings(text: str, fontsize: float = 14) -> tuple[list[dict], float, float]:
    """``text`` in Helvetica as vector glyph outlines: (MuPDF drawings with the baseline at y = 1.3 * fontsize, width, height)."""
    scratch = pymupdf.open()
    sp = scratch.new_page(width=pymupdf.get_text_length(text, fontsize=fontsize) + 10, height=fontsize * 1.8)
    sp.insert_text((5, fontsize * 1.3), text, fontsize=fontsize)
    svg = sp.get_svg_image(text_as_path=True)
    src = pymupdf.open("pdf", pymupdf.open(stream=svg.encode(), filetype="svg").convert_to_pdf())
    return src[0].get_drawings(), src[0].rect.width, src[0].rect.height


def _path_ops(items: Sequence, transform) -> bytes:
    """Content-stream path construction for MuPDF drawing items, each point passed through ``transform``."""
    out: list[str] = []
    end = None
    for item in items:
        kind, pts = item[0], item[1:]
        if kind == "re":
            r = pymupdf.Rect(pts[0])
            corners = [transform(p) for p in (r.tl, r.tr, r.br, r.bl)]
            out.append("%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l h" % (*corners[0], *corners[1], *corners[2], *corners[3]))
            end = None
            continue
        if kind == "qu":
            q = pts[0]
            corners = [transform(p) for p in (q.ul, q.ur, q.lr, q.ll)]
            out.append("%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l h" % (*corners[0], *corners[1], *corners[2], *corners[3]))
            end = None
            continue
        start = pts[0]
        if end is None or abs(start.x - end.x) > 0.01 or abs(start.y - end.y) > 0.01:
            out.append("%.2f %.2f m" % transform(start))
        if kind == "l":
            out.append("%.2f %.2f l" % transform(pts[1]))
        elif kind == "c":
            out.append("%.2f %.2f %.2f %.2f %.2f %.2f c" % (*transform(pts[1]), *transform(pts[2]), *transform(pts[3])))
        end = pts[-1]
    return " ".join(out).encode()


def type3_outline_pdf(lines: Sequence[str], label: str, name: str) -> bytes:
    """A good Helvetica page; on its last line ``label`` in Helvetica and then ``name`` in a Type 3 font.

    The Type 3 glyphs are real letter outlines, but the codes are shuffled and the glyph names
    meaningless (/g1, /g2 ...): the name is readable on paper and nowhere in the extracted text.
    """
    letters = sorted(set(name.replace(" ", "")))
    codes = {c: 33 + i for i, c in enumerate(letters)}
    procs: list[bytes] = []
    widths = []
    for c in letters:
        drawings, _, _ = outline_drawings(c, fontsize=1000)
        ops = b" ".join(_path_ops(d["items"], lambda p: (p.x - 5, 1300 - p.y)) + (b" f*" if d.get("even_odd") else b" f")
                        for d in drawings)
        width = pymupdf.get_text_length(c, fontsize=1000)
        widths.append(width)
        procs.append(raw_stream(b"", b"%d 0 d0 " % round(width) + ops))
    first = 6 + 1  # the font is object 6, its glyph procedures follow
    diffs = b"/Differences[32/space " + b" ".join(b"%d/g%d" % (codes[c], i + 1) for i, c in enumerate(letters)) + b"]"
    charprocs = b"<</space %d 0 R " % (first + len(letters)) + b" ".join(
        b"/g%d %d 0 R" % (i + 1, first + i) for i in range(len(letters))) + b">>"
    # Widths from code 32 (the space) to the last letter's code
    font = (b"<</Type/Font/Subtype/Type3/FontBBox[0 -300 1100 1000]/FontMatrix[0.001 0 0 0.001 0 0]/CharProcs " + charprocs
            + b"/Encoding<</Type/Encoding" + diffs + b">>/FirstChar 32/LastChar %d/Widths[278 " % (32 + len(letters))
            + b" ".join(b"%d" % round(w) for w in widths) + b"]/Resources<<>>>>")
    content = b"".join(text_op(line, 72, 760 - 16 * i, 11) for i, line in enumerate(lines))
    y = 760 - 16 * len(lines)
    encoded = bytes(32 if c == " " else codes[c] for c in name)
    content += text_op(label, 72, y, 11)
    x = 72 + pymupdf.get_text_length(label, fontsize=11) + 6
    content += b"BT /T3 12 Tf %g %g Td <%s> Tj ET\n" % (x, y, encoded.hex().encode())
    return raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        raw_stream(b"", content),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R/T3 6 0 R>>>>/Contents 3 0 R>>",
        font, *procs, raw_stream(b"", b"278 0 d0"),
    ])


def line_without_unicode(page: pymupdf.Page, text: str, at: tuple[float, float], fontfile: str,
                         private_use: bool = False) -> None:
    """Write one line in an embedded font whose /ToUnicode is dropped, or (``private_use``) maps every glyph to U+E000.."""
    doc = page.parent
    before = {f[0] for f in page.get_fonts(full=True)}
    page.insert_font(fontname="nu", fontfile=fontfile)
    page.insert_text(at, text, fontname="nu", fontsize=12)
    for xref, *_ in page.get_fonts(full=True):
        if xref in before or doc.xref_get_key(xref, "ToUnicode")[0] == "null":
            continue
        if not private_use:
            doc.xref_set_key(xref, "ToUnicode", "null")
            continue
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def "
                "1 begincodespacerange <0000> <FFFF> endcodespacerange "
                "1 beginbfrange <0000> <FFFF> <E000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
        stream = doc.get_new_xref()
        doc.update_object(stream, "<<>>")
        doc.update_stream(stream, cmap.encode())
        doc.xref_set_key(xref, "ToUnicode", f"{stream} 0 R")


def stroked_outlines(page: pymupdf.Page, text: str, at: tuple[float, float], fontsize: float = 16, width: float = 0.6) -> pymupdf.Rect:
    """Draw ``text`` as hollow lettering: each glyph's outline stroked, never filled; returns its area."""
    drawings, w, h = outline_drawings(text, fontsize)
    shape = page.new_shape()
    for d in drawings:
        for item in d["items"]:
            if item[0] == "l":
                shape.draw_line(item[1] + at, item[2] + at)
            elif item[0] == "c":
                shape.draw_bezier(*(p + at for p in item[1:]))
            elif item[0] == "re":
                shape.draw_rect(item[1] + at)
        shape.finish(color=(0, 0, 0), fill=None, width=width, closePath=False)
    shape.commit()
    return pymupdf.Rect(at[0], at[1], at[0] + w, at[1] + h)


def text_pixmap(lines: Sequence[str], fontsize: float = 12, dpi: int = 200, pad: float = 3) -> tuple[pymupdf.Pixmap, float, float]:
    """``lines`` rendered as a grayscale image, with the size (points) it has at ``fontsize``."""
    width = max(pymupdf.get_text_length(t, fontsize=fontsize) for t in lines) + 2 * pad
    height = fontsize * 1.3 * len(lines) + pad
    scratch = pymupdf.open()
    sp = scratch.new_page(width=width, height=height)
    for i, t in enumerate(lines):
        sp.insert_text((pad, pad + fontsize * (0.95 + 1.3 * i)), t, fontsize=fontsize)
    pix = sp.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    scratch.close()
    return pix, width, height


def text_ink(line: str, fontsize: float = 14, dpi: int = 144):
    """Where ``line`` rendered as an image has ink: a boolean array (rows, columns), for stencils and tilted images."""
    import numpy as np

    pix, _, _ = text_pixmap([line], fontsize=fontsize, dpi=dpi)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width) < 128


def stroke_lettering(page: pymupdf.Page, text: str, at: tuple[float, float], fontsize: float = 10, width: float = 0.4) -> pymupdf.Rect:
    """Draw ``text`` as a CAD program exports it: every line or curve segment of every glyph its own stroked path."""
    drawings, w, h = outline_drawings(text, fontsize)
    origin = pymupdf.Point(at)
    for d in drawings:
        for item in d["items"]:
            shape = page.new_shape()
            if item[0] == "l":
                shape.draw_line(item[1] + origin, item[2] + origin)
            elif item[0] == "c":
                shape.draw_bezier(*(p + origin for p in item[1:]))
            else:
                continue
            shape.finish(color=(0, 0, 0), width=width, closePath=False)
            shape.commit()
    return pymupdf.Rect(origin.x, origin.y, origin.x + w, origin.y + h)


def text_picture(lines: Sequence[str], size: tuple[float, float] = (300, 100), fontsize: float = 24) -> pymupdf.Pixmap:
    """A grey picture (one pixel per point) with ``lines`` written in it, one per half-height band."""
    scratch = pymupdf.open()
    page = scratch.new_page(width=size[0], height=size[1])
    band = size[1] / max(len(lines), 1)
    for i, line in enumerate(lines):
        page.insert_text((10, band * i + band * 0.7), line, fontsize=fontsize)
    pix = page.get_pixmap(colorspace=pymupdf.csGRAY, alpha=False)
    scratch.close()
    return pix
