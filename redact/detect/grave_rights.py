"""A parish's or a cemetery's name, its noun, the grave deed's or the grave right's word and its number, written as
one run ("Ljungby pastorat gravbrev 5512-309", "Berga kyrkogård gravrättsnr 81-552", "Tuna församling gravplats
T-0552/91"). Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).

A grave right is held by one person or one family, and the register of moved remains or of grave rights writes the
parish or the cemetery that granted it before the deed's number: the place says whose deed among few, so the mark
runs from the place's name. A year or a case's number by its year stays out.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the body that grants a grave right, in the indefinite or the definite form
_BODY = (r"pastorat|pastoratet|församling|församlingen|kyrkogård|kyrkogården|kyrkogårdsförvaltning(?:en)?"
         r"|begravningsplats|begravningsplatsen|kyrkliga[ \u00a0]samfällighet|minneslund")
# the deed, the right or the grave's number
_KIND = (r"gravbrev|gravbrevet|gravrätt|gravrätten|gravrätts(?:nr\.?|nummer|bevis)|gravplats|gravplats(?:nr\.?|nummer)"
         r"|gravnr\.?|gravnummer")
_GRAVE = compile_rule(
    rf"""
    (?<![\w-])(?P<place>[A-ZÅÄÖ][\w-]*(?:[ \u00a0]+[A-ZÅÄÖ][\w-]*){{0,2}})[ \u00a0]+(?:{_BODY})
    [ \u00a0]+(?:{_KIND})(?:[ \u00a0]+(?:nr\.?|nummer))?[ \u00a0]*:?[ \u00a0]*
    (?P<number>(?:[A-Z]{{1,3}}[ \u00a0-]?)?\d+(?:[-/:.][\dA-Z]+){{0,3}})
    (?![\w/]|[-.,:/]\d)
    """
)
_YEAR_LED = re.compile(r"^(?:[A-Z]{1,3}[ \u00a0-]?)?(?:19|20)\d\d(?:[-/]|$)")


def _check_grave(text: str, m: re.Match[str]) -> Verdict | None:
    """The place, its body's noun, the deed's word and the number, as one mark."""
    number = m.group("number")
    if sum(c.isdigit() for c in number) < 3 or _YEAR_LED.match(number):
        return None
    return Verdict(m.start("place"), m.end("number"), "församlingens eller kyrkogårdens namn och gravrättens nummer")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("grave_right_after_parish", _GRAVE, score=0.85, check=_check_grave,
              gate=rule_regex(r"(?i)grav(?:brev|rätt|plats|n)")),)
