"""IBAN detector: country length and mod-97."""

import pytest

from redact.detect.iban import IbanRecognizer, iban_ok

REC = IbanRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["IBAN"], nlp_artifacts=None)]


HITS = [
    ("IBAN: SE45 5000 0000 0583 9825 7466", "SE45 5000 0000 0583 9825 7466"),
    ("Konto SE4550000000058398257466.", "SE4550000000058398257466"),
    ("IBAN SE45 5000 0000 0583 9825 7466 BIC ESSESESS", "SE45 5000 0000 0583 9825 7466"),
    ("IBAN SE45 5000 0000 0583 9825 7466 SWEDSESS", "SE45 5000 0000 0583 9825 7466"),
    ("Tysk bank: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("Norsk konto NO9386011117947.", "NO9386011117947"),
]

NEAR_MISSES = [
    "Kod SE45 5000 0000 0583 9825 7467 (fel kontrollsumma)",
    "SE45 5000 0000 0583 9825 746 (för kort)",
    "Artikel AB12 3456 7890 1234",
    "DE89 3704 0044 0532 0130 01",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span_and_high_score(text, expected):
    rs = REC.analyze(text, ["IBAN"])
    assert [text[r.start : r.end] for r in rs] == [expected]
    assert rs[0].score >= 0.85


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_iban(text):
    assert found(text) == []


def test_mod97():
    assert iban_ok("SE4550000000058398257466")
    assert not iban_ok("SE4550000000058398257467")
    assert not iban_ok("SE455000000005839825746")


# After its label an IBAN's shape is the person's account even when its check fails: a digit dropped or mistyped
# by whoever wrote it down ("Sheba" is Iran's name for it).
@pytest.mark.parametrize("text, expected", [
    ("IBAN SE45 5000 0000 0583 9825 7467 (fel kontrollsumma)", "SE45 5000 0000 0583 9825 7467"),
    ("Pengarna sätts in på IBAN: FR76 3000 6000 0112 3456 7890 18 enligt fullmakten.", "FR76 3000 6000 0112 3456 7890 18"),
    ("Hennes sheba-nummer IR12 0170 0000 0044 1189 2207 5 gäller.", "IR12 0170 0000 0044 1189 2207 5"),
])
def test_a_mistyped_iban_after_its_label(text, expected):
    assert found(text) == [expected]


def test_a_labelled_code_too_short_for_an_iban_stays():
    assert found("IBAN-nummer saknas, kod AB12 3456 anges i stället.") == []


# A mistyped IBAN after its label that a line end broke: the country's length says how far it runs on the next
# line (Iran's "Sheba" is 26 characters though Iran is outside the registry).
@pytest.mark.parametrize("text, expected", [
    ("Ersättningen sätts in på sheba IR33 0190\n0000 0021 7765 4410 52 enligt ansökan.",
     "IR33 0190\n0000 0021 7765 4410 52"),
    ("Hennes IBAN FR76 3000 6000\n0112 3456 7890 18 (en siffra saknas).", "FR76 3000 6000\n0112 3456 7890 18"),
])
def test_a_mistyped_iban_broken_at_a_line_end(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Sheba IR33 0190 0000\n2026 års ansökan kom in i mars.",  # the next line is no part of it
    "IBAN FR76 3000 6000\n0112 3456 7890 1844 5521 9903 gäller inte.",  # longer than a French IBAN
    "IBAN XQ76 3000 6000\n0112 3456 7890 18 är ett okänt land.",  # no length known: the line end stops it
])
def test_a_labelled_iban_broken_at_a_line_end_takes_no_more_than_its_length(text):
    assert all("\n" not in f for f in found(text))


# The check holding over the groups as written says it is an IBAN though its length is not its country's: a group
# split otherwise or a character too many by whoever copied it (Croatia's are 21 characters).
@pytest.mark.parametrize("text, expected", [
    ("Hon vill betala från HR805510 4471 2207 3318 9902 0. Brodern är ombud.", "HR805510 4471 2207 3318 9902 0"),
])
def test_an_iban_whose_check_holds_at_another_length(text, expected):
    from redact.detect.iban import mod97_ok

    assert mod97_ok(expected.replace(" ", ""))
    assert found(text) == [expected]
