"""Words of other languages that a letter quoted in a Swedish document writes beside a person's data, read as a name.

A relative named by a possessive and a kinship noun ("Mein Bruder wohnte …", "my brother", "mon frère", "мій брат"):
the relation, no one's name, the possessive read alone too ("Moj" of "Moj otac je …"). A contact label of another language right before its number ("Handy 070-…",
"điện thoại 076-…"), and a country's identity code's label before its number ("T.C. Kimlik No 1044…"). The Irish
word for month before a month's name ("i mí na Samhna"). A mail's subject label in another language and the unlisted
word that opens the subject ("Tiêu đề: Răng giả …", "Тема: Урна мого батька"). The Urdu "my" opening a sentence of
romanised Urdu ("Meri tareekh-e-paidaish …", see romanised_urdu_words). And a word in small letters of a script
or a language whose names are capitalised, Cyrillic or Vietnamese ("до", "từ"): a preposition, no name.
"""

from __future__ import annotations

import re

from redact.detect.romanised_urdu_words import romanised_urdu_possessive

# possessives of the first and third person before a kinship noun, in German, English, French, Spanish, Italian,
# Portuguese, Polish, Ukrainian, Russian and the South Slavic languages in Latin letters
_POSSESSIVE = (r"mein|meine|meinen|meinem|meiner|sein|seine|ihr|ihre|unser|unsere|my|his|her|our|mon|ma|mes|son|sa|"
               r"notre|mi|mis|su|sus|nuestro|nuestra|mio|mia|il[ \t]+mio|la[ \t]+mia|meu|minha|mój|moja|mojego|mojej|"
               r"мій|моя|мого|моєї|мой|моего|моей|наш|наша|moj|mog|mojeg|moje|mojoj|moju|naš|naša")
_KIN = (r"bruder|schwester|vater|mutter|sohn|tochter|onkel|tante|opa|oma|großvater|großmutter|mann|frau|ehemann|"
        r"ehefrau|eltern|brother|sister|father|mother|son|daughter|uncle|aunt|husband|wife|grandfather|grandmother|"
        r"parents|frère|sœur|soeur|père|mère|fils|fille|oncle|mari|femme|hermano|hermana|padre|madre|hijo|hija|tío|tía|"
        r"esposo|esposa|abuelo|abuela|fratello|sorella|irmão|irmã|pai|mãe|filho|filha|brat|siostra|ojciec|matka|syn|"
        r"córka|брат|сестра|батько|батька|мати|син|донька|отец|мать|сын|дочь"
        r"|otac|oca|majka|majke|majku|sinu|kći|kćerka|ćerka|brata|sestru|sestre|muž|muža|supruga|suprug|djed|djeda"
        r"|baka|baku|bake")
_KIN_PHRASE = re.compile(rf"(?i:{_POSSESSIVE})[ \t]+(?i:{_KIN})[,:.]?")
# the possessive read alone as a name ("Moj" of "Moj otac je …"): its kinship noun right after it, in small letters
_POSSESSIVE_WORD = re.compile(rf"(?i:{_POSSESSIVE})")
_KIN_AFTER = re.compile(rf"[ \t]+(?:{_KIN})(?![\w])")
# a contact's label right before its number ("Handy 070-441 07 04", "Tel. +49 …")
_CONTACT_LABEL = re.compile(r"(?i:handy|mobil|mobile|mobiltelefon|telefon|telefono|teléfono|téléphone|tel\.?|tél\.?|"
                            r"celular|cellulare|móvil|movil|portable|telefone|телефон|điện[ \t]+thoại)")
_NUMBER_AFTER = re.compile(r"[ \t]*:?[ \t]*[+(]?\d")
# a mail's subject label in another language ("Betreff:", "Objet :", "Asunto:", "Тема:", "Tiêu đề:")
# (and the Irish "Ábhar:", the English "Subject:", the Hungarian "Tárgy:", the Czech "Předmět:", the Romanian
# "Subiect:"; the Lithuanian and South Slavic "Tema:", the Latvian "Tēma:", the Estonian "Teema:", the Slovak
# "Predmet:", the Icelandic "Efni:", the Greek "Θέμα:", the Albanian "Subjekti:", the Indonesian "Perihal:" and the
# Vietnamese "Chủ đề:" beside "Tiêu đề:", as ``subject_lines`` knows them)
_SUBJECT_LABEL = (r"(?:Betreff|Objet|Asunto|Oggetto|Assunto|Temat|Konu|Onderwerp|Тема|Tiêu[ \t]+đề|Aihe|Emne|Ábhar|"
                  r"Subject|Tárgy|Předmět|Subiect|Tema|Tēma|Temats|Teema|Predmet|Efni|Θέμα|Subjekti|Perihal|"
                  r"Chủ[ \t]+đề)"
                  r"[ \t]*:[ \t]*")
_SUBJECT_BEFORE = re.compile(rf"{_SUBJECT_LABEL}$")
# the first word of a Vietnamese label of two, read as a name
_SUBJECT_WORD = re.compile(r"(?:Tiêu|Chủ)(?=[ \t]+đề[ \t]*:)")
# small letters of Cyrillic or of Vietnamese's own marks: a word no name is written as
_CYRILLIC_SMALL = re.compile(r"[а-яёіїєґ]+[,.:;]?")
_VIETNAMESE_SMALL = re.compile(r"(?=[a-zđ]*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ])[a-zàáãèéìíòóõùúýăâđêôơư"
                               r"ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+[,.:;]?")


# the number after a label, its sign before it perhaps ("No 2944…", "nr 7803…")
_NUMBER_SIGN_AFTER = re.compile(r"(?:[ \t]+(No|Nr|nr|no)\.?)?[ \t]*:?[ \t]*[+(]?\d")
# the Irish word for month, with its article, before the month's name in the genitive ("i mí na Samhna", "mí Iúil")
_MONTH_WORD_BEFORE = re.compile(r"(?<![\w-])[Mm]í(?:[ \t]+na)?[ \t]+$")


def after_subject_label(text: str, start: int) -> bool:
    """True when a mail's subject label of any language ends right before ``start`` ("Subject: …", "Betreff: …")."""
    return _SUBJECT_BEFORE.search(text[max(0, start - 16):start]) is not None


def foreign_word_beside_item(span: str, text: str, start: int | None, end: int | None) -> bool:
    """True for a proposed name that is another language's word beside a person's data (see the module docstring)."""
    from redact.detect.identity_code_labels import names_identity_code
    from redact.detect.name_words import no_listed_name

    t = span.strip()
    if not t:
        return False
    if _KIN_PHRASE.fullmatch(t):
        return True
    if end is not None and _POSSESSIVE_WORD.fullmatch(t) and _KIN_AFTER.match(text, end):
        from redact.detect.name_words import F, X, classify_word, load_lexicons

        # (a given name before a noun, "Mia brat Luka", stays a name)
        return classify_word(t, load_lexicons()) not in (F, X)
    if " " not in t and (_CYRILLIC_SMALL.fullmatch(t) or _VIETNAMESE_SMALL.fullmatch(t)):
        return True
    if romanised_urdu_possessive(t, text, start, end):
        return True  # "Meri tareekh-e-paidaish …": the Urdu "my" opening a sentence of romanised Urdu
    if end is not None and _CONTACT_LABEL.fullmatch(t) and _NUMBER_AFTER.match(text, end):
        return True
    if (end is not None and (n := _NUMBER_SIGN_AFTER.match(text, end))
            and names_identity_code(f"{t} {n.group(1) or ''}")):
        return True  # "T.C. Kimlik No 1044…", "PESEL 7803…": a country's identity code's label before its number
    if start is not None and " " not in t and _MONTH_WORD_BEFORE.search(text, max(0, start - 8), start):
        return True  # "i mí na Samhna": the month after the Irish word for month
    if start is not None and t in ("Tiêu", "Chủ") and _SUBJECT_WORD.match(text, start):
        return True
    if start is not None and " " not in t and _SUBJECT_BEFORE.search(text[max(0, start - 16):start]):
        return no_listed_name(t.strip(",.:;"))
    return False
