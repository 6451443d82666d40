"""Ingest: page text, word boxes, character offsets, refusal of bad input."""

from __future__ import annotations

import pymupdf
import pytest

from redact.errors import EncryptedError, InputError
from redact.ingest import describe_pdf, iter_pages, read_page, read_text
from redact.ingest.spill import PageSpill
from redact.resolve.geometry import span_rects, text_in_rects
from tests.conftest import write_text_pdf

import font_builders as fb


def test_page_text_lines_and_offsets(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Hej Anna Svensson, välkommen.", "Ring 070-123 45 67 i dag."], ["Sida två."]])
    pages = list(iter_pages(pdf))
    assert [p.number for p in pages] == [1, 2]
    assert pages[0].text == "Hej Anna Svensson, välkommen.\nRing 070-123 45 67 i dag.\n"
    for w in pages[0].words:
        assert pages[0].text[w.start : w.end] == w.text
    assert [w.line for w in pages[0].words][:4] == [0, 0, 0, 0]
    assert pages[0].words[-1].line == 1
    assert len(pages[0].char_rects) == len(pages[0].text)


def test_span_rects_one_per_line_and_exact(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Handläggare Anna", "Svensson ringer."]])
    page = read_page(pdf, 1)
    start = page.text.index("Anna")
    end = page.text.index("Svensson") + len("Svensson")
    rects = span_rects(page, start, end)
    assert len(rects) == 2
    with pymupdf.open(pdf) as doc:
        words = {w[4]: w[:4] for w in doc[0].get_text("words")}
    assert rects[0][0] == pytest.approx(words["Anna"][0], abs=0.01)
    assert rects[0][2] == pytest.approx(words["Anna"][2], abs=0.01)
    assert rects[1][2] == pytest.approx(words["Svensson"][2], abs=0.01)
    assert text_in_rects(page, rects) == "Anna Svensson"


def test_partial_word_span_covers_only_those_characters(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Tel:0701234567"]])
    page = read_page(pdf, 1)
    start = page.text.index("070")
    (rect,) = span_rects(page, start, start + 10)
    with pymupdf.open(pdf) as doc:
        (word,) = doc[0].get_text("words")
    assert rect[0] > word[0] + 5  # "Tel:" stays outside
    assert rect[2] == pytest.approx(word[2], abs=0.01)


def test_describe_pdf(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["x"], ["y"], ["z"]])
    doc = describe_pdf(pdf)
    assert doc.pages == 3 and doc.name == "a.pdf" and len(doc.sha256) == 64


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p, "finns inte"),
        (lambda p: (p.mkdir(), p)[1], "mapp"),
        (lambda p: (p.write_bytes(b""), p)[1], "tom"),
        (lambda p: (p.write_text("hej, ingen pdf"), p)[1], "ingen PDF"),
    ],
)
def test_bad_inputs_are_refused(tmp_path, make, message):
    path = make(tmp_path / "in.pdf")
    with pytest.raises(InputError, match=message):
        describe_pdf(path)


def test_truncated_and_encrypted(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Hej Anna"]])
    data = pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError):
        list(iter_pages(cut))
    locked = tmp_path / "locked.pdf"
    with pymupdf.open(pdf) as doc:
        doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="hemligt", owner_pw="ägare")
    with pytest.raises(EncryptedError, match="lösenordsskyddad"):
        describe_pdf(locked)


def test_read_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Anna  Svensson\r\nbor här", encoding="utf-8")
    doc, page = read_text(path)
    assert doc.kind == "txt" and doc.pages == 1
    assert page.text == "Anna  Svensson\nbor här"
    assert [w.text for w in page.words] == ["Anna", "Svensson", "bor", "här"]
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00 latin1 \xe5")
    with pytest.raises(InputError, match="UTF-8"):
        read_text(bad)


def test_page_spill_round_trip(tmp_path):
    many = ["Beslut om bygglov för Anna Svensson, Storgatan 12 i Norrvik", "Handläggare Omar Lind, telefon 070-123 45 67",
            "Ärendet har beretts av förvaltningen enligt gällande delegationsordning och med sökandens samtycke"]
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Hej Anna Svensson"], ["Sida två med Omar"], many])
    pages = list(iter_pages(pdf))
    with PageSpill() as spill:
        for p in pages:
            spill.put(p)
        for p in reversed(pages):
            geometry = spill.get(p.number)
            assert geometry.char_rects == p.char_rects
            assert geometry.words == tuple((w.start, w.end, w.line) for w in p.words)
            for start in range(len(p.text)):
                for end in range(start + 1, len(p.text) + 1):
                    assert span_rects(geometry, start, end) == span_rects(p, start, end)
        assert spill.get(4) is None


@pytest.mark.parametrize("step", [None, 800])
def test_vertical_writing_gets_the_boxes_its_glyphs_are_drawn_in(tmp_path, step):
    """MuPDF's structured text put each glyph of vertical writing one glyph further down the column (a mask
    on a name left its first letter and took the letter after it): each box must hold its own glyph's ink.
    Glyphs set closer than a square (the font's /W2) lie one step off, not one square."""
    import numpy as np

    pdf = tmp_path / "lodrat.pdf"
    pdf.write_bytes(fb.vertical_pdf("Vera Holmqvist", step=step))
    page = read_page(pdf, 1)
    assert page.text.replace("\n", "") == "Vera Holmqvist"
    with pymupdf.open(pdf) as doc:
        pix = doc[0].get_pixmap(dpi=144, colorspace=pymupdf.csGRAY)
    ink = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width] < 128
    rows = np.flatnonzero(ink.any(axis=1)) / 2  # the column's inked rows, in points
    boxes = [r for c, r in zip(page.text, page.char_rects) if not c.isspace()]
    for c, (x0, y0, x1, y1) in zip(page.text.replace("\n", "").replace(" ", ""), boxes):
        assert ink[round(y0 * 2) : round(y1 * 2), round(x0 * 2) : round(x1 * 2)].any(), f"no ink in the box of {c!r}"
    assert boxes[0][1] <= rows[0] <= boxes[0][3], "the first letter's ink lies outside its box"
    assert boxes[-1][1] <= rows[-1] <= boxes[-1][3], "the last letter's ink lies outside its box"


def test_vertical_boxes_that_mupdf_places_right_stay(tmp_path):
    """Only a page whose trace draws the glyphs one advance back has its boxes moved: a MuPDF that puts them
    where they are drawn keeps them (a repeated letter, "ll", is drawn at both places and decides nothing)."""
    from redact.ingest.vertical import drawn_box, fix_vertical_boxes

    pdf = tmp_path / "lodrat.pdf"
    pdf.write_bytes(fb.vertical_pdf("Vera Holmqvist"))
    with pymupdf.open(pdf) as doc:
        raw = doc[0].get_text("rawdict")
        right = doc[0].get_text("rawdict")
        for block in right["blocks"]:
            for line in block["lines"]:
                for ch in (c for span in line["spans"] for c in span["chars"]):
                    moved = drawn_box(ch["bbox"], *line["dir"])
                    ch["origin"] = (ch["origin"][0] - (ch["bbox"][0] - moved[0]), ch["origin"][1] - (ch["bbox"][1] - moved[1]))
                    ch["bbox"] = moved
        assert fix_vertical_boxes(doc[0], raw) == len("Vera Holmqvist")
        assert fix_vertical_boxes(doc[0], right) == 0


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_poppler_lines_land_on_mupdfs_page_when_the_crop_box_is_smaller(tmp_path, rotate):
    # Poppler measures on the media box, MuPDF on the crop box: a line only poppler reads is a view of
    # its own for detection, and its boxes must be where MuPDF draws the words (else the mask lands
    # a slug's height away from the name it is for).
    import shutil

    import pdf_builders as b
    from redact.ingest.poppler import PopplerPages, on_crop_box, view_page

    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext is missing")
    src = tmp_path / "in.pdf"
    src.write_bytes(b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", b.text_op("Sokande Anna Andersson", 100, 600)),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[10 20 622 1028]/CropBox[30 40 500 700]/Rotate %d"
        b"/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>" % rotate,
    ]))
    with pymupdf.open(src) as doc:
        page = doc[0]
        view = view_page(1, on_crop_box(page, PopplerPages(exe, src, 1).lines(0)), page.rotation,
                         page.cropbox.width, page.cropbox.height)
        theirs = read_page(src, 1)  # MuPDF's reading, in the coordinates masks are given in
    mine = {w.text: w.rect for w in theirs.words}
    assert [w.text for w in view.words] == ["Sokande", "Anna", "Andersson"]
    for w in view.words:  # the same place (poppler's boxes are a little lower than MuPDF's: centres are compared)
        (x0, y0, x1, y1), (u0, v0, u1, v1) = w.rect, mine[w.text]
        assert abs((x0 + x1) - (u0 + u1)) < 4 and abs((y0 + y1) - (v0 + v1)) < 4, (w.text, w.rect, mine[w.text])


class _DrawnPage:
    """A page whose MuPDF reading is given: one line of spans, each glyph's box set by hand."""

    number, rotation = 0, 0
    rect = pymupdf.Rect(0, 0, 595, 842)

    def __init__(self, spans: list[tuple[float, list[tuple[str, float, float]]]]):
        self._spans = [{"size": size, "chars": [{"c": c, "bbox": (x0, 90.0, x1, 100.0), "origin": (x0, 98.0)}
                                                for c, x0, x1 in chars]} for size, chars in spans]

    def get_text(self, option: str, flags: int = 0) -> dict:
        return {"blocks": [{"type": 0, "lines": [{"dir": (1.0, 0.0), "wmode": 0, "spans": self._spans}]}]}


def test_a_gap_between_glyphs_breaks_a_word_when_wider_than_a_quarter_of_the_larger_size():
    from redact.ingest.pdf import extract_page

    # "Ek" in 12 points, then "AB" in 6 points 2.4 points on: under a quarter of the larger size (3), one word;
    # within the small span, 2 points between "A" and "B" are wider than a quarter of its own size (1.5): a break
    page = extract_page(_DrawnPage([(12.0, [("E", 10.0, 17.0), ("k", 17.0, 23.0)]),
                                    (6.0, [("A", 25.4, 29.0), ("B", 31.0, 35.0), (" ", 35.0, 36.0), ("C", 36.5, 40.0)])]))
    assert page.text == "EkA B C\n"
    assert [(w.text, w.rect) for w in page.words] == [
        ("EkA", (10.0, 90.0, 29.0, 100.0)), ("B", (31.0, 90.0, 35.0, 100.0)), ("C", (36.5, 90.0, 40.0, 100.0))]
    assert page.char_rects[3] is None and page.char_rects[5] is None
