"""The library's public functions: personal data in a text, and a redacted PDF from a path, bytes or a file.

Every function takes an optional ``detector``; without one they share a single Detector that
is loaded on first use (about a second) and reused by every later call in the process.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Union

from redact.errors import InputError
from redact.types import Disclosure, Finding, RenderOptions, is_category

if TYPE_CHECKING:
    from redact.audit_log import AuditLog
    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions
    from redact.policy import Profile

#: What a PDF may be given as: a path, its bytes, or a binary file object open for reading.
Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]
#: Where the redacted PDF may go: a path, a binary file object open for writing, or None (bytes on the result).
Target = Union[str, "os.PathLike[str]", IO[bytes], None]
#: Words that must always be found: texts, or text -> category.
Deny = Union[Iterable[str], Mapping[str, str]]

#: Category of a deny-list entry given without one.
DENY_CATEGORY = "DENY_LIST"

_default: Detector | None = None
_default_lock = threading.Lock()


def default_detector() -> Detector:
    """The process-wide Detector used when a call is given none: loaded once, then reused."""
    global _default
    with _default_lock:
        if _default is None:
            from redact.detect.engine import Detector

            _default = Detector()
        return _default


def analyze_text(
    text: str,
    *,
    categories: Iterable[str] | None = None,
    allow: Iterable[str] = (),
    deny: Deny = (),
    profile: str | os.PathLike[str] | Profile | None = None,
    detector: Detector | None = None,
) -> list[Finding]:
    """Personal data in a text: merged, propagated and linked findings, each with its subject id.

    ``categories`` keeps only those categories; ``allow`` lists texts that are not personal data
    here (every mention of the same subject is dropped too); ``deny`` lists texts always reported
    (category ``DENY_LIST``, or text -> category); ``profile`` (a built-in name, a TOML path or a
    Profile) sets the legal ground and proposes to disclose (status "rejected") what it does not
    mask. Offsets refer to ``text`` as given.
    """
    from redact.pipeline import detect_text

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    wanted = _categories(categories)
    # "\r\n" becomes " \n" so that offsets stay those of the caller's text
    plain = text.replace("\r\n", " \n").replace("\r", "\n")
    findings = detect_text(plain, detector or default_detector()).findings
    if wanted is not None:
        findings = [f for f in findings if f.category in wanted]
    findings = _without_allowed(findings, allow)
    findings = _with_denied(findings, plain, deny)  # asked for by name: kept whatever the categories
    if profile is not None:
        from redact.resolve.propose import propose

        findings = propose(findings, _profile(profile), None)
    return findings


def _categories(categories: Iterable[str] | None) -> frozenset[str] | None:
    if categories is None:
        return None
    if isinstance(categories, str):
        categories = [categories]
    wanted = frozenset(categories)
    bad = sorted(c for c in wanted if not is_category(c))
    if bad:
        raise InputError("ogiltig kategori {bad!r} (versaler, siffror och _, t.ex. PERSON eller EMPLOYEE_ID)", bad=bad[0])
    return wanted


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _without_allowed(findings: list[Finding], allow: Iterable[str]) -> list[Finding]:
    """Drop findings whose text is allowed, and the other mentions of their subjects."""
    keys = {_key(a) for a in ([allow] if isinstance(allow, str) else allow) if a.strip()}
    if not keys:
        return findings
    subjects = {f.subject for f in findings if _key(f.text) in keys and f.subject}
    return [f for f in findings if _key(f.text) not in keys and (f.subject is None or f.subject not in subjects)]


def _with_denied(findings: list[Finding], text: str, deny: Deny) -> list[Finding]:
    """Add every occurrence of a deny-list text that no finding covers yet (whole words, any case)."""
    if isinstance(deny, str):
        deny = [deny]
    pairs = list(deny.items()) if isinstance(deny, Mapping) else [(d, DENY_CATEGORY) for d in deny]
    if not pairs:
        return findings
    taken = [(f.start, f.end) for f in findings if f.start is not None and f.end is not None]
    subject_of: dict[str, str] = {}
    added: list[Finding] = []
    for term, category in pairs:
        if not term.strip():
            continue
        if not is_category(category):
            raise InputError("ogiltig kategori {category!r} för {term!r} i deny", category=category, term=term)
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            sid = subject_of.setdefault(f"{category}:{_key(term)}", f"D{len(subject_of) + 1}")
            added.append(Finding(id=f"d{len(added) + 1}", page=1, start=s, end=e, text=m.group(), category=category,
                                 score=1.0, detector="deny_list", subject=sid, reason="deny list"))
    return sorted([*findings, *added], key=lambda f: (f.start or 0, f.end or 0))


def _profile(profile: str | os.PathLike[str] | Profile) -> Profile:
    from redact.policy import Profile, load_profile

    return profile if isinstance(profile, Profile) else load_profile(profile if isinstance(profile, str) else Path(profile))


#: The keyword options of :func:`redact_pdf` that set a field of RunOptions or RenderOptions.
_RUN_FIELDS = ("threshold", "use_pdftotext", "reviewer", "profile", "officials", "ocr", "ocr_text_layer",
               "ocr_dpi", "limits", "include_notes")
_RENDER_FIELDS = ("label", "fill", "remove_hidden_text")


def run_options(**options: Any) -> RunOptions:
    """RunOptions from keyword options (``label``, ``profile``, ``ocr``, ...); an unknown one is a TypeError."""
    from redact.pipeline import RunOptions

    unknown = sorted(set(options) - set(_RUN_FIELDS) - set(_RENDER_FIELDS))
    if unknown:
        raise TypeError(f"unknown option {unknown[0]!r}; options are: {', '.join(sorted((*_RUN_FIELDS, *_RENDER_FIELDS)))}")
    render = RenderOptions(**{k: v for k, v in options.items() if k in _RENDER_FIELDS})
    run = {k: v for k, v in options.items() if k in _RUN_FIELDS}
    if isinstance(run.get("officials"), str):
        run["officials"] = Path(run["officials"])
    if "profile" in run and isinstance(run["profile"], os.PathLike):
        run["profile"] = os.fspath(run["profile"])
    return RunOptions(render=render, **run)


def redact_pdf(
    source: Source,
    output: Target = None,
    *,
    detector: Detector | None = None,
    audit: str | os.PathLike[str] | None = None,
    log: AuditLog | None = None,
    case: str | None = None,
    name: str | None = None,
    **options: Any,
) -> Disclosure:
    """Detect, accept every proposal, render, verify: the redacted PDF of ``source``.

    ``source``: a path, the PDF's bytes, or a binary file object. ``output``: a path (written
    atomically), a binary file object, or None; unless it is a path, the PDF's bytes are on
    ``Disclosure.pdf``. ``options`` are those of the ``redact run`` command: ``profile``,
    ``officials``, ``label``, ``ocr``, ``include_notes``, ``limits``... ``name`` names bytes or a
    stream in the audit record. Raises a RedactError subclass (VerificationError, ContentLossError,
    InputError...) and writes nothing when the output cannot be proven clean.
    """
    from redact.pipeline import run_file

    opts = run_options(**options)
    if detector is None and "threshold" not in options:
        detector = default_detector()
    with tempfile.TemporaryDirectory(prefix="redact-") as scratch:
        path = _source_path(source, Path(scratch), name)
        if output is None or _is_writable_stream(output):
            target = Path(scratch) / f"{path.stem}.redacted.pdf"
        else:
            target = Path(os.fspath(output))  # type: ignore[arg-type]
        disclosure = run_file(path, target, Path(audit) if audit is not None else None, opts,
                              detector=detector, log=log, case=case)
        if target.parent != Path(scratch):
            return disclosure
        data = target.read_bytes()
    if output is not None:
        output.write(data)  # type: ignore[union-attr]
    return replace(disclosure, output=None, pdf=data)


def _is_writable_stream(obj: object) -> bool:
    return hasattr(obj, "write") and not isinstance(obj, (str, bytes, os.PathLike))


def _source_path(source: Source, scratch: Path, name: str | None) -> Path:
    """A path to read the PDF from: the given path, or a private copy of bytes or a stream."""
    if isinstance(source, (str, os.PathLike)):
        return Path(os.fspath(source))
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise TypeError("the file object must be opened in binary mode ('rb')")
    else:
        raise TypeError(f"source must be a path, bytes or a binary file object, not {type(source).__name__}")
    given = name or getattr(source, "name", None)
    stem = Path(given).name if isinstance(given, str) and not given.startswith("<") else "dokument.pdf"
    path = scratch / (stem if stem.lower().endswith(".pdf") else f"{stem}.pdf")
    path.write_bytes(data)
    return path
