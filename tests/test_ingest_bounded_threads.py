"""The bounded worker in a host that runs other threads (the review server, a test runner's worker).

Such a host must not fork itself, so its worker is forked by a forkserver: the page time limit,
the memory limit and crash isolation hold there exactly as in a single-threaded process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounded_targets import allocates, beats, crashes, sleeps
from redact.errors import InputError, LimitError, UnsupportedError
from redact.ingest.bounded_worker import bounded
from redact.ingest.flatten import current_scratch, flat_scratch
from redact.ingest.guard import Limits


@pytest.fixture
def second_thread() -> Iterator[threading.Thread]:
    """A thread that idles beside the test, as a server's request threads do."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    assert threading.active_count() > 1
    yield thread
    stop.set()
    thread.join()


def _pid(progress=None) -> int:
    return os.getpid()


def _refuses(progress=None) -> None:
    raise InputError("{name}: trasig fil", name="brev.pdf")


def _scratch(progress=None) -> Path | None:
    return current_scratch()


def test_the_work_runs_in_another_process(second_thread) -> None:
    assert bounded(_pid) != os.getpid()


def test_a_page_that_never_finishes_is_stopped(second_thread) -> None:
    t0 = time.monotonic()
    with pytest.raises(LimitError, match="0.5 s"):
        bounded(sleeps, 20, limits=Limits(page_seconds=0.5), what="fil.pdf")
    assert time.monotonic() - t0 < 10  # long before the 20 s it would sleep (waiting is granted four times the bound)


def test_the_memory_bound_stops_the_worker(second_thread) -> None:
    with pytest.raises(LimitError, match="minne"):
        bounded(allocates, 2048, limits=Limits(memory_mb=256), what="fil.pdf")
    assert bounded(allocates, 16, limits=Limits(memory_mb=256)) == 16 << 20


def test_a_crash_costs_the_worker_not_the_host(second_thread) -> None:
    with pytest.raises(UnsupportedError, match="krascha"):
        bounded(crashes, what="fil.pdf")
    assert second_thread.is_alive()


def test_a_refusal_and_the_progress_come_back(second_thread) -> None:
    with pytest.raises(InputError, match="brev.pdf: trasig fil"):
        bounded(_refuses)
    seen: list[int] = []
    assert bounded(beats, 3, progress=lambda stage, done, total: seen.append(done)) == 3
    assert seen == [1, 2, 3]


def test_the_worker_makes_its_copies_in_the_starters_scratch_folder(second_thread) -> None:
    # a killed worker cannot remove its flattened copy of the input: the process that started it removes the folder
    with flat_scratch() as folder:
        assert bounded(_scratch) == folder


def test_the_forkserver_builds_once_what_each_document_worker_needs() -> None:
    # the forkserver imports FORKSERVER_PRELOAD once; a worker it forks starts with what those imports built
    import importlib
    import sys

    from redact.detect.language import load_model
    from redact.ingest.bounded_worker import FORKSERVER_PRELOAD

    assert FORKSERVER_PRELOAD[-1] == "redact.detect.worker_preload"
    importlib.import_module("redact.detect.worker_preload")
    assert "redact.detect.date_of_birth" in sys.modules  # a recognizer's module: not imported again in the worker
    misses = load_model.cache_info().misses
    load_model()  # the language model: kept, not loaded again for each document
    assert load_model.cache_info().misses == misses
