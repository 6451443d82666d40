"""The Ray engine: a case's documents as tasks on actors that each load the Detector once.

Inputs travel to the workers as bytes and the redacted PDF comes back as bytes, so workers
on other machines need no shared folder; only the driver writes into OUTDIR (beside the
output first, then renamed) and to the audit log. Results come back in the order the jobs
were given, and at most ``per_actor`` jobs per actor are in flight, so the driver's memory
does not grow with the number of files. A worker that dies has its document retried on a
fresh actor, at most ``retries`` times; then the document is reported as refused.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from redact.case.engine import Job, Result, process
from redact.errors import ClusterError, EngineMissingError
from redact.messages import Message

MISSING = ("--engine ray kräver tillägget ray: installera det med pip install 'redact[ray]' "
           "eller kör med --engine local")


def import_ray() -> Any:
    """The ray module, or a one-line error that tells how to install it."""
    try:
        import ray
    except ImportError:
        raise EngineMissingError(MISSING) from None
    return ray


class CaseWorker:
    """One Ray actor: loads the Detector once, then redacts one document per call."""

    def __init__(self, threshold: float):
        from redact.case.office import use_profile_folder
        from redact.detect.engine import Detector

        self._profiles = Path(tempfile.mkdtemp(prefix="redact-ray-lo-"))
        use_profile_folder(self._profiles)
        self.detector = Detector(threshold=threshold)

    def pid(self) -> int:
        """The worker's process id (tests stop a worker by it)."""
        return os.getpid()

    def run(self, job: Job, data: bytes | None) -> tuple[Result, bytes | None]:
        """Redact ``data`` (the input's bytes) as ``job``; the result and the redacted PDF's bytes."""
        if job.error or data is None:
            return process(job, self.detector), None
        with tempfile.TemporaryDirectory(prefix="redact-ray-") as tmp:
            # the input keeps its suffix, never its name (a name can hold a person's name)
            src = Path(tmp) / f"input{PurePosixPath(job.path.name).suffix.lower()}"
            src.write_bytes(data)
            out = Path(tmp) / "out" / job.output.name
            out.parent.mkdir()
            result = process(replace(job, path=src, output=out), self.detector)
            pdf = out.read_bytes() if result.status == "ok" and out.is_file() else None
        result.output = job.output if pdf is not None else None
        return result, pdf


@dataclass
class _Slot:
    """An actor and its generation (a new actor replaces one that died)."""

    actor: Any
    generation: int = 0
    busy: int = 0  # jobs submitted to it and not yet taken back


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
                 retries: int = 2, per_actor: int = 2):
        """``jobs``: actors, one CPU each (None: this machine's cores, or the joined cluster's CPUs)."""
        from redact.case.engine import default_jobs
        from redact.detect.engine import DEFAULT_THRESHOLD

        self.ray = import_ray()
        self.jobs = max(1, jobs or default_jobs())
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.retries = max(0, retries)
        self.per_actor = max(1, per_actor)
        self._started = False
        if not self.ray.is_initialized():
            if address:
                _reachable(address)  # Ray's own client retries a wrong address for minutes
                try:
                    self.ray.init(address=address, logging_level="ERROR", log_to_driver=False)
                except Exception as err:  # ConnectionError, or a refused token: one line, not a traceback
                    raise ClusterError("kan inte ansluta till Ray-klustret på {address} ({kind}): kontrollera adressen och att RAY_AUTH_MODE och RAY_AUTH_TOKEN är satta som på klustret", address=address, kind=type(err).__name__) from None
            else:
                # a private local cluster: nothing listens beyond this machine, no dashboard
                self.ray.init(num_cpus=self.jobs, include_dashboard=False, logging_level="ERROR",
                              log_to_driver=False, configure_logging=False)
            self._started = True
        if jobs is None and address:
            self.jobs = max(1, int(self.ray.cluster_resources().get("CPU", 1)))
        self._actor_class = self.ray.remote(num_cpus=1, max_restarts=0)(CaseWorker)
        self.slots = [_Slot(self._new_actor()) for _ in range(self.jobs)]

    def _new_actor(self) -> Any:
        return self._actor_class.remote(self.threshold)

    def _submit(self, job: Job, attempts: int = 0) -> _Pending:
        i = min(range(len(self.slots)), key=lambda k: self.slots[k].busy)  # the least loaded actor
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
            while len(window) >= self.per_actor * len(self.slots):
                yield self._take(window)
        while window:
            yield self._take(window)

    def _take(self, window: deque[_Pending]) -> Result:
        """Wait for the oldest job: write its PDF, or retry it when its worker died."""
        ray = self.ray
        while True:
            head = window[0]
            try:
                result, pdf = ray.get(head.ref)
            except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                    ray.exceptions.ObjectLostError):
                self._replace_actor(head.slot, head.generation, window)
                # an actor runs its calls in order, so the oldest call on it was the one running
                if head.attempts >= self.retries:
                    window.popleft()
                    self.slots[head.slot].busy -= 1
                    return _refused(head.job, Message("arbetsprocessen avbröts {n} gånger", n=head.attempts + 1))
                self.slots[head.slot].busy -= 1
                try:
                    window[0] = self._submit(head.job, head.attempts + 1)
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

    def _replace_actor(self, i: int, generation: int, window: deque[_Pending]) -> None:
        """A new actor in slot ``i`` if the one that failed is still there; its other calls move."""
        slot = self.slots[i]
        if slot.generation != generation:
            return
        self.ray.kill(slot.actor, no_restart=True)
        self.slots[i] = _Slot(self._new_actor(), generation + 1, slot.busy)
        for k, p in enumerate(window):
            if k and p.slot == i and p.generation == generation:  # queued behind the crash: not its fault
                try:
                    moved = self._submit(p.job, p.attempts)
                except OSError:  # left as it is: it fails when its turn comes and is refused then
                    continue
                self.slots[i].busy -= 1
                window[k] = moved

    def close(self) -> None:
        """Stop the actors, and the local cluster if this engine started it."""
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
