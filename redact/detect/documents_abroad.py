"""Identity documents and registers of other countries named by their own words, read by ``labelled_id``'s
recognizer (reported as ID_NUMBER):

* a passport, a driving licence or an identity card by the country's own noun, as a Swedish text quotes it after the country's
  adjective ("tjeckiskt pas 45182207", "nederländskt rijbewijs 5204418227", "finskt passi FP4182207", "turkiskt
  pasaport U 44182207", "albanskt letërnjoftim J05412207K");
* a United States permanent resident's card ("Green Card") by the receipt number or the alien number it carries
  ("SRC2207441832", "A-204-418-227");
* Hungary's tax identifier (adóazonosító jel): ten digits, the first an 8, the days from 1 January 1867 to the birth
  date, and a check digit (the first nine weighted 1 to 9, mod 11): checked, so a sum or a case number after the
  words passes only by a rare chance;
* a patient's number at a Turkish hospital ("hasta no", "hastane no", "protokol no").

The nouns are the countries' own ordinary words for these papers; the Swedish label rules read the Swedish ones.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_value import _NOT_A_CODE
from redact.detect.patterns import Rule, Verdict, compile_rule, only_digits

# a passport's or a driving licence's noun in Czech, Slovak, Polish, Dutch, Finnish, Turkish, Spanish, Portuguese,
# Italian, French, German, Hungarian; "paspoort" and the like after "nr"/"no" too
_DOCUMENT = (r"(?i:pas|paspoort|paszport|passi|passin|pasaport|pasaporte|passaporte|passaporto|passeport|reisepass"
             r"|útlevél|cestovní[ ]pas|rijbewijs|prawo[ ]jazdy|ajokortti|ehliyet|sürücü[ ]belgesi|führerschein"
             r"|permis[ ]de[ ]conduire|patente|carta[ ]de[ ]condução|řidičský[ ]průkaz|jogosítvány"
             # an identity card in Albanian, German, Polish, Czech, Croatian, Serbian and Bosnian, Bulgarian, Finnish
             r"|letërnjoftim(?:i|in)?|leternjoftim(?:i|in)?|personalausweis|dowód[ ]osobisty|občanský[ ]průkaz"
             r"|osobna[ ]iskaznica|li[čc]na[ ]karta|лична[ ]карта|henkilökortti"
             # and in French, Spanish, Italian and Portuguese ("carte d'identité", "documento de identidad")
             r"|carte[ ](?:nationale[ ])?d['’]identit[ée]|documento[ ](?:nacional[ ])?de[ ]identidad"
             r"|carta[ ]d['’]identit[àa]|carta[ ]de[ ]identidad|cart[ãa]o[ ]de[ ]cidad[ãa]o|bilhete[ ]de[ ]identidade)")
_NO = r"(?:[ \t\u00a0]+(?i:nr\.?|no\.?|n°|nº|numer|number|numero|número|číslo|szám))?(?:[ \t\u00a0]*:)?"
# a letter's sentence naming the number: the noun, the country's adjective maybe, and "is" in the writer's language
# ("Mi pasaporte es PAA…", "Ma carte d'identité française est X4…", "Mein Reisepass ist C01…")
_IS = r"(?:[ \t\u00a0]+(?:[a-zà-ÿ]{4,14}[ \t\u00a0]+)?(?:es|est|è|é|is|ist|jest|je|on))"
# the number: a series' capitals maybe, then six to twelve digits, grouped or not, a check letter maybe
# (or the nine characters of a Dutch, a German or a French passport, capitals and digits mixed: "NXF4418K2",
# "19CK44182"; or letters and figures mixed in one word, as France's newer identity cards print it: "X4RTBPFW4")
_DOC_VALUE = (r"(?P<value>(?:[A-Z]{1,3}[ -]?)?\d{2,12}(?:[ -]\d{2,6}){0,3}[A-Z]?"
              r"|(?:[A-Z]{1,3}\d|\d{2}[A-Z]{2}\d)[A-Z\d]{3,7}\d"
              r"|(?=[A-Z]*\d)(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,10})"
              r"(?![\w]|[-/.,:]\d)")
DOCUMENT_ABROAD = compile_rule(rf"(?<![\w-])(?P<label>{_DOCUMENT})(?:{_NO}|{_IS})[ \t\u00a0]+{_DOC_VALUE}")
# a value of letters and figures mixed: two figures at least, none of the shapes a word or a code of letters has
_MIXED = re.compile(r"^(?=(?:[A-Z]*\d){2})[A-Z0-9]{8,10}$")

# a Green Card's receipt number (three letters of the service centre, ten digits) or its alien number
GREEN_CARD = compile_rule(
    r"(?<![\w-])(?i:green[ ]card|permanent[ ]resident[ ]card|alien[ ]registration[ ](?:number|no\.?)|uscis[ ](?:number|no\.?))"
    r"(?:[ \t\u00a0]+(?i:nr\.?|no\.?|number))?(?:[ \t\u00a0]*:)?[ \t\u00a0]+"
    r"(?P<value>[A-Z]{3}\d{10}|A[- ]?\d{3}[- ]?\d{3}[- ]?\d{3})(?![\w]|[-/.,:]\d)")

# Hungary's tax identifier after its own words
HUNGARIAN_TAX = compile_rule(
    r"(?<![\w-])(?i:adóazonosító(?:[ ]jel(?:e)?|[ ]szám(?:a)?)?|adóazonosítója|adoazonosito(?:[ ]jel)?)"
    r"(?:[ \t\u00a0]*:)?[ \t\u00a0]+(?P<value>8\d{9})(?![\w]|[-/.,:]\d)")

# a patient's number at a Turkish hospital: the hospital's letters maybe, then digits in groups
TURKISH_PATIENT = compile_rule(
    r"(?<![\w-])(?i:hastane[ ]no|hasta[ ](?:kayıt[ ])?no|hasta[ ]numarası|protokol[ ]no|dosya[ ]no)\.?(?:[ \t\u00a0]*:)?"
    r"[ \t\u00a0]+(?P<value>(?:[A-ZÇĞİÖŞÜ]{2,5}(?:-[A-ZÇĞİÖŞÜ]{2,5})?[ -])?\d[\d]*(?:[- ]\d+){0,3})(?![\w]|[-/.,:]\d)")


# a document's own name in capitals as a name reader may take it for a person's ("Green Card"), then its number
_DOCUMENT_NAME = re.compile(r"(?i:green[ ]card|permanent[ ]resident[ ]card|reisepass|rijbewijs|paspoort|pasaporte"
                            r"|passaporto|passeport|carta[ ]de[ ]condução|permis[ ]de[ ]conduire)")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]+(?:(?i:nr\.?|no\.?|number)[ \t\u00a0]*)?:?[ \t\u00a0]*[A-Z]{0,4}[- ]?\d")


def document_name_before_number(name: str, text: str, end: int) -> bool:
    """True when a span read as a person's name is a document's own name right before its number ("Green Card
    SRC…"): a label, no one's name."""
    return _DOCUMENT_NAME.fullmatch(" ".join(name.split())) is not None and _NUMBER_AFTER.match(text, end) is not None


# an identity document's full title in its country's own words, which no one is named: the name readers may take
# its capitals and its particle for a person's ("Cartão de Cidadão", "Carte d'identité"), whatever follows it
_DOCUMENT_TITLE = re.compile(r"(?i:cart[ãa]o[ ]de[ ]cidad[ãa]o|bilhete[ ]de[ ]identidade|documento[ ]nacional[ ]de"
                             r"[ ]identidad|carte[ ]d['’]identit[ée]|carta[ ]d['’]identit[àa]|carta[ ]de[ ]identidad"
                             r"|cartão[ ]de[ ]residência|título[ ]de[ ]residência|tarjeta[ ]de[ ]residencia)")


def document_title(name: str) -> bool:
    """True for a span read as a person's name that is an identity document's full title ("Cartão de Cidadão")."""
    return _DOCUMENT_TITLE.fullmatch(" ".join(name.split())) is not None


def hungarian_tax_ok(d: str) -> bool:
    """Hungary's tax identifier: ten digits, an 8 first, the check digit the first nine weighted 1 to 9, mod 11."""
    if len(d) != 10 or not d.isdigit() or d[0] != "8":
        return False
    check = sum(int(c) * w for c, w in zip(d[:9], range(1, 10))) % 11
    return check != 10 and check == int(d[9])


_SUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$")


def _check_document(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = only_digits(value)
    if _MIXED.match(value) and not value.isdigit() and not _NOT_A_CODE.match(value):
        return Verdict(m.start("value"), m.end("value"), f"id-handling efter '{m.group('label').lower()}'")
    # (a document number mixing capitals and digits inside holds four digits at least: "NXF4418K2")
    fewest = 4 if re.search(r"\d[A-Z]+\d", value) else 6
    if not fewest <= len(digits) <= 12 or _NOT_A_CODE.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    if _SUM.match(value):
        return None  # "250 000" in groups of three: a fee in any currency, no document's number
    return Verdict(m.start("value"), m.end("value"), f"id-handling efter '{m.group('label').lower()}'")


def _check_green_card(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "amerikanskt uppehållskort (Green Card)")


def _check_hungarian_tax(text: str, m: re.Match[str]) -> Verdict | None:
    if not hungarian_tax_ok(m.group("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "ungerskt skatte-id (kontrollsiffra)")


def _check_turkish_patient(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 5 or _NOT_A_CODE.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "patientnummer vid ett turkiskt sjukhus")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("document_abroad_own_word", DOCUMENT_ABROAD, score=0.8, check=_check_document,
         needs=("pas", "passi", "rijbewijs", "prawo", "ajokortti", "ehliyet", "sürücü", "führerschein", "permis",
                "patente", "carta de", "řidičský", "útlevél", "jogosítvány", "letërnjoftim", "leternjoftim",
                "personalausweis", "dowód", "občanský", "iskaznica", "lična", "licna", "лична", "henkilökortti",
                "identit", "identidad", "cidad", "bilhete")),
    Rule("green_card_number", GREEN_CARD, score=0.8, check=_check_green_card,
         needs=("green card", "permanent resident", "alien registration", "uscis")),
    Rule("hungarian_tax_identifier", HUNGARIAN_TAX, score=0.85, check=_check_hungarian_tax,
         needs=("adóazonosító", "adoazonosito")),
    Rule("turkish_hospital_patient_number", TURKISH_PATIENT, score=0.8, check=_check_turkish_patient,
         needs=("hastane", "hasta ", "protokol", "dosya")),
)
