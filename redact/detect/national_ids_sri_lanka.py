"""Sri Lanka's national identity card number in its old form, found without a label (read by ``labelled_id``'s
recognizer, reported as ID_NUMBER).

The Department for Registration of Persons wrote the number, until 2016, as nine digits and a letter: the birth
year's last two digits, the day of the year (001 to 366, five hundred more for a woman), four serial digits and "V"
("voter") or "X" ("855730441V": born 1985, a woman, the 73rd day). The day's code and the letter after nine digits
are the number's own; no amount, date or phone number is written so. The new form, twelve digits, is read after
its label (``national_id_names``).
"""

from __future__ import annotations

import re

from redact.detect.national_ids_abroad import _ALONE_AFTER, _ALONE_BEFORE, _verdict
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

OLD_NIC = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d{{9}}[VvXx]){_ALONE_AFTER}")


def sri_lanka_old_nic_ok(value: str) -> bool:
    """Nine digits and V or X, the fourth to sixth the day of the birth year (001-366, or 501-866 for a woman)."""
    if len(value) != 10 or not value[:9].isdigit() or value[9] not in "VvXx":
        return False
    day = int(value[2:5])
    return 1 <= day <= 366 or 501 <= day <= 866


def _check_old_nic(text: str, m: re.Match[str]) -> Verdict | None:
    if not sri_lanka_old_nic_ok(m.group("value")):
        return None
    return _verdict(text, m, "lankesiskt id-kortsnummer i gammal form (födelseår, dag, V/X)")


RULES = (
    Rule("sri_lanka_old_nic", OLD_NIC, score=0.8, check=_check_old_nic, gate=rule_regex(r"\d{9}[VvXx]")),
)
