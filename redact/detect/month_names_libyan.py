"""The month names Libya gave the Gregorian months from 1978 to 2011, as Libyan passports, family books and birth
certificates of those years print them, in the Latin spellings a clerk copies them with ("15 Hannibal 1988" is
15 August 1988, "7 al-Sayf 1987" 7 June 1987).

Source: typed by the project from the calendar itself (each month's name and the common transliterations of its
Arabic article: "al-", "as-", "at-", "an-", "ar-"); no list was downloaded or copied. August's "Hannibal" and July's
"Nasser" are given names too: the birth rules read them as months only between a day and a year, and a listed name
stays a name everywhere else (``month_words``); their spellings no name list holds ("Hanibal", "Nassir") are left out,
so that a man of that name in a foreign sentence is not read as a month.
"""

from __future__ import annotations

#: the Libyan months, January first; each month's spellings as separate forms (one tuple a spelling)
LIBYAN_MONTHS: dict[str, tuple[str, ...]] = {
    "libyan (transliterated)": ("ayn an-nar", "an-nuwwar", "ar-rabi", "at-tayr", "al-ma", "as-sayf", "nasir",
                                "hannibal", "al-fatih", "at-tumur", "al-harth", "al-kanun"),
    "libyan (the article as al-)": ("ayn al-nar", "al-nuwwar", "al-rabi", "al-tayr", "al-maa", "al-sayf", "nasser",
                                    "", "al-fateh", "al-tumur", "al-hart", "al-kanoun"),
    "libyan (other spellings)": ("ai an-nar", "al-nawar", "ar-rabi'", "at-tair", "al-ma'", "as-saif", "naser", "",
                                 "el-fateh", "at-tumour", "al-hareth", "al-kanoon"),
    "libyan (other spellings, the article as al-)": ("ayy an-nar", "an-nawwar", "al-rabi'", "al-tair", "", "al-saif",
                                                     "", "", "al-fatah", "al-tumour", "", "al-kanoon"),
}


#: the months' spellings that are given names too: read as months only between a day and a year, never as a word
#: that names no one where a given name stands (``place_keep_words``)
GIVEN_NAME_MONTHS = frozenset({"nasir", "nasser", "naser", "hannibal"})
