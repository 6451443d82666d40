"""An archive's reference code ("SE/ULA/2044 B II:7") is no one's initials or identifier; a register's own codes of
the same slashes with no series after them ("SE/VG/26/0147") stay what the rules make of them. Fictional codes."""

from __future__ import annotations

from redact.detect.archive_references import drop_archive_references
from redact.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category=category, score=0.6,
                   detector="learned_spans")


def test_a_finding_inside_an_archives_reference_code_is_dropped():
    text = "| KB 2027:311 | SE/ULA/2044 B II:7 | Kopior 4\n| KB 2027:318 | SE/ULA/2044 D:12 | Kopior 2\n"
    found = [_finding(text, "SE", "PERSON"), _finding(text, "ULA/2044 D:12", "ID_NUMBER")]
    assert drop_archive_references(found, text) == []


def test_a_registers_code_of_slashes_stays():
    text = "| SE/VG/26/0147 | Vera Lind | 2026-03-02\n"
    found = [_finding(text, "SE/VG/26/0147", "ID_NUMBER")]
    assert drop_archive_references(found, text) == found
