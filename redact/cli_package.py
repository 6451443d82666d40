"""`redact package CASE -o FILE.zip`: the whole disclosure of one case in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from redact.audit_log import AuditLog, default_log_path
from redact.cli_lang import of


def cmd_package(args: argparse.Namespace) -> int:
    """Write the package; a changed or missing output is refused (exit 2) and nothing is written."""
    from redact.package import write_package

    log = AuditLog(Path(args.log) if args.log else default_log_path(), create=False)
    pkg = write_package(log, args.case, Path(args.output), decision_maker=args.decision_maker, authority=args.authority)
    key = "package_written" if pkg.letter else "package_written_no_letter"
    print(of(args).t(key, path=pkg.path, n=len(pkg.documents)))
    return 0


def add_subcommand(subparsers: argparse._SubParsersAction) -> None:
    """Add `package` to the main CLI."""
    p = subparsers.add_parser("package", help="skriv ett ärendes utlämnande som en zip: maskerade PDF:er, beslut och logg")
    p.add_argument("case", metavar="CASE", help="ärendets id")
    p.add_argument("-o", "--output", metavar="FILE.zip", required=True, help="paketets zip-fil")
    p.add_argument("--log", metavar="PATH", help="granskningsloggen (standard: $REDACT_LOG eller användarens datamapp)")
    p.add_argument("--decision-maker", metavar="NAME", help="beslutsfattarens namn och titel i beslutet")
    p.add_argument("--authority", metavar="NAME", help="myndighetens namn i beslutet")
    p.set_defaults(func=cmd_package)
