"""The JSON record of `redact run` holds keyed hashes only: its holder cannot confirm a guessed name, the log's holder can."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conftest import write_text_pdf
from redact.audit_log import AuditLog

ROOT = Path(__file__).resolve().parents[1]
NAME = "Fatima Al-Hassan"
PNR = "19850412-3350"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def _hashes(record: dict[str, Any]) -> set[str]:
    return {v for m in (*record["masks"], *record["rejected"]) for k, v in m.items() if "sha256" in k and v}


def _guesses_confirmed(record: dict[str, Any], guess: str) -> bool:
    """Every way a holder of the JSON alone could test a guess: each string in the file as salt or key."""
    norm = " ".join(guess.split()).casefold()
    hashes = _hashes(record)
    candidates = {hashlib.sha256(norm.encode()).hexdigest()}
    for s in set(_strings(record)):
        candidates.add(hashlib.sha256((s + "\x00" + norm).encode()).hexdigest())
        candidates.add(hashlib.sha256((s + norm).encode()).hexdigest())
        candidates.add(hmac.new(s.encode(), norm.encode(), hashlib.sha256).hexdigest())
    return bool(hashes & candidates)


def test_run_record_cannot_confirm_a_guess_but_the_log_holder_can(tmp_path: Path) -> None:
    pdf = write_text_pdf(tmp_path / "beslut.pdf", [[
        "Beslut om försörjningsstöd",
        f"Sökande: {NAME}, personnummer {PNR}.",
        f"{NAME} har ansökt om bistånd till hyra.",
    ]])
    out, audit, log_path = tmp_path / "ut.pdf", tmp_path / "granskning.json", tmp_path / "logg.sqlite"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    r = subprocess.run(
        [sys.executable, "-m", "redact.cli", "run", str(pdf), "-o", str(out), "--audit", str(audit),
         "--log", str(log_path), "--case", "BEG-2026-17", "--no-ocr"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    raw = audit.read_text(encoding="utf-8")
    record = json.loads(raw)
    # Nothing in the file lets a guess be tested: no salt, no key.
    assert not _guesses_confirmed(record, NAME) and not _guesses_confirmed(record, PNR)
    log = AuditLog(log_path, create=False)
    key = log.key("BEG-2026-17")
    assert "salt" not in raw and key not in raw and NAME not in raw and PNR not in raw
    assert record["text_hash"]["algorithm"] == "HMAC-SHA256" and record["text_hash"]["case"] == "BEG-2026-17"
    masked = [m for m in record["masks"] if m["category"] == "PERSON"]
    assert masked and all(m["text_hmac_sha256"] for m in masked)

    # The log's holder matches the guess, and only the right one.
    assert any(log.matches("BEG-2026-17", " fatima  AL-HASSAN", m) for m in masked)
    assert not any(log.matches("BEG-2026-17", "Fatima Hassan", m) for m in masked)
    pnr_masks = [m for m in record["masks"] if m["category"] == "PERSONNUMMER"]
    assert pnr_masks and any(log.matches("BEG-2026-17", PNR, m) for m in pnr_masks)

    # The log itself still verifies, and its export carries neither the key nor the text.
    v = subprocess.run([sys.executable, "-m", "redact.cli", "audit", "verify", "--log", str(log_path)],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert v.returncode == 0, v.stderr
    exported = json.dumps(log.export("BEG-2026-17"), ensure_ascii=False)
    assert key not in exported and NAME not in exported and '"salt"' not in exported
    decisions = [e.payload for e in log.entries("BEG-2026-17") if e.kind == "decision"]
    assert any(log.matches("BEG-2026-17", NAME, d) for d in decisions)
