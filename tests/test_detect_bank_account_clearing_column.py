"""A clearing number in its own column beside the account's ("Clearingnr" | "Kontonr") is masked with the account:
it names the bank and the branch. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _left(text: str, part: str, detector) -> str:
    s = text.index(part)
    masked = [(f.start, f.end) for f in detect_text(text, detector).findings
              if f.status != "rejected" and f.start is not None]
    return "".join(c for i, c in enumerate(part, s) if c.isdigit() and not any(a <= i < b for a, b in masked))


@pytest.mark.parametrize("header,clearing,account", [
    ("Clearingnr", "6172", "418 220 903"),
    ("Clearing", "8327-9", "914 552 018-3"),
    ("Clnr", "5214", "10 487 33"),
])
def test_a_clearing_column_beside_an_account_column_is_masked(blank_detector, header, clearing, account):
    text = (f"| Namn | {header} | Kontonr | Belopp |\n"
            f"| Ida Norrman | {clearing} | {account} | 3 200 kr |\n"
            f"| Karl Öberg | saknas | saknas | 1 100 kr |")
    assert _left(text, clearing, blank_detector) == "" and _left(text, account, blank_detector) == ""


def test_a_sum_under_its_own_header_beside_a_clearing_column_stays(blank_detector):
    text = ("| Namn | Clearingnr | Kontonr | Belopp |\n"
            "| Ida Norrman | 6172 | 418 220 903 | 3200 |\n")
    assert _left(text, "3200", blank_detector) == "3200"


# A column named by the payment ("Utbetalt till", "Betalas till") holds accounts, bankgiro and plusgiro numbers; a
# clearing number and an account of a bank whose account has no check digit in the rules ("6140-…") is masked there
# too, and the sum in the next cell stays.
@pytest.mark.parametrize("header", ["Utbetalt till", "Betalas till", "Mottagarkonto"])
def test_an_account_under_a_payment_header_read_one_cell_a_line(blank_detector, header):
    text = ("Utbetalningar\nMottagare\n" + header + "\nBelopp\n"
            "Hultgren\n6152-604 118 275\n7 300 kr\n"
            "Ramadani\n8327-6, 914 550 118-4\n2 000 kr\n")
    assert _left(text, "6152-604 118 275", blank_detector) == ""
    assert _left(text, "8327-6, 914 550 118-4", blank_detector) == ""
    assert _left(text, "7 300 kr", blank_detector) == "7300"
    assert _left(text, "2 000 kr", blank_detector) == "2000"


# The giro's word opening a cell of an account column ("bankgiro 540-2219") names the kind of account: the number is
# masked, the word stays readable.
def test_the_giros_word_in_an_account_cell_stays_readable(blank_detector):
    text = ("Ersättningar\n| Nr | Mottagare | Konto | Belopp\n| 1 | Ida Norrman | bankgiro 540-2219 | 2 100 kr\n"
            "| 2 | Karl Öberg | plusgiro 441022-1 | 1 100 kr\n")
    masked = [(f.start, f.end) for f in detect_text(text, blank_detector).findings
              if f.status != "rejected" and f.start is not None]
    for word in ("bankgiro", "plusgiro"):
        at = text.index(word)
        assert not any(a <= at < b for a, b in masked), word
    assert _left(text, "540-2219", blank_detector) == "" and _left(text, "441022-1", blank_detector) == ""


# The next cell's sum with its öre, read one cell a line ("2 400,00 kr"): its first digits are no part of the account
# above them; an account wrapped over a line end, its last group below, is still whole.
def test_a_sum_with_ore_below_an_account_cell_stays(blank_detector):
    text = ("Ersättningar\nMottagare\nKonto\nBelopp\n"
            "Hultgren\nHandelsbanken 6152 604 118 275\n2 400,00 kr\n"
            "Ramadani\nSwedbank 8327-6, 914 550 118-4\n6 200,00 kr\n")
    assert _left(text, "6152 604 118 275", blank_detector) == ""
    assert _left(text, "8327-6, 914 550 118-4", blank_detector) == ""
    assert _left(text, "2 400,00 kr", blank_detector) == "240000"
    assert _left(text, "6 200,00 kr", blank_detector) == "620000"


def test_an_account_wrapped_before_its_last_group_is_whole_before_a_sum(blank_detector):
    text = "Ersättningen betalas till Ida Norrmans konto Swedbank 8327-6, 914 550\n118-4 med 2 400,00 kr.\n"
    assert _left(text, "8327-6, 914 550\n118-4", blank_detector) == ""
