"""render_pdf: true removal of masked text, image pixels and vector art; surviving words do not move."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.errors import FindingsError
from redact.render.hidden import hidden_text_rects
from redact.render.labels import label_for, short_ground
from redact.render.pdf import render_pdf
from redact.types import Mask, RenderOptions

LINES = [
    "Protokoll fört vid möte med Anna Andersson och Berit Bengtsson.",
    "Närvarande: Carl Carlsson, ordförande, samt Doris Dahl från Ekby.",
    "Personnummer 19850312-1234 gäller Erik Ek; Ekonomi följs upp.",
    "Annas ärende: tel 070-123 45 67, e-post anna.andersson@ekby.se.",
    "Fortsättning: Berit Bengtsson återkommer till Doris Dahl i maj.",
    "Sista raden nämner ingen.",
]
SECRETS = {
    "Anna Andersson": "PERSON",
    "Berit Bengtsson": "PERSON",
    "Doris Dahl": "PERSON",
    "Erik Ek": "PERSON",
    "19850312-1234": "PERSONNUMMER",
    "070-123 45 67": "PHONE",
    "anna.andersson@ekby.se": "EMAIL",
}


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


def _mupdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text() for p in doc)


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    doc = b.new_pdf()
    # Three fonts with different ascenders and descenders, tight leading.
    for font in ("helv", "tiro", "cour"):
        b.text_page(doc, LINES, fontname=font, fontsize=10 if font == "cour" else 11)
    return b.save(doc, tmp_path / "protokoll.pdf")


def _is_masked(word: tuple, rects: list) -> bool:
    """A word is meant to go when a mask covers its middle line and part of its width."""
    x0, y0, x1, y1 = word[:4]
    cy = (y0 + y1) / 2
    return any(r[1] <= cy <= r[3] and min(x1, r[2]) - max(x0, r[0]) > 0.5 for r in rects)


def test_masked_strings_are_gone_for_mupdf_and_pdftotext(minutes: Path, tmp_path: Path) -> None:
    masks = b.masks_for(minutes, SECRETS)
    before = _mupdf_text(minutes)
    assert all(s in before for s in SECRETS)  # the fixture really holds them
    out = tmp_path / "ut.pdf"
    render_pdf(minutes, masks, out)
    for text in (_mupdf_text(out), _pdftotext(out)):
        for secret in SECRETS:
            assert secret not in text
        assert "Ekonomi" in text and "Annas" in text and "Närvarande:" in text


def test_words_outside_masks_survive_in_place(minutes: Path, tmp_path: Path) -> None:
    masks = b.masks_for(minutes, SECRETS)
    out = tmp_path / "ut.pdf"
    render_pdf(minutes, masks, out)
    before, after = b.words(minutes), b.words(out)
    checked = 0
    for number, (old, new) in enumerate(zip(before, after), start=1):
        rects = [r for m in masks if m.page == number for r in m.rects]
        remaining = {w[4]: [] for w in new}
        for w in new:
            remaining[w[4]].append(w)
        for w in old:
            if _is_masked(w, rects):
                continue
            same = [n for n in remaining.get(w[4], []) if all(abs(n[i] - w[i]) <= 0.5 for i in range(4))]
            assert same, f"page {number}: word {w[4]!r} at {w[:4]} moved or vanished"
            checked += 1
    assert checked > 80


def test_neighbouring_line_survives_a_full_character_box_mask(tmp_path: Path) -> None:
    # The mask's boxes reach 0.6 pt into the next line's glyph boxes: MuPDF would take "rad har Be".
    doc = b.new_pdf()
    b.text_page(doc, ["Anna Andersson bor i Ekby.", "Nästa rad har Berit Bengtsson."], leading=12.5)
    src = b.save(doc, tmp_path / "tat.pdf")
    masks = b.masks_for(src, {"Andersson": "PERSON"})
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    text = _mupdf_text(out)
    assert "Andersson" not in text
    assert "Nästa rad har Berit Bengtsson." in text
    assert "Anna" in text and "bor i Ekby." in text


def test_hand_drawn_mask_takes_what_lies_inside_it_and_spares_the_next_line(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Anna Andersson bor i Ekby.", "Nästa rad har Berit Bengtsson."])
    r = b.rects_of(page, "Andersson")[0]
    src = b.save(doc, tmp_path / "hand.pdf")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [r], "MANUAL", decision="manual")], out)
    text = _mupdf_text(out)
    assert "Andersson" not in text and "Nästa rad har Berit Bengtsson." in text
    assert "Anna" in text and "bor i Ekby." in text


def _gray(path: Path, dpi: int = 100):
    with pymupdf.open(path) as d:
        return d[1].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False) if d.page_count > 1 else None


def test_hand_drawn_box_on_a_real_letter_removes_only_what_lies_under_black(tmp_path: Path) -> None:
    """Every word gone from the text lies under black pixels, and every word outside the box remains."""
    src = Path(__file__).parent.parent / "samples" / "epost_trad.pdf"
    box = (48.9, 236.8, 271.7, 254.6)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(2, [box], "MANUAL", decision="manual")], out)
    with pymupdf.open(src) as d:
        before = d[1].get_text("words")
    with pymupdf.open(out) as d:
        after = {(round(w[0]), round(w[1]), w[4]) for w in d[1].get_text("words")}
        pix = d[1].get_pixmap(dpi=100, colorspace=pymupdf.csGRAY, alpha=False)
    zoom = 100 / 72
    gone = [w for w in before if (round(w[0]), round(w[1]), w[4]) not in after]
    assert gone, "the box removes the words under it"
    for w in gone:
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        assert pix.pixel(int(cx * zoom), int(cy * zoom))[0] < 60, f"{w[4]!r} vanished without a box over it"
    for w in before:
        cy = (w[1] + w[3]) / 2
        if not (box[1] <= cy <= box[3] and w[0] < box[2] and w[2] > box[0]):
            assert (round(w[0]), round(w[1]), w[4]) in after, f"{w[4]!r} outside the box was removed"


def test_image_pixels_under_mask_are_blanked_in_the_image(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Bild nedan."])
    b.image(page, (100, 300, 220, 380))  # 120 x 80 pixels: one pixel per point
    b.image(page, (300, 300, 420, 380))  # untouched image
    src = b.save(doc, tmp_path / "bild.pdf")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [(130, 320, 170, 350)], "MANUAL", decision="manual")], out)
    original = b.pattern_pixmap(120, 80)
    images = sorted(b.image_pixmaps(out), key=lambda item: item[0].x0)
    assert len(images) == 2
    (_, hit), (_, untouched) = images
    assert untouched.samples == original.samples
    # Mask in image pixels: x 30..70, y 20..50; check inside (1 px in) and outside (1 px out).
    inside = {hit.pixel(x, y) for x in range(31, 69) for y in range(21, 49)}
    assert len(inside) == 1
    outside = [(x, y) for x in range(120) for y in range(80) if not (29 <= x <= 70 and 19 <= y <= 50)]
    assert all(hit.pixel(x, y) == original.pixel(x, y) for x, y in outside)
    assert any(hit.pixel(x, y) != original.pixel(x, y) for x in range(31, 69) for y in range(21, 49))


def test_covered_vector_art_is_removed_and_a_touching_table_rule_stays(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Tabell:"])
    b.table(page, (72, 200), [["Namn", "Roll"], ["Anna Andersson", "Sekreterare"]])
    b.filled_rect(page, (80, 300, 120, 320), (0.9, 0.1, 0.1))  # a drawn signature, say
    src = b.save(doc, tmp_path / "tabell.pdf")
    with pymupdf.open(src) as d:
        lines_before = [x for x in d[0].get_drawings() if x.get("color") is not None]
    # The mask reaches over the row's lower rule at y=236 but does not cover the whole rule.
    masks = [
        b.mask(1, [(74, 220, 200, 237)], "PERSON", "Anna Andersson"),
        b.mask(1, [(78, 298, 122, 322)], "MANUAL", decision="manual"),
    ]
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(out) as d:
        drawings = d[0].get_drawings()
        text = d[0].get_text()
    assert "Anna Andersson" not in text and "Sekreterare" in text
    fills = [x for x in drawings if x.get("fill") and tuple(round(c, 1) for c in x["fill"]) == (0.9, 0.1, 0.1)]
    assert not fills
    rules = [x for x in drawings if x.get("color") is not None]
    assert len(rules) == len(lines_before) == 6  # 3 rows of rules, 3 columns
    rule = [x for x in rules if abs(x["rect"].y0 - 236) < 1 and x["rect"].width > 200]
    assert rule, "the table rule touching the mask must stay"


@pytest.mark.parametrize("kind", ["invisible", "white", "transparent", "tiny", "outside", "layer"])
def test_hidden_text_is_removed_and_visible_text_beside_it_stays(kind: str, tmp_path: Path) -> None:
    doc = b.new_pdf()
    long_line = "Synlig rad som fortsätter långt åt höger över den dolda texten."
    page = b.text_page(doc, [long_line, "Mellanrad med ord.", long_line])
    # Right after "Mellanrad med ord. ", between two visible lines set 13 pt apart.
    x = 72 + pymupdf.get_text_length("Mellanrad med ord. ", fontname="helv", fontsize=b.FONT_SIZE)
    b.hidden_text(page, kind, "Hemliga Hanna", (x, 113))
    src = b.save(doc, tmp_path / f"{kind}.pdf")
    with pymupdf.open(src) as d:
        assert "Hemliga Hanna" in "".join(chr(c[0]) for s in d[0].get_texttrace() for c in s["chars"]) or kind == "layer"
    out = tmp_path / "ut.pdf"
    render_pdf(src, [], out)
    with pymupdf.open(out) as d:
        traced = "".join(chr(c[0]) for s in d[0].get_texttrace() for c in s["chars"])
    assert "Hemliga" not in traced and "Hanna" not in traced
    assert "Hemliga" not in _pdftotext(out)
    before = [w for w in b.words(src)[0] if w[4] != "Hemliga" and w[4] != "Hanna"]
    after = b.words(out)[0]
    for w in before:
        assert any(w[4] == n[4] and all(abs(w[i] - n[i]) <= 0.5 for i in range(4)) for n in after), w


def test_hidden_text_rects_finds_hidden_and_spares_visible(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Svart text.", "Blå text."], color=(0, 0, 0))
    b.write_lines(page, ["Blå rubrik"], y=160, color=(0.1, 0.2, 0.9))
    b.filled_rect(page, (60, 180, 300, 200), (0.1, 0.1, 0.3))
    b.write_lines(page, ["Vit text på mörk rad"], y=194, color=(1, 1, 1))
    for i, kind in enumerate(("invisible", "white", "transparent", "tiny")):
        b.hidden_text(page, kind, f"Dold {i}", (72, 300 + 30 * i))
    src = b.save(doc, tmp_path / "dold.pdf")
    with pymupdf.open(src) as d:
        rects = hidden_text_rects(d[0])
    assert len(rects) == 4
    centres = sorted((r[1] + r[3]) / 2 for r in rects)
    assert all(abs(c - (300 + 30 * i)) < 6 for i, c in enumerate(centres)), centres  # the hidden lines only


def test_category_and_ground_labels_are_printed_in_the_box(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Klient: Anna Andersson, Storgatan 12.", "Kort: Ek."])
    src = b.save(doc, tmp_path / "etikett.pdf")
    masks = b.masks_for(src, {"Anna Andersson": "PERSON", "Ek": "PERSON"}, legal_ground="26 kap. 1 § OSL")
    for option, expected in (("category", "Namn"), ("ground", "26:1 OSL")):
        out = tmp_path / f"{option}.pdf"
        render_pdf(src, masks, out, RenderOptions(label=option))
        with pymupdf.open(out) as d:
            page = d[0]
            big = next(m for m in masks if m.text == "Anna Andersson").rects[0]
            small = next(m for m in masks if m.text == "Ek").rects[0]
            assert expected in page.get_text(clip=pymupdf.Rect(big))
            in_small = page.get_text("dict", clip=pymupdf.Rect(small))["blocks"]
            if option == "ground":
                assert not in_small  # does not fit even shrunk: plain box
            else:
                span = in_small[0]["lines"][0]["spans"][0]
                assert span["text"] == "Namn" and 4 <= span["size"] < 9  # shrunk to fit
            assert "Anna Andersson" not in page.get_text()
    plain = tmp_path / "plain.pdf"
    render_pdf(src, masks, plain)
    with pymupdf.open(plain) as d:
        assert "Namn" not in d[0].get_text()


@pytest.mark.parametrize(
    ("ground", "short"),
    [
        ("26 kap. 1 § OSL", "26:1 OSL"),
        ("39 kap. 3 § offentlighets- och sekretesslagen", "39:3 OSL"),
        ("21 kap. 7 § OSL", "21:7 OSL"),
        ("Annan grund", "Annan grund"),
    ],
)
def test_short_ground(ground: str, short: str) -> None:
    assert short_ground(ground) == short


def test_label_falls_back_to_category_without_ground() -> None:
    m = b.mask(1, [(0, 0, 10, 10)], "PHONE", "070")
    assert label_for(m, RenderOptions(label="ground")) == "Telefon"
    assert label_for(m, RenderOptions()) == ""


def test_input_is_never_modified(minutes: Path, tmp_path: Path) -> None:
    digest = b.sha256(minutes)
    render_pdf(minutes, b.masks_for(minutes, SECRETS), tmp_path / "ut.pdf", RenderOptions(label="category"))
    assert b.sha256(minutes) == digest


def test_mask_on_missing_page_is_refused(minutes: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.pdf"
    with pytest.raises(FindingsError):
        render_pdf(minutes, [b.mask(9, [(0, 0, 10, 10)], "PERSON", "x")], out)
    assert not out.exists()


def test_rotated_page_is_redacted(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Anna Andersson bor i Ekby.", "Nästa rad har Berit Bengtsson."])
    page.set_rotation(90)
    src = b.save(doc, tmp_path / "rot.pdf")
    out = tmp_path / "ut.pdf"
    render_pdf(src, b.masks_for(src, {"Anna Andersson": "PERSON"}), out)
    text = _pdftotext(out)
    assert "Anna" not in text and "Andersson" not in text and "Nästa rad har Berit Bengtsson." in text


@pytest.mark.parametrize("unit, rotate", [(2.0, 0), (0.75, 0), (1.5, 90), (0.75, 180), (1.25, 270)])
def test_box_on_a_page_with_a_user_unit_covers_exactly_the_mask(tmp_path: Path, unit: float, rotate: int) -> None:
    """/UserUnit scales the page: the box drawn over a mask must be the mask's size, not scaled twice,
    and land on the mask on a turned page too."""
    from redact.verify.ink import ink_loss

    doc = b.new_pdf()
    page = b.text_page(doc, ["Handläggare Vera Holmqvist bor här.", "Beslutet kan överklagas."])
    doc.xref_set_key(page.xref, "UserUnit", str(unit))
    page.set_rotation(rotate)
    src = b.save(doc, tmp_path / "enhet.pdf")
    with pymupdf.open(src) as d:
        r = tuple(d[0].search_for("Holmqvist")[0])
    out = tmp_path / "ut.pdf"
    masks = [b.mask(1, [r], "PERSON", "Holmqvist")]
    render_pdf(src, masks, out)
    with pymupdf.open(out) as d:
        drawn = [x["rect"] for x in d[0].get_drawings() if x.get("fill")]
        text = d[0].get_text()
    assert "Holmqvist" not in text and "överklagas" in text
    assert len(drawn) == 1
    # the fitted box may be a little narrower than the mask, never scaled by the unit
    assert all(abs(a - c) < 2.0 for a, c in zip(drawn[0], r)), (tuple(drawn[0]), r)
    assert ink_loss(src, out, masks) == []


def test_type3_font_drawn_outside_its_declared_heights_keeps_the_line_above_a_mask(tmp_path: Path) -> None:
    """A Type 3 font whose FontBBox is upside down: MuPDF measures its glyphs below the baseline while
    the procedures draw above it, over the next line. The mask is fitted to MuPDF's own boxes: it
    takes the name and spares the line above, and the box covers the name where it is drawn."""
    from redact.verify.ink import ink_loss

    letters = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)]
    diffs = (b"/Differences[65 " + b" ".join(b"/" + c.encode() for c in letters[:26]) + b" 97 "
             + b" ".join(b"/" + c.encode() for c in letters[26:]) + b"]")
    procs = b"<<" + b" ".join(b"/%s 7 0 R" % c.encode() for c in letters) + b">>"
    font = (b"<</Type/Font/Subtype/Type3/FontBBox[0 0 1 -1]/FontMatrix[1 0 0 1 0 0]/CharProcs " + procs
            + b"/Encoding<</Type/Encoding" + diffs + b">>/FirstChar 65/LastChar 122/Widths["
            + b" ".join(b"0.6" for _ in range(58)) + b"]>>")
    glyph = b.raw_stream(b"", b"0.6 0 -10 -10 10 10 d1 0.01 0 0 0.01 0 0 cm 5 0 m 55 0 l 55 70 l 5 70 l h f")
    lines = b"BT /T3 7 Tf 72 700 Td (Beslut om bistand) Tj 0 -8.2 Td (Sofia Lindqvist) Tj ET\n"
    src = tmp_path / "in.pdf"
    src.write_bytes(b.one_page_pdf(lines, b"/Font<</F1 4 0 R/T3 6 0 R>>", [font, glyph]))
    masks = b.masks_for(src, {"Lindqvist": "PERSON"})
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    assert ink_loss(src, out, masks) == []
    for text in (_pdftotext(out), _mupdf_text(out)):
        assert "Lindqvist" not in text and "Sofia" in text and "bistand" in text


def test_a_large_letter_under_a_mask_is_covered_whole(tmp_path: Path) -> None:
    # A stamp's big letter sits over the end of a name: the mask takes it, and the box must cover
    # all of it, not only its centre, or the part beyond the box vanishes unmarked.
    from redact.verify.ink import ink_loss

    content = (
        b.text_op("Ansokan fran Nils Ek", 72, 700, 12)
        + b"BT /F1 44 Tf 155 686 Td (W) Tj ET\n"
        + b.text_op("Beslut fattat av namnden", 72, 600, 12)
    )
    src = tmp_path / "in.pdf"
    src.write_bytes(b.one_page_pdf(content))
    masks = b.masks_for(src, {"Nils Ek": "PERSON"})
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    assert "Nils" not in _pdftotext(out) and "Ek" not in _mupdf_text(out).split()
    assert "Beslut fattat av namnden" in _pdftotext(out) and "Ansokan fran" in _mupdf_text(out)
    assert ink_loss(src, out, masks) == []


def test_a_box_on_a_coarse_image_covers_every_image_pixel_taken(tmp_path):
    """MuPDF blanks every image pixel a mask touches; with pixels of 4 points a box drawn only as
    large as the mask would leave the rest of those pixels white with no box over them."""
    import numpy as np

    from removal_checks import assert_changes_only_under_black

    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 50, 25), False)
    pix.set_rect(pix.irect, (40,))  # a dark logo, 50 × 25 pixels drawn 200 × 100 points
    page.insert_image(pymupdf.Rect(50, 50, 250, 150), pixmap=pix)
    src = tmp_path / "logo.pdf"
    doc.save(src)
    mask = Mask(id="m1", page=1, rects=((101.0, 81.0, 139.0, 99.0),), category="PERSON", detector="test",
                score=1.0, decision="accepted", legal_ground="OSL 21:7", text="Free")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [mask], out)
    assert_changes_only_under_black(src, out, dpi=72)
    with pymupdf.open(out) as done:  # the pixels outside the grown box are still the logo's
        shot = done[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY, clip=pymupdf.Rect(60, 60, 90, 140))
        assert np.frombuffer(shot.samples, np.uint8).max() < 128


def test_a_name_in_vertical_writing_goes_whole_and_alone(tmp_path: Path) -> None:
    """Masks placed from MuPDF's boxes of vertical writing left each name's first letter and took the letter after it."""
    import font_builders as fb
    from redact.ingest.pdf import read_page
    from redact.pipeline import masks_for
    from redact.types import Finding
    from redact.verify.rule import verify_pdf

    src = tmp_path / "lodrat.pdf"
    src.write_bytes(fb.vertical_pdf("Till Vera Holmqvist, Norrvik", y=820))
    page = read_page(src, 1)
    start, end = page.text.index("V"), page.text.index("t\n,") + 1
    assert page.text[start:end].replace("\n", "") == "Vera Holmqvist"
    finding = Finding("f1", 1, start, end, "Vera Holmqvist", "PERSON", 1.0, "test", status="accepted")
    masks = masks_for(src, [finding])
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    left = "".join(_mupdf_text(out).split())
    assert left == "Till,Norrvik", f"left on the page: {left!r}"
    assert "".join(_pdftotext(out).split()) == "Till,Norrvik"
    assert verify_pdf(out, masks).ok


@pytest.mark.parametrize(("cff", "step"), [(True, None), (True, 800), (False, 800)])
def test_a_name_in_vertical_writing_goes_alone_whatever_the_font_measures(tmp_path: Path, cff: bool, step: int | None) -> None:
    """MuPDF tests a glyph of vertical writing at a line across its origin when its font has no vertical metrics
    (a bare CFF font, as CJK subsets are): the very edge of the square a mask is built from, so rounding decided
    whether the mask took its own last glyph and the glyph before its first. Glyphs set closer than a square
    (/W2, tracking) had their boxes a step off. The name goes whole, its neighbours stay, no box grows over them."""
    import numpy as np

    import font_builders as fb
    from redact.ingest.pdf import read_page
    from redact.pipeline import masks_for
    from redact.types import Finding
    from redact.verify.rule import verify_pdf

    src = tmp_path / "lodrat.pdf"
    src.write_bytes(fb.vertical_pdf("TillVeraHolmqvist", y=820, cff=cff, step=step))
    page = read_page(src, 1)
    glyphs = [k for k, c in enumerate(page.text) if not c.isspace()]
    start, end = glyphs[4], glyphs[7] + 1  # "Vera", a glyph to a line
    assert page.text[start:end].replace("\n", "") == "Vera"
    masks = masks_for(src, [Finding("f1", 1, start, end, "Vera", "PERSON", 1.0, "test", status="accepted")])
    out = tmp_path / "ut.pdf"
    render_pdf(src, masks, out)
    assert "".join(_mupdf_text(out).split()) == "TillHolmqvist"
    assert "".join(_pdftotext(out).split()) == "TillHolmqvist"
    assert verify_pdf(out, masks).ok
    with pymupdf.open(src) as a, pymupdf.open(out) as o:  # the box lies on the mask: no neighbour is hidden under it
        before, after = (np.frombuffer(p.samples, np.uint8).reshape(p.height, p.stride)[:, : p.width]
                         for p in (d[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY) for d in (a, o)))
    rects = masks[0].rects
    x0, y0 = min(r[0] for r in rects), min(r[1] for r in rects)
    x1, y1 = max(r[2] for r in rects), max(r[3] for r in rects)
    inked = np.argwhere((after < 128) & (before >= 128))
    assert all(y0 - 1 <= y <= y1 + 1 and x0 - 1 <= x <= x1 + 1 for y, x in inked), "a box reaches past the mask"
