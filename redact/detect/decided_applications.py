"""A line naming an application and the decision on it, each by its own code: the decision's is the case.

"Ansökan SR-26-5501" alone over an application's lines numbers the authority's case (see ``case_headings``). A
letter that goes on in the same line with the decision's own number ("Ansökan KN-BF 27/4419, beslut KN 2027/04419")
gives the case its number there; the application's code before it is then the number the applicant was given (the
grants body's applicant number, in its register of applicants), no heading of the body's case.
"""

from __future__ import annotations

import re

# a comma or a semicolon, then the decision's, the case's or the register's label and a code with a digit in it
_DECISION_AFTER = re.compile(r"[ \t]*[,;][ \t]*(?i:beslut|beslutsnr\.?|ärende|ärendenr\.?|dnr\.?|diarienr\.?|"
                             r"diarienummer)[ \t]+[A-ZÅÄÖ]{0,6}[ \t-]?\d[\w/:-]*")


def decision_after(text: str, end: int) -> bool:
    """True when ``text`` goes on at ``end`` (after an application's code opening a line) with the decision's or the
    case's own label and number in the same line."""
    return _DECISION_AFTER.match(text, end) is not None
