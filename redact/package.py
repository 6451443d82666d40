"""The disclosure package: one zip with the redacted PDFs exactly as written, the decision letter and the audit export.

Each output is found where the audit log says it was written (``finalised`` entries carry the file's path and
SHA-256); a file whose content changed since it was logged is refused, so what is handed over is what was
verified.
"""

from __future__ import annotations

import json
from hashlib import sha256
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redact.audit_log import AuditLog
from redact.errors import InputError
from redact.ingest.pdf import sha256_file

log = logging.getLogger(__name__)

LETTER_NAME = "beslut.pdf"
EXPORT_NAME = "granskningslogg.json"
DOCUMENTS_DIR = "handlingar"


class ChangedOutputError(InputError):
    """A logged output no longer has the content that was verified and logged."""


@dataclass(frozen=True)
class PackedFile:
    """One redacted PDF in the package."""

    name: str  # its name inside the zip
    source: Path
    sha256: str


@dataclass(frozen=True)
class Package:
    """What ``write_package`` put in the zip."""

    path: Path
    documents: tuple[PackedFile, ...]
    letter: bool


def logged_outputs(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The latest output logged for each document of a case (a later run of the same document replaces an earlier)."""
    latest: dict[str, dict[str, Any]] = {}
    for e in record["entries"]:
        if e["kind"] != "finalised":
            continue
        p = e["payload"]
        out = p.get("output")
        if not out:
            continue
        doc = (p.get("document") or {}).get("sha256") or out.get("sha256")
        latest.pop(doc, None)
        latest[doc] = {**out, "masks": p.get("masks", 0)}
    return list(latest.values())


def _checked(outputs: list[dict[str, Any]], case: str) -> list[PackedFile]:
    files: list[PackedFile] = []
    used: set[str] = set()
    for out in outputs:
        name = Path(str(out.get("name") or "handling.pdf")).name
        where = out.get("path")
        if not where:
            raise InputError("loggen anger inte var {name} skrevs (ärendet maskerades med en äldre version); kör om ärende {case} eller slutför det i granskningsappen", name=name, case=case)
        path = Path(where)
        if not path.is_file():
            raise InputError("{name}: filen finns inte längre där den skrevs ({parent}); lägg tillbaka den eller kör om ärendet", name=name, parent=path.parent)
        digest = sha256_file(path)
        if digest != out.get("sha256"):
            raise ChangedOutputError("{name} har ändrats sedan den verifierades och loggades (SHA-256 stämmer inte); den lämnas inte ut – kör om ärendet för en ny, verifierad fil", name=name)
        inner = name
        n = 2
        while inner in used:
            inner = f"{Path(name).stem}-{n}{Path(name).suffix}"
            n += 1
        used.add(inner)
        files.append(PackedFile(inner, path, digest))
    return files


def write_package(log_: AuditLog, case: str, output: Path, decision_maker: str | None = None,
                  authority: str | None = None) -> Package:
    """Write the case's disclosure package to ``output`` (a zip); refuses changed or missing outputs."""
    from redact.decision_letter import render_decision

    output = Path(output)
    if not output.parent.is_dir():
        raise InputError("{parent}: mappen för paketet finns inte", parent=output.parent)
    record = log_.export(case)  # verifies the hash chain first
    outputs = logged_outputs(record)
    if not outputs:
        raise InputError("ärende {case} har inga färdiga handlingar i granskningsloggen; maskera eller slutför det först", case=case)
    files = _checked(outputs, case)
    masked = any(int(o.get("masks") or 0) > 0 for o in outputs)
    with tempfile.TemporaryDirectory(prefix=".paket-", dir=output.parent) as tmp:
        letter = Path(tmp) / LETTER_NAME
        if masked:  # nothing masked: the documents go out whole and no decision to refuse is needed
            render_decision(log_, case, letter, decision_maker=decision_maker, authority=authority)
        part = Path(tmp) / (output.name + ".part")
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                # Read once more and check the bytes written are the bytes that were hashed.
                data = f.source.read_bytes()
                if sha256(data).hexdigest() != f.sha256:
                    raise ChangedOutputError("{name} ändrades medan paketet skrevs; försök igen", name=f.name)
                zf.writestr(f"{DOCUMENTS_DIR}/{f.name}", data)
            if masked:
                zf.write(letter, LETTER_NAME)
            zf.writestr(EXPORT_NAME, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        os.chmod(part, 0o600)
        os.replace(part, output)
    log.info("package for %s: %d documents, letter %s", case, len(files), masked)
    return Package(output, tuple(files), masked)
