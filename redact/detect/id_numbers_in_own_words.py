"""A person's identity number as a letter or a Swedish note states it in running text, read by ``labelled_id``'s
recognizer (ID_NUMBER):

* in the Romance languages and the Creoles of a relative's mail, the card or the number named, maybe a nationality
  after it, then a short verb phrase before the value: "ma carte nationale d'identité porte le numéro CNI 104882/07",
  "o meu NIC tem o número 19900415M004417", "il mio numero nazionale libico è 119900415227", "mon nimero kart
  idantite i 012-5520-1-2-41";
* a Swedish country adjective of any country (the word's "-sk"/"-isk" ending) before "id-nummer" or the country's
  own word, where the value may start with its register's letters apart: "tuvaluanskt id-nummer TK 1990 0415 22",
  "arubanskt persoonsnummer 1990041522".

The value holds six digits at least and is no sum; a Swedish adjective's "svensk" is left to the personnummer rules.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule, only_digits, rule_regex

# the number's word in French, Portuguese, Spanish, Italian and the French Creoles ("nimero", "nimewo")
_NUMBER = r"num[ée]ro|n[úu]mero|nimero|nimewo|n°|nº"
# the card or the number named: the identity card, the national number, Cape Verde's and Portugal's NIC and BI,
# Mauritania's NNI, the French and Francophone CNI (capitals: in small letters they are words)
_CARD = (r"(?i:carte[ ](?:nationale[ ])?d['’]identit[ée]|cart[ãa]o[ ](?:nacional[ ])?de[ ](?:identidade|cidad[ãa]o)"
         r"|bilhete[ ]de[ ]identidade|carta[ ]d['’]identit[àa]|kart[ ]idantite|kat[ ]idantite"
         rf"|(?:{_NUMBER})[ ](?:nazionale|national|nacional|d['’]identit[ée]|de[ ]identidade|idantite))"
         r"|NIC|BI|CNI|NNI")
# a nationality after the name ("numero nazionale libico"), then a short verb phrase: "porte le numéro", "tem o
# número", "est", "è", "é", the Creole "i"
_NATIONALITY = r"(?:[ ][a-zàâçéèêëîïôûùüÿñãõ]{4,}(?:o|a|e|ien|ienne|ais|aise|ano|ana|ense|ês|esa))?"
_VERB = (r"(?:[ ](?:porte|portent|tem|têm|tiene|ha|a|est|es|é|è|e|i|se)(?:[ ](?:le|la|o|a|el|il|lo))?)?"
         rf"(?:[ ](?:{_NUMBER}))?")
_OWN = rf"(?<![\w-])(?P<label>(?:(?i:{_NUMBER})[ ])?(?:{_CARD}){_NATIONALITY}{_VERB})(?:[ \t]*:)?[ \t]+"
# a Swedish adjective of a country, "svensk" not, before the number's Swedish word or a country's own
_SWEDISH = (r"(?<![\w-])(?P<label>(?i:(?!svensk)[a-zåäöéüç]{3,}(?:isk|nsk|esisk)(?:t|a)?[ ]"
            r"(?:id-nummer|id-nr|identitetsnummer|persoonsnummer|identificatienummer)))(?:[ \t]*:)?[ \t]+")
# the value: a register's letters perhaps (apart or joined), digits in up to five groups, letters inside or after
_VALUE = r"(?P<value>(?:[A-Z]{1,4}[ ]?)?\d[\dA-Z]*(?:(?:[ ]|[-/.])\d[\dA-Z]*){0,5})(?![\w]|[-/.,]\d)"

OWN_WORDS = compile_rule(_OWN + _VALUE)
SWEDISH_ADJECTIVE = compile_rule(_SWEDISH + _VALUE)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if len(only_digits(m.group("value"))) < 6 or MONEY_AFTER.match(text, m.end("value")):
        return None
    label = " ".join(m.group("label").split())
    return Verdict(m.start("value"), m.end("value"), f"identitetsnummer efter '{label}'")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("id_number_in_own_words", OWN_WORDS, score=0.85, check=_check,
         gate=rule_regex(r"(?i:num[ée]ro|n[úu]mero|nimero|nimewo|identit|idantite|identidade|cidad)|NIC|BI|CNI|NNI")),
    Rule("id_number_after_swedish_adjective", SWEDISH_ADJECTIVE, score=0.85, check=_check,
         gate=rule_regex(r"(?i:sk[ta]?[ ](?:id-n|identitetsn|persoonsn|identificatien))")),
)
