"""Names written surname, comma, first name as list items: in running lists ("Lindqvist,
Maja-Stina; al-Hashimi, Yusuf") and one a line under "Efternamn, förnamn". Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

TEXT = """Kallade till mötet: Lindqvist, Maja-Stina; al-Hashimi, Yusuf; Öberg, Karl-Erik och Nguyen, Thi Hoa.
Deltagarlista
Efternamn, förnamn
Rautio, Eeva
Abdullahi, Sahra
Handläggare: Eija Nurmi, Socialsekreterare
Mötet hölls i Ornäs, Sverige."""


def _masked_words(det) -> set[str]:
    return {w.strip(",") for f in det.findings if f.category == "PERSON" for w in f.text.split()}


@pytest.mark.parametrize("word", ["Lindqvist", "al-Hashimi", "Öberg", "Nguyen", "Rautio", "Abdullahi", "Maja-Stina",
                                  "Yusuf", "Thi", "Hoa", "Eeva", "Sahra"])
def test_both_parts_of_an_inverted_name_are_masked(blank_detector, word):
    assert word in _masked_words(detect_text(TEXT, blank_detector))


@pytest.mark.parametrize("word", ["Socialsekreterare", "Sverige", "Ornäs", "förnamn", "Efternamn"])
def test_what_follows_a_comma_after_a_full_name_or_a_place_stays(blank_detector, word):
    assert word not in _masked_words(detect_text(TEXT, blank_detector))


MORE = """Närvarande vid mötet
Çakır, Ayşe
van der Linde, Femke
da Costa Lima, Ana Rita
Park, Hye-jin
Đukić, Milena
Eija Nurmi, Socialsekreterare"""


@pytest.mark.parametrize("word", ["Çakır", "Ayşe", "van", "der", "Linde", "Femke", "da", "Costa", "Lima", "Ana", "Rita",
                                  "Park", "Hye-jin", "Đukić", "Milena"])
def test_family_names_of_other_letters_and_particles_and_hyphened_given_names_are_masked(blank_detector, word):
    """Capitals outside Swedish (Ç, Đ), two particles before the family name, a given name "Hye-jin"."""
    assert word in _masked_words(detect_text(MORE, blank_detector))


def test_a_role_after_a_full_name_still_stays(blank_detector):
    assert "Socialsekreterare" not in _masked_words(detect_text(MORE, blank_detector))


def test_a_family_name_before_given_names_joined_by_bin_is_masked(model_detector):
    """ "Al-Qasimi, Tariq bin Hamad": the lower-case "bin" between the given names does not make them ordinary words."""
    text = "Närvarande\nAl-Qasimi, Tariq bin Hamad\nLena Berg, socialsekreterare"
    assert any(f.text.startswith("Al-Qasimi, Tariq bin Hamad") for f in detect_text(text, model_detector).findings)


def test_two_full_names_with_a_comma_stay_two_names(blank_detector):
    text = "Handläggare: Tove Lindahl, Nils Ekdahl"
    persons = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Tove Lindahl, Nils Ekdahl" not in persons


def test_an_unlisted_family_given_pair_spelled_like_a_name_from_abroad_is_a_list_item(blank_detector):
    # neither side is on a list; "-zai" and "ou" spell names from abroad, and the list's other row is a found name
    text = "Deltagare\nNoorkhail, Mursal\nTraoré, Ousmane\nKarin Ek, kurator"
    persons = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Noorkhail, Mursal" in persons and "Traoré, Ousmane" in persons


@pytest.mark.parametrize("last, first", [("Ulaanbaatar", "Mongoliet"), ("Quito", "Ecuador"), ("Zoom", "Vägledning")])
def test_a_country_or_a_swedish_word_is_no_shape_evidence(last, first):
    from redact.detect.inverted_names import _shaped_from_abroad

    assert not _shaped_from_abroad(last, first)


def test_an_association_before_its_contact_person_is_no_surname(blank_detector):
    text = "Sökande: Ringhults Orienteringsklubb, Siv Ahlberg; Ekby Skytteförening, Eva Lind.\n"
    words = _masked_words(detect_text(text, blank_detector))
    assert {"Siv", "Ahlberg", "Eva", "Lind"} <= words
    assert not {"Ringhults", "Orienteringsklubb", "Ekby", "Skytteförening"} & words
