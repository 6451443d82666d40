"""The driver of a case: collect the inputs, hand the documents to an engine, write the manifest and the audit.

Only the driver writes: progress lines, manifest.json, the hash-chained audit log (in the
order of the documents, whatever order the workers finish in) and the case's JSON record.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TextIO

from redact.case.collect import Source, ZipBudget, ZipLimits, collect
from redact.case.email import expand_bounded
from redact.case.engine import Engine, Job, LocalEngine, Result
from redact.case.manifest import MANIFEST, build_manifest, output_name, write_manifest
from redact.audit import build_record, new_key
from redact.errors import InputError, WorkersLostError
from redact.messages import Message, render
from redact.ingest.pdf import sha256_file
from redact.types import Mask

if TYPE_CHECKING:
    from redact.audit_log import AuditLog
    from redact.pipeline import RunOptions


@dataclass
class CaseRun:
    """What a case run came to."""

    case: str
    results: list[Result] = field(default_factory=list)
    manifest: Path | None = None
    seconds: float = 0.0

    @property
    def refused(self) -> list[Result]:
        """The documents that were not written."""
        return [r for r in self.results if r.status != "ok"]


@dataclass
class Resume:
    """What an earlier run over the same folder left that a rerun may keep."""

    done: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # verified entries by input SHA-256
    known: set[str] | None = None  # path parts the earlier manifest showed; None: a first run

    def take(self, sha256: str) -> dict[str, Any] | None:
        """An earlier entry of an input with this hash (each is used once)."""
        entries = self.done.get(sha256)
        return entries.pop(0) if entries else None


def prepare_outdir(outdir: Path) -> Resume:
    """Create the case folder; refuse one that holds files of something else.

    A rerun keeps the outputs its manifest lists as written whose SHA-256 still matches, and
    removes every other output it lists and anything half-written.
    """
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError("{outdir}: utdata för flera filer måste vara en mapp", outdir=outdir)
    resume = Resume()
    if outdir.is_dir():
        present = [p for p in outdir.iterdir() if not p.name.startswith(".")]
        if present and not (outdir / MANIFEST).is_file():
            raise InputError("{outdir}: mappen innehåller redan andra filer; ange en tom eller ny mapp", outdir=outdir)
        for leftover in outdir.glob(".*.part"):  # a run stopped mid-write
            leftover.unlink(missing_ok=True)
        if (outdir / MANIFEST).is_file():
            import json

            try:
                old = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
                resume.known = set()
                for doc in old.get("documents", []):
                    for shown in (doc.get("input"), doc.get("parent")):
                        resume.known.update((shown or "").split("/"))
                    name = doc.get("output")
                    if not (name and "/" not in name and name.endswith(".pdf")):
                        continue
                    if _finished(outdir / name, doc):
                        resume.done.setdefault(doc.get("input_sha256"), []).append(doc)
                    else:
                        (outdir / name).unlink(missing_ok=True)
            except (ValueError, OSError, AttributeError, TypeError):
                raise InputError("{value}: kan inte läsas; ange en tom eller ny mapp", value=outdir / MANIFEST) from None
    outdir.mkdir(parents=True, exist_ok=True)
    return resume


def _finished(output: Path, doc: dict[str, Any]) -> bool:
    """Whether an earlier run wrote this output in full: status ok and the file's hash as recorded."""
    want = doc.get("output_sha256")
    if doc.get("status") != "ok" or not isinstance(want, str) or not output.is_file():
        return False
    return sha256_file(output) == want


def progress_line(r: Result, total: int) -> Message:
    """One line per document: position, status, what it became."""
    width = len(str(total))
    head = f"[{r.index:>{width}}/{total}]"
    out = r.output.name if r.output else ""
    if r.status == "ok" and r.resumed:
        return Message("{head} redan klar {origin} -> {out} (hoppas över)", head=head, origin=r.origin, out=out)
    if r.status == "ok":
        return Message("{head} klar   {origin} -> {out} ({pages} sidor, {masks} maskeringar, {seconds:.1f} s)",
                       head=head, origin=r.origin, out=out, pages=r.pages, masks=r.masks, seconds=r.seconds)
    if r.status == "not_done":
        return Message("{head} ej klar {origin} (inte behandlat)", head=head, origin=r.origin)
    return Message("{head} vägrad {origin}: {error}", head=head, origin=r.origin,
                   error=_Reason(r.error or "", (f"{r.origin}: ", f"{PurePosixPath(r.origin).name}: ")))


class _Reason:
    """A refusal's reason without the document's name in front (the origin is already on the line)."""

    def __init__(self, error: str, prefixes: tuple[str, ...]):
        self.error, self.prefixes = error, prefixes

    def render_message(self, language: str) -> str:
        text = render(self.error, language)
        for prefix in self.prefixes:
            text = text.removeprefix(prefix)
        return text

    def __str__(self) -> str:
        return self.render_message("sv")


def run_case(
    inputs: list[Path],
    outdir: Path,
    options: RunOptions,
    engine: Engine | None = None,
    log: AuditLog | None = None,
    case: str | None = None,
    audit: Path | None = None,
    out: TextIO | None = None,
    zip_limits: ZipLimits = ZipLimits(),
    on_result: Callable[[Result], None] | None = None,
    language: str = "sv",
) -> CaseRun:
    """Redact every document of ``inputs`` into ``outdir``: one PDF each, manifest.json, one audit record."""
    t0 = time.perf_counter()
    out = out or sys.stdout
    outdir = Path(outdir)
    own_engine = engine is None
    engine = engine or LocalEngine(1, options.threshold)
    with tempfile.TemporaryDirectory(prefix="redact-case-") as tmp:
        budget = ZipBudget.of(zip_limits)  # one for every archive of the case, in e-mails too
        sources = expand_bounded(collect(list(inputs), Path(tmp), zip_limits, budget), Path(tmp), budget, options.limits)
        if not sources:
            raise InputError("inga filer att behandla")
        resume = prepare_outdir(outdir)  # only once there is something to write
        shas: dict[int, str] = {}
        for i, s in enumerate(sources):
            try:
                given = s.original or s.path
                shas[i + 1] = sha256_file(given) if given.is_file() and not s.error else "0" * 64
            except (OSError, InputError) as exc:  # unreadable: that document is refused, not the case
                shas[i + 1] = "0" * 64
                sources[i] = Source(s.origin, s.path, s.kind, s.parent,
                                    Message("{name}: kan inte läsas ({exc})", name=PurePosixPath(s.origin).name, exc=exc))
        case = case or f"case-{_case_id(shas)}"
        parents = {i + 1: s.parent for i, s in enumerate(sources)}
        total = len(sources)
        print(render(Message("ärende {case}: {total} dokument", case=case, total=total), language), file=out, flush=True)
        run = CaseRun(case=case)
        if log is not None and not log.entries(case):
            from redact.audit_log import record_request

            record_request(log, case, description=f"{total} dokument")
        # the case's secret key for text hashes: kept in the log (or thrown away), never written in a record
        key = log.key(case) if log is not None else new_key()
        masks: list[Mask] = []  # kept for the manifest: a path that holds masked text is hashed
        records: list[dict[str, Any]] = []
        resumed, outputs = _resumed(sources, shas, outdir, total, resume)
        lost: WorkersLostError | None = None
        try:
            todo = _jobs(sources, shas, outdir, options, total, skip=resumed)

            def take(result: Result) -> None:
                print(render(progress_line(result, total), language), file=out, flush=True)
                if result.resumed:
                    if log is not None:
                        log.append(case, "document_added", {"document": {"sha256": shas[result.index],
                                                                         "index": result.index},
                                                            "status": "already_done"})
                    run.results.append(result)
                    return
                if result.status == "ok" and result.output is not None and result.output.is_file():
                    outputs[result.index] = sha256_file(result.output)
                if log is not None:
                    _log_result(log, case, result, shas[result.index], options)
                if result.disclosure is not None:
                    if audit is not None:
                        rec = build_record(result.disclosure, options.as_record(), result.versions, key=key, case=case)
                        records.append({"index": result.index, **rec})
                    masks.extend(m for m in result.disclosure.masks if m.text)
                if on_result is not None:
                    on_result(result)
                # its findings are done with: a large case does not hold every document's findings
                result.disclosure = None
                run.results.append(result)

            firsts: dict[int, Result] = dict(resumed)  # the documents that have no second step
            try:
                # the kept documents are detected again when others are redone: their subjects count too
                kept = [job for job in _jobs(sources, shas, outdir, options, total) if job.index in resumed]
                for result in _in_order(_two_steps(engine, list(todo), Path(tmp), firsts, kept), firsts):
                    take(result)
            except WorkersLostError as err:
                # the engine can go no further: the documents done stay, the rest are listed as not done
                lost = err
                finished = {r.index for r in run.results}
                for i, s in enumerate(sources, start=1):
                    if i not in finished:
                        take(firsts.get(i) or Result(i, s.origin, "not_done", exit_code=err.exit_code,
                                                     error=Message("inte behandlat: arbetarna förlorades")))
        finally:
            if own_engine:
                engine.close()
            # also when interrupted: the outputs already written are listed, so a rerun can replace them
            run.manifest = write_manifest(outdir, build_manifest(case, run.results, shas, parents, key, masks,
                                                                 outputs, resume.known))
    if audit is not None:
        _write_case_record(audit, run, records, shas)
    run.seconds = time.perf_counter() - t0
    if lost is not None:
        undone = sum(1 for r in run.results if r.status == "not_done")
        raise WorkersLostError("{err}: {done} av {total} dokument behandlade, {undone} inte; "
                               "kör sedan samma kommando igen (de klara behålls)",
                               err=lost.message, done=total - undone, total=total, undone=undone)
    return run


def _case_id(shas: dict[int, str]) -> str:
    import hashlib

    return hashlib.sha256("".join(shas[i] for i in sorted(shas)).encode()).hexdigest()[:12]


def _resumed(sources: list[Source], shas: dict[int, str], outdir: Path, total: int,
             resume: Resume) -> tuple[dict[int, Result], dict[int, str]]:
    """The documents an earlier run finished (same input hash, output intact): kept, not redone.

    Returns them and their outputs' hashes; an earlier output no input of this run claims is removed.
    """
    kept: dict[int, Result] = {}
    outputs: dict[int, str] = {}
    for i, s in enumerate(sources, start=1):
        if s.error or not resume.done:
            continue
        doc = resume.take(shas[i])
        if doc is None:
            continue
        target = outdir / output_name(i, shas[i], total)
        old = outdir / doc["output"]
        if old != target:  # the case grew or shrank: its position and so its name changed
            os.replace(old, target)
        result = Result(i, s.origin, "ok", output=target, pages=int(doc.get("pages") or 0),
                        masks=int(doc.get("masks") or 0), warnings=list(doc.get("warnings") or []), resumed=True)
        kept[i], outputs[i] = result, doc["output_sha256"]
    for entries in resume.done.values():
        for doc in entries:
            (outdir / doc["output"]).unlink(missing_ok=True)
    return kept, outputs


def _two_steps(engine: Engine, jobs: list[Job], tmp: Path, firsts: dict[int, Result],
               kept: list[Job] = ()) -> Iterator[Result]:
    """Detect every document, then render each with the subjects of the whole case (see case/subjects.py).

    A document refused while detecting goes into ``firsts`` and has no second step. What the
    first step leaves is a file per document under ``tmp``, removed once the document is written.
    ``kept``: documents an earlier run wrote, detected only for their subjects (when others are redone).
    """
    from redact.case.stages import DETECTED, SUFFIX
    from redact.case.subjects import merge_subjects

    left = tmp / "detected"
    left.mkdir(exist_ok=True)
    seconds: dict[int, float] = {}
    found: list[tuple] = []
    if not jobs:
        return
    redo = {job.index for job in jobs}
    detect = sorted((replace(job, stage="detect", output=left / f"{job.index}{SUFFIX}") for job in [*jobs, *kept]),
                    key=lambda job: job.index)
    for result in engine.run(detect):
        if result.index not in redo:  # a kept document: only its subjects are wanted
            (left / f"{result.index}{SUFFIX}").unlink(missing_ok=True)
            found.append(result.subjects)
        elif result.status == "ok":
            seconds[result.index] = result.seconds
            found.append(result.subjects)
        else:
            firsts[result.index] = result
    subjects = tuple(merge_subjects(found))
    second = [replace(job, stage="apply", path=left / f"{job.index}{SUFFIX}", kind=DETECTED, subjects=subjects)
              for job in jobs if job.index not in firsts]
    for result in engine.run(second):
        result.seconds += seconds.get(result.index, 0.0)
        (left / f"{result.index}{SUFFIX}").unlink(missing_ok=True)
        yield result


def _in_order(results: Iterator[Result], resumed: dict[int, Result]) -> Iterator[Result]:
    """The engine's results with the kept documents put back in their places.

    ``resumed`` is read once the first result is there (or none is): the first step of
    ``_two_steps`` adds the documents it refused to it.
    """
    waiting: list[int] | None = None
    for result in results:
        if waiting is None:
            waiting = sorted(resumed)
        while waiting and waiting[0] < result.index:
            yield resumed[waiting.pop(0)]
        yield result
    for i in sorted(resumed) if waiting is None else waiting:
        yield resumed[i]


def _jobs(sources: list[Source], shas: dict[int, str], outdir: Path, options: RunOptions, total: int,
          skip: dict[int, Result] | None = None) -> Iterator[Job]:
    for i, s in enumerate(sources, start=1):
        if skip and i in skip:
            continue
        yield Job(index=i, origin=s.origin, path=s.path, kind=s.kind, output=outdir / output_name(i, shas[i], total),
                  sha256=shas[i], options=options, error=s.error)


def _log_result(log: AuditLog, case: str, result: Result, sha256: str, options: RunOptions) -> None:
    """Append the document's entries to the hash-chained log (the driver is its only writer)."""
    from redact.audit_log import record_disclosure

    if result.disclosure is not None:
        record_disclosure(log, case, result.disclosure, options.reviewer, versions=result.versions,
                          profile=options.profile)
        if result.warnings:
            log.append(case, "detection_run", {"document": {"sha256": sha256}, "warnings": list(result.warnings)})
    else:
        # the name may carry a person's name and the error line may quote it: neither is logged
        log.append(case, "document_added", {"document": {"sha256": sha256, "index": result.index},
                                            "status": result.status, "exit_code": result.exit_code})


def _write_case_record(path: Path, run: CaseRun, records: list[dict[str, Any]], shas: dict[int, str]) -> None:
    """One JSON audit record for the whole case: a record per written document, the refused ones listed."""
    from redact.audit import write_json_atomic

    record = {
        "case": run.case,
        "documents": records,
        "refused": [{"index": r.index, "input_sha256": shas[r.index], "exit_code": r.exit_code}
                    for r in run.refused],
        "warnings": [f"dokument {r.index}: {w}" for r in run.results for w in r.warnings],
    }
    write_json_atomic(Path(path), record)
