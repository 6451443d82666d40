"""Birth words and month names of other languages, as Swedish documents quote foreign papers ("født 12.03.1987",
"geboren am 3. April 1979", "né le 4 mai 1985", "data urodzenia: 03.04.1979", "doğum tarihi 12 Mart 1987").

Source: written by the project from its own knowledge of the languages (the words for "born" and "date of birth",
their usual abbreviations on forms and in passports, and the month names in the case a date uses, e.g. Polish,
Czech, Croatian and Lithuanian genitives, Finnish partitives, Estonian adessives); no list was copied. The
transliterations of Arabic, Persian and Russian follow common Latin spellings seen on Swedish forms.
"""

from __future__ import annotations

from redact.detect.birth_cues_world import WORLD_BIRTH_WORDS
from redact.detect.month_names_libyan import LIBYAN_MONTHS
from redact.detect.month_names_regional import REGIONAL_MONTHS
from redact.detect.month_names_world import WORLD_MONTHS

# The birth words per language, lowercase; "\." for a written dot. An abbreviation (it ends with a dot or is two
# letters) needs a whole date after it: "s. 12" is a page, "ur." and "geb." are read only before a day and a month.
_BIRTH_WORDS: dict[str, tuple[str, ...]] = {
    "norwegian/danish": ("født", "fødd", "fødselsdato", "fødselsdag", "fødd den", "f\\.dato", "fødselsdatum"),
    "icelandic": ("fæddur", "fædd", "fæðingardagur", "fæðingardags\\.?"),
    "finnish": ("syntynyt", "syntyi", "syntymäaika", "syntymäpäivä", "syntymäpäivämäärä", "synt\\.", "s\\."),
    "estonian": ("sündinud", "sündis", "sünniaeg", "sünnikuupäev", "sünd\\."),
    "latvian": ("dzimis", "dzimusi", "dzimšanas datums", "dzim\\.", "dz\\."),
    "lithuanian": ("gimęs", "gimusi", "gimė", "gimimo data", "gim\\."),
    "german": ("geboren", "geb\\.", "geburtsdatum", "geburtstag", "geburtsdat\\."),
    "dutch": ("geboren op", "geboortedatum", "geb\\.datum"),
    "english": ("born on", "birthdate", "date of birth", "d\\.o\\.b", "dob"),
    "french": ("né", "née", "né\\(e\\)", "date de naissance", "naissance", "date de naiss\\."),
    "spanish": ("nacido", "nacida", "nacido/a", "fecha de nacimiento", "fecha de nac\\.", "f\\. nac\\.", "nació",
                "nací"),
    "portuguese": ("nascido", "nascida", "data de nascimento", "data de nasc\\.", "nasceu", "nasci"),
    "italian": ("nato", "nata", "nato/a", "data di nascita", "nata/o"),
    "romanian": ("născut", "născută", "nascut", "nascuta", "data nașterii", "data nasterii", "data naşterii"),
    "polish": ("urodzony", "urodzona", "urodził się", "urodziła się", "data urodzenia", "ur\\.", "urodz\\.", "data ur\\."),
    "czech/slovak": ("narozen", "narozena", "narodený", "narodená", "datum narození", "dátum narodenia", "nar\\."),
    "bosnian/croatian/serbian": ("rođen", "rođena", "rodjen", "rodjena", "datum rođenja", "datum rodjenja",
                                 "datum rodenja", "rođ\\."),
    "slovenian": ("rojen", "rojena", "datum rojstva"),
    # (the participle bare too, as a paper's line writes it before "më": "lindur më 14.2.1983")
    "albanian": ("i lindur", "e lindur", "lindur", "datëlindja", "datelindja", "data e lindjes", "ditëlindja"),
    "hungarian": ("született", "szül\\.", "születési idő", "születési dátum", "születési ideje"),
    "greek (transliterated)": ("imerominia gennisis", "gennithike"),
    "russian/ukrainian (transliterated)": ("data rozhdeniya", "data rozjdenija", "data narodzhennia", "rodilsja",
                                           "rodilas"),
    # (the noun alone and its abbreviation, as a form's cell writes the label before the date: "doğum 1986", "doğ.";
    # "my date of birth", as a letter writes it: "doğum tarihim 3 Mart 1990")
    "turkish": ("doğum tarihi", "dogum tarihi", "doğum tarihim", "dogum tarihim", "doğum t\\.", "doğdu", "doğum",
                "doğ\\."),
    "kurdish": ("rojbûn", "jidayikbûn", "roja jidayikbûnê", "le dayk bûn", "ledayikbûn"),
    "persian (transliterated)": ("tavalod", "tavallod", "tarikh-e tavalod", "tarikhe tavalod", "tarikh-e tavallod"),
    "arabic (transliterated)": ("tarikh al-milad", "tareekh al-milad", "tarikh al-wilada", "al-milad", "mawlid"),
    "somali": ("dhalasho", "dhalashada", "taariikhda dhalashada", "ku dhashay", "dhashay"),
    "swahili": ("alizaliwa", "tarehe ya kuzaliwa"),
    # Cyrillic birth words as Bulgarian, Russian, Ukrainian, Serbian and Macedonian papers write them
    "bulgarian/macedonian": ("роден", "родена", "дата на раждане", "датум на раѓање"),
    # (the Russian form's abbreviation "род." before a whole date: "род. 17.04.1993 г.")
    "russian": ("родился", "родилась", "дата рождения", "род\\.", "ур\\."),
    # (the participles too, as a certificate writes them: "народжена 8 квітня 1979 р.")
    "ukrainian": ("народився", "народилася", "дата народження", "народжена", "народжений"),
    # Kazakh in Cyrillic: "born", "date of birth" ("туған күні 3 наурыз 1972")
    # (and "my birthday", as a person writes their own: "менің туған күнім …")
    "kazakh": ("туған күні", "туған күнім", "туған", "туылған", "туған жылы"),
    # Seychellois and Mauritian Creole "I was born" ("mon'n ne 3/5/1990", "mo ne le 3 me 1990")
    "creole (seychelles/mauritius)": ("mon'n ne", "mon’n ne", "mo'n ne", "mo ne"),
    "serbian (cyrillic)": ("рођен", "рођена", "датум рођења"),
    # (the first person too, as a letter writes it: "γεννήθηκα", "I was born")
    "greek": ("γεννήθηκε", "γεννήθηκα", "γεν\\.", "ημερομηνία γέννησης", "ημ\\. γέννησης", "ημ/νία γέννησης"),
    "indonesian/malay": ("lahir", "tanggal lahir", "tarikh lahir", "tgl\\. lahir"),
    "vietnamese": ("ngày sinh", "sinh ngày", "sinh năm", "năm sinh"),
    # Georgian ("born", "date of birth" and the form's abbreviation "დაბ."; the first person too, as a letter writes
    # it: "დავიბადე", "I was born") and Armenian ("was born", "date of birth", "ծնվ."), in their own letters as the
    # papers of Georgia and Armenia write them
    "georgian": ("დაიბადა", "დავიბადე", "დაბადების თარიღი", "დაბ\\."),
    "armenian": ("ծնվել է", "ծննդյան ամսաթիվ", "ծնվ\\."),
    "chinese/japanese/korean": ("出生日期", "生年月日", "생년월일"),
    "tigrinya/amharic (transliterated)": ("elet lidet", "yelidet ken", "ye lidet ken"),
}

#: every language's birth words, with the world's other languages and scripts of ``birth_cues_world``
BIRTH_WORDS: dict[str, tuple[str, ...]] = {**_BIRTH_WORDS, **WORLD_BIRTH_WORDS}

# The months in the cases and spellings their dates use; one spelling may be two months in two languages (Polish
# "listopada" is November, Croatian October), so each gives every month it can be.
_MONTH_LISTS: dict[str, tuple[str, ...]] = {
    "norwegian/danish": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                         "oktober", "november", "desember"),
    "danish": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
               "november", "december"),
    "german": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
               "november", "dezember"),
    "austrian": ("jänner", "feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                 "november", "dezember"),
    "dutch": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"),
    "french": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"),
    "spanish": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"),
    "spanish (other spelling)": ("", "", "", "", "", "", "", "", "setiembre", "", "", ""),
    "portuguese": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                   "outubro", "novembro", "dezembro"),
    "italian": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre"),
    "romanian": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                 "octombrie", "noiembrie", "decembrie"),
    "polish (genitive)": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                          "września", "października", "listopada", "grudnia"),
    "czech (genitive)": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
                         "října", "listopadu", "prosince"),
    "croatian (genitive)": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
                            "rujna", "listopada", "studenoga", "prosinca"),
    "croatian (short genitive)": ("", "", "", "", "", "", "", "", "", "", "studenog", ""),
    "bosnian/serbian (genitive)": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta",
                                   "septembra", "oktobra", "novembra", "decembra"),
    "serbian (other spelling)": ("", "", "", "", "", "", "", "avgusta", "", "", "", ""),
    # the nominative, as a Serbian, Bosnian or Montenegrin paper's date is often copied ("3. septembar 1971")
    "bosnian/serbian (nominative)": ("januar", "februar", "mart", "april", "maj", "juni", "juli", "avgust",
                                     "septembar", "oktobar", "novembar", "decembar"),
    "serbian (nominative, short)": ("", "", "", "", "", "jun", "jul", "", "", "", "", ""),
    "croatian (nominative)": ("siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz",
                              "rujan", "listopad", "studeni", "prosinac"),
    "slovenian (genitive)": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
                             "septembra", "oktobra", "novembra", "decembra"),
    "polish (nominative)": ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                            "wrzesień", "październik", "listopad", "grudzień"),
    "polish (locative, 'w marcu 1987')": ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu",
                                          "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu"),
    "albanian": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
                 "nëntor", "dhjetor"),
    # the nominative, as a Finnish form writes a month and a year alone ("tammikuu 1990")
    "finnish (nominative)": ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
                             "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"),
    "finnish (partitive)": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
                            "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    # the genitive, as a Finnish deed or letter writes the day of the month ("kesäkuun 3. päivä 1941")
    "finnish (genitive)": ("tammikuun", "helmikuun", "maaliskuun", "huhtikuun", "toukokuun", "kesäkuun", "heinäkuun",
                           "elokuun", "syyskuun", "lokakuun", "marraskuun", "joulukuun"),
    "finnish (inessive, 'maaliskuussa 1987')": ("tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa",
                                                 "toukokuussa", "kesäkuussa", "heinäkuussa", "elokuussa",
                                                 "syyskuussa", "lokakuussa", "marraskuussa", "joulukuussa"),
    "estonian": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
                 "oktoober", "november", "detsember"),
    "estonian (adessive)": ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil",
                            "septembril", "oktoobril", "novembril", "detsembril"),
    "lithuanian (genitive)": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
                              "rugsėjo", "spalio", "lapkričio", "gruodžio"),
    "latvian (genitive)": ("janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta",
                           "septembra", "oktobra", "novembra", "decembra"),
    # the nominative and the locative, as a Latvian paper writes the day ("1979. gada 4. marts", "… martā")
    "latvian (nominative)": ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
                             "septembris", "oktobris", "novembris", "decembris"),
    "latvian (locative)": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
                           "septembrī", "oktobrī", "novembrī", "decembrī"),
    "hungarian": ("január", "február", "március", "április", "május", "június", "július", "augusztus",
                  "szeptember", "október", "november", "december"),
    # Uzbek and Azerbaijani in Latin letters, as their passports write our months ("1988-yil 7-aprel")
    "uzbek": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentyabr", "oktyabr", "noyabr",
              "dekabr"),
    "azerbaijani": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
                    "noyabr", "dekabr"),
    # the genitive, as a formal date puts the year first and the day after its month ("1981-ci il fevralın 2-si",
    # "the 2nd of February of the year 1981")
    "azerbaijani (genitive)": ("yanvarın", "fevralın", "martın", "aprelin", "mayın", "iyunun", "iyulun", "avqustun",
                               "sentyabrın", "oktyabrın", "noyabrın", "dekabrın"),
    "turkish": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık"),
    "turkish (without its letters)": ("", "subat", "", "", "mayis", "", "", "agustos", "eylul", "", "kasim",
                                      "aralik"),
    "icelandic": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
                  "nóvember", "desember"),
    # Cyrillic dates as a Ukrainian or Russian passport or birth certificate writes them ("12 березня 1987")
    "ukrainian (genitive)": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                             "вересня", "жовтня", "листопада", "грудня"),
    "russian (genitive)": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                           "октября", "ноября", "декабря"),
    "somali": ("janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luuliyo", "agoosto", "sebtembar",
               "oktoobar", "nofembar", "desembar"),
    "somali (other spellings)": ("", "", "", "", "maayo", "juunyo", "luulyo", "ogosto", "sabtembar", "", "noofembar",
                                 "diseembar"),
    # the long vowel written where the English name has its stress, as Somali papers and passports spell it too
    "somali (long-vowel spellings)": ("jannaayo", "", "", "", "", "", "", "ogost", "sebteembar", "",
                                      "nofeembar", ""),
    # Armenian in the genitive, as a date writes it ("3 մարտի 1987"), and Georgian ("21 მაისი")
    "armenian (genitive)": ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
                            "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"),
    "georgian": ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
                 "ოქტომბერი", "ნოემბერი", "დეკემბერი"),
    # the Georgian dative, as a sentence dates a day ("2001 წლის 5 მაისს", "on 5 May 2001"), and the genitive
    "georgian (dative)": ("იანვარს", "თებერვალს", "მარტს", "აპრილს", "მაისს", "ივნისს", "ივლისს", "აგვისტოს",
                          "სექტემბერს", "ოქტომბერს", "ნოემბერს", "დეკემბერს"),
    "georgian (genitive)": ("იანვრის", "თებერვლის", "მარტის", "აპრილის", "მაისის", "ივნისის", "ივლისის", "აგვისტოს",
                            "სექტემბრის", "ოქტომბრის", "ნოემბრის", "დეკემბრის"),
    "swahili": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
                "novemba", "desemba"),
    # Tagalog, as Philippine papers name our months ("Ika-4 ng Hulyo 1990")
    "tagalog": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre",
                "nobyembre", "disyembre"),
    "bulgarian": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
                  "ноември", "декември"),
    "macedonian": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември",
                   "октомври", "ноември", "декември"),
    "serbian (cyrillic, genitive)": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
                                     "септембра", "октобра", "новембра", "децембра"),
    "kazakh": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
               "қараша", "желтоқсан"),
    # the Syriac month names of Syrian, Lebanese, Iraqi and Jordanian papers, in Latin letters, for the Gregorian
    # months ("15 Tammuz 1982" is 15 July 1982); August's "Ab" left out, as it is a Swedish firm's form, but its
    # spellings with the long vowel written ("4 Aab 1999", "4 Āb 1999") are no Swedish word
    "arabic, levantine (transliterated)": ("", "shubat", "adhar", "nisan", "ayyar", "haziran", "tammuz", "aab",
                                           "aylul", "", "", ""),
    "arabic, levantine (other spellings)": ("", "shbat", "adar", "naisan", "ayar", "huzayran", "tamuz", "āb",
                                            "ailul", "", "", ""),
    # and the months named in two words ("Kanun al-Thani" is January, "Tishrin al-Awwal" October), in the usual
    # spellings of their article
    "arabic, levantine (two words)": ("kanun al-thani", "", "", "", "", "", "", "", "", "tishrin al-awwal",
                                      "tishrin al-thani", "kanun al-awwal"),
    "arabic, levantine (two words, other spellings)": ("kanun ath-thani", "", "", "", "", "", "", "", "",
                                                       "tishrin el-awwal", "tishrin ath-thani", "kanun el-awwal"),
    "arabic, levantine (two words, without the article's vowel)": ("kanun ath-thani", "", "", "", "", "", "", "", "",
                                                                   "tishreen al-awwal", "tishreen al-thani",
                                                                   "kanoun al-awwal"),
    # Greek in the genitive and abbreviated, as a Greek paper writes the date ("8 Αυγούστου 1983", "8 Αυγ. 1983")
    "greek (genitive)": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
                         "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
    "greek (abbreviated)": ("ιαν", "φεβ", "μαρ", "απρ", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"),
    "greek (other abbreviations)": ("", "φεβρ", "μαρτ", "απρ", "μαϊ", "ιούν", "ιούλ", "αύγ", "σεπτ", "", "νοέ", ""),
    # Kurmanji Kurdish, as Kurdish papers of Syria and Turkey name our months
    "kurdish (kurmanji)": ("çile", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon",
                           "cotmeh", "mijdar", "berfanbar"),
    # the names Kurmanji papers of Turkey give our months, and their form with the ezafe that a date writes ("15ê
    # Gulanê 1990": "the 15th of May 1990")
    "kurdish (kurmanji, other names)": ("rêbendan", "reşemî", "", "", "", "pûşper", "", "gelawêj", "rezber",
                                        "kewçêr", "sermawez", "kanûn"),
    "kurdish (kurmanji, with the ezafe)": ("rêbendanê", "reşemiyê", "adarê", "nîsanê", "gulanê", "pûşperê",
                                           "tîrmehê", "tebaxê", "îlonê", "cotmehê", "mijdarê", "kanûnê"),
    # Kurmanji of Syria, naming four months in two words as Levantine Arabic does ("kanûna paşîn" is January)
    "kurdish (kurmanji, two words)": ("kanûna paşîn", "", "", "", "", "", "", "", "", "çiriya pêşîn",
                                      "çiriya paşîn", "kanûna pêşîn"),
    "kurdish (kurmanji, two words, without its marks)": ("kanuna pasin", "", "", "", "", "", "", "", "",
                                                         "cirya pesin", "cirya pasin", "kanuna pesin"),
    "indonesian": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                   "oktober", "november", "desember"),
    "malay": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober",
              "november", "disember"),
    "serbian (cyrillic, nominative)": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
                                       "септембар", "октобар", "новембар", "децембар"),
}


#: every language's (or form's) month names, January first, "" where it has no own name (with the world's other
#: forms and scripts of ``month_names_world``, Europe's regional languages of ``month_names_regional`` and Libya's
#: months of ``month_names_libyan``)
MONTH_LISTS = {**_MONTH_LISTS, **WORLD_MONTHS, **REGIONAL_MONTHS, **LIBYAN_MONTHS}


def _months() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for names in MONTH_LISTS.values():
        for number, name in enumerate(names, 1):
            if name:
                out.setdefault(name, set()).add(number)
    return {name: tuple(sorted(numbers)) for name, numbers in out.items()}


#: a month's name in another language: every month it may be
MONTHS_ABROAD: dict[str, tuple[int, ...]] = _months()


#: every birth word as a pattern, longest first (so "date de naissance" wins over "né"), then in alphabetical order
#: (the same pattern text in every process: its compiled program is kept by that text, see stored_programs)
CUE_PATTERNS: tuple[str, ...] = tuple(sorted({w for ws in BIRTH_WORDS.values() for w in ws}, key=lambda w: (-len(w), w)))


def _anchor(cue: str) -> tuple[str, int]:
    """The cue's longest literal word and how many words stand before it ("i lindur": "lindur", 1)."""
    words = cue.replace("\\.", ".").replace("\\(", "(").replace("\\)", ")").replace("?", "").split()
    longest = max(range(len(words)), key=lambda k: len(words[k]))
    return words[longest], longest


#: where a match can be: each cue's longest word and how many words before it the cue begins
ANCHORS: tuple[tuple[str, int], ...] = tuple(sorted({_anchor(w) for w in CUE_PATTERNS}))
#: the anchor words: one must be in the lowercased text before the rule runs (its cheap gate)
NEEDLES: tuple[str, ...] = tuple(sorted({word for word, _ in ANCHORS}))
#: the birth words that are abbreviations: only a whole date (day, month and year) counts after them
ABBREVIATED: frozenset[str] = frozenset(w.replace("\\.", ".") for w in CUE_PATTERNS if w.endswith("\\."))
# "nato"/"nata" name the alliance in Swedish, "mawlid" a feast: a column's header only with a linking word ("Nato il")
_NOT_HEADERS = frozenset({"nato", "nata", "nato/a", "nata/o", "mawlid", "al-milad"})
# the linking word a form may keep after the birth word ("Geboren am", "Né le", "Nacido el", "Født den")
_HEADER_LINKS = ("", " am", " le", " el", " il", " op", " on", " den", " dnia", " em", " la", " më", " on the")


def _headers() -> frozenset[str]:
    words = {w.replace("\\.", ".").replace("\\(", "(").replace("\\)", ")") for ws in BIRTH_WORDS.values() for w in ws
             if "?" not in w}
    return frozenset(w + link for w in words if len(w) > 3 or w.endswith(".") or w in ("né", "née")
                     for link in _HEADER_LINKS if link or w not in _NOT_HEADERS)


#: header cells of a birth date's column in other languages ("Geburtsdatum", "Data urodzenia", "Née le")
BIRTH_HEADERS: frozenset[str] = _headers()
