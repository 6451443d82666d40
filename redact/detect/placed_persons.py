"""Where a person's details stand: the block of "Label: value" lines about one person; shared by the readings of identifiers and addresses by their place (``placed_identifiers``,
``placed_addresses``).

A block is the run of "Label: value" lines around a line, with the one line just above it (its heading, or the
person's name written alone); it stops at a blank line and at any line that is no label line, so a heading
further up that opens another section starts another block. The block is a person's when one of its lines is a
person's label ("Namn:", "Personnummer:", "Patient:" …) or a label's value is a person's name or a personnummer,
or the line above is a name alone.
"""

from __future__ import annotations

import re

from redact.detect.placed_birth_dates import PERSON_LABEL, looks_like_name

# a label line: a label of words (a digit at most inside a bracket), a colon, a value
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^\n:|¦=\d]{0,44}?(?:\([^)\n]{0,30}\))?)[ \t]*:[ \t]*(?P<value>\S.*?)?[ \t]*$")
# the roles a person is named after in a form ("Sökande: Anna Lindqvist"): the value's name then tells
_PNR = re.compile(r"(?<![\d-])(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d)")
# a name written with a role or a bracket after it ("Anna Lindqvist (sökande)", "Lindqvist, Anna")
_NAME_VALUE = re.compile(r"^(?P<name>[^\W\d_][^\n,(]{2,50}?)(?:[ \t]*\([^)\n]{0,30}\)|,[ \t]*[^\W\d_][^\n]{0,30})?$")
# what a company's or an authority's block holds: its line's number and kind ("Org.nr", "Företag: … AB")
_BODY_LABEL = re.compile(r"(?i)^(?:org|organisation|företag|bolag|firma|leverantör|myndighet|förvaltning|nämnd|"
                         r"kommun|region|enhet|avdelning|utförare|entreprenör|arbetsgivare)")
_BODY_VALUE = re.compile(r"(?<![\w])(?:AB|HB|KB|Ab|Oy|AS|ASA|GmbH|Ltd|Inc|kommun|region|nämnd|förvaltning|"
                         r"myndighet|verket|förening|stiftelse)(?![\w])")


def _line_at(text: str, start: int) -> tuple[str, int, int]:
    """The line beginning at ``start``: its text, its start and its end."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end], start, end


def _block_lines(text: str, at: int) -> tuple[list[str], int, str]:
    """The run of label lines around the line holding ``at`` (twelve at most either way), the index of that line in
    the run, and the line just above the run."""
    _, start, end = _line_at(text, text.rfind("\n", 0, at) + 1)
    lines = [text[start:end]]
    n = 0
    above = ""
    s = start
    for _ in range(12):
        if s == 0:
            break
        prev = text.rfind("\n", 0, s - 1) + 1
        line = text[prev:s - 1]
        if not LABEL_LINE.match(line):
            above = line
            break
        lines.insert(0, line)
        n += 1
        s = prev
    e = end
    for _ in range(12):
        if e >= len(text):
            break
        line, _, e = _line_at(text, e + 1)
        if not LABEL_LINE.match(line):
            break
        lines.append(line)
    return lines, n, above


def is_name(value: str) -> bool:
    """True when ``value`` is a person's name written alone (maybe with a role in brackets or after a comma)."""
    m = _NAME_VALUE.match(value.strip())
    if m is None:
        return False
    name = m.group("name").strip()
    if _BODY_VALUE.search(name) or any(c.isdigit() for c in name):
        return False
    if "," in value and re.fullmatch(r"[^\W\d_]+,[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?", value.strip()):
        name = " ".join(reversed(value.split(",", 1)))  # "Lindqvist, Anna"
    return 2 <= len(name.split()) <= 4 and looks_like_name(" ".join(name.split()))


def person_block(text: str, at: int) -> bool:
    """True when the line holding ``at`` is a label line of a block about a person (see the module's rules)."""
    lines, n, above = _block_lines(text, at)
    person = body = False
    for k, line in enumerate(lines):
        m = LABEL_LINE.match(line)
        if m is None:
            continue
        label, value = m.group("label"), m.group("value") or ""
        if _BODY_LABEL.match(label.strip()) and not re.match(r"(?i)\s*(?:namn|personnummer)", value):
            body = True
        if k != n and (PERSON_LABEL.match(label + ":") or _PNR.search(value) or is_name(value)):
            person = True
    above = above.strip()
    if not person and above and is_name(above):
        person = True
    return person and not (body and not any(PERSON_LABEL.match(line) for line in lines))
