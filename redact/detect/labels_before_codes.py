"""A label's word before a code stays outside the code's mark, even where it is capitalised as a maker's name is
("Jaktbevis AC-SÄL 26/0412, vapen …", "Intyg EXP-NO 26/0412" at a line's start): the maker rule
(``makers_before_numbers``) runs the mark of a number from a maker's name before it, and a document's noun that names
the number is no maker's. What the label rules read as a label (``id_labels.label_strength``) is left out again.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.detect.id_labels import label_strength
from redact.types import Finding


def with_labels_outside(before: Sequence[Finding], after: Sequence[Finding], text: str) -> list[Finding]:
    """``after`` (the findings once makers were taken in, one for one with ``before``), with each mark that grew over
    a single word that is an identifier's label set back to where it was."""
    out = []
    for old, new in zip(before, after, strict=True):
        if new.start is not None and old.start is not None and new.start < old.start:
            words = text[new.start:old.start].split()
            if len(words) == 1 and label_strength(words[0]) is not None:
                new = old  # "Jaktbevis" of "Jaktbevis AC-SÄL 26/0412": the label, no maker
        out.append(new)
    return out
