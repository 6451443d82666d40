"""CLI subcommands for the decision layer: `audit verify`, `audit export`, `decision`.

The main CLI calls ``add_subcommands(subparsers)``; each handler returns an
exit code and raises RedactError subclasses for expected failures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from redact.audit import write_json_atomic
from redact.audit_log import AuditLog, default_log_path
from redact.decision_letter import render_decision
from redact.cli_lang import of
from redact.errors import InputError
from redact.messages import Message
from redact.policy import list_profiles, load_profile


def _log_path(args: argparse.Namespace) -> Path:
    return Path(args.log) if args.log else default_log_path()


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the hash chain; exit 0 when intact (AuditTamperedError -> exit 4)."""
    log = AuditLog(_log_path(args), create=False)
    log.verify()
    seq, digest = log.head()
    print(of(args).t("audit_intact", n=seq, digest=digest))
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    """Write one case's record as JSON to a file or stdout."""
    record = AuditLog(_log_path(args), create=False).export(args.case)
    if args.output and args.output != "-":
        out = Path(args.output)
        if not out.parent.is_dir():
            raise InputError("{parent}: mappen för exportfilen finns inte", parent=out.parent)
        write_json_atomic(out, record)
    else:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    """Render the decision letter PDF for a case."""
    log = AuditLog(_log_path(args), create=False)
    profile = load_profile(args.profile) if args.profile else None
    render_decision(
        log,
        args.case,
        Path(args.output),
        profile=profile,
        decision_maker=args.decision_maker,
        template=Path(args.template) if args.template else None,
        authority=args.authority,
        date=args.date,
    )
    print(of(args).t("decision_written", path=args.output))
    return 0


def _add_log(p: argparse.ArgumentParser) -> None:
    p.add_argument("--log", metavar="PATH", help="granskningsloggen (standard: $REDACT_LOG eller användarens datamapp)")


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Add `audit verify`, `audit export` and `decision` to the main CLI's subparsers."""
    audit = subparsers.add_parser("audit", help="granskningsloggen: kontrollera och exportera")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="{verify,export}", required=True)

    verify = audit_sub.add_parser("verify", help="kontrollera att loggens hashkedja är hel (exit 4 om den är manipulerad)")
    _add_log(verify)
    verify.set_defaults(func=cmd_audit_verify)

    export = audit_sub.add_parser("export", help="skriv ett ärendes poster som JSON")
    export.add_argument("case", metavar="CASE", help="ärendets id")
    export.add_argument("-o", "--output", metavar="FILE", help="JSON-fil (standard: skriv till skärmen)")
    _add_log(export)
    export.set_defaults(func=cmd_audit_export)

    decision = subparsers.add_parser("decision", help="skriv ett beslut om utlämnande med maskeringar (PDF)")
    decision.add_argument("case", metavar="CASE", help="ärendets id")
    decision.add_argument("-o", "--output", metavar="FILE", required=True, help="beslutets PDF-fil, t.ex. beslut.pdf")
    _add_log(decision)
    decision.add_argument("--profile", metavar="NAME", help=Message("profil: {names} eller en .toml-fil", names=", ".join(list_profiles())))
    decision.add_argument("--decision-maker", metavar="NAME", help="beslutsfattarens namn och titel")
    decision.add_argument("--authority", metavar="NAME", help="myndighetens namn (annars mallens)")
    decision.add_argument("--template", metavar="FILE", help="egen beslutsmall (.toml)")
    decision.add_argument("--date", metavar="YYYY-MM-DD", help="beslutsdatum (standard: i dag)")
    decision.set_defaults(func=cmd_decision)
