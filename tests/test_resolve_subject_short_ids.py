"""A found identifier's short form in a mail's subject line ("Ämne: Kundkort 5512" after a row's "KK-5512-26", "Subject:
Fee GST-318" after "UNI-GST 26-0318") is the same person's number and is masked; a code holding another run of
digits, a year, the same digits outside a subject line, or a code whose other groups are not the identifier's stay.
Fictional numbers."""

from __future__ import annotations

from redact.resolve.subject_short_ids import find_subject_short_ids
from redact.types import Finding


def _finding(text: str, page_text: str) -> Finding:
    start = page_text.index(text)
    return Finding(id="p1-0", page=1, start=start, end=start + len(text), text=text, category="ID_NUMBER",
                   score=0.85, detector="table_column")


def _short(found: str, text: str) -> list[str]:
    return [f.text for f in find_subject_short_ids([_finding(found, text)], {1: text})]


def test_the_running_part_in_a_subject_is_masked():
    assert _short("KK-5512-26", "| KK-5512-26 | Vera Lind |\nÄmne: Kundkort 5512") == ["5512"]
    assert _short("SÖK-26-03318", "| SÖK-26-03318 | Vera Lind |\nÄmne: Ansökan 3318 ny adress") == ["3318"]
    assert _short("VK 0552913-4", "| VK 0552913-4 | Vera Lind |\nÄmne: Ledning, kund 0552913") == ["0552913"]


def test_the_registers_letters_and_year_may_stay_in_the_short_form():
    assert _short("UNI-GST 26-0318", "| UNI-GST 26-0318 | Vera Lind |\nSubject: Fee GST-318") == ["GST-318"]
    assert _short("MUS-K 26/0419", "| MUS-K 26/0419 | Vera Lind |\nAsunto: Préstamo K26-419") == ["K26-419"]


def test_a_tags_whole_number_after_its_makers_code_is_masked():
    assert _short("RF125 0003319044", "| RF125 0003319044 | Vera Lind |\nÄmne: Bricka 0003319044") == ["0003319044"]


def test_the_last_groups_with_their_dash_or_run_together_are_masked():
    assert _short("SKI 01-5520-3317-6", "| SKI 01-5520-3317-6 | Vera Lind |\nÄmne: Liftkort 3317-6") == ["3317-6"]
    assert _short("TF 5520 3317 66", "| TF 5520 3317 66 | Vera Lind |\nSubject: Tax-free form 331766") == ["331766"]


def test_a_tail_of_too_few_digits_or_no_tail_stays():
    assert _short("SKI 01-5520-3317-6", "| SKI 01-5520-3317-6 | Vera Lind |\nÄmne: Kort 17-6, rad 33176-2") == []


def test_other_digits_other_groups_a_year_or_a_line_that_is_no_subject_stay():
    text = "| KK-5512-26 | Vera Lind |\nÄmne: Kundkort 5513, faktura 26, ärende 2026, rad 12\n"
    assert _short("KK-5512-26", text) == []
    assert _short("KK-5512-26", "| KK-5512-26 | Vera Lind |\nÄmne: Kort PP-5512") == []
    assert _short("KK-5512-26", "| KK-5512-26 | Vera Lind |\nKundkort 5512 är spärrat.") == []


def test_a_code_with_small_letters_cut_short_in_a_subject_is_masked():
    text = "| DRN-Xq7t5520931ab | Vera Lind |\nÄmne: Operatör DRN-Xq7t5520931, certifikat"
    assert _short("DRN-Xq7t5520931ab", text) == ["DRN-Xq7t5520931"]


def test_the_last_groups_with_a_series_letter_are_masked():
    assert _short("19910417-T552", "| 19910417-T552 | Vera Lind |\nÄmne: Patient T552") == ["T552"]
    # the same figures without the series letter are no such tail: a bare number stays
    assert _short("19910417-T552", "| 19910417-T552 | Vera Lind |\nÄmne: Rum 552") == []


def test_the_last_digits_of_a_long_run_are_masked():
    text = "| IMEI 359120551207418 | Vera Lind |\nSubject: Case T 55-26, phone 1207418"
    assert _short("359120551207418", text) == ["1207418"]
    # five digits of it are too few, and digits from its middle are no tail
    assert _short("359120551207418", "| 359120551207418 | Vera Lind |\nÄmne: Telefon 07418, rad 9120551") == []


def test_a_last_group_with_its_small_letters_or_its_number_sign_is_masked():
    assert _short("hb26-k0317", "| hb26-k0317 | Vera Lind |\nSubject: Grant k0317, travel") == ["k0317"]
    assert _short("KL-BÅT #0318", "| KL-BÅT #0318 | Vera Lind |\nBetreff: Mitglied #0318") == ["#0318"]
    # a word's small letters before other digits stay
    assert _short("hb26-k0317", "| hb26-k0317 | Vera Lind |\nSubject: Grant v0912, travel") == []


def test_a_running_part_after_a_dot_or_a_middle_dot_is_masked_whole():
    assert _short("KB-AN 26.0318", "| KB-AN 26.0318 | Vera Lind |\nSubject: Claim 26.0318") == ["26.0318"]
    assert _short("KB-AN 26·0318", "| KB-AN 26·0318 | Vera Lind |\nEmne: Ansøgning 26·0318") == ["26·0318"]


def test_a_short_form_only_partly_covered_by_another_finding_is_masked_whole():
    # another detector (the learned tagger) took the figures without the register's number sign: the code is still
    # the identifier's short form, and its whole is masked
    text = "| SE-BIL #0318 | Vera Lind |\nÄmne: Bokning #0318 ändrad"
    figures = text.rindex("0318")
    inside = Finding(id="p1-1", page=1, start=figures, end=figures + 4, text="0318", category="ID_NUMBER",
                     score=0.6, detector="learned_spans")
    found = find_subject_short_ids([_finding("SE-BIL #0318", text), inside], {1: text})
    assert [f.text for f in found] == ["#0318"]


def test_a_code_with_colons_between_its_groups_is_read_whole_never_its_middle_group():
    # the register writes its groups apart with colons: the subject's code is the whole number, and its running
    # part alone is never taken (it would then be masked wherever those digits stand, a box number's too)
    text = "| HKR:5512:03 | Vera Lind |\nÄmne: min överklagan, HKR:5512:03\n"
    assert _short("HKR:5512:03", text) == ["HKR:5512:03"]
    text = "| HKR:5512:03 | Vera Lind |\nÄmne: ärendet HKR:5513:03\n"
    assert _short("HKR:5512:03", text) == []


def test_a_code_joined_by_colons_is_masked_whole_in_a_subject():
    # its figures alone would leave the register's letters and the serial's last group readable
    assert _short("KTR:5512:07", "| KTR:5512:07 | Vera Lind |\nSubject: my appeal, KTR:5512:07") == ["KTR:5512:07"]
