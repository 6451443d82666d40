"""The command line's own messages in Swedish and English, and argparse's messages in Swedish.

The language is ``--lang sv|en``, else the locale (LC_ALL, LC_MESSAGES, LANG), and Swedish when
the locale says neither. Messages from the library (a RedactError's text) stay Swedish: they are
written for the registrar and named in the documentation as they are.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence

LANGUAGES = ("sv", "en")

#: key -> (Swedish, English); str.format fields in braces.
MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("redact: fel: {message}", "redact: error: {message}"),
    "usage_error": ("redact: fel: {message} (se {prog} --help)", "redact: error: {message} (see {prog} --help)"),
    "internal": ("redact: internt fel: {message} (REDACT_DEBUG=1 visar detaljer)",
                 "redact: internal error: {message} (REDACT_DEBUG=1 shows the details)"),
    "interrupted": ("redact: avbrutet", "redact: interrupted"),
    "version": ("redact {version}", "redact {version}"),
    "summary_head": ("{name}: {pages} sidor, {masks} maskeringar, {seconds} s", "{name}: {pages} pages, {masks} masks, {seconds} s"),
    "summary_rejected": ("  ({n} fynd avvisade, lämnas synliga)", "  ({n} findings rejected, left visible)"),
    "summary_verified": ("verifierad: inget av {n} maskerade uttryck går att extrahera ({readers})",
                         "verified: none of {n} masked expressions can be extracted ({readers})"),
    "summary_ink": ("verifierad: inget synligt innehåll försvann utanför maskeringarna",
                    "verified: no visible content vanished outside the masks"),
    "warning": ("varning: {message}", "warning: {message}"),
    "output": ("utdata: {path}", "output: {path}"),
    "stdout": ("standard ut", "standard output"),
    "stdin_empty": ("standard in är tom", "standard input is empty"),
    "stdin_twice": ("standard in (-) kan bara läsas en gång", "standard input (-) can be read only once"),
    "help_verbose": ("visa loggmeddelanden (-vv: fler)", "show log messages (-vv: more)"),
    "help_quiet": ("visa bara fel", "show errors only"),
    "help_lang": ("språk för meddelanden: sv eller en (standard: från locale, annars svenska)",
                  "language of messages: sv or en (default: from the locale, else Swedish)"),
    "help_version": ("visa versionen och avsluta", "show the version and exit"),
}

#: argparse's messages (Python 3.11+) in Swedish; with English argparse speaks for itself.
ARGPARSE_SV: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "the following arguments are required: %s": "följande argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "expected at least one argument": "minst ett värde behövs",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "ignored explicit argument %r": "argumentet %r ignorerades",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}

_current = "sv"


def choose(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language of this run: --lang (anywhere before "--"), else the locale, else Swedish."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.partition("=")[2] if arg.startswith("--lang=") else None
        if value in LANGUAGES:
            return value
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    return "sv"


def use(language: str) -> None:
    """Speak ``language`` from now on, argparse included."""
    global _current
    _current = language if language in LANGUAGES else "sv"
    # argparse looks its messages up through the module-level name "_" at the moment it needs them
    argparse._ = _argparse_sv if _current == "sv" else _argparse_en  # type: ignore[attr-defined]


def language() -> str:
    """The language in use."""
    return _current


def t(key: str, **fields: object) -> str:
    """A message in the language in use."""
    sv, en = MESSAGES[key]
    return (en if _current == "en" else sv).format(**fields)


def _argparse_sv(message: str) -> str:
    return ARGPARSE_SV.get(message, message)


def _argparse_en(message: str) -> str:
    return message
