"""The staff directory: reading the CSV and recognising officials' names and work contact data."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import InputError
from redact.officials import Directory, Official, load_directory, normalize_phone
from redact.types import Finding

CSV = """name,title,email,phone
Anna Svensson,socialsekreterare,Anna.Svensson@exempelkommun.se,08-123 45 67
Per-Olof Åkesson,enhetschef,per-olof.akesson@exempelkommun.se,+46 8 765 43 21
Lars Öst,handläggare,lars.ost@exempelkommun.se,
"""


@pytest.fixture()
def directory(tmp_path: Path) -> Directory:
    path = tmp_path / "personal.csv"
    path.write_text(CSV, encoding="utf-8")
    return load_directory(path)


def test_loads_all_rows(directory: Directory):
    assert len(directory) == 3
    assert directory.officials[1] == Official(
        "Per-Olof Åkesson", "enhetschef", "per-olof.akesson@exempelkommun.se", "+46 8 765 43 21"
    )


@pytest.mark.parametrize(
    "text, who",
    [
        ("Anna Svensson", "Anna Svensson"),
        ("anna svensson", "Anna Svensson"),
        ("ANNA   SVENSSON", "Anna Svensson"),
        ("Anna Svenssons", "Anna Svensson"),  # genitive
        ("Svensson, Anna", "Anna Svensson"),
        ("Per-Olof Åkessons", "Per-Olof Åkesson"),
        ("Lars Öst", "Lars Öst"),
        ("Lars Östs", "Lars Öst"),
        # near misses: partial names and look-alikes are not officials
        ("Anna", None),
        ("Svensson", None),
        ("Anna Svenström", None),
        ("Anna Svensson-Berg", None),
        ("Anna Maria Svensson", None),
        ("Per Åkesson", None),
        ("Lars Ost", None),
    ],
)
def test_match_name(directory: Directory, text, who):
    found = directory.match_name(text)
    assert (found.name if found else None) == who


@pytest.mark.parametrize(
    "category, text, who",
    [
        ("EMAIL", "anna.svensson@exempelkommun.se", "Anna Svensson"),
        ("EMAIL", "<ANNA.SVENSSON@EXEMPELKOMMUN.SE>", "Anna Svensson"),
        ("EMAIL", "anna.svensson@gmail.com", None),  # a private address is not work contact data
        ("PHONE", "08-123 45 67", "Anna Svensson"),
        ("PHONE", "+46 8 123 45 67", "Anna Svensson"),
        ("PHONE", "+46 (0)8-123 45 67", "Anna Svensson"),
        ("PHONE", "0046 8 123 45 67", "Anna Svensson"),
        ("PHONE", "08-765 43 21", "Per-Olof Åkesson"),
        ("PHONE", "08-123 45 68", None),
        ("PHONE", "070-123 45 67", None),
        ("PERSON", "Lars Öst", "Lars Öst"),
        ("ADDRESS", "Anna Svensson", None),  # only names, e-mail and phone identify an official's work role
    ],
)
def test_match_finding(directory: Directory, category, text, who):
    f = Finding("f1", 1, 0, len(text), text, category, 0.9, "test")
    found = directory.match(f)
    assert (found.name if found else None) == who


def test_semicolon_bom_and_swedish_headers(tmp_path: Path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffNamn;Titel;E-post;Telefon\nKarin Ek;jurist;karin.ek@myndighet.se;010-111 22 33\n".encode("utf-8"))
    d = load_directory(path)
    assert d.match_name("Karin Eks").name == "Karin Ek"
    assert d.match_phone("010-1112233").title == "jurist"


def test_a_name_as_written_beats_another_officials_reversed_name():
    d = Directory([Official("Anna Berg"), Official("Berg Anna")])
    assert d.match_name("Anna Berg").name == "Anna Berg"
    assert d.match_name("Berg Anna").name == "Berg Anna"
    assert d.match_name("Berg, Anna").name == "Berg Anna"


def test_a_name_as_written_beats_another_officials_genitive():
    d = Directory([Official("Ola Berg"), Official("Ola Bergs")])
    assert d.match_name("Ola Bergs").name == "Ola Bergs"
    assert d.match_name("Ola Berg").name == "Ola Berg"


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("titel,email\nx,y\n", "name"),
        ("name,title\nAnna,chef\n", "för- och efternamn"),
        ("name,title\n,chef\n", "saknar namn"),
        ("", "tom"),
    ],
)
def test_bad_directories(tmp_path: Path, content, fragment):
    path = tmp_path / "p.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_directory(path)
    assert fragment in str(err.value)


def test_not_utf8_and_missing(tmp_path: Path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nÅsa Öberg\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        load_directory(path)
    with pytest.raises(InputError, match="finns inte"):
        load_directory(tmp_path / "saknas.csv")


@pytest.mark.parametrize("text, digits", [("08-123 45 67", "081234567"), ("+46 70 123 45 67", "0701234567"), ("0046701234567", "0701234567")])
def test_normalize_phone(text, digits):
    assert normalize_phone(text) == digits
