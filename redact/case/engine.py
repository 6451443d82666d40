"""Engines run the documents of a case: submit jobs, get results back in the order submitted.

An engine never writes to the audit log: workers return each document's result and the
driver (runner.py) appends the records in order, so the hash chain has one writer. The local
engine runs documents in this process (one job) or in worker processes that each load the
model once; an engine on a cluster only has to offer the same ``run``.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Protocol

from redact.errors import RedactError
from redact.messages import Message
from redact.types import Disclosure


@dataclass(frozen=True)
class Job:
    """One document of a case to redact; everything a worker needs, nothing it shares."""

    index: int  # 1-based position in the case
    origin: str  # input path or attachment path, as the registrar knows it
    path: Path  # the file to read (never modified)
    kind: str
    output: Path  # where the redacted PDF goes (written beside it first, then renamed)
    sha256: str  # of the input file, for the manifest and the audit record
    options: object  # pipeline.RunOptions
    error: str | None = None  # refused while collecting: the worker only reports it
    # "whole": convert, detect, render in one go; "detect": convert and detect, the result left in
    # ``output`` for "apply", which reads it as ``path`` and renders with the case's ``subjects``
    stage: str = "whole"
    subjects: tuple = ()  # case/subjects.CaseSubject of the whole case (stage "apply")


@dataclass
class Result:
    """What one job came to; ``disclosure`` goes to the driver's audit writer and is never printed."""

    index: int
    origin: str
    status: str  # ok, refused, not_done (the engine stopped before it: a rerun does it)
    output: Path | None = None
    pages: int = 0
    masks: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    exit_code: int = 0
    disclosure: Disclosure | None = None
    versions: dict[str, str] = field(default_factory=dict)
    resumed: bool = False  # written and verified by an earlier run over the same folder: not redone
    subjects: tuple = ()  # stage "detect": the document's subjects for the rest of the case


class Engine(Protocol):
    """Runs jobs and yields their results in the order the jobs were given."""

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]: ...

    def close(self) -> None: ...


# ------------------------------------------------------------------ the worker side

_detector = None


def _init_worker(threshold: float, profiles: Path | None = None) -> None:
    """Load the model once per worker process; LibreOffice profiles go under ``profiles``."""
    global _detector
    from redact.case.office import use_profile_folder
    from redact.detect.engine import Detector

    use_profile_folder(profiles)
    _detector = Detector(threshold=threshold)


def process(job: Job, detector=None) -> Result:
    """Convert one document to PDF, redact and verify it; a refusal is a result, never an exception.

    Conversion and redaction run together in a forked child under the run's time and memory
    limits, so a file that hangs or crashes a converter costs that document, not the worker.
    """
    from redact.ingest.bounded_worker import bounded
    from redact.ingest.guard import remove_partial_outputs

    t0 = time.perf_counter()
    name = PurePosixPath(job.origin).name
    if job.error:
        return Result(job.index, job.origin, "refused", error=job.error, exit_code=2)
    detector = detector or _detector
    if job.stage == "detect":
        from redact.case.stages import detect_step as step
    elif job.stage == "apply":
        from redact.case.stages import apply_step as step
    else:
        step = _convert_and_run
    if job.kind == "office":
        from redact.case.libreoffice import start_server

        start_server()  # in this process, before the fork: kept for the worker's next documents
    if detector is not None and job.stage != "apply":  # (applying findings identifies no language)
        detector.load_before_fork()
    try:
        with tempfile.TemporaryDirectory(prefix="redact-case-") as tmp:
            limits = job.options.limits  # type: ignore[attr-defined]
            warnings, done = bounded(step, job, detector, Path(tmp), limits=limits, what=name,
                                     cleanup=lambda: remove_partial_outputs(job.output))
    except RedactError as err:
        if job.kind == "office":  # LibreOffice may still be busy with it, or hung: the next file gets a fresh one
            from redact.case.libreoffice import discard_server

            discard_server()
        error = Message("{name}: {err}", name=name, err=err.message) if name not in str(err) else err.message
        return Result(job.index, job.origin, "refused", error=error,
                      exit_code=err.exit_code, seconds=time.perf_counter() - t0)
    except Exception as err:  # one broken file must not stop the case
        return Result(job.index, job.origin, "refused", error=Message("{name}: internt fel ({kind})", name=name, kind=type(err).__name__),
                      exit_code=1, seconds=time.perf_counter() - t0)
    if job.stage == "detect":
        return Result(job.index, job.origin, "ok", output=job.output, seconds=time.perf_counter() - t0,
                      warnings=warnings, subjects=tuple(done))
    disclosure: Disclosure = done
    return Result(
        job.index, job.origin, "ok", output=job.output, pages=disclosure.document.pages, masks=len(disclosure.masks),
        seconds=time.perf_counter() - t0, warnings=warnings, disclosure=disclosure,
        versions=dict(detector.versions) if detector is not None else {},
    )


def _convert_and_run(job: Job, detector, workdir: Path, progress=None) -> tuple[list[str], Disclosure]:
    """The body of ``process``: to PDF, then detect, render, verify (in the bounded child)."""
    from redact.case.convert import to_pdf
    from redact.pipeline import run_file

    if progress is not None:  # a sign of life before a slow conversion
        progress("convert", 0, 0)
    conversion = to_pdf(job.path, job.kind, workdir, PurePosixPath(job.origin).name)
    if progress is not None:
        progress("convert", 0, 0)
    options = job.options
    options = replace(options, limits=replace(options.limits, isolate=False))  # type: ignore[type-var,attr-defined]
    disclosure = run_file(conversion.pdf, job.output, None, options, detector=detector, progress=progress)
    # the record names the input the registrar gave, not the converted copy
    doc = replace(disclosure.document, name=PurePosixPath(job.origin).name, sha256=job.sha256, path=None)
    warnings = [*conversion.warnings, *disclosure.warnings]
    return warnings, replace(disclosure, document=doc, warnings=tuple(warnings))


def _process_in_worker(job: Job) -> Result:
    return process(job, _detector)


# ------------------------------------------------------------------ the local engine


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _result(job: Job, future: Future[Result]) -> Result:
    """The job's result; a worker process that died is that job's refusal, not the case's end."""
    try:
        return future.result()
    except Exception as err:
        return Result(job.index, job.origin, "refused", exit_code=1,
                      error=Message("{name}: arbetsprocessen avbröts ({kind})", name=PurePosixPath(job.origin).name,
                                    kind=type(err).__name__))


class LocalEngine:
    """Documents in this process (jobs=1) or in ``jobs`` worker processes, each loading the model once.

    At most two jobs per worker are in flight, so a folder of many files never has all of
    them queued at once.
    """

    def __init__(self, jobs: int = 1, threshold: float | None = None):
        from redact.detect.engine import DEFAULT_THRESHOLD

        self.jobs = max(1, jobs)
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self._pool: ProcessPoolExecutor | None = None
        self._detector = None
        self._profiles: Path | None = None  # LibreOffice profiles of the workers, removed on close

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Results in the order of ``jobs``."""
        if self._profiles is None:
            self._profiles = Path(tempfile.mkdtemp(prefix="redact-lo-"))
        if self.jobs == 1:
            from redact.case.office import use_profile_folder

            use_profile_folder(self._profiles)
            for job in jobs:
                if self._detector is None and not job.error:
                    from redact.detect.engine import Detector

                    self._detector = Detector(threshold=self.threshold)
                yield process(job, self._detector)
            return
        if self._pool is None:
            # forkserver: clean workers that do not inherit the driver's state or threads
            ctx = multiprocessing.get_context("forkserver")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.threshold, self._profiles))
        window: deque[tuple[Job, Future[Result]]] = deque()
        for job in jobs:
            window.append((job, self._pool.submit(_process_in_worker, job)))
            if len(window) >= 2 * self.jobs:
                yield _result(*window.popleft())
        while window:
            yield _result(*window.popleft())

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._profiles is not None:
            from redact.case.libreoffice import remove_leftovers, use_profile_folder

            if self.jobs == 1:
                use_profile_folder(None)
            remove_leftovers(self._profiles)  # of a worker that died without stopping its LibreOffice
            shutil.rmtree(self._profiles, ignore_errors=True)
            self._profiles = None
