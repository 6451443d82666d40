"""An uploaded file of any format `redact run` reads, as the PDFs the review works on.

A PDF is itself. An e-mail (.eml, .msg) is its header block and body, followed by each of
its attachments as a document of its own (recursively); a zip is its entries; an office
file, an image or a text file is converted. Conversion is the case run's own (redact.case),
so what the review shows is what a case run would redact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from redact.case.collect import KINDS, collect, kind_of
from redact.errors import InputError, RedactError
from redact.ingest.guard import DEFAULT_LIMITS, Limits
from redact.ingest.pdf import sha256_file

if TYPE_CHECKING:
    from redact.ingest.bounded_worker import Progress


@dataclass
class Converted:
    """One document of an upload: the PDF to review and where it came from."""

    origin: str  # the upload's name, or "post.eml/yttrande.docx" for an attachment
    name: str  # the file's own name (the last part of ``origin``)
    kind: str  # pdf, email, msg, office, image, text
    pdf: Path
    source_sha256: str  # of the file as uploaded or attached
    parent: str | None = None  # origin of the e-mail or archive it came in
    warnings: list[str] = field(default_factory=list)


@dataclass
class Refused:
    """A document of an upload that could not be read; the rest of the upload goes on."""

    name: str
    error: str


def accepted_suffixes() -> list[str]:
    """The file name endings an upload may have."""
    return sorted(KINDS)


def upload_kind(filename: str) -> str | None:
    """The kind of an uploaded file by its own name (any folder part dropped), or None."""
    return kind_of(re.split(r"[\\/]", filename or "")[-1])


def stage_name(filename: str) -> str:
    """A safe name for the uploaded file on disk that keeps its suffix (conversion goes by it)."""
    base = re.split(r"[\\/]", filename or "")[-1]
    suffix = PurePosixPath(base).suffix.lower()
    stem = "".join(c if (c.isalnum() or c in "._- ") else "_" for c in base[: len(base) - len(suffix)]).strip(" ._")
    return f"{stem[:80] or 'handling'}{suffix}"


def convert_upload_bounded(path: Path, workdir: Path,
                           limits: Limits = DEFAULT_LIMITS) -> tuple[list[Converted], list[Refused]]:
    """``convert_upload`` in a worker with the run's time and memory limits: a hostile upload costs itself, not the server.

    Reading an e-mail, unpacking a zip and decoding an image run in Python and MuPDF, in the
    process that does them; on a shared server that process must not be the server itself.
    """
    if not limits.isolate:
        return convert_upload(path, workdir)
    from redact.case.libreoffice import remove_leftovers
    from redact.ingest.bounded_worker import bounded

    office = Path(workdir) / "libreoffice"
    office.mkdir()
    try:
        return bounded(_convert_in_worker, path, workdir, office, limits=limits, what=path.name)
    finally:
        remove_leftovers(office)  # a worker stopped mid-conversion leaves its LibreOffice running


def _convert_in_worker(path: Path, workdir: Path, office: Path,
                       progress: Progress | None = None) -> tuple[list[Converted], list[Refused]]:
    from redact.case.libreoffice import use_profile_folder

    use_profile_folder(office)  # where the starter finds a LibreOffice this worker could not stop
    return convert_upload(path, workdir, progress)


def convert_upload(path: Path, workdir: Path, progress: Progress | None = None,
                   ) -> tuple[list[Converted], list[Refused]]:
    """The documents an uploaded file stands for, each as a PDF in ``workdir``, in the order a case run lists them."""
    from redact.case.convert import to_pdf
    from redact.case.email import expand

    prefix = f"{path.parent}/"
    sources = expand(collect([path], workdir), workdir)
    done: list[Converted] = []
    refused: list[Refused] = []
    for n, source in enumerate(sources, 1):
        if progress is not None:  # a sign of life per document: each gets the time limit of a page
            progress("convert", n - 1, len(sources))
        origin = source.origin.removeprefix(prefix)
        name = PurePosixPath(origin).name
        parent = source.parent.removeprefix(prefix) if source.parent else None
        if source.error:
            refused.append(Refused(name, source.error.replace(prefix, "")))
            continue
        out = workdir / f"doc-{n:04d}"
        out.mkdir()
        try:
            conversion = to_pdf(source.path, source.kind, out, name)
        except RedactError as err:
            refused.append(Refused(name, str(err) if name in str(err) else f"{name}: {err}"))
            continue
        original = source.original or source.path
        done.append(Converted(origin, name, source.kind, conversion.pdf, sha256_file(original), parent,
                              conversion.warnings))
    if not done and not refused:
        raise InputError("{name}: filen innehåller inga handlingar", name=path.name)
    return done, refused
