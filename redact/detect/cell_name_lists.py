"""Names written out and listed by commas as the whole of a table's cell ("Hamid Rahimi, Shirin Karimi" under
"Ägare", alone on its line as MuPDF reads a cell, or between a row's borders): one finding over the cell, the commas
with the names, as the cell names a row's owners or guardians together. A list in running text, or one that goes on
after its last name ("Aino, Pekka och Ari"), is left to the names found in it. Two names joined by "och" or "&" as
the whole cell ("Shwan och Dilan Hamad" under "Anhörig": a couple or siblings sharing the surname written last) are
one finding too, the "och" with them: the cell names the row's persons together.
"""

from __future__ import annotations

import re

from redact.detect.table_columns import written_out
from redact.types import Finding

# only a comma and blanks between two names of the list, on one line
_COMMA = re.compile(r"[ \t]*,[ \t]*")
# only "och" or "&" between the two names of a couple, on one line
_AND = re.compile(r"[ \t]+(?:och|&)[ \t]+")
# what ends a cell: the line's end, a row's border, a tab
_CELL_END = "\n|\t"


def _cell_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The cell around ``text[start:end]``: from the border or line start before it to the one after it."""
    left = max(text.rfind(c, 0, start) for c in _CELL_END) + 1
    ends = [i for i in (text.find(c, end) for c in _CELL_END) if i >= 0]
    return left, min(ends, default=len(text))


def join_cell_name_lists(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, with one PERSON finding added over every run of two names or more listed by commas that fills
    its cell (see module)."""
    persons = sorted((f for f in findings if f.category == "PERSON" and f.start is not None and f.end is not None),
                     key=lambda f: (f.start, f.end))
    runs: list[list[Finding]] = []
    for f in persons:
        last = runs[-1][-1] if runs else None
        if last is not None and last.end <= f.start and _COMMA.fullmatch(text, last.end, f.start):
            runs[-1].append(f)
        elif last is None or f.start >= last.end:
            runs.append([f])
    added = []
    for run in runs:
        if len(run) < 2 or not all(written_out(f.text) for f in run):
            continue  # initials listed in a signature cell ("KVi, GrL") keep their comma readable
        a, b = run[0].start, run[-1].end
        left, right = _cell_bounds(text, a, b)
        if text[left:a].strip() or text[b:right].strip():
            continue
        added.append(Finding(id=f"{run[0].id}-list", page=run[0].page, start=a, end=b, text=text[a:b],
                             category="PERSON", score=min(f.score for f in run), detector=run[0].detector,
                             reason="namn uppräknade med kommatecken i en tabellcell"))
    return findings + added if added else findings


def join_cell_couples(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, with one PERSON finding added over every two names written out and joined by "och" or "&" that
    fill their cell (see module)."""
    persons = [f for f in findings if f.category == "PERSON" and f.start is not None and f.end is not None]
    after: dict[int, Finding] = {}
    for f in persons:  # the longest name found at each place
        if f.start not in after or f.end > after[f.start].end:
            after[f.start] = f
    added = []
    for f in persons:
        gap = _AND.match(text, f.end)
        g = after.get(gap.end()) if gap is not None else None
        # the two names' words are a name's words written out ("Bo och Kerstin Alvedal"), no initials ("KVi & GrL")
        if g is None or not written_out(f"{f.text} {g.text}"):
            continue
        a, b = f.start, g.end
        left, right = _cell_bounds(text, a, b)
        if text[left:a].strip() or text[b:right].strip() or any(x.start <= a and b <= x.end for x in persons + added):
            continue
        added.append(Finding(id=f"{f.id}-couple", page=f.page, start=a, end=b, text=text[a:b], category="PERSON",
                             score=min(f.score, g.score), detector=f.detector,
                             reason="två namn med 'och' som hela tabellcellen"))
    return findings + added if added else findings
