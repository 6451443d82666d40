"""--lang en|sv reaches every message: help texts, usage errors, library errors, summaries, warnings."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "redact"
#: The review app's web texts have their own catalogue (redact/review/texts.py); its command line is here.
REVIEW_CLI = {"cli.py", "users_cli.py", "accounts.py", "store.py", "store_pg.py"}
#: Exception classes whose message reaches the command line (RedactError and its subclasses).
ERRORS = {"RedactError", "InputError", "EncryptedError", "UnsupportedError", "LimitError", "FindingsError",
          "ModelMissingError", "AuditTamperedError", "OfficeError", "CaseIncompleteError", "EngineMissingError",
          "ClusterError", "ReviewError", "NotFoundError", "AccountError", "StoreUnavailableError",
          "ChangedOutputError"}


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def library_templates() -> dict[str, str]:
    """Every Swedish template the package raises or builds as a Message, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "review" and rel.name not in REVIEW_CLI:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name == "Message" or name in ERRORS:
                for text in _literals(node.args[0]):
                    found.setdefault(text, f"{rel}:{node.lineno}")
    return found


# ---------------------------------------------------------------- helpers

import json  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import string  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import pymupdf  # noqa: E402
import pytest  # noqa: E402

from tests.conftest import write_text_pdf  # noqa: E402

SWEDISH_LETTERS = set("åäöÅÄÖ")


def redact(*args: object, lang: str | None = "C.UTF-8", cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The command as a registrar runs it, with LANG as given (None: no locale variable at all)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "REDACT_DEBUG")}
    environ.update({"OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT), **(env or {})})
    if lang is not None:
        environ["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=environ, timeout=300)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _parsers(parser, path=()):
    """Every parser of the command line with the words that call it, the top one first."""
    import argparse

    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


# ---------------------------------------------------------------- catalogues


def test_every_library_message_has_english_with_the_same_fields():
    from redact.messages_en import EN

    templates = library_templates()
    assert len(templates) > 150  # the scan sees the package's messages
    missing = {t: where for t, where in templates.items() if t not in EN}
    assert not missing, missing
    for sv, en in EN.items():
        assert _fields(sv) == _fields(en), (sv, en)
        assert not SWEDISH_LETTERS & set(en), en


def test_every_help_text_of_every_subcommand_has_english():
    from redact.cli import build_parser
    from redact.cli_lang import Messages, translate_parser

    assert translate_parser(build_parser(), Messages("en")) == []
    parser = build_parser(Messages("en"))
    seen = 0
    for path, p in _parsers(parser):
        text = p.format_help()
        assert not SWEDISH_LETTERS & set(text), (path, [line for line in text.splitlines() if SWEDISH_LETTERS & set(line)])
        seen += 1
    assert seen >= 15  # redact, its subcommands and their subcommands
    # Swedish stays the source: the Swedish help still says it in Swedish
    assert "hitta personuppgifter" in build_parser(Messages("sv")).format_help()


def test_help_on_the_command_line_is_english_with_lang_en_or_an_english_locale():
    for args, lang in ((("--lang", "en", "run", "--help"), "C.UTF-8"), (("detect", "--help"), "en_US.UTF-8"),
                       (("users", "add", "--help", "--lang", "en"), "sv_SE.UTF-8")):
        r = redact(*args, lang=lang)
        assert r.returncode == 0 and r.stdout.startswith("usage: "), r.stderr
        swedish = [line for line in r.stdout.splitlines() if SWEDISH_LETTERS & set(line)]
        assert not swedish, (args, swedish)
    r = redact("run", "--help", lang="sv_SE.UTF-8")
    assert r.stdout.startswith("användning: ") and "den maskerade PDF-filen" in r.stdout


# ---------------------------------------------------------------- errors on the command line


def _error_cases(tmp: Path) -> dict[str, tuple[list[object], str, str]]:
    """What the registrar typed, and a piece of the Swedish and the English line it must give."""
    good = write_text_pdf(tmp / "good.pdf", [["Handläggare Amir Haddad"]])
    notpdf = tmp / "notpdf.pdf"
    notpdf.write_text("Detta är ingen PDF.")
    locked = tmp / "locked.pdf"
    with pymupdf.open(good) as d:
        d.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    bad_json = tmp / "findings.json"
    bad_json.write_text('{"findings": [')
    out = tmp / "out.pdf"
    return {
        "missing file": (["run", tmp / "missing.pdf", "-o", out], "missing.pdf: filen finns inte",
                         "missing.pdf: the file does not exist"),
        "not a PDF": (["run", notpdf, "-o", out], "notpdf.pdf: är ingen PDF-fil", "notpdf.pdf: is not a PDF file"),
        "password": (["run", locked, "-o", out], "locked.pdf: är lösenordsskyddad; spara en olåst kopia",
                     "locked.pdf: is password protected; save an unlocked copy"),
        "bad profile": (["run", good, "-o", out, "--profile", "nosuchprofile"], "okänd profil 'nosuchprofile'; välj en av:",
                        "unknown profile 'nosuchprofile'; choose one of:"),
        "bad findings JSON": (["apply", good, bad_json, "-o", out], "findings.json: är ingen giltig JSON-fil",
                              "findings.json: is not a valid JSON file"),
    }


def _main(capsys, monkeypatch, lang: str, *args: object) -> tuple[int, str]:
    """``redact ARGS`` in this process (the model is never loaded by these errors); exit code and stderr."""
    from redact.cli import main

    for var in ("LC_ALL", "LC_MESSAGES", "REDACT_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit:  # usage errors leave through argparse
        code = int(exit.code or 0)
    return code, capsys.readouterr().err


def test_errors_are_one_line_in_either_language_with_the_same_exit_code(tmp_path, capsys, monkeypatch):
    for what, (args, swedish, english) in _error_cases(tmp_path).items():
        en = _main(capsys, monkeypatch, "C.UTF-8", "--lang", "en", *args)
        sv = _main(capsys, monkeypatch, "sv_SE.UTF-8", *args)
        for (code, err), head, text in ((en, "redact: error: ", english), (sv, "redact: fel: ", swedish)):
            assert code == 2, (what, err)
            lines = err.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in err, (what, err)
            assert lines[0].startswith(head) and text in lines[0], (what, lines[0])
        assert not SWEDISH_LETTERS & set(en[1]), (what, en[1])
        assert not (tmp_path / "out.pdf").exists()
    # a usage error: argparse's words and ours in the language asked for, exit 2 both ways
    code, err = _main(capsys, monkeypatch, "C.UTF-8", "--lang", "en", "run")
    assert code == 2 and err.strip() == ("redact: error: the following arguments are required: input, -o/--output "
                                         "(see redact run --help)")
    code, err = _main(capsys, monkeypatch, "C.UTF-8", "run")
    assert code == 2 and err.startswith("redact: fel: följande argument krävs")


def test_the_locale_chooses_the_language_when_lang_is_not_given(tmp_path):
    args = ("run", tmp_path / "missing.pdf", "-o", tmp_path / "out.pdf")
    assert redact(*args, lang="en_US.UTF-8").stderr.startswith("redact: error: missing.pdf: the file does not exist")
    for lang in ("C", None):
        r = redact(*args, lang=lang)
        assert r.stderr.startswith("redact: fel: missing.pdf: filen finns inte"), (lang, r.stderr)


def test_lang_wins_over_the_locale(tmp_path, capsys, monkeypatch):
    args = ("run", tmp_path / "missing.pdf", "-o", tmp_path / "out.pdf")
    assert _main(capsys, monkeypatch, "en_US.UTF-8", *args)[1].startswith("redact: error: missing.pdf: the file does not exist")
    assert _main(capsys, monkeypatch, "sv_SE.UTF-8", *args)[1].startswith("redact: fel: ")
    assert _main(capsys, monkeypatch, "en_US.UTF-8", *args, "--lang", "sv")[1].startswith("redact: fel: ")
    assert _main(capsys, monkeypatch, "sv_SE.UTF-8", "--lang=en", *args)[1].startswith("redact: error: missing.pdf: the file")


def test_a_refused_case_reports_in_either_language_and_exits_6(tmp_path):
    folder = tmp_path / "arende"
    folder.mkdir()
    (folder / "brev.pdf").write_text("ingen PDF")
    (folder / "okand.xyz").write_text("x")
    env = {"REDACT_LOG": str(tmp_path / "log.db")}
    en = redact("--lang", "en", "run", "arende", "-o", "ut-en", env=env, cwd=tmp_path)
    assert en.returncode == 6, en.stderr
    assert "Traceback" not in en.stderr and not SWEDISH_LETTERS & set(en.stdout + en.stderr), en.stdout + en.stderr
    assert "refused arende/brev.pdf: is not a PDF file (no PDF header)" in en.stdout
    assert "refused arende/okand.xyz: the file format cannot be read" in en.stdout
    assert "0 of 2 documents done" in en.stdout and "2 documents were refused" in en.stdout
    sv = redact("run", "arende", "-o", "ut-sv", env=env, lang="sv_SE.UTF-8", cwd=tmp_path)
    assert sv.returncode == 6, sv.stderr
    assert "vägrad arende/brev.pdf: är ingen PDF-fil (saknar PDF-huvud)" in sv.stdout
    assert "0 av 2 dokument klara" in sv.stdout and "2 dokument vägrades" in sv.stdout
    manifest = json.loads((tmp_path / "ut-en" / "manifest.json").read_text())
    assert "är ingen PDF-fil" in json.dumps(manifest, ensure_ascii=False)  # the record stays Swedish


# ---------------------------------------------------------------- the library's side


def test_str_of_an_error_stays_swedish_and_english_survives_a_process_boundary():
    from redact.errors import ContentLossError, InputError, VerificationError

    err = InputError("{name}: filen finns inte", name="brev.pdf")
    assert str(err) == "brev.pdf: filen finns inte" and err.args == ("brev.pdf: filen finns inte",)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is InputError and str(back) == str(err)
    assert back.render_message("en") == "brev.pdf: the file does not exist"
    leak = VerificationError([(p, "PERSON") for p in range(1, 13)])
    assert str(leak).startswith("verifieringen hittade maskerat innehåll kvar på sida 1 (PERSON), ")
    assert str(leak).endswith("sida 10 (PERSON) och 2 till; ingen utdatafil skrevs")
    english = pickle.loads(pickle.dumps(leak)).render_message("en")
    assert english.startswith("verification found masked content left on page 1 (PERSON), ")
    assert english.endswith("page 10 (PERSON) and 2 more; no output file was written")
    loss = ContentLossError([(2, 0.0345)])
    assert "sida 2 (3,5 % av sidans svärta)" in str(loss)
    assert "page 2 (3.5 % of the page's ink)" in loss.render_message("en")
    assert InputError("utan {fält}").render_message("en") == "utan {fält}"  # no fields: braces are text


def test_summary_and_warnings_in_either_language():
    from redact.cli import _summary
    from redact.cli_lang import Messages
    from redact.ingest.notes import warning_for
    from redact.types import Note

    notes = [Note("comment", 2, True), Note("comment", 3, False), Note("attachment", 3, False)]
    warning = warning_for(notes)
    assert warning == "3 dolda anteckningar (1 bifogad fil, 2 kommentarer; sida 2, 3) lämnas inte ut; ta med dem som bilaga med --include-notes"
    disclosure = SimpleNamespace(
        masks=[SimpleNamespace(category="PERSON")] * 2, findings=[SimpleNamespace(status="rejected")],
        document=SimpleNamespace(name="brev.pdf", pages=3), output=Path("ut.pdf"), warnings=(warning,),
        verification=SimpleNamespace(checked=2, extractors=("mupdf", "pdftotext")))
    en = _summary(disclosure, 1.25, Messages("en"))
    assert en.splitlines()[0] == "brev.pdf: 3 pages, 2 masks, 1.2 s"
    assert "1 findings rejected" in en and "verified: none of 2 masked expressions" in en
    assert ("warning: 3 hidden notes (1 attached file, 2 comments; page 2, 3) are not disclosed; "
            "include them as an appendix with --include-notes") in en
    assert not SWEDISH_LETTERS & set(en), en
    sv = _summary(disclosure, 1.25, Messages("sv"))
    assert sv.splitlines()[0] == "brev.pdf: 3 sidor, 2 maskeringar, 1.2 s" and f"varning: {warning}" in sv
