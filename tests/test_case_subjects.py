"""A person masked in one document of a case is looked for in all of its documents.

The e-mail names its sender in full; the screenshot attached to it shows only the user name
formed from that name and the surname alone, the note only the first name. Each document on
its own would leave them readable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from conftest import mupdf_text, pdftotext

from redact.case.subjects import CaseSubject, find_subjects, merge_subjects, subjects_of, usernames
from redact.types import Finding

ROOT = Path(__file__).resolve().parents[1]

# a first name and a surname the detector does not propose when they stand alone
FIRST, LAST = "Dilnoza", "Vretblad"
USER = "dilnozavretblad"  # first+last, as in C:\Users\dilnozavretblad\
SHORT_USER = "dvretblad"  # initial+last, in the screenshot's second path
NUMBER = "19790412-3382"  # written 790412 3382 in the note


def _screenshot() -> bytes:
    """A PNG like a screenshot of an Explorer window: paths with the user names, and the surname alone."""
    doc = pymupdf.open()
    page = doc.new_page(width=520, height=200)
    lines = [f"C:\\Users\\{USER}\\Documents\\Ansokan", f"Senast sparad av {LAST} 2026-03-02",
             f"\\\\filserver\\hem\\{SHORT_USER}\\Bilder"]
    y = 40.0
    for line in lines:
        page.insert_text((20, y), line, fontsize=16)
        y += 40
    png = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY, alpha=False).tobytes("png")
    doc.close()
    return png


def test_the_inputs_show_what_must_go(tmp_path):
    """The screenshot as OCR reads it names the person only by user names and surname."""
    png = tmp_path / "skarmbild.png"
    png.write_bytes(_screenshot())
    pdf = tmp_path / "skarmbild.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page(width=520, height=200)
        page.insert_image(page.rect, filename=str(png))
        doc.save(pdf)
    assert {LAST, USER} <= set(_readable(_ocr_text(pdf))) and FIRST not in _ocr_text(pdf)


def _case(folder: Path) -> Path:
    folder.mkdir()
    m = EmailMessage()
    m["From"] = f"{FIRST} {LAST} <{FIRST.lower()}.{LAST.lower()}@example.se>"
    m["To"] = "registrator@example-kommun.se"
    m["Subject"] = "Ansökan om bostadsanpassning"
    m["Date"] = "Mon, 02 Mar 2026 09:30:00 +0100"
    m.set_content(f"Hej,\n\nJag bifogar en skärmbild av felet.\n\nMed vänliga hälsningar\n{FIRST} {LAST}\n"
                  f"Personnummer {NUMBER}\n")
    m.add_attachment(_screenshot(), maintype="image", subtype="png", filename="skarmbild.png")
    m.add_attachment(f"Anteckning från telefonsamtal.\n\n{FIRST} berättade att ansökan sparades fel. "
                     f"Hon lämnade nummer 790412 3382.\n".encode(), maintype="text", subtype="plain",
                     filename="anteckning.txt")
    (folder / "brev.eml").write_bytes(bytes(m))
    return folder


def _run(inputs: Path, out: Path, log: Path, *extra: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "REDACT_LOG": str(log)}
    env.pop("REDACT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", "run", str(inputs), "-o", str(out), *map(str, extra)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)


def _ocr_text(pdf: Path) -> str:
    from redact.ingest.ocr import ocr_page, tesseract_available

    if not tesseract_available():
        pytest.fail("Tesseract with Swedish is installed by make setup")
    with pymupdf.open(pdf) as doc:
        return "\n".join(ocr_page(p).text for p in doc)


def _outputs(out: Path) -> dict[str, Path]:
    """Each written output by the name of its input."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {Path(d["input"]).name: out / d["output"] for d in manifest["documents"] if d["status"] == "ok"}


def _readable(text: str) -> list[str]:
    folded = text.casefold()
    return [s for s in (FIRST, LAST, USER, SHORT_USER, "7904123382", "790412 3382", "790412-3382")
            if s.casefold() in folded or s.casefold() in folded.replace(" ", "")]


@pytest.fixture(scope="module")
def case_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("subjects")
    case = _case(tmp / "in")
    out, audit = tmp / "ut", tmp / "granskning.json"
    done = _run(case, out, tmp / "log.jsonl", "--jobs", "1", "--audit", audit)
    assert done.returncode == 0, done.stdout + done.stderr
    return tmp, out, audit


def test_the_sender_is_masked_in_every_attachment(case_run):
    _, out, _ = case_run
    outputs = _outputs(out)
    assert sorted(outputs) == ["anteckning.txt", "brev.eml", "skarmbild.png"]
    for pdf in outputs.values():
        for reader in (mupdf_text, pdftotext):
            assert not _readable(reader(pdf)), (pdf.name, reader.__name__, _readable(reader(pdf)))
    image = outputs["skarmbild.png"]
    assert not _readable(_ocr_text(image)), _readable(_ocr_text(image))


def test_the_screenshot_keeps_its_other_text(case_run):
    _, out, _ = case_run
    text = _ocr_text(_outputs(out)["skarmbild.png"])
    for kept in ("Ansokan", "Senast sparad av", "2026-03-02", "Bilder"):
        assert kept in text, (kept, text)


def test_manifest_and_audit_hold_no_masked_text(case_run):
    tmp, out, audit = case_run
    for path in (out / "manifest.json", audit, tmp / "log.jsonl"):
        assert not _readable(path.read_bytes().decode("utf-8", "replace")), path
    record = json.loads(audit.read_text(encoding="utf-8"))
    masks = [m for doc in record["documents"] for m in doc["masks"]]
    crossed = [m for m in masks if m["detector"] == "case_subject"]
    assert crossed, "the attachments' masks come from the e-mail's subject"
    assert all(m["category"] in ("PERSON", "PERSONNUMMER") and m["legal_ground"] for m in crossed)


def test_with_two_jobs_the_outputs_are_the_same(case_run):
    tmp, out, _ = case_run
    out2 = tmp / "ut2"
    done = _run(tmp / "in", out2, tmp / "log2.jsonl", "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    one = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    two = json.loads((out2 / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert [(d["output"], d["masks"]) for d in one] == [(d["output"], d["masks"]) for d in two]
    for d in two:
        pdf = out2 / d["output"]
        assert not _readable(mupdf_text(pdf)) and not _readable(pdftotext(pdf))
    assert not _readable(_ocr_text(_outputs(out2)["skarmbild.png"]))


# ------------------------------------------------------------------ the parts on their own

def _person(text: str, subject: str = "S1", status: str = "proposed", category: str = "PERSON") -> Finding:
    return Finding(id="f1", page=1, start=0, end=len(text), text=text, category=category, score=0.9,
                   detector="ner", subject=subject, status=status)


def test_usernames_of_a_name():
    forms = usernames("Ann Lindqvist")
    assert {"annlindqvist", "ann.lindqvist", "alindqvist", "annlin", "lindqvistann"} <= forms
    assert "ann" not in forms and "annl" not in forms  # too short to be anyone's alone
    assert {"asaoberg", "asa.oberg", "åsa.öberg"} <= usernames("Åsa Öberg")
    assert "maria" not in usernames("Mari Andersson") and "mariandersson" in usernames("Mari Andersson")  # Maria is someone else


def test_only_masked_persons_with_a_full_name_are_carried():
    found = subjects_of([_person("Ann Lindqvist"), _person("Ann", "S2"), _person("Bo Ek", "S3", "rejected")], 1)
    assert [s.mentions for s in found] == [("Ann Lindqvist",)]


def test_numbers_in_other_formats_are_one_subject():
    a = subjects_of([_person("19790412-3382", category="PERSONNUMMER")], 1)
    b = subjects_of([_person("790412-3382", category="PERSONNUMMER")], 3)
    merged = merge_subjects([a, b])
    assert len(merged) == 1 and merged[0].documents == (1, 3)


def test_a_disclosed_mention_stays_disclosed():
    subjects = [CaseSubject("PERSON", ("Ann Lindqvist",), (1,))]
    text = "Handläggare Ann Lindqvist. Lindqvist ringde."
    own = [Finding(id="f1", page=1, start=12, end=25, text="Ann Lindqvist", category="PERSON", score=0.9,
                   detector="officials", status="rejected", reason="disclose: tjänsteperson")]
    new = find_subjects({1: text}, subjects, own, 2)
    assert [(f.text, f.start) for f in new] == [("Lindqvist", 27)]
    assert "Lindqvist" not in new[0].reason and "dokument 1" in new[0].reason


@pytest.mark.serial  # Ray takes the machine: after the parallel part, alone
def test_on_ray_the_result_is_the_same(case_run, ray_alone):
    ray = pytest.importorskip("ray", reason="ray är inte installerat (pip install -e '.[ray]')")
    from redact.audit_log import AuditLog
    from redact.case.ray_engine import RayEngine
    from redact.case.runner import run_case
    from redact.pipeline import RunOptions

    tmp, out, _ = case_run
    engine = RayEngine(2, retries=1)
    try:
        run = run_case([tmp / "in"], tmp / "ut-ray", RunOptions(), engine=engine, log=AuditLog(tmp / "log-ray.sqlite"),
                       out=open(os.devnull, "w"))
    finally:
        engine.close()
    assert not ray.is_initialized()
    assert [r.status for r in run.results] == ["ok"] * 3
    one = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    got = json.loads((tmp / "ut-ray" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert [(d["output"], d["masks"]) for d in got] == [(d["output"], d["masks"]) for d in one]
    for pdf in _outputs(tmp / "ut-ray").values():
        assert not _readable(mupdf_text(pdf)) and not _readable(pdftotext(pdf))
    assert not _readable(_ocr_text(_outputs(tmp / "ut-ray")["skarmbild.png"]))


def test_a_rerun_still_knows_the_subjects_of_the_kept_documents(case_run):
    """Only the note is redone; the person it names by first name was found in the kept e-mail."""
    import shutil

    tmp, out, _ = case_run
    again = tmp / "ut-igen"
    shutil.copytree(out, again)
    _outputs(again)["anteckning.txt"].unlink()
    done = _run(tmp / "in", again, tmp / "log3.jsonl", "--jobs", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("redan klar") == 2
    note = _outputs(again)["anteckning.txt"]
    assert not _readable(mupdf_text(note)) and not _readable(pdftotext(note))
