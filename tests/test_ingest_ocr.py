"""Scanned pages: which pages need OCR, and OCR into words with boxes in page points (rotation, skew)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from ocr_fixtures import scan_image, write_mixed_pdf, write_scanned_pdf
from redact.errors import LimitError
from redact.ingest.ocr import (
    OcrSettings,
    needs_ocr,
    ocr_page,
    ocr_plan,
    repair_word,
    tesseract_available,
    text_is_garbage,
)
from redact.ingest.ocr_parallel import ocr_document
from redact.types import Page, Word

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")

LINES = ["Beslut om bistånd", "Handläggare: Karin Bergström", "Telefon 070-123 45 67"]
FAST = OcrSettings(dpi=170)


def _ink_share(page: pymupdf.Page, rect: tuple) -> float:
    """Share of dark pixels inside a rect given in unrotated page points."""
    clip = pymupdf.Rect(rect) * page.rotation_matrix
    clip.normalize()
    pix = page.get_pixmap(dpi=100, clip=clip, colorspace=pymupdf.csGRAY)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    return float((a < 128).mean()) if a.size else 0.0


def _word(page: Page, text: str) -> Word:
    found = [w for w in page.words if w.text.strip(".,:") == text]
    assert found, f"{text!r} not read; got {page.text!r}"
    return found[0]


# ---------------------------------------------------------------- which pages


def test_plan_table(tmp_path: Path):
    doc = pymupdf.open()
    text = doc.new_page()
    text.insert_text((72, 72), "Ett vanligt brev med ett textlager som går att läsa.", fontsize=11)
    doc.new_page()  # blank
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=scan_image(LINES, dpi=72))
    # A previous OCR's invisible text over a scan is not a text layer we trust.
    hidden = doc.new_page(width=595, height=842)
    hidden.insert_image(hidden.rect, pixmap=scan_image(LINES, dpi=72))
    hidden.insert_text((60, 80), "Beslut om bistånd och mer text här", fontsize=12, render_mode=3)
    vector = doc.new_page()  # text drawn as lines only, no text layer
    vector.draw_line((72, 72), (300, 300))
    plans = [ocr_plan(p) for p in doc]
    assert [p.mode for p in plans] == ["none", "none", "page", "page", "page"]
    assert [p.text_layer for p in plans[2:]] == [False, False, False]  # the output gets a searchable layer
    assert needs_ocr(doc[2]) and not needs_ocr(doc[0])


def _short_text_page(extra: str, rotation: int = 0) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page()
    page.set_rotation(rotation)
    page.insert_text((72, 90), "Sida 3", fontsize=24, render_mode=3 if extra == "hidden text and lettering" else 0)
    if extra == "lettering drawn as lines" or extra == "hidden text and lettering":
        for x in range(0, 120, 12):  # strokes of a word drawn as paths, away from the text
            page.draw_line((100 + x, 400), (106 + x, 430), width=1.5)
    return page


@pytest.mark.parametrize("extra,rotation,mode", [
    ("", 0, "none"),  # a page that only carries its number is a text page, not a scan
    ("", 90, "none"),
    ("lettering drawn as lines", 0, "page"),
    ("hidden text and lettering", 0, "page"),
])
def test_a_few_characters_are_a_text_layer_when_they_are_all_the_ink(extra: str, rotation: int, mode: str):
    plan = ocr_plan(_short_text_page(extra, rotation))
    assert plan.mode == mode, plan


def test_mixed_page_plans_its_image_region(tmp_path: Path):
    path = write_mixed_pdf(tmp_path / "mixed.pdf", ["Följebrev till nämnden", "Bilaga: inskannat intyg"], LINES)
    with pymupdf.open(path) as doc:
        plan = ocr_plan(doc[0])
        assert plan.mode == "regions" and len(plan.regions) == 1
        page = ocr_page(doc[0], settings=FAST, plan=plan)
        assert page.text.startswith("Följebrev till nämnden")  # text layer first, unchanged
        w = _word(page, "Bergström")
        assert 60 <= w.rect[0] and w.rect[3] <= 625 and w.rect[1] >= 415  # inside the image
        assert w.conf < 1.0


@pytest.mark.parametrize(
    ("text", "garbage"),
    [
        ("Beslut om bistånd enligt socialtjänstlagen, 4 kap. 1 §.", False),
        ("Åsa Öberg, Älvsjö: 070-123 45 67, e-post asa@exempel.se", False),
        ("\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd\ufffd", True),
        ("\ue001\ue002\ue003\ue004 \ue005\ue006\ue007 \ue008\ue009\ue00a\ue00b", True),
        ("ĦĲĿŊ ŒŠŸŽ ƀƁƂƃ ŁŃŚŹ ǅǈǋǲ", True),  # a broken encoding: Latin letters no Swedish text has
        ("Ã¤r Ã¶ver Ã¥ret Ã¤ndrad Ã¶vrigt", True),  # UTF-8 read as Latin-1
        # Other scripts with a proper Unicode mapping are a readable text layer, not garbage.
        ("固有表現の発見と新聞記事の比較について述べる。", False),
        ("Решение о помощи принято комиссией в марте.", False),
        ("Η απόφαση για τη βοήθεια ελήφθη τον Μάρτιο.", False),
        ("تم اتخاذ القرار بشأن المساعدة في مارس", False),
        ("ההחלטה על הסיוע התקבלה במרץ השנה", False),
        ("관련 결정은 삼월에 위원회에서 내려졌다", False),
        ("#$%^ *{}| <>~`\\ #$%^ *{}| <>~`\\ $$", True),
        ("ok", False),  # too little text to judge
        ("Brev nr 12/2024, dnr SN 2024/123-4", False),  # near miss: digits and punctuation
        # shifted letters: many letters, few of them vowels
        ("Bvkrf hfd wrnqzsd pxbttsd bkvfr sncwzf mrkpxt drwqnt cbvlmk prstvz kldmn", True),
        ("snake_case_name_of_a_field_in_the_old_form_x_y_z", False),  # underscores are symbols, but not so many
        ("_/_ _*_ _#_ _%_ _|_ _=_ _~_", True),  # underscores and odd symbols
    ],
)
def test_garbage_text_layer(text: str, garbage: bool):
    assert text_is_garbage(text) is garbage


@pytest.mark.parametrize(
    ("word", "repaired"),
    [
        ("olle.nystrom@exempel.se", "olle.nystrom@exempel.se"),
        ("olle.nystromQexempel.se", "olle.nystrom@exempel.se"),
        ("anna.berg©kommun.se,", "anna.berg@kommun.se,"),
        ("QUALITY", "QUALITY"),  # near miss: no domain
        ("Qvist", "Qvist"),
        ("sv.wikipedia.org", "sv.wikipedia.org"),
        ("amra.hodzicQnorrvik:se", "amra.hodzic@norrvik.se"),
        ("10:30", "10:30"),
    ],
)
def test_repair_word(word: str, repaired: str):
    assert repair_word(word) == repaired
    assert len(repair_word(word)) == len(word)


# ---------------------------------------------------------------- OCR


@pytest.mark.parametrize(
    ("image_turn", "page_rotation"),
    [(0, 0), (90, 0), (180, 0), (0, 90), (270, 270)],
)
def test_ocr_page_boxes_cover_the_ink_under_any_rotation(tmp_path: Path, image_turn: int, page_rotation: int):
    path = write_scanned_pdf(tmp_path / "s.pdf", [LINES], rotate={0: image_turn}, page_rotation={0: page_rotation})
    with pymupdf.open(path) as doc:
        page = ocr_page(doc[0], settings=FAST)
        assert page.source == "ocr" and page.number == 1
        assert len(page.char_rects) == len(page.text)
        w = _word(page, "Bergström")
        assert _ink_share(doc[0], w.rect) > 0.08
        # boxes split the word evenly; together they cover the word box
        boxes = page.char_rects[w.start : w.end]
        assert all(b is not None for b in boxes)
        assert min(b[0] for b in boxes) == pytest.approx(w.rect[0]) and max(b[3] for b in boxes) == pytest.approx(w.rect[3])
        assert "070-123" in page.text


def test_small_skew_is_read(tmp_path: Path):
    src = pymupdf.open()
    p = src.new_page(width=595, height=842)
    for i, line in enumerate(LINES):
        p.insert_text((60, 80 + 20 * i), line, fontsize=12)
    skewed = pymupdf.open()
    q = skewed.new_page(width=595, height=842)
    q.show_pdf_page(q.rect, src, 0, rotate=2.5)
    pix = q.get_pixmap(dpi=170, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    page = ocr_page(doc[0], settings=FAST)
    assert _ink_share(doc[0], _word(page, "Bergström").rect) > 0.08
    assert "Karin" in page.text


def test_parallel_ocr_matches_sequential_and_reports_progress(tmp_path: Path):
    pages = [LINES, ["Protokoll", "Justerare: Olle Nyström"], LINES[:1]]
    path = write_scanned_pdf(tmp_path / "three.pdf", pages)
    seen: list[tuple[str, int, int]] = []
    parallel = ocr_document(path, settings=FAST, workers=2, progress=lambda *a: seen.append(a))
    with pymupdf.open(path) as doc:
        single = ocr_page(doc[1], settings=FAST)
    assert sorted(parallel) == [1, 2, 3]
    assert parallel[2].text == single.text and "Nyström" in single.text
    assert [s[1] for s in seen] == [1, 2, 3] and {s[2] for s in seen} == {3}


def test_a_page_over_the_time_limit_is_refused(tmp_path: Path):
    path = write_scanned_pdf(tmp_path / "s.pdf", [LINES])
    with pymupdf.open(path) as doc, pytest.raises(LimitError, match="sida 1"):
        ocr_page(doc[0], settings=OcrSettings(dpi=170, timeout=0.01))


# ---------------------------------------------------------------- read at 200 dpi, small print at full


@pytest.mark.parametrize("image_turn", [0, 90])
def test_boxes_read_at_a_lower_resolution_land_on_the_ink(tmp_path: Path, image_turn: int):
    path = write_scanned_pdf(tmp_path / "s.pdf", [LINES], dpi=300, rotate={0: image_turn})
    with pymupdf.open(path) as doc:
        settings = OcrSettings(dpi=300, read_dpi=200)
        page = ocr_page(doc[0], settings=settings)
        full = ocr_page(doc[0], settings=OcrSettings(dpi=300, read_dpi=0))
    w, v = _word(page, "Bergström"), _word(full, "Bergström")
    with pymupdf.open(path) as doc:
        assert _ink_share(doc[0], w.rect) > 0.08
    # The same box as a full-resolution reading, within a pixel or two at 200 dpi.
    assert all(abs(a - b) <= 1.5 for a, b in zip(w.rect, v.rect)), (w.rect, v.rect)


def test_small_print_is_read_again_at_full_resolution(monkeypatch, tmp_path: Path):
    from redact.ingest import ocr_image

    seen: list[int] = []
    real = ocr_image._ocr_at
    monkeypatch.setattr(ocr_image, "_ocr_at", lambda gray, settings, dpi, label, likely=None: seen.append(dpi) or real(gray, settings, dpi, label, likely))
    small = write_scanned_pdf(tmp_path / "small.pdf", [LINES], dpi=300, fontsize=5.5)
    normal = write_scanned_pdf(tmp_path / "normal.pdf", [LINES], dpi=300, fontsize=11)
    settings = OcrSettings(dpi=300, read_dpi=200)
    with pymupdf.open(normal) as doc:
        ocr_page(doc[0], settings=settings)
    assert seen == [200]
    seen.clear()
    with pymupdf.open(small) as doc:
        page = ocr_page(doc[0], settings=settings)
    assert seen == [200, 300]
    assert "Bergström" in page.text


def test_a_page_read_poorly_in_every_turn_is_not_searched_again_at_full_resolution(monkeypatch, tmp_path: Path):
    """Print of ordinary size that reads poorly every way (a script Tesseract's Swedish does not know):
    the full-resolution reading keeps the turn found first instead of reading all four turns again."""
    from redact.ingest import ocr, ocr_turns

    reads: list[int] = []

    def poor(image, settings, page_label="", psm=None, dpi=None):
        reads.append(dpi)
        size = round(0.2 * dpi)  # ordinary print: 0.2 in high
        return [ocr.TsvWord("ʮ׆ɹ", 100 + 300 * i, 200, 2 * size, size, 0.3, (1, 1, 1)) for i in range(5)]

    monkeypatch.setattr(ocr_turns, "run_tesseract", poor)
    monkeypatch.setattr(ocr_turns, "detect_orientation", lambda gray, settings, dpi: (0, 0.0))
    path = write_scanned_pdf(tmp_path / "s.pdf", [LINES], dpi=300)
    with pymupdf.open(path) as doc:
        ocr_page(doc[0], settings=OcrSettings(dpi=300, read_dpi=200))
    # the first reading searched the turns: upright, then the middle of the page in every turn in one run
    assert reads.count(200) == 2
    assert reads.count(300) == 1  # the second reads the turn found, as the first settled for the rules


def test_an_image_read_poorly_in_every_turn_reads_only_its_turn_again_at_full_resolution(monkeypatch, tmp_path: Path):
    """An image on a text page with print of ordinary size that reads poorly every way (a photo, a
    handwritten form): the full-resolution reading is of the turn found, not of all four copies again."""
    from redact.ingest import ocr, ocr_turns

    reads: list[tuple[int, int]] = []  # (dpi, pixel rows) of every Tesseract run

    def poor(image, settings, page_label="", psm=None, dpi=None):
        reads.append((dpi, int(image.split(b"\n")[1].split()[1])))
        size = round(0.2 * dpi)  # ordinary print: 0.2 in high
        return [ocr.TsvWord("ʮ׆ɹ", 60 + 3 * size * i, 50, 2 * size, size, 0.3, (1, 1, 1)) for i in range(5)]

    monkeypatch.setattr(ocr_turns, "run_tesseract", poor)
    path = write_mixed_pdf(tmp_path / "m.pdf", ["Följebrev till nämnden"], LINES)
    with pymupdf.open(path) as doc:
        plan = ocr_plan(doc[0])
        assert plan.image_regions
        page = ocr_page(doc[0], settings=OcrSettings(dpi=300, read_dpi=200), plan=plan)
    assert "ʮ׆ɹ" in page.text
    full = [rows for dpi, rows in reads if dpi == 300]
    assert reads[0][0] == 200 and len(full) == 1  # the four turns read once, small, then the turn found
    one_copy = round(200 / 72 * 300)  # the image is 200 points high
    assert full[0] <= one_copy + 2 * 16, (full, one_copy)


def test_small_print_turned_sideways_is_searched_at_full_resolution(tmp_path: Path):
    """Small print unreadable at the first resolution: every turn is tried again at full resolution."""
    path = write_scanned_pdf(tmp_path / "s.pdf", [LINES], dpi=300, rotate={0: 90}, fontsize=5.5)
    with pymupdf.open(path) as doc:
        page = ocr_page(doc[0], settings=OcrSettings(dpi=300, read_dpi=200))
    assert "Bergström" in page.text


def test_image_precheck_sees_xobject_and_inline_images_and_skips_text_pages():
    from redact.ingest.ocr_plan import _image_boxes, _may_have_images

    doc = pymupdf.open()
    text = doc.new_page()
    text.insert_text((50, 50), "Bara text här")
    assert not _may_have_images(text) and _image_boxes(text) == []
    xobj = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 100, 100))
    pix.clear_with(0)
    xobj.insert_image(pymupdf.Rect(10, 10, 200, 200), pixmap=pix)
    assert _may_have_images(xobj) and _image_boxes(xobj) == [(10.0, 10.0, 200.0, 200.0)]
    inline = doc.new_page()
    inline.insert_text((50, 50), "Text och en inbäddad bild")
    xref = inline.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\nq 100 0 0 100 10 10 cm BI /W 80 /H 80 /CS /G /BPC 8 ID " + b"\x00" * 6400 + b" EI Q\n")
    assert _may_have_images(inline) and len(_image_boxes(inline)) == 1


# ---------------------------------------------------------------- bounded rendering, trust per font, small images


@pytest.mark.parametrize("rotation", [0, 90])
def test_a_huge_page_is_rendered_within_the_cap_and_boxes_map_back_exactly(rotation: int):
    from redact.ingest.ocr import MAX_OCR_PIXELS, _render_gray

    doc = pymupdf.open()
    page = doc.new_page(width=5000, height=3200)
    target = pymupdf.Rect(3100, 2000, 3400, 2100)
    page.draw_rect(target, color=None, fill=(0, 0, 0))
    page.set_rotation(rotation)
    gray, m = _render_gray(page, 300)
    assert gray.size <= MAX_OCR_PIXELS
    ys, xs = np.nonzero(gray < 128)
    found = pymupdf.Rect(xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) * m
    found.normalize()
    pixel = 72 / (gray.shape[1] / page.rect.width * 72)  # points per pixel
    for a, b in zip(found, target):
        assert abs(a - b) <= 1.5 * pixel


def _page_with_images(count: int, words: int = 0) -> pymupdf.Document:
    """An A3 text page with ``count`` scanned images stacked down it; ``words`` words of small running
    text fill the page from the lower part of the first image down."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((60, 30), "Bilagor till beslutet om bistånd", fontsize=10)
    pix = scan_image(LINES, dpi=150, fontsize=12, width=595, height=180, top=40)
    for i in range(count):
        page.insert_image(pymupdf.Rect(0, 50 + i * 190, 595, 230 + i * 190), pixmap=pix)
    if words:
        page.insert_textbox(pymupdf.Rect(20, 220, 822, 1180), " ".join(f"ord{i}" for i in range(words)), fontsize=4)
    return doc


def test_the_turned_copies_of_a_pages_images_stay_within_what_one_page_may_cost():
    """Every image on a text page is read in four turns: all of them together are rendered within the
    page's cap, not four times it (three images of a tenth of an A3 page each cost more than the cap before)."""
    from redact.ingest.ocr import MAX_OCR_PIXELS, prepare_ocr

    doc = _page_with_images(3)
    plan = ocr_plan(doc[0])
    assert plan.mode == "regions" and len(plan.image_regions) == 3
    job = prepare_ocr(doc[0], OcrSettings(), plan)
    assert sum(gray.size * (4 if turns else 1) for gray, _, turns in job.images) <= MAX_OCR_PIXELS
    one = _page_with_images(1)  # one such image alone is still read at full resolution
    assert prepare_ocr(one[0], OcrSettings(), ocr_plan(one[0])).dpi == 300


def test_an_images_words_are_weighed_only_against_the_text_words_on_it(monkeypatch):
    """The OCR words of an image are compared with the text layer's words on the image, not with every
    word of the page (a dense page made that a product of thousands); which words are kept is unchanged."""
    from redact.ingest import ocr

    doc = _page_with_images(1, words=1500)
    plan = ocr_plan(doc[0])
    settings = OcrSettings(dpi=150)
    job = ocr.prepare_ocr(doc[0], settings, plan)
    assert len(job.base.words) >= 1000
    # two rows of words read in the image: the upper over no text, the lower over the small running text
    reading = [ocr.TsvWord(f"läst{row}x{i}", 40 + 60 * i, y, 20, 8, 0.9, (1, row, 1))
               for row, y in enumerate((60, 358)) for i in range(15)]
    h, w = job.images[0][0].shape
    result = ocr.OcrResult(reading, 0, w, h)
    real = ocr.overlap_share
    skip = [wd.rect for wd in job.base.words]
    m = job.images[0][1]
    expected = [t.text for t in reading
                if not any(real(ocr._to_points(ocr.unrotate_box(t, result), m, settings.margin), s) > 0.3 for s in skip)]
    assert 0 < len(expected) < len(reading)
    calls = 0

    def counted(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(ocr, "overlap_share", counted)
    page = job.build([result], settings)
    assert [wd.text for wd in page.words[len(job.base.words):]] == expected
    assert calls < len(reading) * len(job.base.words) / 4, calls


def test_untrusted_fonts_and_spans(tmp_path: Path):
    from redact.ingest.ocr_trust import untrusted_fonts, untrusted_spans

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Beslut om bistånd enligt socialtjänstlagen.", fontsize=11)
    page.insert_text((72, 90), "Nämnden beviljar insatsen.", fontsize=11, fontname="Times-Bold")
    # Two good fonts: traced, nothing untrusted, no OCR.
    assert untrusted_fonts(page) == (set(), 2)
    assert untrusted_spans(page, page.get_text()) == [] and ocr_plan(page).mode == "none"
    # A third font whose text on the page is garbage (a broken mapping to odd Latin letters): that line only is OCR'd.
    page.insert_font(fontname="dv", fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for i in range(8):
        page.insert_text((72, 120 + 14 * i), f"Rad {i}: ärendet bereds av förvaltningen och avgörs av nämnden.", fontsize=11)
    page.insert_text((72, 300), "ĦĲĿŊ ŒŠŸŽ ƀƁƂƃ ŁŃŚŹ", fontsize=11, fontname="dv")
    plan = ocr_plan(page)
    assert plan.mode == "regions" and len(plan.font_regions) == 1
    assert 285 < plan.font_regions[0][1] < 300 < plan.font_regions[0][3] < 310
    # One good font and plausible text: the page is not even traced.
    single = doc.new_page()
    single.insert_text((72, 72), "Beslut om bistånd enligt socialtjänstlagen.", fontsize=11)
    traced = []
    real = pymupdf.Page.get_texttrace
    pymupdf.Page.get_texttrace = lambda self: traced.append(1) or real(self)
    try:
        assert untrusted_spans(single, single.get_text()) == [] and not traced
    finally:
        pymupdf.Page.get_texttrace = real


def _japanese_page(subtype: str = "CIDFontType0", cid_to_gid: str | None = None) -> pymupdf.Page:
    """Japanese in a composite font without /ToUnicode: Identity-H codes that are Adobe-Japan1 CIDs."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "あ", fontname="japan")
    font = page.get_fonts(full=True)[0][0]
    doc.xref_set_key(font, "Encoding", "/Identity-H")
    descendant = int(doc.xref_get_key(font, "DescendantFonts")[1].split()[0].strip("["))
    doc.xref_set_key(descendant, "Subtype", "/" + subtype)
    if cid_to_gid:
        doc.xref_set_key(descendant, "CIDToGIDMap", cid_to_gid)
    contents = page.get_contents()[0]
    cids = "".join("%04X" % cid for cid in range(843, 873))  # thirty hiragana of the collection
    doc.update_stream(contents, re.sub(rb"<[0-9A-Fa-f]+>", f"<{cids}>".encode(), doc.xref_stream(contents)))
    return doc.reload_page(page)


def test_japanese_in_a_registered_collection_is_a_text_layer():
    from redact.ingest.ocr_trust import untrusted_fonts

    page = _japanese_page()
    assert "あぃいぅう" in page.get_text()
    assert untrusted_fonts(page)[0] == set()
    assert ocr_plan(page).mode == "none"
    # A TrueType font numbering its glyphs as CIDs may claim the collection all the same: its lines are read.
    claimed = _japanese_page("CIDFontType2", "/Identity")
    assert untrusted_fonts(claimed)[0] and ocr_plan(claimed).mode != "none"


@pytest.mark.parametrize(
    ("size", "ocr"),
    [((150, 12), True), ((12, 150), True), ((60, 8), True), ((16, 16), False), ((300, 2), False), ((30, 30), False)],
)
def test_which_images_on_a_text_page_are_read(size: tuple[float, float], ocr: bool):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Ett vanligt brev med ett textlager som går att läsa.", fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 400, 400))  # pixels enough: the size on the page decides
    pix.clear_with(120)
    page.insert_image(pymupdf.Rect(100, 200, 100 + size[0], 200 + size[1]), pixmap=pix, keep_proportion=False)
    assert (ocr_plan(page).mode == "regions") is ocr


def _stretched_image_page(pixels: tuple[int, int], text: str = "", lettering: str = "") -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page()
    if text:
        page.insert_text((72, 60), text, fontsize=11)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, *pixels))
    pix.clear_with(150)
    page.insert_image(pymupdf.Rect(40, 80, 560, 780), pixmap=pix, keep_proportion=False)
    if lettering:  # a name drawn as glyph outlines over the image
        import lettering_builders as lb

        lb.text_as_outlines(page, lettering, (100, 300), fontsize=16)
    return page


@pytest.mark.parametrize("pixels,text,lettering,mode", [
    ((4, 9), "Ett vanligt brev med ett textlager som går att läsa.", "", "none"),  # a gradient stretched over the page
    ((56, 56), "", "", "none"),  # a texture behind an empty page: nothing to read
    ((56, 56), "", "Vera Holmqvist", "page"),  # lettering drawn over it is still read
    ((600, 800), "", "", "page"),  # a scan: pixels enough for text
])
def test_an_image_too_small_to_hold_text_makes_no_scanned_page(pixels, text: str, lettering: str, mode: str):
    plan = ocr_plan(_stretched_image_page(pixels, text, lettering))
    assert plan.mode == mode, plan


def test_a_shading_is_not_an_image_region():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "Ett vanligt brev med ett textlager som går att läsa.", fontsize=11)
    shading = doc.get_new_xref()
    doc.update_object(shading, "<</ShadingType 2/ColorSpace/DeviceRGB/Coords[0 0 200 0]"
                               "/Function<</FunctionType 2/Domain[0 1]/C0[1 0 0]/C1[0 0 1]/N 1>>/Extend[true true]>>")
    kind, resources = doc.xref_get_key(page.xref, "Resources")
    owner = int(resources.split()[0]) if kind == "xref" else page.xref
    doc.xref_set_key(owner, "Shading" if kind == "xref" else "Resources/Shading", f"<</Sh1 {shading} 0 R>>")
    contents = page.get_contents()[0]
    doc.update_stream(contents, doc.xref_stream(contents) + b"\nq 100 300 300 300 re W n /Sh1 sh Q\n")
    outer = pymupdf.open()  # drawn through a form XObject, as a layout program places artwork
    page = outer.new_page()
    page.show_pdf_page(page.rect, doc, 0)
    assert page.get_image_info()  # MuPDF lists the shading as an image
    assert ocr_plan(page).mode == "none"


def test_a_line_beyond_the_crop_box_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A proof's slug and line numbers outside the crop box: poppler reads the media box, MuPDF the crop box, so
    every such line was a disagreement, rendered and read by Tesseract where nothing is drawn (30 lines a page of
    a 352-page book). Only a line on the displayed page is read."""
    from redact.ingest import ocr_lines as module

    doc = pymupdf.open()
    page = doc.new_page(width=480, height=678)
    page.insert_text((60, 100), "Protokoll fört vid mötet", fontsize=12)
    page.insert_text((440, 300), "S32", fontsize=8)  # in the slug, right of the trimmed page
    page.set_cropbox(pymupdf.Rect(42, 42, 438, 636))
    src = tmp_path / "korrektur.pdf"
    doc.save(src)
    asked: list[int] = []
    monkeypatch.setattr(module, "ocr_page", lambda page, settings, plan: asked.append(page.number) or Page(page.number + 1, "", (), 0.0, 0.0))
    assert module.ocr_lines(src, {1: [(398.0, 250.0, 410.0, 260.0)]}) == {}  # beyond the crop box's right edge
    assert asked == []
    assert set(module.ocr_lines(src, {1: [(18.0, 48.0, 200.0, 62.0)]})) == {1}
    assert asked == [0]
