"""The command line's language: its own lines, help texts, the library's messages, argparse's words.

The language is ``--lang sv|en``, else the locale (LC_ALL, LC_MESSAGES, LANG), and Swedish when
the locale says neither. ``main`` makes one ``Messages`` for the run and hands it on: to the parser
(help texts and usage errors) and to the commands as ``args.messages``. Library errors and
warnings are ``redact.messages.Message`` texts that ``Messages.say`` renders in the language.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from redact.messages import LANGUAGES, Message, render, speaks

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
    "page_unit": ("sida", "page"),
    "stage_detect": ("hittar", "detecting"),
    "stage_ocr": ("OCR", "OCR"),
    "stage_render": ("maskerar", "masking"),
    "stage_verify": ("kontrollerar", "verifying"),
    "detect_written": ("{n} fynd på {pages} sidor -> {path}", "{n} findings on {pages} pages -> {path}"),
    "audit_record": ("granskningspost: {path}", "audit record: {path}"),
    "audit_log": ("granskningslogg: {path}", "audit log: {path}"),
    "audit_intact": ("granskningsloggen är hel: {n} poster, senaste hash {digest}",
                     "the audit log is intact: {n} entries, latest hash {digest}"),
    "decision_written": ("beslutet skrevs till {path}", "the decision was written to {path}"),
    "package_written": ("paketet skrevs till {path}: {n} handlingar, beslut, granskningslogg",
                        "the package was written to {path}: {n} documents, decision, audit log"),
    "package_written_no_letter": ("paketet skrevs till {path}: {n} handlingar, inget beslut (inget maskerat), granskningslogg",
                                  "the package was written to {path}: {n} documents, no decision (nothing masked), audit log"),
    "review_loaded": ("{name}: {pages} sidor inlästa", "{name}: {pages} pages read"),
    "review_running": ("Granskningen körs på {url} (avsluta med Ctrl+C)", "The review runs at {url} (stop it with Ctrl+C)"),
    "review_stopped": ("Granskningen avslutad; allt är sparat.", "The review has stopped; everything is saved."),
    "password": ("Lösenord: ", "Password: "),
    "password_again": ("Upprepa lösenordet: ", "Repeat the password: "),
    "user_added": ("{name} ({role}) är tillagd", "{name} ({role}) has been added"),
    "user_removed": ("{name} är borttagen", "{name} has been removed"),
    "password_changed": ("lösenordet för {name} är bytt", "the password of {name} has been changed"),
    "case_summary": ("{ok} av {total} dokument klara, {pages} sidor, {masks} maskeringar, {seconds} s",
                     "{ok} of {total} documents done, {pages} pages, {masks} masks, {seconds} s"),
    "case_warning": ("varning: dokument {index}: {message}", "warning: document {index}: {message}"),
    "manifest": ("förteckning: {path}", "manifest: {path}"),
    "case_log": ("granskningslogg: {path} (ärende {case})", "audit log: {path} (case {case})"),
    "case_refused": ("redact: {n} dokument vägrades; de övriga skrevs (se förteckningen)",
                     "redact: {n} documents were refused; the others were written (see the manifest)"),
    "converted_kept": ("konverterad PDF: {path} (fynden gäller dess sidor)",
                       "converted PDF: {path} (the findings refer to its pages)"),
    "converted_note": ("obs: fynden gäller den konverterade PDF-filens sidor; spara den med --converted FIL.pdf för redact apply",
                       "note: the findings refer to the converted PDF's pages; keep it with --converted FILE.pdf for redact apply"),
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


def of(args: argparse.Namespace) -> "Messages":
    """The run's messages as ``main`` put them on ``args`` (Swedish when a command is called directly)."""
    return getattr(args, "messages", None) or Messages("sv")


class Messages:
    """Everything the command line says, in one language, handed to whoever prints."""

    def __init__(self, language: str = "sv"):
        self.language = language if language in LANGUAGES else "sv"

    def t(self, key: str, **fields: object) -> str:
        """One of the command line's own lines (``MESSAGES``); Message and error fields in the language."""
        sv, en = MESSAGES[key]
        return (en if self.language == "en" else sv).format(**{k: self.say(v) if speaks(v) else v for k, v in fields.items()})

    def say(self, text: object) -> str:
        """A library message, error or warning (Swedish at the source) in the language."""
        return render(text, self.language)

    def help(self, text: str) -> str | None:
        """A help text in the language; None when English is asked for and none is known."""
        if self.language != "en":
            return text
        from redact.cli_help_en import HELP_EN
        from redact.messages_en import EN

        if isinstance(text, Message):  # a help text with fields (e.g. the list of profiles)
            return text.render("en") if text.template in EN else None
        return HELP_EN.get(text)


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """argparse's own words ("usage:", "the following arguments are required") in ``language``.

    argparse looks them up through its module-level ``_`` when it needs them; there is no other
    hook, so it is set for the length of one command and put back afterwards.
    """
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_sv if language == "sv" else _argparse_en  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def translate_parser(parser: argparse.ArgumentParser, messages: Messages) -> list[str]:
    """Give ``parser`` and every subparser ``messages``; put their help texts in its language.

    Returns the help texts that have no English text (empty in Swedish), for the tests.
    """
    missing: list[str] = []

    def tr(text: str | None) -> str | None:
        if not text or text == argparse.SUPPRESS:
            return text
        done = messages.help(text)
        if done is None:
            missing.append(str(text))
            return text
        return done

    def walk(p: argparse.ArgumentParser) -> None:
        p.messages = messages  # type: ignore[attr-defined]
        p.description = tr(p.description)
        p.epilog = tr(p.epilog)
        for group in p._action_groups:
            group.description = tr(group.description)
        for action in p._actions:
            if not isinstance(action, argparse._HelpAction):  # argparse words its own -h
                action.help = tr(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = tr(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(parser)
    return missing


def _argparse_sv(message: str) -> str:
    return ARGPARSE_SV.get(message, message)


def _argparse_en(message: str) -> str:
    return message
