"""Whom a letter's copy goes to, after "Kopia:" in the signature block, are the staff's initials, whatever their
shape and mixed on one line ("Kopia: L-M.Hg., ORTB", "Kopia: I.J.vD."), in the block's second column after a wide gap
or after one space; a copy line naming a body, or a word after "kopia" in a sentence, stays. Fictional people."""

from __future__ import annotations

from redact.detect.initials import find_initials_in_signatures


def _initials(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in find_initials_in_signatures(text)]


def test_mixed_shapes_after_the_copy_label_are_initials():
    assert _initials("Lena Vik, handläggare          Kopia: L-M.Hg., ORTB") == ["L-M.Hg.", "ORTB"]
    assert _initials("Lena Vik, handläggare Kopia: Ro.Sk., I.J.vD.") == ["Ro.Sk.", "I.J.vD."]
    assert _initials("Lena Vik, handläggare Kopia: KMW, ÅRTS") == ["KMW", "ÅRTS"]


def test_a_body_or_a_sentences_copy_stays():
    assert _initials("Kopia: Lantmäteriet; Räddningstjänsten Norrby") == []
    assert _initials("Kopia: FAl, ekonomienheten.") == []
    assert _initials("Vi skickar en kopia: beslutet i sin helhet.") == []
