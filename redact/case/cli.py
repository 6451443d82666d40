"""`redact run INPUT... -o OUTDIR`: the command-line side of a case (redact/cli.py hands over here)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redact.cli_lang import of
from redact.errors import CaseIncompleteError, InputError

#: Exit code when the case ran but some documents were refused (the others were written).
EXIT_SOME_REFUSED = CaseIncompleteError.exit_code


def add_case_options(p: argparse.ArgumentParser) -> None:
    """Options of `run` that only a case of many files uses."""
    p.add_argument("--jobs", type=int, default=None,
                   help="antal dokument som behandlas samtidigt, i egna processer (standard: antal kärnor)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: processer på den här datorn (standard); ray: uppgifter på ett Ray-kluster")
    p.add_argument("--address", help="med --engine ray: adressen till ett befintligt Ray-kluster "
                                     "(standard: ett lokalt kluster startas)")


def is_case(args: argparse.Namespace) -> bool:
    """Whether `run` was given a case (several inputs, a folder, an archive, other formats or an output folder)."""
    inputs: list[Path] = args.input
    if len(inputs) != 1:
        return True
    one, output = inputs[0], args.output
    if one.is_dir() or output.is_dir() or output.suffix.lower() != ".pdf":
        return True
    from redact.case.collect import kind_of

    if kind_of(one.name) not in ("pdf", "text", None):
        raise InputError("{name}: e-post, kontorsfiler, bilder och zip-filer skrivs till en mapp: ange en mapp med -o (t.ex. -o utlamnas/)", name=one.name)
    return False


def cmd_run_case(args: argparse.Namespace, options) -> int:
    """Run a case and print one line per document and a summary; exit 6 when some were refused."""
    from redact.audit_log import AuditLog, default_log_path
    from redact.case.runner import run_case

    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs måste vara minst 1")
    if args.output.suffix.lower() == ".pdf" and not args.output.is_dir():
        raise InputError("{output}: för flera filer, mappar och zip-filer måste -o vara en mapp", output=args.output)
    out = args.output.resolve()
    for item in args.input:
        if not item.exists():
            raise InputError("{item}: filen eller mappen finns inte", item=item)
        here = item.resolve()
        # outputs inside an input folder would be read as inputs by the next run; inputs inside
        # the output folder could be replaced by a rerun
        if here == out or here in out.parents or out in here.parents:
            raise InputError("{output}: utdatamappen får inte vara, innehålla eller ligga i en indatamapp", output=args.output)
    if args.audit is not None:
        if args.audit.resolve().parent == out:
            raise InputError("granskningsposten får inte ligga i utdatamappen (den lämnas ut)")
        if not args.audit.resolve().parent.is_dir() or args.audit.is_dir():
            raise InputError("{audit}: mappen för granskningsposten finns inte, eller så är det en mapp", audit=args.audit)
    engine = make_engine(args, options)  # before the log: a missing extra leaves nothing behind
    try:
        log_path = args.log or default_log_path()
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log = AuditLog(log_path)
        run = run_case(args.input, args.output, options, engine=engine, log=log, case=args.case, audit=args.audit,
                       language=of(args).language)
    finally:
        engine.close()
    ok = len(run.results) - len(run.refused)
    pages = sum(r.pages for r in run.results)
    masks = sum(r.masks for r in run.results)
    t = of(args).t
    print(t("case_summary", ok=ok, total=len(run.results), pages=pages, masks=masks, seconds=f"{run.seconds:.1f}"))
    for r in run.results:
        for w in r.warnings:
            print(t("case_warning", index=r.index, message=of(args).say(w)))  # a resumed run's are plain text
    print(t("manifest", path=run.manifest))
    if args.audit:
        print(t("audit_record", path=args.audit))
    print(t("case_log", path=log_path, case=run.case))
    if run.refused:
        print(t("case_refused", n=len(run.refused)))
        return EXIT_SOME_REFUSED
    return 0


def make_engine(args: argparse.Namespace, options):
    """The engine `run` asked for: local processes, or Ray (an optional extra) with --engine ray."""
    from redact.case.engine import LocalEngine, default_jobs

    engine = getattr(args, "engine", "local") or "local"
    address = getattr(args, "address", None)
    if engine == "ray":
        from redact.case.ray_engine import RayEngine, import_ray

        import_ray()  # the one-line error before anything is read
        return RayEngine(args.jobs, options.threshold, address=address)  # None: all of the cluster's CPUs
    if address:
        raise InputError("--address gäller bara --engine ray")
    return LocalEngine(args.jobs or default_jobs(), options.threshold)


def add_detect_options(p: argparse.ArgumentParser) -> None:
    """Options of `detect` for inputs that are converted to PDF first."""
    p.add_argument("--converted", type=Path,
                   help="spara den konverterade PDF-filen som fynden gäller (e-post, kontorsfiler, bilder) för redact apply")


@contextmanager
def detect_input(args: argparse.Namespace) -> Iterator[Path]:
    """The file `detect` reads: PDF and text as given, any other format converted to PDF first.

    The findings then refer to the converted PDF's pages; ``--converted`` keeps that PDF so
    ``redact apply`` can be run on it.
    """
    from redact.case.collect import kind_of
    from redact.case.convert import to_pdf

    path: Path = args.input
    if path.suffix.lower() in (".pdf", ".txt"):
        yield path
        return
    kind = kind_of(path.name)
    if kind is None or kind == "zip":
        raise InputError("{name}: formatet kan inte läsas av redact detect; använd redact run för mappar och zip-filer", name=path.name)
    if not path.is_file():
        raise InputError("{path}: filen finns inte", path=path)
    converted = getattr(args, "converted", None)
    if converted is not None and converted.suffix.lower() != ".pdf":
        raise InputError("--converted måste vara en .pdf-fil")
    with tempfile.TemporaryDirectory(prefix="redact-detect-") as tmp:
        conversion = to_pdf(path, kind, Path(tmp))
        for warning in conversion.warnings:
            print(of(args).t("warning", message=warning), file=sys.stderr)
        if converted is not None:
            part = converted.with_name(f".{converted.name}.part")
            shutil.copyfile(conversion.pdf, part)
            os.replace(part, converted)
            print(of(args).t("converted_kept", path=converted), file=sys.stderr)
        else:
            print(of(args).t("converted_note"), file=sys.stderr)
        yield conversion.pdf
