"""Personal identity numbers of other countries: the people who moved here, cross-border workers and parties abroad
carry them into Swedish authorities' documents. Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).

Found without a label where the number checks itself and holds a birth date, so that a sum, a telephone number or
a case number passes only by a rare chance (Norway's and Finland's are ``nordic_ids``'):

* Poland's PESEL (11 digits, the century in the month, a weighted check digit), Estonia's and Lithuania's isikukood
  (11 digits, the first digit the century and the sex, a two-stage check), Belgium's national number (11 digits, a
  birth date, a mod 97 key; also as written, "85.07.30-033.28");
* Romania's CNP (13 digits: sex and century, a birth date, a county, a check digit with the key 279146358279);
* Iceland's kennitala in its dash shape ("031175-3139": a birth date, a mod 11 digit, the century's digit 9 or 0);
* Spain's DNI and NIE (8 digits, or X, Y or Z and 7 digits, and their check letter: "48271935H", "X4471290K");
* Italy's codice fiscale (16 letters and digits in its shape, its check letter);
* France's NIR (15 digits, the sex, the year and month of birth, a mod 97 key; "1 85 05 78 006 084 91");
* the United Kingdom's National Insurance number written in its pairs ("JT 47 21 90 B"): no check digit, but the
  letters it may begin with and its spaced shape are its own;
* Hong Kong's identity card number with its check character in brackets ("R305718(5)" shapes: one or two letters,
  six digits, a mod 11 character): the bracket belongs to the number.

Found only after a label: Denmark's CPR (no check since 2007, and "DDMMYY-NNNN" is the Swedish personnummer's short
shape and a date-built serial's), Turkey's T.C. Kimlik No (1 in 100 of any 11 digits passes, no date inside),
Croatia's OIB, Bulgaria's EGN (the Swedish personnummer's 10 digits), Portugal's NIF, Germany's Steuer-ID and the
Netherlands' BSN (one weak check digit each, no date). Their labels and the labels that ``identity_code_labels``
does not read are here: the countries' own names for their numbers and Swedish and English ones ("DNI", "NI number",
"cod numeric personal", "numéro national", "NISS", "nationellt id-nummer", "personal identification number").
"""

from __future__ import annotations

import datetime
import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_value import _NOT_A_CODE
from redact.detect.national_id_names import names_national_number
from redact.detect.patterns import (
    NeedlesGate, Rule, Verdict, compile_, compile_rule, luhn_ok, only_digits, rule_regex,
)


def _born(year: int, month: int, day: int) -> bool:
    """A real day, not after today: a birth date."""
    try:
        return datetime.date(year, month, day) <= datetime.date.today()
    except ValueError:
        return False


def pesel_ok(d: str) -> bool:
    """Poland's PESEL: YYMMDD (20 added to the month after 1999), four digits, a weighted check digit."""
    if len(d) != 11 or not d.isdigit():
        return False
    month = int(d[2:4])
    # (80 adds the 1800s, 40 and 60 the 2100s and 2200s: no one alive is born then)
    century = 1900 if month <= 12 else 2000 if 21 <= month <= 32 else 0
    if not century or not _born(century + int(d[:2]), month % 20, int(d[4:6])):
        return False
    check = sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return (10 - check % 10) % 10 == int(d[10])


def isikukood_ok(d: str) -> bool:
    """Estonia's and Lithuania's isikukood: century and sex (3-6), YYMMDD, three digits, a two-stage mod 11 digit."""
    if len(d) != 11 or not d.isdigit() or d[0] not in "3456":
        return False
    if not _born((1900 if d[0] in "34" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7])):
        return False
    check = sum((i % 9 + 1) * int(c) for i, c in enumerate(d[:10])) % 11
    if check == 10:
        check = sum(((i + 2) % 9 + 1) * int(c) for i, c in enumerate(d[:10])) % 11
    return check % 10 == int(d[10])


_BELGIAN_MONTHS = frozenset(range(1, 13)) | frozenset(range(21, 33)) | frozenset(range(41, 53))


def belgian_ok(d: str) -> bool:
    """Belgium's national number: YYMMDD (a "bis" number adds 20 or 40 to the month), a serial, a mod 97 key."""
    if len(d) != 11 or not d.isdigit() or d[6:9] in ("000", "998", "999"):
        return False
    key = int(d[9:])
    for century, prefix in ((1900, ""), (2000, "2")):
        if 97 - int(prefix + d[:9]) % 97 == key and int(d[2:4]) in _BELGIAN_MONTHS and _born(
                century + int(d[:2]), int(d[2:4]) % 20, int(d[4:6])):
            return True
    return False


def cnp_ok(d: str) -> bool:
    """Romania's CNP: sex and century, YYMMDD, a county, three digits, a check digit with the key 279146358279."""
    if len(d) != 13 or not d.isdigit() or d[0] not in "125678":
        return False  # (3 and 4: born in the 1800s; 9: a foreigner's, no century)
    century = 2000 if d[0] in "56" else 1900  # (7 and 8, residents: born last century, mostly)
    if not _born(century + int(d[1:3]), int(d[3:5]), int(d[5:7])) and not (
            d[0] in "78" and _born(2000 + int(d[1:3]), int(d[3:5]), int(d[5:7]))):
        return False
    if not (1 <= int(d[7:9]) <= 48 or d[7:9] in ("51", "52")):
        return False  # the county: 01-46, Bucharest's sectors 41-48, Călărași 51, Giurgiu 52
    check = sum(int(c) * int(k) for c, k in zip(d, "279146358279")) % 11
    return (1 if check == 10 else check) == int(d[12])


def jmbg_ok(d: str) -> bool:
    """The former Yugoslav states' JMBG (Slovenia's EMŠO): DDMMYYY (the year's last three digits), a region, three
    digits, a mod 11 check digit with the weights 7 to 2 twice."""
    if len(d) != 13 or not d.isdigit() or d[4] not in "90":
        return False  # (a year 1900-1999 or 2000-2099: "9xx" or "0xx")
    year = (1000 if d[4] == "9" else 2000) + int(d[4:7]) % 1000
    if not _born(year, int(d[2:4]), int(d[:2])):
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d, (7, 6, 5, 4, 3, 2) * 2)) % 11
    return check != 10 and check % 11 == int(d[12])


def kennitala_ok(d: str) -> bool:
    """Iceland's kennitala: DDMMYY, two digits, a mod 11 digit, the century (9: the 1900s, 0: the 2000s)."""
    if len(d) != 10 or not d.isdigit() or d[9] not in "90":
        return False
    if not _born((1900 if d[9] == "9" else 2000) + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False  # (a company's adds 40 to the day: no person's)
    check = 11 - sum(int(c) * w for c, w in zip(d, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return check != 10 and check % 11 == int(d[8])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """Spain's DNI (8 digits) or NIE (X, Y or Z and 7 digits) and its check letter, the number mod 23."""
    v = value.replace("-", "").replace(" ", "").upper()
    if len(v) != 9 or not v[1:8].isdigit():
        return False
    number = v[:8] if v[0].isdigit() else str("XYZ".find(v[0])) + v[1:8]
    return number.isdigit() and _DNI_LETTERS[int(number) % 23] == v[8]


# the codice fiscale's odd places' values (its even places count a digit or a letter as its place in 0-9 or A-Z)
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23)))
# a digit a second person of the same code has replaced by a letter ("omocodia")
_CF_DIGIT = str.maketrans("LMNPQRSTUV", "0123456789")


def codice_fiscale_ok(v: str) -> bool:
    """Italy's codice fiscale: a day of birth (40 added for a woman) in its place and its check letter."""
    if len(v) != 16 or (day := int(v[9:11].translate(_CF_DIGIT))) % 40 not in range(1, 32) or day > 71:
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
    return chr(65 + total % 26) == v[15]


def hkid_ok(value: str) -> bool:
    """Hong Kong's identity card: one or two letters, six digits and a check character (0-9 or A) in brackets, mod 11
    over the letters' values (A is 10, a missing second letter 36) and the digits, weighted 9 down to 2."""
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})[ ]?\(([0-9A])\)", value)
    if m is None:
        return False
    letters, digits, check = m.groups()
    values = [36] * (2 - len(letters)) + [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    rest = sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11
    return "0123456789A"[(11 - rest) % 11] == check


def nir_ok(value: str) -> bool:
    """France's NIR: sex, the year and month of birth, a department (2A, 2B: Corsica), a town, an order, a mod 97 key."""
    v = value.replace(" ", "").replace("\u00a0", "").upper()
    if len(v) != 15 or v[0] not in "1278":
        return False  # (7 and 8: a temporary number, a foreigner's before the register has him)
    month = int(v[3:5]) if v[3:5].isdigit() else 0
    if not (1 <= month <= 12 or month == 20 or 30 <= month <= 42 or month >= 50):
        return False
    if v[10:13] == "000" or v[7:10] == "000":
        return False
    digits = v[:13].replace("2A", "19", 1).replace("2B", "18", 1) if v[5:7] in ("2A", "2B") else v[:13]
    return digits.isdigit() and v[13:].isdigit() and 97 - int(digits) % 97 == int(v[13:])


# Words before a number on its line that make it another thing's: a telephone's, a payment's, an account's, an
# invoice's, an order's, a case's, an organisation's; the number stays theirs or no one's. (Whole words, or with their
# "-nummer", "-nr": "Vera", "Arturo", "Avinash" and "Moberg" begin so too.)
_OTHERS_LABEL = re.compile(
    r"(?i)(?<![\w])(?:tel|telefon|mobil|mob|fax|sms|faktura|fakt|ocr|referens|ref|bankgiro|plusgiro|bg|pg|konto"
    r"|clearing|iban|bic|swift|order|beställning|artikel|art|ean|gtin|isbn|imei|dnr|diarie|ärende|org"
    r"|organisations|moms|vat|summa|belopp|saldo|avgift|kvitto|verifikat|ver|avi|betalning|invoice|account|phone)"
    r"(?:en|et|n|s|ns)?(?:-?(?:nummer|numret|nr|number|no))?\.?(?![\w])")
_LOOK_BACK = 40


def _others_number(text: str, start: int, end: int) -> bool:
    """True when the line's words just before the number name another thing's number, or a sum's unit follows."""
    line_start = text.rfind("\n", 0, start) + 1
    return (_OTHERS_LABEL.search(text, max(line_start, start - _LOOK_BACK), start) is not None
            or MONEY_AFTER.match(text, end) is not None)


# a number standing alone: no letter, digit, dash, plus (a telephone's "+46…") or dot of another number around it
_ALONE_BEFORE = r"(?<![\w+\-/.,])"
_ALONE_AFTER = r"(?![\w]|[-/.,]\d)"

# 11 digits in one block: a PESEL, an isikukood, a Belgian national number
ELEVEN = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d{{11}}){_ALONE_AFTER}")
# a Belgian national number as written: "85.07.30-033.28", "850730 033 28", "850730-033-28"
BELGIAN = compile_rule(rf"{_ALONE_BEFORE}(?P<value>\d\d\.\d\d\.\d\d[-. ]?\d{{3}}[-.]?\d\d|\d{{6}}[- ]\d{{3}}[-. ]\d\d)"
                   rf"{_ALONE_AFTER}")
# 13 digits in one block: a CNP
THIRTEEN = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[1-8]\d{{12}}){_ALONE_AFTER}")
# 13 digits beginning with a day: a JMBG or an EMŠO
JMBG = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[0-3]\d[01]\d[90]\d{{8}}){_ALONE_AFTER}")
# a kennitala in its dash shape (without the dash it is any ten digits: a Swedish personnummer, a telephone number)
KENNITALA = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[0-3]\d[01]\d\d\d-\d{{3}}[90]){_ALONE_AFTER}")
# a DNI or an NIE with its letter, joined or after a dash ("48271935H", "48271935-H", "X-4471290-K")
DNI = compile_rule(rf"{_ALONE_BEFORE}(?P<value>(?:\d{{8}}|[XYZ]-?\d{{7}})-?[{_DNI_LETTERS}])(?![\w-])")
# a codice fiscale: surname and name in six letters, the year, the month's letter, the day, the town, the check letter
# (a digit may be replaced by a letter, "omocodia")
_CF_D = "[0-9LMNPQRSTUV]"
CODICE_FISCALE = compile_rule(rf"(?<![\w-])(?P<value>[A-Z]{{6}}{_CF_D}{{2}}[ABCDEHLMPRST]{_CF_D}{{2}}[A-Z]{_CF_D}{{3}}[A-Z])"
                          rf"(?![\w-])")
# a NIR, joined or in its groups: "1 85 05 78 006 084 91"
NIR = compile_rule(rf"{_ALONE_BEFORE}(?P<value>[1278][ ]?\d\d[ ]?\d\d[ ]?(?:\d\d|2[AB])[ ]?\d{{3}}[ ]?\d{{3}}[ ]?\d\d)"
               rf"{_ALONE_AFTER}")
# a National Insurance number in its pairs; its first letters are never D, F, I, Q, U or V (nor O second), and
# BG, GB, KN, NK, NT, TN and ZZ are never given
NINO = compile_rule(r"(?<![\w-])(?P<value>(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]\d\d[ ]\d\d[ ]\d\d"
                r"[ ][A-D])(?![\w-])")

# a Hong Kong identity card number with its bracketed check character ("R305718(5)", "XY530917(7)" shapes)
HKID = compile_rule(r"(?<![\w-])(?P<value>[A-Z]{1,2}\d{6}[ ]?\([0-9A]\))(?![\w-])")


def _verdict(text: str, m: re.Match[str], reason: str) -> Verdict | None:
    if _others_number(text, m.start("value"), m.end("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), reason)


def _check_eleven(text: str, m: re.Match[str]) -> Verdict | None:
    d = m.group("value")
    if pesel_ok(d):
        return _verdict(text, m, "polskt PESEL (födelsedatum, kontrollsiffra)")
    # (not a Swedish mobile number in the international form, "4670…": an isikukood of 1967 or 1970-79 would read so)
    if isikukood_ok(d) and not re.match(r"467[02369]", d):
        return _verdict(text, m, "estnisk/litauisk personkod (födelsedatum, kontrollsiffra)")
    if belgian_ok(d):
        return _verdict(text, m, "belgiskt nationalnummer (födelsedatum, mod 97)")
    return None


def _check_belgian(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "belgiskt nationalnummer (födelsedatum, mod 97)") if belgian_ok(
        only_digits(m.group("value"))) else None


def _check_cnp(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "rumänskt CNP (födelsedatum, län, kontrollsiffra)") if cnp_ok(m.group("value")) else None


def _check_jmbg(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "JMBG/EMŠO (födelsedatum, kontrollsiffra)") if jmbg_ok(m.group("value")) else None


def _check_kennitala(text: str, m: re.Match[str]) -> Verdict | None:
    d = only_digits(m.group("value"))
    if not kennitala_ok(d):
        return None
    if luhn_ok(d) and _born(1900 + int(d[:2]), int(d[2:4]), int(d[4:6]) % 60 or 32):
        return None  # a valid Swedish personnummer (or samordningsnummer) too: the personnummer detector's
    return _verdict(text, m, "isländsk kennitala (födelsedatum, kontrollsiffra)")


def _check_dni(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if v[0].isdigit() and _born(int(v[:4]), int(v[4:6]), int(v[6:8])) and int(v[:2]) in (19, 20):
        return None  # a date, "20240312", and a letter: a version or a serial more likely
    return _verdict(text, m, "spanskt DNI/NIE (kontrollbokstav)") if dni_ok(v) else None


def _check_codice_fiscale(text: str, m: re.Match[str]) -> Verdict | None:
    ok = codice_fiscale_ok(m.group("value"))
    return _verdict(text, m, "italiensk codice fiscale (kontrollbokstav)") if ok else None


def _check_nir(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "franskt NIR (mod 97)") if nir_ok(m.group("value")) else None


def _check_hkid(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "Hongkongs id-kortsnummer (kontrolltecken)") if hkid_ok(m.group("value")) else None


def _check_nino(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "brittiskt National Insurance number")


# --- labels ---

# the countries whose numbers a Swedish adjective names ("polskt id-nummer", "spanska identitetsnumret"); not
# "svenskt": the Swedish personnummer is the personnummer detector's
_COUNTRY = (r"nationell|utländsk|polsk|rumänsk|isländsk|dansk|estnisk|litauisk|lettisk|spansk|italiensk|belgisk|fransk"
            r"|brittisk|engelsk|turkisk|kroatisk|bulgarisk|portugisisk|tysk|nederländsk|holländsk|norsk|finsk"
            r"|grekisk|ungersk|tjeckisk|slovakisk|slovensk|serbisk|bosnisk|ukrainsk|rysk|irländsk|österrikisk"
            r"|schweizisk|amerikansk|kanadensisk"
            # and the countries further off whose people's numbers Swedish documents quote
            r"|australisk|nyzeeländsk|israelisk|japansk|kinesisk|koreansk|sydkoreansk|indisk|pakistansk|iransk"
            r"|irakisk|syrisk|afghansk|turkmensk|somalisk|eritreansk|etiopisk|kenyansk|nigeriansk|ghanansk|ugandisk"
            r"|marockansk|algerisk|tunisisk|egyptisk|libanesisk|jordansk|thailändsk|vietnamesisk|filippinsk"
            r"|indonesisk|malaysisk|brasiliansk|argentinsk|chilensk|colombiansk|mexikansk|peruansk|sydafrikansk"
            r"|albansk|makedonsk|nordmakedonsk|montenegrinsk|kosovansk|moldavisk|georgisk|armenisk"
            r"|luxemburgsk|maltesisk|cypriotisk|belarusisk|vitrysk|kazakisk|uzbekisk"
            # and the rest of the countries people in Sweden come from most often
            r"|liechtensteinsk|kosovarisk|lankesisk|srilankesisk|nepalesisk|bangladeshisk|mongolisk|gambisk"
            r"|libysk|sudanesisk|kongolesisk|burundisk|rwandisk"
            # and the countries of the Middle East, East Asia and Latin America that the lists above left out
            r"|palestinsk|jemenitisk|saudisk|saudiarabisk|kuwaitisk|emiratisk|qatarisk|azerbajdzjansk|kirgizisk"
            r"|tadzjikisk|taiwanesisk|singaporiansk|kambodjansk|burmesisk|myanmarisk|salvadoransk|guatemalansk|honduransk"
            r"|nicaraguansk|kubansk|dominikansk|ecuadoriansk|venezuelansk|boliviansk|uruguayansk|paraguayansk"
            # and the Caribbean's, whose people's tax numbers a Swedish document quotes ("jamaicanskt TRN")
            r"|jamaicansk|haitisk|trinidadisk|barbadisk"
            # and Africa's south of the Sahara that the lists above left out
            r"|zimbabwisk|sydsudanesisk|gabonesisk|kamerunsk|tchadisk|nigerisk|guineansk|ekvatorialguineansk"
            r"|bissauguineansk|centralafrikansk|santomeansk|liberiansk|sierraleonsk|lesothisk|swazisk|eswatinisk"
            r"|senegalesisk|ivoriansk|malisk|burkinsk|togolesisk|beninsk|angolansk|moçambikisk|zambisk|malawisk"
            r"|botswansk|namibisk|tanzanisk|madagaskisk|djiboutisk|mauretansk|kapverdisk")
_NUMBER_NOUN = (r"id-nummer|id-numret|id-nr\.?|idnummer|identitetsnummer|identitetsnumret|identifikationsnummer"
                r"|personnummer|personnumret|personnr\.?|födelsenummer|socialförsäkringsnummer|skattenummer"
                # a birth registration's number, as Bangladesh gives every person one ("bangladeshiskt födelsenr …")
                r"|födelsenr\.?|födelseregistreringsnummer|födelseregistreringsnr\.?"
                r"|skatteregistreringsnummer|skatte-id"
                # the population register's number, as Mongolia's (регистрийн дугаар) is named in Swedish and often
                # written in Latin letters ("mongoliskt registernummer UE75092145")
                r"|registernummer|registernumret"
                # the bare "id" as a register's column names it ("Utländskt id"): the person's number there
                r"|id(?![\w-])")
_SWEDISH = (
    rf"(?i:(?:{_COUNTRY})(?:t|a)?[ ](?:{_NUMBER_NOUN})"
    r"|(?:id-nummer|identitetsnummer|personnummer|id-nr\.?)[ ]i[ ](?:hemlandet|ursprungslandet)"
    r"|hemlandets[ ](?:id-nummer|identitetsnummer|personnummer))"
)
# English, and the countries' own names: Romania, Spain, Italy, Belgium, France, Turkey, Croatia, Bulgaria, Portugal,
# the Netherlands, the United Kingdom, Germany
_OWN = (
    r"(?i:(?:national|personal|foreign)[ ](?:identity|identification|id)[ ](?:number|no\.?|code)"
    r"|national[ ]insurance[ ]no\.?"
    r"|cod(?:ul)?[ ]numeric[ ]personal|documento[ ]nacional[ ]de[ ]identidad"
    r"|n[úu]mero[ ]de[ ]identi(?:dad|ficaci[óo]n)[ ]de[ ]extranjeros?|cod\.[ ]?fisc\.?"
    r"|num[ée]ro[ ](?:de[ ]registre[ ])?national|rijksregisternr\.?|nationalregisternummer"
    r"|(?:num[ée]ro|n°)[ ](?:de[ ])?s[ée]curit[ée][ ]sociale|num[ée]ro[ ]insee"
    r"|num[ée]ro[ ]d'inscription[ ]au[ ]r[ée]pertoire"
    r"|(?:t\.?c\.?[ ])?kimlik[ ]numaras[ıi]|osobni[ ]identifikacijski[ ]broj|единен[ ]граждански[ ]номер"
    r"|n[úu]mero[ ]de[ ]identifica[çc][ãa]o[ ]fiscal|n[úu]mero[ ]de[ ]contribuinte|sofi-?nummer"
    # France's tax number (numéro fiscal de référence, the SPI), Australia's tax file number, Canada's social
    # insurance number, the English "tax identification number"
    r"|num[ée]ro[ ]fiscal(?:[ ]de[ ]r[ée]f[ée]rence)?|num[ée]ro[ ]SPI|identifiant[ ]fiscal|tax[ ]file[ ]number"
    r"|social[ ]insurance[ ]number|tax(?:payer)?[ ]identification[ ]number)"
    # short names in capitals only: a name or a word may be written so in small letters
    r"|DNI|D\.N\.I\.|N\.I\.E\.|C\.N\.P\.|NISS|INSZ|NIR|TCKN|ЕГН|NI[ ](?:[Nn]umber|[Nn]o\.?)|IdNr\.?"
    # the French-speaking countries' national identity card, "CNI" (carte nationale d'identité)
    r"|CNI"
    r"|Steuer-IdNr\.?"
)
# what every label holds: the names in any case lowercased, the short names in capitals as written (most pages hold
# "dni" or "nir" in small letters, "handlingen", "kontaktpersonen")
_OWN_GATE = NeedlesGate(
    ("identity", "identification", "id number", "id no", "id code", "insurance no", "numeric", "nacional", "extranjer",
     "fisc", "spi", "tax file", "insurance number", "national", "sociale", "insee", "pertoire", "kimlik", "broj",
     "номер", "contribuinte", "sofi", "rijksregister"),
    ("DNI", "D.N.I", "N.I.E", "C.N.P", "NISS", "INSZ", "NIR", "TCKN", "ЕГН", "NI ", "IdNr", "CNI"))
# a bracket after the label naming the country, the register or the short name: "Identification number (Poland)",
# "Cod Numeric Personal (CNP)"; then "nr", a verb or a colon
_SEP = (r"(?:[ \t\u00a0]*\([^()\n\d]{1,40}\))?(?:[ \t\u00a0]+(?:nr\.?|nummer|är|var|blir|is))?(?:[ \t\u00a0]*[:=])?"
        r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]*\|[ \t\u00a0]*)")
# the value as written: a codice fiscale; letters (a NIE's X, a NINO's two), then digits in up to eight groups with
# spaces, dashes or dots (a NIR's "1 85 05 78 006 084 91", a Belgian "85.07.30-033.28", a Thai "1 1014 04418 22 6"),
# longer groups after a dash (Pakistan's "35202-1234567-1", Iran's "112-509347-2"), check letters (Uganda's
# "CM85012103ABCD"); or capitals inside the digits (Belarus's "3120385A001PB1": the birth date, the region's letter, a
# serial, the citizenship's letters and a check digit)
# (Zimbabwe's national number first: the district, the serial, the check letter and the district of origin, "63-883641
# F 27")
_VALUE = (r"(?P<value>\d\d-\d{6,7}[ ]?[A-Z][ ]?\d\d|[A-Z]{6}[\dA-Z]{10}|\d{4,}[A-Z]{1,3}\d{2,}(?:[A-Z]{1,3}\d{1,3})?|(?:[A-Z]{1,2}[- ]?)?\d+(?:(?:[ \u00a0]|[-/.])(?:\d{1,5}|2[AB](?=[ \u00a0]\d))"
          r"|-\d{6,7}){0,7}(?:-?[A-Z]{1,4}|[ ][A-Z](?![\w\-]|\.\w))?)(?![\w]|[-/.]\d)")
# the same labels as a column's header ("Numéro national", "DNI/NIE", "Nationellt id-nummer (land)")
_HEADER = compile_(rf"(?:{_SWEDISH}|{_OWN}|NIE)(?:[ ]?/[ ]?(?:{_SWEDISH}|{_OWN}|NIE))?(?:[ ]\([^()]{{1,40}}\))?")


def names_national_id(header: str) -> bool:
    """True for a header naming another country's personal identity number: its column holds each row's."""
    return _HEADER.fullmatch(" ".join(header.strip().rstrip(":").split())) is not None or names_national_number(header)


SWEDISH_LABELLED = compile_rule(rf"(?<![\w.-])(?P<label>{_SWEDISH}){_SEP}{_VALUE}")
OWN_LABELLED = compile_rule(rf"(?<![\w.-])(?P<label>{_OWN}){_SEP}{_VALUE}")

# a country's adjective before a register's short name made a "-kod" or "-nummer" ("finsk FPA-kod", "dansk
# CPR-nummer", "norskt NAV-nummer"), or before the short name alone as the country writes it ("australiskt TFN",
# "kanadensiskt SIN", "bulgariskt ЕГН"): the person's number in that country's register; its value may carry the
# register's own letters ("KELA 8331-0472")
_REGISTER_LABEL = (rf"(?i:(?:{_COUNTRY})(?:t|a)?)[ ][A-ZÅÄÖА-ЯЁ]{{2,5}}"
                   r"(?:-(?i:kod|koden|nummer|numret|nr\.?)|(?![\w-]))")
# (a check letter may close the digits, as Cyprus's TIC and Malta's card write it: "cypriotiskt TIC 10381647Q")
_REGISTER_VALUE = (r"(?P<value>[A-ZÅÄÖ]{3,5}[ -]\d{2,6}(?:[- ]\d{2,6}){1,3}"
                   r"|(?:[A-Z]{1,2}[- ]?)?\d+(?:[ -]\d{1,6}){0,3}(?:(?<=\d{6})[A-Z])?"
                   # or digit groups with dots and a dash, as Indonesia's NPWP is written ("07.381.647.2-406.000")
                   r"|\d{2,3}(?:\.\d{1,3}){3}-\d{3}\.\d{3})(?![\w]|[-/.]\d)")
REGISTER_LABELLED = compile_rule(rf"(?<![\w.-])(?P<label>{_REGISTER_LABEL}){_SEP}{_REGISTER_VALUE}")


def _check_labelled(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = only_digits(value)
    # (nine digits or more without a space are no telephone's after a country's label: Vietnam's begin with the
    # province's "00", Iran's are written "028-371554-5")
    if len(digits) < 6 or (_NOT_A_CODE.match(value) and (" " in value or len(digits) < 9)) or MONEY_AFTER.match(
            text, m.end("value")):
        return None
    if len(digits) in (10, 12) and luhn_ok(digits[-10:]) and "person" in m.group("label").lower():
        return None  # a valid Swedish personnummer after "… personnummer": the personnummer detector's
    return Verdict(m.start("value"), m.end("value"), f"personlig kod efter '{m.group('label').lower()}'")


RULES = (
    Rule("foreign_id_eleven_digits", ELEVEN, score=0.8, check=_check_eleven, gate=rule_regex(r"\d{11}")),
    Rule("belgian_national_number", BELGIAN, score=0.8, check=_check_belgian, gate=rule_regex(r"\d\d[.-]\d\d|\d{6}[- ]")),
    Rule("romanian_cnp", THIRTEEN, score=0.8, check=_check_cnp, gate=rule_regex(r"\d{13}")),
    Rule("yugoslav_jmbg", JMBG, score=0.8, check=_check_jmbg, gate=rule_regex(r"\d{13}")),
    Rule("icelandic_kennitala", KENNITALA, score=0.8, check=_check_kennitala, gate=rule_regex(r"\d{6}-\d{4}")),
    Rule("spanish_dni_nie", DNI, score=0.8, check=_check_dni, gate=rule_regex(r"\d{7}-?[A-Z]")),
    Rule("italian_codice_fiscale", CODICE_FISCALE, score=0.85, check=_check_codice_fiscale,
         gate=rule_regex(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z]")),
    Rule("french_nir", NIR, score=0.8, check=_check_nir, gate=rule_regex(r"\d{3}[ ]?\d{3}[ ]?\d\d")),
    Rule("british_nino", NINO, score=0.8, check=_check_nino, gate=rule_regex(r"[A-Z]{2} \d\d \d\d \d\d [A-D]")),
    Rule("hong_kong_identity_card", HKID, score=0.8, check=_check_hkid, gate=rule_regex(r"\d{6}[ ]?\([0-9A]\)")),
    Rule("national_id_swedish_label", SWEDISH_LABELLED, score=0.85, check=_check_labelled,
         needs=tuple(c[:5] for c in _COUNTRY.split("|")) + ("hemland", "ursprungsland")),
    Rule("national_id_register_label", REGISTER_LABELLED, score=0.85, check=_check_labelled,
         needs=tuple(c[:5] for c in _COUNTRY.split("|")),
         gate=rule_regex(r"[A-ZÅÄÖ]{2,5}-(?i:kod|num|nr)|sk[ta]?[ ][A-ZÅÄÖА-ЯЁ]{2,5}(?![\w-])")),
    Rule("national_id_own_label", OWN_LABELLED, score=0.85, check=_check_labelled,
         needs=("identity", "identification", "id number", "id no", "id code", "insurance no", "ni number", "ni no",
                "numeric", "nacional", "extranjer", "fisc", "spi", "tax file", "insurance number", "national",
                "sociale", "insee", "pertoire", "kimlik",
                "broj", "номер", "contribuinte", "sofi", "dni", "d.n.i", "n.i.e", "c.n.p", "niss", "insz", "nir",
                "tckn", "егн", "idnr", "rijksregister", "cni"), gate=_OWN_GATE),
)
