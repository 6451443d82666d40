"""The audit record of one run: what was masked, why, by whom, and the proof; never the masked text.

Masked texts appear only as keyed hashes (HMAC-SHA256 under the case's key).
The key stays in the audit log (``redact.audit_log``) and is never written
into the record: a salt printed beside a plain hash would let anyone holding
the file confirm a guessed name offline. Whoever holds the log can still match
a mask to a name; within one record, equal hashes mean equal texts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pymupdf

from redact import __version__
from redact.ingest.pdf import sha256_file
from redact.types import Disclosure


#: How the record describes its text hashes (the key itself is never part of it).
HASH_METHOD = {"algorithm": "HMAC-SHA256", "text": "blanksteg hopslagna, gemener",
               "key": "ärendets nyckel i granskningsloggen; exporteras aldrig"}


def keyed_text_hash(text: str, key: str) -> str:
    """HMAC-SHA256 of whitespace- and case-normalised text under the case's key: matchable with the key, not without."""
    norm = " ".join(text.split()).casefold()
    return hmac.new(key.encode("utf-8"), norm.encode("utf-8"), hashlib.sha256).hexdigest()


def new_key() -> str:
    """A fresh random key for text hashes (256 bits)."""
    return secrets.token_hex(32)


def safe_file_name(name: str, masks, key: str) -> str:
    """The file name, or a keyed hash of it when it contains masked text ("Anna Berg.pdf" would leak the name)."""
    folded = name.casefold().replace("_", " ").replace("-", " ")
    for m in masks:
        t = " ".join(m.text.split()).casefold()
        if len(t) >= 3 and (t in folded or t.replace("-", " ") in folded):
            return "dolt-filnamn-" + keyed_text_hash(name, key)[:16]
    return name


def build_record(disclosure: Disclosure, settings: dict[str, Any], versions: dict[str, str], key: str | None = None,
                 case: str | None = None) -> dict[str, Any]:
    """The JSON audit record of a finished disclosure; text hashes are keyed with ``key``, which is never written.

    Pass the case's key from the audit log (``AuditLog.key``) so the log's holder can match a mask to a
    name later; without one a throwaway key is used, and the hashes only show which masks hold the same text.
    """
    key = key or new_key()
    doc = disclosure.document
    out = disclosure.output
    v = disclosure.verification
    masks = []
    for m in disclosure.masks:
        masks.append(
            {
                "id": m.id,
                "page": m.page,
                "rects": [[round(x, 2) for x in r] for r in m.rects],
                "category": m.category,
                "detector": m.detector,
                "score": m.score,
                "decision": m.decision,
                "legal_ground": m.legal_ground,
                "subject": m.subject,
                "text_hmac_sha256": keyed_text_hash(m.text, key) if m.text else None,
            }
        )
    rejected = [
        {
            "id": f.id,
            "page": f.page,
            "category": f.category,
            "detector": f.detector,
            "score": f.score,
            "decision": "rejected",
            "subject": f.subject,
            "reason": f.reason if f.reason.startswith("disclose:") else None,
            "text_hmac_sha256": keyed_text_hash(f.text, key) if f.text else None,
        }
        for f in disclosure.findings
        if f.status == "rejected"
    ]
    names = {
        "input": safe_file_name(doc.name, disclosure.masks, key),
        "output": safe_file_name(out.name, disclosure.masks, key) if out is not None else None,
    }
    return {
        "tool": {"name": "redact", "version": __version__, "pymupdf": pymupdf.VersionBind, **versions},
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input": {"name": names["input"], "sha256": doc.sha256, "pages": doc.pages},
        "output": {"name": names["output"], "sha256": sha256_file(out)} if out is not None and out.exists() else None,
        "settings": settings,
        "text_hash": {**HASH_METHOD, "case": case} if case else dict(HASH_METHOD, key="kastad efter körningen"),
        "masks": masks,
        "rejected": rejected,
        "verification": {
            "ok": v.ok,
            "strings_checked": v.checked,
            "extractors": list(v.extractors),
            "failures": [{"page": p, "category": c} for p, c in v.failures],
        }
        if v is not None
        else None,
        "warnings": list(disclosure.warnings),
        "notes": [
            {**n.as_record(), "reason": "bilaga sist i kopian" if n.included else "syns inte på sidan; lämnas inte ut"}
            for n in disclosure.notes
        ],
        "timings_s": {k: round(t, 3) for k, t in disclosure.timings.items()},
    }


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write JSON to a temporary file beside the target, then rename it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
