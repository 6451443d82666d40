"""The organisation profile: the authority's own name, addresses, switchboard and mailboxes are proposed for
disclosure with the reason shown, never as masks; private details next to them stay masked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf
from redact.errors import InputError
from redact.organisation import load_organisation, parse_organisation
from redact.policy import load_profile
from redact.resolve.propose import propose
from redact.types import Finding

ROOT = Path(__file__).resolve().parents[1]
TOML = """
name = "Norrviks kommun"
short_names = ["Norrvik", "Bygglov Norrvik"]
addresses = ["Storgatan 1, 123 45 Norrvik", "Box 100, 123 21 Norrvik"]
switchboard = ["0123-45 67 00"]
domains = ["norrvik.se"]
mailboxes = ["bygglov@norrvik.se", "plan.bygg@norrvik.se"]
"""
LINES = [
    "Norrviks kommun, Bygglov Norrvik",
    "Besöksadress: Storgatan 1, 123 45 Norrvik",
    "Telefon 0123-45 67 00, e-post plan.bygg@norrvik.se",  # the detector proposes these unless told whose they are
    "Sökande: Leila Haddad, tel 070-174 06 77",
    "Leila Haddad, e-post leila.haddad@example.se",
]


def _f(category: str, text: str) -> Finding:
    return Finding(id=f"f{abs(hash((category, text))) % 10**8}", page=1, start=0, end=len(text), text=text, category=category, score=0.9, detector="test", rects=())


@pytest.fixture()
def org_file(tmp_path: Path) -> Path:
    path = tmp_path / "norrvik.toml"
    path.write_text(TOML, encoding="utf-8")
    return path


def test_own_details_are_proposed_for_disclosure_with_the_reason(org_file):
    org = load_organisation(org_file)
    items = [
        _f("PERSON", "Norrviks"), _f("PERSON", "Bygglov Norrvik"), _f("ADDRESS", "Storgatan 1, 123 45 Norrvik"),
        _f("ADDRESS", "Box 100"), _f("PHONE", "+46 123 45 67 00"), _f("EMAIL", "Bygglov@Norrvik.se"),
        _f("EMAIL", "registrator@norrvik.se"),
        # Private details, and a staff member's own address at the domain: never the authority's.
        _f("PERSON", "Leila Haddad"), _f("PHONE", "070-174 06 77"), _f("EMAIL", "tove.lindqvist@norrvik.se"),
        _f("ADDRESS", "Storgatan 12, 123 45 Norrvik"), _f("POSTAL_CODE", "123 45 Norrvik"),
    ]
    out = propose(items, load_profile("socialtjanst"), organisation=org)
    disclosed = {f.text: f.reason for f in out if f.status == "rejected"}
    assert set(disclosed) == {"Norrviks", "Bygglov Norrvik", "Storgatan 1, 123 45 Norrvik", "Box 100", "+46 123 45 67 00",
                              "Bygglov@Norrvik.se", "registrator@norrvik.se"}
    assert disclosed["+46 123 45 67 00"].startswith("disclose: myndighetens växel (Norrviks kommun)")
    assert disclosed["Bygglov@Norrvik.se"].startswith("disclose: myndighetens funktionsbrevlåda")
    assert disclosed["Norrviks"].startswith("disclose: myndighetens namn")
    kept = [f for f in out if f.text not in disclosed]
    assert kept and all(f.status == "proposed" for f in kept)
    # A reviewer's decision is never overturned.
    decided = propose([_f("PHONE", "0123-45 67 00").with_(status="accepted")], load_profile("default"), organisation=org)
    assert decided[0].status == "accepted"


def test_a_bad_profile_is_one_swedish_line(tmp_path):
    with pytest.raises(InputError, match="name"):
        parse_organisation('short_names = ["X"]')
    with pytest.raises(InputError, match="okänd nyckel"):
        parse_organisation('name = "Norrviks kommun"\nfax = "1"')
    with pytest.raises(InputError, match="TOML"):
        parse_organisation("name = ")
    assert parse_organisation('namn = "Norrviks kommun"\nvaxel = "0123-45 67 00"').switchboard == ("0123-45 67 00",)


def _redact(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_run_and_detect_leave_the_authoritys_details_readable(tmp_path, org_file):
    pdf = write_text_pdf(tmp_path / "beslut.pdf", [LINES])
    out = tmp_path / "ut.pdf"
    r = _redact("run", pdf, "-o", out, "--organisation", org_file, "--log", tmp_path / "audit.sqlite")
    assert r.returncode == 0, r.stderr
    for text in (mupdf_text(out), pdftotext(out)):
        assert "0123-45 67 00" in text and "plan.bygg@norrvik.se" in text and "Storgatan 1" in text
        assert "Bygglov Norrvik" in text
        for secret in ("Leila", "Haddad", "070-174", "leila.haddad"):
            assert secret not in text
    r = _redact("detect", pdf, "--organisation", org_file)
    assert r.returncode == 0, r.stderr
    found = {f["text"]: f for f in json.loads(r.stdout)["findings"]}
    assert found["0123-45 67 00"]["status"] == "rejected" and "växel" in found["0123-45 67 00"]["reason"]
    assert found["070-174 06 77"]["status"] != "rejected"
    bad = _redact("detect", pdf, "--organisation", tmp_path / "saknas.toml")
    assert bad.returncode == 2 and "organisationsprofilen finns inte" in bad.stderr


def test_review_proposes_own_details_for_disclosure(tmp_path, org_file, blank_detector):
    from redact.review.session import ReviewStore

    store = ReviewStore(tmp_path / "review.sqlite", organisation=load_organisation(org_file))
    case = store.create_case(request_id="ORG-1", received="2026-02-01", profile="default")
    store.add_document(case.id, write_text_pdf(tmp_path / "beslut.pdf", [LINES]), blank_detector)
    states = {f.text: (f.state, f.reason) for f in store.findings(case.id)}
    assert states["0123-45 67 00"][0] == "pending_disclose" and "växel" in states["0123-45 67 00"][1]
    assert states["plan.bygg@norrvik.se"][0] == "pending_disclose"
    assert states["070-174 06 77"][0] == "pending_mask"
