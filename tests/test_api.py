"""The public library API: analyze_text, anonymize_text, redact_pdf, Detector.add_recognizer, custom categories."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pymupdf
import pytest
from presidio_analyzer import Pattern, PatternRecognizer

import redact
from redact.detect.engine import Detector
from redact.detect.patterns import Rule
from redact.findings_io import findings_to_json, load_findings
from redact.policy import load_profile
from redact.types import Document
from tests.conftest import mupdf_text, pdftotext, write_text_pdf

# Fictional people; the personnummer has a valid check digit.
LETTER = (
    "Beslut om bistånd\r\n"
    "Klienten Anna Svensson (19850312-2387) ringde från 070-123 45 67.\r\n"
    "Lina Svensson, hennes syster, kom också. Handläggare: Omar Haddad.\n"
    "Annas ansökan bifalls. Intern kod EMP-00123."
)
LETTER_PLUS = LETTER + " Bistånd beviljas."
CUSTOM_PROFILE = """
name = "kommun"
default_ground = "26 kap. 1 § OSL"
[categories]
PERSON = { ground = "26 kap. 1 § OSL" }
PHONE = { ground = "26 kap. 1 § OSL", mask = false, disclose = "växelnummer" }
EMPLOYEE_ID = { ground = "39 kap. 3 § OSL" }
"""


@pytest.fixture
def shared(model_detector, monkeypatch):
    """The session's loaded detector as the library's default one (no second model load)."""
    monkeypatch.setattr("redact.api._default", model_detector)
    return model_detector


@pytest.fixture
def own_detector(model_detector):
    """A detector of its own (recognizers get added to it) on the already loaded pipeline."""
    return Detector(nlp=model_detector.nlp)


def test_public_api_is_exported_and_typed():
    for name in redact.__all__:
        assert getattr(redact, name) is not None, name
    assert (Path(redact.__file__).parent / "py.typed").is_file()
    assert re.fullmatch(r"\d+\.\d+\.\d+", redact.__version__)


def test_analyze_text_is_merged_linked_and_keeps_the_callers_offsets(shared):
    findings = redact.analyze_text(LETTER)
    assert findings is not None and all(LETTER[f.start:f.end] == f.text for f in findings)
    by_text = {f.text: f for f in findings}
    assert {"Anna Svensson", "Lina Svensson", "Omar Haddad", "Annas", "19850312-2387", "070-123 45 67"} <= set(by_text)
    assert by_text["19850312-2387"].category == "PERSONNUMMER"
    # one person, one subject: the genitive first name belongs to Anna Svensson, not to Lina
    assert by_text["Annas"].subject == by_text["Anna Svensson"].subject != by_text["Lina Svensson"].subject
    assert all(f.subject for f in findings)
    # merged: no two findings overlap
    spans = sorted((f.start, f.end) for f in findings)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_categories_allow_and_deny(shared):
    only = redact.analyze_text(LETTER, categories=["PHONE", "PERSONNUMMER"])
    assert {f.category for f in only} == {"PHONE", "PERSONNUMMER"}
    with pytest.raises(redact.InputError):
        redact.analyze_text(LETTER, categories=["telefon"])
    # the official is allowed: every mention of him goes, nobody else's
    allowed = redact.analyze_text(LETTER + " Haddad svarade.", allow=["Omar Haddad"])
    assert not [f for f in allowed if "Haddad" in f.text]
    assert any(f.text == "Anna Svensson" for f in allowed)
    denied = redact.analyze_text(LETTER_PLUS, deny={"bistånd": "BENEFIT"}, categories=["PERSON"])
    hits = [f for f in denied if f.category == "BENEFIT"]
    assert [LETTER_PLUS[f.start:f.end] for f in hits] == ["bistånd", "Bistånd"]
    assert not any(f.category == "PHONE" for f in denied)
    # whole words only: "Anna" on the deny list does not hit "Annas"
    anna = redact.analyze_text("Annas bok och Anna.", deny=["Anna"], categories=["DENY_LIST"])
    assert [(f.text, f.category) for f in anna] == [("Anna", "DENY_LIST")]


def test_profile_sets_grounds_and_proposes_disclosure(shared, tmp_path):
    path = tmp_path / "kommun.toml"
    path.write_text(CUSTOM_PROFILE, encoding="utf-8")
    findings = redact.analyze_text(LETTER, profile=path)
    phone = next(f for f in findings if f.category == "PHONE")
    person = next(f for f in findings if f.category == "PERSON")
    assert phone.status == "rejected" and phone.reason.startswith("disclose:")
    assert person.status == "proposed" and person.legal_ground == "26 kap. 1 § OSL"


def test_custom_recognizer_category_flows_through_findings_file_and_profile(own_detector, tmp_path):
    own_detector.add_recognizer(Rule("emp", re.compile(r"\bEMP-\d{5}\b"), 0.9), category="EMPLOYEE_ID")
    own_detector.add_recognizer(PatternRecognizer(supported_entity="CASE_NUMBER", supported_language="sv",
                                                  patterns=[Pattern("dnr", r"\bSN \d{4}/\d{3}\b", 0.8)]))
    text = LETTER + " Dnr SN 2026/123."
    findings = redact.analyze_text(text, detector=own_detector)
    cats = {f.text: f.category for f in findings}
    assert cats["EMP-00123"] == "EMPLOYEE_ID" and cats["SN 2026/123"] == "CASE_NUMBER"
    # the findings file carries and reads back a custom category
    doc = Document(name="a.txt", sha256="ab" * 32, pages=1, kind="txt")
    data = findings_to_json(doc, findings)
    assert data["format"] == "redact-findings-1"
    (tmp_path / "f.json").write_text(json.dumps(data), encoding="utf-8")
    back = load_findings(tmp_path / "f.json", doc)
    assert {f.category for f in back} >= {"EMPLOYEE_ID", "CASE_NUMBER"}
    # and so does a profile
    (tmp_path / "kommun.toml").write_text(CUSTOM_PROFILE, encoding="utf-8")
    assert load_profile(tmp_path / "kommun.toml").ground_for("EMPLOYEE_ID") == "39 kap. 3 § OSL"
    emp = next(f for f in redact.analyze_text(text, detector=own_detector, profile=tmp_path / "kommun.toml")
               if f.category == "EMPLOYEE_ID")
    assert emp.legal_ground == "39 kap. 3 § OSL"


def test_add_recognizer_refuses_what_would_silently_find_nothing(own_detector):
    with pytest.raises(ValueError, match="supported_language"):
        own_detector.add_recognizer(PatternRecognizer(supported_entity="X_ID", patterns=[Pattern("x", r"X\d", 0.5)]))
    with pytest.raises(ValueError, match="category"):
        own_detector.add_recognizer(Rule("x", re.compile(r"X\d"), 0.5))
    with pytest.raises(ValueError, match="category name"):
        own_detector.add_recognizer(Rule("x", re.compile(r"X\d"), 0.5), category="employee id")


def test_anonymize_text_operators(shared):
    replaced = redact.anonymize_text(LETTER)
    masked = redact.anonymize_text(LETTER, operator="mask")
    pseudo = redact.anonymize_text(LETTER, operator="pseudonym")
    for out in (replaced, masked, pseudo):
        for secret in ("Svensson", "Haddad", "Annas", "2387", "45 67"):
            assert secret not in out, (secret, out)
        # the code after "Intern kod" is an identifier to the learned tagger; the letter's own words stay
        assert "Beslut om bistånd" in out and "ansökan bifalls" in out
    assert "Klienten [PERSON] ([PERSONNUMMER])" in replaced
    assert len(masked) == len(LETTER) and "*************" in masked and "\r\n" in masked
    # pseudonyms: one number per person wherever that person stands
    assert pseudo.index("[PERSON 1]") < pseudo.index("[PERSON 2]") < pseudo.index("[PERSON 3]")
    assert "[PERSON 1] ansökan" in pseudo  # "Annas" is Anna Svensson
    assert "Klienten [PERSON 1]" in pseudo and "[PERSON 2], hennes syster" in pseudo
    assert "[PHONE 1]" in pseudo
    with pytest.raises(ValueError):
        redact.anonymize_text(LETTER, operator="shuffle")  # type: ignore[arg-type]


def _letter_pdf(path: Path) -> Path:
    return write_text_pdf(path, [["Beslut om bistånd", "Klienten Fatima Lindqvist, 19850312-2387, har ansökt.",
                                  "Handläggare: Mikael Öberg"]])


def _assert_redacted(pdf: Path) -> None:
    for text in (mupdf_text(pdf), pdftotext(pdf)):
        assert "Lindqvist" not in text and "2387" not in text
        assert "Beslut om bistånd" in text


def test_redact_pdf_from_bytes_to_a_stream_and_from_a_file_to_a_path(shared, tmp_path):
    src = _letter_pdf(tmp_path / "brev.pdf")
    sink = io.BytesIO()
    result = redact.redact_pdf(src.read_bytes(), sink, name="brev.pdf")
    assert result.output is None and result.pdf is not None and sink.getvalue() == result.pdf
    assert result.verification is not None and result.verification.ok
    out = tmp_path / "from-bytes.pdf"
    out.write_bytes(result.pdf)
    with pymupdf.open(out) as doc:
        assert doc.page_count == 1
    _assert_redacted(out)
    assert result.document.name == "brev.pdf"

    target = tmp_path / "from-file.pdf"
    with src.open("rb") as fh:
        result = redact.redact_pdf(fh, target, label="category", ocr=False)
    assert result.output == target and result.pdf is None
    _assert_redacted(target)
    with pytest.raises(TypeError, match="unknown option"):
        redact.redact_pdf(src, tmp_path / "x.pdf", colour="red")
    with pytest.raises(redact.InputError):
        redact.redact_pdf(b"not a pdf")
