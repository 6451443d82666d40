"""The body's postal box by the shape of its letterhead, whatever the body is called: its names, then its box, and a
switchboard line with its shared mailbox under them. The same box written again in a window block is the body's;
a person's box stays masked. Fictional bodies and people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

HEAD = ("Beslut om fisketillstånd, maj 2027\n"
        "Fjällfiskerådet, fiskekortsenheten, Box 11 210, 831 20 Fjällvik\n"
        "Växel 010-123 45 00. E-post fiskekort@fjallfiske-radet.se\n"
        "Handläggare Per Ek (PEk).\n\n")


def _masked(blank_detector, text: str, categories: tuple[str, ...]) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category in categories and f.status != "rejected"]


def test_the_box_on_a_letterhead_of_any_name_stays(blank_detector):
    masked = _masked(blank_detector, HEAD, ("ADDRESS", "POSTAL_CODE"))
    assert not any("831 20" in m for m in masked), masked


def test_the_letterheads_box_again_under_the_bodys_name_stays_and_the_persons_box_is_masked(blank_detector):
    text = HEAD + ("\fBeslut om tillstånd\nFjällfiskerådet\nBox 11 210, 831 20 Fjällvik\n\nTove Lindahl\nBox 118\n"
                   "831 91 Fjällvik\n\nDitt tillstånd gäller från juni.\n")
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any("831 20" in m for m in masked), masked
    assert any("Box 118" in m for m in masked), masked


def test_the_mailbox_under_a_letterhead_of_any_name_stays(blank_detector):
    text = HEAD + "Frågor skickas till fiskekort@fjallfiske-radet.se.\n"
    assert "fiskekort@fjallfiske-radet.se" not in _masked(blank_detector, text, ("EMAIL",))


def test_the_mailbox_under_the_switchboard_named_by_the_bodys_genitive_stays(blank_detector):
    text = ("Hållplatser, juni 2027\nEkby kommun, biblioteket, Box 441, 984 22 Ekby\n"
            "Kommunens växel 0978-144 00. E-post bokbussen@ekby-bibliotek.se\n\nTurlista följer.\n")
    assert "bokbussen@ekby-bibliotek.se" not in _masked(blank_detector, text, ("EMAIL",))


@pytest.mark.parametrize("text", [
    # a person's own line of the same shape: her name, her box, her number and mailbox
    "Ansökan\nTove Lindahl, Box 11 118, 831 91 Fjällvik\nTelefon 0640-123 00. E-post lindahl@fjallmejl.se\n",
    # a sole trader's line under her name: a public provider's mailbox is no body's
    "Ansökan\nLindahls fiske, Box 11 118, 831 91 Fjällvik\nTelefon 0640-123 00. E-post lindahls.fiske@gmail.com\n",
    # a sole trader's line with her own domain: "Telefon" is no switchboard
    "Ansökan\nLindahls fiske, Box 11 118, 831 91 Fjällvik\nTelefon 0640-123 00. E-post info@lindahlsfiske.se\n",
])
def test_a_persons_box_of_the_same_shape_stays_masked(blank_detector, text):
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert any("831 91" in m for m in masked), masked


def test_a_body_named_after_a_person_keeps_its_name_and_its_box(blank_detector):
    # the academy carries a listed first name before its compound: the body, not a person, and so is its box
    text = ("Utsända lärare, våren 2028\n"
            "Ingrid Marklundakademin, enheten för utsändning, Box 48, 871 40 Härnösand\n"
            "Växel 0611-400 00. E-post utsandning@iml-akademi.se\n\n"
            "\fBesked\nIngrid Marklundakademin\nBox 48, 871 40 Härnösand\n\nDitt uppdrag börjar i mars.\n")
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE", "PERSON"))
    assert not any("871 40" in m or "akademin" in m for m in masked), masked


@pytest.mark.parametrize("text, own", [
    # the box, switchboard and mailbox on one line under the body's names; the handler's name on the next line is
    # the list's, not the letterhead's
    ("Obetalda avgifter, mars 2028\nFjällfiskerådet, fiskekortsenheten, ekonomi\n"
     "Box 11 210, 831 20 Fjällvik. Växel 010-123 45 00. E-post ekonomi@fjallfiske-radet.se\n"
     "Handläggare Per Ekvall (PEk), veterinär Oskar Lind.\n\n"
     "\fPåminnelse\nFjällfiskerådet\nBox 11 210, 831 20 Fjällvik\n\n"
     "Tove Lindahl\nBox 118\n831 91 Fjällvik\n", "831 20"),
    # a great body's own postal code and no box opening the switchboard's line, and again under its name
    ("Arvoden för granskning, VT 2027\nEkby högskola, fakulteten för teknik, kansliet\n"
     "205 06 Ekby. Växel 040-665 70 00. Funktionsbrevlåda kansli@ekby-hogskola.se\n"
     "Handläggare Per Ek (PEk).\n\n"
     "\fUnderlag för arvode\nEkby högskola, kansliet\n205 06 Ekby\n\n"
     "Tove Lindahl\nBox 118\n831 91 Fjällvik\n", "205 06"),
])
def test_the_box_before_the_switchboard_on_its_line_stays_with_a_handler_named_below(blank_detector, text, own):
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any(own in m for m in masked), masked
    assert any("831 91" in m for m in masked), masked
