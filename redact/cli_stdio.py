"""`-` as standard input and output on the command line, and what -q silences.

The commands themselves read and write files; this layer puts standard input into a private
temporary file before a command runs and copies the output to standard output after it succeeded,
so a failed run (exit 3 or 5) never writes a byte of PDF to the pipe.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TextIO

from redact.cli_lang import of
from redact.errors import InputError

#: The argument that means standard input or standard output.
STDIO = "-"
#: Commands whose input or output may be "-" (the text command handles its own).
_PDF_COMMANDS = ("detect", "apply", "run")
#: Commands whose standard output is a report for people, not data: -q silences it.
_REPORTING = ("apply", "run")


def _is_stdio(value: object) -> bool:
    return isinstance(value, (str, Path)) and str(value) == STDIO


def _read_stdin(scratch: Path, name: str) -> Path:
    data = sys.stdin.buffer.read()
    if not data:
        raise InputError("standard in är tom")
    path = scratch / name
    path.write_bytes(data)
    return path


@contextmanager
def standard_streams(args: argparse.Namespace, quiet: bool) -> Iterator[None]:
    """Map "-" in ``args`` to temporary files for the duration of the command; apply -q."""
    command = getattr(args, "command", None)
    with tempfile.TemporaryDirectory(prefix="redact-stdio-") as tmp:
        scratch = Path(tmp)
        os.chmod(scratch, 0o700)
        pdf_out: Path | None = None
        if command in _PDF_COMMANDS:
            pdf_out = _map_arguments(args, command, scratch)
        with ExitStack() as stack:
            if pdf_out is not None:  # the PDF owns standard output; reports go to standard error
                stack.enter_context(redirect_stdout(_Naming(sys.stderr, str(pdf_out), of(args).t("stdout"))))
            if quiet:
                devnull = stack.enter_context(open(os.devnull, "w"))
                stack.enter_context(redirect_stderr(devnull))
                if command in _REPORTING and pdf_out is None:
                    stack.enter_context(redirect_stdout(devnull))
            yield
        if pdf_out is not None:
            with pdf_out.open("rb") as fh:
                sys.stdout.flush()
                while chunk := fh.read(1 << 20):
                    sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()


class _Naming:
    """A text stream that says "standard output" where a report names the temporary output file."""

    def __init__(self, stream: TextIO, path: str, name: str):
        self._stream, self._path, self._name = stream, path, name

    def write(self, text: str) -> int:
        return self._stream.write(text.replace(self._path, self._name))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, attr: str) -> object:
        return getattr(self._stream, attr)


def _map_arguments(args: argparse.Namespace, command: str, scratch: Path) -> Path | None:
    """Replace "-" arguments by temporary files; return the file to copy to standard output, if any."""
    inputs = args.input if isinstance(getattr(args, "input", None), list) else [getattr(args, "input", None)]
    read_stdin = [i for i in inputs if _is_stdio(i)]
    findings_stdin = command == "apply" and _is_stdio(getattr(args, "findings", None))
    if len(read_stdin) + findings_stdin > 1:
        raise InputError("standard in (-) kan bara läsas en gång")
    if read_stdin:
        if command == "detect":
            # a PDF or a text may come down the pipe; the file name tells the reader which
            data = sys.stdin.buffer.read()
            if not data:
                raise InputError("standard in är tom")
            path = scratch / ("stdin.pdf" if data.lstrip()[:5] == b"%PDF-" else "stdin.txt")
            path.write_bytes(data)
        else:
            path = _read_stdin(scratch, "stdin.pdf")
        mapped = [path if _is_stdio(i) else i for i in inputs]
        args.input = mapped if isinstance(args.input, list) else mapped[0]
    if findings_stdin:
        args.findings = _read_stdin(scratch, "findings.json")
    output = getattr(args, "output", None)
    if not _is_stdio(output) or len(inputs) > 1:  # several inputs write a folder, never one stream
        return None
    if command == "detect":
        args.output = None  # detect writes its JSON to standard output by default
        return None
    args.output = scratch / "stdout.pdf"
    return args.output
