"""An identifier's mask over part of a token with no white space takes the whole token (a register's prefix joined by
a middle dot, an apostrophe, a plus sign; a part letter in brackets), but not a label joined by a colon or an
abbreviation's dot, sentence punctuation after it, brackets round it whole, nor another category's finding.
Fictional numbers."""

from __future__ import annotations

from redact.resolve.identifier_tokens import identifiers_as_whole_tokens, whole_token_span
from redact.types import Finding


def _widened(part: str, text: str, category: str = "ID_NUMBER") -> str:
    start = text.index(part)
    f = Finding(id="p1-0", page=1, start=start, end=start + len(part), text=part, category=category,
                score=0.85, detector="table_column")
    (out,) = identifiers_as_whole_tokens([f], {1: text})
    assert out.text == text[out.start:out.end]
    return out.text


def test_a_prefix_joined_by_unusual_punctuation_is_masked_with_the_digits():
    assert _widened("26·5531·07", "Ämne: ansökan, KVT·26·5531·07") == "KVT·26·5531·07"
    assert _widened("26-7713-2", "Beslut SB'26-7713-2 gäller") == "SB'26-7713-2"
    assert _widened("26+0093+11", "Kortet FK+26+0093+11 spärras") == "FK+26+0093+11"
    assert _widened("5531", "Ärende ÖV_5531 avslutat") == "ÖV_5531"


def test_a_part_letter_or_number_in_brackets_is_masked_with_the_number():
    assert _widened("MX-5531-26", "Tillstånd MX-5531-26(c) gäller") == "MX-5531-26(c)"
    assert _widened("DR-2290-14", "Se DR-2290-14[2] och bilagan") == "DR-2290-14[2]"


def test_sentence_punctuation_after_the_token_stays_readable():
    assert _widened("MX-5531-26", "Tillståndsnr MX-5531-26(c).") == "MX-5531-26(c)"
    assert _widened("26·5531", "beslut KVT·26·5531, som gäller") == "KVT·26·5531"
    assert _widened("7713-2", "Numret var 'SB'7713-2'!") == "SB'7713-2"


def test_brackets_round_the_whole_token_stay_readable():
    assert _widened("5531-26", "(MX-5531-26) beviljas") == "MX-5531-26"
    assert _widened("5531-26", "[MX-5531-26]") == "MX-5531-26"
    assert _widened("5531", "beslutet (se MX-5531).") == "MX-5531"


def test_a_label_joined_by_a_colon_or_an_abbreviations_dot_stays_readable():
    assert _widened("XK-5531", "Tillståndsnr:XK-5531 gäller") == "XK-5531"
    assert _widened("5531", "reg.nr.5531 i stamboken") == "5531"
    # a register that writes its own groups with colons is read whole
    assert _widened("5531:07", "Diarienr DJR:5531:07") == "DJR:5531:07"


def test_characters_that_join_no_identifier_end_the_token():
    assert _widened("5531", "kund 5531@lantbruk-prov.se") == "5531"
    assert _widened("XK-5531", "XK-5531,XK-5532") == "XK-5531"
    assert _widened("XK-5531", "XK-5531—se bilaga") == "XK-5531"
    # a range of two numbers: the second is its own finding's
    assert _widened("SE 0771204 00311", "märkena SE 0771204 00311–SE 0771204 00319") == "SE 0771204 00311"
    assert _widened("SE 0771204 00311", "märkena SE 0771204 00311-SE 0771204 00319") == "SE 0771204 00311"
    assert _widened("XK-5531", "Se https://e-tjanst.example.se/arende/XK-5531 för status") == "XK-5531"


def test_a_whole_token_is_left_as_it_is():
    assert _widened("XK-5531-26", "Nr XK-5531-26 och 4 400 kr") == "XK-5531-26"
    assert whole_token_span("a XK-5531 b", 2, 9) == (2, 9)


def test_other_categories_are_not_widened():
    assert _widened("Lind", "Vera Lind-Öhman", category="PERSON") == "Lind"
    assert _widened("070-441", "tel:070-441", category="PHONE") == "070-441"


def test_a_mails_register_number_is_gone_whole_from_the_disclosed_pdf(tmp_path, model_detector):
    from conftest import mupdf_text, pdftotext, write_text_pdf

    from redact.pipeline import run_file

    lines = ["Från: Kristina Holmgren <kristina.holmgren@exempelpost.se>",
             "Ämne: Ansökan KVT·26·5531·07",
             "",
             "Hej! Jag skickar nu in min ansökan om tillstånd. Mitt ärende har nummer KVT·26·5531·07",
             "och gäller till maj.",
             "Med vänliga hälsningar",
             "Kristina Holmgren"]
    out = tmp_path / "out.pdf"
    disclosure = run_file(write_text_pdf(tmp_path / "in.pdf", [lines], fontsize=10), out, detector=model_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        flat = " ".join(reading.split())
        # the register's prefix joined by a middle dot is the value's own part: nothing of the token stays readable
        assert "KVT" not in flat and "5531" not in flat, flat
        assert "Ämne: Ansökan" in flat and "och gäller till maj." in flat, flat
