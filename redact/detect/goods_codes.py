"""A customs tariff number of the goods, no one's number: "8517 13" under "Varukod", "varukod 7113 19" in a sentence.

Customs and a trader write the goods' class by the tariff's heading, four digits, a space and two (the subheading),
perhaps two more ("8517 13 00"). It names a kind of goods, not a person, but a number rule that goes on over a line
end (an account's clearing number and its account, read over two cells of a table read one cell a line) takes it in
after the row's number, and the tagger reads it alone. Where its column's header or its word stands before it, the
code is cut from a finding that took it in over a line end, and a finding of the code alone is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# the tariff's words: a header cell or the word right before the code in a sentence
_WORD = (r"(?:[Vv]arukod(?:en|er|erna)?|[Vv]arunummer|[Vv]arunr\.?|[Tt]ulltaxenummer|[Tt]ulltaxenr\.?|[Tt]ulltaxa"
         r"|KN-nummer|KN-nr\.?|HS-kod(?:en)?|HS-nummer|HS-nr\.?|[Tt]ariffnummer|[Tt]ariffnr\.?|[Tt]ullkod(?:en)?)")
# the code: the heading's four digits, a space and the subheading's two, perhaps two more
_CODE = r"\d{4}[ \u00a0]\d{2}(?:[ \u00a0]\d{2})?"
# the header's cell, alone or before the next header cell joined on its line ("Varukod Visat för"), no digit after it
_HEADER = re.compile(rf"(?m)^(?:.*\|)?[ \t]*{_WORD}(?:[ \t]+[A-ZÅÄÖ][^\d\n|]*)?[ \t]*(?:\||$)")
_CELL = re.compile(rf"(?:^|(?<=\|))[ \t]*(?P<code>{_CODE})[ \t]*(?:\||$)")
_AFTER_WORD = re.compile(rf"(?<![\w-]){_WORD}[ \t]*:?[ \t]+(?P<code>{_CODE})(?![\d\w]|[-/]\d)")
_CELLS_AFTER_HEADER = 40  # lines of a table under its header


def goods_code_spans(text: str) -> list[tuple[int, int]]:
    """The tariff numbers on the page: a cell of the code's shape under the tariff's header, or the code after its
    word."""
    spans = [m.span("code") for m in _AFTER_WORD.finditer(text)]
    for h in _HEADER.finditer(text):
        end = h.end()
        for _ in range(_CELLS_AFTER_HEADER):
            nxt = text.find("\n", end + 1)
            line_end = len(text) if nxt < 0 else nxt
            if not text[end + 1:line_end].strip():
                break
            for m in _CELL.finditer(text[end + 1:line_end]):
                spans.append((end + 1 + m.start("code"), end + 1 + m.end("code")))
            end = line_end
            if nxt < 0:
                break
    return spans


def trim_goods_codes(findings: list[Finding], text: str) -> list[Finding]:
    """Findings without the tariff numbers they took in over a line end, and without those that are one alone."""
    spans = goods_code_spans(text)
    if not spans:
        return findings
    out: list[Finding] = []
    for f in findings:
        if f.start is None or f.end is None or f.category not in ("ID_NUMBER", "BANK_ACCOUNT", "PHONE"):
            out.append(f)
            continue
        if any(a <= f.start and f.end <= b for a, b in spans):
            continue  # the code alone
        # (the finding may end inside the code: "… 31" / "8517" of "8517 13", an account's clearing number read so)
        cut = next((a for a, b in spans if f.start < a < f.end and "\n" in text[f.start:a]
                    and not text[b:f.end].strip()), None)
        if cut is None:
            out.append(f)
            continue
        end = len(text[f.start:cut].rstrip()) + f.start
        out.append(replace(f, end=end, text=text[f.start:end]))
    return out
