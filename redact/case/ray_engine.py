"""The Ray engine: a case's documents as tasks on actors that each load the Detector once.

Inputs travel to the workers as bytes and the redacted PDF comes back as bytes, so workers
on other machines need no shared folder; only the driver writes into OUTDIR (beside the
output first, then renamed) and to the audit log. Results come back in the order the jobs
were given, and at most ``per_actor`` jobs per actor are in flight, so the driver's memory
does not grow with the number of files. A worker that dies has its document retried on a
fresh actor, at most ``retries`` times; then the document is reported as refused. An actor
that cannot be started within ``start_timeout`` (its node is gone and no other has a free CPU)
is given up and its documents go to the actors that are left; with none left the run stops
with WorkersLostError instead of waiting for a CPU that may never come.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from redact.case.engine import Job, Result, process
from redact.errors import ClusterError, EngineMissingError, WorkersLostError
from redact.messages import Message
from redact.scratch import private_folder, sweep_dead

START_TIMEOUT = 120.0  # seconds for an actor to be placed and its process started; past it, it is given up
SCRATCH = "redact-ray-"  # an actor's scratch folder: redact-ray-PID-random, in the system's temp folder
POLL = 1.0  # seconds between looks at the actors still starting, while a document is awaited

MISSING = ("--engine ray kräver tillägget ray: installera det med pip install 'redact[ray]' "
           "eller kör med --engine local")


def import_ray() -> Any:
    """The ray module, or a one-line error that tells how to install it."""
    try:
        import ray
    except ImportError:
        raise EngineMissingError(MISSING) from None
    return ray


#: The environment of an actor's process: no Python thread beside the one that runs the documents.
SINGLE_THREADED = {"RAY_start_python_gc_manager_thread": "0"}


class CaseWorker:
    """One Ray actor: loads the Detector once, then redacts one document per call."""

    def __init__(self, threshold: float):
        from redact.case.office import use_profile_folder

        sweep_dead(SCRATCH)  # actors killed mid-document leave copies of their inputs
        # everything this actor writes (inputs, outputs, LibreOffice profile) is under one folder
        # named after its process, so the next actor on this machine removes it if this one is killed
        self._scratch = private_folder(SCRATCH)
        tempfile.tempdir = str(self._scratch)  # this process only runs this actor: its conversions go here too
        os.environ["TMPDIR"] = str(self._scratch)  # and those of the converters it starts
        use_profile_folder(self._scratch)
        # the model is loaded by the first document, not here: the engine takes the end of __init__
        # as the sign that the actor was placed, and that must not wait for a slow model load
        self.threshold = threshold
        self.detector = None

    def pid(self) -> int:
        """The worker's process id; its answer is also the engine's sign that the actor is up."""
        return os.getpid()

    def run(self, job: Job, data: bytes | None) -> tuple[Result, bytes | None]:
        """Redact ``data`` (the input's bytes) as ``job``; the result and the redacted PDF's bytes."""
        if self.detector is None and not job.error:
            from redact.detect.engine import Detector

            self.detector = Detector(threshold=self.threshold)
        if job.error or data is None:
            return process(job, self.detector), None
        with tempfile.TemporaryDirectory(prefix="doc-") as tmp:
            # the input keeps its suffix, never its name (a name can hold a person's name)
            src = Path(tmp) / f"input{PurePosixPath(job.path.name).suffix.lower()}"
            src.write_bytes(data)
            out = Path(tmp) / "out" / job.output.name
            out.parent.mkdir()
            result = process(replace(job, path=src, output=out), self.detector)
            pdf = out.read_bytes() if result.status == "ok" and out.is_file() else None
        result.output = job.output if pdf is not None else None
        return result, pdf

    def stop(self) -> None:
        """Remove this actor's scratch folder (the engine is closing)."""
        shutil.rmtree(self._scratch, ignore_errors=True)


@dataclass
class _Slot:
    """An actor and its generation (a new actor replaces one that died)."""

    actor: Any
    ready: Any  # the actor's first call: done once it is placed and has loaded the model
    generation: int = 0
    busy: int = 0  # jobs submitted to it and not yet taken back
    since: float = field(default_factory=time.monotonic)  # when this actor was asked for
    up: bool = False  # its first call came back
    lost: bool = False  # could not be started within start_timeout: given up, gets no more jobs
    failed_starts: int = 0  # actors in this slot in a row that died before they started


@dataclass
class _Pending:
    job: Job
    ref: Any
    slot: int
    generation: int
    attempts: int = 0


class RayEngine:
    """Documents as tasks on ``jobs`` Ray actors; a local cluster unless ``address`` names one to join."""

    def __init__(self, jobs: int | None = 1, threshold: float | None = None, address: str | None = None,
                 retries: int = 2, per_actor: int = 2, start_timeout: float = START_TIMEOUT):
        """``jobs``: actors, one CPU each (None: this machine's cores, or the joined cluster's CPUs).

        ``start_timeout``: seconds an actor may take to be placed and started (not counting the
        model, which its first document loads) before it is given up: its node was lost and no
        other has a free CPU, or more actors were asked for than the cluster has CPUs.
        """
        from redact.case.engine import default_jobs
        from redact.detect.engine import DEFAULT_THRESHOLD

        self.ray = import_ray()
        self.jobs = max(1, jobs or default_jobs())
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.retries = max(0, retries)
        self.per_actor = max(1, per_actor)
        self.start_timeout = start_timeout
        self._init_error: str | None = None  # why the last actor that failed in __init__ failed
        self._started = False
        if not self.ray.is_initialized():
            if address:
                _reachable(address)  # Ray's own client retries a wrong address for minutes
                try:
                    self.ray.init(address=address, logging_level="ERROR", log_to_driver=False)
                except Exception as err:  # ConnectionError, or a refused token: one line, not a traceback
                    raise ClusterError("kan inte ansluta till Ray-klustret på {address} ({kind}): kontrollera adressen och att RAY_AUTH_MODE och RAY_AUTH_TOKEN är satta som på klustret", address=address, kind=type(err).__name__) from None
            else:
                # a private local cluster: nothing listens beyond this machine, no dashboard; "local",
                # or Ray joins a cluster someone started here (RAY_ADDRESS, ray start) and refuses num_cpus
                self.ray.init(address="local", num_cpus=self.jobs, include_dashboard=False, logging_level="ERROR",
                              log_to_driver=False, configure_logging=False)
            self._started = True
        if jobs is None and address:
            self.jobs = max(1, int(self.ray.cluster_resources().get("CPU", 1)))
        # Ray's garbage-collection thread would be the actor's second thread, and a process with two
        # threads must not fork: without it each document runs in a forked child with the run's time
        # and memory limits, as in the local engine (Ray then collects on its own thread's request)
        self._actor_class = self.ray.remote(num_cpus=1, max_restarts=0,
                                            runtime_env={"env_vars": SINGLE_THREADED})(CaseWorker)
        self.slots = [self._new_slot() for _ in range(self.jobs)]

    def _new_slot(self, generation: int = 0, busy: int = 0, failed_starts: int = 0) -> _Slot:
        actor = self._actor_class.remote(self.threshold)
        return _Slot(actor, actor.pid.remote(), generation, busy, failed_starts=failed_starts)

    def _submit(self, job: Job, attempts: int = 0) -> _Pending:
        live = [k for k, s in enumerate(self.slots) if not s.lost]
        if not live:
            raise WorkersLostError(self._lost_message())
        i = min(live, key=lambda k: self.slots[k].busy)  # the least loaded actor
        slot = self.slots[i]
        data = job.path.read_bytes() if not job.error and job.path.is_file() else None
        ref = slot.actor.run.remote(job, data)
        slot.busy += 1
        return _Pending(job, ref, i, slot.generation, attempts)

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Results in the order of ``jobs``."""
        window: deque[_Pending] = deque()
        for job in jobs:
            try:
                window.append(self._submit(job))
            except OSError as err:  # unreadable between collecting and sending: that document is refused
                yield _refused(job, Message("kan inte läsas ({reason})", reason=err.strerror or type(err).__name__))
                continue
            while len(window) >= self.per_actor * max(1, sum(not s.lost for s in self.slots)):
                yield self._take(window)
        while window:
            yield self._take(window)

    def _take(self, window: deque[_Pending]) -> Result:
        """Wait for the oldest job: write its PDF, or retry it when its worker died."""
        ray = self.ray
        while True:
            head = window[0]
            done, _ = ray.wait([head.ref], timeout=POLL)
            if not done:  # a document may take long; an actor that never starts must not
                self._watch_starts(window)
                continue
            try:
                result, pdf = ray.get(head.ref)
            except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                    ray.exceptions.ObjectLostError):
                counts = self._actor_failed(head, window)
                if counts is None:  # its slot was given up: its documents, this one too, went to the others
                    continue
                self.slots[head.slot].busy -= 1
                if counts and head.attempts >= self.retries:
                    window.popleft()
                    return _refused(head.job, Message("arbetsprocessen avbröts {n} gånger", n=head.attempts + 1))
                try:
                    window[0] = self._submit(head.job, head.attempts + counts)
                except OSError as err:  # the input went away meanwhile: that document only
                    window.popleft()
                    return _refused(head.job, Message("kan inte läsas ({reason})", reason=err.strerror or type(err).__name__))
                continue
            except ray.exceptions.RayTaskError as err:  # a bug, not a crash: that document only
                window.popleft()
                self.slots[head.slot].busy -= 1
                return _refused(head.job, Message("internt fel ({kind})", kind=type(err.cause).__name__))
            window.popleft()
            self.slots[head.slot].busy -= 1
            if pdf is not None:
                _write_atomic(head.job.output, pdf)
            return result

    def _actor_failed(self, head: _Pending, window: deque[_Pending]) -> int | None:
        """After ``head``'s call failed with its actor: whether that counts as one of its attempts (1 or 0).

        An actor runs its calls in order, so the oldest call on it was the one running: 1. An
        actor that died before it started (placed on a node that was already dying) is not the
        document's doing: 0. A slot whose actors keep dying so is given up (None): its
        documents go to the other actors.
        """
        slot = self.slots[head.slot]
        current = slot.generation == head.generation and not slot.lost
        counts = 1
        if current and self._was_up(slot):
            slot.failed_starts = 0
        elif current:
            counts = 0
            slot.failed_starts += 1
            if slot.failed_starts > self.retries:
                self._give_up(head.slot, window)
                return None
        self._replace_actor(head.slot, head.generation, window)
        return counts

    def _replace_actor(self, i: int, generation: int, window: deque[_Pending]) -> None:
        """A new actor in slot ``i`` if the one that failed is still there; its other calls move."""
        slot = self.slots[i]
        if slot.generation != generation or slot.lost:
            return
        self.ray.kill(slot.actor, no_restart=True)
        self.slots[i] = self._new_slot(generation + 1, slot.busy, slot.failed_starts)
        for k, p in enumerate(window):
            if k and p.slot == i and p.generation == generation:  # queued behind the crash: not its fault
                try:
                    moved = self._submit(p.job, p.attempts)
                except OSError:  # left as it is: it fails when its turn comes and is refused then
                    continue
                self.slots[i].busy -= 1
                window[k] = moved

    def _watch_starts(self, window: deque[_Pending]) -> None:
        """Give up the actors not started within ``start_timeout``; their documents go to the others."""
        now = time.monotonic()
        for i, slot in enumerate(self.slots):
            if slot.up or slot.lost:
                continue
            if self.ray.wait([slot.ready], timeout=0)[0]:
                slot.up = True  # (an actor that died starting fails its calls: _take handles them)
                if self._was_up(slot):
                    slot.failed_starts = 0
            elif now - slot.since > self.start_timeout:
                self._give_up(i, window)

    def _was_up(self, slot: _Slot) -> bool:
        """Whether the slot's actor answered its first call (it started, whatever happened after)."""
        if not self.ray.wait([slot.ready], timeout=0)[0]:
            return False
        try:
            self.ray.get(slot.ready)
        except self.ray.exceptions.RayError as err:
            if getattr(err, "actor_init_failed", False):  # the worker cannot even be built: say why
                self._init_error = _last_error_line(str(err))
            return False
        return True

    def _give_up(self, i: int, window: deque[_Pending]) -> None:
        """Stop asking for the actor of slot ``i``; its documents move, without counting an attempt."""
        slot = self.slots[i]
        slot.lost = True
        self.ray.kill(slot.actor, no_restart=True)
        for k, p in enumerate(window):
            if p.slot == i:
                try:
                    window[k] = self._submit(p.job, p.attempts)  # raises WorkersLostError when none is left
                except OSError:  # left on the stopped actor: its call fails and the document is refused
                    continue
                slot.busy -= 1

    def _lost_message(self) -> Message:
        if self._init_error:
            return Message("inga Ray-arbetare kvar: de dör när de startar ({error}); kontrollera att "
                           "samma version av redact är installerad på klustrets noder", error=self._init_error)
        return Message("inga Ray-arbetare kvar: ingen ny kunde startas inom {seconds:.0f} s "
                       "(en nod förlorades och klustret har ingen ledig processor)", seconds=self.start_timeout)

    def close(self) -> None:
        """Stop the actors, and the local cluster if this engine started it."""
        started = [s for s in self.slots if not s.lost]
        if started:  # only the actors that are up: one still waiting for a CPU would never answer
            up = self.ray.wait([s.ready for s in started], num_returns=len(started), timeout=0)[0]
            stops = [s.actor.stop.remote() for s in started if s.ready in up]
            if stops:  # each removes its scratch folder; one that does not answer is swept by the next actor
                self.ray.wait(stops, num_returns=len(stops), timeout=10)
        for slot in self.slots:
            try:
                self.ray.kill(slot.actor, no_restart=True)
            except Exception:  # pragma: no cover - already gone
                pass
        self.slots = []
        if self._started:
            self.ray.shutdown()
            self._started = False


def _reachable(address: str, timeout: float = 10.0) -> None:
    """Refuse at once an address HOST:PORT where nothing listens (other forms are left to Ray)."""
    import socket

    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "/" in host or not host:
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as err:
        raise ClusterError("kan inte ansluta till Ray-klustret på {address} ({value}): kontrollera adressen och att klustret är startat", address=address, value=err.strerror or type(err).__name__) from None


def _last_error_line(text: str) -> str:
    """The last "SomeError: message" line of a Ray error's text (it quotes the worker's traceback)."""
    import re

    lines = [m.group(0) for m in re.finditer(r"^\w*(?:Error|Exception): .*$", text, re.MULTILINE)]
    return (lines[-1] if lines else text.strip().splitlines()[0] if text.strip() else "okänt fel")[:200]


def _refused(job: Job, why: Message) -> Result:
    return Result(job.index, job.origin, "refused", error=Message("{name}: {why}", name=PurePosixPath(job.origin).name, why=why),
                  exit_code=1)


def _write_atomic(path: Path, data: bytes) -> None:
    """The PDF beside its place first, then renamed: OUTDIR never holds half a file."""
    part = path.with_name(f".{path.name}.ray.part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    finally:
        if part.exists():
            part.unlink()
