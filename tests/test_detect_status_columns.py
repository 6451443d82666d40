"""A register's column headed by a state or a step taken ("Status", "Åtgärd") beside its columns of initials: the
body's codes there (a state's capitals, a price list's step with its figure) are no one's initials nor anyone's
number and stay readable; the initials beside them are masked. Fictional people and codes; tables set by position
alone."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.detect.engine import Detector
from redact.ingest.pdf import extract_page
from tests.pdf_builders import unruled_table


def _register(path: Path, title: str, rows: tuple[tuple[str, ...], ...]) -> Path:
    return unruled_table(path, title, rows, (40, 130, 220, 310, 400, 490))


def _rows(table: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a table written one row a line, its cells split by "|"."""
    return tuple(tuple(cell.strip() for cell in line.split("|")) for line in table.strip().splitlines())


INVOICES = _rows("""
Faktura | Förfallen | Kund | Handläggare | Attest | Status
R31-20518 | 2026-03-31 | A.Sv. | T.Gr. | BjH | PÅM
R31-20526 | 2026-04-30 | H.Ny. | ElK | BjH | KFM klar
R31-20537 | 2026-04-30 | O.Bä. | T.Gr. | M-LV | BET 2 mån
""")
STEPS = _rows("""
Datum | Pat. | Student | Handledare | Åtgärd | Attest
05-04 | K.Ö. | Y.Sa. | IbR | KVÅ 312 | H.Vi.
05-11 | E.Le. | Y.Sa. | IbR | KVÅ 117 | H.Vi.
05-18 | R.Fj. | D.Mo. | A-C.N. | ÅB ny tid | UlB
""")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(tmp_path: Path, detector: Detector, title: str, rows: tuple[tuple[str, ...], ...]) -> set[str]:
    with pymupdf.open(_register(tmp_path / "register.pdf", title, rows)) as doc:
        page = extract_page(doc[0])
    return {f.text.strip() for f in detector.detect(page) if f.category in ("PERSON", "INITIALS", "ID_NUMBER")}


@pytest.mark.parametrize("title,rows,codes,initials", [
    ("Obetalda fakturor, andra kvartalet", INVOICES, {"PÅM", "KFM", "BET"}, {"BjH", "ElK", "M-LV"}),
    ("Behandlingslogg, tandvård", STEPS, {"KVÅ 312", "KVÅ 117", "ÅB"}, {"IbR", "UlB", "H.Vi."}),
])
def test_a_state_or_step_column_keeps_its_codes_and_the_initials_beside_it_are_masked(
        tmp_path, detector, title, rows, codes, initials):
    found = _found(tmp_path, detector, title, rows)
    assert not codes & found, found
    assert initials <= found, found


def test_who_did_the_step_is_no_state(tmp_path, detector):
    rows = tuple(row[:5] + (("Åtgärdad av",) if n == 0 else (row[5][:3],)) for n, row in enumerate(INVOICES))
    found = _found(tmp_path, detector, "Obetalda fakturor, andra kvartalet", rows)
    assert {"PÅM", "KFM", "BET"} <= found, found
