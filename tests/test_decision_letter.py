"""The decision letter: read back from the PDF, it lists every masked category with its ground."""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pymupdf
import pytest

from redact.audit_log import AuditLog, record_disclosure, record_request
from redact.cli_decisions import add_subcommands
from redact.decision_letter import render_decision
from redact.errors import AuditTamperedError, InputError
from redact.policy import load_profile
from redact.types import Disclosure, Document, Finding, Mask, Verification

SECRETS = ("Kalle Nilsson", "19800101-1234", "Storgatan 9", "kalle@example.se")


def _f(id, page, text, category, ground, status="accepted", reason=""):
    return Finding(id, page, 0, len(text), text, category, 0.9, "test", rects=((10, 10 * page, 80, 10 * page + 12),),
                   status=status, reason=reason, legal_ground=ground)


def _record(log: AuditLog, case: str = "BEG-7") -> None:
    record_request(log, case, "utredning och journalanteckningar", received="2025-03-03", reference="SN 2025/17")
    docs = [
        (Document("utredning.pdf", "a1" * 32, 3), [
            _f("f1", 1, SECRETS[0], "PERSON", "26 kap. 1 § OSL"),
            _f("f2", 1, SECRETS[1], "PERSONNUMMER", "26 kap. 1 § OSL"),
            _f("f3", 3, SECRETS[2], "ADDRESS", "21 kap. 3 § OSL"),  # a reviewer chose another ground by hand
            _f("f4", 3, "Anna Svensson", "PERSON", "26 kap. 1 § OSL", "rejected", "disclose: tjänsteman i tjänsteutövning"),
            _f("f5", 2, "0701234567", "PHONE", "26 kap. 1 § OSL", "rejected", "disclose: tjänsteman i tjänsteutövning"),
        ]),
        (Document("journal.pdf", "b2" * 32, 2), [
            _f("f1", 2, SECRETS[3], "EMAIL", "26 kap. 1 § OSL"),
        ]),
        (Document("kallelse.pdf", "c3" * 32, 1), []),
    ]
    for doc, findings in docs:
        masks = tuple(Mask(f.id, f.page, f.rects, f.category, f.detector, f.score, f.status, f.legal_ground, text=f.text)
                      for f in findings if f.status != "rejected")
        record_disclosure(log, case, Disclosure(doc, None, tuple(findings), masks, Verification(True, len(masks))),
                          reviewer="handläggare 3", profile="socialtjanst")


def _text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc)


@pytest.fixture()
def letter(tmp_path: Path) -> tuple[AuditLog, Path, str]:
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    out = tmp_path / "beslut.pdf"
    render_decision(log, "BEG-7", out, decision_maker="Eva Berg, enhetschef", authority="Exempelkommunens socialnämnd",
                    date="2025-03-10")
    return log, out, _text(out)


def _page_line(text: str, page: int, doc_name: str) -> str:
    part = text.split(doc_name)[-1]  # the masked-data section comes after the list of documents
    m = re.search(rf"Sida {page}: (.*?)(?= • | Sida \d|\s[a-zåäö]+\.pdf| Skäl för beslutet)", part)
    assert m, f"no line for page {page} of {doc_name}"
    return m.group(1)


def test_every_masked_category_is_listed_with_its_ground(letter):
    _, _, text = letter
    assert _page_line(text, 1, "utredning.pdf") == "namn (26:1 OSL), personnummer (26:1 OSL)"
    assert _page_line(text, 3, "utredning.pdf") == "adress (21:3 OSL)"
    assert _page_line(text, 2, "journal.pdf") == "e-postadress (26:1 OSL)"
    assert "Sida 2: telefonnummer" not in text  # proposed for disclosure: not masked, not in the decision


def test_letter_has_request_reasoning_decision_maker_and_appeal(letter):
    _, _, text = letter
    assert "utredning och journalanteckningar" in text and "SN 2025/17" in text and "2025-03-03" in text
    assert "kallelse.pdf (1 sida) lämnas ut i sin helhet" in text
    assert "Beslutsdatum: 2025-03-10" in text
    assert "26 kap. 1 § OSL (26:1 OSL)" in text and "omvänt skaderekvisit" in text  # the profile's reasoning
    assert "21 kap. 3 § OSL (21:3 OSL)" in text  # a ground outside the profile still gets a reasoning paragraph
    assert "Eva Berg, enhetschef" in text
    assert "kammarrätten" in text and "inom tre veckor" in text and "Exempelkommunens socialnämnd" in text
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_letter_reads_the_same_with_pdftotext(letter):
    _, out, _ = letter
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Sida 1: namn (26:1 OSL), personnummer (26:1 OSL)" in text
    assert "offentlighets- och sekretesslagen" in text  # no ligatures: the text extracts as written


def test_own_template_changes_the_wording(tmp_path: Path):
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    tpl = tmp_path / "mall.toml"
    tpl.write_text('[authority]\nname = "Norrby kommun"\n[text]\nappeal_heading = "Så överklagar du"\n'
                   '[categories]\nPERSONNUMMER = "personnr"\n', encoding="utf-8")
    out = tmp_path / "b.pdf"
    render_decision(log, "BEG-7", out, template=tpl)
    text = _text(out)
    assert "Så överklagar du" in text and "Norrby kommun" in text
    assert "personnr (26:1 OSL)" in text
    assert "____" in text  # no decision-maker given: a line to sign on


def test_template_with_an_unknown_field_is_refused(tmp_path: Path):
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    tpl = tmp_path / "mall.toml"
    tpl.write_text('[text]\ndecision = "Beslut av {nämnd}"\n', encoding="utf-8")
    with pytest.raises(InputError, match="nämnd"):
        render_decision(log, "BEG-7", tmp_path / "b.pdf", template=tpl)
    assert not (tmp_path / "b.pdf").exists()


def test_profile_given_explicitly_changes_the_reasoning(tmp_path: Path):
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    out = tmp_path / "b.pdf"
    render_decision(log, "BEG-7", out, profile=load_profile("default"))
    assert "26:1 OSL" in _text(out)  # recorded grounds are kept; the profile only fills gaps


def test_no_masks_no_refusal(tmp_path: Path):
    log = AuditLog(tmp_path / "audit.sqlite")
    record_request(log, "B1", "allt")
    record_disclosure(log, "B1", Disclosure(Document("a.pdf", "d4" * 32, 1), None, (), (), None), reviewer="x")
    with pytest.raises(InputError, match="inget har maskerats"):
        render_decision(log, "B1", tmp_path / "b.pdf")
    with pytest.raises(InputError, match="finns inte"):
        render_decision(log, "okänt", tmp_path / "b.pdf")


def test_tampered_log_gives_no_letter(tmp_path: Path):
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    con = sqlite3.connect(log.path, isolation_level=None)
    con.execute("DROP TRIGGER entries_no_update")
    con.execute("UPDATE entries SET payload = replace(payload, '26 kap. 1', '99 kap. 1') WHERE kind = 'decision'")
    con.close()
    with pytest.raises(AuditTamperedError):
        render_decision(log, "BEG-7", tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_cli_decision(tmp_path: Path, capsys):
    log = AuditLog(tmp_path / "audit.sqlite")
    _record(log)
    parser = argparse.ArgumentParser(prog="redact")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    out = tmp_path / "beslut.pdf"
    args = parser.parse_args(["decision", "BEG-7", "-o", str(out), "--log", str(log.path), "--profile", "socialtjanst",
                              "--decision-maker", "Eva Berg"])
    assert args.func(args) == 0
    assert "Eva Berg" in _text(out)
    args = parser.parse_args(["decision", "BEG-7", "-o", str(out), "--log", str(log.path), "--profile", "okänd"])
    with pytest.raises(InputError, match="socialtjanst"):
        args.func(args)
