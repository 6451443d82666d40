"""Any document of a case to the PDF the pipeline redacts (PDF as it is; the rest converted)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from redact.case.collect import kind_of
from redact.errors import InputError
from redact.ingest.text import MAX_TEXT_BYTES


@dataclass
class Conversion:
    """The PDF to redact and what converting it showed or could not show."""

    pdf: Path
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def read_plain_text(path: Path) -> tuple[str, list[str]]:
    """A text file as text: UTF-8, else Windows-1252 (older Swedish files), said in a warning."""
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise InputError("{name}: textfilen är större än {value} MB", name=path.name, value=MAX_TEXT_BYTES >> 20)
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ["en textfil lästes som Windows-1252 (inte UTF-8)"]


def to_pdf(path: Path, kind: str | None, workdir: Path, name: str | None = None,
           office_timeout: float | None = None) -> Conversion:
    """The PDF of one document: a PDF unchanged (never modified), anything else converted into ``workdir``."""
    kind = kind or kind_of(path.name)
    out = Path(workdir) / "converted.pdf"
    if kind == "pdf":
        return Conversion(pdf=path)
    if kind == "text":
        from redact.case.textpdf import text_html, write_html_pdf

        text, warnings = read_plain_text(path)
        return Conversion(out, write_html_pdf([text_html(text.replace("\r\n", "\n"))], out), warnings)
    if kind == "email":
        from redact.case.email import render_email

        return Conversion(out, render_email(path, out))
    if kind == "image":
        from redact.case.images import image_to_pdf

        return Conversion(out, image_to_pdf(path, out))
    if kind == "office":
        from redact.case.office import DEFAULT_TIMEOUT, convert_office

        converted = convert_office(path, out, office_timeout or DEFAULT_TIMEOUT)
        return Conversion(out, converted.pages, converted.warnings)
    if kind == "msg":  # detect on one Outlook message: read as the e-mail it is
        from redact.case.email import render_email
        from redact.case.outlook import msg_to_eml

        eml = msg_to_eml(path, Path(workdir) / "message.eml", name or path.name)
        return Conversion(out, render_email(eml, out))
    raise InputError("{value}: filformatet kan inte läsas", value=name or path.name)


