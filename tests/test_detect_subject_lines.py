"""Every rule that reads a subject line knows the same labels ("Ämne:", "Sv:", "Betreff:", "Тема:", "Konu:",
"Tiêu đề:"), and a word's tail before a colon ("Service Centre:") opens no subject line. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect import numbered_plates, plates_after_makes
from redact.detect.labelled_id import LabelledIdRecognizer
from redact.detect.subject_lines import after_subject_label, on_subject_line, subject_lines
from redact.resolve.subject_short_ids import find_subject_short_ids
from redact.types import Finding

LABELS = ["Ämne", "ÄMNE", "Subject", "Angående", "Ang.", "Re", "SV", "Vb", "Fwd", "Fw", "Betreff", "Asunto",
          "Assunto", "Objet", "Oggetto", "Onderwerp", "Aihe", "Emne", "Temat", "Тема",
          "Konu", "Tema", "Tēma", "Teema", "Předmět", "Predmet", "Tárgy", "Efni", "Tiêu đề", "Chủ đề", "Θέμα",
          "Temats", "Mawduuc", "Subiect", "Subjekti", "Perihal", "Perkara", "Paksa", "Ábhar", "الموضوع", "נושא", "제목",
          "件名", "主题"]


def _rule(module, text: str) -> list[str]:
    return [text[v.start:v.end] for r in module.RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


@pytest.mark.parametrize("label", LABELS)
def test_each_label_opens_a_subject_line(label):
    text = f"Hej!\n  {label}: Ärende 5512\nMvh"
    at = text.index("5512")
    assert on_subject_line(text, at)
    assert [m.group().strip() for m in subject_lines(text)] == [f"{label}: Ärende 5512"]
    assert after_subject_label(f"{label}: 5512", len(label) + 2)


@pytest.mark.parametrize("text", ["Service Centre: Ärende 5512", "Adresse: Storgatan 5512", "Ärende 5512, ämne: x",
                                  "Genre: Ärende 5512"])
def test_a_words_tail_or_a_label_inside_the_line_opens_none(text):
    assert not on_subject_line(text, text.index("5512"))
    assert subject_lines(text) == [] or all(m.start() > text.index("5512") for m in subject_lines(text))


def test_a_short_form_after_a_reply_label_is_masked():
    page = "| KK-5512-26 | Vera Lind |\nSv: Kundkort 5512"
    start = page.index("KK-5512-26")
    found = Finding(id="p1-0", page=1, start=start, end=start + 10, text="KK-5512-26", category="ID_NUMBER",
                    score=0.85, detector="table_column")
    assert [f.text for f in find_subject_short_ids([found], {1: page})] == ["5512"]


def test_a_role_and_a_number_after_a_reply_label():
    text = "Sv: Omprövning, student 5531207\nHej!"
    found = [text[r.start:r.end] for r in LabelledIdRecognizer().analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]
    assert "5531207" in found


def test_a_makers_serial_ends_a_german_subject_line():
    assert _rule(numbered_plates, "Betreff: 3307-27, Brenneke B2x nr M551930") == ["Brenneke B2x nr M551930"]


def test_a_car_opens_a_polish_subject_line_but_not_a_centres_name():
    assert _rule(plates_after_makes, "Temat: Skoda Fabia KTR 55B, szkoda") == ["Skoda Fabia KTR 55B"]
    assert _rule(plates_after_makes, "Service Centre: Saab 9-5 KTR 558, bokad") == []
