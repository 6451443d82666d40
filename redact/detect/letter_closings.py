"""A letter's closing read as a name: "Best regards", "Kind regards", "Beste Grüße", "Venlig hilsen" open the
signature of a mail, and their first word is a surname in the lists ("Best", "Kind", "Beste"); capitalised at the
line's start it reads as a person. The word before a closing's last word ("regards", "wishes", "Grüße", "hilsen",
"hälsningar") is the closing's own.
"""

from __future__ import annotations

import re

from redact.types import Finding

# the closing's last word right after the finding, in English, German, the Nordic languages, French and Spanish
_END_WORDS = (r"(?i:regards|regard|wishes|greetings|grüße|grüßen|grüsse|gruß|gruss|hilsen|hilsener|"
              r"hälsningar|hälsning|salutations|saludos|terveisin)(?![\w])")
# (one word between maybe: "With best wishes", "Mit freundlichen Grüßen" is the closing's own)
_CLOSING_END = re.compile(r"(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]+" + _END_WORDS)
# a finding that is the closing whole ("Beste Grüße", "Kind Regards")
_WHOLE_CLOSING = re.compile(r"[^\W\d_]+[ \t\u00a0]+" + _END_WORDS)
# what may stand before the closing on its line: nothing, or "With" / "Thanks and" ("With best regards")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:(?i:with|and|&|thanks[ \t]+and|thank[ \t]+you[ \t]+and|mit|med)[ \t]+)?$")


def drop_closing_words(findings: list[Finding], text: str) -> list[Finding]:
    """Drop a person that opens a letter's closing or is one ("Best" of "Best regards", "Beste Grüße")."""
    out = []
    for f in findings:
        if (f.category == "PERSON" and f.start is not None and f.end is not None
                and _LINE_LEAD.search(text, max(0, f.start - 30), f.start)
                and ((" " not in f.text.strip() and _CLOSING_END.match(text, f.end))
                     or _WHOLE_CLOSING.fullmatch(f.text.strip()))):
            continue
        out.append(f)
    return out
