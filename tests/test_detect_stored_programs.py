"""The store of compiled pattern programs: what it keeps is what compiling gives, in any process."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from redact.detect import first_chars, patterns, stored_programs
from redact.detect.stored_programs import ProgramStore

ROOT = Path(__file__).resolve().parents[1]


def _fresh(kind: str, pattern: str, flags: int) -> object:
    """What the builder of ``kind`` makes of the pattern now, in this process, without a store."""
    if kind == "re":
        return first_chars._re_program(pattern, flags)
    if kind == "scanning":
        return first_chars._scanning_program_of(pattern, flags)
    if kind == "rule":
        return patterns._rule_program(pattern, flags)
    if kind == "scan":
        return patterns._scan_program(re.compile(pattern, flags))
    raise AssertionError(f"unknown kind {kind}")


@pytest.fixture
def own_store(tmp_path, monkeypatch) -> ProgramStore:
    """This process's store replaced by an empty one in a temporary folder."""
    store = ProgramStore(tmp_path / "programs-test.marshal")
    monkeypatch.setattr(stored_programs, "_store", store)
    return store


_SAMPLES = [
    r"(?<![\w-])(?i:kundnummer|medlemsnr)[ \t]*:?[ \t]*(?P<id>\d{4,10})",
    r"(?<!\d)(?P<year>19\d\d|20[0-2]\d)(?!\d)",
    r"(?x) (?<![\w]) [A-ZÅÄÖ][a-zåäö]+ \s+ (?:väg|gata)",
    r"plain words only",
]


def test_a_stored_program_builds_the_pattern_compiling_gives(own_store, tmp_path) -> None:
    """Patterns compiled through the store, then rebuilt from the saved file, equal re's own compile and the
    first compile (``re`` compares patterns by text, flags and program)."""
    made = {p: (first_chars.compiled(p), first_chars.compile_scanning(p), patterns.rule_regex(p)) for p in _SAMPLES}
    own_store.save()
    again = ProgramStore(own_store.path)
    assert len(again) == len(own_store) >= 3 * len(_SAMPLES) - 1
    for p, (plain, scanning, rule) in made.items():
        assert plain == re.compile(p)
        stored = again.get("re", p, 0, lambda: pytest.fail("not stored"))
        assert first_chars.built(p, stored) == plain
        stored = again.get("scanning", p, 0, lambda: pytest.fail("not stored"))
        assert (re.compile(p) if stored is None else first_chars.built(p, stored)) == scanning
        program, _words, _required = again.get("rule", p, 0, lambda: pytest.fail("not stored"))
        assert (re.compile(p) if program is None else first_chars.built(p, program)) == rule


def test_a_scanning_program_differs_from_res_own_and_matches_the_same() -> None:
    """The store keeps the scanning program (not re's), which finds what re's own finds."""
    p = _SAMPLES[0]
    scanning = first_chars.compile_scanning(p)
    assert scanning != re.compile(p)  # a program of its own: a store mixing the two would be caught by ==
    text = "Ärende 12. Kundnummer: 4418220 och medlemsnr 99120"
    assert [m.span() for m in scanning.finditer(text)] == [m.span() for m in re.compile(p).finditer(text)]


def test_the_shipped_patterns_stored_by_another_process_are_what_this_one_compiles(tmp_path) -> None:
    """A Detector built in a fresh process stores every pattern's program; a second process with another hash
    seed finds every program it needs there (each pattern's text is the same in every process, or the store
    would miss it and be written again), and each one is what this process builds for the same key."""
    def build_detector(seed: str) -> bytes:
        env = {**os.environ, stored_programs.ENV_VAR: str(tmp_path), "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", "from redact.detect.engine import Detector; Detector()"],
                       env=env, check=True, cwd=ROOT, timeout=600)
        files = list(tmp_path.glob("programs-*.marshal"))
        assert [f.name for f in files] == [f"programs-{stored_programs.store_key()}.marshal"]
        return files[0].read_bytes()

    first = build_detector("1")
    assert build_detector("2") == first
    programs = marshal.loads(first)
    assert {kind for kind, _, _ in programs} == {"re", "rule", "scan", "scanning"}
    assert len(programs) > 300
    for (kind, pattern, flags), value in programs.items():
        assert value == _fresh(kind, pattern, flags), (kind, pattern[:80])


def test_a_store_that_cannot_be_read_is_ignored_and_rewritten(tmp_path) -> None:
    path = tmp_path / "programs-x.marshal"
    path.write_bytes(b"\x00not a store at all")
    store = ProgramStore(path)
    assert len(store) == 0
    value = store.get("re", "abc", 0, lambda: first_chars._re_program("abc", 0))
    store.save()
    assert ProgramStore(path).get("re", "abc", 0, lambda: pytest.fail("not stored")) == value


def test_a_store_that_cannot_be_written_fails_nothing(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the store's folder would be")
    store = ProgramStore(blocker / "sub" / "programs-x.marshal")
    store.get("re", "abc", 0, lambda: first_chars._re_program("abc", 0))
    store.save()  # no exception
    assert not (blocker / "sub").exists()


def test_where_the_store_lives() -> None:
    assert stored_programs.default_path({stored_programs.ENV_VAR: "0"}) is None
    key = stored_programs.store_key()
    assert key and re.fullmatch(r"[0-9a-f]{24}", key)
    assert stored_programs.default_path({stored_programs.ENV_VAR: "/srv/x"}) == Path(f"/srv/x/programs-{key}.marshal")
    assert stored_programs.default_path({"XDG_CACHE_HOME": "/c"}) == Path(f"/c/redact/programs-{key}.marshal")


def test_old_stores_beyond_the_kept_number_are_removed(tmp_path) -> None:
    for i in range(stored_programs.KEEP_FILES + 3):
        old = tmp_path / f"programs-old{i}.marshal"
        old.write_bytes(marshal.dumps({}))
        os.utime(old, (1000 + i, 1000 + i))
    store = ProgramStore(tmp_path / "programs-new.marshal")
    store.get("re", "abc", 0, lambda: first_chars._re_program("abc", 0))
    store.save()
    left = sorted(p.name for p in tmp_path.glob("programs-*.marshal"))
    assert "programs-new.marshal" in left
    assert len(left) == stored_programs.KEEP_FILES + 1
    assert "programs-old0.marshal" not in left  # the oldest went first


def test_a_store_does_not_grow_with_patterns_no_run_uses(tmp_path) -> None:
    path = tmp_path / "programs-x.marshal"
    path.write_bytes(marshal.dumps({("re", f"old{i}", 0): None for i in range(10)}))
    store = ProgramStore(path)
    store.get("re", "abc", 0, lambda: first_chars._re_program("abc", 0))
    store.save()
    assert set(marshal.loads(path.read_bytes())) == {("re", "abc", 0)}
