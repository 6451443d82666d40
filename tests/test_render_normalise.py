"""Constructs MuPDF's redaction rewrite gets wrong are rewritten first: nothing outside a mask moves or vanishes."""

from __future__ import annotations

import binascii
import subprocess
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render.normalise import match_decode_parms, moves_before_size_change, next_line_shows
from redact.render.size_changes import anchored_size_changes
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

COURIER = b"<</Type/Font/Subtype/Type1/BaseFont/Courier>>"


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


def _words(path: Path) -> set[tuple[int, int, str]]:
    return {(round(w[0]), round(w[1]), w[4]) for w in b.words(path)[0]}


def _render(tmp_path: Path, data: bytes, secret: str) -> tuple[Path, Path, list]:
    src = tmp_path / "brev.pdf"
    src.write_bytes(data)
    masks = b.masks_for(src, {secret: "PERSON"})
    assert masks, "the name to mask must be found in the input"
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    return src, out, masks


def test_next_line_operators_keep_every_later_line_in_place(tmp_path: Path) -> None:
    # ' and " move to the next line; MuPDF's rewrite sets the wrong leading and later lines drift away.
    content = (
        b"BT /F1 12 Tf 14 TL 72 760 Td (Protokoll fort av Anna Andersson) Tj\n"
        b"(Narvarande: Hassan Yilmaz och Li Wei) '\n"
        b"2 0.5 (Beslut: ansokan bifalls i sin helhet) \"\n"
        b"(Sista raden namner ingen) ' ET"
    )
    src, out, masks = _render(tmp_path, b.one_page_pdf(content), "Anna Andersson")
    before, after = _words(src), _words(out)
    gone = before - after
    assert {w[2] for w in gone} == {"Anna", "Andersson"}
    assert after - before == set()  # nothing moved
    assert "Anna Andersson" not in b.all_text(out) and "Andersson" not in _pdftotext(out)
    assert "Sista raden namner ingen" in _pdftotext(out)
    assert ink_loss(src, out, masks) == []


def test_next_line_rewrite_matches_the_specification() -> None:
    data = b"BT 14 TL (a) Tj (b\\)') ' 1 -0.25 <6364> \" (don't) Tj ET"
    assert next_line_shows(data) == b"BT 14 TL (a) Tj  T* (b\\)') Tj   1 Tw -0.25 Tc T* <6364> Tj  (don't) Tj ET"
    assert next_line_shows(b"BT (it's) Tj ET") is None  # a quote inside a string is no operator
    assert next_line_shows(b"BT (a) Tj ET") is None


def test_a_form_without_resources_keeps_its_fonts_and_images(tmp_path: Path) -> None:
    # The form uses the page's resources: a font and an image the page content itself never names.
    form = b.raw_stream(
        b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]",
        b.text_op("Formularet fylldes i av Kalle Nyberg", 72, 600, font=b"F2")
        + b.text_op("Handlaggare: Fatima Omar", 72, 580, font=b"F2")
        + b"q 200 0 0 100 72 400 cm /Im1 Do Q",
    )
    image = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8",
                         b"\x00\x20\x40\x10")
    content = b.text_op("Brev till Anna Andersson") + b"/X1 Do"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R/F2 7 0 R>>/XObject<</X1 6 0 R/Im1 8 0 R>>", [form, COURIER, image])
    src, out, masks = _render(tmp_path, data, "Anna Andersson")
    assert ink_loss(src, out, masks) == []
    text = _pdftotext(out)
    assert "Anna Andersson" not in text and "Andersson" not in b.all_text(out)
    assert "Formularet fylldes i av Kalle Nyberg" in text and "Fatima Omar" in text
    with pymupdf.open(out) as doc:
        fonts = {s["font"] for blk in doc[0].get_text("dict")["blocks"] for line in blk.get("lines", ())
                 for s in line["spans"] if "Nyberg" in s["text"]}
        assert fonts == {"Courier"}
        assert doc[0].get_image_info(), "the form's image is still painted"
    assert _words(src) - _words(out) == {w for w in _words(src) if w[2] in ("Anna", "Andersson")}


def test_a_nested_form_without_resources_takes_them_from_the_form_that_paints_it(tmp_path: Path) -> None:
    inner = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]",
                         b.text_op("Inre formularet: Goran Lindqvist", 72, 500, font=b"F9"))
    outer = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F9 7 0 R>>/XObject<</In 8 0 R>>>>",
                         b"/In Do")
    content = b.text_op("Brev till Anna Andersson") + b"/X1 Do"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</X1 6 0 R>>", [outer, COURIER, inner])
    src, out, masks = _render(tmp_path, data, "Anna Andersson")
    assert ink_loss(src, out, masks) == []
    assert "Inre formularet: Goran Lindqvist" in _pdftotext(out)
    assert "Andersson" not in _pdftotext(out)



def test_a_form_missing_some_names_takes_them_from_its_caller_and_keeps_its_own(tmp_path: Path) -> None:
    # The form has resources with its own /F1 (Courier) but reads /F2 and /Im1 from the page.
    form = b.raw_stream(
        b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 7 0 R>>>>",
        b.text_op("Egen stil: Mirja Heikkinen", 72, 600) + b.text_op("Sidans stil: Jovan Petrovic", 72, 580, font=b"F2")
        + b"q 200 0 0 100 72 400 cm /Im1 Do Q",
    )
    image = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8",
                         b"\x00\x20\x40\x10")
    times = b"<</Type/Font/Subtype/Type1/BaseFont/Times-Roman>>"
    content = b.text_op("Brev till Anna Andersson") + b"/X1 Do"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R/F2 9 0 R>>/XObject<</X1 6 0 R/Im1 8 0 R>>", [form, COURIER, image, times])
    src, out, masks = _render(tmp_path, data, "Anna Andersson")
    assert ink_loss(src, out, masks) == []
    with pymupdf.open(out) as doc:
        fonts = {s["text"].split(":")[0]: s["font"] for blk in doc[0].get_text("dict")["blocks"]
                 for line in blk.get("lines", ()) for s in line["spans"]}
        assert fonts.get("Egen stil") == "Courier" and fonts.get("Sidans stil") == "Times-Roman"
        assert doc[0].get_image_info()
    assert "Andersson" not in _pdftotext(out)

def _hex_jpeg(width: int = 40, height: int = 20) -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
    pix.clear_with(60)
    return binascii.hexlify(pix.tobytes("jpeg")) + b">"


def test_an_empty_decode_parms_array_for_two_filters_is_saved(tmp_path: Path) -> None:
    # /DecodeParms [] beside two filters: MuPDF cannot save the file at all ("index out of bounds").
    image = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 40/Height 20/ColorSpace/DeviceRGB/BitsPerComponent 8"
                         b"/DecodeParms[]/Filter[/ASCIIHexDecode/DCTDecode]", _hex_jpeg())
    content = b.text_op("Bild inskickad av Anna Andersson") + b"q 200 0 0 100 72 500 cm /Im1 Do Q"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Im1 6 0 R>>", [image])
    src, out, masks = _render(tmp_path, data, "Anna Andersson")
    assert ink_loss(src, out, masks) == []
    assert "Andersson" not in _pdftotext(out) and "Bild inskickad av" in _pdftotext(out)
    with pymupdf.open(out) as doc:
        assert len(doc[0].get_image_info()) == 1


def test_decode_parms_get_one_entry_per_filter() -> None:
    doc = pymupdf.open("pdf", b.one_page_pdf(b"", extra=[
        b.raw_stream(b"/Filter[/AHx/Fl]/DecodeParms[]", b"00>"),
        b.raw_stream(b"/Filter[/AHx/Fl]/DecodeParms[<</Predictor 1>>]", b"00>"),
        b.raw_stream(b"/Filter[/AHx/Fl]/DecodeParms[null<</Predictor 1>>]", b"00>"),
    ]))
    assert match_decode_parms(doc) == 2
    assert doc.xref_get_key(6, "DecodeParms")[0] == "null"
    assert doc.xref_get_key(7, "DecodeParms")[1].replace(" ", "") == "[<</Predictor1>>null]"
    assert doc.xref_get_key(8, "DecodeParms")[1].replace(" ", "") == "[null<</Predictor1>>]"


def test_a_form_that_resets_word_spacing_keeps_its_spaces(tmp_path: Path) -> None:
    # The page sets wide word spacing, then paints a footer form that sets it back to 0. MuPDF's
    # rewrite assumed 0 inside the form, dropped the form's "0 Tw", and the footer's spaces grew.
    footer = b"BT /F1 9 Tf 0 Tw 0 Tc 100 Tz 72 60 Td (Blankett SN-114 version tre av fyra) Tj ET"
    content = b"BT /F1 12 Tf 6 Tw 1.5 Tc 72 760 Td (Protokoll fort av Anna Andersson) Tj ET /Fm Do"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Fm 6 0 R>>", [
        b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 600 800]/Resources<</Font<</F1 4 0 R>>>>", footer)])
    src, out, masks = _render(tmp_path, data, "Anna Andersson")
    before, after = _words(src), _words(out)
    assert {w[2] for w in before - after} == {"Anna", "Andersson"}
    assert after - before == set()  # the footer's words stand where they stood
    assert ink_loss(src, out, masks) == []


def test_a_move_along_the_line_before_a_new_font_size_keeps_the_rest_of_the_line_in_place(tmp_path: Path) -> None:
    # A TJ of numbers only, then a new size: MuPDF's rewrite writes the move after the new size,
    # and the rest of the line lands twice as far along (here, partly off the page).
    content = (
        b"BT /F1 10 Tf 72 700 Td (Diarienummer) Tj /F1 5 Tf [-8000] TJ /F1 10 Tf (KS 2024/118 avser bygglov) Tj ET\n"
        + b.text_op("Sokande: Sven Ahmadi", 72, 760)
    )
    src, out, masks = _render(tmp_path, b.one_page_pdf(content), "Sven Ahmadi")
    before, after = _words(src), _words(out)
    assert {w[2] for w in before - after} == {"Sven", "Ahmadi"}
    assert after - before == set()  # nothing moved
    assert "Ahmadi" not in _pdftotext(out) and "Ahmadi" not in b.all_text(out)
    assert "KS 2024/118 avser bygglov" in _pdftotext(out)
    assert ink_loss(src, out, masks) == []


def test_a_move_is_carried_only_past_a_change_of_size_or_scale() -> None:
    data = b"BT /F1 5 Tf [-4000] TJ /F2 10 Tf (a) Tj ET"
    assert moves_before_size_change(data) == b"BT /F1 5 Tf   /F2 10 Tf  [-2000] TJ (a) Tj ET"
    assert moves_before_size_change(b"BT /F1 5 Tf [-4000] TJ /F2 5 Tf (a) Tj ET") is None  # same size: same move
    assert moves_before_size_change(b"BT /F1 5 Tf [-4000] TJ 1 0 Td /F2 10 Tf (a) Tj ET") is None  # the line is set anew
    assert moves_before_size_change(b"BT [-4000] TJ /F2 10 Tf (a) Tj ET") is None  # size not known here
    assert moves_before_size_change(b"BT /F1 10 Tf [-4000] TJ 50 Tz (a) Tj ET") == b"BT /F1 10 Tf   50 Tz  [-8000] TJ (a) Tj ET"


def test_a_move_is_found_however_its_array_is_written() -> None:
    # the quick test before parsing lets these through: a NUL as white space, a comment, a point last
    assert moves_before_size_change(b"BT /F1 5 Tf [-4000]\x00TJ /F2 10 Tf (a) Tj ET") == (
        b"BT /F1 5 Tf   /F2 10 Tf  [-2000] TJ (a) Tj ET")
    assert moves_before_size_change(b"BT /F1 5 Tf [-4000 % flytt\n] TJ /F2 10 Tf (a) Tj ET") == (
        b"BT /F1 5 Tf   /F2 10 Tf  [-2000] TJ (a) Tj ET")
    assert moves_before_size_change(b"BT /F1 5 Tf [-4000.] TJ /F2 10 Tf (a) Tj ET") == (
        b"BT /F1 5 Tf   /F2 10 Tf  [-2000] TJ (a) Tj ET")
    # arrays of text (kerned glyphs) hold no move-only TJ: nothing to carry
    assert moves_before_size_change(b"BT /F1 5 Tf [(Ek)-40(dahl)] TJ /F2 10 Tf [<0041>12<0042>] TJ ET") is None


@pytest.mark.parametrize("setting", [
    b"60 700 Td",  # upright
    b".9848 .1736 -.1736 .9848 60 600 Tm",  # tilted: a rotated text matrix, where the carried move runs along the slant
])
@pytest.mark.parametrize("change", [b"/F1 10 Tf", b"50 Tz", b"/F2 10 Tf"])
def test_text_after_a_new_size_stays_where_it_was_when_a_name_before_it_goes(tmp_path: Path, setting: bytes,
                                                                             change: bytes) -> None:
    # MuPDF carries the removed glyphs as a move in ems and writes it in the size in force at the next kept
    # glyph: "sade ja" was moved back by half the name's width, under the box or off its place.
    content = (b"BT /F1 20 Tf " + setting + b" (Anna Berg) Tj " + change + b" ( sade ja till bygglovet) Tj "
               b"0 -30 Td (Nasta rad) Tj 30 TL T* (Sista raden) Tj ET")
    fonts = b"/Font<</F1 4 0 R/F2 6 0 R>>"
    src, out, masks = _render(tmp_path, b.one_page_pdf(content, fonts, [COURIER]), "Anna Berg")
    before = {w[4]: w[:2] for w in b.words(src)[0]}
    after = {w[4]: w[:2] for w in b.words(out)[0]}
    assert set(before) - set(after) == {"Anna", "Berg"}
    # nothing moved: the rest of the line, nor the lines after it
    assert all(abs(after[w][0] - before[w][0]) < 0.1 and abs(after[w][1] - before[w][1]) < 0.1 for w in after), after
    assert ink_loss(src, out, masks) == []


def test_a_line_is_started_anew_only_at_a_change_mid_line() -> None:
    widths = lambda name: (lambda data: [(500.0, c == 32) for c in data]) if name == "F1" else None  # noqa: E731
    assert anchored_size_changes(b"BT /F1 10 Tf 5 5 Td (ab) Tj /F1 5 Tf (c) Tj 0 -9 Td (d) Tj ET", widths) == (
        b"BT /F1 10 Tf 5 5 Td (ab) Tj  10 0 Td /F1 5 Tf (c) Tj  -10 0 Td 0 -9 Td (d) Tj ET")
    assert anchored_size_changes(b"BT /F1 10 Tf (ab) Tj /F1 10 Tf (c) Tj ET", widths) is None  # the same size
    assert anchored_size_changes(b"BT /F1 10 Tf (ab) Tj 0 -9 Td /F1 5 Tf (c) Tj ET", widths) is None  # a new line
    assert anchored_size_changes(b"BT /F9 10 Tf (ab) Tj /F1 5 Tf (c) Tj ET", widths) is None  # a font not measured
    assert anchored_size_changes(b"BT /F1 10 Tf 2 Tc [(a) -1000] TJ 50 Tz (c) Tj ET", widths) == (
        b"BT /F1 10 Tf 2 Tc [(a) -1000] TJ  17 0 Td 50 Tz (c) Tj ET")
    # a show written against the next operator ("]TJ/F1 5 Tf"): the move is its own token
    assert anchored_size_changes(b"BT /F1 10 Tf [(ab)]TJ/F1 5 Tf (c) Tj ET", widths) == (
        b"BT /F1 10 Tf [(ab)]TJ 10 0 Td /F1 5 Tf (c) Tj ET")


def test_a_form_keeps_the_text_state_it_inherits_from_outside_a_text_object(tmp_path: Path) -> None:
    # "/F1 14 Tf 3 Tc /Fm0 Do": MuPDF's rewrite dropped the text state set outside a text object, and the
    # form's text, drawn in the font it inherits, came out in none: gone, and the file refused (exit 5). The form
    # is painted twice, in two sizes: each paint keeps its own.
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>",
                        b"BT 72 600 Td (Kvittens for paket) Tj ET")
    content = b.text_op("Mottagare Anna Berg", 72, 760) + b"q /F1 14 Tf 3 Tc /Fm0 Do Q q 1 0 0 1 0 -100 cm /F1 9 Tf /Fm0 Do Q"
    data = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Fm0 6 0 R>>", [form])
    src, out, masks = _render(tmp_path, data, "Anna Berg")
    before = [(w[4], round(w[0], 1), round(w[1], 1)) for w in b.words(src)[0]]
    after = [(w[4], round(w[0], 1), round(w[1], 1)) for w in b.words(out)[0]]
    assert [w for w in before if w[0] not in ("Anna", "Berg")] == after
    assert ink_loss(src, out, masks) == []


def test_a_line_is_measured_only_when_a_change_mid_line_needs_its_advance() -> None:
    asked: list[str] = []

    def widths(name: str):  # noqa: ANN202
        asked.append(name)
        return (lambda data: [(500.0 if name == "F1" else 250.0, c == 32) for c in data]) if name != "F9" else None

    # one size a line: no font is measured
    assert anchored_size_changes(b"BT /F1 10 Tf (ab) Tj 0 -9 Td (c d) Tj T* [(e) -20 (f)] TJ ET", widths) is None
    assert asked == []
    # each show in the state it was shown in: F1 with 2 Tc, then F2 with 1 Tw (the same size: no anchor before it)
    assert anchored_size_changes(b"BT /F1 10 Tf 2 Tc (ab) Tj /F2 10 Tf 0 Tc 1 Tw (c d) Tj /F2 5 Tf (e) Tj ET",
                                 widths) == b"BT /F1 10 Tf 2 Tc (ab) Tj /F2 10 Tf 0 Tc 1 Tw (c d) Tj  22.5 0 Td /F2 5 Tf (e) Tj ET"
    # an unmeasured font earlier on the line leaves it as it was, whatever comes after
    assert anchored_size_changes(b"BT /F9 10 Tf (ab) Tj /F1 10 Tf (c) Tj /F1 5 Tf (d) Tj ET", widths) is None
    # a hex string string_bytes refuses stops the rewrite where it is shown, as it did
    with pytest.raises(ValueError):
        anchored_size_changes(b"BT /F1 10 Tf <41\x0042> Tj ET", widths)
