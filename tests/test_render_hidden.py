"""Which text counts as hidden, and that removing hidden text leaves visible text alone.

Each file is built here with fictional text. A case passes when the visible
text is still in the output for MuPDF and for poppler's pdftotext, and the
hidden text is gone for both.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.render.clipped import _SPACE_CODES
from redact.render.hidden import hidden_text_rects, page_runs
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

COURIER = b"<</Type/Font/Subtype/Type1/BaseFont/Courier>>"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _render(tmp_path: Path, pdf: bytes) -> Path:
    src = tmp_path / "in.pdf"
    src.write_bytes(pdf)
    out = tmp_path / "out.pdf"
    render_pdf(src, [], out)
    return out


def _texts(path: Path) -> list[str]:
    return [_flat(mupdf_text(path)), _flat(pdftotext(path))]


def _assert_kept(out: Path, *needles: str) -> None:
    for text in _texts(out):
        for needle in needles:
            assert needle in text, f"{needle!r} lost: {text[:300]!r}"


def _assert_gone(out: Path, *needles: str) -> None:
    for text in _texts(out):
        for needle in needles:
            assert needle not in text, f"{needle!r} left: {text[:300]!r}"


def _ink(path: Path) -> int:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY, alpha=False)
    return sum(1 for v in pix.samples if v < 200)


def _type3_font(width: int, matrix: bytes, bbox: bytes, name: bytes = b"/Name/Ikon") -> bytes:
    """A Type 3 font (object 6) whose letters A-Z and a-z all use the glyph procedure in object 7."""
    letters = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)]
    diffs = b"/Differences[65 " + b" ".join(b"/" + c.encode() for c in letters[:26]) + b" 97 " + b" ".join(
        b"/" + c.encode() for c in letters[26:]) + b"]"
    procs = b"<<" + b" ".join(b"/%s 7 0 R" % c.encode() for c in letters) + b">>"
    return (b"<</Type/Font/Subtype/Type3" + name + b"/FontBBox" + bbox + b"/FontMatrix" + matrix + b"/CharProcs " + procs
            + b"/Encoding<</Type/Encoding" + diffs + b">>/FirstChar 65/LastChar 122/Widths["
            + b" ".join(b"%d" % width for _ in range(58)) + b"]>>")


# ------------------------------------------------------------------ stacked glyphs


def _stacked(under: bytes, over: bytes, extra: bytes = b"") -> bytes:
    """Courier text: ``under`` in white, then ``over`` in blue at the very same place (an icon font's fill and outline)."""
    content = (
        b"BT /F1 12 Tf 72 760 Td (Ett brev utan namn.) Tj ET\n"
        b"BT /F2 14 Tf 1 1 1 rg 72 700 Td (" + under + b") Tj ET\n"
        b"BT /F2 14 Tf 0 0 0.8 rg 72 700 Td (" + over + b") Tj ET\n" + extra
    )
    return b.one_page_pdf(content, b"/Font<</F1 4 0 R/F2 6 0 R>>", [COURIER])


@pytest.mark.parametrize("under, over", [
    (b"#$%#$%", b"$%#$%#"),  # an icon font: a white fill glyph under a coloured outline glyph
    (b"Storgatan", b"Storgatan"),  # a white halo under the same label
])
def test_white_glyph_stacked_under_a_visible_one_is_kept_with_it(tmp_path: Path, under: bytes, over: bytes) -> None:
    out = _render(tmp_path, _stacked(under, over))
    _assert_kept(out, over.decode())
    src = tmp_path / "in.pdf"
    assert _ink(out) >= _ink(src) * 0.98


def test_hidden_letters_under_other_visible_glyphs_are_still_removed(tmp_path: Path) -> None:
    # Taking the visible glyphs along is the price: a name must not stay readable to an extractor.
    out = _render(tmp_path, _stacked(b"Karin Ek", b"########"))
    _assert_gone(out, "Karin")
    _assert_kept(out, "Ett brev utan namn.")


# ------------------------------------------------------------------ rendered size


def _type3_scaled(size: float, colour: bytes = b"0 g") -> bytes:
    """Letters in a Type 3 font drawn in text space (identity FontMatrix): ``0.24 Tf`` gives 12-point letters."""
    font = _type3_font(40, b"[1 0 0 1 0 0]", b"[0 -14 64 58]", b"/Name/AH614E13")
    glyph = b.raw_stream(b"", b"40 0 0 -14 36 58 d1 4 0 32 50 re f")
    content = (b"BT /F1 12 Tf 72 760 Td (Ett brev utan namn.) Tj ET\n"
               b"BT /T3 %g Tf " % size + colour + b" 72 600 Td (Avtal) Tj ET\n")
    return b.one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, glyph])


def test_small_font_size_drawn_large_by_the_font_matrix_is_not_tiny(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(_type3_scaled(0.24))
    with pymupdf.open(src) as doc:
        assert hidden_text_rects(doc[0]) == []
    out = _render(tmp_path, _type3_scaled(0.24))
    _assert_kept(out, "Avtal")


def test_type3_text_that_renders_tiny_is_still_removed(tmp_path: Path) -> None:
    out = _render(tmp_path, _type3_scaled(0.004))  # letters 0.2 pt tall
    _assert_gone(out, "Avtal")
    _assert_kept(out, "Ett brev utan namn.")


# ------------------------------------------------------------------ absurd font metrics


def test_hidden_glyph_of_a_font_with_absurd_ascender_takes_no_visible_column(tmp_path: Path) -> None:
    # Ascender 422 and descender -3473 ems: MuPDF's box for one glyph is some 47,000 points tall.
    font = _type3_font(600, b"[0.001 0 0 0.001 0 0]", b"[0 -3473030 600 422270]")
    glyph = b.raw_stream(b"", b"600 0 0 0 600 700 d1 50 0 500 700 re f")
    lines = [f"Rad {i}: beslutet gäller hemtjänst i Norrvik." for i in range(8)]
    content = b"".join(b.text_op(line, 72, 720 - 24 * i) for i, line in enumerate(lines))
    content += b"BT /T3 12 Tf 1 1 1 rg 200 636 Td (Ebba) Tj ET\n"  # half way between two lines
    # Rotated text anywhere in the column: near a rotated glyph a removal box is not narrowed at all.
    content += b"BT 0 g /F1 10 Tf 0 1 -1 0 215 90 Tm (Sida 1 av 1) Tj ET\n"
    content += b"BT /T3 12 Tf 0 g 200 -60 Td (Tove) Tj ET\n"  # beside the page: its claimed height reaches onto it
    out = _render(tmp_path, b.one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, glyph]))
    _assert_gone(out, "Ebba", "Tove")
    with pymupdf.open(out) as doc:
        text = _flat(doc[0].get_text())
    for line in [*lines, "Sida 1 av 1"]:
        assert line in text, f"{line!r} lost"


# ------------------------------------------------------------------ scaled and rotated pages


def _user_unit_page(unit: float, rotate: int) -> bytes:
    content = (b.text_op("Synlig rad med text.", 72, 700) + b.text_op("Ytterligare en rad.", 72, 80)
               + b.text_op("Sigrid Nyqvist", 700, 400))  # beside the page: hidden
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/UserUnit %g/Rotate %d/Resources<</Font<</F1 4 0 R>>>>"
        b"/Contents 3 0 R>>" % (unit, rotate),
    ])


@pytest.mark.parametrize("unit, rotate", [(0.75, 180), (1.5, 90), (1.25, 270)])
def test_scaled_rotated_page_keeps_its_text_on_the_page(tmp_path: Path, unit: float, rotate: int) -> None:
    out = _render(tmp_path, _user_unit_page(unit, rotate))
    _assert_kept(out, "Synlig rad med text.", "Ytterligare en rad.")
    _assert_gone(out, "Sigrid", "Nyqvist")


# ------------------------------------------------------------------ Type 3 glyph procedures


def _stroked_type3(mode: int, text: bytes) -> bytes:
    """A named Type 3 font whose glyph procedure strokes in its own colour (MuPDF runs it as drawing)."""
    font = _type3_font(700, b"[0.001 0 0 0.001 0 0]", b"[0 0 800 800]")
    glyph = b.raw_stream(b"", b"700 0 d0 0.9 0.5 0.1 RG 90 w 1 J 100 40 m 600 40 l 100 350 m 600 350 l 100 660 m 600 660 l S")
    content = (b"BT /F1 12 Tf 72 760 Td (Ett brev utan namn.) Tj ET\n"
               b"BT /T3 20 Tf %d Tr 72 600 Td (" % mode + text + b") Tj ET\n")
    return b.one_page_pdf(content, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, glyph])


def test_type3_logo_drawn_by_its_glyph_procedure_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(_stroked_type3(0, b"ITEXT"))
    out = _render(tmp_path, _stroked_type3(0, b"ITEXT"))
    assert _ink(out) >= _ink(src) * 0.98
    with pymupdf.open(out) as doc:
        assert "ITEXT" in doc[0].get_text()


def test_type3_text_in_render_mode_3_is_still_removed(tmp_path: Path) -> None:
    out = _render(tmp_path, _stroked_type3(3, b"Ebba Sjoberg"))
    with pymupdf.open(out) as doc:
        text = doc[0].get_text()
    assert "Ebba" not in text and "Sjoberg" not in text
    _assert_kept(out, "Ett brev utan namn.")


def test_text_drawn_wholly_outside_its_clipping_path_is_removed(tmp_path: Path) -> None:
    # A clip of a few points in the corner and a personnummer set just beside it: nothing is
    # painted, MuPDF's extraction skips it, but poppler (and any parser) reads it.
    clipped = b"q 0.3 0.2 m 0.3 5.9 l 3.1 5.9 l 3.1 0.2 l h W n " + b.text_op("Sofia Lindqvist 198507142386", 3.2, 5.9) + b"Q\n"
    pdf = b.one_page_pdf(b.text_op("Beslut om bistand") + clipped)
    src = tmp_path / "in.pdf"
    src.write_bytes(pdf)
    assert "198507142386" in pdftotext(src)  # the construct: read by poppler though never drawn
    out = _render(tmp_path, pdf)
    _assert_gone(out, "198507142386", "Lindqvist")
    _assert_kept(out, "Beslut om bistand")


def test_text_partly_inside_its_clipping_path_keeps_the_drawn_part(tmp_path: Path) -> None:
    # The clip shows the first word only; the words it cuts away go, the one it shows stays.
    clipped = b"q 60 700 m 60 800 l 110 800 l 110 700 l h W n " + b.text_op("Beslut Sofia Lindqvist", 72, 760) + b"Q\n"
    out = _render(tmp_path, b.one_page_pdf(clipped + b.text_op("Synlig rad", 72, 600)))
    _assert_kept(out, "Beslut", "Synlig rad")
    _assert_gone(out, "Lindqvist")


@pytest.mark.parametrize("hidden", [b"3 Tr", b"1 g"], ids=["render mode 3", "white fill"])
def test_hidden_text_a_point_below_a_printed_line_goes_and_the_line_stays(tmp_path: Path, hidden: bytes) -> None:
    # A form's stored value in render mode 3, or white letters, a point below the printed text over
    # it (as a filled-in form flattened by its producer): a rectangle cut at the printed letters'
    # lower edge still takes the hidden ones, by MuPDF's own rule, and spares the line.
    visible = b.text_op("Kommunens socialtjanst, enhet Norr", 72, 700, 9)
    invisible = b"BT " + hidden + b" /F1 9 Tf 72 699 Td (Amir Haddad 199002141234) Tj ET\n"
    out = _render(tmp_path, b.one_page_pdf(visible + invisible))
    _assert_gone(out, "199002141234", "Haddad")
    _assert_kept(out, "Kommunens socialtjanst, enhet Norr")
    assert ink_loss(tmp_path / "in.pdf", out, []) == []


def test_hidden_text_that_takes_visible_text_along_is_named_in_the_refusal(tmp_path: Path) -> None:
    # White text on the white page, on the very baseline of a printed line of other letters (its first
    # letter exactly over another of the same width): MuPDF cannot take the one without the other.
    # The ink check refuses; the refusal says why.
    from redact.errors import ContentLossError

    visible = b.text_op("Kommunens socialtjanst, enhet Norr", 72, 700, 9)
    white = b"BT 1 g /F1 9 Tf 72 700 Td (Amir Haddad 199002141234) Tj ET\n"
    src = tmp_path / "in.pdf"
    src.write_bytes(b.one_page_pdf(visible + white))
    out = tmp_path / "out.pdf"
    report = render_pdf(src, [], out)
    _assert_gone(out, "199002141234")
    losses = ink_loss(src, out, [])
    assert [loss.page for loss in losses] == [1]
    assert report.causes == {1: "background"}
    message = str(ContentLossError([(x.page, x.share) for x in losses], report.causes))
    assert "text i bakgrundens färg ligger på synlig text" in message


def _figure_over_text(pages: int = 1) -> bytes:
    """A page whose form (a figure cut from another PDF's page, clipped to the figure) holds that page's
    text too, cut away by the form's box: a name in small letters lies inside a printed line whose letters
    touch (every rectangle that meets one of the name's letters meets a printed one)."""
    visible = b"q BT /F2 14 Tf -2 Tc 72 700 Td (Kommunens socialtjanst) Tj ET Q\n" + b"q /Fm Do Q\n"
    form = b.raw_stream(
        b"/Type/XObject/Subtype/Form/BBox[300 400 500 500]/Resources<</Font<</F1 4 0 R>>>>",
        b.text_op("Figur 1", 320, 450, 9) + b"BT /F1 5 Tf 75.3 702.1 Td (Amir Haddad 199002141234) Tj ET\n",
    )
    resources = b"/Font<</F1 4 0 R/F2 7 0 R>>/XObject<</Fm 6 0 R>>"
    page = b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<<" + resources + b">>/Contents 3 0 R>>"
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[%s]/Count %d>>" % (b" ".join(b"%d 0 R" % n for n in (5, 8)[:pages]), pages),
        b.raw_stream(b"", visible),
        b.HELVETICA,
        page,
        form,
        COURIER,
        page,
    ])


@pytest.mark.parametrize("pages", [1, 2], ids=["one page", "a form two pages share"])
def test_clipped_text_in_a_form_over_visible_text_goes_glyph_by_glyph(tmp_path: Path, pages: int) -> None:
    # No rectangle takes the form's cut-away letters without the printed ones they lie between: they go
    # from the form's own stream, one by one where they are drawn, and the printed line stays whole.
    src = tmp_path / "in.pdf"
    src.write_bytes(_figure_over_text(pages))
    assert "199002141234" in pdftotext(src)  # the construct: read by poppler though never drawn
    out = tmp_path / "out.pdf"
    report = render_pdf(src, [], out)
    assert report.causes == {}
    _assert_gone(out, "199002141234", "Haddad")
    assert "Haddad" not in b.all_text(out) and "199002141234" not in b.all_text(out)
    _assert_kept(out, "Figur 1")
    assert [_flat(t).count("Kommunens socialtjanst") for t in _texts(out)] == [pages, pages]
    with pymupdf.open(out) as doc:
        assert [doc[i].get_text().count("Figur 1") for i in range(pages)] == [1] * pages
    assert ink_loss(src, out, []) == []


def test_tilted_text_running_off_the_page_keeps_the_letters_still_on_it(tmp_path: Path) -> None:
    # A turned and skewed heading runs past the page's right edge. The letters wholly off the page
    # are hidden text and go; the letter cut by the edge shows and stays. The boxes MuPDF tests for
    # tilted letters overlap widely; only its own boxes (not a padded guess) let the one go without the other.
    tilted = (
        b"BT /F1 40 Tf 1.0 -0.5 0.5 0.5 330 520 Tm (Kommunstyrelsen beslutar idag om bygglovet) Tj ET\n"
        b"BT /F1 40 Tf 0.9 0.45 -0.3 0.6 60 60 Tm (Protokollet justeras av Lena Berg och Ali Hassan) Tj ET\n"
    )
    content = tilted + b.text_op("Handlaggare: Ingrid Johansson", 72, 760)
    src = tmp_path / "in.pdf"
    src.write_bytes(b.one_page_pdf(content))
    masks = b.masks_for(src, {"Ingrid Johansson": "PERSON"})
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    _assert_gone(out, "Ingrid", "Johansson")
    _assert_kept(out, "Handlaggare")
    assert ink_loss(src, out, masks) == []
    with pymupdf.open(src) as doc:  # the text does run off the page: there was hidden text to remove
        kept_before = len([c for s in doc[0].get_texttrace() for c in s["chars"]])
    with pymupdf.open(out) as doc:
        kept_after = len([c for s in doc[0].get_texttrace() for c in s["chars"]])
    assert kept_after < kept_before - len("Ingrid Johansson")


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_hidden_space_after_turned_text_takes_none_of_it(tmp_path: Path, rotate: int) -> None:
    """A white space right after a date written up the page hides nothing: removing it took the
    date's last digits (its box beside turned text cannot be narrowed). Hidden words still go."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 72), "Beslut om bistånd", fontsize=11)
    text = "20 december 2022"
    length = pymupdf.get_text_length(text, fontsize=16)
    x, y = (300, 600) if rotate == 90 else (300, 200)
    page.insert_text((x, y), text, fontsize=16, rotate=rotate)
    page.insert_text((x, y - length if rotate == 90 else y + length), " ", fontsize=16, rotate=rotate, color=(1, 1, 1))
    page.insert_text((72, 760), "Ronja Abdi", fontsize=11, color=(1, 1, 1))  # white on white: hidden
    src = tmp_path / "in.pdf"
    doc.save(src)
    out = tmp_path / "out.pdf"
    render_pdf(src, [], out)
    _assert_kept(out, "Beslut om bistånd", "20 december 2022")
    for text in _texts(out):
        assert "Ronja" not in text and "Abdi" not in text
    assert not ink_loss(src, out, [])


def test_one_traced_span_over_several_lines_becomes_one_run_a_line() -> None:
    lines = ["Kerstin Almgren", "Lindvägen 14 B", "Ödeby"]
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "\n".join(lines), fontsize=11)
    assert len(page.get_texttrace()) == 1  # MuPDF keeps one font's glyphs together across lines
    runs = page_runs(page)
    assert ["".join(chr(g.char) for g in r.glyphs()) for r in runs] == lines
    assert [round(r.bbox[3] - r.bbox[1], 1) for r in runs] == [round(runs[0].bbox[3] - runs[0].bbox[1], 1)] * 3
    assert runs[0].bbox[1] < runs[1].bbox[1] < runs[2].bbox[1]  # each run's box is its own line's
    doc.close()


def test_the_clip_checks_white_space_is_pythons() -> None:
    # the clip check counts a traced character as white space by its code point in a fixed set
    assert _SPACE_CODES == {c for c in range(0x110000) if chr(c).isspace()}
