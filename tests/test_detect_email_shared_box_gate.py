"""The shared mailbox's label looked for behind its words' test says what its pattern says."""

from __future__ import annotations

import re

import pytest

from redact.detect.email import _SHARED_BOX_LABEL, _SHARED_BOX_LABEL_RE, _named_shared_box

PATTERN = re.compile(_SHARED_BOX_LABEL)


@pytest.mark.parametrize("text", [
    "",
    "Skicka till funktionsbrevlådan bygglov@norrvik.se i dag.",
    "GRUPPADRESS: soc@norrvik.se",
    "vår Gemensamma\tbrevlåda är kansli@norrvik.se",
    "Funktionell e-postadress: it@norrvik.se",
    "FUNKTİONSADRESS it@norrvik.se",  # a dotted capital I: lowercased it is no "i"
    "Funktionſadress it@norrvik.se",  # a long s, an "s" to re
    "gemenſam brevlåda kansli@norrvik.se",
    "Skriv till anna.berg@gmail.com om gruppen.",
    "Kontakta handläggaren på karin.lund@norrvik.se.",
])
def test_the_gate_answers_as_the_pattern(text: str) -> None:
    assert (_SHARED_BOX_LABEL_RE.search(text) is None) == (PATTERN.search(text) is None)


def test_a_labelled_box_is_still_found() -> None:
    assert _named_shared_box("Funktionsbrevlåda: bygglov@norrvik.se", "bygglov@norrvik.se")
    assert not _named_shared_box("Handläggare: bygglov@norrvik.se", "bygglov@norrvik.se")
