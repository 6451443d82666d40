"""A home after a label that names it, with a colon: any name with a number after an address label ("Adress:
Hagalund 3", "Adressen är Åby 12"), and the rest of the line after a label naming where someone lives ("Bostad:",
"Hemort:", "Utdelningsadress:", "Adress i hemlandet:") in whatever country's form, when it holds a house number or is a
farm with its postal code ("Lönnebergs gård, 574 91 Vimmerby").

The label says the value is a home, so the value needs no street word; an authority's visiting address, a road's
number and the name of an institution before the street are no one's home. The label without a colon that says
which address it is ("tidigare adress ...") is ``address_which_labels``'s. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_numbered_streets import AUTHORITY_ADDRESS, NOT_STREET
from redact.detect.address_shapes import EXTRA, NUMBER, POST, SP, WORD, parts_before_remark
from redact.detect.patterns import Verdict, compile_


# After an address label any name with a number is the address ("Adress: Hagalund 3").
# The label may be a sentence's subject with its verb: "Lägenhetens adress blir Uggleplan 4", "Adressen är Åby 12".
AFTER_ADDRESS_LABEL = compile_(
    rf"(?<![\w-])(?i:adress|hemadress|bostadsadress|folkbokföringsadress|postadress|c/o[ ]adress)(?i:en)?"
    rf"(?:[ \t]+(?i:är|blir|blev|var))?[ \t]*:?[ \t]*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# After a label naming where someone lives ("Bostad:", "Hemort:", "Bor:", "Utdelningsadress:", "Adress i hemlandet:")
# the rest of the line is the address, in whatever country's form, when it holds a house number
# (``table_values.home_with_number``, the test a home column's cell passes).
HOME_LABEL_VALUE = compile_(
    r"(?<![\w-])(?i:(?:post|utdelnings|hem|bostads|folkbokförings|kontakt|vistelse|utlands|ny|nuvarande|tidigare)?"
    r"(?:adress|address)(?:[ \t]+(?:i|på|utomlands)(?:[ \t]+[a-zåäö]+){0,2})?|bostad|hemort|hemvist|bor|bostadsort|"
    r"vistelseort|uppehållsort)[ \t]*:[ \t]*(?P<street>(?P<core>[^\n;]{3,70}?))(?=[ \t]*(?:[;\n]|$|\.[ \t]+[A-ZÅÄÖ]))"
)


def check_home_label_value(text: str, m: re.Match[str]) -> Verdict | None:
    """The home after a label naming where someone lives, when it holds a house number."""
    from redact.detect.address_label_sentences import home_in_sentence
    from redact.detect.table_home_values import farm_with_postcode, home_with_number

    value = m.group("street").split("(")[0]
    lead, end = home_in_sentence(value)  # "Mira bodde på Ringvägen 4, Ekby fram till 2019": the home alone
    value = value[lead:end]
    # the address's parts up to the first that is a remark ("..., portkod lämnas muntligen", "..., fastigheten X")
    kept = parts_before_remark(value)
    # a home or an organisation named before the street ("Bostad: Äldreboendet Lärkan, Lärkgatan 10") is the
    # organisation's name, not the address
    skip = lead
    while len(kept) > 1 and not any(ch.isdigit() for ch in kept[0]) and INSTITUTION.search(kept[0]):
        skip += len(kept.pop(0)) + 1
    value = ",".join(kept).rstrip(" .")
    start = m.start("street") + skip + len(value) - len(value.lstrip())
    value = value.strip()
    # (or a farm with no number, its postal code after it: "Bostad: Lönnebergs gård, 574 91 Vimmerby")
    if not (home_with_number(value) or farm_with_postcode(value)) or ctx.label_before(text, m.start(), AUTHORITY_ADDRESS):
        return None
    return Verdict(start, start + len(value), "adress efter en etikett för bostad")


# an institution's or a firm's name: a care home, a school, a company ("Äldreboendet Lärkan", "Gruppbostaden Eken")
INSTITUTION = re.compile(r"(?i)(?:boende|boendet|bostaden|hem|hemmet|gården|internat|internatet|"
                         r"skola|skolan|sjukhus|sjukhuset|center|centret|\bAB|\bHB|kommun|kommunen)\b")




def check_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    """A name and number after an address label, not a road or a box."""
    core = m.group("core")
    if NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME or core.lower() == "box":
        return None
    return Verdict(m.start("street"), m.end("street"), "name + number after an address label")
