"""Initials in shapes of particles and apostrophes ("JMvdS", "MAdlR", "T.O'N."), columns headed by a watcher
("Provvakt", "Slussvakt") or by a signing participle alone ("Kvitterat", "Rättat"), and a signature label
after a wide gap on a line ("Eva Ek, handläggare        Attest: KRMA"). Fictional people."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from pdf_builders import new_pdf, save, table

from redact.detect.initials import find_initials_in_signatures
from redact.detect.initials_shapes import hand_initials, signer_header, signing_participle
from redact.detect.table_headers import SIGN, header_kind


@pytest.mark.parametrize("token", ["JMvdS", "MAdlR", "KEvB", "PJvdBe", "T.O'N.", "G.D'A.", "A-M.O'B."])
def test_initials_with_a_particle_or_an_apostrophe(token):
    assert hand_initials(token)


@pytest.mark.parametrize("token", ["O'Neil", "d'Artagnan", "SVTde", "ABCD", "Lucky"])
def test_words_of_those_letters_are_no_such_initials(token):
    assert not hand_initials(token)


@pytest.mark.parametrize("header", ["Provvakt", "Slussvakt", "Nattvakt"])
def test_a_watcher_signs_his_column(header):
    assert signer_header(header) and header_kind(header) == SIGN


@pytest.mark.parametrize("header", ["Kvitterat", "Signerat", "Godkänt", "Rättat", "Attesterade",
                                    # who issued a certificate and who handed it out
                                    "Utfärdat", "Utlämnad"])
def test_a_signing_participle_alone_heads_a_column_of_signers(header):
    assert signing_participle(header) and header_kind(header) == SIGN


@pytest.mark.parametrize("header", ["Datum", "Rätt", "Status", "Godkännande", "Utfärdare", "Utlämning"])
def test_other_words_are_no_signing_participle(header):
    assert not signing_participle(header)


def test_a_signature_label_after_a_wide_gap_on_its_line():
    text = "Med vänliga hälsningar\nSigrid Valkeapää, samordnare          Attest: KRMA\nvi ses   ansvarig för allt\n"
    found = [text[a:b] for a, b, _ in find_initials_in_signatures(text)]
    assert found == ["KRMA"]


def _document(path: Path, rows: list[list[str]]) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    table(page, (50, 80), rows, col_width=95)
    return save(doc, path)


def test_columns_under_a_watcher_and_a_participle_hold_initials(tmp_path):
    # neither header is a listed kind: a watcher's role and a participle say who signed; dates beside them stay
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page

    rows = [["Datum", "Prov", "Provvakt", "Rättat", "Resultat"],
            ["2031-04-02", "B1", "T.O'N.", "JMvdS", "17/20"],
            ["2031-04-09", "B2", "R-Å.Ny.", "MAdlR", "19/20"]]
    with pymupdf.open(_document(tmp_path / "in.pdf", rows)) as doc:
        page = extract_page(doc[0])
    cells = {page.text[c.start:c.end] for c in from_words(page) if c.kind == SIGN}
    assert cells == {"T.O'N.", "JMvdS", "R-Å.Ny.", "MAdlR"}, cells


def test_the_issuers_and_the_handers_columns_are_read_as_signers(tmp_path, model_detector):
    import pymupdf

    from redact.ingest.pdf import extract_page
    from tests.pdf_builders import unruled_table

    rows = (("Datum", "Kort", "Kontroll", "Utfärdat", "Utlämnat"),
            ("2026-04-02", "KRT 2", "LoK", "PeL", "LoK"),
            ("2026-04-09", "KRT 2", "Ö.L-B", "PeL", "RuN"))
    path = unruled_table(tmp_path / "kort.pdf", "Utlämnade kort", rows, (40, 140, 240, 330, 420))
    with pymupdf.open(path) as doc:
        page = extract_page(doc[0])
    persons = {f.text for f in model_detector.detect(page) if f.category == "PERSON"}
    assert {"PeL", "RuN"} <= persons, persons
    assert not any("Utfärdat" in p or "Kontroll" in p for p in persons), persons
