"""The countries an address abroad may end on: a short list the street rules take, and every country of
lexicons/countries.txt with its own spelling and its official long form ("Sultanate of Oman").
"""

from __future__ import annotations

import re
from pathlib import Path

# A country named after an address abroad belongs to it ("..., 70820 Kuopio, Finland").
COUNTRY = (
    r"(?:Spanien|Spain|España|Finland|Suomi|Tyskland|Germany|Deutschland|Norge|Norway|Danmark|Denmark|Island|Iceland|"
    r"Frankrike|France|Italien|Italy|Italia|Portugal|Grekland|Greece|Polen|Poland|Polska|Nederländerna|Holland|"
    r"Netherlands|Belgien|Belgium|Österrike|Austria|Schweiz|Switzerland|Storbritannien|England|Skottland|Scotland|"
    r"Wales|Irland|Ireland|United[ \t]Kingdom|UK|Estland|Estonia|Lettland|Latvia|Litauen|Lithuania|Turkiet|Turkey|"
    r"Kroatien|Croatia|Serbien|Serbia|"
    # a country of two names joined by "and" before its first name alone ("..., Sarajevo, Bosnien och Hercegovina")
    r"Bosnien[ \t]och[ \t]Hercegovina|Bosnien-Hercegovina|Bosnia[ \t]and[ \t]Herzegovina|Bosna[ \t]i[ \t]Hercegovina|"
    r"Trinidad[ \t](?:och|and)[ \t]Tobago|Bosnien|Bosnia|Ungern|Hungary|Tjeckien|Czechia|Rumänien|Romania|România|"
    r"Bulgarien|Bulgaria|Cypern|Cyprus|Thailand|USA|Kanada|Canada|Australien|Australia|"
    # countries people come from or stay in, in Swedish, English and their own language
    r"Irak|Iraq|Iran|Syrien|Syria|Libanon|Lebanon|Jordanien|Jordan|Palestina|Palestine|Israel|Jemen|Yemen|Egypten|Egypt|"
    r"Marocko|Morocco|Tunisien|Tunisia|Algeriet|Algeria|Somalia|Eritrea|Etiopien|Ethiopia|Sudan|Kenya|Uganda|Nigeria|"
    r"Ghana|Afghanistan|Pakistan|Indien|India|Bangladesh|Sri[ \t]Lanka|Kina|China|Vietnam|Filippinerna|Philippines|"
    r"Srbija|Hrvatska|Kosovo|Kosova|Albanien|Albania|Shqipëri|Nordmakedonien|North[ \t]Macedonia|Montenegro|Crna[ \t]Gora|"
    r"Slovenien|Slovenia|Slovenija|Slovakien|Slovakia|Slovensko|Česko|Magyarország|Eesti|Latvija|Lietuva|Ukraina|Ukraine|"
    r"Ryssland|Russia|Belarus|Georgien|Armenien|Armenia|Moldavien|Moldova|Türkiye|Nederland|Belgique|Österreich|"
    r"Luxemburg|Luxembourg|Malta|Chile|Brasilien|Brazil|Argentina|Colombia|Peru|Mexiko|Mexico|Japan|Sverige|"
    # regions named as a country by those who live there
    r"Somaliland|Puntland|Kurdistan|Tigray|"
    # countries by their short forms ("71000 Sarajevo, BiH", "125009 Moskva, RF", "Dubai, UAE")
    r"BiH|RF|UAE|KSA|"
    # and in Cyrillic, as the countries of Eastern Europe and Central Asia write their names
    r"Україна|Россия|Российская[ \t]Федерация|Беларусь|България|Србија|Црна[ \t]Гора|Северна[ \t]Македонија|"
    r"Македонија|Молдова|Казахстан|Қазақстан|Кыргызстан|Тоҷикистон|Ўзбекистон|Монгол[ \t]Улс)"
)

#: Names of lexicons/countries.txt that are also given names or words: no country after an address
#: ("..., 14 Main Street, Chad" ends a clause before a person).
# ("Liban", Lebanon in French, Polish and Romanian, is a Somali given name)
NOT_A_COUNTRY_AFTER = frozenset({"Chad", "Georgia", "America", "Amerika", "Korea", "Britain", "Jordan", "Guinea",
                                 "Liban"})
#: Countries as they write their own names where lexicons/countries.txt spells them otherwise.
_OWN_NAMES = ("Sénégal", "Føroyar", "Kalaallit Nunaat", "O'zbekiston", "Oʻzbekiston", "Qazaqstan", "Türkmenistan",
              "Tojikiston", "Perú", "México", "Panamá", "Brasil", "Éire", "Cymru", "Suisse", "Svizzera", "Sakartvelo",
              "Hayastan", "Azərbaycan", "Shqipëria", "Kosova", "Crna Gora", "Srbija", "Hrvatska", "Polska", "España",
              "Italia", "Deutschland", "Österreich", "Suomi", "Türkiye", "Eesti", "Latvija", "Lietuva", "Česko",
              "România", "Nederland", "België", "Belgique", "Lëtzebuerg", "Magyarország", "Slovensko", "Slovenija",
              "Shqipëri", "Ísland", "Česká republika",
              # French-speaking Africa writes its own names with accents or otherwise ("Cotonou, Bénin")
              "Bénin", "Cameroun", "Guinée", "Maroc", "Algérie", "Tunisie", "Mauritanie", "Égypte", "Haïti",
              # and the Levant in French ("Damas, Syrie"; Lebanon's "Liban" is a given name too: NOT_A_COUNTRY_AFTER)
              "Syrie", "Jordanie",
              # (Cape Verde by the name it has asked for in every language since 2013)
              "Cabo Verde",
              # and in Spanish, Portuguese and Vietnamese, and as Laos writes its name in English
              "República Dominicana", "República Argentina", "República de Chile", "República de Colombia",
              "República del Perú", "República Oriental del Uruguay", "República Federativa do Brasil", "Việt Nam",
              "Lao PDR", "Lao People's Democratic Republic",
              # two names joined by the country's own "and" ("..., 71000 Sarajevo, Bosna i Hercegovina")
              "Bosna i Hercegovina", "São Tomé e Príncipe", "Sao Tome e Principe",
              # short forms ("71000 Sarajevo, BiH") and the names written in Cyrillic ("01033 Київ, Україна")
              "BiH", "RF", "UAE", "KSA", "Україна", "Россия", "Российская Федерация", "Беларусь", "България", "Србија",
              "Црна Гора", "Северна Македонија", "Македонија", "Молдова", "Казахстан", "Қазақстан", "Кыргызстан",
              "Тоҷикистон", "Ўзбекистон", "Монгол Улс")


def any_country(official: bool = True) -> str:
    """Every country of lexicons/countries.txt and its own spelling, as one pattern (longest name first); with
    ``official`` its official long form too ("Sultanate of Oman")."""
    lexicon = Path(__file__).with_name("lexicons") / "countries.txt"
    names = {line.split("#", 1)[0].strip() for line in lexicon.read_text(encoding="utf-8").splitlines()}
    names = (names | set(_OWN_NAMES)) - NOT_A_COUNTRY_AFTER - {""}
    # a space in a name may be a tab in the text, and must hold in patterns compiled VERBOSE
    listed = "|".join(re.escape(n).replace("\\ ", "[ \\t]") for n in sorted(names, key=lambda n: (-len(n), n)))
    # a country's official long form: "Sultanate of Oman", "Kingdom of Morocco", "Islamic Republic of Iran"
    return f"(?:{_OFFICIAL_FORM})?(?:{listed})" if official else f"(?:{listed})"


_OFFICIAL_FORM = (r"(?:the[ \t])?(?:(?:Federal|Islamic|Democratic|People's|Arab|Socialist|United|Hashemite|"
                  r"Plurinational|Bolivarian|Cooperative|Co-operative|Independent|Grand)[ \t])*"
                  r"(?:Sultanate|Kingdom|Republic|State|Emirate|Principality|Commonwealth|Federation|Duchy)[ \t]of"
                  r"[ \t](?:the[ \t])?")


#: Any country, for the one after a whole address abroad ("..., 10000 Prishtinë, Kosovo"); ``COUNTRY`` above is
#: the shorter list the street rules end on and the growth rules never take as a town.
ANY_COUNTRY = any_country()
