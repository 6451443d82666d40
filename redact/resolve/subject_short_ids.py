"""A found identifier's short form in a mail's subject line: "Ämne: Kundkort 4473" where the register's rows read
"KK-4473-27", "Subject: Fee EXT-552" where they read "UNI-EXT 27-0552".

A person writing to a body about their card, their application or their tag copies the number's running part into
the subject and leaves out the register's letters, its year and its check digits. The short form has no shape of its
own, but the document says whose it is: the code in the subject holds the longest run of digits of an identifier
found elsewhere in the document (leading zeros aside), and its other letter and digit groups are that identifier's
too, in the same order. Or the writer copies the number's last groups, the running part and its check digits,
with their dash or run together ("Ämne: Liftkort 3317-6" after "SKI 01-5520-3317-6", "Subject: Tax-free form 331766"
after "TF 5520 3317 66"): the code's digits are the identifier's last two groups or more, five digits at least. Only
a subject line's codes are followed, where a short form is the writer's habit; a bare year ("2027") is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.subject_lines import subject_lines
from redact.resolve.page_spans import spans_by_page
from redact.types import Finding

SCORE = 0.7
# a code of one word: letters and digits in groups, a dash or a slash between them, at least one digit
# (small letters inside, as a register's own codes hold them: "SWEh4w4418223"; a code opens with a capital or a figure,
# or with a register's small letters right before its digits, as its last group is copied: "n0442" of "su27-n0442")
# (the number sign joined to it is the code's as the register writes it: "#0444" of "SE-BIL #0444"; a dot or a middle
# dot between its figures is the register's separator: "27·0443" of "PA-SÖK 27·0443")
# (a colon between its groups is the register's too, "DJS:4418:01": the code is read whole, never its middle group
# alone as a short form, whose figures alone would leave its letters readable)
_CODE = re.compile(r"(?<![\w/.#-])(?<!\w:)#?(?=[A-Za-zÅÄÖåäö0-9/:-]*\d)(?:[A-ZÅÄÖ0-9]|[a-zåäö]{1,3}(?=\d))"
                   r"[A-Za-zÅÄÖåäö0-9]*(?:[-/:][A-Za-zÅÄÖåäö0-9]+|[.·]\d+)*(?![\w/-]|[.,·:]\w)")
_PARTS = re.compile(r"[A-Za-zÅÄÖåäö]+|\d+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# the fewest digits a short form of an identifier's last groups holds
_TAIL_DIGITS = 5


def _parts(text: str) -> list[str]:
    """The letter and digit groups of a code, the digits without their leading zeros ("EMP-24-04467": EMP, 24, 4467)."""
    return [(p.lstrip("0") or "0") if p.isdigit() else p for p in _PARTS.findall(text)]


def _longest_run(text: str) -> str | None:
    """The longest run of digits of an identifier (three at least), without its leading zeros; None when none is."""
    runs = [r for r in re.findall(r"\d+", text) if len(r) >= 3]
    return (max(runs, key=len).lstrip("0") or None) if runs else None


def _in_order(short: list[str], full: list[str]) -> bool:
    """True when every group of ``short`` is a group of ``full``, in the same order."""
    it = iter(full)
    return all(any(p == q for q in it) for p in short)


def _digit_tails(text: str) -> frozenset[str]:
    """The identifier's last two digit groups or more, run together, five digits at least ("SKI 01-5520-3317-6":
    "33176", "552033176"); and of a long run of one group (a phone's IMEI, a chip's fifteen digits) its last six
    digits or more ("0734183" of "354418220734183")."""
    groups = re.findall(r"\d+", text)
    tails = ["".join(groups[-k:]) for k in range(2, len(groups) + 1)]
    if groups and len(groups[-1]) >= _LONG_RUN:
        tails += [groups[-1][-k:] for k in range(_RUN_TAIL_DIGITS, len(groups[-1]))]
    return frozenset(t for t in tails if len(t) >= _TAIL_DIGITS)


# a run of one group this long is copied by its last digits (no fewer than six: a shorter tail is any number's)
_LONG_RUN = 12
_RUN_TAIL_DIGITS = 6


def _short_form_of(code: str, ids: Sequence[tuple[str, list[str], frozenset[str]]]) -> bool:
    """True when ``code`` holds the longest run of digits of one of ``ids`` and its other groups are that one's too,
    or is figures alone that run together are the last groups of one."""
    parts = _parts(code)
    digits = sum(c.isdigit() for c in code)
    if digits < 3 or _YEAR.match(code):
        return False
    if any(run in parts and _in_order(parts, full) for run, full, _ in ids):
        return True
    # the identifier's last groups, a letter's among them ("K441" after "19880214-K441"): the running part and its
    # series letter, which no year nor amount has
    if len(parts) >= 2 and any(not p.isdigit() for p in parts) and any(
            len(full) > len(parts) and full[-len(parts):] == parts for _, full, _ in ids):
        return True
    figures = re.sub(r"[-/]", "", code)
    return figures.isdigit() and any(figures in tails for _, _, tails in ids)


def find_subject_short_ids(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every code in a mail's subject line that is a short form of an identifier found in the document."""
    ids: list[tuple[str, list[str], frozenset[str]]] = []
    for f in findings:
        if f.category == "ID_NUMBER" and f.status != "rejected" and f.start is not None:
            run = _longest_run(f.text)
            if run is not None:
                ids.append((run, _parts(f.text), _digit_tails(f.text)))
    if not ids:
        return []
    covered = spans_by_page(findings)
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        for line in subject_lines(text):
            for m in _CODE.finditer(text, line.start(), line.end()):
                a, b = m.span()
                # (a finding over part of the code, the figures without the register's letters or number sign, leaves
                # the rest readable: the code is taken whole unless one finding holds it all)
                if any(s <= a and b <= e for s, e in covered.get(page, ())) or not _short_form_of(m.group(), ids):
                    continue
                covered.setdefault(page, []).append((a, b))
                new.append(Finding(
                    id=f"p{page}-subjectid{len(new)}", page=page, start=a, end=b, text=m.group(),
                    category="ID_NUMBER", score=SCORE, detector="subject_short_id",
                    reason="kortform i ämnesraden av en identifierare i dokumentet"))
    return new
