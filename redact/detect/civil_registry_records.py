"""A civil-registry record written by its register's word, number and place, as Lebanon and Syria enter every family
in the register of its village or town ("sijil 47/Zahlé": record 47 of Zahlé's register). The number alone says
nothing; with its place it finds the family, so the word, the number and the place are one identifier, masked whole.
Read by ``labelled_id``'s recognizer.

Source: the Arabic word "sijil" ("register", "record") in the Latin spellings Lebanese and Syrian papers and their
translations use; typed by the project.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# a place's name: a capitalised word, a second one or an Arabic article between ("Deir el Qamar", "Bint Jbeil")
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)?(?:[ ](?:(?:el|al|ech|ed|es|ez)[ -])?[A-ZÀ-ÖØ-Þ][\w'’]+){0,2}"
RECORD = compile_rule(
    rf"(?<![\w-])(?P<value>(?i:sijil|sijill|sijjil|sejel|sejjel)(?:[ \t]+(?i:no\.?|nr\.?|n°|nº|raqm))?[ \t]*:?[ \t]*"
    rf"\d{{1,5}}[ \t]*(?:/|,[ \t]*)[ \t]*{_PLACE})(?![\w])")


def _check_record(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "registernummer i en ort (sijil)")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("civil_registry_record", RECORD, score=0.8, check=_check_record, needs=("sijil", "sejel", "sijjil")),)
