"""A thing's make and serial written again without the model between them ("Kestrel 4418207" after the row's
"Kestrel 5500 4418207") is the same thing's number and is masked too; the same digits after another word, or
alone as an amount, stay. Fictional people and devices."""

from __future__ import annotations

from redact.resolve.serials_named_again import find_serials_named_again
from redact.types import Finding


def _finding(text: str, page_text: str, category: str = "ID_NUMBER") -> Finding:
    start = page_text.index(text)
    return Finding(id="p1-0", page=1, start=start, end=start + len(text), text=text, category=category,
                   score=0.85, detector="labelled_id")


def test_the_make_and_serial_named_again_are_masked():
    text = "| Ekby 1021 | Lars Ek | Kestrel 5500 4418207 |\n\nÄmne: Mätaren Kestrel 4418207 är trasig."
    new = find_serials_named_again([_finding("Kestrel 5500 4418207", text)], {1: text})
    assert [f.text for f in new] == ["Kestrel 4418207"]


def test_the_make_right_before_a_found_model_and_serial_counts_too():
    # the row's model and serial were read as one number (a clearing number and an account), the make outside it
    text = "| Lars Ek | Kestrel 5500 4418207 |\nÄmne: Kestrel 4418207"
    new = find_serials_named_again([_finding("5500 4418207", text, "BANK_ACCOUNT")], {1: text})
    assert [f.text for f in new] == ["Kestrel 4418207"]


def test_the_digits_after_another_word_or_as_a_sum_stay():
    text = "| Lars Ek | Kestrel 5500 4418207 |\nHyran 4418207 kr betalas; Davis 4418207 är en annan."
    assert find_serials_named_again([_finding("Kestrel 5500 4418207", text)], {1: text}) == []


def test_a_number_without_a_long_last_run_gives_nothing():
    text = "| Lars Ek | Kestrel 5500 44 18 |\nÄmne: Kestrel 44 18"
    assert find_serials_named_again([_finding("Kestrel 5500 44 18", text)], {1: text}) == []
