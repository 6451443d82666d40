"""Numbers a sentence says are one person's, whatever their label: another organisation's case number of a
person ("Försäkringskassans ärendenummer 5561-0931"), a body's abroad ("KELA 2207/4418/27", "dosar 1204/299/2026"),
a loan's contract number, a thing's code in the genitive ("Körkortets nummer"), a certificate's code beside the
name, a number a possessive gives ("sin akt nr IFO 88-2214") and a number in a register of persons ("nr 3046 i
röstlängden"). Rules of ``labelled_id``.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_labels import role_head
from redact.detect.id_value import _NOT_A_CODE, _VALUE
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex


# Another organisation's case number of a person ("Försäkringskassans ärendenummer 5561-0931", "ärendenummer
# hos Kronofogden: 77-1402"): a personal identifier. The authority's own ("ärendenummer KS 2026/112") stays.
_CASE_LABEL = r"(?i:ärendenummer|ärendenumret|ärendenr\.?|ärende-nr|ärende[ ]nr\.?|referensnummer|diarienummer|dnr)"
OTHERS_CASE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?P<owner>[A-ZÅÄÖ][\wåäöéü-]+s)[ \t\u00a0]+{_CASE_LABEL}
      |{_CASE_LABEL}[ \t\u00a0]+(?i:hos|från|vid)[ \t\u00a0]+(?P<host>[A-ZÅÄÖ][\wåäöéü-]+(?:[ \t\u00a0][A-ZÅÄÖ][\wåäöéü-]+)?))
    # (a line end before the value: a sentence wrapped, or a form's label cell over its value)
    (?:[ \t\u00a0]*:?[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+(?:är[ \t\u00a0]+|var[ \t\u00a0]+)?)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# the authority itself or one of its parts, or a pronoun ("hos oss", "Vårt ärendenummer")
_OWN = re.compile(r"(?i)kommun|nämnd|förvaltning|styrelse|socialtjänst|enhet|avdelning|kontor|myndighet"
                  r"|^(?:vår|vårt|våra|er|ert|era|oss|dem|dess)$")


def _check_others_case(text: str, m: re.Match[str]) -> Verdict | None:
    owner = m.group("owner") or m.group("host")
    value = m.group("value")
    if _OWN.search(owner) or sum(c.isdigit() for c in value) < 3 or _NOT_A_CODE.match(value):
        return None
    return Verdict(m.start("value"), m.end("value"), f"ärendenummer hos {owner}")


# "Kortets kod: 7731-0426", "Körkortets nummer (48 227 906)", "tillståndets kod PT-2211-08": the code or
# number of a thing named in the genitive, the thing a person holds. The authority's case, an organisation's,
# a payment's or a place's numbers are named so too and stay.
_GENITIVE_LABEL = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<label>(?P<noun>[A-Za-zÅÄÖåäöéü][a-zåäöéü\-]{{2,30}}?)(?:ets|ens|ns|s)[ \t\u00a0]+
              (?i:kod|koden|nummer|nr\.?|(?P<reference>referens|referensen|beteckning|beteckningen)))
    (?:[ \t\u00a0]*[:=]?[ \t\u00a0]*|[ \t\u00a0]+(?:är|var|blir)[ \t\u00a0]+|[ \t\u00a0]*\([ \t\u00a0]*)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
_GENITIVE_NOT_PERSONAL = (
    "ärende", "beslut", "dokument", "protokoll", "paragraf", "bilag", "diarie", "akt", "handling", "faktur",
    "order", "artikel", "produkt", "modell", "konto", "bankgiro", "plusgiro", "organisation", "företag", "bolag",
    "förening", "firma", "kommun", "region", "nämnd", "förvaltning", "myndighet", "styrelse", "enhet", "avdelning",
    "verk", "fastighet", "lägenhet", "tomt", "kvarter", "hus", "rum", "väg", "gata", "linje", "projekt", "avtal",
    "upphandling", "leverantör", "telefon", "mobil", "växel", "lag", "kapitel", "sida", "version", "rapport",
    "kurs", "klass", "buss", "tåg", "flyg", "anläggning", "lokal", "verksamhet", "butik", "restaurang", "skola",
    "kontrakt", "post", "brev", "mejl", "meddelande", "ansökan", "ansökning", "anmälan", "fråg", "tidning",
)


def _check_genitive_label(text: str, m: re.Match[str]) -> Verdict | None:
    noun = m.group("label").split()[0].lower()  # the genitive as written: "ärendets" begins with "ärende"
    if m.group("reference") and not (role_head(m.group("noun")) or role_head(m.group("noun") + "e")):
        return None  # "Kommunens referens", "Fakturans beteckning": only a person's role owns a reference so
    if noun.startswith(_GENITIVE_NOT_PERSONAL) or m.group("noun")[:1].isupper() and m.start() > 0 and (
            text[m.start() - 1] not in "\n.:;(|\t" and not text[max(0, m.start() - 2):m.start()].endswith(". ")):
        return None  # "Fakturans nummer"; "Ekbergs nummer": a capitalised name inside a sentence is an owner, not a thing
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 3 or _NOT_A_CODE.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), f"identifierare efter '{m.group('label').lower()}'")


# A person's certificate or licence code beside the name in the same cell or line: "Anna Berg (KA 3302-21)",
# "| Per Ek, SC 1174-19 |" (an inspector's column holds the name and the certification together).
_CODE_BESIDE_NAME = compile_rule(
    r"(?<![\w-])[A-ZÅÄÖÉÜ][a-zåäöéü\u00df-\u017f]+(?:[ \t-][A-ZÅÄÖÉÜ][a-zåäöéü\u00df-\u017f]+){1,2}"
    r"(?:[ \t]*\([ \t]*(?P<value>[A-ZÅÄÖ]{1,4}(?:-[A-ZÅÄÖ]{1,2})?[ \t-]?\d{3,6}(?:[-/]\d{2,4})?)[ \t]*\)"
    r"|,[ \t]*(?P<value2>[A-ZÅÄÖ]{1,4}(?:-[A-ZÅÄÖ]{1,2})?[ \t-]?\d{3,6}(?:[-/]\d{2,4})?)(?=[ \t]*(?:\||\n|$)))"
)


def _check_code_beside_name(text: str, m: re.Match[str]) -> Verdict | None:
    group = "value" if m.group("value") else "value2"
    value = m.group(group)
    if _NOT_A_CODE.match(value) or _CASE_LIKE.match(value):
        return None  # "Anna Berg (KS 2026-118)": the authority's case about her
    return Verdict(m.start(group), m.end(group), "kod bredvid en persons namn")


_CASE_LIKE = re.compile(r"^[A-ZÅÄÖ]{1,6}[ \t-](?:19|20)\d\d[-/]\d{1,5}$")


# A number a possessive gives one person's thing ("begär kopia av sin akt nr IFO 88-2214", "fick sitt uppdragsavtal
# med nummer UA-2027-0415", "Gunvors akt nr SOC 71-4408"): whose it is the pronoun or the person's name in the
# genitive says, so even a case's shape is the person's code here.
_POSSESSED = compile_rule(
    rf"""
    (?<![\w-])(?:(?i:sin|sitt|sina|hans|hennes|deras|min|mitt|din|ditt)|(?P<owner>[A-ZÅÄÖÉÜ][a-zåäöéü-]+s))\s+
    (?P<noun>[a-zåäöéü][a-zåäöéü-]{{1,30}})(?:\s+(?:med|har|hade|med[ \t]+det))?\s+
    (?P<label>(?i:nummer|numret|nr\.?))(?:[ \t\u00a0]*:|[ \t\u00a0]+(?:är|var))?\s+
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# the nouns of the authority's own case, a payment's, a telephone's or a place's numbers: no person's code
_POSSESSED_NOT_PERSONAL = ("ärende", "beslut", "diarie", "dnr", "faktur", "order", "lägenhet", "lgh", "rum", "sida",
                           "paragraf", "buss", "tåg", "flyg", "linje", "telefon", "mobil", "växel", "kontor", "hus",
                           "bankgiro", "plusgiro", "konto", "bankkonto", "port", "plats", "tur", "sal")


_WORD_BEFORE = re.compile(r"([A-ZÅÄÖÉÜ][\w-]*)[ \t\u00a0]+$")


def _after_first_name(text: str, start: int, lex) -> bool:
    """A known first name stands right before: an unlisted surname's genitive ends a full name ("Eva Tjärnlunds")."""
    from redact.detect.name_words import F, classify_word

    w = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return w is not None and classify_word(w.group(1), lex) == F


def _check_possessed(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if m.group("noun").lower().startswith(_POSSESSED_NOT_PERSONAL) or sum(c.isdigit() for c in value) < 3:
        return None
    if m.group("owner") is not None:
        from redact.detect.name_words import F, S, classify_word, load_lexicons

        lex = load_lexicons()
        if classify_word(m.group("owner"), lex) not in (F, S) and not _after_first_name(text, m.start("owner"), lex):
            return None  # "Kommunens akt nr": only a person's name in the genitive owns the thing
    if MONEY_AFTER.match(text, m.end("value")) or (_NOT_A_CODE.match(value) and not value[:1].isalpha()):
        return None  # a date, a phone number or a sum; a letter prefix makes a case's shape a code
    return Verdict(m.start("value"), m.end("value"), f"nummer på någons {m.group('noun').lower()}")


# A person's number in a register of persons ("Hon har nr 3046 i röstlängden", "står som nummer 118 i
# medlemsmatrikeln", "har nummer 412 i bostadskön"): the register says whose number it is, however short.
_NUMBER_IN_REGISTER = compile_rule(
    r"(?<![\w-])(?i:nr\.?|nummer)[ \t\u00a0]+(?P<value>\d{2,7})[ \t\u00a0]+(?i:i|på)[ \t\u00a0]+"
    r"(?P<register>[a-zåäö-]*(?:längden|längd|registret|registren|matrikeln|matrikel|rullan|kön))(?![\w])"
)


def _check_number_in_register(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), f"nummer i {m.group('register').lower()}")


# A purchase's paper a person hands in as their own, by its number: "Jag bifogar kvitto nr 0087-442", "hon har
# sparat orderbekräftelsen, nummer 55-10442", "Han skickade kvittot nr K 8812", the firm's invoice or quotation
# ("Vi bifogar fakturan nr 20417"). The shop's receipt or order ties
# the purchase to the buyer (a board for consumer disputes, an insurer, a grant's costs); the authority's own register
# of receipts is never handed in by a person so. The value may have a phone's shape: no one labels a phone so.
_PURCHASE_PAPER = (r"(?:kvitto|kvittot|kassakvitto|kassakvittot|kvittona|orderbekräftelse|orderbekräftelsen|order|"
                   r"ordern|beställning|beställningen|beställningsbekräftelse|beställningsbekräftelsen|köpekvitto|"
                   r"köpekvittot|garantibevis|garantibeviset|faktura|fakturan|offert|offerten|"
                   r"bokningsbekräftelse|bokningsbekräftelsen)")
_HANDED_IN = compile_rule(
    rf"""
    (?<![\w-])(?i:jag|vi|han|hon|hen|de|paret|köparen|kunden|konsumenten|sökanden|klaganden)
    (?:[ \t\u00a0]+[a-zåäö]+){{0,2}}?[ \t\u00a0]+
    (?i:bifogar|bifogade|bifogat|skickar|skickade|skickat|lämnar|lämnade|lämnat|visar|visade|visat|har|hade|sparat|
        sparade|sänder|sände|sänt|laddar[ \t\u00a0]+upp|laddade[ \t\u00a0]+upp)
    (?:[ \t\u00a0]+(?:in|upp|också|även|ett|en|sitt|sin|sina|mitt|min|mina|hans|hennes|deras))?[ \t\u00a0]+
    (?P<noun>(?i:{_PURCHASE_PAPER}))
    (?:[ \t\u00a0]*,)?[ \t\u00a0]+(?i:nr\.?|nummer|numret)(?:[ \t\u00a0]*:)?[ \t\u00a0]+
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
_DATE_OR_YEAR = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|(?:19|20)\d\d)$")


def _check_handed_in(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 3 or _DATE_OR_YEAR.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), f"nummer på köparens {m.group('noun').lower()}")


# A private person's loan, credit or lease by its contract number ("ett billån med avtalsnummer SCF 4418-220741",
# "leasingavtalet, avtalsnr LF-2207"): a firm's contract with one person, unlike the authority's own contracts that
# "avtalsnummer" alone names. The lender may stand between, and after the loan the bare "avtal" names its contract
# ("ett lån hos Kredita Finans, avtal KF 4410 2291 07").
_LOAN_CONTRACT = compile_rule(
    rf"""
    (?<![\w-])(?P<noun>(?i:[a-zåäö]*lån|[a-zåäö]*lånet|[a-zåäö]*kredit|[a-zåäö]*krediten|leasing|leasingen
      |[a-zåäö]*leasingavtal|[a-zåäö]*leasingavtalet|avbetalningsköp|avbetalningsköpet|avbetalningsavtal|avbetalningsavtalet))
    (?:[ \t\u00a0]+(?i:hos|från|via)[ \t\u00a0]+[A-ZÅÄÖ][\w&.-]*(?:[ \t\u00a0]+[A-ZÅÄÖ][\w&.-]*){{0,2}})?
    (?:[ \t\u00a0]*,|[ \t\u00a0]+(?i:med|har|hade|med[ \t\u00a0]+det))?[ \t\u00a0]+
    (?P<label>(?i:avtalsnummer|avtalsnumret|avtalsnr\.?|avtals-nr|kontraktsnummer|kontraktsnumret|kontraktsnr\.?
      |avtal|avtalet|kontrakt|kontraktet))
    (?:[ \t\u00a0]*:|[ \t\u00a0]+(?:är|var))?(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)


def _check_loan_contract(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 4 or _NOT_A_CODE.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), f"avtalsnummer för ett {m.group('noun').lower()}")

# the countries whose bodies' cases Swedish documents quote, by their adjectives' stems
_COUNTRY_WORDS = ("estnisk", "finsk", "norsk", "dansk", "isländsk", "polsk", "tysk", "litauisk", "lettisk", "rumänsk",
                  "ungersk", "tjeckisk", "slovakisk", "österrikisk", "nederländsk", "holländsk", "belgisk", "fransk",
                  "spansk", "portugisisk", "italiensk", "grekisk", "bulgarisk", "kroatisk", "serbisk", "bosnisk",
                  "slovensk", "ukrainsk", "rysk", "turkisk", "brittisk", "engelsk", "irländsk", "schweizisk",
                  "amerikansk", "kanadensisk", "australisk", "utländsk")
# A case or a decision about a person at a body abroad: it is that body's, not the authority's own, so it leads to the
# person as another organisation's case number does.
# * a foreign social insurance's code with the body's short name before it ("KELA 2207/4418/27", "NAV 27/441820"):
#   Finland's Kela and Norway's NAV; seven digits at least, as a Swedish unit's letters may be the same and stand
#   before the authority's own short case ("NAV 26-114");
_FOREIGN_BODY_CODE = compile_rule(
    r"(?<![\w/-])(?P<value>(?:KELA|Kela|FPA|NAV)[ \u00a0-]\d{2,8}(?:[/-]\d{2,8}){1,3})(?![\w]|[-/.]\d)")
# * a decision, judgment or case after a country's adjective ("det estniska beslutet 2-27-44182", "den polska domen
#   nr II C 118/26");
_FOREIGN_DECISION = compile_rule(
    rf"""
    (?<![\w-])(?P<label>(?i:(?:{'|'.join(_COUNTRY_WORDS)})a)[ \t\u00a0]+
    (?i:beslutet|domen|domstolsbeslutet|ärendet|målet|avgörandet|utslaget|ärendenumret|målnumret))
    (?:[ \t\u00a0]+(?i:nr\.?|nummer))?(?:[ \t\u00a0]*:)?(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# * a file number after a file's word in the body's own language ("dosar 1204/299/2026", "Aktenzeichen 3 F 118/26",
#   "sygn. akt III RC 44/26", "expediente 4418/2026", "saksnummer 26/44182"), in a letter or its subject line.
_FOREIGN_FILE = compile_rule(
    rf"""
    (?<![\w-])(?P<label>(?i:dosar(?:ul)?|aktenzeichen|sygn\.?[ \t\u00a0]akt|sygnatura[ \t\u00a0]akt|expediente
      |saksnummer|saksnr\.?|sagsnummer|sagsnr\.?|diaarinumero|asianumero))
    (?:[ \t\u00a0]+(?i:nr\.?|n[or]\.?|número|numer))?(?:[ \t\u00a0]*:)?[ \t\u00a0]+
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)


def _check_foreign_case(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    least = 5 if "label" in m.groupdict() else 7
    if (sum(c.isdigit() for c in value) < least or _DATE_OR_YEAR.match(value) or _NOT_A_CODE.match(value)
            or MONEY_AFTER.match(text, m.end("value"))):
        return None  # a year, a date, a sum or the authority's own case's shape, no file's number
    return Verdict(m.start("value"), m.end("value"), "ärende eller beslut hos ett organ utomlands")


OTHERS_CASE_RULE = Rule("others_case_number", OTHERS_CASE, score=0.8, check=_check_others_case,
                        needs=("ärende", "referensnummer", "diarienummer", "dnr"))
RULES = (
    Rule("genitive_label_identifier", _GENITIVE_LABEL, score=0.8, check=_check_genitive_label,
         needs=("ets kod", "ens kod", "ets nummer", "ens nummer", "ets nr", "ens nr", "s kod", "s referens",
                "s beteckning")),
    Rule("code_beside_name", _CODE_BESIDE_NAME, score=0.75, check=_check_code_beside_name,
         gate=rule_regex(r"(?:\(|,[ \t]*)[A-ZÅÄÖ]{1,4}(?:-[A-ZÅÄÖ]{1,2})?[ \t-]?\d{3}")),
    Rule("possessed_thing_number", _POSSESSED, score=0.8, check=_check_possessed,
         needs=("nummer", "nr", "numret")),
    Rule("number_in_register", _NUMBER_IN_REGISTER, score=0.75, check=_check_number_in_register,
         needs=("längd", "register", "matrikel", "rullan", "kön")),
    Rule("purchase_paper_handed_in", _HANDED_IN, score=0.75, check=_check_handed_in,
         needs=("kvitto", "order", "beställning", "garantibevis", "faktura", "offert", "bokningsbekräftelse")),
    Rule("loan_contract_number", _LOAN_CONTRACT, score=0.8, check=_check_loan_contract,
         needs=("avtal", "kontrakt")),
    Rule("foreign_body_code", _FOREIGN_BODY_CODE, score=0.8, check=_check_foreign_case,
         gate=rule_regex(r"(?:KELA|Kela|FPA|NAV)[ \u00a0-]\d")),
    Rule("foreign_decision_number", _FOREIGN_DECISION, score=0.8, check=_check_foreign_case,
         needs=("beslutet", "domen", "ärendet", "målet", "avgörandet", "utslaget", "numret")),
    Rule("foreign_file_number", _FOREIGN_FILE, score=0.8, check=_check_foreign_case,
         needs=("dosar", "aktenzeichen", "akt", "expediente", "saksn", "sagsn", "diaarinumero", "asianumero")),
)
