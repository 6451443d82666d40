"""The words a letter or a mail opens and closes with, in Swedish and in the languages people write to Swedish
authorities in: the greetings a given name follows ("Hej", "Dear", "Merhaba", "Salaam", "Cześć") and the closings
a signature stands under ("Hälsningar", "Kind regards", "Pozdrawiam", "Saygılarımla").

Source: written by the project from its own knowledge of the languages (Swedish, the Nordic languages, Finnish,
English, German, Dutch, French, Spanish, Italian, Portuguese, Polish, Bosnian/Croatian/Serbian, Albanian, Romanian,
Hungarian, Estonian, Greek, Russian and Ukrainian, Turkish, Kurdish, Arabic, Persian and Somali in Latin letters,
Tigrinya and Amharic in Latin letters); the English and other closings of ``foreign_words.CLOSINGS`` and its
greetings are taken in too. No list was copied.
"""

from __future__ import annotations

import re

from redact.detect.foreign_words import CLOSINGS, GREETINGS

# Greetings a given name follows on the line ("Hej Eylül!", "Dear Wanjiru,"), lowercase; words that are also a
# Swedish word a capitalised word follows at a line's start ("Bok", "Droga") are left out.
_GREETINGS = GREETINGS - {"attn", "attention"} | {
    # Swedish, Norwegian, Danish, Icelandic
    "hej", "hejsan", "hejhej", "hej hej", "hallå", "hallå där", "tjena", "tjenare", "tja", "morsning", "kära", "käre",
    "bästa", "god morgon", "godmorgon", "goddag", "god dag", "hei", "hallo", "kjære", "kære", "sæl", "sæll", "halló",
    # English
    "hey there", "dearest", "good morning", "good afternoon", "good evening", "greetings",
    # Finnish, Estonian, Hungarian
    "moi", "moikka", "terve", "hyvä", "rakas", "tere", "szia", "sziasztok", "kedves",
    # German, Dutch
    "moin", "servus", "guten tag", "guten morgen", "liebe", "lieber", "hoi", "beste",
    # French, Spanish, Italian, Portuguese, Romanian
    "salut", "coucou", "cher", "chère", "querido", "querida", "estimado", "estimada", "buenos días", "buenas",
    "ciao", "caro", "cara", "buongiorno", "olá", "oi", "bom dia", "prezado", "prezada", "bună", "dragă",
    # Polish, Bosnian/Croatian/Serbian, Russian and Ukrainian, Greek, Albanian
    "cześć", "witam", "witaj", "drogi", "droga", "dzień dobry", "zdravo", "ćao", "cao", "dragi", "draga",
    "poštovani", "poštovana", "dobar dan", "pozdrav", "privet", "zdravstvuyte", "dobryy den", "pryvit", "yassou",
    "geia sou", "geia", "përshëndetje", "tungjatjeta", "tung", "i dashur", "e dashur",
    # Turkish, Kurdish, Arabic, Persian, Somali, Tigrinya and Amharic in Latin letters
    "merhaba", "selam", "selamlar", "sevgili", "sayın", "silav", "rojbaş", "salam", "salaam", "salām", "salam alaikum",
    "salaam alaikum", "assalamu alaikum", "as-salamu alaykum", "marhaba", "ahlan", "habibi", "dorood", "dorud",
    "salaan", "haye", "iska warran", "selam new", "tena yistilign", "kemey",
} - {"droga"}
# Closings a signature stands under on the next line ("Hälsningar" / "Drilon"), lowercase.
_CLOSINGS = CLOSINGS | {
    # Swedish, Norwegian, Danish
    "hälsning", "med vänliga hälsningar", "med bästa hälsningar", "bästa hälsningar", "varma hälsningar",
    "många hälsningar", "hälsningar från", "vänlig hälsning", "vh", "mvh", "kram", "kramar", "stor kram", "tack",
    "tack på förhand", "tack så mycket", "tusen tack", "vi hörs", "vi ses", "hilsen", "hilsener", "mange hilsener",
    "beste hilsen", "venlig hilsen", "kærlig hilsen",
    # English
    "yours", "warm wishes", "kindest regards", "best wishes", "take care", "love", "with thanks", "thanks again",
    "thank you very much",
    # Finnish, Estonian, Hungarian
    "terveisin", "terkuin", "kiitos", "lugupidamisega", "parimate soovidega", "tervitades", "üdvözlettel",
    # German, Dutch
    "mit freundlichen grüssen", "liebe grüße", "liebe grüsse", "herzliche grüße", "beste grüße", "grüße", "mfg",
    "lg", "met vriendelijke groet", "groeten", "hartelijke groet",
    # French, Spanish, Italian, Portuguese, Romanian
    "salutations", "bien à vous", "amitiés", "bisous", "merci", "un abrazo", "abrazos", "besos", "saludos cordiales",
    "gracias", "cordiali saluti", "saluti", "grazie", "atenciosamente", "abraços", "cumprimentos", "obrigado",
    "obrigada", "cu stimă", "cu drag", "mulțumesc",
    # Polish, Bosnian/Croatian/Serbian, Russian and Ukrainian, Greek, Albanian
    "pozdrawiam", "z poważaniem", "pozdrowienia", "serdecznie pozdrawiam", "dziękuję", "pozdrav", "pozdravi",
    "srdačan pozdrav", "lijep pozdrav", "lep pozdrav", "hvala", "s poštovanjem", "spasibo", "s uvazheniyem",
    "me respekt", "faleminderit", "me përshëndetje", "me fat",
    # Turkish, Kurdish, Arabic, Persian, Somali in Latin letters
    "saygılarımla", "saygılar", "sevgiler", "teşekkürler", "iyi günler", "spas", "silav û rêz", "shukran",
    "ma'a salama", "maa salama", "ma'assalama", "ba sepas", "ba tashakor", "mersi", "mahadsanid", "nabad gelyo",
}


def _alternation(words: frozenset[str] | set[str]) -> str:
    """The words as one alternation, longest first, a space inside one standing for any run of blanks."""
    return "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=lambda w: (-len(w), w)))


GREETING_WORDS = _alternation(_GREETINGS)
CLOSING_WORDS = _alternation(_CLOSINGS)


def greeting_or_closing(word: str) -> bool:
    """True for a greeting or a closing of one word ("Pozdrawiam", "Hej"), which opens or closes, and names no one."""
    return word.lower() in _GREETINGS or word.lower() in _CLOSINGS
