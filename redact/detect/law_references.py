"""A law's reference read as a person's initials or identifier by the learned tagger:

* a law's abbreviation after its chapter or section ("36 kap. RB", "4 § FL", "2 kap. 3 § ÄB", "20 § LVU"): the
  capitals name the code of law, nobody's initials;
* an EU act's number after its kind and the union's letters ("förordning (EU) 576/2013", "direktiv 2004/38/EG",
  "Regulation (EU) 2016/679", "(EG) nr 1107/2009"): the act's year and serial, nobody's number.

Used to veto the tagger's spans (``engine``): a rule's own finding there is a rule's to judge. And a section's point
or paragraph after its number ("2 § 9 p.", "4 § 2 st."), a name rule's "p." in a column of such references, is
nobody's initials whoever reads it (``drop_section_points``).
"""

from __future__ import annotations

import re

from redact.types import Finding

# "36 kap.", "4 §", "2 kap. 3 §", "20 a §" right before: a chapter's or a section's number
_SECTION_BEFORE = re.compile(r"\d+[ \t\u00a0]*(?:[a-z][ \t\u00a0]*)?(?:kap\.|§§?|art\.|artikel)[ \t\u00a0]*$")
# a code of law's abbreviation: two to six letters, the first a capital ("RB", "ÄB", "SkolL", "LVU")
_LAW_LETTERS = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}")
# an EU act's kind and the union's letters right before its number ("förordning (EU)", "(EG) nr", "direktiv")
_ACT_BEFORE = re.compile(
    r"(?i:(?:förordning(?:en)?|direktiv(?:et)?|beslut(?:et)?|regulation|directive|decision|verordnung|richtlinie)"
    r"(?:[ \t\u00a0]+\((?:EU|EG|EEG|EC|EEC|EU,[ ]Euratom)\))?"
    r"|\((?:EU|EG|EEG|EC|EEC)\))(?:[ \t\u00a0]+(?i:nr|no\.?))?[ \t\u00a0]+$")
# the act's number: a year and a serial with a slash either way, the union's letters after maybe ("2004/38/EG")
_ACT_NUMBER = re.compile(r"(?:(?:19|20)\d\d/\d{1,4}|\d{1,4}/(?:19|20)\d\d)(?:/(?:EU|EG|EEG|EC|EEC))?[.]?")


def law_reference(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a law's abbreviation after its chapter or section, or an EU act's number."""
    span = text[a:b]
    # (the sentence's stop after the letters, taken in: "enligt 5 kap. 6 § TeleL.")
    if _LAW_LETTERS.fullmatch(span.removesuffix(".")) and _SECTION_BEFORE.search(text, max(0, a - 24), a):
        return True
    return bool(_ACT_NUMBER.fullmatch(span)) and _ACT_BEFORE.search(text, max(0, a - 40), a) is not None


# a section's number and its point's or paragraph's number right before ("2 § 9", "4 § 2"): "p.", "st." name the part
_POINT_BEFORE = re.compile(r"§[ \t\u00a0]*\d+[ \t\u00a0]*$")
_POINT = re.compile(r"(?:p|pt|st|punkt|stycket|mom)\.?")


def drop_section_points(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a person that is a section's point or paragraph after its number ("p." of "2 § 9 p.")."""
    return [f for f in findings if not (
        f.category == "PERSON" and f.start is not None and f.end is not None and _POINT.fullmatch(f.text.strip())
        and _POINT_BEFORE.search(text, max(0, f.start - 16), f.start))]
