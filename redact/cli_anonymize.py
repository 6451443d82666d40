"""`redact text IN|- [-o OUT|-] [--operator replace|mask|pseudonym]`: anonymise a plain text for a pipeline."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from redact.errors import InputError

#: A text larger than this is not a document someone pipes through; refuse rather than stall.
MAX_TEXT_BYTES = 20 * 1024 * 1024


def add_subcommand(subparsers: argparse._SubParsersAction) -> None:
    """Register `redact text`."""
    from redact.anonymize import OPERATORS

    p = subparsers.add_parser("text", help="anonymisera en text (UTF-8) och skriv den till standard ut eller en fil")
    p.add_argument("input", help="textfil, eller - för standard in")
    p.add_argument("-o", "--output", default="-", help="utfil (standard eller -: standard ut)")
    p.add_argument("--operator", choices=OPERATORS, default="replace",
                   help="replace: [PERSON]; mask: *****; pseudonym: [PERSON 1], samma nummer för samma person")
    p.add_argument("--category", action="append", dest="categories", metavar="KATEGORI",
                   help="bara den här kategorin (kan upprepas), t.ex. PERSON")
    p.add_argument("--allow", action="append", default=[], metavar="TEXT", help="text som inte är en personuppgift här (kan upprepas)")
    p.add_argument("--deny", action="append", default=[], metavar="TEXT", help="text som alltid tas bort (kan upprepas)")
    p.add_argument("--profile", help="profil: vad profilen föreslår att lämna ut står kvar")
    p.set_defaults(func=cmd_text)


def _read(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        name = "standard in"
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError("{name}: textfilen finns inte" if not path.exists() else "{name}: är ingen fil", name=path.name)
        data = path.read_bytes()[: MAX_TEXT_BYTES + 1]
        name = path.name
    if len(data) > MAX_TEXT_BYTES:
        raise InputError("{name}: texten är större än {value} MB", name=name, value=MAX_TEXT_BYTES // (1024 * 1024))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("{name}: är inte UTF-8-kodad text; spara om den som UTF-8", name=name) from None


def cmd_text(args: argparse.Namespace) -> int:
    """Anonymise the text and write it out; the written text is never logged."""
    from redact.anonymize import anonymize_text

    if args.output != "-":
        out = Path(args.output)
        if out.is_dir() or not (out.parent if str(out.parent) else Path(".")).is_dir():
            raise InputError("{out}: utdata måste vara en fil i en befintlig mapp", out=out)
        if args.input != "-" and out.exists() and out.resolve() == Path(args.input).resolve():
            raise InputError("utdatafilen får inte vara samma fil som indatafilen")
    text = _read(args.input)
    result = anonymize_text(text, operator=args.operator, categories=args.categories, allow=args.allow,
                            deny=args.deny, profile=args.profile)
    if args.output == "-":
        sys.stdout.write(result)
        sys.stdout.flush()
    else:
        _write_atomic(Path(args.output), result)
    return 0


def _write_atomic(path: Path, text: str) -> None:
    """Write beside the target and rename, so a reader never sees half a text."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
