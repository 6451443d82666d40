"""OCR the pages of a document in parallel over the available cores.

Pages are rendered one by one in the calling thread (PyMuPDF is not
thread-safe); each rendered page goes to a worker thread that runs it through
its own Tesseract process, so the OCR itself runs on every core. At most
``workers + 1`` rendered pages are held at a time, so memory does not grow
with the page count.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

import pymupdf

from redact.ingest.ocr import OcrJob, OcrPlan, OcrSettings, ocr_plan, prepare_ocr
from redact.ingest.pdf import open_pdf
from redact.types import Page

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def plan_document(doc: pymupdf.Document) -> dict[int, OcrPlan]:
    """The pages (1-based) of an open document that need OCR, with what to OCR on each."""
    plans: dict[int, OcrPlan] = {}
    for page in doc:
        plan = ocr_plan(page)
        if plan.mode != "none":
            plans[page.number + 1] = plan
            log.info("sida %d läses med textigenkänning: %s", page.number + 1, plan.reason)
    return plans


def ocr_open_document(
    doc: pymupdf.Document,
    plans: dict[int, OcrPlan],
    settings: OcrSettings | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> dict[int, Page]:
    """OCR the planned pages of an open document; returns page number -> Page."""
    settings = settings or OcrSettings()
    workers = max(1, workers or available_cores())
    numbers = sorted(plans)
    out: dict[int, Page] = {}
    if not numbers:
        return out
    pending: dict[Future[list], OcrJob] = {}
    done_count = 0

    def collect(block: bool) -> None:
        nonlocal done_count
        if not pending:
            return
        finished, _ = wait(list(pending), return_when=FIRST_COMPLETED) if block else (
            [f for f in pending if f.done()], None)
        for fut in finished:
            job = pending.pop(fut)
            out[job.number] = job.build(fut.result(), settings)
            done_count += 1
            if progress:
                progress("ocr", done_count, len(numbers))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        try:
            for n in numbers:
                while len(pending) > workers:
                    collect(block=True)
                job = prepare_ocr(doc[n - 1], settings, plans[n])
                pending[pool.submit(job.run, settings)] = job
                collect(block=False)
            while pending:
                collect(block=True)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return out


def ocr_document(
    path: Path,
    pages: Iterable[int] | None = None,
    settings: OcrSettings | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> dict[int, Page]:
    """OCR the pages of a PDF that need it (or the given pages, as whole pages) in parallel."""
    with open_pdf(Path(path)) as doc:
        if pages is None:
            plans = plan_document(doc)
        else:
            plans = {n: OcrPlan("page", reason="begärd") for n in pages}
        return ocr_open_document(doc, plans, settings, workers, progress)
