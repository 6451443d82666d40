"""More words for "born" and "date of birth", as the papers of people living in Sweden write them: the languages and
scripts ``birth_cues_abroad`` had none of, and forms of those it had (a verb with its reflexive, a gendered ending in
brackets).

Source: typed by the project from its own knowledge of the languages (the words a passport, an identity card or a
birth certificate prints before the date); no list was downloaded or copied. Each language's words in lowercase,
"\\." for a written dot, "\\(" and "\\)" for a bracket; the words are read as ``birth_cues_abroad`` reads its own.
"""

from __future__ import annotations

WORLD_BIRTH_WORDS: dict[str, tuple[str, ...]] = {
    # a gendered ending in brackets, as a form prints it for either ("rođen(a)", "urodzony(a)")
    "gendered endings": ("rođen\\(a\\)", "rodjen\\(a\\)", "urodzony\\(a\\)", "urodzony/a", "nacido\\(a\\)",
                         "nascido\\(a\\)", "nato\\(a\\)", "narozen\\(a\\)", "narodený\\(á\\)", "született\\(a\\)",
                         "născut\\(ă\\)", "rojen\\(a\\)", "роден\\(а\\)", "рођен\\(а\\)"),
    "czech/slovak (the verb)": ("narodil se", "narodila se", "narodil sa", "narodila sa", "datum narozeni",
                                "datum nar\\.",
                     "dátum nar\\."),
    "catalan": ("nascut", "nascuda", "va néixer", "data de naixement", "nascut/da", "nascut\\(da\\)"),
    "galician": ("naceu", "nacín", "data de nacemento", "nado/a"),
    "belarusian": ("нарадзіўся", "нарадзілася", "дата нараджэння"),
    "irish": ("rugadh", "dáta breithe", "data breithe"),
    # (and the first person, "I was born", "we were born", as a letter or a mail of the person writes it: "Jien
    # twelidt fl-…"; the participle, "born", "imwieled", "imwielda")
    "maltese": ("twieled", "twieldet", "data tat-twelid", "twelidt", "twelidna", "imwieled", "imwielda"),
    "welsh": ("ganwyd", "dyddiad geni"),
    "luxembourgish": ("gebuer", "gebuertsdatum"),
    # Arabic of every country, with and without its article, and Persian, Dari, Pashto and Urdu in their letters (the
    # Arabic yeh and the Persian one both)
    "arabic": ("تاريخ الميلاد", "تاريخ الولادة", "تاريخ ميلاد", "تاريخ الولاده", "مواليد", "المولود", "المولودة",
               "ولد", "ولدت"),
    "persian/dari": ("تاریخ تولد", "تاريخ تولد", "متولد", "تولد"),
    "pashto": ("د زیږون نیټه", "د زیږیدو نیټه", "د زېږېدو نېټه", "زیږیدلی", "زېږېدلی"),
    "urdu": ("تاریخ پیدائش", "تاريخ پيدائش", "پیدائش"),
    # Urdu in Latin letters, as a letter or a mail writes "date of birth" with its Persian ezafe, joined by dashes or
    # not ("meri tareekh-e-paidaish 11 Janwari 2004 hai"), and the word "birth" alone before the date
    "urdu (romanised)": ("tareekh-e-paidaish", "tarikh-e-paidaish", "tareekh-e-pedaish", "tarikh-e-pedaish",
                         "tareekh e paidaish", "tarikh e paidaish", "tareekh-e-paidaesh", "tarikh-e-paidaesh",
                         "paidaish", "pedaish"),
    "kurdish (sorani)": ("لەدایکبوون", "ڕێکەوتی لەدایکبوون", "بەرواری لەدایکبوون", "rêkewtî ledayikbûn"),
    "hebrew": ("תאריך לידה", "תאריך הלידה", "נולד", "נולדה", "נולד בתאריך", "נולדה בתאריך"),
    "amharic": ("የትውልድ ቀን", "የተወለደበት ቀን", "የተወለደችበት ቀን", "የልደት ቀን", "ተወለደ", "ተወለደች"),
    "tigrinya": ("ዕለተ ልደት", "ዕለት ልደት", "ዝተወለደሉ ዕለት", "ዝተወልደትሉ ዕለት", "ተወሊዱ", "ተወሊዳ"),
    "hindi/nepali": ("जन्म तिथि", "जन्मतिथि", "जन्म तारीख", "जन्म की तारीख", "जन्म दिनांक", "जन्म मिति", "जन्ममिति",
                     "जन्म"),
    "bengali": ("জন্ম তারিখ", "জন্মতারিখ", "জন্ম"),
    "sinhala": ("උපන් දිනය", "උපන් දින"),
    "tamil": ("பிறந்த தேதி", "பிறந்த திகதி", "பிறப்பு"),
    "thai": ("วันเกิด", "เกิดวันที่", "เกิด"),
    "tagalog": ("ipinanganak", "petsa ng kapanganakan", "kapanganakan", "araw ng kapanganakan"),
    "chinese/korean": ("出生", "生日", "出生年月日", "출생", "출생일"),
    "mongolian": ("төрсөн", "төрсөн огноо", "төрсөн он сар өдөр"),
    # the first person, as a letter or a mail of the person writes it ("urodziłam się 3 maja 1990", "synnyin 3.5.1990")
    "first person": ("urodziłam się", "urodziłem się", "urodzilam sie", "urodzilem sie", "narodil jsem se",
                     "narodila jsem se", "narodil som sa", "narodila som sa", "rođen sam", "rođena sam", "rodjen sam",
                     "rodjena sam", "rodil sem se", "rodila sem se", "m-am născut", "m-am nascut", "születtem",
                     "sündisin", "synnyin", "gimiau", "piedzimu", "doğdum", "dogdum", "u linda",
                     "kam lindur", "gennithika", "nilizaliwa", "ji dayik bûm", "jidayik bûm",
                     # (Catalan "I was born", "we were born"; the Irish "I was", "he was", "she was born" with their
                     # pronoun before the "ar an", "on the", of the date; the Welsh "I was born")
                     "vaig néixer", "vaig neixer", "vam néixer", "rugadh mé", "rugadh me", "rugadh é", "rugadh í",
                     "ces i fy ngeni", "cefais fy ngeni"),
    "afrikaans": ("gebore", "gebore op", "geboortedatum", "geboortedag"),
    # Azerbaijani and Uzbek in Latin letters, as their passports and identity cards print them: "date of birth",
    # "was born" ("doğum tarixi 21 yanvar 1972", "tug'ilgan sana 7-aprel 1988"); the Uzbek apostrophe in its two
    # writings
    # (and the everyday "was born", "from the mother became", in its persons and without its marks: "Mən anadan
    # olmuşam 9 noyabr 1998-ci il", "anadan olub 3 mart 1980")
    "azerbaijani": ("doğum tarixi", "dogum tarixi", "doğum tarixim", "doğulub", "doğulmuşdur", "doğulmuşam",
                    "anadan olmuşam", "anadan olmusam", "anadan olub", "anadan olmuşdur", "anadan olmusdur",
                    "anadan olmuşdu", "anadan olmuşsan"),
    # Turkmen "born", "date of birth" ("doglan senesi 17-nji oktýabr 1989"); Malagasy "born", "date of birth" ("teraka
    # tamin'ny 28/03/2003", "daty nahaterahana"); Lingala "was born", "I was born", "date of birth" ("abotamaki na 3
    # sánzá ya zómi 1990")
    "turkmen": ("doglan", "doglan senesi", "doglan güni", "doglan gün", "dogulan senesi"),
    "malagasy": ("teraka", "nateraka", "daty nahaterahana", "daty nahaterahany"),
    "lingala": ("abotamaki", "nabotamaki", "mokolo ya mbotama", "mbotama"),
    "uzbek": ("tug'ilgan sana", "tugʻilgan sana", "tug'ilgan sanasi", "tugʻilgan sanasi", "tug'ilgan", "tugʻilgan",
              "tug'ildim", "tugʻildim"),
}

#: the birth words before a date of another calendar or era, in the scripts and languages of the papers that use one
#: (Persian, Dari, Pashto, Arabic, Urdu, Hebrew, Amharic, Tigrinya, Thai, Nepali, Chinese, Japanese, Korean) and the
#: English of their translations ("Date of birth: 3 Jawza 1360"); patterns, lowercase
CALENDAR_CUES: tuple[str, ...] = (
    "date of birth", "birth date", "dob", "d\\.o\\.b\\.?",
    *WORLD_BIRTH_WORDS["persian/dari"], *WORLD_BIRTH_WORDS["pashto"], *WORLD_BIRTH_WORDS["arabic"],
    *WORLD_BIRTH_WORDS["urdu"], *WORLD_BIRTH_WORDS["hebrew"], *WORLD_BIRTH_WORDS["amharic"],
    *WORLD_BIRTH_WORDS["tigrinya"], *WORLD_BIRTH_WORDS["thai"], *WORLD_BIRTH_WORDS["hindi/nepali"],
    *WORLD_BIRTH_WORDS["chinese/korean"], "出生日期", "生年月日", "생년월일", "janma miti", "janma mitī")
#: the words one of which the text must hold before the calendars' rules run on it (each cue's longest word)
CALENDAR_CUE_NEEDS: tuple[str, ...] = tuple(sorted({max(c.replace("\\.", ".").replace("?", "").split(), key=len)
                                                    for c in CALENDAR_CUES}))
