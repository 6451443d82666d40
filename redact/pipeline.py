"""The order of the stages: ingest -> detect -> resolve -> (review) -> render -> verify -> audit.

The CLI and the review app call these functions and hold no logic of their own.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from redact.audit import build_record, write_json_atomic
from redact.detect.engine import Detector
# Detection of a whole document and the settings of a run live in their own modules; they are
# part of this module's interface, which the CLI, the review app and the case runner call.
from redact.document_detection import (  # noqa: F401
    DETECT_BATCH_PAGES,
    Detection,
    gc_spares_loaded_objects,
    detect_document,
    detect_file,
    detect_text,
)
from redact.errors import ContentLossError, InputError, RedactError, VerificationError
from redact.ingest.flatten import Flattened, flat_input, flat_scratch
from redact.ingest.bounded_worker import bounded
from redact.ingest.guard import name_warnings, remove_partial_outputs
from redact.ingest.ocr_memo import OcrMemo
from redact.ingest.pdf import extract_page, open_pdf
from redact.messages import Message
from redact.render.pdf import render_pdf
from redact.resolve.geometry import span_rects, text_in_rects
from redact.resolve.leaks import findings_for_leaks
from redact.run_options import Progress, RunOptions  # noqa: F401
from redact.types import Disclosure, Document, Finding, Mask, Page
from redact.verify import verify_pdf
from redact.verify.ink import ink_loss, visible_annotations
from redact.verify.ocr import combine as combine_ocr_verification
from redact.verify.ocr import finish_ocr_pages
from redact.verify.rule import released_areas

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from redact.audit_log import AuditLog


def masks_for(path: Path, findings: Sequence[Finding]) -> list[Mask]:
    """Masks for every finding that is not rejected, with rects filled in where only offsets were given."""
    todo = [f for f in findings if f.status != "rejected"]
    need_page = sorted({f.page for f in todo if not f.rects or not f.text})
    pages: dict[int, Page] = {}
    if need_page:
        with open_pdf(path) as doc:
            for n in need_page:
                pages[n] = extract_page(doc[n - 1])
    masks: list[Mask] = []
    for f in todo:
        rects = f.rects
        text = f.text
        if not rects and f.start is not None and f.end is not None:
            page = pages[f.page]
            if f.end > len(page.text):
                raise InputError("fynd {id}: tecken {start}–{end} finns inte på sida {page}", id=f.id, start=f.start, end=f.end, page=f.page)
            rects = span_rects(page, f.start, f.end)
            text = text or page.text[f.start : f.end]
        if not rects:
            continue
        if not text and f.page in pages:
            text = text_in_rects(pages[f.page], rects)
        decision = {"proposed": "auto-accepted", "uncertain": "auto-accepted"}.get(f.status, f.status)
        masks.append(
            Mask(
                id=f.id,
                page=f.page,
                rects=rects,
                category=f.category,
                detector=f.detector,
                score=f.score,
                decision=decision,
                legal_ground=f.legal_ground,
                subject=f.subject,
                text=text,
            )
        )
    return masks


def _temp_beside(output: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    os.close(fd)
    return Path(name)


def apply_findings(
    path: Path,
    document: Document,
    findings: Sequence[Finding],
    output: Path,
    audit: Path | None = None,
    options: RunOptions | None = None,
    versions: dict[str, str] | None = None,
    timings: dict[str, float] | None = None,
    progress: Progress | None = None,
    scanned_pages: Collection[int] | None = None,
) -> Disclosure:
    """Render, verify and atomically write the redacted PDF (and the audit record).

    ``scanned_pages``: the pages detection OCR'd in this same file, when known; an empty
    collection lets the scanned-page check (which would find no such page) be skipped.
    """
    options = options or RunOptions()
    path, output = Path(path), Path(output)
    if options.limits.isolate:  # hard time and memory bounds in a worker process
        inner = replace(options, limits=replace(options.limits, isolate=False))
        with flat_scratch():  # a killed worker leaves its flattened copy here, and this process removes it
            return bounded(apply_findings, path, document, findings, output, audit, inner, versions, timings,
                           limits=options.limits, progress=progress, what=path.name,
                           cleanup=lambda: remove_partial_outputs(output), scanned_pages=scanned_pages)
    if document.kind != "pdf":
        raise InputError("{name}: maskering kräver en PDF-fil", name=document.name)
    if output.exists() and output.resolve() == path.resolve():
        raise InputError("utdatafilen får inte vara samma fil som indatafilen")
    if not output.parent.is_dir():
        raise InputError("{parent}: mappen för utdatafilen finns inte", parent=output.parent)
    with flat_input(path, options.include_notes, options.limits) as flat:
        return _apply_flattened(flat, document, findings, output, audit, options, versions, timings, progress,
                                scanned_pages)


def _apply_flattened(
    flat: Flattened, document: Document, findings: Sequence[Finding], output: Path, audit: Path | None,
    options: RunOptions, versions: dict[str, str] | None, timings: dict[str, float] | None,
    progress: Progress | None, scanned_pages: Collection[int] | None,
) -> Disclosure:
    """apply_findings on the input as every stage reads it (form fields and annotations baked in)."""
    path = flat.path
    timings = dict(timings or {})
    t0 = time.perf_counter()
    masks = masks_for(path, findings)
    released = [f for f in findings if f.status == "rejected"]  # a reviewer let these stand
    keep = {f.text for f in released if f.text}
    tmp = _temp_beside(output)
    try:
        # the glyph comparison that names a font's odd measures runs only when the ink check fails
        render_pdf(path, masks, tmp, options.render, progress=progress, explain=False)
        timings["render"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        # Scanned pages: pixels + fresh OCR, then the searchable OCR layer.
        ocr_verification = None
        if options.ocr:
            if scanned_pages is None or scanned_pages:
                ocr_verification = finish_ocr_pages(
                    path, tmp, masks, options.ocr_settings(), keep=keep,
                    text_layer=options.ocr_text_layer, check_pixels=options.render.label == "none",
                    released=released_areas(released, path),
                )
            timings["ocr_verify"] = time.perf_counter() - t1
        verification = verify_pdf(tmp, masks, use_pdftotext=options.use_pdftotext, source=path, released=released)
        verification = combine_ocr_verification(verification, ocr_verification)
        timings["verify"] = time.perf_counter() - t1
        if not verification.ok:
            raise VerificationError(list(verification.failures), verification.leaks)
        t2 = time.perf_counter()
        losses = ink_loss(path, tmp, masks, progress=progress)
        timings["ink"] = time.perf_counter() - t2
        if losses:
            raise ContentLossError([(loss.page, loss.share) for loss in losses], _loss_causes(path, masks, options, tmp))
        os.replace(tmp, output)
    finally:
        if tmp.exists():
            tmp.unlink()
    disclosure = Disclosure(
        document=document,
        output=output,
        findings=tuple(findings),
        masks=tuple(masks),
        verification=verification,
        timings=timings,
        warnings=_removed_content_warnings(path) + flat.warnings(),
        notes=flat.notes,
    )
    if audit is not None:
        write_json_atomic(Path(audit), build_record(disclosure, options.as_record(), versions or {}))
    return disclosure


def _loss_causes(path: Path, masks: Sequence[Mask], options: RunOptions, tmp: Path) -> dict[int, str]:
    """Why the rendering took visible content, page by page: the rendering again, explained (only on refusal)."""
    again = tmp.with_name(tmp.name + ".explain")
    try:
        report = render_pdf(path, masks, again, options.render, explain=True)
        return dict(report.causes) if report is not None else {}
    except RedactError:
        return {}
    finally:
        again.unlink(missing_ok=True)


def _removed_content_warnings(path: Path) -> tuple[str, ...]:
    """What the renderer removes wholesale besides the masks, said so the registrar can tell the requester."""
    shown = visible_annotations(path)
    if not shown:
        return ()
    warning = Message("{n} synliga anteckningar eller formulärfält finns inte med i den utlämnade kopian", n=shown)
    log.warning(warning)
    return (warning,)


def run_file(
    input: Path,
    output: Path,
    audit: Path | None = None,
    options: RunOptions | None = None,
    detector: Detector | None = None,
    progress: Progress | None = None,
    log: "AuditLog | None" = None,
    case: str | None = None,
) -> Disclosure:
    """The one-command disclosure: detect, propose, accept every proposal, render, verify (and log)."""
    options = options or RunOptions()
    input = Path(input)
    if input.suffix.lower() == ".txt":
        raise InputError("{name}: redact run kräver en PDF-fil; använd redact detect för text", name=input.name)
    # With a log, the record is written once the case's hash key is known (it stays in the log).
    record_now = audit if log is None else None
    if options.limits.isolate:  # hard time and memory bounds in a worker process
        inner = replace(options, limits=replace(options.limits, isolate=False))
        if detector is not None:
            detector.load_before_fork()
            _import_proposal_modules()
        with flat_scratch():  # a killed worker leaves its flattened copy here, and this process removes it
            disclosure, det = bounded(_detect_and_apply, input, output, record_now, inner, detector,
                                      limits=options.limits, progress=progress, what=input.name,
                                      cleanup=lambda: remove_partial_outputs(Path(output)))
    else:
        disclosure, det = _detect_and_apply(input, output, record_now, options, detector, progress)
    for warning in name_warnings([input.name, Path(output).name], det.findings):
        logging.getLogger(__name__).warning(warning)
    if log is not None:
        from redact.audit_log import record_disclosure, record_request

        case = case or f"doc-{det.document.sha256[:12]}"
        if not log.entries(case):
            record_request(log, case, description=det.document.name)
        record_disclosure(log, case, disclosure, options.reviewer, versions=det.versions, profile=options.profile)
        if audit is not None:
            write_json_atomic(Path(audit), build_record(disclosure, options.as_record(), det.versions, key=log.key(case), case=case))
    return disclosure


def _detect_and_apply(
    input: Path, output: Path, audit: Path | None, options: RunOptions, detector: Detector | None,
    progress: Progress | None = None,
) -> tuple[Disclosure, Detection]:
    """Detect, accept every proposal, render and verify (the part of run_file that runs bounded)."""
    with gc_spares_loaded_objects():
        return _detect_and_apply_now(input, output, audit, options, detector, progress)


def _detect_and_apply_now(
    input: Path, output: Path, audit: Path | None, options: RunOptions, detector: Detector | None,
    progress: Progress | None = None,
) -> tuple[Disclosure, Detection]:
    if options.ocr_memo is None:  # images read on the way in are not read again when the output is checked
        options = replace(options, ocr_memo=OcrMemo())
    det, proposed, timings = detect_and_propose(input, options, detector, progress)
    return apply_proposed(input, det, proposed, output, audit, options, timings, progress), det


def detect_and_propose(
    input: Path, options: RunOptions, detector: Detector | None = None, progress: Progress | None = None,
    keep_pages: bool = False,
) -> tuple[Detection, list[Finding], dict[str, float]]:
    """Detect and apply the profile: the detection, its proposed findings and the time each step took."""
    t0 = time.perf_counter()
    detector = detector or Detector(threshold=options.threshold)
    t1 = time.perf_counter()
    det = detect_document(input, detector, progress, options, keep_pages=keep_pages)
    t2 = time.perf_counter()
    return det, propose_findings(det.findings, options), {"load": t1 - t0, "detect": t2 - t1}


def apply_proposed(
    input: Path, det: Detection, proposed: Sequence[Finding], output: Path, audit: Path | None,
    options: RunOptions, timings: dict[str, float] | None = None, progress: Progress | None = None,
) -> Disclosure:
    """Accept every proposal, render and verify; copies that only verification read are masked too."""
    accepted = [f if f.status == "rejected" else f.with_(status="auto-accepted") for f in proposed]
    for look in range(SECOND_LOOKS + 1):
        try:
            return apply_findings(
                input, det.document, accepted, output, audit, options, det.versions, timings, progress,
                scanned_pages=det.scanned_pages,
            )
        except VerificationError as err:
            more = findings_for_leaks(err.leaks, accepted) if look < SECOND_LOOKS and err.leaks else None
            if not more or not _explains(more, err.failures):
                raise
            log.info("verifieringen läste %d kopior av maskerade uppgifter utanför maskeringarna; "
                     "de maskeras också och filen ritas om", len(more))
            accepted = accepted + more
    raise AssertionError("unreachable")  # pragma: no cover - the last look returns or raises


#: How many times a run masks copies that only verification read and renders again.
SECOND_LOOKS = 2


def _explains(more: Sequence[Finding], failures: Sequence[tuple[int, str]]) -> bool:
    """True when every failure is on a page where a copy was placed (else a mask failed, which another look cannot mend)."""
    pages = {f.page for f in more}
    return all(page in pages for page, _ in failures)


def _import_proposal_modules() -> None:
    """Import what propose_findings imports, in the process that forks the workers: each worker imported them anew."""
    import redact.officials  # noqa: F401
    import redact.organisation  # noqa: F401
    import redact.policy  # noqa: F401
    import redact.resolve.propose  # noqa: F401


def propose_findings(findings: Sequence[Finding], options: RunOptions) -> list[Finding]:
    """Apply the profile (legal grounds, what is masked by default) and the officials list."""
    from redact.officials import load_directory
    from redact.policy import load_profile
    from redact.resolve.propose import propose

    profile = load_profile(options.profile)
    from redact.organisation import load_organisation

    officials = load_directory(options.officials) if options.officials else None
    organisation = load_organisation(options.organisation) if options.organisation else None
    return propose(findings, profile, officials, organisation)
