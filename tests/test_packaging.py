"""The package as an integrator gets it: sdist -> wheel -> a fresh venv -> `redact run` from elsewhere.

The wheel is built from the sdist (so the sdist is complete), installed without the source tree
on the path, and run from an unrelated folder with no REDACT_* variables: the model, the name
lists and the profiles must all come from inside the installed package.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import mupdf_text, pdftotext, write_text_pdf

ROOT = Path(__file__).resolve().parents[1]
SKIP_COPY = {".git", ".venv", "out", "build", "dist", ".pytest_cache", "__pycache__"}


def _setuptools_ok(python: str) -> bool:
    code = "import setuptools, sys; sys.exit(int(setuptools.__version__.split('.')[0]) < 77)"
    return subprocess.run([python, "-c", code], capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def build_python(tmp_path_factory) -> str:
    """A Python with setuptools >= 77 (the test extra installs it; otherwise fetched once into a scratch venv)."""
    if _setuptools_ok(sys.executable):
        return sys.executable
    env_dir = tmp_path_factory.mktemp("buildenv")
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, capture_output=True)
    py = str(env_dir / "bin" / "python")
    r = subprocess.run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "setuptools>=77"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"setuptools>=77 could not be installed for the build: {r.stderr[-500:]}"
    return py


def _build(python: str, hook: str, source: Path, out: Path) -> Path:
    code = f"from setuptools import build_meta as b; print(b.{hook}({str(out)!r}))"
    r = subprocess.run([python, "-c", code], cwd=source, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return out / r.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory, build_python) -> tuple[Path, Path, Path]:
    """(sdist, the sdist unpacked, the wheel built from the unpacked sdist)."""
    tmp = tmp_path_factory.mktemp("pkg")
    source = tmp / "src"
    shutil.copytree(ROOT, source, ignore=lambda d, names: [n for n in names if n in SKIP_COPY or n.endswith(".egg-info")])
    dist = tmp / "dist"
    dist.mkdir()
    sdist = _build(build_python, "build_sdist", source, dist)
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp / "unpacked", filter="data")
    unpacked = next((tmp / "unpacked").iterdir())
    wheel = _build(build_python, "build_wheel", unpacked, dist)
    return sdist, unpacked, wheel


def test_sdist_carries_what_its_tests_need(artefacts):
    _, unpacked, _ = artefacts
    for rel in ("tests/conftest.py", "tests/pdf_builders.py", "tests/data/names_regression.tsv", "LICENSE", "NOTICE",
                "samples/socialtjanst_brev.pdf", "samples/socialtjanst_brev.expected.json",
                "schemas/redact-findings-1.schema.json", "redact/model/sv_redact/meta.json"):
        assert (unpacked / rel).is_file(), rel
    # and its tests run there, on its own code (a few fast files stand for the suite)
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_findings_io.py",
                        "tests/test_policy.py"], cwd=unpacked, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:]
    assert " passed" in r.stdout


def test_wheel_holds_model_licence_credits_and_metadata(artefacts):
    _, _, wheel = artefacts
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = z.read(meta_name).decode()
        model_meta = json.loads(z.read("redact/model/sv_redact/meta.json"))
    for rel in ("redact/model/sv_redact/config.cfg", "redact/model/sv_redact/ner/model", "redact/model/sv_redact/vocab/strings.json",
                "redact/model/README.md", "redact/detect/lexicons/README.md", "redact/py.typed"):
        assert rel in names, rel
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    notice = next(n for n in names if n.endswith(".dist-info/licenses/NOTICE"))
    with zipfile.ZipFile(wheel) as z:
        credit = z.read(notice).decode()
    assert "CC BY 4.0" in credit and "Klintberg" in credit and "Faker" in credit
    assert "License-Expression: AGPL-3.0-or-later" in metadata
    # the dependency pin admits no spaCy the shipped model refuses
    assert model_meta["spacy_version"].startswith(">=3.8.18")
    requires = [line.split(":", 1)[1].strip().replace(" ", "") for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert "spacy<3.9,>=3.8.18" in requires or "spacy>=3.8.18,<3.9" in requires, requires
    for dep in ("thinc", "werkzeug", "presidio-anonymizer"):
        assert any(r.lower().startswith(dep) for r in requires), dep
    assert "Description-Content-Type: text/markdown" in metadata


def test_installed_wheel_runs_from_an_unrelated_folder(artefacts, tmp_path):
    _, _, wheel = artefacts
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    py = venv / "bin" / "python"
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index",
                        "--disable-pip-version-check", str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    # The dependencies come from this interpreter's site-packages, added as plain path entries: their .pth
    # files (an editable install of the checkout) are not processed, so only the wheel can provide `redact`.
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_redact_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    pdf = write_text_pdf(elsewhere / "brev.pdf", [["Beslut om bistånd", "Klienten Fatima Lindqvist har ansökt om stöd.",
                                                   "Handläggare: Mikael Öberg"]])
    env = {"PATH": f"{venv / 'bin'}:/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "OMP_NUM_THREADS": "1"}
    where = subprocess.run([str(py), "-c", "import redact.detect.nlp as n; print(n.__file__); print(n.default_model_path())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert where.returncode == 0, where.stderr[-2000:]
    assert all(line.startswith(str(venv)) for line in where.stdout.split()), where.stdout
    r = subprocess.run([str(venv / "bin" / "redact"), "run", "brev.pdf", "-o", "ut.pdf", "--log", "logg.sqlite"],
                       cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    out = elsewhere / "ut.pdf"
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Lindqvist" not in text and "Fatima" not in text
        assert "bistånd" in text


def test_licence_is_the_agpl_as_the_fsf_publishes_it():
    """The exact text of gnu.org's agpl-3.0.txt: a reflowed copy (indentation lost) is not the licence text."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "                    GNU AFFERO GENERAL PUBLIC LICENSE"
    assert lines[1] == "                       Version 3, 19 November 2007"
    for line in ("  0. Definitions.", "  13. Remote Network Interaction; Use with the GNU General Public License.",
                 "                     END OF TERMS AND CONDITIONS", "    a) The work must carry prominent notices stating that you modified"):
        assert line in lines, line
    assert "\r" not in text and text.endswith("<http://www.gnu.org/licenses/>.\n")
    assert hashlib.sha256(text.encode()).hexdigest() == "76a97c878c9c7a8321bb395c2b44d3fe2f8d81314d219b20138ed0e2dddd5182"
