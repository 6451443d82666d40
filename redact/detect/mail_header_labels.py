"""The labels of a message's header in any language ("De:", "Para:", "Asunto:", "Mula kay:"): no one's name.

A message pasted into a case keeps its header: each line opens with a label and a colon, saying who wrote, to whom and
about what. The name rules know the Swedish and English labels; in another language a label may be a listed name
("Para", the Spanish "to") or be read as one ("Mula kay", the Tagalog "from"). Two lines or more in a row that open
with a short label and a colon, one of them giving an address alone or a name and its address in angle brackets and
another something else (the subject), are such a header: a person's finding inside a label, before its colon, is the
label. (A list of contacts gives every line an address, and stays.)
"""

from __future__ import annotations

import re

from redact.types import Finding

# a line opening with a label of one word, or two (a short particle in small letters after it: "Mula kay"), a colon
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[^\W\d_]{1,12}(?:[ \t](?=[a-zà-ÿ])[^\W\d_]{1,5})?)[ \t]*:[ \t]+(?P<rest>[^\n]*\S)")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# the sender's or the recipient's line: an address alone, or a name and the address in angle brackets
_ADDRESS_LINE = re.compile(rf"(?:{_EMAIL}|[^<>\n]*<{_EMAIL}>)[ \t]*")
_MOST_LINES = 6  # a header's lines: from, to, copy, date, subject and one more


def header_labels(text: str) -> list[tuple[int, int]]:
    """The spans of the labels, their colons with them, of the message headers in ``text`` (see the module)."""
    runs: list[list[re.Match[str]]] = []
    last_end = -2
    for m in _LABEL_LINE.finditer(text):
        if not m.group("label")[0].isupper():
            continue
        # the next line right after the run's last: the same header
        if runs and text.count("\n", last_end, m.start()) == 1 and not text[last_end:m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = m.end()
    spans: list[tuple[int, int]] = []
    for run in runs:
        addressed = [_ADDRESS_LINE.fullmatch(m.group("rest")) is not None for m in run]
        if 2 <= len(run) <= _MOST_LINES and any(addressed) and not all(addressed):
            spans.extend((m.start("label"), text.index(":", m.end("label")) + 1) for m in run)
    return spans


def drop_header_labels(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons read inside a message header's label (see the module)."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    spans = header_labels(text)
    if not spans:
        return findings
    return [f for f in findings if not (
        f.category == "PERSON" and f.start is not None and f.end is not None
        and any(a <= f.start and f.end <= b for a, b in spans))]
