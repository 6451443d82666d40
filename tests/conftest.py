"""Shared fixtures: small PDFs built in code and a detector on a blank Swedish pipeline."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pymupdf
import pytest

# The tests compile patterns of their own and count compiles: the programs they make go to a store of this run
# (inherited by the command lines they start), never into the user's cache, and no program kept by an earlier run
# stands in for a compile a test counts.
_PROGRAMS = tempfile.mkdtemp(prefix="redact-test-programs-")
os.environ["REDACT_PATTERN_CACHE"] = _PROGRAMS
atexit.register(shutil.rmtree, _PROGRAMS, True)


def write_text_pdf(path: Path, pages: list[list[str]], fontsize: float = 11) -> Path:
    """A text PDF with one line of text per entry, pages as given."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=595, height=842)
        y = 72.0
        for line in lines:
            page.insert_text((72, y), line, fontsize=fontsize)
            y += fontsize * 1.6
    doc.save(path)
    doc.close()
    return path


def pdftotext(path: Path) -> str:
    """Text of a PDF according to poppler (shares no code with MuPDF)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext is missing: run `make setup` (Debian package poppler-utils)")
    return subprocess.run([exe, "-q", str(path), "-"], capture_output=True, text=True, check=True).stdout


def mupdf_text(path: Path) -> str:
    """All page text of a PDF according to MuPDF."""
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


@pytest.fixture(scope="session")
def blank_detector():
    """A detector with every recognizer on spacy.blank('sv') (no trained model needed)."""
    import spacy

    from redact.detect.engine import Detector

    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    return Detector(nlp=nlp)


@pytest.fixture(scope="session")
def model_detector():
    """A detector on the shipped, trained pipeline."""
    from redact.detect.engine import Detector

    return Detector()


@pytest.fixture(autouse=True)
def _each_test_a_new_document(request: pytest.FixtureRequest):
    """A test that uses a shared detector starts a new document: a thin page takes the language of the
    document so far, so a short Swedish text after another test's English pages would be read as English."""
    for name in ("blank_detector", "model_detector"):
        if name in request.fixturenames:
            request.getfixturevalue(name).begin_document()


@pytest.fixture(scope="module", autouse=True)
def _threads_end_with_their_module():
    """A module's threads (servers, browsers) end with it, or the module fails.

    A process with a thread left running no longer forks its bounded workers itself (a forkserver
    does): a later module's test whose worker must inherit its patches would then test nothing.
    """
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 10  # a browser's process watcher ends a moment after the browser
    for thread in set(threading.enumerate()) - before:
        thread.join(max(0.0, deadline - time.monotonic()))
    left = sorted(t.name for t in set(threading.enumerate()) - before if t.is_alive())
    assert not left, f"threads left running by this module: {left}"


@pytest.fixture(scope="module")
def ray_alone():
    """A lock held on this machine while a module runs Ray: one module's clusters at a time.

    The Ray tests find their actors by the scratch folders in the system's temp folder and kill
    them, so another module's actors must not be there: when two test runs on this machine meet
    here, one waits.
    """
    import fcntl
    import tempfile

    with open(Path(tempfile.gettempdir()) / "redact-tests-ray.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under `make test` and CI (REDACT_NO_SKIPS=1) a skipped test fails the run: nothing is skipped silently."""
    import os

    if not os.environ.get("REDACT_NO_SKIPS"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and session.exitstatus == 0:
        reasons = sorted({str(r.longrepr[-1]) if isinstance(r.longrepr, tuple) else str(r.longrepr) for r in skipped})
        print(f"\n{len(skipped)} tester hoppades över, vilket inte är tillåtet här: " + "; ".join(reasons))
        session.exitstatus = 1
