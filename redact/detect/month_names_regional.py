"""The month names of the regional and minority languages of Sweden and Europe the other lists lacked: Northern Sami
and Yiddish (national minority languages of Sweden), Greenlandic, West Frisian, Basque, Occitan, Corsican, Sardinian,
Friulian, Upper Sorbian, Esperanto, and Latin, as a church's certificate of baptism writes a birth date ("die 3
Novembris 1948"); and Haitian Creole and Samoan, as those countries' passports write a birth date.

Source: typed by the project from the languages' own calendars (the month names the language's dictionaries and
calendars give, with the case forms a date writes); no list was downloaded or copied. Some spellings were checked
from memory against the Unicode Common Locale Data Repository (CLDR). Each list runs January first, "" where a form
has no name of its own or where the name is a common word of another language a date's neighbourhood holds (the
Friulian "lui", July, is the Italian and French "him").
"""

from __future__ import annotations

REGIONAL_MONTHS: dict[str, tuple[str, ...]] = {
    # Northern Sami: the nominative, and the genitive a date writes before the day ("guovvamánu 7. beaivi 1961")
    "northern sami": ("ođđajagemánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu", "geassemánnu",
                      "suoidnemánnu", "borgemánnu", "čakčamánnu", "golggotmánnu", "skábmamánnu", "juovlamánnu"),
    "northern sami (genitive)": ("ođđajagemánu", "guovvamánu", "njukčamánu", "cuoŋománu", "miessemánu", "geassemánu",
                                 "suoidnemánu", "borgemánu", "čakčamánu", "golggotmánu", "skábmamánu", "juovlamánu"),
    # (as a keyboard without the Sami letters writes them)
    "northern sami (without its marks)": ("oddajagemannu", "guovvamannu", "njukcamannu", "cuonomannu", "miessemannu",
                                          "geassemannu", "suoidnemannu", "borgemannu", "cakcamannu", "golggotmannu",
                                          "skabmamannu", "juovlamannu"),
    "northern sami (genitive, without its marks)": ("oddajagemanu", "guovvamanu", "njukcamanu", "cuonomanu",
                                                    "miessemanu", "geassemanu", "suoidnemanu", "borgemanu",
                                                    "cakcamanu", "golggotmanu", "skabmamanu", "juovlamanu"),
    # Yiddish in the Hebrew letters without their points, as most print it (the pointed forms carry marks no word
    # pattern reads as letters)
    "yiddish": ("יאנואר", "פעברואר", "מערץ", "אפריל", "מיי", "יוני", "יולי", "אויגוסט", "סעפטעמבער", "אקטאבער",
                "נאוועמבער", "דעצעמבער"),
    "greenlandic": ("januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli", "aggusti", "septembari",
                    "oktobari", "novembari", "decembari"),
    "west frisian": ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
                     "oktober", "novimber", "desimber"),
    # Basque: the nominative and the genitive a date writes between the year and the day ("1979ko urtarrilaren 7a")
    "basque": ("urtarrila", "otsaila", "martxoa", "apirila", "maiatza", "ekaina", "uztaila", "abuztua", "iraila",
               "urria", "azaroa", "abendua"),
    "basque (genitive)": ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
                          "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"),
    "occitan": ("genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost", "setembre", "octòbre",
                "novembre", "decembre"),
    "occitan (without its accents)": ("genier", "febrier", "", "", "", "", "", "", "", "octobre", "", ""),
    "corsican": ("ghjennaghju", "ferraghju", "marzu", "aprile", "maghju", "ghjugnu", "lugliu", "aostu", "settembre",
                 "ottobre", "nuvembre", "dicembre"),
    "sardinian": ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas", "trìulas", "austu", "cabudanni",
                  "santugaine", "santandria", "nadale"),
    "sardinian (without its accents)": ("ghennargiu", "freargiu", "", "", "", "lampadas", "triulas", "", "", "", "",
                                        ""),
    "friulian": ("zenâr", "fevrâr", "març", "avrîl", "", "jugn", "", "avost", "setembar", "otubar", "novembar",
                 "dicembar"),
    "friulian (without its accents)": ("zenar", "fevrar", "", "avril", "", "", "", "", "", "", "", ""),
    # Upper Sorbian: the nominative and the genitive a date writes ("19. februara 1984")
    "upper sorbian": ("januar", "februar", "měrc", "apryl", "meja", "junij", "julij", "awgust", "september",
                      "oktober", "nowember", "december"),
    "upper sorbian (genitive)": ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta",
                                 "septembra", "oktobra", "nowembra", "decembra"),
    # Esperanto ("la 2-a de aŭgusto 1969")
    "esperanto": ("januaro", "februaro", "marto", "aprilo", "majo", "junio", "julio", "aŭgusto", "septembro",
                  "oktobro", "novembro", "decembro"),
    "esperanto (without its mark)": ("", "", "", "", "", "", "", "augusto", "", "", "", ""),
    # Latin: the genitive after "die" ("die 3 Novembris 1948"), with "i" or "j", and the nominative
    "latin (genitive)": ("ianuarii", "februarii", "martii", "aprilis", "maii", "iunii", "iulii", "augusti",
                         "septembris", "octobris", "novembris", "decembris"),
    "latin (genitive, with j)": ("januarii", "", "", "", "", "junii", "julii", "", "", "", "", ""),
    "latin": ("ianuarius", "februarius", "martius", "", "maius", "iunius", "iulius", "", "", "", "", ""),
    # Haitian Creole, as a Haitian passport or letter writes the month ("6 jen 1969": June); its two-letter May "me"
    # and its August "out" are left out, words of other languages before a year
    "haitian creole": ("janvye", "fevriye", "mas", "avril", "", "jen", "jiyè", "", "septanm", "oktòb", "novanm",
                       "desanm"),
    "haitian creole (without its mark)": ("", "", "", "", "", "", "jiye", "", "", "oktob", "", ""),
    # Samoan ("6 Iuni 1969"); its May "Me" is left out as above
    "samoan": ("ianuari", "fepuari", "mati", "aperila", "", "iuni", "iulai", "aokuso", "setema", "oketopa", "novema",
               "tesema"),
}
