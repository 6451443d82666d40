"""Given names of the origins common in Sweden, the third held-out half of ``check_given_names.py`` (never tuned on).

Eleven given names per origin (the same 38 origins as the tuned half, ``given_names_samples``), about half women's
and half men's, in the spellings people of that origin living in Sweden carry them (the Latin script and diacritics
of the Swedish population register). Written by the project from general knowledge of common naming in each origin
(names are facts); no list was copied, and none was taken from a document, an evaluation set or a list of leaked or
unclear origin. One given name an entry, no family names; none of them stands in the tuned half (of any origin).

The names are set in ten places of this half's own (``FRAMES``), short texts as Swedish public documents have them
(police and court papers, school and social-services notes, minutes, e-mails, letters to an authority in German and
Polish) where a given name stands alone, with no surname and no label that says a name follows; ``KEEP`` holds
twenty ordinary capitalised words at the same places (a role, a body, a month, a common noun), two per place, that
must stay readable. The places were written blind, after the second held-out half's places had been tuned on, none
of them a place a rule had been written for: the honest figure of whether the rules reach places never tuned on.

Never tune on this half: no name list, rule or word list may be mended from its misses or its masked keep words,
and it is never run with ``-v``.
"""

from __future__ import annotations

GIVEN_NAMES: dict[str, list[str]] = {
    "Swedish": ["Maja", "Elin", "Ulla", "Gunilla", "Ylva", "Frida", "Erik", "Johan", "Sten", "Ingvar", "Sixten"],
    "Finnish": ["Leena", "Outi", "Merja", "Tarja", "Hilkka", "Seppo", "Esa", "Raimo", "Ville", "Janne", "Markku"],
    "Sámi": ["Ravdna", "Sire", "Elen", "Ristin", "Ánná", "Jovsset", "Áilu", "Oula", "Issát", "Lemet", "Nillá"],
    "Norwegian and Danish": ["Liv", "Gro", "Turid", "Bente", "Lene", "Trond", "Geir", "Svein", "Jørgen", "Mads",
                             "Frode"],
    "Icelandic": ["Steinunn", "Guðný", "Bryndís", "Unnur", "Arna", "Haraldur", "Bjarni", "Þorsteinn", "Egill",
                  "Snorri", "Hallgrímur"],
    "Estonian": ["Merike", "Reet", "Helle", "Kersti", "Anu", "Urmas", "Margus", "Madis", "Indrek", "Tiit", "Raivo"],
    "Latvian and Lithuanian": ["Baiba", "Zane", "Rasa", "Daiva", "Anda", "Raimonds", "Juris", "Aivars", "Giedrius",
                               "Saulius", "Rolandas"],
    "Polish": ["Ewa", "Barbara", "Monika", "Karolina", "Weronika", "Andrzej", "Rafał", "Dariusz", "Bartosz",
               "Sławomir", "Zbigniew"],
    "Russian and Ukrainian": ["Marina", "Julija", "Jekaterina", "Nadezjda", "Larysa", "Aleksej", "Viktor", "Igor",
                              "Bohdan", "Taras", "Jevgenij"],
    "Bosnian, Croatian and Serbian": ["Amela", "Sanela", "Merima", "Biljana", "Danijela", "Senad", "Samir", "Damir",
                                      "Miroslav", "Nenad", "Elvir"],
    "Albanian": ["Arta", "Blerta", "Fjolla", "Ardita", "Liridona", "Blerim", "Artan", "Shkëlzen", "Fitim", "Gëzim",
                 "Labinot"],
    "Romanian": ["Loredana", "Corina", "Alina", "Luminița", "Adina", "Marius", "Ciprian", "Sorin", "Ovidiu", "Răzvan",
                 "Nicolae"],
    "Greek": ["Angeliki", "Stavroula", "Foteini", "Kalliopi", "Eirini", "Ioannis", "Apostolos", "Theodoros",
              "Evangelos", "Charalambos", "Manolis"],
    "Hungarian": ["Noémi", "Tünde", "Gabriella", "Edit", "Orsolya", "József", "Imre", "Miklós", "Levente", "Zsolt",
                  "Bence"],
    "German and Dutch": ["Petra", "Gudrun", "Inge", "Marieke", "Anouk", "Hans", "Günter", "Maarten", "Jeroen", "Jörg",
                         "Henning"],
    "English and Irish": ["Emily", "Grace", "Sinéad", "Orla", "Jessica", "Daniel", "George", "Ciarán", "Eoin", "Jack",
                          "Michael"],
    "French": ["Aurore", "Delphine", "Sandrine", "Léa", "Mathilde", "Thierry", "Laurent", "Sébastien", "Frédéric",
               "Hugues", "Maxime"],
    "Spanish and Latin American": ["Marisol", "Paula", "Verónica", "Esperanza", "Florencia", "Fernando", "Miguel",
                                   "Pablo", "Gonzalo", "Raúl", "Héctor"],
    "Portuguese and Brazilian": ["Inês", "Luana", "Patrícia", "Letícia", "Adriana", "Vinícius", "Marcelo", "Fábio",
                                 "Caio", "Henrique", "Duarte"],
    "Italian": ["Valeria", "Ilaria", "Alessia", "Beatrice", "Gianna", "Riccardo", "Simone", "Emanuele", "Vincenzo",
                "Pietro", "Massimo"],
    "Turkish": ["Çağla", "Büşra", "Gizem", "Merve", "Nurten", "Ahmet", "Kemal", "Erdem", "Oğuz", "Tolga", "İsmail"],
    "Kurdish": ["Delal", "Rûken", "Nesrîn", "Evîn", "Hêlîn", "Serhat", "Rizgar", "Dilşad", "Aram", "Çiya", "Zana"],
    "Arabic (Iraq, Syria, Lebanon, Palestine)": ["Amal", "Ghada", "Reem", "Samar", "Yasmin", "Bassam", "Tarek",
                                                 "Samer", "Wissam", "Hassan", "Mazen"],
    "Assyrian and Syriac": ["Ashurina", "Shmuni", "Bahra", "Shushan", "Ninve", "Shamoun", "Barsom", "Ilyas", "Ninib",
                            "Sabro", "Aziz"],
    "Persian": ["Mina", "Azadeh", "Samira", "Bahar", "Niloufar", "Hossein", "Mohsen", "Hamed", "Siavash", "Dariush",
                "Navid"],
    "Afghan (Dari and Pashto)": ["Shakila", "Zainab", "Palwasha", "Mahbooba", "Hasina", "Ahmad", "Karim", "Mirwais",
                                 "Basir", "Ajmal", "Noorullah"],
    "Somali": ["Khadra", "Ubah", "Muna", "Ikran", "Warsan", "Abdikarim", "Mukhtar", "Faisal", "Abshir", "Cumar",
               "Ismaaciil"],
    "Eritrean and Ethiopian": ["Almaz", "Mekdes", "Feven", "Eden", "Semhar", "Mulugeta", "Habtom", "Solomon", "Girma",
                               "Efrem", "Amanuel"],
    "West African": ["Oumou", "Ama", "Adaeze", "Folake", "Ndeye", "Abdoulaye", "Cheikh", "Kwabena", "Chukwuma",
                     "Olumide", "Modou"],
    "East African": ["Wairimu", "Atieno", "Namukasa", "Halima", "Upendo", "Mwangi", "Ochieng", "Kiprotich", "Mutua",
                     "Omondi", "Kibet"],
    "Thai": ["Sunisa", "Kannika", "Pimchanok", "Araya", "Waraporn", "Somporn", "Sakchai", "Narong", "Boonmee",
             "Anucha", "Worawut"],
    "Vietnamese": ["Huyền", "Nhung", "Quỳnh", "Loan", "Diệp", "Thành", "Bình", "Hiếu", "Tùng", "Sơn", "Toàn"],
    "Chinese (pinyin)": ["Xiaoyan", "Yuqing", "Lingling", "Hong", "Shufen", "Bo", "Gang", "Peng", "Zhiqiang", "Chao",
                         "Feng"],
    "Filipino": ["Marilou", "Lorna", "Divina", "Rosemarie", "Jasmin", "Ernesto", "Rolando", "Jerome", "Noel", "Arvin",
                 "Edgardo"],
    "Indian, Pakistani and Bangladeshi": ["Neha", "Meena", "Rekha", "Fariha", "Jaspreet", "Manoj", "Ravi", "Bilal",
                                          "Harjit", "Shahid", "Anil"],
    "Sri Lankan (Tamil and Sinhala)": ["Nirmala", "Dilrukshi", "Janani", "Thamara", "Vanitha", "Lasantha", "Chamara",
                                       "Thusitha", "Gajan", "Ramesh", "Jeyakumar"],
    "Korean and Japanese": ["Jisoo", "Sujin", "Misaki", "Emiko", "Tomoko", "Sungmin", "Jaewon", "Takumi", "Yoshio",
                            "Ryo", "Minsu"],
    "Roma": ["Lela", "Mirella", "Gina", "Sonja", "Nada", "Janko", "Tino", "Hamdija", "Jovan", "Ismet", "Dino"],
}

# Ten places a given name stands alone in, of this half's own (written by the project): what a person said in a
# police report, a court's finding, a list of those at a school meeting, a possessive in a school's reply, the end of a
# social-services decision, a child's age in apposition, a name called mid-reply in an e-mail, a quote's attribution,
# and sentences in German and Polish written to a Swedish authority.
FRAMES = {
    "according_to": "Enligt {name} var ytterdörren redan uppbruten när hon kom hem från arbetet.",
    "court_finding": "Tingsrätten finner utrett att {name} tog mobiltelefonen utan lov.",
    "attendee_list": "På mötet deltog rektor, kurator, {name} och skolsköterskan.",
    "possessive": "Skolan har tagit emot {name}s ansökan om ledighet under vecka 12.",
    "household_end": "Beslutet om ekonomiskt bistånd gäller hela hushållet, även {name}.",
    "age_apposition": "{name}, 7 år, bor växelvis hos mamma och pappa.",
    "reply_vocative": "Det låter bra, {name}. Jag bokar sammanträdesrummet till klockan tio.",
    "quote_said": "”Jag vill bo kvar hos mamma”, säger {name} vid samtalet på skolan.",
    "german": "Ich habe gestern mit {name} über die Kündigung der Wohnung gesprochen.",
    "polish": "Czy {name} może odebrać decyzję w piątek?",
}

# Ordinary capitalised words at the same ten places that must stay readable, two per place: (text, the word).
KEEP = [
    ("Enligt Försäkringskassan var ansökan redan avslutad när hon ringde.", "Försäkringskassan"),
    ("Enligt Åklagaren var ytterdörren redan uppbruten när polisen kom.", "Åklagaren"),
    ("Tingsrätten finner utrett att Bolaget tog ut avgiften utan lov.", "Bolaget"),
    ("Tingsrätten finner utrett att Kommunen tog beslutet utan stöd i lag.", "Kommunen"),
    ("På mötet deltog rektor, kurator, Elevhälsan och skolsköterskan.", "Elevhälsan"),
    ("På mötet deltog rektor, kurator, Socialtjänsten och skolsköterskan.", "Socialtjänsten"),
    ("Skolan har tagit emot Försäkringskassans beslut om assistans under vecka 12.", "Försäkringskassans"),
    ("Skolan har tagit emot Vårdnadshavarens ansökan om ledighet under vecka 12.", "Vårdnadshavarens"),
    ("Beslutet om ekonomiskt bistånd gäller hela hushållet, även i December.", "December"),
    ("Beslutet om ekonomiskt bistånd gäller hela hushållet, även Barnen.", "Barnen"),
    ("Flickan, 7 år, bor växelvis hos mamma och pappa.", "Flickan"),
    ("Pojken, 12 år, bor växelvis hos mamma och pappa.", "Pojken"),
    ("Det låter bra, Kansliet. Jag bokar sammanträdesrummet till klockan tio.", "Kansliet"),
    ("Det låter bra, Ordförande. Jag bokar sammanträdesrummet till klockan tio.", "Ordförande"),
    ("”Vi har inte fått något beslut”, säger Grannen vid samtalet på kontoret.", "Grannen"),
    ("”Ansökan kom in för sent”, säger Handläggaren vid samtalet.", "Handläggaren"),
    ("Ich habe gestern mit dem Vermieter über die Kündigung der Wohnung gesprochen.", "Vermieter"),
    ("Ich habe am Montag mit der Gemeinde über die Kündigung gesprochen.", "Montag"),
    ("Czy Pan może odebrać decyzję w piątek?", "Pan"),
    ("Czy Kancelaria może wysłać decyzję w piątek?", "Kancelaria"),
]
