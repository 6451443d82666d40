"""German and English capitalised words that are no names: a scanned German form and an English report.

German capitalises every noun and English its headings and title-case phrases; the Swedish name rules
read a capitalised word as a possible name, so on such text the words themselves must not be taken
for names ("Rohr", "Bogen", "Summe"; "Harm Reduction"), while the names on the same pages still are.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import redact.document_detection as document_detection
from conftest import mupdf_text, pdftotext
from ocr_fixtures import ocr_page
from redact.detect.language import identify, load_model
from redact.pipeline import RunOptions, run_file
from redact.types import Page


def _ocr_page(number: int, lines: list[list[tuple[str, float]]]) -> Page:
    """An OCR page of the given lines of (word, confidence), landscape, words 60 points apart."""
    return ocr_page(lines, number, size=(842, 595), pitch=60.0, word_box=(50.0, 12.0))


def _sure(line: str, conf: float = 0.93) -> list[tuple[str, float]]:
    return [(w, conf) for w in line.split()]


# A German pipe-laying log as Tesseract (Swedish and English) reads a poor scan of it: the printed
# headings read well; the nouns of the handwritten rows ("Rohr", "Bogen", "Summe") poorly; and the grid
# of the table reads as Swedish-looking scraps ("för gnat usch", "sån", "fån"), read at a guess.
GERMAN_FORM = [
    _sure("Rohrbuch der Leitung durch den Unternehmer auszufüllen und von der Bauleitung zu prüfen"),
    _sure("Abschnitt und Seite der Leitung mit Angaben über Art, Hersteller und Nummer der Teile"),
    _sure("Die Nähte wurden geprüft und einwandfrei befunden, die Bemerkungen stehen unten"),
    [("Rohr", 0.62), ("Bogen", 0.50), ("90", 0.8), ("Grad", 0.91), ("eingebaut", 0.9)],
    [("Seite", 0.64), ("2", 0.9), ("Summe", 0.60), ("der", 0.92), ("Länge", 0.9)],
    [("Ten", 0.45), ("för", 0.52), ("gnat", 0.40), ("usch", 0.38), ("och", 0.55), ("sån", 0.41), ("att", 0.5)],
    [("fån", 0.42), ("det", 0.50), ("är", 0.44), ("som", 0.52), ("inte", 0.47), ("med", 0.40), ("han", 0.5)],
    [("på", 0.43), ("av", 0.48), ("för", 0.40), ("till", 0.46), ("den", 0.41), ("vi", 0.5), ("kan", 0.45)],
    [("jag", 0.44), ("var", 0.42), ("om", 0.49), ("så", 0.45), ("har", 0.51), ("sig", 0.40), ("ett", 0.46)],
    [("men", 0.45), ("hon", 0.42), ("nu", 0.43), ("då", 0.40), ("när", 0.49), ("från", 0.45), ("ut", 0.4)],
    _sure("Datum und Unterschrift für den Unternehmer: Herr Altmann"),
]


def test_a_german_scan_is_german_by_the_words_read_with_confidence():
    from redact.detect.language import language_text

    page = _ocr_page(1, GERMAN_FORM)
    model = load_model()
    # all of it read, the scraps of the grid make a stretch of Swedish, where the Swedish name rules hold
    assert "sv" in {s.language for s in identify(page.text, model).segments}
    sure = identify(language_text(page.text, page.words), model)
    assert sure.language == "de" and {s.language for s in sure.segments} == {"de"}


def _detect_scanned(tmp_path: Path, pages: list[Page], detector) -> list[tuple[int, str, str]]:
    """PERSON findings of a PDF whose pages OCR read as ``pages`` (the OCR itself is left out)."""
    pdf = tmp_path / "scan.pdf"
    doc = pymupdf.open()
    for _ in pages:
        doc.new_page(width=842, height=595)
    doc.save(pdf)
    original = document_detection._ocr_pages
    document_detection._ocr_pages = lambda path, options, progress: {p.number: p for p in pages}
    try:
        det = document_detection._detect_document(pdf, detector, None, RunOptions())
    finally:
        document_detection._ocr_pages = original
    return [(f.page, f.text, f.detector) for f in det.findings if f.category == "PERSON" and f.status != "rejected"]


def test_poorly_read_german_nouns_are_no_guessed_names(tmp_path, blank_detector):
    swedish = _ocr_page(1, [
        _sure("Beslut om ekonomiskt bistånd för hushållet i Norrvik enligt socialtjänstlagen"),
        _sure("Ansökan har kommit in den 3 mars och gäller hyra och el för april och maj"),
        _sure("Sökanden har lämnat in de handlingar som behövs för att pröva ansökan"),
        [("Bergstrom", 0.41), ("070-123", 0.9)],  # a misread surname alone in a table row
    ])
    german = _ocr_page(2, GERMAN_FORM)
    found = _detect_scanned(tmp_path, [swedish, german], blank_detector)
    texts = {t for _, t, _ in found}
    for noun in ("Rohr", "Bogen", "Seite", "Summe", "Länge", "Grad"):
        assert not any(noun in t for t in texts), found
    assert "Altmann" in " ".join(texts)  # "Herr Altmann": a title before a name is evidence in German too
    assert (1, "Bergstrom", "ocr_uncertain") in found  # a misread surname on Swedish text is still guessed


def test_initials_in_the_speckle_of_a_scan_are_dropped(tmp_path, blank_detector):
    lines = GERMAN_FORM[:3] + [[("Leitung:", 0.86), ("Erdgas", 0.63), ("Seite:", 0.72), ("2", 0.1), ("OGf[2295", 0.0)]]
    found = _detect_scanned(tmp_path, [_ocr_page(1, lines)], blank_detector)
    assert not [f for f in found if "OGf" in f[1]], found


ENGLISH_REPORT = [
    "Guidelines for the care and treatment of persons diagnosed with chronic hepatitis C infection",
    "The guideline was developed with the Harm Reduction programme and Peer Support workers in five",
    "countries. Real Time testing was offered at every site. Class Action groups and the Harm Reduction",
    "network reviewed the draft. The review was led by Maja Lindqvist and Jonas Okafor of the secretariat.",
    "Peer-driven outreach reached most of the sites.",
    "References",
    "1. Grebely J, Dore GJ. Peer Support for people who inject drugs. Harm Reduction J. 2019;16:45.",
    "2. Harm Reduct J. 2020;17:12. Reviewed by Grit Johansson.",
]


def test_ordinary_english_words_start_no_name(tmp_path, blank_detector):
    src = tmp_path / "report.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for line in ENGLISH_REPORT:
        page.insert_text((40, y), line, fontsize=9)
        y += 16
    doc.save(src)
    out = tmp_path / "report.redacted.pdf"
    d = run_file(src, out, options=RunOptions(ocr=False), detector=blank_detector)
    persons = {f.text for f in d.findings if f.category == "PERSON" and f.status != "rejected"}
    for words in ("Harm Reduction", "Peer Support", "Real Time", "Class Action", "Harm Reduct", "harm", "Peer-driven"):
        assert not any(words in p for p in persons), persons
    for reader in (mupdf_text, pdftotext):
        text = " ".join(reader(out).split())
        assert "Harm Reduction programme" in text and "Peer Support workers" in text and "Real Time testing" in text
        assert "Peer-driven outreach" in text
        # the people on the page are masked, one of them with a first name that is a word ("Grit") before a listed surname
        assert "Okafor" not in text and "Maja Lindqvist" not in text and "Grit Johansson" not in text


GERMAN_ARTICLE = (
    "Der Vortrag von Reinhard Kurzweiler über die Zukunft der Forschung fand im großen Saal statt.\n"
    "Die Zuhörer stellten viele Fragen zu den Messungen, und die Antworten waren ausführlich.\n"
    "Gesamtzahl der in der fertigen Lei\n"
    "Zehl der geprüften Nähte wurde im Rohrbuch eingetragen und von der Bauleitung bestätigt.\n"
)


def test_on_german_text_a_first_name_takes_a_surname_but_not_the_noun_that_opens_the_next_line(blank_detector):
    from redact.document_detection import detect_text

    persons = [f.text for f in detect_text(GERMAN_ARTICLE, blank_detector).findings
               if f.category == "PERSON" and f.status != "rejected"]
    assert "Reinhard Kurzweiler" in persons
    assert not any("Zehl" in p for p in persons), persons
