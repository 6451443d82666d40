"""An application's code beside the decision's own number in one line ("Ansökan AB-CD 27/1234, beslut AB
2027/01234"): the decision's is the body's case, the application's is the number the applicant was given and is
masked, in the register's table and in the letter. An application's code alone opening a line stays the case's.
Fictional people; the blank pipeline."""

from __future__ import annotations

from redact.detect.case_headings import case_heading_codes
from redact.detect.decided_applications import decision_after
from tests.found_ids import proposed_ids

_TABLE = ("Sökande\n| Ansökningsnr | Namn | Född\n"
          "| SF-BS 27/3310 | Lovisa Hägerström | 1984-02-11\n| SF-BS 27/3311 | Tore Vikander | 1979-10-30\n\n")


def test_the_decision_after_the_code():
    line = "Ansökan SF-BS 27/3311, beslut SF 2027/03311, avtal nr 4."
    assert decision_after(line, line.index(","))
    assert not decision_after("Ansökan SF-BS 27/3311, inkom 2027-02-01.", 20)
    assert not case_heading_codes([line, line])  # (a heading counts when the document writes it twice)
    alone = "Ansökan SR-26-5501\nSökt belopp 4 000 kr.\n"
    assert case_heading_codes([alone, alone]) == {"SR-26-5501"}


def test_the_applicants_codes_are_masked_beside_the_decisions(blank_detector):
    text = _TABLE + "Ansökan SF-BS 27/3311, beslut SF 2027/03311. Stödet gäller ett år.\n"
    found = proposed_ids(blank_detector, text)
    assert {"SF-BS 27/3310", "SF-BS 27/3311"} <= found
