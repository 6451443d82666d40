"""A case's documents in two steps: detect every one, then render each with the case's subjects.

The first step converts and detects a document and keeps what rendering needs in one file
(the converted PDF, the findings, the pages' texts, the OCR readings); the driver gathers the
subjects of all documents (case/subjects.py); the second step reads the file back, adds the
findings of the case's subjects and renders and verifies. The file travels like an input (the
Ray engine sends it as bytes), so the second step may run on any worker, and only the subjects,
never a document's text, pass through the driver's memory.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from redact.case.subjects import CaseSubject, find_subjects, subjects_of
from redact.ingest.ocr_memo import OcrMemo
from redact.types import Disclosure

#: The kind of the first step's file when it is the input of the second.
DETECTED = "detected"
SUFFIX = ".detected"


@dataclass
class Detected:
    """What the first step leaves for the second: nothing of it is written to OUTDIR or a record."""

    pdf: bytes  # the PDF the findings refer to (converted, or the input as it was)
    detection: Any  # document_detection.Detection, with the pages' texts
    warnings: list[str] = field(default_factory=list)  # of the conversion
    timings: dict[str, float] = field(default_factory=dict)
    readings: tuple[dict, ...] = field(default_factory=lambda: ({}, {}))  # OCR readings, how each image was read and the source images, so verification reads each image once


def _run_options(job):
    """The job's options for this process: not isolated again (the step already is), with a fresh OCR memo."""
    options = job.options
    return replace(options, limits=replace(options.limits, isolate=False), ocr_memo=OcrMemo())


def detect_step(job, detector, workdir: Path, progress=None) -> tuple[list[str], list[CaseSubject]]:
    """Convert and detect ``job``'s document, leave the result in ``job.output``; its warnings and subjects."""
    from redact.document_detection import gc_spares_loaded_objects

    # the collector leaves the loaded model alone: walking it would copy its pages into this forked child
    with gc_spares_loaded_objects():
        return _detect_step(job, detector, workdir, progress)


def _detect_step(job, detector, workdir: Path, progress=None) -> tuple[list[str], list[CaseSubject]]:
    from redact.case.convert import to_pdf
    from redact.pipeline import detect_and_propose

    if progress is not None:  # a sign of life before a slow conversion
        progress("convert", 0, 0)
    conversion = to_pdf(job.path, job.kind, workdir, PurePosixPath(job.origin).name)
    if progress is not None:
        progress("convert", 0, 0)
    options = _run_options(job)
    det, proposed, timings = detect_and_propose(conversion.pdf, options, detector, progress, keep_pages=True)
    # the record names the input the registrar gave, not the converted copy
    det.document = replace(det.document, name=PurePosixPath(job.origin).name, sha256=job.sha256, path=None)
    left = Detected(conversion.pdf.read_bytes(), det, list(conversion.warnings), timings,
                    options.ocr_memo.readings())
    part = Path(job.output).with_name(f".{Path(job.output).name}.part")
    with open(part, "wb") as fh:
        pickle.dump(left, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, job.output)
    return list(conversion.warnings), subjects_of(proposed, job.index)


def apply_step(job, detector, workdir: Path, progress=None) -> tuple[list[str], Disclosure]:
    """Add the case subjects' findings to what ``detect_step`` left in ``job.path``, render and verify."""
    from redact.document_detection import gc_spares_loaded_objects

    with gc_spares_loaded_objects():
        return _apply_step(job, workdir, progress)


def _apply_step(job, workdir: Path, progress=None) -> tuple[list[str], Disclosure]:
    from redact.pipeline import apply_proposed, propose_findings

    with open(job.path, "rb") as fh:
        left: Detected = pickle.load(fh)  # written by detect_step of this run, in its own scratch folder
    pdf = Path(workdir) / "converted.pdf"
    pdf.write_bytes(left.pdf)
    left.pdf = b""
    det = left.detection
    options = _run_options(job)
    options.ocr_memo.remember(left.readings)
    extra = find_subjects(det.pages or {}, job.subjects, det.findings, job.index)
    det.pages = None
    proposed = propose_findings([*det.findings, *extra], options)
    disclosure = apply_proposed(pdf, det, proposed, job.output, None, options, left.timings, progress)
    warnings = [*left.warnings, *disclosure.warnings]
    return warnings, replace(disclosure, warnings=tuple(warnings))
