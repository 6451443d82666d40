"""The command line in a pipeline: `-` for standard input and output, `redact text`, -q/-v anywhere,
a closed pipe, --version and --lang (argparse's own messages included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pymupdf

from tests.conftest import mupdf_text, pdftotext, write_text_pdf

ROOT = Path(__file__).resolve().parents[1]
LETTER = ("Beslut om bistånd\n"
          "Klienten Anna Svensson, tel. 070-123 45 67, har ansökt om stöd.\n"
          "Handläggare: Omar Haddad. Svensson meddelas per brev.\n")


def redact(*args: str, stdin: bytes | None = None, lang: str = "C.UTF-8", cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "LANG": lang, "PYTHONPATH": str(ROOT)}
    for var in ("REDACT_DEBUG", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=300)


def test_text_from_standard_input_to_standard_output_with_pseudonyms():
    r = redact("text", "-", "--operator", "pseudonym", stdin=LETTER.encode())
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode()
    assert out.splitlines()[0] == "Beslut om bistånd"
    assert "Klienten [PERSON 1], tel. [PHONE 1]" in out and "Handläggare: [PERSON 2]" in out
    assert "[PERSON 1] meddelas" in out  # the surname alone is the same person
    for secret in ("Svensson", "Haddad", "45 67"):
        assert secret not in out
    assert r.stderr == b""


def test_text_file_to_a_file_and_bad_text(tmp_path):
    src = tmp_path / "anteckning.txt"
    src.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "ut.txt"
    r = redact("text", src, "-o", out, "--operator", "mask", "-q")
    assert r.returncode == 0 and r.stdout == b"", r.stderr.decode()
    masked = out.read_text(encoding="utf-8")
    assert len(masked) == len(LETTER) and "Svensson" not in masked and "Beslut om bistånd" in masked
    r = redact("text", "-", stdin=b"\xff\xfe trasig")
    assert r.returncode == 2 and r.stderr.decode().count("\n") == 1 and "UTF-8" in r.stderr.decode()


def test_run_reads_standard_input_and_writes_the_pdf_to_standard_output(tmp_path):
    pdf = write_text_pdf(tmp_path / "brev.pdf", [["Beslut om bistånd", "Klienten Fatima Lindqvist har ansökt om stöd.",
                                                  "Handläggare: Mikael Öberg"]])
    # -v after the subcommand, and without Presidio's line per loaded recognizer
    r = redact("run", "-", "-o", "-", "--log", tmp_path / "logg.sqlite", "-v", stdin=pdf.read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.startswith(b"%PDF-")
    err = r.stderr.decode()
    assert "Loaded recognizer" not in err and "INFO redact" in err
    assert "utdata: standard ut" in err and "redact-stdio" not in err
    out = tmp_path / "ut.pdf"
    out.write_bytes(r.stdout)
    with pymupdf.open(out) as doc:
        assert doc.page_count == 1
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Lindqvist" not in text and "Beslut om bistånd" in text
    # -q before the subcommand: nothing but the file
    quiet = redact("-q", "run", pdf, "-o", tmp_path / "tyst.pdf", "--log", tmp_path / "logg.sqlite")
    assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""
    assert (tmp_path / "tyst.pdf").is_file()


def test_a_closed_pipe_ends_quietly(tmp_path):
    # enough findings that the JSON overflows the pipe's buffer after the reader has gone
    pages = [[f"Klienten Anna Svensson{i} ringde 070-123 45 {i:02d} om ärendet." for i in range(40)] for _ in range(8)]
    pdf = write_text_pdf(tmp_path / "lang.pdf", pages)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    env.pop("REDACT_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "redact.cli", "detect", str(pdf)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=300)
    assert first.strip() == b"{"
    assert "BrokenPipe" not in err and "fel" not in err and "Exception" not in err, err
    assert code == 141


def test_version_and_languages():
    from redact import __version__

    r = redact("--version")
    assert r.returncode == 0 and r.stdout.decode().strip() == f"redact {__version__}"
    # Swedish by default and when the locale says nothing; argparse's own message too; one "redact" in the hint
    for lang in ("C.UTF-8", "sv_SE.UTF-8"):
        r = redact("run", lang=lang)
        err = r.stderr.decode()
        assert r.returncode == 2 and "följande argument krävs" in err and "(se redact run --help)" in err, err
    r = redact("frobnicate")
    assert "ogiltigt val" in r.stderr.decode() and "se redact --help" in r.stderr.decode()
    assert "redact redact" not in r.stderr.decode()
    # English from the locale or --lang, anywhere on the line
    r = redact("run", lang="en_GB.UTF-8")
    assert "the following arguments are required" in r.stderr.decode() and "(see redact run --help)" in r.stderr.decode()
    r = redact("run", "saknas.pdf", "-o", "x.pdf", "--lang", "en")
    err = r.stderr.decode()
    assert r.returncode == 2 and err.startswith("redact: error:") and err.count("\n") == 1, err
    r = redact("--lang", "sv", "run", lang="en_US.UTF-8")
    assert "följande argument krävs" in r.stderr.decode()
    help_en = redact("text", "--help", "--lang", "en").stdout.decode()
    assert help_en.startswith("usage: ") and "show this help message and exit" in help_en
    help_sv = redact("text", "--help").stdout.decode()
    assert help_sv.startswith("användning: ") and "visa den här hjälpen" in help_sv
