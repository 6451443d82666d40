"""A person named with the farm or village after "i", alone on its line as a table's cell is read ("Erik Persson i
Bränna"): the whole line is the name; the farm's word elsewhere on the page is a place, and in running text "i" and a
town after a name stay the place. Fictional people and places."""

from __future__ import annotations

from redact.document_detection import detect_text

TABLE = """Sökande
Ärende
Brukare
Född
412-7702-2031
Erik Persson i Bränna
1941
412-7710-2031
Karin Olsdotter
1952
Bränna fiskevårdsområde yttrar sig om ansökan.
Beslutet fattades av Ingrid Falk i Sundsvall samma dag.
"""


def masked(detector) -> list[str]:
    det = detect_text(TABLE, detector)
    return [TABLE[f.start:f.end] for f in det.findings if f.category == "PERSON" and f.status != "rejected"
            and f.start is not None]


def test_a_name_with_its_farm_after_i_alone_on_its_line_is_one_name(blank_detector):
    assert "Erik Persson i Bränna" in masked(blank_detector)


def test_the_farms_word_elsewhere_is_no_name_part(blank_detector):
    at = TABLE.index("Bränna fiskevårdsområde")
    det = detect_text(TABLE, blank_detector)
    assert not [f for f in det.findings if f.category == "PERSON" and f.status != "rejected"
                and f.start is not None and f.start <= at < f.end]


def test_a_town_after_i_in_running_text_stays_outside_the_name(blank_detector):
    names = masked(blank_detector)
    assert "Ingrid Falk" in names and not [n for n in names if "Sundsvall" in n]
