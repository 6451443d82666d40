#!/usr/bin/env python3
"""Print what a case of many files costs and whether everything that must go is gone.

The case: N input files (default 40) built in code with fictional people: e-mails with an
attachment (a Word file or a PDF), 2-page Word files, Excel workbooks (a hidden sheet
among them), scans saved as PNG, and PDFs. It is redacted with ``--jobs 1`` and with
``--jobs 2`` (each worker loads the model once); LibreOffice's conversion time per
2-page Word file is measured after the first (start-up with a fresh profile). Recall:
every must-mask item of every document is looked for in its output with pdftotext and
with a fresh Tesseract reading of the rendered output pages.

Usage: .venv/bin/python scripts/benchmark_case.py [--files N] [--keep DIR] [--no-ocr-check]
Needs python-docx and openpyxl (the test extras) and LibreOffice (scripts/setup.sh).
Run it on an idle machine: it prints the load average before it starts.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Amira", "Johan", "Linnea", "Mehmet", "Sofia", "Nguyen", "Karin", "Elias", "Fatima", "Oskar",
         "Hanna", "Ibrahim", "Ebba", "Juan", "Aylin", "Viktor", "Maja", "Hugo", "Noor", "Gustav"]
LAST = ["Haddad", "Lindqvist", "Svensson", "Kaya", "Berglund", "Tran", "Nyström", "Lindgren", "Yilmaz", "Ek",
        "Virtanen", "Osman", "Holm", "Pérez", "Demir", "Johansson", "Sandberg", "Eriksson", "Rahimi", "Ekström"]


def person(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n * 7 + 3) % len(LAST)]}"


def phone(n: int) -> str:
    return f"070-{100 + n % 900:03d} {10 + n % 89:02d} {10 + (n * 3) % 89:02d}"


def _pdf(path: Path, lines: list[str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=11)
        y += 18
    doc.save(path)


def _docx(path: Path, n: int) -> list[str]:
    import docx

    d = docx.Document()
    who, other = person(n), person(n + 11)
    d.add_heading("Utredning", level=1)
    for i in range(22):
        d.add_paragraph(f"Stycke {i + 1}. Handläggaren har talat med {who} om ärendet och dokumenterat samtalet "
                        "enligt rutinen för utredningar inom individ- och familjeomsorgen.")
    d.add_page_break()
    d.add_paragraph(f"Kontaktperson {other}, telefon {phone(n)}.")
    d.core_properties.author = person(n + 5)
    d.save(path)
    return [who, other, phone(n), person(n + 5)]


def _xlsx(path: Path, n: int) -> list[str]:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Namn", "Enhet", "Telefon"])
    people = [person(n + k) for k in range(5)]
    for k, p in enumerate(people):
        ws.append([p, "Ekonomi", phone(n + k)])
    hidden = wb.create_sheet("Dold")
    hidden["A1"] = f"Anteckning om {person(n + 13)}"
    hidden.sheet_state = "hidden"
    wb.save(path)
    return [*people, *(phone(n + k) for k in range(5)), person(n + 13)]


def _png(path: Path, n: int) -> list[str]:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Intyg", fontsize=16)
    page.insert_text((72, 130), f"Patienten {person(n)} har besökt mottagningen.", fontsize=13)
    page.insert_text((72, 155), f"Telefon {phone(n)}", fontsize=13)
    page.get_pixmap(dpi=200).save(path)
    return [person(n), phone(n)]


def _eml(path: Path, n: int, attach_dir: Path, secrets: dict[str, list[str]]) -> list[str]:
    m = EmailMessage()
    sender, about = person(n), person(n + 2)
    m["From"] = f"{sender} <{sender.split()[0].lower()}@example.se>"
    m["To"] = "registrator@example.se"
    m["Subject"] = f"Ärende {n}"
    m["Date"] = "Tue, 03 Mar 2026 10:15:00 +0100"
    m.set_content(f"Hej,\n\n{about} ringde i dag från {phone(n)}.\n\nMvh {sender}\n")
    if n % 2:
        att = attach_dir / f"att{n}.docx"
        secrets[f"{path.name}/bilaga.docx"] = _docx(att, n + 30)
        m.add_attachment(att.read_bytes(), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="bilaga.docx")
    else:
        att = attach_dir / f"att{n}.pdf"
        who = person(n + 40)
        _pdf(att, ["Beslut", f"Sökande {who}", f"Telefon {phone(n + 40)}"])
        secrets[f"{path.name}/bilaga.pdf"] = [who, phone(n + 40)]
        m.add_attachment(att.read_bytes(), maintype="application", subtype="pdf", filename="bilaga.pdf")
    path.write_bytes(bytes(m))
    return [sender, about, phone(n)]


def build_case(folder: Path, files: int) -> dict[str, list[str]]:
    """The input files and, per document (attachments included), what must not be readable."""
    folder.mkdir(parents=True)
    scratch = folder.parent / "scratch"
    scratch.mkdir()
    secrets: dict[str, list[str]] = {}
    kinds = ["eml", "docx", "xlsx", "png", "pdf"]
    shares = {"eml": 10, "docx": 10, "xlsx": 8, "png": 6, "pdf": 6}
    plan = [k for k in kinds for _ in range(round(shares[k] * files / 40))][:files]
    for n, kind in enumerate(plan):
        path = folder / f"{n:02d}.{kind}"
        if kind == "eml":
            secrets[path.name] = _eml(path, n, scratch, secrets)
        elif kind == "docx":
            secrets[path.name] = _docx(path, n)
        elif kind == "xlsx":
            secrets[path.name] = _xlsx(path, n)
        elif kind == "png":
            secrets[path.name] = _png(path, n)
        else:
            who = person(n)
            _pdf(path, ["Protokoll", f"Närvarande: {who}", f"Telefon {phone(n)}"])
            secrets[path.name] = [who, phone(n)]
    shutil.rmtree(scratch)
    return secrets


def run(folder: Path, outdir: Path, jobs: int) -> tuple[float, list]:
    from redact.case.engine import LocalEngine
    from redact.case.runner import run_case
    from redact.pipeline import RunOptions

    engine = LocalEngine(jobs)
    t0 = time.perf_counter()
    try:
        result = run_case([folder], outdir, RunOptions(), engine=engine, out=io.StringIO())
    finally:
        engine.close()
    return time.perf_counter() - t0, result.results


def ocr_text(pdf: Path) -> str:
    out = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            png = page.get_pixmap(dpi=200).tobytes("png")
            out.append(subprocess.run(["tesseract", "stdin", "stdout", "-l", "swe"], input=png,
                                      capture_output=True, check=True).stdout.decode("utf-8", "replace"))
    return "\n".join(out)


def recall(results, secrets: dict[str, list[str]], ocr: bool) -> tuple[int, int, list[str]]:
    gone = total = 0
    leaks: list[str] = []
    for r in results:
        key = "/".join(Path(r.origin).parts[-2:]) if "/" in r.origin and Path(r.origin).parent.suffix == ".eml" \
            else Path(r.origin).name
        must = secrets.get(key, [])
        if r.status != "ok":
            leaks.append(f"{key}: vägrad ({r.error})")
            continue
        readings = [subprocess.run(["pdftotext", "-q", str(r.output), "-"], capture_output=True, text=True).stdout]
        if ocr:
            readings.append(ocr_text(r.output))
        for item in must:
            total += 1
            if any(" ".join(item.split()) in " ".join(text.split()) for text in readings):
                leaks.append(f"{key}: {item[:2]}…")
            else:
                gone += 1
    return gone, total, leaks


def office_seconds(folder: Path, count: int = 6) -> list[float]:
    from redact.case.libreoffice import start_server, stop_server
    from redact.case.office import convert_office

    times = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(count):
                src = Path(tmp) / f"w{n}.docx"
                _docx(src, 100 + n)
                t0 = time.perf_counter()
                start_server()  # as a worker does before each office file: one LibreOffice for all of them
                convert_office(src, Path(tmp) / f"w{n}.pdf")
                times.append(time.perf_counter() - t0)
    finally:
        stop_server()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--keep", type=Path, help="keep the case and the outputs here")
    ap.add_argument("--no-ocr-check", action="store_true", help="check recall with pdftotext only")
    args = ap.parse_args()
    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-case-"))
    try:
        secrets = build_case(tmp / "in", args.files)
        docs = len(secrets)
        print(f"case: {args.files} input files, {docs} documents (e-mail attachments included)")
        t1, res1 = run(tmp / "in", tmp / "ut1", 1)
        pages = sum(r.pages for r in res1)
        print(f"--jobs 1: {t1:.1f} s ({pages} pages, {pages / t1:.2f} pages/s, "
              f"{sum(r.status != 'ok' for r in res1)} refused)")
        t2, res2 = run(tmp / "in", tmp / "ut2", 2)
        print(f"--jobs 2: {t2:.1f} s (speed-up {t1 / t2:.2f}x)")
        same = [(r.origin, r.pages, r.masks) for r in res1] == [(r.origin, r.pages, r.masks) for r in res2]
        print(f"same documents, pages and masks with 1 and 2 jobs: {same}")
        times = office_seconds(tmp)
        print(f"LibreOffice, 2-page Word file: first {times[0]:.2f} s, then median {statistics.median(times[1:]):.2f} s "
              f"(min {min(times[1:]):.2f}, max {max(times[1:]):.2f})")
        gone, total, leaks = recall(res2, secrets, not args.no_ocr_check)
        how = "pdftotext" + ("" if args.no_ocr_check else " and Tesseract on the rendered output")
        print(f"must-mask items unreadable ({how}): {gone} of {total} ({100 * gone / max(total, 1):.1f} %)")
        for leak in leaks[:20]:
            print(f"  still readable or refused: {leak}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
