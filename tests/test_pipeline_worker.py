"""A detector kept for many files (the API's default detector, the review app) and the forked worker each file runs in."""

from __future__ import annotations

from pathlib import Path

import spacy

from redact.detect.engine import Detector
from redact.detect.lemmatizer import FACTORY
from redact.pipeline import RunOptions, run_file
from tests.conftest import mupdf_text, write_text_pdf


def test_the_language_model_is_loaded_once_for_the_detector_not_in_each_worker(tmp_path: Path) -> None:
    """Loaded in the worker, py3langid's model (0.35 s) went with it, and the next file loaded it again."""
    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    detector = Detector(nlp=nlp)
    src = write_text_pdf(tmp_path / "in.pdf", [["Beslut om bistånd", "Handläggare: Vera Holmqvist", "Ärendet gäller hemtjänst."]])
    options = RunOptions()
    assert options.limits.isolate  # the run goes to a forked worker
    for n in range(2):
        out = tmp_path / f"ut{n}.pdf"
        run_file(src, out, options=options, detector=detector)
        assert "Holmqvist" not in mupdf_text(out)
        assert detector._language_model is not None  # kept here, for the next file's worker
