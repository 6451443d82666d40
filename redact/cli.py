"""Command line: argument parsing, one-line errors and exit codes over the library API."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from redact import cli_lang
from redact.cli_lang import Messages
from redact.cli_stdio import standard_streams
from redact.errors import InputError, RedactError

EXIT_OK, EXIT_INPUT, EXIT_LEAK, EXIT_LOSS = 0, 2, 3, 5


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit code 2."""

    messages = Messages("sv")  # translate_parser gives each parser the run's messages

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(self.messages.t("usage_error", message=message, prog=self.prog) + "\n")
        raise SystemExit(EXIT_INPUT)


def _sv(key: str) -> str:
    """A help text of the command line's own in Swedish; translate_parser puts all help in the run's language."""
    return cli_lang.MESSAGES[key][0]


def _add_common_options(p: argparse.ArgumentParser, top: bool = False) -> None:
    """-v, -q and --lang, accepted before and after any subcommand (a subcommand's copy never resets them)."""
    default = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    for flags, kwargs in (
        (("-v", "--verbose"), {"action": "count", "default": default(0),
                               "help": _sv("help_verbose")}),
        (("-q", "--quiet"), {"action": "store_true", "default": default(False),
                             "help": _sv("help_quiet")}),
        (("--lang",), {"choices": cli_lang.LANGUAGES, "default": default(None),
                       "help": _sv("help_lang")}),
    ):
        try:
            p.add_argument(*flags, **kwargs)  # type: ignore[arg-type]
        except argparse.ArgumentError:  # a subcommand that already uses the flag keeps its own meaning
            pass


def _everywhere(parser: argparse.ArgumentParser) -> None:
    """Give every subcommand (nested ones and those other modules add) the common options."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_common_options(sub)
                _everywhere(sub)


def _add_render_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--audit", type=Path, help="skriv granskningsposten (JSON) hit")
    p.add_argument(
        "--label",
        choices=["none", "category", "ground"],
        default="none",
        help="skriv kategori eller rättslig grund i maskeringsrutan (standard: svart ruta)",
    )
    p.add_argument("--no-pdftotext", action="store_true", help="verifiera bara med MuPDF")
    p.add_argument("--no-ocr", action="store_true", help="tolka inte inskannade sidor med OCR")
    p.add_argument("--page-seconds", type=float, default=120.0, help="längsta processortid per sida innan filen vägras (standard 120; väntan tillåts fyra gånger så länge)")
    p.add_argument("--memory-mb", type=int, default=3072, help="största minnesökning i MB innan filen vägras (standard 3072)")
    p.add_argument("--max-pages", type=int, default=10_000, help="största antal sidor (standard 10000)")
    p.add_argument("--no-ocr-text-layer", action="store_true", help="lägg inget sökbart textlager på inskannade sidor")
    p.add_argument("--keep-hidden-text", action="store_true", help="ta inte bort dold text (bara för felsökning)")
    _add_notes_option(p)


def _add_notes_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--include-notes", action="store_true",
                   help="ta med kommentarer, bifogade filer och dolda fält som bilagesidor sist (de maskeras som andra sidor)")


def _add_policy_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", default="default", help="profil med rättsliga grunder (t.ex. socialtjanst, halso_sjukvard, personal, skola, gdpr) eller sökväg till en TOML-fil")
    p.add_argument("--officials", type=Path, help="personalförteckning (CSV: name,title,email,phone) över tjänstemän i tjänsteutövning")
    p.add_argument("--organisation", type=Path, help="myndighetens egna uppgifter (TOML: namn, adresser, växel, domäner, funktionsbrevlådor) som föreslås lämnas ut")


def build_parser(messages: Messages | None = None) -> argparse.ArgumentParser:
    """The argument parser for every subcommand, its help texts in the language of ``messages``."""
    messages = messages or Messages("sv")
    from redact._version import __version__

    parser = _Parser(prog="redact", description="Hitta, granska och maskera personuppgifter i allmänna handlingar.")
    parser.add_argument("--version", action="version", version=messages.t("version", version=__version__),
                        help=_sv("help_version"))
    _add_common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("detect", help="hitta personuppgifter och skriv fynden som JSON")
    p.add_argument("input", type=Path, help="PDF- eller UTF-8-textfil (- läser standard in); e-post, kontorsfil eller bild konverteras först")
    p.add_argument("-o", "--output", type=Path, help="fyndfil (standard eller -: skriv till standard ut)")
    _add_policy_options(p)
    _add_notes_option(p)
    from redact.case.cli import add_detect_options

    add_detect_options(p)
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("apply", help="maskera fynden i en fyndfil (alla utom avvisade)")
    p.add_argument("input", type=Path, help="PDF-filen fynden gäller")
    p.add_argument("findings", type=Path, help="fyndfil från redact detect, ev. redigerad (- läser standard in)")
    p.add_argument("-o", "--output", type=Path, required=True, help="den maskerade PDF-filen (- skriver till standard ut)")
    _add_render_options(p)
    p.set_defaults(func=cmd_apply)

    p = sub.add_parser("run", help="hitta, godta alla förslag, maskera och verifiera i ett steg")
    p.add_argument("input", type=Path, nargs="+", help="PDF-filen; eller flera filer, mappar och zip-filer (ett ärende)")
    p.add_argument("-o", "--output", type=Path, required=True, help="den maskerade PDF-filen; för ett ärende en mapp")
    from redact.case.cli import add_case_options

    add_case_options(p)
    _add_render_options(p)
    _add_policy_options(p)
    p.add_argument("--log", type=Path, help="granskningsloggen (SQLite); standard: $REDACT_LOG eller användarens datamapp")
    p.add_argument("--case", help="ärendets id (pseudonymt), t.ex. diarienummer; standard: filens hash")
    p.add_argument("--reviewer", default="auto", help="vem som fattar besluten (standard: auto)")
    p.set_defaults(func=cmd_run)

    from redact.cli_decisions import add_subcommands
    from redact.review.cli import add_subcommand as add_review
    from redact.review.users_cli import add_subcommand as add_users

    from redact.cli_anonymize import add_subcommand as add_text
    from redact.cli_package import add_subcommand as add_package

    add_text(sub)
    add_subcommands(sub)
    add_review(sub)
    add_users(sub)
    add_package(sub)
    _everywhere(parser)
    cli_lang.translate_parser(parser, messages)
    return parser


class _ProgressBar:
    """A tqdm bar per stage on stderr; silent when stderr is not a terminal (scripts, CI)."""

    def __init__(self, messages: Messages) -> None:
        self._bars: dict[str, object] = {}
        self._messages = messages

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            # no monitor thread (our bars move with every page): a process with a second thread could no
            # longer fork the next document's bounded worker itself
            tqdm.monitor_interval = 0
            bar = tqdm(total=total, desc=self._label(stage), unit=self._messages.t("page_unit"), file=sys.stderr, disable=None, leave=False)
            self._bars[stage] = bar
        bar.update(done - bar.n)  # type: ignore[attr-defined]

    def _label(self, stage: str) -> str:
        return self._messages.t("stage_" + stage) if "stage_" + stage in cli_lang.MESSAGES else stage

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()  # type: ignore[attr-defined]


def _check_output(path: Path, input_path: Path | None = None) -> None:
    if path.exists() and path.is_dir():
        raise InputError("{path}: utdata måste vara en fil, inte en mapp", path=path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError("{parent}: mappen för utdatafilen finns inte", parent=parent)
    if input_path is not None and path.exists() and input_path.exists() and path.resolve() == input_path.resolve():
        raise InputError("utdatafilen får inte vara samma fil som indatafilen")


def cmd_detect(args: argparse.Namespace) -> int:
    """redact detect INPUT [-o FINDINGS.json]."""
    from redact.audit import write_json_atomic
    from redact.case.cli import detect_input
    from redact.findings_io import findings_to_json

    if args.output:
        _check_output(args.output, args.input)
    _check_policy(args)
    bar = _ProgressBar(args.messages)
    try:
        with detect_input(args) as source:
            # the pipeline brings the language models: a format detect cannot read is refused before they load
            from redact.detect.engine import Detector
            from redact.pipeline import RunOptions, detect_document, propose_findings

            det = detect_document(source, Detector(), bar, RunOptions(include_notes=args.include_notes))
            if source != args.input:  # converted: named as the user knows it (or as the kept PDF)
                det.document = replace(det.document, name=(args.converted or args.input).name)
    finally:
        bar.close()
    findings = propose_findings(det.findings, RunOptions(profile=args.profile, officials=args.officials,
                                                         organisation=args.organisation))
    data = findings_to_json(det.document, findings, det.notes)
    if det.notes:
        from redact.ingest.notes import warning_for

        print(args.messages.t("warning", message=warning_for(det.notes)), file=sys.stderr)
    if args.output:
        write_json_atomic(args.output, data)
        print(args.messages.t("detect_written", n=len(findings), pages=det.document.pages, path=args.output), file=sys.stderr)
    else:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return EXIT_OK


def _options(args: argparse.Namespace):
    from redact.run_options import RunOptions, limits_from_options
    from redact.types import RenderOptions

    limits = limits_from_options(args.page_seconds, args.memory_mb, args.max_pages)
    return RunOptions(
        render=RenderOptions(label=args.label, remove_hidden_text=not args.keep_hidden_text),
        use_pdftotext=not args.no_pdftotext,
        ocr=not args.no_ocr,
        ocr_text_layer=not args.no_ocr_text_layer,
        profile=getattr(args, "profile", "default"),
        officials=getattr(args, "officials", None),
        organisation=getattr(args, "organisation", None),
        reviewer=getattr(args, "reviewer", "auto"),
        limits=limits,
        include_notes=args.include_notes,
    )


def _check_policy(args: argparse.Namespace) -> None:
    """Load profile and officials list up front so a typo fails before the model loads."""
    from redact.officials import load_directory
    from redact.policy import load_profile

    load_profile(args.profile)
    if args.officials:
        load_directory(args.officials)
    if getattr(args, "organisation", None):
        from redact.organisation import load_organisation

        load_organisation(args.organisation)


def _summary(disclosure, seconds: float, messages: Messages) -> str:
    counts = Counter(m.category for m in disclosure.masks)
    doc = disclosure.document
    t = messages.t
    lines = [t("summary_head", name=doc.name, pages=doc.pages, masks=len(disclosure.masks), seconds=f"{seconds:.1f}")]
    for cat, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {cat:<14} {n}")
    rejected = sum(1 for f in disclosure.findings if f.status == "rejected")
    if rejected:
        lines.append(t("summary_rejected", n=rejected))
    v = disclosure.verification
    if v is not None:
        lines.append(t("summary_verified", n=v.checked, readers=", ".join(v.extractors)))
        lines.append(t("summary_ink"))
    lines.extend(t("warning", message=w) for w in disclosure.warnings)
    lines.append(t("output", path=disclosure.output))
    return "\n".join(lines)


def cmd_apply(args: argparse.Namespace) -> int:
    """redact apply INPUT.pdf FINDINGS.json -o OUTPUT.pdf [--audit AUDIT.json]."""
    from redact.findings_io import load_findings
    from redact.ingest.pdf import describe_pdf

    _check_output(args.output, args.input)
    if args.audit:
        _check_output(args.audit, args.input)
    t0 = time.perf_counter()
    options = _options(args)
    document = describe_pdf(args.input)
    if args.include_notes:  # the appendix pages count: findings on them must be accepted
        from redact.ingest.flatten import flat_input

        with flat_input(args.input, True, options.limits) as flat:
            document = replace(document, pages=flat.pages or document.pages)
    findings = load_findings(args.findings, document)
    # the pipeline brings the language models: a bad input or findings file is refused before it loads
    from redact.pipeline import apply_findings

    disclosure = apply_findings(args.input, document, findings, args.output, args.audit, options)
    print(_summary(disclosure, time.perf_counter() - t0, args.messages))
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """redact run INPUT.pdf -o OUTPUT.pdf [--audit AUDIT.json]; several inputs or a folder: a case."""
    from redact.case.cli import cmd_run_case, is_case
    from redact.ingest.pdf import describe_pdf

    if is_case(args):
        _check_policy(args)
        return cmd_run_case(args, _options(args))
    args.input = args.input[0]

    _check_output(args.output, args.input)
    if args.audit:
        _check_output(args.audit, args.input)
    from redact.audit_log import AuditLog, default_log_path

    describe_pdf(args.input)  # refuse bad input before loading the model
    _check_policy(args)
    from redact.pipeline import run_file

    log_path = args.log or default_log_path()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = AuditLog(log_path)
    t0 = time.perf_counter()
    bar = _ProgressBar(args.messages)
    try:
        disclosure = run_file(args.input, args.output, args.audit, _options(args), log=log, case=args.case, progress=bar)
    finally:
        bar.close()
    print(_summary(disclosure, time.perf_counter() - t0, args.messages))
    if args.audit:
        print(args.messages.t("audit_record", path=args.audit))
    print(args.messages.t("audit_log", path=log_path))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `redact` command."""
    argv = sys.argv[1:] if argv is None else list(argv)
    messages = Messages(cli_lang.choose(argv))
    with cli_lang.argparse_language(messages.language):
        return _main(argv, messages)


def _main(argv: list[str], messages: Messages) -> int:
    parser = build_parser(messages)
    args = parser.parse_args(argv)
    args.messages = messages
    verbose, quiet = getattr(args, "verbose", 0) or 0, bool(getattr(args, "quiet", False))
    _configure_logging(verbose, quiet, messages)
    try:
        with standard_streams(args, quiet):
            code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except RedactError as err:
        print(messages.t("error", message=err), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(messages.t("interrupted"), file=sys.stderr)
        return 130
    except Exception as err:  # never a traceback for a registrar; REDACT_DEBUG=1 shows it
        if os.environ.get("REDACT_DEBUG"):
            raise
        detail = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"
        print(messages.t("internal", message=detail), file=sys.stderr)
        return 1


#: Exit status of a command whose reader went away (as a shell reports a process ended by SIGPIPE).
EXIT_CLOSED_PIPE = 141


def _closed_pipe() -> int:
    """The reader of standard output has gone (`redact detect x.pdf | head -1`): stop quietly."""
    # Python would report the failed flush of stdout at exit; point stdout at /dev/null instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_CLOSED_PIPE


class _Speaking(logging.Formatter):
    """Logged library Messages (e.g. a file name that holds a name) in the run's language."""

    def __init__(self, fmt: str, messages: Messages):
        super().__init__(fmt)
        self.messages = messages

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.msg, str):  # a Message, or a %-template with an English text in the catalogue
            record = logging.makeLogRecord({**record.__dict__, "msg": self.messages.say(record.msg)})
        return super().format(record)


def _configure_logging(verbose: int, quiet: bool, messages: Messages | None = None) -> None:
    """-q: errors only; -v: the product's info lines; -vv: debug and other libraries' info; -vvv: Presidio's too."""
    logging.basicConfig(level=logging.ERROR if quiet else logging.INFO if verbose > 1 else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if messages is not None and messages.language != "sv":
        for handler in logging.getLogger().handlers:
            if type(handler) is logging.StreamHandler:  # the one basicConfig made, not a test's capture
                handler.setFormatter(_Speaking("%(levelname)s %(name)s: %(message)s", messages))
    if verbose and not quiet:
        logging.getLogger("redact").setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    # Presidio logs a line for every recognizer it loads; only -vvv shows them
    for name in ("presidio-analyzer", "presidio-anonymizer"):
        logging.getLogger(name).setLevel(logging.INFO if verbose > 2 and not quiet else logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
