"""A postal box a person gives as their own: "hennes ombud Per Ek, per.ek@…, har postadress Box 2211, 871 24 Näsby";
"Min firma har org.nr 850101-1234. Skicka kortet till Box 318, 871 23 Näsby."

A box with no name by it is most often an organisation's, and ``redact.detect.organisation`` drops it; a box in
the sentence that names a person, or in the paragraph after a sole trader's own number (their organisation number
is their personnummer), is that person's address, and so is a box the paragraph of a person's personnummer says their mail is sent to
("Brev skickas till Box 14, …"). An organisation named between the person and the box owns the
box ("Anna Ek skickar ansökan till Näsby kommun, Box 12").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

_REACH = 300  # characters back from the box to the person or the number
# a sentence ends at a full stop, a question or an exclamation mark before white space
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n])")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_ORGANISATION_WORD = re.compile(r"(?i:kommun|region|förvaltning|nämnd|enhet|avdelning|myndighet|verket|bolaget|"
                                r"förening|stiftelse|tjänsten|kontoret|byrå|byrån|advokat)|"
                                r"(?<![\w-])(?:AB|HB|KB)(?![\w-])")
# the sentence says the address is a person's own, by a person's possessive or a pronoun having it ("hennes
# postadress", "sin särskilda postadress", "Hon har postadress"), whoever the person is; "vår", "er" and "din" (the
# authority's and the reader's) are no third person's
_OWN_ADDRESS = re.compile(r"(?i)(?<![\w-])(?:(?:hennes|hans|hens|sin|sitt|deras|min|mitt|egen|eget|privata?)"
                          r"(?:[ \t]+[a-zåäö]+){0,2}[ \t]+"
                          r"|(?:hon|han|hen|de|jag)[ \t]+(?:har|hade|får|fick|anger|angav|"
                          r"uppger|uppgav|har[ \t]+uppgett|lämnar|lämnade)[ \t]+(?:[a-zåäö]+[ \t]+){0,2})"
                          r"(?:post|hem|bostads|utdelnings|kontakt)?adress(?:en)?(?![\w-])")
# the person's own words that the box is theirs, in its paragraph ("min firma", "jag")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:jag|min|mitt|mina)(?![\w-])")
# mail sent on to the box, in a paragraph about one person ("Han äger fastigheten … Brev skickas till" / "Box 14, …"):
# the paragraph's person gets their letters there; an authority's own box heads or closes its letter instead
# (a kind of letter in a compound, "Pensionsbrevet", "Beslutsbrevet"; sent then or now: "gick till", "skickades till")
_MAIL_SENT_TO = re.compile(r"(?i)(?<![\w-])(?:[a-zåäö]*brev(?:et|en)?|post(?:en)?|försändelser(?:na)?|beslut(?:et)?"
                           r"|handlingar(?:na)?|kallelser(?:na)?|utskick(?:en)?)[ \t]+"
                           r"(?:skickas|skickades|sänds|sändes|ska[ \t]+skickas|ska[ \t]+sändas"
                           r"|adresseras|adresserades|går|gick)[ \t]+(?:\w+[ \t]+)?till[ \t]*\n?[ \t]*$")


def _last_after(findings: Sequence[Finding], categories: tuple[str, ...], a: int, b: int) -> int | None:
    """Where the last finding of ``categories`` that starts in [a, b) ends, or None."""
    ends = [f.end for f in findings if f.category in categories and f.start is not None and f.end is not None
            and a <= f.start < b]
    return max(ends) if ends else None


def persons_box(text: str, start: int, findings: Sequence[Finding]) -> bool:
    """True for a box whose sentence names a person, or whose paragraph gives a sole trader's personnummer in
    their own words, with no organisation named between."""
    lo = max(0, start - _REACH)
    paragraph = max([lo] + [m.end() for m in _PARAGRAPH_END.finditer(text, lo, start)])
    sentence = max([paragraph] + [m.end() for m in _SENTENCE_END.finditer(text, paragraph, start)])
    person = _last_after(findings, ("PERSON",), sentence, start)
    if person is not None and not _ORGANISATION_WORD.search(text, person, start):
        return True
    owned = _OWN_ADDRESS.search(text, sentence, start)
    if owned is not None and not _ORGANISATION_WORD.search(text, owned.start(), start):
        return True
    number = _last_after(findings, ("PERSONNUMMER",), paragraph, start)
    return (number is not None and not _ORGANISATION_WORD.search(text, number, start)
            and bool(_FIRST_PERSON.search(text, paragraph, start) or _MAIL_SENT_TO.search(text, sentence, start)))
