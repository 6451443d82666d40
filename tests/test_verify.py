"""verify_pdf: proves absence on rendered output and names page and category, never the text, on failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pdf_builders as b
from redact.render.pdf import render_pdf
from redact.verify import extract_pdftotext, forms_of, found, verify_pdf

LINES = [
    "Beslut om bistånd till Anna Andersson, 19850312-1234.",
    "Handläggare: Berit Bengtsson. Ekonomi och Ekholm berörs inte.",
]


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    doc = b.new_pdf()
    b.text_page(doc, LINES)
    b.text_page(doc, ["Sida två nämner Anna Andersson igen."])
    return b.save(doc, tmp_path / "brev.pdf")


def test_passes_when_everything_masked_is_gone(letter: Path, tmp_path: Path) -> None:
    masks = b.masks_for(letter, {"Anna Andersson": "PERSON", "19850312-1234": "PERSONNUMMER"})
    masks.append(b.mask(1, [(0, 0, 1, 1)], "PERSON", "Ek"))  # "Ekonomi" and "Ekholm" stay and must not count
    out = tmp_path / "ut.pdf"
    render_pdf(letter, masks, out)
    result = verify_pdf(out, masks)
    assert result.ok and result.failures == ()
    assert result.checked == 3
    if shutil.which("pdftotext"):
        assert result.extractors == ("mupdf", "pdftotext", "objects")


def test_reports_page_and_category_but_never_the_text(letter: Path, tmp_path: Path) -> None:
    masks = b.masks_for(letter, {"Anna Andersson": "PERSON", "19850312-1234": "PERSONNUMMER"})
    only_page_one = [m for m in masks if m.page == 1]
    out = tmp_path / "ut.pdf"
    render_pdf(letter, only_page_one, out)  # page 2 still says the name
    result = verify_pdf(out, masks)
    assert not result.ok
    assert result.failures == ((2, "PERSON"),)
    assert "Anna" not in repr(result)


def test_unrendered_input_fails_with_every_place(letter: Path) -> None:
    masks = b.masks_for(letter, {"Anna Andersson": "PERSON", "Berit Bengtsson": "PERSON", "19850312-1234": "PERSONNUMMER"})
    result = verify_pdf(letter, masks)
    assert set(result.failures) == {(1, "PERSON"), (1, "PERSONNUMMER"), (2, "PERSON")}


def test_kept_texts_are_not_looked_for(letter: Path) -> None:
    masks = b.masks_for(letter, {"Berit Bengtsson": "PERSON"})
    assert verify_pdf(letter, masks, keep={"berit  BENGTSSON"}).ok


def test_document_level_places_fail_as_page_zero(tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Inget namn på sidan."])
    b.metadata(doc, "Anna Andersson")
    path = b.save(doc, tmp_path / "meta.pdf")
    result = verify_pdf(path, [b.mask(1, [(0, 0, 1, 1)], "PERSON", "Anna Andersson")])
    assert result.failures == ((0, "PERSON"),)


def test_what_mupdf_says_of_the_file_itself_is_not_read_as_its_text(tmp_path: Path) -> None:
    # MuPDF's metadata names the file's format ("PDF 1.7") and encryption, which no Info entry holds: a
    # masked word that is also the format's name ("PDF", a word a name tagger may propose) left no trace.
    doc = b.new_pdf()
    b.text_page(doc, ["Inget namn på sidan."])
    path = b.save(doc, tmp_path / "format.pdf")
    assert verify_pdf(path, [b.mask(1, [(0, 0, 1, 1)], "PERSON", "PDF")]).ok
    doc = b.new_pdf()
    b.text_page(doc, ["Inget namn på sidan."])
    b.metadata(doc, "PDF")
    path = b.save(doc, tmp_path / "title.pdf")
    assert verify_pdf(path, [b.mask(1, [(0, 0, 1, 1)], "PERSON", "PDF")]).failures == ((0, "PERSON"),)


@pytest.mark.parametrize(
    ("masked", "page_text", "expected"),
    [
        ("Anna Andersson", "möte med ANNA\n  andersson i dag", True),
        ("Ek", "Ekonomi och Ekholm", False),
        ("Ek", "Erik Ek, ordförande", True),
        ("Ek", "Eks bil", False),  # a genitive is its own mask
        ("19850312-1234", "pnr 198503121234", True),
        ("19850312-1234", "pnr 19850312 - 1234", True),
        ("19850312-1234", "datum 1985-03-12, nr 1234", False),  # a comma ends a number
        ("850312-1234", "pnr 19850312-1234", True),  # the short form hides in the long one
        ("070-123 45 67", "tel 0701234567", True),
        ("070-123 45 67", "tel 070.123.45.67", True),
        ("070-123 45 67", "tel 070-123 45 68", False),
        ("anna.andersson@ekby.se", "e-post: Anna.Andersson@Ekby.se.", True),
        ("Åsa Öberg", "Åsa Öbergsson", False),
        ("ﬁlip", "filip", True),  # ligatures normalised
    ],
)
def test_matching_table(masked: str, page_text: str, expected: bool) -> None:
    forms = forms_of([b.mask(1, [(0, 0, 1, 1)], "X", masked)])
    assert bool(found(forms, page_text)) is expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_pages_align(letter: Path) -> None:
    pages = extract_pdftotext(letter, 2)
    assert pages is not None and len(pages) == 2
    assert "Berit" in pages[0] and "Sida två" in pages[1]


def test_without_pdftotext_only_mupdf_is_used(letter: Path) -> None:
    result = verify_pdf(letter, [], use_pdftotext=False)
    assert result.ok and result.checked == 0 and result.extractors == ("mupdf",)


# ------------------------------------------------------------------ the reader's view, not a count


@pytest.mark.parametrize(
    ("category", "masked", "page_text", "expected"),
    [
        ("PERSON", "Anna Andersson", "Anna Anderssons ansökan", True),  # genitive of the full name
        ("PERSON", "Anna Andersson", "handläggaren Andersson ringde", True),  # a name part on its own
        ("PERSON", "Anna Andersson", "Anderssons beslut", True),  # a name part in the genitive
        ("PERSON", "Anna Andersson", "anna gick hem", False),  # a part counts where it stands capitalised
        ("PERSON", "Anna Andersson", "Anna-Karin Berg", False),  # another name, as propagation reads it
        ("PERSON", "Anna Andersson", "Annas bil", True),
        ("PERSON", "Ek", "Eks bil", True),  # a person's genitive is the person
        ("X", "Ek", "Eks bil", False),  # ...but not another category's
        ("PERSON", "Vera Lindqvist", "Vera Lind-\nqvist ringde", True),  # hyphen at a line end
        ("PERSON", "Vera Lindqvist", "Vera Lind\u00ad\nqvist ringde", True),  # soft hyphen
        ("PERSON", "Vera Lindqvist", "Lind-\nKarlsson", False),  # a hyphen before a capital is no break
        ("PERSON", "Vera Lind-\nqvist", "Lindqvists bil", True),  # the masked text itself was broken
        ("ID_NUMBER", "KX42", "enligt KX42-\nhög risk", True),  # a hyphen after a digit breaks no word
        ("PERSON", "So\ufb01a Berg", "Sofia Berg", True),  # ligature
        ("PERSONNUMMER", "19850312-1234", "pnr 8503121234", False),  # ten digits of twelve: the pattern check's job
        ("PHONE", "070-123 45 67", "070 123 45 67", True),
        ("PHONE", "070-123 45 67", "0701234567", True),
    ],
)
def test_forms_table(category: str, masked: str, page_text: str, expected: bool) -> None:
    forms = forms_of([b.mask(1, [(0, 0, 1, 1)], category, masked)])
    assert bool(found(forms, page_text)) is expected


@pytest.mark.parametrize(
    ("detector", "masked", "page_text", "expected"),
    [
        ("initials", "PA", "Beslutet fattades av PA.", True),
        ("initials", "PA", "PA:s förslag bifölls", True),
        ("initials", "PA", "Type of Pa tient's Request", False),  # a word cut by a mask, not the initials
        ("initials", "PA", "Pa", False),
        ("initials", "S.R.", "enligt S.R. i protokollet", True),
        ("ner", "BO", "Bo Lind ringde", True),  # a name written in capitals once is still the name
        ("initials", "PA", "Pa Lind ringde", False),
    ],
)
def test_initials_count_only_in_capitals(detector: str, masked: str, page_text: str, expected: bool) -> None:
    forms = forms_of([b.mask(1, [(0, 0, 1, 1)], "PERSON", masked, detector=detector)])
    assert bool(found(forms, page_text)) is expected


def test_initials_masked_also_as_a_name_count_in_every_case() -> None:
    masks = [b.mask(1, [(0, 0, 1, 1)], "PERSON", "PA", detector="initials"),
             b.mask(2, [(0, 0, 1, 1)], "PERSON", "Pa", detector="ner")]
    assert found(forms_of(masks), "Pa ringde")


@pytest.mark.parametrize(
    ("category", "masked", "line", "fails"),
    [
        ("PHONE", "070-123 45 67", "Ring +46 70 123 45 67 i dag.", True),  # another format: only the phone detector sees it
        ("PERSONNUMMER", "19811218-9876", "Personnummer 811218-9876.", True),
        ("PERSONNUMMER", "811218-9876", "Personnummer 19811218-9876.", True),
        ("PHONE", "070-123 45 67", "Ring +46 70 123 45 68 i dag.", False),  # another number
    ],
)
def test_pattern_detectors_read_the_output(category: str, masked: str, line: str, fails: bool, tmp_path: Path) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Kontakt", line])
    path = b.save(doc, tmp_path / "nr.pdf")
    result = verify_pdf(path, [b.mask(1, [(0, 0, 1, 1)], category, masked)])
    assert (result.failures == ((1, category),)) is fails and result.ok is not fails


def test_a_released_occurrence_passes_only_at_its_place(letter: Path, tmp_path: Path) -> None:
    from redact.ingest.pdf import read_page
    from redact.resolve.geometry import span_rects
    from redact.types import Finding

    masks = b.masks_for(letter, {"Anna Andersson": "PERSON"})
    on_one = [m for m in masks if m.page == 1]
    out = tmp_path / "ut.pdf"
    render_pdf(letter, on_one, out)  # page 2 keeps the name
    page = read_page(letter, 2)
    start = page.text.index("Anna Andersson")
    end = start + len("Anna Andersson")
    here = Finding("r1", 2, start, end, "Anna Andersson", "PERSON", 0.9, "names", status="rejected")
    assert not verify_pdf(out, on_one).ok
    assert verify_pdf(out, on_one, released=[here.with_(rects=span_rects(page, start, end))]).ok
    assert verify_pdf(out, on_one, released=[here], source=letter).ok  # offsets placed on the input
    elsewhere = here.with_(rects=((72.0, 300.0, 200.0, 320.0),))
    assert verify_pdf(out, on_one, released=[elsewhere]).failures == ((2, "PERSON"),)
    accepted = here.with_(status="accepted", rects=span_rects(page, start, end))
    assert not verify_pdf(out, on_one, released=[accepted]).ok  # only a rejection releases


def test_letter_spaced_words_are_closed_up_by_their_boxes() -> None:
    from redact.verify.reading import build_reading

    words, x = [], 72.0
    for word in ("Vera", "Holmqvist"):
        for c in word:
            words.append((c, (x, 100.0, x + 6.0, 112.0), 0))
            x += 9.0  # 3 points between letters
        x += 6.0  # and 9 between words
    reading = build_reading(1, words)
    assert reading.text == "Vera Holmqvist"
    assert len(reading.boxes(0, 4)) == 1


def test_an_occurrence_inside_a_longer_word_is_placed_at_its_own_letters() -> None:
    from redact.verify.reading import build_reading, inside_any

    reading = build_reading(1, [("Sten/Berg", (100.0, 100.0, 190.0, 112.0), 0)])
    start = reading.text.index("Berg")
    (box,) = reading.boxes(start, start + 4)
    assert 148.0 <= box[0] and box[2] <= 191.0
    assert inside_any([box], [(150.0, 99.0, 190.0, 113.0)])  # "Berg" released: "Sten" was not
    assert not inside_any(reading.boxes(0, 4), [(150.0, 99.0, 190.0, 113.0)])


def test_ocr_words_that_read_as_a_masked_name_are_placed() -> None:
    from redact.types import Word
    from redact.verify.ocr import masked_words, word_tokens

    texts = ["Justerat", "av", "Hamid", "Rah", "mani,", "sekreterare", "hamid"]
    words, at = [], 0
    for i, t in enumerate(texts):
        words.append(Word(t, at, at + len(t), (10.0 * i, 0.0, 10.0 * i + 8, 10.0), 0))
        at += len(t) + 1
    runs = masked_words(words, "Hamid Rahmani")
    assert [[w.text for w in run] for run in runs] == [["Hamid", "Rah", "mani,"]]
    assert [[w.text for w in run] for run in masked_words(words, "Hamid")] == [["Hamid"]]  # not the lower-case word
    tokens = word_tokens(words)  # made once for a page searched for many needles: the same runs
    assert masked_words(words, "Hamid Rahmani", tokens) == runs
    assert masked_words(words, "Rahmani Hamid", tokens) == []


def test_a_masked_name_in_an_object_no_reader_shows_fails_the_check(letter: Path, tmp_path: Path) -> None:
    # A parser reads every string in the file, not only what is drawn or listed as metadata.
    import pymupdf

    masks = b.masks_for(letter, {"Anna Andersson": "PERSON"})
    out = tmp_path / "ut.pdf"
    render_pdf(letter, masks, out)
    assert verify_pdf(out, masks).ok
    doc = pymupdf.open(out)
    doc.xref_set_key(doc[0].xref, "PrivatAnteckning", pymupdf.get_pdf_str("Samtal med Anna Andersson"))
    font = doc.get_new_xref()
    doc.update_object(font, "<< /Kommentar <FEFF0041006E006E006100200041006E0064006500720073007300 6F006E> >>")
    doc.xref_set_key(doc[0].xref, "Extra", f"{font} 0 R")
    hidden = tmp_path / "gomt.pdf"
    doc.save(hidden)
    result = verify_pdf(hidden, masks)
    assert not result.ok and (0, "PERSON") in result.failures
    assert "objects" in result.extractors


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (rb"BT /F1 11 Tf (Anna \(sekr.\)) Tj ET", ["Anna (sekr.)"]),
        (rb"[(An) -20 (na) 300 (Andersson)] TJ", ["AnnaAndersson"]),
        (b"<< /T <FEFF00C5006B0065> /U (Bj\\366rn) >>", ["\u00c5ke", "Bj\u00f6rn"]),
        (b"<< /Kids [3 0 R] >>", []),
    ],
)
def test_strings_a_parser_reads(data: bytes, expected: list[str]) -> None:
    from redact.verify.objects import strings_in

    assert strings_in(data) == expected


def test_a_masked_code_before_a_hyphen_at_a_line_end_is_found_on_its_page(tmp_path: Path) -> None:
    """The page readings joined "KX42-" at a line end with the next line's "hög" into "KX42hög", which holds no
    masked code: the copy a reader sees was found only among the file's strings, without a page or a place,
    so the run could not mask it and refused. Hyphenation breaks words between letters only."""
    doc = b.new_pdf()
    b.text_page(doc, ["Remissen avser patienter med HR+/KX42-", "hög risk enligt beslutet."])
    path = b.save(doc, tmp_path / "kod.pdf")
    result = verify_pdf(path, [b.mask(1, [(0, 0, 1, 1)], "ID_NUMBER", "KX42")])
    assert (1, "ID_NUMBER") in result.failures
    copy = [leak for leak in result.leaks if leak.page == 1]
    assert copy and all(r[0] > 200 and r[1] < 100 for leak in copy for r in leak.rects)  # at the first line's end


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_poppler_boxes_on_a_page_cropped_out_of_a_larger_media_box(tmp_path: Path, rotate: int) -> None:
    # A proof's page: the media box holds a slug above and beside the trimmed page (the crop box).
    # Poppler measures on the media box, MuPDF on the crop box: the released name must be read at
    # its place by both, not a slug's height away (which failed the run, and put a second look's
    # mask off the page).
    from redact.ingest.pdf import read_page
    from redact.resolve.geometry import span_rects
    from redact.types import Finding

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is missing")
    content = b.text_op("Beslut om bistand till Anna Andersson", 72, 700) + b.text_op("Kopia till Anna Andersson", 72, 600)
    src = tmp_path / "in.pdf"
    src.write_bytes(b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        b.HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[-30 0 612 1008]/CropBox[0 0 600 792]/Rotate %d"
        b"/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>" % rotate,
    ]))
    page = read_page(src, 1)
    start = page.text.index("Anna Andersson")
    masked = b.mask(1, span_rects(page, start, start + len("Anna Andersson")), "PERSON", "Anna Andersson")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [masked], out)
    second = page.text.index("Anna Andersson", start + 1)
    kept = Finding("r1", 1, second, second + len("Anna Andersson"), "Anna Andersson", "PERSON", 0.9, "names",
                   status="rejected", rects=tuple(span_rects(page, second, second + len("Anna Andersson"))))
    result = verify_pdf(out, [masked], released=[kept])
    assert result.ok, result.failures
    assert "pdftotext" in result.extractors
