"""Whether a span is a cell of its own: alone on its line (a table read one cell a line) or alone between a text
table's bars."""

from __future__ import annotations


def own_cell(text: str, start: int, end: int) -> bool:
    """True when the span is a cell of its own: alone on its line, or alone between a table's bars."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    before, after = line[:start - line_start], line[end - line_start:]
    return ((not before.strip(" \t") or before.rstrip(" \t").endswith("|"))
            and (not after.strip(" \t") or after.lstrip(" \t").startswith("|")))
