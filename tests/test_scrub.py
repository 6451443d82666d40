"""scrub and the saved output: nothing but page content survives, and no old object stays in the file."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text
from redact.render.content import ContentError, parse
from redact.render.pdf import render_pdf
from redact.render.scrub import scrub

NAME = "Hemliga Hanna"


def _everything(path: Path) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ett helt vanligt brev utan namn.", "Andra raden."])
    b.annotations(page, NAME)
    b.form_field(page, "klient", NAME)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 90, 200, 104),
                      "uri": "mailto:hemliga.hanna@ekby.se"})
    b.thumbnail(page)
    b.text_page(doc, ["Sida två."])
    b.metadata(doc, NAME)
    b.xmp(doc, NAME)
    b.outline(doc, [NAME, f"Bilaga till {NAME}"])
    b.page_labels(doc, f"{NAME}-")
    b.attachment(doc, "hanna.txt", f"Om {NAME}".encode(), desc=NAME)
    b.javascript(doc, NAME)
    return b.save(doc, path)


_all_bytes = b.all_text  # every object and decoded stream, as text


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    return _everything(tmp_path / "allt.pdf")


def test_fixture_really_carries_the_name_everywhere(loaded: Path) -> None:
    with pymupdf.open(loaded) as doc:
        assert NAME in doc.metadata["author"]
        assert NAME in doc.get_xml_metadata()
        assert doc.get_toc() and doc.embfile_count() == 1 and doc.get_page_labels()
        page = doc[0]
        assert len(list(page.annots())) >= 5 and len(list(page.widgets())) == 1 and page.get_links()
        assert doc.xref_get_key(doc.pdf_catalog(), "OpenAction")[0] == "xref"
        assert doc.xref_get_key(page.xref, "Thumb")[0] == "xref"
    assert NAME in _all_bytes(loaded)


def test_render_leaves_nothing_but_page_content(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.pdf"
    render_pdf(loaded, [], out)
    with pymupdf.open(out) as doc:
        assert not any(v for k, v in doc.metadata.items() if k not in ("format", "encryption"))
        assert not doc.get_xml_metadata()
        assert doc.get_toc() == []
        assert doc.embfile_count() == 0
        assert doc.get_page_labels() == []
        assert not doc.is_form_pdf
        catalog = doc.pdf_catalog()
        for key in ("OpenAction", "AA", "Names", "AcroForm", "Outlines", "PageLabels", "OCProperties", "Metadata"):
            assert doc.xref_get_key(catalog, key)[0] == "null", key
        for page in doc:
            assert list(page.annots()) == [] and list(page.widgets()) == [] and page.get_links() == []
            assert doc.xref_get_key(page.xref, "Thumb")[0] == "null"
        assert "Ett helt vanligt brev utan namn." in doc[0].get_text()
    raw = _all_bytes(out)
    assert NAME not in raw
    assert "hemliga.hanna" not in raw
    assert "JavaScript" not in raw


def test_scrub_handles_what_document_scrub_leaves(loaded: Path, tmp_path: Path) -> None:
    # PyMuPDF's own Document.scrub() keeps bookmarks and text annotations.
    with pymupdf.open(loaded) as doc:
        doc.scrub()
        assert doc.get_toc() or list(doc[0].annots(types=[pymupdf.PDF_ANNOT_TEXT]))
    with pymupdf.open(loaded) as doc:
        scrub(doc)
        doc.save(tmp_path / "ut.pdf", garbage=4, deflate=True)
    with pymupdf.open(tmp_path / "ut.pdf") as doc:
        assert doc.get_toc() == [] and list(doc[0].annots()) == []
    assert NAME not in _all_bytes(tmp_path / "ut.pdf")


def test_earlier_revisions_do_not_survive(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, [f"Första versionen nämner {NAME}."])
    doc.set_metadata({"author": NAME})
    first = tmp_path / "rev.pdf"
    doc.save(first)  # uncompressed, so the name is visible in the raw bytes
    doc.close()
    doc = pymupdf.open(first)
    page = doc[0]
    page.add_redact_annot(page.rect, fill=False)
    page.apply_redactions()
    page.insert_text((72, 100), "Andra versionen är ren.")
    doc.set_metadata({"author": "Ingen"})
    doc.save(first, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    data = first.read_bytes()
    assert data.count(b"%%EOF") == 2 and NAME.encode() in data  # the old revision is still in the file
    out = tmp_path / "ut.pdf"
    render_pdf(first, [], out)
    data = out.read_bytes()
    assert data.count(b"%%EOF") == 1
    assert NAME not in _all_bytes(out)
    with pymupdf.open(out) as d:
        assert "Andra versionen är ren." in d[0].get_text()


# ------------------------------------------------------------------ content rebuilt on save


def _scrubbed(src: Path, tmp_path: Path) -> Path:
    out = tmp_path / "scrubbed.pdf"
    with pymupdf.open(src) as doc:
        scrub(doc)
        doc.save(out, garbage=4, deflate=True)
    return out


def _pixels(path: Path, zoom: float = 2.0) -> list[bytes]:
    with pymupdf.open(path) as doc:
        return [p.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).samples for p in doc]


def _write(tmp_path: Path, data: bytes, name: str = "in.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_parser_keeps_strings_inline_images_and_names_whole() -> None:
    data = (b"BT /F#201 12 Tf (a \\) b (nested) %not a comment) Tj <48 65> Tj ET % a comment\n"
            b"q BI /W 4 /H 1 /CS /G /BPC 8 ID \x00EMC)(% EI\n Q")
    parsed = parse(data)
    assert [op.op for op in parsed.ops] == [b"BT", b"Tf", b"Tj", b"Tj", b"ET", b"q", b"BI", b"Q"]
    assert parsed.ops[1].operands == ["F 1", 12.0]
    assert parsed.ops[2].operands == [b"(a \\) b (nested) %not a comment)"]
    assert parsed.comments == [(data.index(b"% a comment"), data.index(b"\nq"))]
    assert parsed.ops[6].operands[0]["W"] == 4.0 and data[parsed.ops[6].end - 2: parsed.ops[6].end] == b"EI"


@pytest.mark.parametrize(("data", "data_end"), [
    (b"q BI /W 2 /H 1 /CS /G /BPC 8 ID \xffEEI Q", b"EEI"),  # unfiltered: its size says where EI is
    (b"q BI /W 4 /H 1 /F /AHx /BPC 8 /CS /G ID 00EI 11 zz 22> EI Q", b"> EI"),  # 'EI' inside the data
])
def test_inline_image_ends_where_readers_end_it(data: bytes, data_end: bytes) -> None:
    ops = parse(data).ops
    assert [op.op for op in ops] == [b"q", b"BI", b"Q"]
    assert ops[1].end == data.index(data_end) + len(data_end)


@pytest.mark.parametrize("data", [b"BT (never closed Tj ET", b"q BI /W 1 /H 1 ID \x00\x01", b"[1 2 Tj", b"] Tj"])
def test_parser_refuses_what_it_cannot_read(data: bytes) -> None:
    with pytest.raises(ContentError):
        parse(data)


def test_shared_resources_are_cut_per_page(tmp_path: Path) -> None:
    # One resource dictionary for both pages, each page using one of its two fonts.
    times = b"<</Type/Font/Subtype/Type1/BaseFont/Times-Roman>>"
    src = _write(tmp_path, b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R 7 0 R]/Count 2>>",
        b.raw_stream(b"", b.text_op("Sida ett")),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources 8 0 R/Contents 3 0 R>>",
        b.raw_stream(b"", b.text_op("Sida tv\xe5", font=b"F2")),
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources 8 0 R/Contents 6 0 R>>",
        b"<</Font<</F1 4 0 R/F2 9 0 R>>/ProcSet[/PDF/Text]>>",
        times,
    ]))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    with pymupdf.open(out) as doc:
        assert [[f[4] for f in p.get_fonts()] for p in doc] == [["F1"], ["F2"]]


def test_contents_array_with_marked_content_is_joined_and_cleaned(tmp_path: Path) -> None:
    # The text object starts in one stream and ends in the next: the parts are read as one.
    src = _write(tmp_path, b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", b"/P <</MCID 0/ActualText(" + NAME.encode() + b")>> BDC BT /F1 12 Tf 72 700 Td"),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents[3 0 R 6 0 R]>>",
        b.raw_stream(b"", b"(Ett brev) Tj ET EMC"),
    ]))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    assert NAME not in _all_bytes(out)
    with pymupdf.open(out) as doc:
        assert "Ett brev" in doc[0].get_text() and doc.xref_get_key(doc[0].xref, "Contents")[0] == "xref"


def test_form_without_resources_keeps_the_pages_font(tmp_path: Path) -> None:
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]", b.text_op("I formen", 72, 600))
    src = _write(tmp_path, b.one_page_pdf(b"/Fx Do " + b.text_op("Sidan"), b"/Font<</F1 4 0 R>>/XObject<</Fx 6 0 R/Unused 6 0 R>>", [form]))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    with pymupdf.open(out) as doc:
        assert doc.xref_get_key(doc[0].xref, "Resources/Font/F1")[0] == "xref"
        assert doc.xref_get_key(doc[0].xref, "Resources/XObject/Unused")[0] == "null"


def test_type3_font_and_pattern_keep_what_they_draw_with(tmp_path: Path) -> None:
    src = _write(tmp_path, b.type3_pdf("Ett brev"))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    cell = b.raw_stream(b"/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 20 20]/XStep 20/YStep 20"
                        b"/Resources<</ExtGState<</G0 7 0 R/G1 7 0 R>>>>", b"/G0 gs 0 0 1 rg 0 0 10 10 re f")
    src = _write(tmp_path, b.one_page_pdf(b"/Pattern cs /P1 scn 72 600 300 40 re f",
                                         b"/Pattern<</P1 6 0 R/P2 6 0 R>>", [cell, b"<</Type/ExtGState/CA 0.5/ca 0.5>>"]), "pattern.pdf")
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    with pymupdf.open(out) as doc:
        pattern = int(doc.xref_get_key(doc[0].xref, "Resources/Pattern/P1")[1].split()[0])
        assert doc.xref_get_key(doc[0].xref, "Resources/Pattern/P2")[0] == "null"
        assert doc.xref_get_key(pattern, "Resources/ExtGState/G0")[0] == "xref"
        assert doc.xref_get_key(pattern, "Resources/ExtGState/G1")[0] == "null"


@pytest.mark.parametrize("sample", sorted(p.name for p in (Path(__file__).parent.parent / "samples").glob("*.pdf")))
def test_samples_look_the_same_after_scrub(sample: str, tmp_path: Path) -> None:
    src = Path(__file__).parent.parent / "samples" / sample
    out = _scrubbed(src, tmp_path)
    assert _pixels(src, 1.0) == _pixels(out, 1.0)
    assert mupdf_text(src) == mupdf_text(out)


def test_form_reaching_into_the_pages_resources_gets_the_names_itself(tmp_path: Path) -> None:
    # Its own dictionary lacks the font; MuPDF and poppler then look in the page's.
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</ProcSet[/PDF]>>",
                        b.text_op("I formen", 72, 600))
    src = _write(tmp_path, b.one_page_pdf(b"/Fx Do", b"/Font<</F1 4 0 R>>/XObject<</Fx 6 0 R>>", [form]))
    out = _scrubbed(src, tmp_path)
    assert "I formen" in mupdf_text(src)
    assert _pixels(src) == _pixels(out) and mupdf_text(out) == mupdf_text(src)
    with pymupdf.open(out) as doc:
        assert doc.xref_get_key(6, "Resources/Font/F1")[0] == "xref" or any(
            doc.xref_get_key(x, "Resources/Font/F1")[0] == "xref" for x in range(1, doc.xref_length())
            if doc.xref_get_key(x, "Subtype")[1] == "/Form")


def test_soft_mask_shared_by_two_images_keeps_what_either_shows(tmp_path: Path) -> None:
    # Two images share one soft mask; the left half of one and the right half of the other show.
    pixels = bytes((x * 12 + y * 5) % 256 for y in range(10) for x in range(20))
    alpha = bytes(255 - (x * 6) for y in range(10) for x in range(20))
    image = b"/Type/XObject/Subtype/Image/Width 20/Height 10/ColorSpace/DeviceGray/BitsPerComponent 8/SMask 8 0 R"
    content = (b"q 0 600 100 100 re W n 200 0 0 100 0 600 cm /A Do Q\n"
               b"q 300 400 100 100 re W n 200 0 0 100 200 400 cm /B Do Q\n")
    src = _write(tmp_path, b.one_page_pdf(content, b"/XObject<</A 6 0 R/B 7 0 R>>", [
        b.raw_stream(image, pixels), b.raw_stream(image, pixels),
        b.raw_stream(b"/Type/XObject/Subtype/Image/Width 20/Height 10/ColorSpace/DeviceGray/BitsPerComponent 8", alpha),
    ]))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    with pymupdf.open(out) as doc:
        mask = next(x for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "SMask")[0] == "null"
                    and doc.xref_get_key(x, "Subtype")[1] == "/Image")
        assert doc.xref_stream(mask) == alpha  # both halves show somewhere: nothing blanked
        blanked = [doc.xref_stream(x) for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "SMask")[0] == "xref"]
        assert len(blanked) == 2 and all(data != pixels for data in blanked)


def test_jpeg_smaller_than_its_declared_size_is_cut_as_drawn(tmp_path: Path) -> None:
    # A 2x2 JPEG declared as 40x20, drawn half off the page: readers scale it to the declared size.
    # Its hidden half must be blanked from what a reader draws, not refused for the size mismatch.
    small = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 2, 2), False)
    small.set_pixel(0, 0, (200, 30, 30))
    small.set_pixel(1, 1, (30, 30, 200))
    jpeg = small.tobytes("jpeg")
    image = b"/Type/XObject/Subtype/Image/Width 40/Height 20/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/DCTDecode"
    content = b"q 1200 0 0 300 -600 300 cm /A Do Q\n"  # the left half lies left of the page
    src = _write(tmp_path, b.one_page_pdf(content, b"/XObject<</A 6 0 R>>", [b.raw_stream(image, jpeg)]))
    out = _scrubbed(src, tmp_path)
    assert _pixels(src) == _pixels(out)
    with pymupdf.open(out) as doc:
        xref = next(x for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Image")
        pix = pymupdf.Pixmap(doc, xref)
        assert (pix.width, pix.height) == (40, 20)
        assert set(pix.samples[: 3 * 15]) == {255}  # the first pixels of the top row, off the page, are white


def test_keys_whose_bytes_are_no_utf8_are_removed_too(tmp_path: Path) -> None:
    # A name may hold any bytes (#ba#da): such a key of the catalog, or of a font, cannot be passed back to
    # MuPDF as text. It goes with its value, as any key of its own would, and the file is written.
    font = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Priv#ba#da (" + NAME.encode() + b" i typsnittet)>>"
    pdf = b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R/Egen#ba#da#cc (" + NAME.encode() + b")>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", b.text_op("Ett helt vanligt brev utan namn.")),
        font,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>",
    ])
    src = _write(tmp_path, pdf)
    out = tmp_path / "out.pdf"
    render_pdf(src, [], out)
    text = _all_bytes(out)
    assert NAME not in text and "Egen" not in text and "Priv" not in text
    assert "Ett helt vanligt brev utan namn." in mupdf_text(out)
