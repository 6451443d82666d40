"""LibreOffice in a case run: started once per worker, not twice per file, and nothing of it left behind."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from conftest import mupdf_text, pdftotext

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas (scripts/setup.sh installerar den)")


def _uno_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("uno") is not None or Path("/usr/lib/python3/dist-packages/uno.py").is_file()


def _docx(path: Path, who: str) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(f"Handläggaren talade med {who} om ansökan.")
    d.add_page_break()
    d.add_paragraph(f"Beslutet skickades till {who}.")
    d.save(path)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """TMPDIR of its own, so what a run leaves there can be counted."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    return tmp


@pytest.fixture
def soffice_starts(tmp_path, monkeypatch):
    """The process ids of every soffice started, also in forked children (written to a file)."""
    log = tmp_path / "starts.txt"
    log.touch()
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, cmd, *args, **kwargs):
            super().__init__(cmd, *args, **kwargs)
            if cmd and Path(str(cmd[0])).name in ("soffice", "libreoffice"):
                with open(log, "a") as f:
                    f.write(json.dumps([self.pid, [str(c) for c in cmd]]) + "\n")

    monkeypatch.setattr(subprocess, "Popen", Counting)
    return lambda: [json.loads(line)[0] for line in log.read_text().splitlines()]


def _pipes_left(log: Path) -> list[str]:
    """LibreOffice's socket files in /tmp of the soffice started (it puts them there whatever TMPDIR says)."""
    names = set()
    for line in log.read_text().splitlines():
        for arg in json.loads(line)[1]:
            if arg.startswith("--accept=pipe,name="):
                names.add(arg.split("=", 2)[2].split(";")[0])
            if arg.startswith("-env:UserInstallation="):
                url = arg.split("=", 1)[1].encode("utf-16-le")
                names.add("SingleOfficeIPC_" + "".join(format(b, "x") for b in hashlib.md5(url).digest()))
    return [n for n in names if any(Path(f"{d}/OSL_PIPE_{os.getuid()}_{n}").exists() for d in ("/tmp", "/var/tmp"))]


def _run(folder: Path, outdir: Path):
    from redact.case.engine import LocalEngine
    from redact.case.runner import run_case
    from redact.pipeline import RunOptions

    engine = LocalEngine(1)
    try:
        run = run_case([folder], outdir, RunOptions(), engine=engine, audit=outdir.parent / "audit.sqlite",
                       out=io.StringIO())
    finally:
        engine.close()
    return {Path(r.origin).name: r for r in run.results}


def _gone(pids: list[int], wait: float = 10.0) -> bool:
    """Whether every process group of ``pids`` has ended (LibreOffice's own shutdown takes a moment)."""
    deadline = time.monotonic() + wait
    while True:
        left = []
        for pid in pids:
            try:
                os.killpg(pid, 0)
                left.append(pid)
            except ProcessLookupError:
                pass
        if not left or time.monotonic() > deadline:
            return not left
        time.sleep(0.1)


@pytest.mark.skipif(not _uno_installed(), reason="python3-uno saknas: varje konvertering startar LibreOffice")
def test_one_worker_starts_libreoffice_once_for_all_its_office_files(tmp_path, private_tmp, soffice_starts):
    import openpyxl

    folder = tmp_path / "in"
    folder.mkdir()
    people = {"a.docx": "Rasmus Lindgren", "b.docx": "Yasmin Haddad", "c.docx": "Tuula Niemi"}
    for name, who in people.items():
        _docx(folder / name, who)
    wb = openpyxl.Workbook()
    wb.active.append(["Namn", "Telefon"])
    wb.active.append(["Jovan Petrović", "070-111 22 33"])
    wb.save(folder / "d.xlsx")
    people["d.xlsx"] = "Jovan Petrović"
    results = _run(folder, tmp_path / "ut")
    for name, who in people.items():
        r = results[name]
        assert r.status == "ok", (name, r.error)
        for text in (mupdf_text(r.output), pdftotext(r.output)):
            assert who.split()[1] not in text, name
    pids = soffice_starts()
    assert len(pids) == 1  # four files, two conversions each: one LibreOffice
    assert _gone(pids)
    assert sorted(p.name for p in private_tmp.iterdir()) == []
    assert _pipes_left(tmp_path / "starts.txt") == []


def test_nothing_is_left_behind_when_a_conversion_fails_or_times_out(tmp_path, private_tmp, soffice_starts, monkeypatch):
    from redact.case import office

    folder = tmp_path / "in"
    folder.mkdir()
    _docx(folder / "a.docx", "Elsa Forsberg")
    _docx(folder / "b-seg.docx", "Kerstin Lund")
    _docx(folder / "c.docx", "Mehmet Demir")
    (folder / "d-trasig.docx").write_bytes(b"PK\x03\x04 detta ar ingen docx")
    real = office.convert_office

    def slow_for_one(path, output, timeout=office.DEFAULT_TIMEOUT):
        # too short for any LibreOffice: killed while it works, as a file that hangs it would be
        return real(path, output, 0.01 if path.name == "b-seg.docx" else timeout)

    monkeypatch.setattr(office, "convert_office", slow_for_one)
    results = _run(folder, tmp_path / "ut")
    assert results["b-seg.docx"].status == "refused" and "inom 0.01 s" in results["b-seg.docx"].error
    assert results["d-trasig.docx"].status == "refused" and "LibreOffice" in results["d-trasig.docx"].error
    for name, who in (("a.docx", "Forsberg"), ("c.docx", "Demir")):  # the file after the killed one is converted
        assert results[name].status == "ok", (name, results[name].error)
        assert who not in pdftotext(results[name].output)
    assert _gone(soffice_starts())
    assert sorted(p.name for p in private_tmp.iterdir()) == []
    assert _pipes_left(tmp_path / "starts.txt") == []


def test_a_conversion_outside_a_run_leaves_nothing_either(tmp_path, private_tmp, soffice_starts):
    from redact.case.office import convert_office
    from redact.errors import OfficeError

    src = tmp_path / "a.docx"
    _docx(src, "Leila Karimi")
    convert_office(src, tmp_path / "a.pdf")
    assert "Karimi" in pdftotext(tmp_path / "a.pdf")  # converted, not yet redacted
    with pytest.raises(OfficeError, match="inom 0.3 s"):  # LibreOffice cannot even start in that time
        convert_office(src, tmp_path / "b.pdf", timeout=0.3)
    assert sorted(p.name for p in private_tmp.iterdir()) == []  # no profile, no lu*.tmp of a killed LibreOffice
    assert _pipes_left(tmp_path / "starts.txt") == []
    assert _gone(soffice_starts())


def test_without_uno_each_step_starts_libreoffice_in_the_workers_folder(tmp_path, private_tmp, soffice_starts,
                                                                          monkeypatch):
    from redact.case import libreoffice
    from redact.case.office import convert_office

    monkeypatch.setattr(libreoffice, "uno_reachable", lambda: False)  # as on a machine without python3-uno
    libreoffice.start_server()
    home = libreoffice._home
    assert home is not None and home.path.parent == private_tmp
    try:
        for n, who in enumerate(("Amina Yusuf", "Pekka Virtanen")):
            _docx(tmp_path / f"{n}.docx", who)
            convert_office(tmp_path / f"{n}.docx", tmp_path / f"{n}.pdf")
            assert who in pdftotext(tmp_path / f"{n}.pdf")
        assert libreoffice._home is home and (home.path / "profile").is_dir()  # one profile, built once
        assert len(soffice_starts()) == 4  # two steps per file, as before UNO
    finally:
        libreoffice.stop_server()
    assert sorted(p.name for p in private_tmp.iterdir()) == []
    assert _pipes_left(tmp_path / "starts.txt") == []
    assert _gone(soffice_starts())


def test_reaching_uno_leaves_the_import_statement_of_the_process_as_it_was():
    """uno's import hook made a missing optional module a plain ImportError: tqdm's probe then failed and
    `redact detect` on an office file ended in an internal error."""
    import builtins

    from redact.case import libreoffice

    if not libreoffice.uno_reachable():
        pytest.skip("python3-uno saknas")
    libreoffice._import_uno()
    assert getattr(builtins.__import__, "__module__", None) != "uno"
    with pytest.raises(ModuleNotFoundError):
        from en_modul_som_inte_finns import något  # noqa: F401
