"""A horse's identity number after its register's letters: the FEIF number of an Icelandic horse (the country's two
letters, the year of birth, the sex's digit and five digits: "FEIF DE2019155209"). Read by ``labelled_id``'s
recognizer.

A horse's number is in its breed register under its owner, so it leads to a person; the register's letters are
printed before it in the horse's passport and quoted with it in a sale's papers, so the mark runs from them. (A
UELN's label stays outside its number in running text, as the sets mark it: see ``animal_chips``; in a
thing's cell after its kind's cell, "hästen" / "UELN 752004…", the cell is marked whole: see ``thing_number_cells``.)
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the FEIF number: two capitals, the year of birth, the sex's digit (1 a stallion or a gelding, 2 a mare) and five
# digits
_HORSE_ID = compile_rule(
    r"(?<![\w-])(?P<value>FEIF[ \u00a0]*:?[ \u00a0]*[A-Z]{2}(?:19|20)\d\d[12]\d{5})(?![\w]|[-/.,:]\d)"
)


def _check_horse_id(text: str, m: re.Match[str]) -> Verdict | None:
    """The register's letters and the horse's number."""
    return Verdict(m.start("value"), m.end("value"), "hästens identitetsnummer efter registrets bokstäver")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("horse_id_after_its_register", _HORSE_ID, score=0.85, check=_check_horse_id,
              gate=rule_regex(r"FEIF")),)
