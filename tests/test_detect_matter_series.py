"""The numbers a body gives its private parties' applications, contracts or claims are masked, the whole series,
where one sentence of the document names such a number apart from the body's own diary number ("Avtal KR-LEV
26/0318, …, dnr KR 2026-5512"); a document without such a sentence, and a sentence whose first number is the body's
own case ("Ärende …, dnr …"), keep the column readable. Fictional people and numbers."""

from __future__ import annotations

from redact.detect.matter_series import matter_series, with_matter_series
from redact.types import Page

TABLE = ("Säljare\nAvtal\nNamn\nFödd\nKR-LEV 26/0317\nVera Lindqvist\n3.4.1961\nKR-LEV 26/0318\nOlle Brask\n"
         "12.9.1974\n")


def _found(text: str, series: frozenset[str]) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return [f.text for f in with_matter_series(page, [], series)]


def test_a_contract_named_apart_from_the_diary_number_masks_its_whole_series():
    letter = "Olle Brask\nAvtal KR-LEV 26/0318, hund med chip 752098100331859, dnr KR 2026-5512.\n"
    series = matter_series([TABLE, letter])
    assert _found(TABLE, series) == ["KR-LEV 26/0317", "KR-LEV 26/0318"]
    assert _found(letter, series) == ["KR-LEV 26/0318"]


def test_an_application_with_a_closing_letter_and_a_claim_are_read_the_same():
    text = "Ansökan BU-GR 26-0551-R, fönster Elit 3318, diarienummer BU2026-118:2.\nBU-GR 26-0552-R\n"
    assert _found(text, matter_series([text])) == ["BU-GR 26-0551-R", "BU-GR 26-0552-R"]
    text = "Anspråk KV-ER 26.0417, försäkring Trygg B-5512, dnr KV 2026/118.\nKV-ER 26.0418\n"
    assert _found(text, matter_series([text])) == ["KV-ER 26.0417", "KV-ER 26.0418"]


def test_a_case_column_without_a_diary_number_beside_it_stays():
    letter = "Olle Brask\nAvtal KR-LEV 26/0318 gäller från 1 mars.\nDnr KR 2026-5512\n"
    assert matter_series([TABLE, letter]) == frozenset()
    assert _found(TABLE, matter_series([TABLE, letter])) == []


def test_the_bodys_own_case_before_its_diary_number_stays():
    assert matter_series(["Ärende KS-26-014, dnr SBF 2026/0441.\n"]) == frozenset()
    assert matter_series(["Ansökan KS 2026/118, dnr SBF 2026/0441.\n"]) == frozenset()
