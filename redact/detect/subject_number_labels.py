"""The word that opens a mail's subject line right before a number is the number's label, no name: "Ämne: Lott
0443-905, vinst", "Betreff: Antrag 4471-27".

A writer names the matter by the kind of paper or thing and its number; the names rules may read the capitalised
word as a surname. Only a word no name list holds is let go, and only where it is the subject's first word and a
number follows it: a listed name there ("Ämne: Berg 4418") stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.subject_lines import after_subject_label, on_subject_line
from redact.types import Finding

# a number right after the word: digits, perhaps a register's mark before them ("0443-905", "#0441", "nr 4471")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]+(?:(?i:nr\.?|no\.?)[ \t\u00a0]*)?#?\d")


def drop_subject_labels(findings: list[Finding], text: str, is_name: Callable[[str], bool]) -> list[Finding]:
    """The findings without a PERSON of one unlisted word opening a subject line before a number; ``is_name(word)``
    tells a word a name list holds."""
    out = []
    for f in findings:
        if (f.category == "PERSON" and f.start is not None and f.end is not None
                and re.fullmatch(r"[^\W\d_][\w-]*", f.text) is not None and not is_name(f.text)
                and _NUMBER_AFTER.match(text, f.end) is not None
                and on_subject_line(text, f.start) and after_subject_label(text, f.start)):
            continue
        out.append(f)
    return out
