"""Names in objects a reader of the page never sees: unused resources, hidden image parts, marked content, private keys.

Each file is redacted through ``run_file``; the name must then be gone for
MuPDF, for pdftotext, from every object and decoded stream and from the raw
bytes of the file, and the page must look as before outside the masks.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.errors import UnsupportedError
from test_hostile import NAME, PLAIN, WITH_NAME, _flat, assert_gone, redact, refused, write

INNOCENT = "Ett vanligt brev"
PICTURE = ["Semesterbild", NAME]  # the name in the lower half of a picture


def raw_bytes(path: Path) -> str:
    """The file and every raw (still encoded) stream in it, as text: JPEG segments live here."""
    parts = [path.read_bytes().decode("latin-1")]
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            try:
                if doc.xref_is_stream(xref):
                    parts.append((doc.xref_stream_raw(xref) or b"").decode("latin-1"))
            except Exception:  # a free slot
                continue
    return "\n".join(parts)


def glyph_text(path: Path) -> str:
    """What the glyphs on the pages show, whatever /ActualText says."""
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text(flags=pymupdf.TEXT_IGNORE_ACTUALTEXT) for p in doc)


def render(path: Path, zoom: float = 2.0) -> list[np.ndarray]:
    with pymupdf.open(path) as doc:
        out = []
        for page in doc:
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False)
            out.append(np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3))
        return out


def assert_looks_the_same(src: Path, out: Path, zoom: float = 2.0) -> None:
    """Every page renders identically, except inside the boxes drawn over masks."""
    before, after = render(src, zoom), render(out, zoom)
    assert len(before) == len(after)
    with pymupdf.open(out) as doc:
        for page, a, c in zip(doc, before, after):
            differ = np.any(a != c, axis=2)
            for d in page.get_drawings():  # the mask boxes
                r = d["rect"] * zoom
                differ[max(int(r.y0) - 3, 0): int(r.y1) + 4, max(int(r.x0) - 3, 0): int(r.x1) + 4] = False
            assert not differ.any(), f"page {page.number + 1} changed at {np.argwhere(differ)[:3].tolist()}"


def image_text(path: Path) -> str:
    """What OCR reads in the pixels of every image of the file (the whole image, seen or not)."""
    if shutil.which("tesseract") is None:
        return ""
    texts = []
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            if doc.xref_get_key(xref, "Subtype")[1] != "/Image":
                continue
            pix = pymupdf.Pixmap(doc, xref)
            if pix.width < 50 or pix.height < 30:
                continue
            png = path.with_name(f"bild{xref}.png")
            pymupdf.Pixmap(pymupdf.csGRAY, pix).save(png)
            done = subprocess.run(["tesseract", str(png), "-", "-l", "swe+eng", "--psm", "6"],
                                  capture_output=True, text=True, timeout=60)
            texts.append(done.stdout)
            png.unlink()
    return "\n".join(texts)


def has_name(path: Path) -> bool:
    """The fixture carries the name somewhere: page text, glyphs, objects, raw bytes or pixels."""
    texts = (mupdf_text(path), pdftotext(path), glyph_text(path), b.all_text(path), raw_bytes(path))
    return any(NAME.casefold() in _flat(t) for t in texts) or "holmqvist" in image_text(path).casefold()


def assert_clean(src: Path, out: Path) -> None:
    assert_gone(out)
    for source, text in (("raw bytes", raw_bytes(out)), ("glyphs", glyph_text(out)), ("image pixels", image_text(out))):
        assert "holmqvist" not in _flat(text), f"name left in {source}"
    assert "holmqvist" not in b.all_text(out).casefold(), "name left in a key or name"
    assert "Norrvik" in mupdf_text(out) or INNOCENT in mupdf_text(out)
    assert_looks_the_same(src, out)


def save(doc: pymupdf.Document, tmp_path: Path, name: str = "in.pdf") -> Path:
    return b.save(doc, tmp_path / name)


# ------------------------------------------------------------------ unused resources


def _unused_form(tmp_path: Path) -> Path:
    """A form XObject that writes the name sits in the page's resources; nothing paints it."""
    named = b.new_pdf()
    b.text_page(named, WITH_NAME)
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    page.show_pdf_page(pymupdf.Rect(0, 0, 100, 100), named, 0)
    b.set_contents(page, b"BT /helv 11 Tf 72 742 Td (Beslut om bist\xe5nd i Norrvik.) Tj ET")
    return save(doc, tmp_path)


def _unused_image(tmp_path: Path) -> Path:
    """An image XObject listed in the resources and never painted; its JPEG names the person."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), stream=b.jpeg_with_metadata(NAME))
    b.set_contents(page, b"BT /helv 11 Tf 72 742 Td (Beslut om bist\xe5nd i Norrvik.) Tj ET")
    return save(doc, tmp_path)


def _inherited_resources(tmp_path: Path) -> Path:
    """Resources on the /Pages node, inherited by the page: they hold an unused form with the name."""
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>",
                        b.text_op(NAME, 72, 500))
    content = b.text_op("Ärendet gäller hemtjänst i Norrvik.")
    data = b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1/Resources<</Font<</F1 4 0 R>>/XObject<</Fx 6 0 R>>>>>>",
        b.raw_stream(b"", content),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R>>",
        form,
    ])
    return write(tmp_path, "in.pdf", data)


# ------------------------------------------------------------------ images


def _clipped_picture(tmp_path: Path) -> Path:
    """A picture cropped the way Word crops: a clip shows its upper half; the name is in the lower half."""
    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.insert_image(pymupdf.Rect(72, 300, 372, 400), pixmap=lb.text_picture(PICTURE))
    # PDF space: the picture spans y 442..542; show y 492..542 (its upper half).
    b.wrap_contents(page, b"q 72 492 300 50 re W n", b"Q")
    b.write_lines(page, PLAIN)
    return save(doc, tmp_path)


def _picture_cut_by_crop_box(tmp_path: Path) -> Path:
    """A picture that runs off the crop box: the name is in the part outside it."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    page.insert_image(pymupdf.Rect(72, 300, 372, 400), pixmap=lb.text_picture(PICTURE))
    page.set_cropbox(pymupdf.Rect(0, 0, 595, 350))  # top-left coordinates: the page ends mid-picture
    return save(doc, tmp_path)


def _picture_shown_twice(tmp_path: Path) -> Path:
    """One picture painted twice, each time through a different clip: left and right thirds show."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    xref = page.insert_image(pymupdf.Rect(72, 300, 372, 400), pixmap=lb.text_picture(["Bild", NAME]))
    name = [i[7] for i in page.get_images(full=True) if i[0] == xref][0]
    b.set_contents(page, (
        b"BT /helv 11 Tf 72 742 Td (Beslut om bist\xe5nd i Norrvik.) Tj ET\n"
        b"q 72 442 60 100 re W n 300 0 0 100 72 442 cm /%s Do Q\n"
        b"q 322 242 50 100 re W n 300 0 0 100 72 242 cm /%s Do Q\n" % (name.encode(), name.encode())
    ))
    return save(doc, tmp_path)


def _jpeg_metadata(tmp_path: Path) -> Path:
    """A photo whose EXIF, XMP, IPTC and comment segments name the person (and bytes after its end)."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), stream=b.jpeg_with_metadata(NAME))
    return save(doc, tmp_path)


def _cropped_jpeg(tmp_path: Path) -> Path:
    """A JPEG photo with metadata naming the person, cropped by a clip: rewritten, so both must go."""
    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), stream=b.jpeg_with_metadata(NAME))
    b.wrap_contents(page, b"q 72 462 60 80 re W n", b"Q")  # the left half shows
    b.write_lines(page, PLAIN)
    return save(doc, tmp_path)


def _alternate_image(tmp_path: Path) -> Path:
    """A visible image whose /Alternates offer a print version: a JPEG naming the person."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    shown = page.insert_image(pymupdf.Rect(72, 300, 192, 380), pixmap=b.pattern_pixmap(120, 80))
    alternate = page.insert_image(pymupdf.Rect(0, 0, 1, 1), stream=b.jpeg_with_metadata(NAME))
    b.set_contents(page, b"BT /helv 11 Tf 72 742 Td (Beslut om bist\xe5nd i Norrvik.) Tj ET\n"
                         b"q 120 0 0 80 72 462 cm /%s Do Q" % [i[7] for i in page.get_images(full=True) if i[0] == shown][0].encode())
    doc.xref_set_key(shown, "Alternates", f"[<</Image {alternate} 0 R/DefaultForPrinting true>>]")
    return save(doc, tmp_path)


def _image_in_named_layer(tmp_path: Path) -> Path:
    """An image XObject whose /OC names a layer after the person."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    ocg = doc.add_ocg(f"Foto {NAME}", on=True)
    page.insert_image(pymupdf.Rect(72, 300, 192, 380), pixmap=b.pattern_pixmap(120, 80), oc=ocg)
    return save(doc, tmp_path)


# ------------------------------------------------------------------ layers, private keys


def _layer_name(tmp_path: Path) -> Path:
    """A visible layer named after the person."""
    doc = b.new_pdf()
    page = b.text_page(doc, PLAIN)
    ocg = doc.add_ocg(f"Anteckningar {NAME}", on=True)
    page.insert_text((72, 300), "Text i ett lager.", fontsize=11, oc=ocg)
    return save(doc, tmp_path)


def _private_keys(tmp_path: Path) -> Path:
    """pdfTeX's /PTEX.* keys on a form, /PieceInfo and private application data on page and form."""
    inner = b.new_pdf()
    b.text_page(inner, PLAIN)
    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.show_pdf_page(pymupdf.Rect(0, 0, *b.A4), inner, 0)
    form = page.get_xobjects()[0][0]
    doc.xref_set_key(form, "PTEX.FileName", f"(/home/{NAME}/beslut.pdf)")
    doc.xref_set_key(form, "PTEX.InfoDict", f"<</Author({NAME})>>")
    doc.xref_set_key(form, "PieceInfo", f"<</Word<</Private({NAME})/LastModified(D:2024)>>>>")
    doc.xref_set_key(page.xref, "LastModified", f"(D:2024 {NAME})")
    doc.xref_set_key(page.xref, "ExampleAppData", f"<</Editor({NAME})>>")
    doc.xref_set_key(form, "Name", "/VeraHolmqvist")
    doc.xref_set_key(page.xref, "VeraHolmqvist", "true")  # a private key named after the person
    return save(doc, tmp_path)


def _font_family(tmp_path: Path) -> Path:
    """An embedded font whose descriptor's /FontFamily string is the person's surname.

    A producer writes the family as a string; a name that happens to be a font's family
    (a person called Arial, a page listing fonts) is then left in a string a parser reads.
    """
    from test_hostile import DEJAVU

    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.insert_font(fontname="F9", fontfile=DEJAVU)
    for i, line in enumerate(WITH_NAME):
        page.insert_text((72, 100 + 20 * i), line, fontname="F9", fontsize=12)
    descriptors = [x for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Type")[1] == "/FontDescriptor"]
    assert descriptors
    for x in descriptors:
        doc.xref_set_key(x, "FontFamily", "(Holmqvist)")
    return save(doc, tmp_path)


# ------------------------------------------------------------------ marked content


def _marked(tmp_path: Path, content: bytes, properties: bytes = b"") -> Path:
    resources = b"/Font<</F1 4 0 R>>" + (b"/Properties<<" + properties + b">>" if properties else b"")
    return write(tmp_path, "in.pdf", b.one_page_pdf(b.text_op("Ärendet gäller hemtjänst i Norrvik.", 72, 700) + content, resources))


def _span(props: bytes, glyphs: str = INNOCENT) -> bytes:
    return b"/Span " + props + b" BDC " + b.text_op(glyphs) + b"EMC\n"


NAME_PDF = NAME.encode("latin-1")


def _actual_text_name(tmp_path: Path) -> Path:
    """Harmless glyphs whose /ActualText is the name: extractors read the name, nobody sees it."""
    return _marked(tmp_path, _span(b"<</ActualText(" + NAME_PDF + b")>>"))


def _drawn_name_innocent_actual_text(tmp_path: Path) -> Path:
    """The name drawn on the page, with an /ActualText that says something harmless.

    MuPDF and pdftotext both extract /ActualText instead of the glyphs, so neither
    reads the name here: detection must look at the glyphs themselves.
    """
    return _marked(tmp_path, _span(b"<</ActualText(Anna)>>", glyphs=f"Handläggare {NAME}"))


def _alt_text(tmp_path: Path) -> Path:
    return _marked(tmp_path, _span(b"<</Alt(Foto av " + NAME_PDF + b")>>"))


def _expansion(tmp_path: Path) -> Path:
    return _marked(tmp_path, _span(b"<</E(" + NAME_PDF + b")>>"))


def _properties_list(tmp_path: Path) -> Path:
    """Marked content whose property list is a named /Properties resource holding the name."""
    content = _span(b"/MC0") + b"/Note /MC1 DP\n"
    props = b"/MC0<</ActualText(" + NAME_PDF + b")>>/MC1<</Author(" + NAME_PDF + b")>>/MC2<</Alt(" + NAME_PDF + b")>>"
    return _marked(tmp_path, content, props)


def _comment_and_unknown_operator(tmp_path: Path) -> Path:
    """The name in a content-stream comment and as operand of an operator no reader knows."""
    return _marked(tmp_path, b"% handlaggare " + NAME_PDF + b"\n(" + NAME_PDF + b") Xname\n")


CASES = {
    "unused form XObject with the name": _unused_form,
    "unused image with the name in its JPEG": _unused_image,
    "resources inherited from /Pages": _inherited_resources,
    "picture cropped by a clip, name in the hidden part": _clipped_picture,
    "picture cut by the crop box": _picture_cut_by_crop_box,
    "one picture painted twice through two clips": _picture_shown_twice,
    "JPEG with EXIF, XMP, IPTC and comment": _jpeg_metadata,
    "JPEG with metadata, cropped by a clip": _cropped_jpeg,
    "layer named after the person": _layer_name,
    "image in a layer named after the person": _image_in_named_layer,
    "image with /Alternates naming the person": _alternate_image,
    "PTEX, PieceInfo, LastModified and private keys": _private_keys,
    "font descriptor /FontFamily naming the person": _font_family,
    "BDC /ActualText over harmless glyphs": _actual_text_name,
    "name drawn under a harmless /ActualText": _drawn_name_innocent_actual_text,
    "BDC /Alt": _alt_text,
    "BDC /E": _expansion,
    "/Properties lists with the name (BDC and DP)": _properties_list,
    "comment and unknown operator": _comment_and_unknown_operator,
}


@pytest.mark.parametrize("case", list(CASES))
def test_name_in_unseen_objects_is_removed(case: str, tmp_path: Path, blank_detector) -> None:
    src = CASES[case](tmp_path)
    assert has_name(src)
    out = redact(src, tmp_path, blank_detector)
    assert_clean(src, out)


# ------------------------------------------------------------------ what else must hold


def _image_rows(path: Path) -> list[tuple[pymupdf.Rect, np.ndarray]]:
    out = []
    for rect, pix in b.image_pixmaps(path):
        gray = pymupdf.Pixmap(pymupdf.csGRAY, pix) if pix.n > 1 else pix
        out.append((rect, np.frombuffer(gray.samples, dtype=np.uint8).reshape(gray.height, gray.width)))
    return out


@pytest.mark.parametrize("case", ["picture cropped by a clip, name in the hidden part", "picture cut by the crop box"])
def test_hidden_part_of_a_picture_is_blank_in_the_image_data(case: str, tmp_path: Path, blank_detector) -> None:
    src = CASES[case](tmp_path)
    (_, before), = _image_rows(src)
    assert (before[60:] < 128).any()  # the name is in the lower half of the picture
    out = redact(src, tmp_path, blank_detector)
    (_, after), = _image_rows(out)
    assert after.shape == before.shape
    assert (after[56:] == 255).all(), "the hidden half of the picture still holds pixels"
    assert (after[:45] == before[:45]).all(), "the visible half changed"


def test_picture_painted_twice_keeps_both_visible_parts(tmp_path: Path, blank_detector) -> None:
    src = _picture_shown_twice(tmp_path)
    out = redact(src, tmp_path, blank_detector)
    rows = _image_rows(out)
    after = rows[0][1]
    (_, before), *_ = _image_rows(src)
    assert (after[:, :57] == before[:, :57]).all() and (after[:, 253:] == before[:, 253:]).all()
    assert (after[:, 66:244] == 255).all()


def test_unused_resources_and_their_objects_are_gone(tmp_path: Path, blank_detector) -> None:
    out = redact(_inherited_resources(tmp_path), tmp_path, blank_detector)
    with pymupdf.open(out) as doc:
        assert doc.xref_get_key(doc.page_xref(0), "Resources/Font")[0] == "dict"
        kinds = [doc.xref_get_key(x, "Subtype")[1] for x in range(1, doc.xref_length())]
        assert "/Form" not in kinds and "/Image" not in kinds
        for x in range(1, doc.xref_length()):
            assert doc.xref_get_key(x, "Type")[1] != "/Pages" or doc.xref_get_key(x, "Resources")[0] == "null"


def test_jpeg_keeps_its_image_data_byte_for_byte(tmp_path: Path, blank_detector) -> None:
    src = _jpeg_metadata(tmp_path)
    out = redact(src, tmp_path, blank_detector)
    with pymupdf.open(src) as a, pymupdf.open(out) as c:
        (xa,), (xc,) = [i[0] for i in a[0].get_images()], [i[0] for i in c[0].get_images()]
        assert c.xref_get_key(xc, "Filter")[1] == "/DCTDecode"
        assert a.xref_stream(xa) == c.xref_stream(xc)  # the decoded pixels are the same
        assert len(c.xref_stream_raw(xc)) < len(a.xref_stream_raw(xa))


def test_unreadable_content_stream_is_refused(tmp_path: Path, blank_detector) -> None:
    src = _marked(tmp_path, b"(" + NAME_PDF + b" Tj\n")  # a string that never ends
    message = refused(src, tmp_path, blank_detector, UnsupportedError)
    assert "skriv ut filen" in message


def test_cli_output_of_a_marked_page_has_no_marked_content(tmp_path: Path) -> None:
    src = _properties_list(tmp_path)
    out = tmp_path / "ut.pdf"
    r = subprocess.run([sys.executable, "-m", "redact.cli", "run", str(src), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    with pymupdf.open(out) as doc:
        data = doc[0].read_contents()
    assert b"BDC" not in data and b"DP" not in data and b"EMC" not in data


def test_inline_jpeg_loses_its_metadata(tmp_path: Path, blank_detector) -> None:
    jpg = b.jpeg_with_metadata(NAME, 24, 16)
    content = b.text_op("Ärendet gäller hemtjänst i Norrvik.", 72, 700) + b"q 48 0 0 32 72 500 cm BI /W 24 /H 16 /CS /RGB /BPC 8 /F /DCT ID " + jpg + b"\nEI Q\n"
    src = write(tmp_path, "in.pdf", b.one_page_pdf(content))
    assert NAME in raw_bytes(src) and "Tagen av" in b.all_text(src)
    out = redact(src, tmp_path, blank_detector)
    assert_clean(src, out)
