"""The findings JSON file exchanged by `redact detect` and `redact apply` (the CLI contract)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from redact.errors import FindingsError
from redact.types import CATEGORIES, MANUAL_CATEGORY, STATUSES, Document, Finding, Note, is_category

#: The version of the file format; its JSON Schema is schemas/redact-findings-1.schema.json.
FORMAT = "redact-findings-1"


def findings_to_json(document: Document, findings: Sequence[Finding], notes: Sequence[Note] = ()) -> dict[str, Any]:
    """The JSON object of the contract: document identity, findings and the notes beside the pages (never their text)."""
    return {
        "format": FORMAT,
        "document": {"name": document.name, "sha256": document.sha256, "pages": document.pages},
        "findings": [finding_to_dict(f) for f in findings],
        "notes": [n.as_record() for n in notes],
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """One finding as a JSON-ready dict."""
    d: dict[str, Any] = {
        "id": f.id,
        "page": f.page,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "category": f.category,
        "score": f.score,
        "detector": f.detector,
        "rects": [[round(v, 2) for v in r] for r in f.rects],
        "status": f.status,
    }
    if f.subject:
        d["subject"] = f.subject
    if f.reason:
        d["reason"] = f.reason
    if f.legal_ground:
        d["legal_ground"] = f.legal_ground
    return d


def _bad(where: str, what: str) -> FindingsError:
    return FindingsError(f"fyndfilen: {where}: {what}")


def _rects(value: Any, where: str) -> tuple[tuple[float, float, float, float], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _bad(where, "rects måste vara en lista av [x0, y0, x1, y1]")
    out = []
    for r in value:
        if (
            not isinstance(r, list)
            or len(r) != 4
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in r)
        ):
            raise _bad(where, "varje rektangel måste vara fyra tal [x0, y0, x1, y1]")
        x0, y0, x1, y1 = (float(v) for v in r)
        if x1 <= x0 or y1 <= y0:
            raise _bad(where, "en rektangel har ingen yta (x1 måste vara större än x0 och y1 större än y0)")
        out.append((x0, y0, x1, y1))
    return tuple(out)


def finding_from_dict(d: Any, n: int, pages: int) -> Finding:
    """Parse one finding; a hand-added one may carry only page and rects."""
    where = f"fynd {n + 1}"
    if not isinstance(d, dict):
        raise _bad(where, "är inget objekt")
    page = d.get("page")
    if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= pages:
        raise _bad(where, f"sidan måste vara ett heltal 1–{pages}")
    rects = _rects(d.get("rects"), where)
    start, end = d.get("start"), d.get("end")
    if start is not None or end is not None:
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or end <= start or start < 0:
            raise _bad(where, "start och end måste vara heltal med start < end")
    status = d.get("status", "manual" if start is None else "proposed")
    if status not in STATUSES:
        raise _bad(where, f"okänd status {status!r}")
    category = d.get("category") or MANUAL_CATEGORY
    if category not in CATEGORIES and not is_category(category):
        # a custom recognizer's category ("EMPLOYEE_ID") is fine; anything else is a broken file
        raise _bad(where, f"ogiltig kategori {category!r} (versaler, siffror och _, t.ex. EMPLOYEE_ID)")
    if not rects and start is None:
        raise _bad(where, "behöver rects eller start/end")
    score = d.get("score", 1.0)
    if not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise _bad(where, "score måste vara ett tal 0–1")
    return Finding(
        id=str(d.get("id") or f"manual-{n + 1}"),
        page=page,
        start=start,
        end=end,
        text=str(d.get("text") or ""),
        category=category,
        score=float(score),
        detector=str(d.get("detector") or "manual"),
        rects=rects,
        status=status,
        subject=d.get("subject"),
        reason=str(d.get("reason") or ""),
        legal_ground=d.get("legal_ground"),
    )


def load_findings(path: Path, document: Document) -> list[Finding]:
    """Read a findings file and check that it belongs to the document."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FindingsError("{name}: fyndfilen finns inte", name=path.name) from None
    except IsADirectoryError:
        raise FindingsError("{name}: är en mapp, inte en fyndfil", name=path.name) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FindingsError("{name}: är ingen giltig JSON-fil ({kind})", name=path.name, kind=exc.__class__.__name__) from None
    return findings_from_json(data, document, path.name)


def findings_from_json(data: Any, document: Document, name: str = "fyndfilen") -> list[Finding]:
    """Check a parsed findings object (format, document, findings) and return its findings."""
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise FindingsError("{name}: saknar listan \"findings\"", name=name)
    fmt = data.get("format", FORMAT)  # files written before the format was named are version 1
    if fmt != FORMAT:
        raise FindingsError("{name}: okänt format {fmt!r}; den här versionen av redact läser {FORMAT}", name=name, fmt=fmt, FORMAT=FORMAT)
    meta = data.get("document") or {}
    if isinstance(meta, dict) and meta.get("sha256") and meta["sha256"] != document.sha256:
        raise FindingsError(
            "{name}: fynden gäller en annan fil ({meta}) än {name2}; kör redact detect igen", name=name, meta=meta.get('name', '?'), name2=document.name
        )
    findings = [finding_from_dict(d, n, document.pages) for n, d in enumerate(data["findings"])]
    ids = [f.id for f in findings]
    if len(set(ids)) != len(ids):
        raise FindingsError("{name}: fynd-id förekommer mer än en gång", name=name)
    return findings
