"""A country's personal identity number after the country's adjective in English and "ID", as a relative's mail or a
translation in English writes it: "Kenyan ID 34418275", "Israeli ID number 344182761", "Ghanaian ID card no.
GHA-7203…". The adjective says whose register the number is of, as the Swedish "kenyanskt id-kort" does (see
``national_ids_abroad``); the value has six digits at least and is no sum. Read by ``labelled_id``'s recognizer
(ID_NUMBER).

Source: the adjectives were typed by the project (the countries Swedish documents quote people's numbers of, as in
``national_ids_abroad``'s Swedish list); no list was downloaded or copied.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import Rule, Verdict, compile_rule, only_digits, rule_regex

_DEMONYMS = (
    "Polish", "Romanian", "Icelandic", "Danish", "Estonian", "Lithuanian", "Latvian", "Spanish", "Italian", "Belgian",
    "French", "British", "Turkish", "Croatian", "Bulgarian", "Portuguese", "German", "Dutch", "Norwegian", "Finnish",
    "Greek", "Hungarian", "Czech", "Slovak", "Slovenian", "Serbian", "Bosnian", "Ukrainian", "Russian", "Irish",
    "Austrian", "Swiss", "American", "Canadian", "Australian", "Israeli", "Japanese", "Chinese", "Korean",
    "South Korean", "Indian", "Pakistani", "Iranian", "Iraqi", "Syrian", "Afghan", "Turkmen", "Somali", "Eritrean",
    "Ethiopian", "Kenyan", "Nigerian", "Ghanaian", "Ugandan", "Tanzanian", "Rwandan", "Burundian", "Congolese",
    "Sudanese", "Libyan", "Moroccan", "Algerian", "Tunisian", "Egyptian", "Lebanese", "Jordanian", "Palestinian",
    "Yemeni", "Saudi", "Emirati", "Thai", "Vietnamese", "Filipino", "Philippine", "Indonesian", "Malaysian",
    "Brazilian", "Argentine", "Argentinian", "Chilean", "Colombian", "Mexican", "Peruvian", "Bolivian", "Venezuelan",
    "Ecuadorian", "Cuban", "South African", "Zimbabwean", "Cameroonian", "Senegalese", "Gambian", "Albanian",
    "Macedonian", "North Macedonian", "Montenegrin", "Kosovan", "Kosovar", "Moldovan", "Georgian", "Armenian",
    "Azerbaijani", "Kazakh", "Uzbek", "Kyrgyz", "Tajik", "Belarusian", "Mongolian", "Sri Lankan", "Nepali",
    "Nepalese", "Bangladeshi", "Cypriot", "Maltese", "Luxembourgish",
)
_DEMONYM = "|".join(re.escape(d).replace(r"\ ", "[ ]") for d in sorted(_DEMONYMS, key=len, reverse=True))
# the adjective, "national" perhaps, "ID" or "identity", and the card's or the number's word
_LABEL = (rf"(?:{_DEMONYM})[ ](?:national[ ])?(?:ID|identity)"
          r"(?:[ ](?:card[ ])?(?:number|no\.?|nr\.?|card))?")
# the value: letters before it perhaps, digits in up to five groups, a check letter after it perhaps
_VALUE = r"(?P<value>(?:[A-Z]{1,3}[- ]?)?\d[\d]*(?:[ -]\d+){0,4}(?:-?[A-Z])?)(?![\w]|[-/.,]\d)"
DEMONYM_ID = compile_rule(rf"(?<![\w-])(?P<label>{_LABEL})[ \t]*(?:[:#][ \t]*|is[ \t]+)?(?:\n[ \t]*)?{_VALUE}")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if len(only_digits(m.group("value"))) < 6 or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), f"personlig kod efter '{m.group('label')}'")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("national_id_after_demonym", DEMONYM_ID, score=0.85, check=_check,
              gate=rule_regex(r"[a-z][ ](?:national[ ])?(?:ID|identity)(?![\w-])")),)
