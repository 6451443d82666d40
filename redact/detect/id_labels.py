"""Labels of personal identifiers nobody listed: any "-nummer", "-nr" or "-id" compound
("Lånekortsnummer", "Köplats-nr", "Kontraktsnr", "Kund-id"), a noun and "nr" ("kö nr"), the
nouns a register's codes stand after without "-nummer" ("Lånekort", "Kontrakt", "id"), and
the English labels of a customer's or member's number.

A register gives each person a number of its own, and Swedish names it by a compound; the
compounds that name something else are few and known: the authority's own case ("diarienummer",
"dnr", "ärendenummer"), an organisation's or a payment's numbers (other detectors or nobody's),
a telephone's (the phone detector's), a page's, a paragraph's, a flat's or a room's. Shared by
the label rule (``labelled_id``) and the table header (``table_columns``).
"""

from __future__ import annotations

import re

from redact.detect.weapon_columns import weapon_header

# Heads of "-nummer"/"-nr"/"-id" compounds that do not name a person's identifier (a prefix of the head).
_NOT_PERSONAL = (
    # the authority's own case and its documents: they must stay readable
    "diarie", "dnr", "d.nr", "ärende", "beslut", "protokoll", "paragraf", "bilag", "sid", "dokument", "dok",
    # a court's case ("mål nr T 4471-26", "Målnummer B 118-26"): the court's own, as a head of its own only
    "mål",
    # the authority's own register of what came in or was done: notices, receipts, interments ("Anm.nr")
    "anmälning", "anm", "kvitto", "kvittens", "gravsättning",
    # the day-book a registry enters each application in ("Dagboksnr 26-0311" at the Land Registration Authority)
    "dagbok",
    # (not "serie": a serial number marks one person's engine, bicycle, phone or weapon)
    "version", "referens", "ref", "löp", "rad", "kapitel", "kap", "sfs", "lag", "akt", "register",
    # an organisation's, a payment's or a bank's numbers (other detectors, or no one's)
    "organisation", "org", "moms", "vat", "bankgiro", "plusgiro", "bg", "pg", "clearing", "konto", "bankkonto",
    "faktura", "fakt", "ocr", "order", "artikel", "art", "produkt", "modell", "verifikat", "ver", "iban", "bic",
    "projekt", "ansvar", "kostnad", "objekt", "avtals", "upphandling", "leverantör", "lev",
    # the authority's own bookings, visits and inventory ("Bokningsnr TB-1140", "Inv.nr KS-VI-0388"); not an
    # order's ("Beställnings-id"), which may be the customer's own code
    "boknings", "besöks", "inv", "inventarie",
    # a permit's or a business facility's: the authority's own register of them ("Tillståndsnr PT-2019-118")
    "tillstånd", "anläggning", "lokal", "livsmedel", "serverings",
    # a telephone's, a place's, a thing's
    "telefon", "tel", "mobil", "fax", "växel", "direkt", "anknytning", "post", "lägenhet", "lgh", "rum", "hus",
    "gatu", "väg", "gods", "port", "plats", "kommun", "läns", "fastighet", "linje", "tur", "buss", "tåg",
    "flyg", "kurs", "enhet", "avdelning", "kod", "pin", "ip", "mac", "tomt", "trappa", "våning", "kvarter",
    "sal", "hall", "bana", "spår", "grind", "gate", "box", "skåp", "bord", "stol", "säng",
    # numbers the personnummer and account rules read themselves
    "person", "pers", "samordning", "födelse", "id",
)
# Words before a bare "nummer"/"nr" that are no head ("har nummer FK 11-2", "med nr 4411"): the label is "nummer".
_NOT_A_HEAD = frozenset({
    "har", "hade", "med", "som", "fick", "får", "fått", "och", "ett", "sitt", "sina", "sin", "nytt", "nya", "ny",
    "under", "på", "i", "till", "från", "om", "av", "vårt", "ert", "ditt", "mitt", "hans", "hennes", "deras",
    "det", "den", "detta", "samma", "annat", "ange", "anger", "angav", "uppge", "uppger", "uppgav", "is", "the",
})
# Nouns a register's code stands after without "-nummer" ("Lånekort 4410 2291", "Kontrakt HK-210"), and
# the marks that tie a person's thing to its owner ("stöldmärkning SE 4410 2291", "Vapenregistret: VR 1187 2290").
_NOUNS = ("kort", "kontrakt", "hyresavtal", "köplats", "kö", "id", "medlemskap", "abonnemang", "märkning",
          # an animal's tag, which carries its owner's herd number ("öronmärke SE 0412 00318", "öronmärken (SE …)")
          "märke", "märken", "märket", "märkena",
          "register", "registret", "imei",
          # an extract from a register about one person ("belastningsregisterutdrag PM 2027-0412"): its number is hers
          "registerutdrag", "register-utdrag",
          # what a person is handed to open a door or pay a trip: a badge, a tag, a chip ("Nyckelbricka NB 0417")
          "bricka", "brickan", "tagg", "taggen", "chip", "chipet",
          # a permit granted to one person: to park as a disabled driver, to ride the transport service
          "p-tillstånd", "parkeringstillstånd", "färdtjänsttillstånd", "färdtjänstbeslut",
          # a decision granting one person support under the disability act: its number is that person's file
          "lss-beslut", "lssbeslut",
          # a certificate or a competence granted to one person: its number is in a register of persons
          # ("Kursintyg MSB-E 0871", a column "Behörighet" of "KA 3302-21")
          "intyg", "intyget", "behörighet",
          # an insurance policy one person or household holds, by its kind ("tandvårdsförsäkring TF 4410 2281",
          # "hemförsäkringen HF-77 1302"): the policy's number leads to the insured (a compound only: see below)
          "försäkring", "försäkringen",
          # a proof of a competence, a licence or a certificate issued to one person ("jägarexamensbevis JE 2019-0447",
          # "Licens SBF 44-118", "certifikat CERT-1187", a column "Legitimation")
          "bevis", "beviset", "licens", "licensen", "certifikat", "certifikatet", "legitimation", "legitimationen",
          "diplom", "diplomet",
          # an exam passed and registered for one person ("jägarexamen JE 2018-0331")
          "examen",
          # the identity document itself ("legitimerade sig med pass C 4471 0926"): a code with a letter prefix or
          # five digits at least, not a work shift's hours
          "pass", "passet",
          # a foreign identity card by its own name ("dowód osobisty", "Personalausweis", "henkilökortti", "kimlik
          # kartı", "cédula", "DNI"): the card's number follows
          "osobisty", "personalausweis", "henkilökortti", "kimlik", "kartı", "cédula", "cedula", "dni",
          "občanský", "osobní", "průkaz", "identité", "identitate",
          # a person's log-in to a service ("konto hos Legimus med inloggning GB-40771", "användarnamn AB-1187")
          "inloggning", "inloggningen", "användarnamn", "användarnamnet", "login",
          # a permit to stay or work and a travel document, each issued to one person ("uppehållstillstånd UT 4471-22")
          "uppehållstillstånd", "arbetstillstånd", "resedokument", "resedokumentet",
          # a patient's referral ("remissen RX-3310 77") and prescription ("receptet ER 5510 2207 4418"): the
          # prescription register's number leads to the patient it was written for
          "remiss", "remissen", "recept",
          # a person's account of funds or shares at a bank or a fund company ("fondkonto FK 4410 2281", "depå
          # VP-77 1302"): the holder's own number, not a payment account (those are the account rules')
          "fondkonto", "fondkontot", "depå", "depån", "depåkonto", "depåkontot", "värdepapperskonto",
          "värdepapperskontot", "aktiekonto", "aktiekontot", "investeringssparkonto", "investeringssparkontot",
          # the cash an institution keeps for one inmate or resident ("kontantkassa KA 2207-4410"): that person's account
          "kontantkassa", "kontantkassan",
          # a runner's or a rider's bib in a race ("startnummerlapp 2207-31"): the organiser's list leads it to one entrant
          "nummerlapp", "nummerlappen")
# A patient's sample at the laboratory ("lämnat prov F26-114 0402", "blodprov LAB-2231 07"): the sample's code leads
# to the patient it was taken from. Only in running text: a column headed "Kunskapsprov" or "Prov" holds a test's
# results and dates ("godkänt 2026-05-20"), and an exam's compounds ("körprov", "kunskapsprov") name no sample.
_SAMPLE_NOUN = re.compile(r"^(?:blod|urin|avförings|faeces|odlings|vävnads|saliv|dna|cell|svalg|sputum|likvor)?"
                          r"prov(?:et)?$")
# The code of a lock, a door, a gate or an alarm: it opens one person's home ("Låskod", "Portkod", "Larmkod");
# other "-kod" compounds name a ledger's or a diagnosis's codes and are no label here.
_DOOR_CODE_NOUN = re.compile(r"^(?:lås|port|dörr|entré|grind|larm|nyckel|nyckelskåps|nyckelbox|kodlås|box|passer)"
                             r"-?(?:kod|koden|koder)$")
# Participles of a person's certification before its code ("certifierad KA 5521-22", "legitimerad SSK 4471").
_CERTIFIED = frozenset({"certifierad", "certifierade", "legitimerad", "legitimerade", "auktoriserad",
                        "auktoriserade", "behörig", "ackrediterad"})
# A person's "-kod" compound ("Kundkod: KX-4471", "Medlemskod M-55 218"): the code a register gives one person.
_PERSON_CODE = re.compile(r"^(?:kund|medlems?|medl\.|elev|brukar|brukare|personal|anställnings|deltagar|patient|klient|"
                          r"låntagar|användar|student|tagg|kort|behörighets|certifierings)-?kod(?:en)?$")
# Bare nouns of the listed stems that stand before a code only when it has a letter prefix ("Elev E-4471").
_PERSON_NOUNS = frozenset({
    "elev", "kund", "klient", "patient", "brukare", "medlem", "deltagare", "låntagare", "hyresgäst", "sökande",
    "vårdtagare", "abonnent", "anställd", "student", "barn",
    # a payer's mandate for direct debit ("Medgivande autogiro | AG-77 1302")
    "autogiro", "medgivande",
})
# English labels of a person's number ("customer number", "membership no.").
_ENGLISH_HEADS = frozenset({
    "customer", "client", "member", "membership", "account", "patient", "employee", "staff", "student", "pupil",
    "tenant", "contract", "card", "library", "policy", "passport", "licence", "license", "insurance", "user",
    # a person's thing or document by its serial ("serial no.", "engine number", "ID no.")
    "serial", "engine", "chassis", "frame", "id", "identity", "registration", "permit", "certificate",
    # a person by a role an English form names ("Applicant reference", "Borrower no.", "Taxpayer ID")
    "applicant", "claimant", "passenger", "traveller", "traveler", "beneficiary", "borrower", "subscriber",
    "resident", "holder", "cardholder", "participant", "candidate", "taxpayer", "insured", "debtor", "recipient",
})
# an English label's last word after a role: "Customer reference", "Member code"
_ENGLISH_TAILS = frozenset({"number", "no", "reference", "ref", "code"})
# "-id" only after a hyphen or a dot: "tid", "David" and "Sigrid" end so too
_COMPOUND_END = re.compile(r"^(?P<head>[a-zåäöéü][a-zåäöéü.\-]*?)(?:[-.]?(?:nummer|numret|numren|nr\.?)|[-.]id)$")
# the other words a register names a person's number by ("-referens", "-beteckning", "-kod", "-signum"): only after a
# person's role or a card ("Kundreferens", "Användarbeteckning"); after anything else they name a product's type, a
# project or the authority's own reference ("Typbeteckning", "Projektreferens", "Vår referens")
_ROLE_CODE_END = re.compile(r"^(?P<head>[a-zåäöéü][a-zåäöéü\-]*?)-?(?:referens|referensen|ref\.?|beteckning|beteckningen"
                            r"|kod|koden|signum|id)$")
# compounds of the longer nouns only ("lånekort", "hyreskontrakt"): a surname may end in "kö" ("Rönkkö")
_COMPOUND_NOUN = re.compile(rf"^[a-zåäöéü\-]*?(?:{'|'.join(n for n in _NOUNS if len(n) > 3)})(?:et|en)?$|^kö$")
# the state's insurance schemes, no policy one person holds, and the bare word, which names them as often: the number
# after them is the agency's case ("sjukförsäkringen FK 2026-44 1187", "enligt försäkringen, FK 2026-44 1187")
_PUBLIC_INSURANCE = re.compile(r"^(?:sjuk|social|arbetslöshets|föräldra|ålderspensions|pensions|allmän|allmänna"
                               r"|grund|inkomst|bostads|barn|handikapp|yrkesskade|arbetsskade)?-?försäkring(?:en)?$")


_SHORT = frozenset(p for p in _NOT_PERSONAL if len(p) <= 3) | {
    # abbreviations of the authority's own registers, as a whole head only ("Gravs.nr", not "Gravskötselavtal nr")
    "gravs", "kvitt"}
_LONG = tuple(p for p in _NOT_PERSONAL if len(p) > 3)


# What one person is handed or granted, wherever it stands in the compound: "Busskortsnummer" is a card's
# number though "buss" begins it, "Tillståndsnummer för färdtjänst" a person's permit.
_PERSONAL_THINGS = re.compile(r"kort|bricka|brickan|tagg|chip|färdtjänst|parkeringstillstånd|ptillstånd|"
                              r"handikapptillstånd|legitimation|körkort|uppehållstillstånd|arbetstillstånd|resedokument"
                              # a person's own file at social services, a school or a clinic ("Personakt nr PA 4471-22")
                              r"|(?:person|klient|elev|patient|personal)akt")


# What turns a stem into a longer word rather than a compound's first part: "produkt" begins "produktionsplats"
# (a farm's production place, a person's), "objekt" begins "objektiv", "register" begins "registrering".
_LONGER_WORD = re.compile(r"ion|ell|iv|ing|ering|ör")


# The last part of a compound that names a person by a role ("kursdeltagar-", "båtplatsinnehavar-", "hundägar-",
# "resenärs-", "låntagar-"): whatever begins the compound (a course, a place, a thing), the number after it is the
# person's. Swedish builds such nouns freely, so the role's ending decides, not a list of whole words.
_ROLE_END = re.compile(r"(?:tagar|tagare|havar|havare|ägar|ägare|brukar|brukare|användar|användare|mottagar|mottagare"
                       r"|förar|förare|resenär|pensionär|passagerar|passagerare|besökar|besökare|köpar|köpare|sökande"
                       r"|boende|studerande|student|abonnent|klient|patient|kund|medlem|medlems|elev|gäst|anställd"
                       r"|anställnings|försäkrings|försäkrad|försäkrade|arrendator|person)s?$")
# roles of the authority's staff or of a firm, which end so too: their numbers are no private person's
_ROLE_NOT_PRIVATE = re.compile(r"(?:handläggar|handläggare|beställar|beställare|arbetsgivar|arbetsgivare|leverantör"
                               r"|entreprenör|utförar|utförare|tillverkar|tillverkare|återförsäljar|återförsäljare"
                               r"|anordnar|anordnare|förvaltar|förvaltare|upphandlar|upphandlare|fastighetsägar"
                               r"|fastighetsägare|kontaktperson|referensperson|juridisk[a-z]*person)s?$")


def role_head(head: str) -> bool:
    """True when a compound's head ends in a private person's role ("kursdeltagar", "platsinnehavar", "hyresgäst"),
    not the authority's staff's or a firm's ("handläggar", "leverantörs", "arbetsgivar")."""
    h = head.lower().replace(".", "").replace("-", "")
    return _ROLE_END.search(h) is not None and _ROLE_NOT_PRIVATE.search(h) is None


def _not_personal(head: str) -> bool:
    """A head naming something else: a long stem begins it ("telefon…"), a short one is the head itself
    ("tel", "rum", "id"; not "identitets", "hushålls", "fackförbunds"); but not when it names what one person
    is handed ("busskorts", "p-tillstånds") or ends in a person's role ("kursdeltagar"), nor when the stem is
    only the start of a longer word."""
    h = head.replace(".", "").replace("-", "")
    if _PERSONAL_THINGS.search(h) or (len(h) > 6 and role_head(h)):
        return False
    return (any(h.startswith(p) and not _LONGER_WORD.match(h, len(p)) for p in _LONG)
            or h in _SHORT or h.rstrip("s") in _SHORT)


def _personal_head(head: str) -> bool:
    h = head.strip(".-")
    return len(h) >= 2 and h.replace(".", "").replace("-", "").isalpha() and not _not_personal(h)


# A key's number ("nyckelnummer", "Nyckel-ID", "nyckel nr"): the key or tag handed to one person, or a key of the
# authority's own premises; the label alone cannot tell, so a key's number counts only beside a person's name
# (``labelled_id``) and never heads a table's column of codes. Other "nyckel-" compounds ("nyckelskåpsnummer")
# number a place and stay.
_KEY_LABEL = re.compile(r"^nyckel(?:[-.]?(?:nummer|numret|nr\.?|id)|[ ](?:nummer|numret|nr\.?))$")
# A contract's number ("Avtalsnummer", "avtals-ID") and an electricity grid's metering point ("Anläggnings-ID"): a
# household's contract or supply, or the authority's own procurement and premises; like a key's, it counts only
# beside a person's name and never heads a column of codes alone.
# (a metering point's number in any of its forms: "Anläggnings-ID", "Anläggningsnr", "Anläggningsnummer")
_CONTRACT_LABEL = re.compile(r"^(?:avtals(?:[-.]?(?:nummer|numret|nr\.?|id)|[ ](?:nummer|numret|nr\.?))"
                             r"|anläggnings(?:[-.]?id|-?nummer|-?nr\.?))$")


def bare_noun(label: str) -> bool:
    """True when the label is one of the bare nouns a code stands after ("kort", "pass", "id"), no compound naming
    which ("lånekort", "bibliotekskort")."""
    return label.strip().rstrip(":").lower() in _NOUNS


def names_key(label: str) -> bool:
    """True when the label names a key's number ("Nyckelnummer", "nyckel nr", "Nyckel-ID")."""
    return _KEY_LABEL.match(" ".join(label.lower().replace("\u00a0", " ").rstrip(":").split())) is not None


# A header of a row that lists firms (the authority's suppliers and their contacts): its contracts are the firms'.
_FIRM_HEADER = re.compile(r"(?i)^(?:leverantör|leverantörer|leverantörens|företag|företaget|firma|bolag|organisation|"
                          r"org\.?[ -]?nr|organisationsnummer|entreprenör|utförare|motpart|avtalspart|konsult)\b")


# A supplier named near a contract's label ("Leverantör: Norrbygg AB" over "Kontaktperson: ..."): the authority's
# contract with a firm. (Not a firm's form alone: a household's contract is with a firm too, "hos Ekby Energi AB".)
_FIRM_NEAR = re.compile(r"(?i:leverantör|entreprenör|utförare|avtalspart|motpart|anbudsgivare)")


# a capitalised word and another after it: a first name and a surname (each word tried as the first: "Kunden Jonas
# Ek" holds "Jonas Ek")
_TWO_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÅÄÖÉÜ][a-zåäöéü]+)(?=[ \t]+[A-ZÅÄÖÉÜ][a-zåäöéü]+)")


def person_beside(text: str, at: int) -> bool:
    """A person's full name (a listed first name, a capitalised word after it), a sentence the person's pronoun
    opens or a person's possessive, on the line of the label (or of the number, ``at``) or the two lines above: a
    key's number by a person's name is the key handed to that person ("Namn: Per Ek" / "Nyckelnr: …")."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    start = at
    for _ in range(3):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start > 0 else 0
    lex = load_lexicons()
    return (any(classify_word(w.group(1), lex) == F for w in _TWO_CAPITALISED.finditer(text, start, at))
            or _PERSON_SUBJECT.search(text, start, at) is not None)


# a sentence about a person named before it, opened by the person's pronoun ("Hon bor på Sjöbovägen 5 …" /
# "Anläggnings-id 735999…"), or a person's possessive ("hennes gård", "hans lån": a firm's or a body's is "dess"):
# the household's number as much as beside the name
_PERSON_SUBJECT = re.compile(r"(?:(?<=[.!?][ \t])|(?<=\n)|^)(?:Hon|Han|Hen)[ \t]+[a-zåäö]|(?<![\w-])(?:hennes|hans|hens)"
                             r"(?![\w-])", re.M)


def firm_near(text: str, at: int) -> bool:
    """True when the label's line or the two lines above name a supplier."""
    start = at
    for _ in range(3):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start > 0 else 0
    end = text.find("\n", at)
    return _FIRM_NEAR.search(text, start, len(text) if end < 0 else end) is not None


def contract_column(header: str, row: list[str] | tuple[str, ...]) -> bool:
    """True for a contract's column in a row that heads a column of names and no firm's ("| Namn | Avtalsnr |"):
    each row's contract is its person's; beside "Leverantör" the contracts are the firms'."""
    return names_contract(header.strip()) and not any(_FIRM_HEADER.match(c.strip()) for c in row)


def names_contract(label: str) -> bool:
    """True when the label names a contract's or a metering point's number ("Avtalsnr", "Anläggnings-ID"): a
    household's beside its holder's name; never a column of codes by itself nor beside a supplier's contact."""
    return _CONTRACT_LABEL.match(" ".join(label.lower().replace("\u00a0", " ").rstrip(":").split())) is not None


_FORM_CODE = re.compile(r"^[A-Z]{1,2}\d{1,3}-(?=[a-zåäö])")


# the capitals that lead a code ("LÄST-GVB 0931", "APODOS 55-2074")
_CODE_LETTERS = re.compile(r"[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]+)?")


def code_repeats_noun(label: str, value: str) -> bool:
    """True when a code's capitals repeat or shorten the lowercase noun before it ("läst LÄST-GVB 0931/L", "dos APODOS
    55-20741", "deposition DEP-LU 4421-27"): the register writes what it numbers into the code, the noun names what the
    person was given; a noun naming the authority's own case, a place or a product stays no label however written."""
    word = label.strip().rstrip(":")
    letters = _CODE_LETTERS.match(value)
    if not (letters and word.isalpha() and word.islower() and len(word) >= 3) or _not_personal(word):
        return False
    head = letters.group().split("-")[0]
    return head.startswith(word.upper()) or head.endswith(word.upper()) or word.upper().startswith(head)


def label_strength(label: str) -> str | None:
    """How a label names a personal identifier: "number" (an "-nummer" compound: any code after it),
    "noun" (a noun a code stands after: the code must look like one), "person" (a person noun:
    a code with a letter prefix only), or None when it names no personal identifier."""
    # "S1-intyg nr", "E104-intyg", "A1-intyg": an EU form's code leading the word names which certificate, the word
    # after it is the label
    label = _FORM_CODE.sub("", label)
    words = label.lower().replace("\u00a0", " ").replace(",", " ").split()
    if not words or len(words) > 2:
        return None
    if names_key(label) or names_contract(label):
        return "noun"  # a key's code must look like one: "N-2208-C", not a hook's "nr 14"
    if len(words) == 2:
        head, tail = words
        english = tail.rstrip(".") in _ENGLISH_TAILS or tail == "id"
        if tail.rstrip(".") not in ("nr", "nummer", "numret") and not (english and head in _ENGLISH_HEADS):
            return None
        if tail.rstrip(".") in ("number", "no") or english and head in _ENGLISH_HEADS:
            return "number" if head in _ENGLISH_HEADS else None  # "Member no.", "Employee ID", "Customer reference"
        if head in _NOT_A_HEAD:
            return "noun"  # "har nummer FK 11-2": the bare word "nummer"
        return "number" if _personal_head(head) else None
    word = words[0].rstrip(":")
    if word in ("nummer", "nr", "nr."):
        return None  # a bare "Nr 12" numbers a list
    m = _COMPOUND_END.match(word)
    if m and _personal_head(m.group("head")):
        return "number"
    m = _ROLE_CODE_END.match(word)
    if m and (role_head(m.group("head")) or _PERSONAL_THINGS.search(m.group("head"))):
        return "number"  # "Låntagarreferens", "Försäkringsbeteckning", "Hyresgästkod": a role's or a card's code
    if (word == "id" or (_COMPOUND_NOUN.match(word) and not _PUBLIC_INSURANCE.match(word))
            or _DOOR_CODE_NOUN.match(word) or word in _CERTIFIED
            or _SAMPLE_NOUN.match(word) or word in _SERIAL_SHORT):
        return "noun"
    if _PERSON_CODE.match(word) or word in ("rfid", "rfid-tagg", "rfid-kod"):
        return "number"  # (a tag's radio code read at a door or a bin: "RFID 04A3F2991C", one person's tag)
    if word in _PERSON_NOUNS or (_ACCOUNT_AT_A_FIRM.match(word) and not _PAYMENT_ACCOUNT.match(word)):
        return "person"  # (an account's compound: only a code with letters and a dash, never a bank's digits)
    return None


# "serie" for the serial number, as a mail's subject or a quick note writes it ("Cykel, serie 0310577204"): only the
# word itself (a "tidsserie", a "testserie" is a run of things), and a noun's value must be a code in its own right
_SERIAL_SHORT = frozenset({"serie", "serien"})


def bare_serial(label: str) -> bool:
    """True for "serie" alone as a serial's label: a body's series of forms or tickets is named so too ("serie KVB
    2027"), so only a thing's long serial counts after it (``unlisted_id_labels``)."""
    return label.strip().rstrip(":").lower() in _SERIAL_SHORT


# A person's account at a shop, a service or a club ("e-handelskonto EH-448207-YE", "kundkonto KK-3302", "spelkonto"):
# the firm's code for one customer. A bank's account is digits only, so a code with letters and a dash after the
# compound is no payment account; the bank's and the payment's compounds are left to the account rules all the same.
_ACCOUNT_AT_A_FIRM = re.compile(r"^[a-zåäöéü][a-zåäöéü\-]{2,24}?kont(?:o|ot|on|ona)$")
_PAYMENT_ACCOUNT = re.compile(r"^(?:bank|löne|spar|person|privat|transaktions|kapital|företags|klient|betal|plus|bg|pg"
                              r"|checkräknings|allkonto|e-spar)")


# a capital no small letter follows: a code's ("LIMS 7A-0931", "T27-4418", "84-T 2207"), not a word's ("Godkänt")
_CODE_CAPITAL = re.compile(r"[A-ZÅÄÖ](?![a-zåäöéü])")


def sample_code(header: str, value: str) -> bool:
    """False for a cell under a sample's header ("Prov") with no code's capital: a test's result and its date
    ("godkänt 2026-05-20") are no sample's code; True for any other header or cell."""
    return not _SAMPLE_NOUN.match(" ".join(header.strip().rstrip(":").split()).lower()) or bool(
        _CODE_CAPITAL.search(value))


# A column of the policies people hold, by the insurance's bare word or the insurer's ("Försäkring", "Försäkringsbolag"):
# the word alone names the state's schemes as often, so only a cell of an insurer's name and a policy's number counts
# (``policy_cell``)
_POLICY_HEADER = re.compile(r"^(?:försäkring|försäkringar|försäkringsbolag|försäkringsgivare)$")
# an insurer's name of a word or two, then the policy's number as the insurer writes it: series letters, digits in
# groups set off by spaces, dashes, dots or slashes ("Vardia HF 3307-5518", "Moderna 41.077.520", "If 12/SE 3")
_POLICY_CELL = re.compile(r"^(?:[A-ZÅÄÖ][\w&-]*[ ]){1,2}(?=(?:[^\d\n]*\d){4})[A-Z\d][A-Z\d./ -]*\d$")
_MONEY_IN_CELL = re.compile(r"(?i)\b(?:kr|kronor|sek|eur)\b|:-")
_YEAR_LAST = re.compile(r"[ ](?:19|20)\d\d$")


def policy_cell(header: str, value: str) -> bool:
    """False for a cell under a policy's header ("Försäkring") that is no insurer's name and policy number (an amount,
    a yes, a scheme's case); True for any other header or cell."""
    if not _POLICY_HEADER.match(" ".join(header.strip().rstrip(":").split()).lower()):
        return True
    v = " ".join(value.split())
    return bool(_POLICY_CELL.match(v)) and not _MONEY_IN_CELL.search(v) and not _YEAR_LAST.search(v)


def names_register_column(header: str) -> bool:
    """True when a table header names a column of personal codes by the unlisted labels ("Lånekort",
    "Kö-nr", "Kontraktsnr", "Kontrakt")."""
    h = " ".join(header.strip().rstrip(":").split())
    if not h or len(h) > 30:
        return False
    if (re.fullmatch(r"[a-z]+ (?:id|no\.?|number)", h.lower()) and label_strength(h) == "number"
            and not h.lower().startswith("registration")):
        return True  # an English form's "Customer ID", "Member No.": one header cell
    # "Kö nr" is one cell; "Betalningssätt Nummer" two cells read as one
    if " " in h and not re.fullmatch(r"(?:\w{1,3}-)?\w{2,10} (?:nr\.?|nummer)", h):  # "P-tillstånd nr" too
        return False
    h = h.lower()
    if "/" in h:
        # "Pass/id-kort", "Körkort/ID-nr": one column for whichever identity document the person showed
        parts = [p.strip() for p in h.split("/")]
        return all(p in _IDENTITY_DOCUMENTS or label_strength(p) in ("number", "noun") for p in parts) and any(parts)
    if h in _IDENTITY_DOCUMENTS and h != "pass":
        return True  # "ID-handling", "Uppehållskort": the document's number
    if names_key(h) or names_contract(h):
        return False  # a list of keys may be the authority's own premises': only a person's name beside makes it one's
    if _POLICY_HEADER.match(h) or weapon_header(h):
        # "Försäkring" over "Vardia HF 3307-5518", "Vapen" over "GL-V 2026-441": a policy's or a licence's cells only
        # (``policy_cell``, ``weapon_columns``)
        return True
    if _SAMPLE_NOUN.match(h):
        # "Prov", "Blodprov" over a column: samples' codes, or a test's results and dates; only a code's capitals
        # make a cell a sample's (``sample_code``)
        return True
    if _REGISTER_ENTRY.match(h):
        return False  # "Reg.nr" over a register's first column: the entry's number in the authority's register
    return label_strength(h) in ("number", "noun")


#: An identity document as a column's header names it alone ("Pass" is also a work shift: only beside another).
_IDENTITY_DOCUMENTS = frozenset({
    "pass", "passnr", "pass nr", "passnummer", "id", "id-nr", "idnr", "id-nummer", "id-kort", "idkort", "id-handling", "identitetshandling",
    "legitimation", "legitimationshandling", "körkort", "lma-kort", "uppehållskort", "uppehållstillstånd",
    "ut-kort", "eu-kort", "identitetskort", "nationellt id-kort",
})
# the register's own number of an entry: "Reg.nr", "Registreringsnummer" as a column header (in a sentence the
# registration of a person's car, horse or boat: "registreringsnummer (UELN) 752004000118934")
_REGISTER_ENTRY = re.compile(r"^reg(?:istrerings)?[-.]?\s?(?:nr\.?|nummer)$")


def names_other_number(header: str) -> bool:
    """True when a header names a number that is nobody's identifier ("Fakturanr", "Org.nr", "Lgh-nr", "Dnr")."""
    words = header.lower().split()
    if len(words) != 1:
        return False
    m = _COMPOUND_END.match(words[0].rstrip(":"))
    return (m is not None and not _personal_head(m.group("head"))) or words[0].strip(".:") in ("dnr", "nr")


# Heads of "-nr" compounds that number a thing, a place or the authority's own case, never a person nor a
# firm (a supplier's, "Lev.nr", may be a sole trader's): a list of codes under such a header is nobody's.
_THING_HEADS = ("väg", "gods", "gatu", "fastighet", "objekt", "artikel", "art", "produkt", "modell", "linje", "tur",
                "rum", "lägenhet", "lgh", "tomt", "kvarter", "diarie", "dnr", "d.nr", "ärende", "beslut", "paragraf",
                "sid", "bilag", "kurs", "plats", "hus", "port", "buss", "tåg", "flyg", "bana", "sal", "hall",
                # the authority's own registers of notices, receipts and interments ("Anm.nr", "Gravs.nr")
                "anm", "anmälning", "kvitto", "kvitt", "gravs", "gravsättning", "dagbok",
                # a heritage register's site ("Lämningsnr", "Fornlämningsnummer")
                "lämning", "fornlämning")
# A thing's or a place's register named by its noun alone over its codes: an ancient remains' site ("Lämning" over
# "L1961:2204", the heritage register's number) is no one's
_THING_NOUNS = frozenset({"lämning", "lämningar", "fornlämning", "fornlämningar", "raä-nr", "raä-nummer"})
# an object of the body's own stock by its noun alone ("Objekt", "Hyresobjekt", "Lokalobjekt" over "RV-12-04"): the
# flat, the room or the thing the body lets or owns, numbered in its own register
_OBJECT_NOUN = re.compile(r"^[a-zåäö-]*objekt(?:et)?$")


def names_thing_number(header: str) -> bool:
    """True when a header names the number of a thing, a place or a case ("Vägnr", "Godsnr", "Dnr", "Lgh-nr")."""
    words = header.lower().split()
    if len(words) != 1:
        return False
    word = words[0].rstrip(":")
    if word.strip(".") == "dnr" or word.strip(".") in _THING_NOUNS or _OBJECT_NOUN.match(word):
        return True
    m = _COMPOUND_END.match(word)
    if m is None:
        return False
    h = m.group("head").replace(".", "").replace("-", "")
    return h.startswith(tuple(t for t in _THING_HEADS if len(t) > 3)) or h.rstrip("s") in _THING_HEADS


# Labels of a line whose code is no person's however it looks ("Dnr: KS-2026", "Fordon: AB-123").
_LINE_NOT_PERSONAL = _NOT_PERSONAL + (
    "datum", "tid", "adress", "ort", "nämnd", "förvaltning", "sal", "bil", "fordon", "klass", "grupp", "ämne",
    "kurs", "vår", "er", "period", "vecka", "termin", "läsår", "område", "distrikt", "zon", "status", "typ",
    "lagrum", "lagstöd",
)


def names_line_label(label: str) -> bool:
    """True when the label of a "Label: value" line may name a person's code ("Båtplats: BP-4471"): one word,
    nothing the authority, an organisation, a payment, a telephone or a place owns."""
    word = label.strip().rstrip(":").lower()
    return word.isalpha() and 3 <= len(word) <= 30 and not _not_personal(word) and not word.startswith(_LINE_NOT_PERSONAL[len(_NOT_PERSONAL):])


# A word of a document's kind before the number in an identifier's cell ("pass 95418227", "id-kort 2407 3311",
# "UT-kort UT4417092", "Körkort nr 7731"): written in letters with a lowercase one, no digit.
_SERIES_LETTERS = re.compile(r"^[A-Z]{1,3}$")
_CELL_LABEL_WORD = re.compile(r"(?=[^\s\d]*[a-zåäöéüа-яё])[^\W\d_]+(?:[-.][^\W\d_]+)*\.?:?")


def _acronym_parts(word: str) -> bool:
    """True for a word of abbreviations only, two capitals in each part ("EST-CoC", a certificate of competency's
    country and kind): the number's own prefix as the issuer writes it, where a label has a word ("UT-kort")."""
    parts = [p for p in re.split(r"[-.]", word.rstrip(".:")) if p]
    # (a make's name in two capitalised halves, "MacBook", "GoPro", has more small letters than capitals: a word)
    return bool(parts) and all(sum(c.isupper() for c in p) >= max(2, sum(c.islower() for c in p)) for p in parts)


def _own_prefix(word: str) -> bool:
    """True for a capitalised word of four letters at most that names no kind of number ("Akt", "Reg"): the issuer's
    prefix written before the number, part of it."""
    bare = word.rstrip(".:")
    return (bare[:1].isupper() and bare[1:].islower() and bare.isalpha() and len(bare) <= 4
            and label_strength(bare) is None and label_strength(f"{bare} nr") is None)


# a short capitalised word before a number in slashed parts ("Sabt 44/1401-2207": a foreign registry's volume, year
# and serial; "Ab-K 27/4418", a body's series of complaints): the register's own word, part of the number
_SHORT_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]{1,3}(?:-[A-ZÅÄÖÉ][a-zåäöéü]{0,3})?")
_SLASHED = re.compile(r"[ \t]+\d+/\d")


# A header naming an employer's staff number ("Arbetsgivarens anställningsnr", "Personalnummer", "Anst.nr")
_STAFF_NUMBER_HEADER = re.compile(r"(?i)(?:^|[\s/])(?:anställnings|personal|anst\.?)[-.]?\s?"
                                  r"(?:nummer|numret|nr\.?|id)\b")
# A header naming a contract, a policy or an account a firm keeps for the person ("Hyreskontrakt", "Försäkring",
# "Pensionsavtal", "Kundnr"): the landlord's, insurer's or fund's name before the number is its issuer, part of it
_ISSUER_NUMBER_HEADER = re.compile(r"(?i)(?:^|[\s/])(?:hyres|pensions|försäkrings|el|bredbands)?(?:kontrakt|avtal)"
                                   r"|(?:^|[\s/])(?:försäkring|pension|polis|kund|medlem)")


def past_cell_label(text: str, start: int, end: int, header: str = "") -> int:
    """Where the identifier begins in the cell ``text[start:end]``: after the words naming its document's kind, which
    are a label and no one's data; ``start`` when no word with a digit follows them."""
    from redact.detect.name_words import U, classify_word, load_lexicons

    if (_STAFF_NUMBER_HEADER.search(header) or _ISSUER_NUMBER_HEADER.search(header)) and text[start:start + 1].isupper():
        # "Cementa 41-8207" under a staff number's header: the employer's name, which with its number leads to the
        # person, not a document's kind
        return start
    pos = start
    # a listed name ("Anna 1234") may be a person's beside the number: it stays in the cell; so does a short
    # capitalised word no label reads, the issuer's own prefix of the number ("Akt 2207/2024", a register's act)
    while ((m := _CELL_LABEL_WORD.match(text, pos, end)) is not None and m.end() < end and text[m.end()].isspace()
           and not _acronym_parts(m.group()) and not _own_prefix(m.group())
           and not (_SHORT_WORD.fullmatch(m.group()) and _SLASHED.match(text, m.end(), end))
           and (m.group()[:1].islower() or classify_word(m.group().rstrip(".:"), load_lexicons()) == U)):
        pos = m.end()
        while pos < end and text[pos] in " \t":
            pos += 1
    words = text[pos:end].split()[:2]
    # the number opens with a digit, or with its series' capital letters before the digits ("Rolex Z 4471832")
    numbered = bool(words) and (any(c.isdigit() for c in words[0]) or (
        len(words) == 2 and _SERIES_LETTERS.match(words[0]) is not None and words[1][:1].isdigit()))
    return pos if pos > start and numbered else start


# A customer's, member's, client's, patient's, pupil's, employee's or insured person's number as a foreign form or
# letter writes its label (German, Finnish, Polish, French, Spanish, Italian; the words are the languages' own
# ordinary words for these registers): the number leads to one person as the Swedish label's does.
FOREIGN_LABELS = (
    r"(?:kunden|mitglieds|patienten|versicherten|versicherungs|schüler|vertrags|ausweis)-?(?:nummer|nr\.?)"
    r"|(?:asiakas|jäsen|potilas|vakuutus|oppilas|henkilöstö)(?:numero|nro\.?|tunnus)"
    # a Finnish register's number of a person's boat or vehicle ("rek.nro A-10883", "rekisterinumero")
    r"|(?:rek\.[ ]?|rekisteri)(?:numero|nro\.?)"
    r"|(?:numer|nr\.?)[ ](?:klienta|członkowski|członka|pacjenta|ucznia|umowy|legitymacji|polisy|ubezpieczenia)"
    r"|(?:numéro|n°|no\.?)[ ](?:de[ ])?(?:client|membre|patient|adhérent|contrat|police|sécurité[ ]sociale)"
    r"|numéro[ ]d'adhérent"
    r"|(?:número|nº|n\.º|no\.?)[ ]de[ ](?:cliente|socio|afiliado|paciente|póliza|contrato|afiliación)"
    r"|(?:numero|codice)[ ](?:cliente|socio|tessera|paziente|polizza|contratto)"
)
