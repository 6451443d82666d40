"""Words of other languages that stand in a person's place but are no name: kin nouns and personal pronouns.

A letter from a relative quoted in its own language opens its sentences with "my mother" and "I": the Czech
"Maminka dříve bydlela …", the Mongolian "Ээжийн автобус" ("mother's bus") and "Би төрсөн" ("I was born"). On a page
the Swedish rules hold for, a short foreign stretch is read with them, and the name model calls such a capitalised
word a person. It is the relation or the writer, never the name: the name is masked where the text gives it.

The kin nouns are the parents, children, siblings, grandparents and spouses of the languages the documents quote
most, in their base form, the forms of endearment a letter uses, and (in Mongolian, which writes its cases as endings)
with a case ending. A word the name lists hold ("Anne", "Ema", "Isa") is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from redact.types import Finding

KIN = frozenset((
    # Czech, Slovak
    "matka maminka mamka máma mamička otec tatínek taťka táta tatko ocko syn synek dcera dcerka dcéra bratr brat "
    "sestra babička dědeček dedko manžel manželka "
    # Polish
    "mama mamusia tata tatuś ojciec córka córeczka siostra babcia dziadek "
    # Bosnian, Croatian, Serbian (both scripts), Slovene
    "majka otac ćerka kćerka kći sin sestra baka deda djed suprug supruga "
    "мајка мама отац тата син ћерка кћерка брат сестра бака деда супруг супруга "
    # Russian, Ukrainian, Bulgarian, Belarusian
    "мать матушка мамочка папа батюшка сын дочь дочка донька мати матір батько тато бабушка бабуся дедушка дідусь "
    "майка баща дъщеря баба дядо "
    # Mongolian
    "ээж аав хүү охин ах эгч эмээ өвөө нөхөр эхнэр "
    # Lithuanian, Latvian, Estonian, Finnish, Hungarian
    "mamytė motina tėtis tėvas sūnus dukra brolis sesuo močiutė senelis māte mamma tēvs dēls meita brālis māsa "
    "tütar poeg äiti isä tytär mummo anyu anyuka apu apuka "
    # Romanian, Greek, Turkish
    "mamă mămica tată fiica fiul μητέρα μαμά πατέρας μπαμπάς γιος κόρη annem babam anneciğim "
    # Spanish, Italian, Portuguese, French, Dutch, German
    "mamá papá madre padre hijo hija abuela abuelo mamma papà figlio figlia nonna nonno mãe pai filho filha avó avô "
    "maman papa mère père moeder vader mama zoon dochter mutter vater sohn tochter oma opa "
    # Maltese (the possessive joined to the noun: "ommi", my mother; "missieri", my father), Luxembourgish
    "omm ommi missier missieri iben ibni binti oħti ħija nanna nannu mamm papp bomi bopi"
).split())

# the personal pronouns, capitalised where they open a sentence ("Би төрсөн", "Я родилась", "Ja sam rođena")
PRONOUNS = frozenset((
    "я ты он она оно мы вы они ја ти ми ви аз той тя ние вие те він вона ми ви вони "  # Cyrillic
    "би чи тэр бид та тэд "  # Mongolian
    "ja ty my wy oni ona ono já vy jaz mi vi aš tu jis ji mes jūs es jūs "  # Polish, Czech, Serbian, Lithuanian
    "jien jiena inti aħna intom "  # Maltese ("Jien twelidt …", I was born; no "Hu" or "Huma", names too)
    "εγώ εσύ εμείς εσείς"  # Greek
).split())

# Mongolian case endings on a kin noun ("ээжийн", mother's; "аавтай", with father; "ээжид", to mother)
_CASE_ENDINGS = ("ийн", "ын", "ий", "ийг", "ыг", "ид", "д", "аас", "ээс", "оос", "тай", "тэй", "той")


def foreign_person_word(word: str) -> bool:
    """Whether ``word`` is a kin noun or a personal pronoun of another language (with a Mongolian case ending)."""
    low = word.lower()
    return (low in KIN or low in PRONOUNS
            or any(low.endswith(e) and low[:-len(e)] in KIN for e in _CASE_ENDINGS if len(low) > len(e) + 1))


def is_foreign_person_word(f: Finding, is_name: Callable[[str], bool]) -> bool:
    """A one-word PERSON finding that is such a word and no listed name."""
    if f.category != "PERSON":
        return False
    word = f.text.strip().strip(".,:;!?")
    # (capitals are initials: "ES" is a nurse's, not the Latvian "es")
    return (" " not in word and word[:1].isupper() and not (len(word) > 1 and word.isupper())
            and foreign_person_word(word) and not is_name(word))
