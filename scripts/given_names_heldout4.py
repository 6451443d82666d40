"""Given names of the origins common in Sweden, the fourth held-out half of ``check_given_names.py`` (never tuned on).

Eleven given names per origin (the origins of ``given_names_samples``, in its order), about half women's and half
men's, common and less common ones, as people of that origin living in Sweden carry them (the Latin script and
diacritics of the Swedish population register; the usual Swedish transliteration for other scripts). Written blind
by the project from general knowledge of the naming customs of each origin (names are facts): no list was copied,
none of leaked or unclear origin and no names dataset was used, and none was taken from a document or an evaluation
set. No name stands in the tuned half's list of its origin; none is also an ordinary Swedish or English word; none
was chosen for a famous living person. One given name an entry (a double name with its hyphen), no family names.

The names are set in ten places of this half's own (``FRAMES``), other than the six frames of
``check_given_names.FRAMES`` and the tuned half's ``MORE_FRAMES``: a given name after "att" in a clause, as the
subject of a question, in apposition between commas, as the agent after "av", as a vocative inside a sentence, at an
item's start in minutes, as the speaker after a quotation, after "hos", after "Både" and as an English verb's
object. ``KEEP`` holds twenty ordinary words at the same places that must stay readable. This half is blind: never
mend the lists or rules from its misses, and never run it with ``-v``.
"""

from __future__ import annotations

GIVEN_NAMES: dict[str, list[str]] = {
    "Swedish": [
        "Gunilla", "Ulrika", "Elin", "Signe", "Maj-Britt", "Bengt", "Torsten", "Åke", "Leif", "Vilgot", "Ulf",
    ],
    "Finnish": [
        "Tuulikki", "Ritva", "Sirpa", "Merja", "Helmi", "Eila", "Raimo", "Seppo", "Pertti", "Ilkka", "Tuomas",
    ],
    "Sámi": [
        "Ravna", "Kirste", "Ánná", "Elle-Márjá", "Ellen", "Áilu", "Jovsset", "Sámmol", "Nils-Henrik", "Mikkel",
        "Pávval",
    ],
    "Norwegian and Danish": [
        "Hege", "Trine", "Bodil", "Birthe", "Pernille", "Gunnhild", "Geir", "Frode", "Asbjørn", "Mads", "Torstein",
    ],
    "Icelandic": [
        "Margrét", "Steinunn", "Hrafnhildur", "Bryndís", "Eyrún", "Unnur", "Halldór", "Bjarni", "Egill",
        "Þorsteinn", "Ragnar",
    ],
    "Estonian": [
        "Merike", "Reet", "Külli", "Tiiu", "Helju", "Anu", "Margus", "Urmas", "Indrek", "Aivar", "Tiit",
    ],
    "Latvian and Lithuanian": [
        "Zane", "Baiba", "Dzintra", "Giedrė", "Daiva", "Indrė", "Guntis", "Uldis", "Raimonds", "Žilvinas", "Saulius",
    ],
    "Polish": [
        "Bożena", "Grażyna", "Urszula", "Jadwiga", "Ewelina", "Halina", "Andrzej", "Zbigniew", "Przemysław",
        "Bartosz", "Dariusz",
    ],
    "Russian and Ukrainian": [
        "Julija", "Larisa", "Jekaterina", "Nadezjda", "Halyna", "Tamara", "Aleksej", "Jevgenij", "Bohdan", "Taras",
        "Vitalij",
    ],
    "Bosnian, Croatian and Serbian": [
        "Sanela", "Ajla", "Gordana", "Mirjana", "Ljiljana", "Elma", "Senad", "Elvir", "Damir", "Dušan", "Tomislav",
    ],
    "Albanian": [
        "Blerta", "Donika", "Fitore", "Qëndresa", "Edona", "Lumturije", "Gëzim", "Blerim", "Fisnik", "Arianit",
        "Shkëlzen",
    ],
    "Romanian": [
        "Georgiana", "Loredana", "Nicoleta", "Mădălina", "Alina", "Luminița", "Răzvan", "Ciprian", "Ovidiu",
        "Dumitru", "Marius",
    ],
    "Greek": [
        "Angeliki", "Panagiota", "Stavroula", "Eirini", "Fotini", "Argyro", "Apostolos", "Charalampos", "Manolis",
        "Sotiris", "Evangelos",
    ],
    "Hungarian": [
        "Enikő", "Tünde", "Orsolya", "Boglárka", "Hajnalka", "Noémi", "József", "Imre", "Lajos", "Miklós", "Levente",
    ],
    "German and Dutch": [
        "Renate", "Hildegard", "Annegret", "Marieke", "Anouk", "Ilse", "Helmut", "Jörg", "Rainer", "Wouter", "Jeroen",
    ],
    "English and Irish": [
        "Jessica", "Eleanor", "Sinéad", "Orla", "Deirdre", "Gráinne", "Edward", "Gareth", "Ciarán", "Eoin", "Fergus",
    ],
    "French": [
        "Sandrine", "Séverine", "Mathilde", "Geneviève", "Hélène", "Véronique", "Thierry", "Jérôme", "Frédéric",
        "Cédric", "Baptiste",
    ],
    "Spanish and Latin American": [
        "Marisol", "Yolanda", "Verónica", "Milagros", "Consuelo", "Maite", "Álvaro", "Gonzalo", "Héctor", "Ignacio",
        "Raúl",
    ],
    "Portuguese and Brazilian": [
        "Conceição", "Letícia", "Inês", "Luíza", "Aparecida", "Patrícia", "Henrique", "Vinícius", "Rogério", "Nuno",
        "Duarte",
    ],
    "Italian": [
        "Ilaria", "Valeria", "Beatrice", "Raffaella", "Concetta", "Ornella", "Vincenzo", "Pasquale", "Fabrizio",
        "Emanuele", "Massimo",
    ],
    "Turkish": [
        "Fatma", "Merve", "Büşra", "Sibel", "Songül", "Nurten", "İbrahim", "Ömer", "Barış", "Gökhan", "Tolga",
    ],
    "Kurdish": [
        "Rojîn", "Evîn", "Helîn", "Delal", "Viyan", "Nûjîn", "Serhat", "Berzan", "Karwan", "Agit", "Rêzan",
    ],
    "Arabic (Iraq, Syria, Lebanon, Palestine)": [
        "Zainab", "Hanan", "Ghada", "Samar", "Reem", "Duaa", "Hassan", "Bilal", "Wissam", "Samer", "Yazan",
    ],
    "Assyrian and Syriac": [
        "Atra", "Nisane", "Ashurina", "Aziza", "Shmuni", "Lahdo", "Danho", "Barsom", "Shamoun", "Aday", "Abrohom",
    ],
    "Persian": [
        "Sepideh", "Azadeh", "Niloufar", "Bahareh", "Mandana", "Golnar", "Navid", "Siavash", "Dariush", "Peyman",
        "Farzad",
    ],
    "Afghan (Dari and Pashto)": [
        "Parwana", "Zakia", "Frozan", "Sediqa", "Latifa", "Wazhma", "Mirwais", "Ajmal", "Samiullah", "Qais", "Mansoor",
    ],
    "Somali": [
        "Ubah", "Maryan", "Khadra", "Sacdiya", "Filsan", "Istahil", "Abdiaziz", "Warsame", "Abdikarim", "Mukhtar",
        "Cumar",
    ],
    "Eritrean and Ethiopian": [
        "Almaz", "Feven", "Semhar", "Tsega", "Yodit", "Mebrat", "Amanuel", "Habtom", "Goitom", "Ermias", "Natnael",
    ],
    "West African": [
        "Isatou", "Akosua", "Nkechi", "Oumou", "Folake", "Adaeze", "Abdoulaye", "Boubacar", "Ebrima", "Kwabena",
        "Obinna",
    ],
    "East African": [
        "Njeri", "Atieno", "Wairimu", "Nafula", "Mwajuma", "Nasimiyu", "Mwangi", "Ochieng", "Njoroge", "Okello",
        "Kiprono",
    ],
    "Thai": [
        "Sunisa", "Wilaiwan", "Saowalak", "Jiraporn", "Nongluck", "Sasithorn", "Narong", "Somboon", "Thawatchai",
        "Anucha", "Kriangkrai",
    ],
    "Vietnamese": [
        "Nhung", "Yến", "Hiền", "Quyên", "Oanh", "Tuyết", "Huy", "Cường", "Khánh", "Hiếu", "Toàn",
    ],
    "Chinese (pinyin)": [
        "Xiaohong", "Lijuan", "Xiuying", "Yuxin", "Hongmei", "Wenjing", "Zhiqiang", "Jianhua", "Yifan", "Zihao",
        "Junjie",
    ],
    "Filipino": [
        "Mylene", "Lorna", "Maribel", "Marilou", "Jovelyn", "Arlene", "Rolando", "Nestor", "Virgilio", "Jayson",
        "Edgardo",
    ],
    "Indian, Pakistani and Bangladeshi": [
        "Divya", "Shreya", "Meena", "Shazia", "Taslima", "Jaspreet", "Manoj", "Rohit", "Waqas", "Zubair", "Mizanur",
    ],
    "Sri Lankan (Tamil and Sinhala)": [
        "Dilrukshi", "Nadeesha", "Piumi", "Keerthana", "Abirami", "Jeyanthi", "Lahiru", "Sampath", "Thilina",
        "Senthil", "Niroshan",
    ],
    "Korean and Japanese": [
        "Sunhee", "Mijin", "Hyunjoo", "Megumi", "Tomoko", "Chiharu", "Sungmin", "Minsoo", "Sangwoo", "Yusuke",
        "Ryota",
    ],
    "Roma": [
        "Sevdija", "Zumreta", "Šemsa", "Hajrija", "Tinka", "Florika", "Šaban", "Redžep", "Sabit", "Nedžat", "Jovan",
    ],
}

# The ten places of this half where a given name stands alone (written by the project, like the names); {name} is
# the counted field. Nothing before the name says that a name follows.
FRAMES = {
    "att": "Mentorn berättade att {name} har varit frånvarande tre dagar den här veckan.",
    "question": "Kan {name} komma på ett extra möte på onsdag eftermiddag?",
    "apposit": "Den nya elevassistenten i klassen, {name}, börjar efter höstlovet.",
    "agent": "Anmälan gjordes av {name} via kommunens e-tjänst.",
    "vocative": "Tack för samtalet i går, {name}, vi hörs igen efter semestern.",
    "minutes": "§ 14\n{name} informerar om budgetläget inför hösten.",
    "quote": "– Jag vill gärna bo kvar i lägenheten, säger {name} vid hembesöket.",
    "hos": "Vid hembesöket hos {name} var lägenheten städad och i ordning.",
    "both": "Både {name} och syskonen har fått plats på fritidshemmet.",
    "en_ask": "Could you please ask {name} to send the certificate before Friday?",
}

# Ordinary words at the same places that must stay readable: (text, the part that must not be masked). Offices and
# units, a group greeted, a weekday and a month, common nouns and a place's name as an organisation's.
KEEP = [
    ("Mentorn berättade att Skolverket har ändrat reglerna för frånvaro.", "Skolverket"),
    ("Rektorn berättade att Fritids har stängt under höstlovet.", "Fritids"),
    ("Kan Socialtjänsten komma på ett extra möte på onsdag eftermiddag?", "Socialtjänsten"),
    ("Kan Fastighetsägaren komma på ett extra möte på onsdag?", "Fastighetsägaren"),
    ("Den nya enheten i förvaltningen, Mottagningsenheten, börjar efter höstlovet.", "Mottagningsenheten"),
    ("Den nya förskolan i området, Solgläntan, öppnar efter höstlovet.", "Solgläntan"),
    ("Anmälan gjordes av Skolan via kommunens e-tjänst.", "Skolan"),
    ("Anmälan gjordes av Arbetsgivaren via e-tjänsten.", "Arbetsgivaren"),
    ("Tack för samtalet i går, allihop, vi hörs igen efter semestern.", "allihop"),
    ("Tack för en fin termin, kära Föräldrar, vi ses igen i augusti.", "Föräldrar"),
    ("§ 14\nFörvaltningen informerar om budgetläget inför hösten.", "Förvaltningen"),
    ("§ 15\nEkonomichefen informerar om utfallet för augusti.", "Ekonomichefen"),
    ("§ 16\nOktober månads rapport läggs till handlingarna.", "Oktober"),
    ("§ 17\nMåndag den 12 maj hålls ett extra sammanträde.", "Måndag"),
    ("– Vi ser ett ökat behov av stöd, säger Räddningstjänsten i ett pressmeddelande.", "Räddningstjänsten"),
    ("– Vi öppnar igen i januari, säger Biblioteket på sin webbplats.", "Biblioteket"),
    ("Vid besöket hos Tandvården fanns inga anmärkningar.", "Tandvården"),
    ("Vid tillsynen hos Eksjö Energi fanns inga brister.", "Eksjö Energi"),
    ("Både Polisen och Socialtjänsten har fått kännedom om oron.", "Polisen"),
    ("Could you please ask Customer Service to send the certificate before Friday?", "Customer Service"),
]
