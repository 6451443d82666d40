"""A whole run in a forked worker process, with a memory cap and a time bound per page.

The worker gets an address-space limit (``RLIMIT_AS``), and the parent kills it when no page
has been finished within the time bound. MuPDF holds the GIL while it works, so only a second
process can stop a page that never finishes; the parent then refuses with one clear line.

A process with other threads running (the review server's request threads) must not fork
itself: a lock another thread holds at that moment stays held for ever in the child. Such a
host has its worker forked by a forkserver (a single-threaded process started for it), with the
same bounds; the call and its arguments then travel to the worker pickled.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import select
import signal
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import pymupdf

from redact.errors import ContentLossError, LimitError, RedactError, UnsupportedError, VerificationError
from redact.ingest.guard import DEFAULT_LIMITS, Limits, is_allocation_failure, kill_process, limit_memory

log = logging.getLogger("redact.ingest.guard")

T = TypeVar("T")
Progress = Callable[[str, int, int], None]


def bounded(
    fn: Callable[..., T],
    *args: Any,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cleanup: Callable[[], None] | None = None,
    what: str = "filen",
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, progress=..., **kwargs)`` in a forked worker with time and memory bounds.

    ``fn`` must accept a ``progress(stage, done, total)`` keyword: every call
    is a sign of life and restarts the page clock. The worker's result or
    RedactError comes back to the caller. When the worker is stopped (time),
    runs out of memory or crashes, ``cleanup`` runs and a LimitError or
    UnsupportedError names the page it was on. Where this process runs other
    threads, a forkserver forks the worker; a plain call only where forking
    is impossible.
    """
    if not limits.isolate or not hasattr(os, "fork"):
        return fn(*args, progress=progress, **kwargs)
    if threading.active_count() > 1:
        return _bounded_from_forkserver(fn, args, kwargs, limits, progress, cleanup, what)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read_fd)
        _worker(fn, args, kwargs, write_fd, limits)
    os.close(write_fd)
    try:
        return _supervise(pid, read_fd, limits, progress, what, lambda: _reap(pid))
    except BaseException:
        if cleanup is not None:
            cleanup()
        raise
    finally:
        os.close(read_fd)


def _reap(pid: int) -> int | None:
    """Wait for forked child ``pid``; the signal that ended it, or None."""
    _, status = os.waitpid(pid, 0)
    return os.WTERMSIG(status) if os.WIFSIGNALED(status) else None


#: Modules the forkserver imports once, so each worker it forks starts with them loaded (the last one builds what
#: detection builds once a process: the recognizers' modules and the language model).
FORKSERVER_PRELOAD = ("redact.ingest.bounded_worker", "redact.pipeline", "redact.detect.engine", "redact.case.stages",
                      "redact.detect.worker_preload")


def _bounded_from_forkserver(fn: Callable[..., T], args: tuple, kwargs: dict, limits: Limits,
                             progress: Progress | None, cleanup: Callable[[], None] | None, what: str) -> T:
    """``bounded`` for a host with other threads: the worker is forked by the forkserver, not by this process."""
    from redact.ingest.flatten import current_scratch

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(FORKSERVER_PRELOAD))  # read once, when the forkserver starts
    reader, writer = context.Pipe(duplex=False)
    worker = context.Process(target=_forkserver_worker, args=(fn, args, kwargs, writer, limits, current_scratch()),
                             name="redact-bounded", daemon=True)
    try:
        worker.start()
    except Exception as err:  # an argument that cannot be pickled: a programming error, but the file still gets its run
        reader.close()
        writer.close()
        log.warning("arbetsprocessen kunde inte startas (%s): körs utan tids- och minnesgräns", type(err).__name__)
        return fn(*args, progress=progress, **kwargs)
    writer.close()

    def reap() -> int | None:
        worker.join()
        code = worker.exitcode
        return -code if code is not None and code < 0 else None

    try:
        return _supervise(worker.pid, reader.fileno(), limits, progress, what, reap)  # type: ignore[arg-type]
    except BaseException:
        worker.join(5)  # killed by _supervise: the forkserver reaps it
        if cleanup is not None:
            cleanup()
        raise
    finally:
        reader.close()


def _forkserver_worker(fn: Callable[..., Any], args: tuple, kwargs: dict, writer: Any, limits: Limits,
                       scratch: Any) -> None:
    """Body of a worker the forkserver forked: the arguments are unpickled, so the memory cap counts from here."""
    from redact.ingest.flatten import adopt_scratch

    adopt_scratch(scratch)  # the starter removes this folder if the worker is killed
    _worker(fn, args, kwargs, writer.fileno(), limits)


def _send(fd: int, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    header = len(data).to_bytes(8, "big")
    view = memoryview(header + data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _worker(fn: Callable[..., Any], args: tuple, kwargs: dict, fd: int, limits: Limits) -> None:
    """Body of the forked worker: never returns."""
    code = 0
    try:
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        limit_memory(limits.memory_mb)
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)

        def beat(stage: str, done: int, total: int) -> None:
            _send(fd, ("progress", stage, done, total))

        try:
            result = fn(*args, progress=beat, **kwargs)
            _send(fd, ("ok", result))
        except VerificationError as err:
            _send(fd, ("error", (VerificationError, list(err.failures))))
        except ContentLossError as err:
            _send(fd, ("error", (ContentLossError, (list(err.losses), dict(err.causes)))))
        except RedactError as err:
            _send(fd, ("error", (type(err), err.message)))  # the Message: the caller may show it in English
        except MemoryError:
            _send(fd, ("memory", ""))
        except Exception as err:
            if is_allocation_failure(err):
                _send(fd, ("memory", ""))
            else:
                text = str(err)
                _send(fd, ("crash", f"{type(err).__name__}: {text.splitlines()[0] if text else ''}"[:200]))
    except BaseException:  # pragma: no cover - the pipe itself failed
        code = 1
    finally:
        os._exit(code)


def _die_with_parent() -> None:
    """Have the kernel kill this worker when its parent dies: nobody else would stop a page that never ends."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


#: A page's wall-clock bound, as a multiple of its processor-time bound (a worker blocked on nothing).
WALL_FACTOR = 4.0


def _cpu_seconds(pid: int) -> float | None:
    """Processor seconds of process ``pid`` and the children it waited for (Tesseract), or None."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _where(stage: str, done: int, total: int) -> str:
    """The step a stopped worker was on, for the refusal."""
    if not total:
        return "inläsningen"
    if done < total:
        return f"sida {done + 1}"
    if stage in ("render", "verify"):
        return "kontrollen av den maskerade filen"
    return "sida 1" if stage in ("ocr", "detect") else f"sida {total}"


def _supervise(pid: int, fd: int, limits: Limits, progress: Progress | None, what: str,
               reap: Callable[[], int | None]) -> Any:
    """Read the worker's messages, stop it when a page outlasts its bound; its result, or the refusal."""
    buf = bytearray()
    pages = 0
    where = ("start", 0, 0)
    budget = limits.page_seconds
    started, cpu_at_start = time.monotonic(), _cpu_seconds(pid)
    result: tuple | None = None
    try:
        while result is None:
            waited = time.monotonic() - started
            if waited >= budget:
                cpu_now = _cpu_seconds(pid)
                worked = cpu_now - cpu_at_start if cpu_now is not None and cpu_at_start is not None else waited
                if worked >= budget or waited >= budget * WALL_FACTOR:
                    kill_process(pid)
                    raise LimitError(
                        "{what}: {page} tog längre tid än gränsen {page_seconds:g} s och avbröts (filen kan vara skadad eller byggd för att låsa verktyget)", what=what, page=_where(*where), page_seconds=limits.page_seconds
                    )
                wait = max(0.05, min(budget - worked, budget * WALL_FACTOR - waited))
            else:
                wait = budget - waited
            ready, _, _ = select.select([fd], [], [], min(wait, 1.0))
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break  # the worker ended without a result
            buf += chunk
            while len(buf) >= 8:
                size = int.from_bytes(buf[:8], "big")
                if len(buf) < 8 + size:
                    break
                message = pickle.loads(bytes(buf[8 : 8 + size]))
                del buf[: 8 + size]
                if message[0] == "progress":
                    _, stage, done, total = message
                    where = (stage, done, total)
                    pages = max(pages, total)
                    budget = limits.page_seconds + limits.document_seconds_per_page * pages
                    started, cpu_at_start = time.monotonic(), _cpu_seconds(pid)
                    if progress is not None:
                        progress(stage, done, total)
                else:
                    result = message
                    break
    except BaseException:
        kill_process(pid)
        raise
    sig = reap()
    if result is None:
        if sig == signal.SIGKILL:
            raise LimitError("{what}: arbetsprocessen stoppades (troligen minnesgränsen {memory_mb} MB)", what=what, memory_mb=limits.memory_mb)
        raise UnsupportedError(
            "{what}: filen fick PDF-läsaren att krascha{value}; den vägras (skriv ut den till en ny PDF och försök igen)", what=what, value=f' (signal {sig})' if sig else ''
        )
    kind, payload = result[0], result[1]
    if kind == "ok":
        return payload
    if kind == "error":
        cls, arg = payload
        if cls is ContentLossError:  # the losses and what caused them
            raise cls(*arg)
        raise cls(arg)
    if kind == "memory":
        raise LimitError(
            "{what}: behandlingen behövde mer minne än gränsen {memory_mb} MB och avbröts (filen kan vara skadad eller byggd för att låsa verktyget)", what=what, memory_mb=limits.memory_mb
        )
    raise UnsupportedError("{what}: filen kunde inte behandlas ({payload}); den vägras", what=what, payload=payload)
