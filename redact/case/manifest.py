"""manifest.json of a case folder: which input became which output, with pages, masks and status.

The manifest lies beside the disclosed files, so a path part that contains text masked
anywhere in the case ("Intyg Anna Berg.pdf") is replaced by a hash, as in the audit
record; the input's SHA-256 still tells the registrar which file it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from redact.audit import keyed_text_hash, safe_file_name, write_json_atomic
from redact.case.engine import Result
from redact.types import Mask

MANIFEST = "manifest.json"


def output_name(index: int, sha256: str, total: int) -> str:
    """The neutral output name: position in the case and the input's hash, never anything it says."""
    return f"{index:0{max(3, len(str(total)))}d}-{sha256[:8]}.pdf"


def safe_origin(origin: str, masks: Sequence[Mask], key: str, known: set[str] | None = None) -> str:
    """The input path with every part that contains masked text replaced by a hash of it.

    ``known``: on a resumed run, the path parts the earlier manifest showed. The masks of the
    documents not redone are not at hand, so any other part is hidden too.
    """
    parts = PurePosixPath(origin.replace("\\", "/")).parts

    def one(p: str) -> str:
        if p == "/":
            return ""
        if known is not None and p not in known:
            return "dolt-filnamn-" + keyed_text_hash(p, key)[:16]  # as safe_file_name hides it
        return safe_file_name(p, masks, key)

    return "/".join(one(p) for p in parts) or origin


def build_manifest(case: str, results: Sequence[Result], shas: dict[int, str], parents: dict[int, str | None],
                   key: str, masks: Sequence[Mask], outputs: dict[int, str] | None = None,
                   known: set[str] | None = None) -> dict[str, Any]:
    """The manifest of a finished case; ``masks``: every mask of the case (their text is looked for in paths).

    ``outputs``: each written output's SHA-256, so a rerun can tell a finished document from a
    damaged one; ``known``: the path parts a resumed run may show (see ``safe_origin``).
    """
    outputs = outputs or {}
    docs = []
    for r in results:
        parent = parents.get(r.index)
        docs.append({
            "index": r.index,
            "input": safe_origin(r.origin, masks, key, known),
            "parent": safe_origin(parent, masks, key, known) if parent else None,
            "input_sha256": shas.get(r.index),
            "output": r.output.name if r.output is not None else None,
            "output_sha256": outputs.get(r.index) if r.output is not None else None,
            "pages": r.pages,
            "masks": r.masks,
            "status": r.status,
            "warnings": list(r.warnings),  # fixed phrases with counts, never document text
            "error": _scrub(r.error, masks, key) if r.error else None,
        })
    return {
        "case": case,
        "documents": docs,
        "ok": sum(1 for r in results if r.status == "ok"),
        "refused": sum(1 for r in results if r.status == "refused"),
        "not_done": sum(1 for r in results if r.status == "not_done"),  # the engine stopped before them
    }


def _scrub(text: str, masks: Sequence[Mask], key: str) -> str:
    """An error line with every word sequence that is masked text replaced by a hash."""
    folded = text.casefold()
    for m in masks:
        t = " ".join(m.text.split())
        if len(t) >= 3 and t.casefold() in folded:
            return safe_file_name(text, masks, key)
    return text


def write_manifest(folder: Path, manifest: dict[str, Any]) -> Path:
    """Write manifest.json atomically into the case folder."""
    path = Path(folder) / MANIFEST
    write_json_atomic(path, manifest)
    return path
