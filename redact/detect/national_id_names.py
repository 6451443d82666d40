"""The names of other countries' personal identity numbers, as their own registers, English and Swedish papers write
them, and the number after such a name: in running text ("hennes SNILS 112-233-445 95"), on a "Label: value" line
and in a column the name heads (``names_national_number``). Read by ``labelled_id``'s recognizer (ID_NUMBER).

How each country's number is read (the formats as each country's own register or authority publishes them):

=============================  ==========================================================================
without a label, by its check  Norway, Finland (``nordic_ids``); Poland, Estonia, Lithuania, Belgium, Romania,
and its birth date or shape    the former Yugoslav states (Bosnia and Herzegovina, Serbia, Montenegro, North
                               Macedonia, Slovenia, Croatia's and Kosovo's older JMBG), Iceland, Spain, Italy,
                               France, the United Kingdom's NI number (``national_ids_abroad``); Czechia,
                               Slovakia, Latvia, Hungary, Mongolia (``dated_ids_abroad``); Switzerland,
                               Luxembourg, Germany's pension number (``national_ids_west_europe``); China, South
                               Korea, Thailand (``national_ids_asia``); Brazil, Mexico, South Africa
                               (``national_ids_americas_africa``); India's PAN, Israel, Australia, Portugal's
                               card (``short_named_ids``, after their short names)
after a label only: a weak or  Denmark, Germany's tax number, the Netherlands, Bulgaria, Croatia's OIB, Turkey,
no check, or no date inside    Portugal's NIF, Austria, Ireland, Cyprus, Malta, Greece, Slovenia's tax number,
                               Kosovo, Ukraine, Russia, Belarus, Syria, Iraq, Iran, Afghanistan, Ethiopia, Egypt,
                               Lebanon, Morocco, Tunisia, Nigeria, Kenya, Uganda, Vietnam, the Philippines,
                               India's Aadhaar, Pakistan, Bangladesh, Sri Lanka, Nepal, Japan, Georgia, Armenia,
                               Chile, Colombia, Peru, the United States, Canada; Somalia, Eritrea and Gambia by
                               the Swedish adjective ("somaliskt id-nummer") or the English "national ID number"
=============================  ==========================================================================

Here are the names ``national_ids_abroad`` (the English, the Swedish adjective's, the EU countries' first ones) and
``identity_code_labels`` (the short names, "kennitala", "isikukood") do not hold: a name in its own script (Greek,
Cyrillic, Arabic, Persian, Devanagari, Thai, Chinese, Korean, Georgian, Armenian) or in Latin letters, and the short
names in capitals only ("СНИЛС", "NHS number", "kod-e melli"). The value is a number of six digits at least, no
date, year or sum; letters may stand before, inside or after it ("CM85012103ABCD", "850721234V", "3120385A001PB1").
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.patterns import (
    NeedlesGate, Rule, Verdict, alternative_needles, compile_, compile_rule, luhn_ok, only_digits,
)

#: Each country's names of its personal number, in its own words and English (case-insensitive patterns).
WORDS: tuple[tuple[str, str], ...] = (
    ("Austria, Germany", r"sozialversicherungs-?nummer|sv-nummer|sv-nr\.?|rentenversicherungs-?nummer|rv-nummer"
                         r"|steueridentifikationsnummer|steuerliche[ ]identifikationsnummer|steuer-id"),
    ("Switzerland, Liechtenstein", r"(?:num[ée]ro|n°|no\.?)[ ]avs|ahv-?nummer|ahv-nr\.?|ahv[ ]number|avs[ ]number"
                                   r"|numero[ ]avs"),
    ("Luxembourg", r"matricule|num[ée]ro[ ]d'identification(?:[ ]national)?|num[ée]ro[ ]de[ ]matricule"
                   r"|luxembourg(?:ish)?[ ](?:national[ ])?identification[ ]number"),
    ("Cyprus, Greece", r"αριθμός[ ]ταυτότητας|αρ\.[ ]ταυτότητας|αριθμός[ ]μητρώου[ ]κοινωνικής[ ]ασφάλισης"),
    ("Ireland", r"ppsn?[ ](?:no\.?|number|nr\.?)|personal[ ]public[ ]service[ ](?:number|no\.?)|pps-nummer"),
    ("Malta and any card", r"(?:national[ ])?(?:identity|id)[ ]card[ ](?:number|no\.?)"),
    ("Portugal", r"n[úu]mero[ ]de[ ]identifica[çc][ãa]o(?:[ ]civil)?|bilhete[ ]de[ ]identidade"),
    ("Slovenia", r"enotna[ ]matična[ ]številka(?:[ ]občana)?|davčna[ ]številka"),
    ("the United Kingdom", r"nhs[ ](?:number|no\.?)|nhs-nummer|nhs-nr\.?"),
    ("Hungary", r"személyi[ ]szám|szemelyi[ ]szam|személyi[ ]azonosító(?:[ ]szám)?|adóazonosító[ ]jel"),
    ("the Yugoslav states", r"jedinstveni[ ]matični[ ]broj(?:[ ]građana)?|единствен[ ]матичен[ ]број"),
    ("Kosovo, Georgia", r"numri[ ](?:personal|i[ ]identifikimit)|nr\.[ ]personal|personal[ ](?:number|no\.?)"
                        r"|პირადი[ ]ნომერი"),
    ("Syria, Iraq, Egypt, Lebanon", r"national[ ](?:number|card(?:[ ](?:number|no\.?))?)|unified[ ]national[ ]card"
                                    r"|الرقم[ ]الوطني|الرقم[ ]القومي|البطاقة[ ]الوطنية|البطاقة[ ]الموحدة|رقم[ ]الهوية"),
    ("Iran, Afghanistan", r"(?:iranian[ ])?national[ ](?:id[ ])?code|کد[ ]ملی|كد[ ]ملي|شماره[ ]ملی"
                          r"|(?:e-)?tazk[ie]ra[ ](?:number|no\.?)|تذکره|تذكرة"),
    ("Ethiopia", r"fayda(?:[ ](?:number|id|fin|fan))?"),
    ("Ukraine", r"ідентифікаційний[ ](?:номер|код)|реєстраційний[ ]номер[ ]облікової[ ]картки(?:[ ]платника"
                r"[ ]податків)?|унікальний[ ]номер[ ]запису(?:[ ]в[ ]реєстрі)?"),
    ("Russia, Belarus", r"страховой[ ]номер(?:[ ]индивидуального[ ]лицевого[ ]сч[её]та)?"
                        r"|идентификационный[ ]номер|личный[ ]номер|асабісты[ ]нумар|ідэнтыфікацыйны[ ]нумар"),
    ("Thailand", r"เลขประจำตัวประชาชน|เลขบัตรประชาชน|thai[ ](?:national[ ])?id(?:[ ]card)?[ ](?:number|no\.?)"),
    ("Vietnam", r"(?:số[ ])?căn[ ]cước(?:[ ]công[ ]dân)?|(?:số[ ])?chứng[ ]minh[ ]nhân[ ]dân"
                r"|citizen[ ]identity[ ]card[ ](?:number|no\.?)"),
    ("the Philippines", r"philsys(?:[ ](?:card[ ])?(?:number|no\.?|id))?|philid|sss[ ](?:number|no\.?)"),
    ("China", r"resident[ ]identity[ ]card(?:[ ](?:number|no\.?))?|shenfenzheng(?:[ ]hao)?"),
    ("Sri Lanka, Pakistan, Bangladesh", r"national[ ]identity[ ]card[ ](?:number|no\.?)|nicop"
                                        r"|national[ ]id(?:[ ](?:number|no\.?))?"),
    ("Nepal", r"nagarikta(?:[ ](?:number|no\.?|praman[ ]patra[ ](?:number|no\.?)))?"
              r"|citizenship[ ](?:certificate[ ])?(?:number|no\.?)|नागरिकता(?:[ ](?:नं\.?|नम्बर|प्रमाणपत्र[ ]नं\.?))?"),
    ("South Korea", r"resident[ ]registration[ ](?:number|no\.?)|주민등록번호|외국인등록번호"),
    ("Japan", r"マイナンバー|個人番号|my[ ]number"),
    ("Morocco, Tunisia", r"carte[ ]nationale[ ]d'identit[ée](?:[ ][ée]lectronique)?(?:[ ](?:n°|no\.?|num[ée]ro))?"
                         r"|num[ée]ro[ ]de[ ](?:la[ ])?(?:cin|cnie)"),
    ("Kenya", r"kra[ ]pin|huduma[ ]namba"),
    ("Canada", r"num[ée]ro[ ]d'assurance[ ]sociale"),
    ("Israel", r"teudat[ ]zehut|mispar[ ]zehut|israeli[ ]id(?:[ ]number)?|תעודת[ ]זהות|מספר[ ]זהות"),
    ("Armenia", r"public[ ]service[ ](?:number|no\.?)|social[ ]card[ ](?:number|no\.?)"
                r"|հանրային[ ]ծառայությունների[ ]համարանիշ|ՀԾՀ(?:[ ]համար)?"),
    ("Mongolia", r"регистрийн[ ](?:дугаар|№)"),
)
#: Short names in capitals only (in small letters they are words or names): Austria's and Germany's insurance
#: numbers, the Swiss AHV's French name, Greece's AMKA and tax number in Greek letters, Ireland's PPSN, North
#: Macedonia's EMBG in Cyrillic, Ukraine's tax number (ІПН) and record number (УНЗР), Russia's SNILS and INN, the
#: Philippines' PhilSys numbers, Sri Lanka's and Pakistan's NIC, South Korea's RRN, Morocco's and Tunisia's CIN,
#: Canada's SIN and NAS, Australia's TFN, Israel's "ת.ז.", and Cyprus's tax identification code in Greek ("ΑΦΤ",
#: Αριθμός Φορολογικής Ταυτότητας: eight digits and a letter, the person's own as Greece's ΑΦΜ is)
ACRONYMS = (r"VSNR|RVNR|AVS|AHVN13|ΑΜΚΑ|ΑΦΜ|ΑΦΤ|PPSN|ЕМБГ|ІПН|УНЗР|СНИЛС|SNILS|ИНН|INN|PSN|PCN|NIC|RRN|CIN|CNIE"
            r"|SIN|NAS|TFN|ת\.ז\.?")
# the names in Chinese: no space stands before or after them in a Chinese text
_CHINESE = r"居民身份证号码|居民身份证号|公民身份号码|身份证号码|身份证号"

_NAMES = "|".join(words for _, words in WORDS)
_LABEL = rf"(?<![\w.-])(?:(?i:{_NAMES})|(?:{ACRONYMS})(?![\w]))|{_CHINESE}"
# between the name and the number: "nr", "no." or "number", a verb, a colon (a Chinese one too), "#" or "№"; the
# value may stand on the next line or in the next cell
_SEP = (r"(?:[ \t\u00a0]+(?i:nr\.?|no\.?|number|nummer|numarası|номер|är|var|is|was))?"
        r"(?:[ \t\u00a0]*[:：=#№][ \t\u00a0]*|[ \t\u00a0]+)(?:\n[ \t\u00a0]*|\|[ \t\u00a0]*)?")
# the value: letters before it maybe, digits and capitals in up to five groups, letters after it
_VALUE = (r"(?P<value>(?:[A-Z]{1,3}[- ]?)?\d[\dA-Z]*(?:(?:[ \u00a0]|[-/.])\d[\dA-Z]*){0,4}(?:-[A-Z]{1,2})?)"
          r"(?![\w]|[-/.]\d)")
NAMED = compile_rule(rf"(?P<label>{_LABEL}){_SEP}{_VALUE}")
_HEADER = compile_(rf"(?:[^\W\d_]+[ ])?(?:(?i:{_NAMES})|{ACRONYMS}|{_CHINESE})(?:[ ]\([^()]{{1,40}}\))?")

# what no personal number is however labelled: a date, a year, a time
_DATE_OR_YEAR = re.compile(r"^(?:(?:19|20)\d\d[-./]\d\d[-./]\d\d|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[.:]\d\d"
                           r"|(?:19|20)\d\d)$")


def names_national_number(header: str) -> bool:
    """True for a header that is a country's own name of its personal number ("СНИЛС", "Numéro AVS",
    "Kod-e melli", "NHS number"): its column holds each row's person's number."""
    return _HEADER.fullmatch(" ".join(header.strip().rstrip(":：").split())) is not None


def _check_named(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    digits = only_digits(value)
    if len(digits) < 6 or _DATE_OR_YEAR.match(value) or MONEY_AFTER.match(text, m.end("value")):
        return None
    if len(digits) in (10, 12) and luhn_ok(digits[-10:]) and "person" in m.group("label").lower():
        return None  # a valid Swedish personnummer after "personal number": the personnummer detector's
    return Verdict(m.start("value"), m.end("value"), f"personligt nummer efter '{m.group('label').lower()}'")


# what every name holds, lowercased: the rule is skipped on a page with none of them
_NEEDS = ("versicherungs", "sv-n", "steuer", "avs", "ahv", "matricule", "identification", "ταυτότητας", "ασφάλισης",
          "pps", "card", "identifica", "bilhete", "številka", "nhs", "személyi", "szemelyi", "adóazonosító",
          "matični", "матичен", "numri", "personal", "ნომერი", "national", "الرقم", "البطاقة", "الهوية", "ملی",
          "ملي", "tazk", "تذکره", "تذكرة", "fayda", "ідентифікаційний", "реєстраційний", "унікальний", "страховой",
          "идентификационный", "личный", "асабісты", "ідэнтыфікацыйны", "เลข", "thai", "căn cước", "chứng minh",
          "philsys", "philid", "sss", "resident", "shenfenzheng", "nicop", "nagarikta", "नागरिकता", "citizen",
          "주민등록번호", "외국인등록번호", "マイナンバー", "個人番号", "my number", "carte nationale", "cin", "cnie",
          "kra pin", "huduma", "assurance sociale", "zehut", "israeli", "זהות", "service", "հանրային", "ծհ",
          "регистрийн", "vsnr", "rvnr", "rv-n", "αμκα", "αφμ", "αφτ", "ембг", "іпн", "унзр", "снилс", "snils", "инн",
          "inn", "psn", "pcn", "nic", "rrn", "sin", "nas", "tfn", "ת.ז", "身份")

# what every name holds, lowercased, but the short names in capitals: those as written (most Swedish pages hold
# "inn", "sin" or "nic" in small letters, "innan", "sina", "kommunicera")
_CAPITALS = ("vsnr", "rvnr", "αμκα", "αφμ", "αφτ", "ембг", "іпн", "унзр", "снилс", "snils", "инн", "inn", "pcn", "rrn",
             "sin", "nas", "tfn", "ת.ז", "nic", "psn")
_NAMES_GATE = NeedlesGate(tuple(n for n in _NEEDS if n not in _CAPITALS), alternative_needles(ACRONYMS))

RULES = (
    Rule("national_number_own_name", NAMED, score=0.85, check=_check_named, needs=_NEEDS, gate=_NAMES_GATE),
)
