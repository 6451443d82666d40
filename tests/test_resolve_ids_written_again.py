"""A found identifier written again with other spaces or without its check letter ("R 0552913" in a mail's subject
after a row's "R-0552913", "KB-3307" after a note's "KB-3307-L") is the same number and is masked too; other digits,
another prefix, a year after the prefix or a short number stay. Fictional numbers."""

from __future__ import annotations

from redact.resolve.ids_written_again import find_ids_written_again
from redact.types import Finding


def _finding(text: str, page_text: str) -> Finding:
    start = page_text.index(text)
    return Finding(id="p1-0", page=1, start=start, end=start + len(text), text=text, category="ID_NUMBER",
                   score=0.85, detector="labelled_id")


def _again(found: str, text: str) -> list[str]:
    return [f.text for f in find_ids_written_again([_finding(found, text)], {1: text})]


def test_the_number_spaced_otherwise_is_masked():
    assert _again("R-0552913", "| R-0552913 | Eva Lund |\nÄmne: Mamma, R 0552913") == ["R 0552913"]
    assert _again("HB 4410-22", "Kundnr HB 4410-22.\nÄmne: HB441022") == ["HB441022"]


def test_the_number_without_its_check_letter_is_masked():
    assert _again("KB-3307-L", "Konton: KB-3307-L.\nÄmne: Listan, KB-3307") == ["KB-3307"]


def test_other_digits_another_prefix_a_year_or_a_short_number_stay():
    assert _again("R-0552913", "| R-0552913 |\nÄmne: R 0552914 och S 0552913") == []
    assert _again("KS-2026-114", "Dnr KS-2026-114.\nÄmne: KS 2026114") == []
    assert _again("R-4410", "Nr R-4410.\nÄmne: R 4410") == []
