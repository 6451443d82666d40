"""The country on a letter's last window line, in capitals as the post asks: "Laugavegur 44, íbúð 201" / "101
Reykjavík" / "ISLAND" is one home.

A letter abroad is addressed over several lines, the country alone on the last one and in capital letters, in the
sender's language or the receiver's ("ISLAND", "MÉXICO", "ICELAND"). After a home whose last line holds a postal code
that line is the home's last part, as a country after a comma is (see ``address_growth.with_country_after``). A
country in ordinary case on a line of its own may be a table's next cell read one a line (a country column the body
keeps), so a country in ordinary case counts only where the block ends with it: a blank line or a line of
running text after it.
"""

from __future__ import annotations

from dataclasses import replace

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.first_chars import compiled
from redact.types import Finding

# (the Swedish names of the countries in capitals too: "ISLAND", "MEXIKO"; the lists hold them in ordinary case)
_COUNTRY_LINE = compiled(rf"[ \t]*\n[ \t]*(?P<country>(?i:{ANY_COUNTRY}))[ \t]*(?=\n|$)")
_POSTCODE_IN_LINE = compiled(r"(?<![\w-])(?:[A-Z]{1,2}-?)?\d{3,6}(?![\w-])")
# what follows a window block's last line: a blank line, or a line of running text (four words at least), where a
# table read one cell a line goes on with its next short cell (or the page ends with its last row)
_AFTER_BLOCK = compiled(r"[ \t]*\n[ \t]*(?:\n|\S+(?:[ \t]+\S+){3,})")


def _block_ends(text: str, at: int) -> bool:
    """True when the window block ends at ``at``: the country's line is its last, in ordinary case too."""
    return _AFTER_BLOCK.match(text, at) is not None


def with_country_line(f: Finding, text: str) -> Finding:
    """An address found up to its postal line and the country in capitals alone on the next line, whole."""
    if f.start is None or f.end is None or not (f.category == "ADDRESS" or "address" in f.detector):
        return f
    last_line = f.text.rsplit("\n", 1)[-1]
    if _POSTCODE_IN_LINE.search(last_line) is None:
        return f
    m = _COUNTRY_LINE.match(text, f.end)
    if m is None or not (m.group("country").isupper() or _block_ends(text, m.end("country"))):
        return f
    return replace(f, end=m.end("country"), text=text[f.start:m.end("country")])
