"""The months of other calendars in their own scripts, as the papers of Iran, Afghanistan, the Arab countries, Israel,
Ethiopia, Eritrea, Thailand and Nepal print them: the Persian solar months (Iranian names and the Afghan zodiac names
in Dari and Pashto), the Islamic lunar months, the Hebrew months, the Ethiopian months, the Thai names of our months
(whose years Thai papers count in the Buddhist era) and the months of the Nepali Bikram Sambat in Latin letters and in
Devanagari.

Source: typed by the project from the calendars themselves (the month names every calendar and dictionary of the
language gives); no list was downloaded or copied. The names agree with those of the Unicode Common Locale Data
Repository (CLDR, Unicode's data under the Unicode licence) for the calendars it has. Each list runs from the
calendar's first month; a month may have several spellings.
"""

from __future__ import annotations

#: the Persian solar months in Persian letters (Iran), then the Afghan zodiac names in Dari and in Pashto
SOLAR_MONTHS_SCRIPT: tuple[tuple[str, ...], ...] = (
    ("فروردین", "حمل", "وری"), ("اردیبهشت", "ثور", "غویی"), ("خرداد", "جوزا", "غبرگولی"), ("تیر", "سرطان", "چنگاښ"),
    ("مرداد", "امرداد", "اسد", "زمری"), ("شهریور", "سنبله", "وږی"), ("مهر", "میزان", "تله"), ("آبان", "عقرب", "لړم"),
    ("آذر", "قوس", "لیندۍ"), ("دی", "جدی", "مرغومی"), ("بهمن", "دلو", "سلواغه"), ("اسفند", "حوت", "کب"),
)
#: the Afghan zodiac months' Pashto names in Latin letters, as a tazkira's English side may write them
SOLAR_MONTHS_PASHTO: tuple[tuple[str, ...], ...] = (
    ("wray",), ("ghwayay",), ("gharrgolay", "ghbargolay"), ("changakh",), ("zmaray",), ("wagay",), ("tala",),
    ("laram",), ("lindai",), ("marghumay", "marghoumay"), ("salwagha",), ("kab",),
)
#: the Islamic lunar months in Arabic letters (the second Rabi' and Jumada by either of their names)
LUNAR_MONTHS_SCRIPT: tuple[tuple[str, ...], ...] = (
    ("محرم",), ("صفر",), ("ربيع الأول", "ربيع الاول"), ("ربيع الآخر", "ربيع الثاني", "ربيع الاخر"),
    ("جمادى الأولى", "جمادى الاولى", "جمادی الاول"), ("جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "جمادی الثانی"),
    ("رجب",), ("شعبان",), ("رمضان",), ("شوال",), ("ذو القعدة", "ذي القعدة"), ("ذو الحجة", "ذي الحجة"),
)
#: the Hebrew months in Hebrew letters (a leap year's two Adars)
HEBREW_MONTHS_SCRIPT: tuple[str, ...] = (
    "תשרי", "חשון", "חשוון", "מרחשוון", "כסלו", "כסלב", "טבת", "שבט", "אדר א׳", "אדר ב׳", "אדר א'", "אדר ב'", "אדר",
    "ניסן", "אייר", "סיון", "סיוון", "תמוז", "אב", "מנחם אב", "אלול")
#: the Ethiopian months in Ge'ez letters (the thirteenth, Pagume, last)
ETHIOPIAN_MONTHS_SCRIPT: tuple[str, ...] = (
    "መስከረም", "ጥቅምት", "ኅዳር", "ህዳር", "ታኅሣሥ", "ታህሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ሃምሌ",
    "ነሐሴ", "ነሃሴ", "ጳጉሜ", "ጳጉሜን")
#: the Thai names of our months and their abbreviations with their dots ("12 มี.ค. 2521")
THAI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."), ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."), ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
)
#: the same Thai names in Latin letters, as a Thai paper's English side or a clerk copying it writes them: the Royal
#: Thai General System's spelling and the common looser ones ("5 Kanyayon B.E. 2527")
THAI_MONTHS_LATIN: tuple[tuple[str, ...], ...] = (
    ("mokkarakhom", "makarakhom", "mokarakom", "makarakom"), ("kumphaphan", "kumpaphan", "kumpapan"),
    ("minakhom", "minakom"), ("mesayon", "mesa-yon", "maysayon", "mesayón"),
    ("phruetsaphakhom", "pruetsapakom", "phruetsapakhom", "pruesapakom", "phrueksaphakhom"),
    ("mithunayon", "mitunayon"), ("karakadakhom", "karakadakom", "garakadakom", "karakkadakhom"),
    ("singhakhom", "singhakom", "singakom"), ("kanyayon", "kanyayón"), ("tulakhom", "tulakom", "tunlakhom"),
    ("phruetsachikayon", "pruetsajikayon", "phruetsajikayon", "prusajikayon", "phrueksachikayon"),
    ("thanwakhom", "tanwakom", "thanwakom"),
)
#: the months of the Bikram Sambat, Baisakh first, in the Latin spellings of Nepali papers and in Devanagari
NEPALI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("baisakh", "baishakh", "vaishakh", "बैशाख", "वैशाख"), ("jestha", "jeth", "jeshtha", "जेठ", "जेष्ठ"),
    ("asar", "ashar", "asadh", "ashadh", "असार", "आषाढ"), ("shrawan", "sawan", "saun", "shravan", "साउन", "श्रावण"),
    ("bhadra", "bhadau", "भदौ", "भाद्र"), ("asoj", "ashwin", "aswin", "असोज", "आश्विन"),
    ("kartik", "kartika", "कात्तिक", "कार्तिक"), ("mangsir", "mansir", "marga", "मंसिर", "मङ्सिर"),
    ("poush", "push", "paush", "पुस", "पौष"), ("magh", "माघ"),
    ("falgun", "phalgun", "fagun", "phagun", "फागुन", "फाल्गुन"),
    ("chaitra", "chait", "चैत", "चैत्र"),
)
