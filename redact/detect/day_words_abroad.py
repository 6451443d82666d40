"""The day of a date written in words, as a letter or a statement in Spanish, Portuguese, Italian, French or English
writes it ("cuatro de mayo de 1966", "vinte e um de março de 1980", "le vingt et un mai 1975", "the fourth of May
1966"): each word and the day it names. Read by ``redact.detect.date_of_birth_abroad`` before a month's name."""

from __future__ import annotations

import re

_WORDS = {
    "spanish": ("uno primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
                "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
                "veintiocho", "veintinueve", "treinta", "treinta_y_uno"),
    "portuguese": ("um primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
                   "doze", "treze", "catorze quatorze", "quinze", "dezesseis dezasseis", "dezessete dezassete",
                   "dezoito", "dezenove dezanove", "vinte", "vinte_e_um", "vinte_e_dois", "vinte_e_três",
                   "vinte_e_quatro", "vinte_e_cinco", "vinte_e_seis", "vinte_e_sete", "vinte_e_oito", "vinte_e_nove",
                   "trinta", "trinta_e_um"),
    "italian": ("primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
                "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove",
                "venti", "ventuno", "ventidue", "ventitré ventitre", "ventiquattro", "venticinque", "ventisei",
                "ventisette", "ventotto", "ventinove", "trenta", "trentuno"),
    "french": ("premier un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
               "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt_et_un",
               "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit",
               "vingt-neuf", "trente", "trente_et_un"),
    "english": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
                "thirtieth", "thirty-first"),
}


def _days() -> dict[str, int]:
    out: dict[str, int] = {}
    for days in _WORDS.values():
        for n, words in enumerate(days, 1):
            for w in words.split():
                out.setdefault(w.replace("_", " "), n)
    return out


#: each day's word, lowercase, and the day it names ("cuatro" -> 4, "vinte e um" -> 21)
DAY_WORDS = _days()
#: the words as a pattern, longest first, their spaces any run of blanks ("treinta y uno" before "treinta")
DAY_WORD = "|".join(r"[ \t]+".join(re.escape(p) for p in w.split(" "))
                    for w in sorted(DAY_WORDS, key=len, reverse=True))


def day_of(words: str) -> int:
    """The day a day's words name ("Cuatro" -> 4, "vingt et un" -> 21)."""
    return DAY_WORDS[" ".join(words.lower().split())]
