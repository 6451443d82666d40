"""The anonymous code a university gives each student for one written examination ("anonymitetskod AX-4471",
"Tentakod VT26-ENG-0712", "Exam code 22-0417"): the marker reads the code instead of the name, and the
registry ties it back to the one student, so the code is that student's identifier.

A "-kod" compound names a code of the course or the ledger as often as a person's, so only the examination's
own words for the student's code count ("tentakod", "skrivningskod", "anonymitetskod", "exam code"); a module's
or a course's code ("provkod", "kurskod") stays. Read as a label by ``unlisted_id_labels`` and as a column's
header by ``table_headers``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# the examination's words (Swedish, English, Danish and Norwegian) for the code one student writes on the paper
_EXAM_CODE = re.compile(
    r"(?:anonymitets|anonym|anonymiserings|tenta|tentamens?|skrivnings|eksamens?)-?(?:kod|koden|kode|id)"
    r"|(?:exam|examination|anonymous|anonymity)[ \u00a0](?:code|id|number|no\.?)"
)


def names_exam_code(label: str) -> bool:
    """True when a label or a column's header names a student's anonymous code for an examination."""
    return _EXAM_CODE.fullmatch(" ".join(label.strip().rstrip(":").split()).lower()) is not None


# the label, a colon or "är"/"is" maybe, then the code: letter groups and digits joined by dashes, slashes or dots, a
# digit in it ("VT26-ENG-0712", "AX 4471", "22-0417"); what the generic label rule cuts at a letter group it takes whole
_LABELLED_CODE = compile_rule(
    r"(?<![\w-])(?P<label>(?i:(?:anonymitets|anonym|anonymiserings|tenta|tentamens?|skrivnings|eksamens?)-?"
    r"(?:kod|koden|kode|id)|(?:exam|examination|anonymous|anonymity)[ \u00a0](?:code|id)))"
    r"(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+(?:(?:är|var|is|was)[ \t\u00a0]+)?)"
    r"(?P<value>[A-ZÅÄÖ\d]{1,8}(?:[-/.][A-ZÅÄÖ\d]{1,8}){0,3})(?![\w-]|[/.]\w)"
)


def _check_labelled(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 3:
        return None  # "Tentakod: A": no code of one student
    return Verdict(m.start("value"), m.end("value"), f"en students kod för tentamen efter '{m.group('label').lower()}'")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("exam_code", _LABELLED_CODE, score=0.8, check=_check_labelled,
              needs=("kod", "kode", "code", "-id", " id")),)
