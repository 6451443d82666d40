"""A register set as a table by position, whose header names most columns in its own words: the staff's column
of initials under a header nobody listed ("Ekon.", "Rapp. HL") is masked when its cells are initials-shaped and
one has a shape only initials have; a column of codes or classes ("SE", "B") under such a header stays. A header
row with a third of known header cells ("Klubb | Ledare | Leg. | Medl.nr | Visat | Kontr.") opens the table.
The home column holds a street without its number or a village alone ("Bostad", "Skriven"): masked, a shelter's
name stays. Checked on the output with MuPDF and pdftotext. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.initials_columns import is_initials_column
from redact.pipeline import RunOptions, run_file
from tests.conftest import mupdf_text, pdftotext
from tests.pdf_builders import unruled_table


STAFF = (
    ("Anst.nr", "Medarbetare", "Enhet", "Start", "Ekon."),
    ("E-4410", "Kerstin Vallgren", "Hemtjänst", "2026-02-01", "LoM"),
    ("E-4522", "Yonas Tesfay Haile", "Kök", "2026-03-15", "LoM"),
    ("E-4617", "Agnieszka Wrona", "Städ", "2026-04-20", "b.sv"),
    ("E-4790", "Tariq Mahmood Butt", "Kök", "2026-05-02", "PK"),
)
TEAMS = (
    ("Klubb", "Ledare", "Leg.", "Medl.nr", "Visat", "Kontr."),
    ("Storviks BK", "Hanna Lindblom", "ID-kort", "3381", "2026-02-11", "ru"),
    ("Storviks BK", "Goran Petrović", "Pass", "3397", "2026-02-11", "ru"),
    ("Forsby IF", "Mei Ling Zhou", "Körkort", "3402", "2026-03-01", "ElN."),
)
HOMES = (
    ("Nr", "Person", "Född", "Bostad", "Skriven", "Sit."),
    ("1", "Leif Sandahl", "1961-04-02", "Järnvägsgatan", "Storbyn", "2"),
    ("2", "Daniela Popescu", "1990-08-19", "Härbärget Ljuset", "Lillmyra 4", "1"),
    ("3", "Hussein Kadhim", "1978-12-30", "Myrstigen", "Forsbyn", "3"),
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, blank_detector) -> dict[str, tuple[set[str], list[str]]]:
    tmp = tmp_path_factory.mktemp("registers")
    out = {}
    for name, cols, rows in (("staff", (40, 100, 240, 330, 420), STAFF),
                             ("teams", (40, 110, 240, 300, 360, 440), TEAMS),
                             ("homes", (40, 70, 200, 280, 390, 470), HOMES)):
        src = unruled_table(tmp / f"{name}.pdf", "Register, Storviks kommun", rows, cols)
        dst = tmp / f"{name}.out.pdf"
        disclosure = run_file(src, dst, options=RunOptions(), detector=blank_detector)
        out[name] = ({m.text for m in disclosure.masks}, [mupdf_text(dst), pdftotext(dst)])
    return out


@pytest.mark.parametrize("name, gone", [
    ("staff", ("LoM", "b.sv", "PK")), ("teams", ("ru", "ElN.")),
    ("homes", ("Järnvägsgatan", "Storbyn", "Lillmyra", "Myrstigen", "Forsbyn")),
])
def test_the_cells_are_gone_from_the_output(outputs, name, gone):
    _, texts = outputs[name]
    for text in texts:
        words = set(text.replace(".", " ").split()) | set(text.split())
        assert not words & set(gone), (name, words & set(gone))


@pytest.mark.parametrize("name, kept", [("staff", ("2026-02-01",)), ("teams", ("Storviks", "Körkort")),
                                        ("homes", ("Härbärget", "Ljuset"))])
def test_the_other_columns_stay(outputs, name, kept):
    for text in outputs[name][1]:
        assert all(k in text for k in kept), name


def test_a_column_of_classes_or_country_codes_is_no_initials_column():
    assert not is_initials_column(["B", "C", "B"])
    assert not is_initials_column(["SE", "FI", "NO"])
    assert is_initials_column(["LoM", "LoM", "PK"])


def test_a_column_with_initials_around_a_surnames_particle_is_an_initials_column():
    # "K. von B." is longer than other initials, and as much a shape no word has
    assert is_initials_column(["K. von B.", "LS", "K. von B."])
    assert is_initials_column(["UlH.", "K.af B."])
