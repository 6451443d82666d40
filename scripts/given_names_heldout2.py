"""A second held-out half for the given-name check: new given names of the origins common in Sweden, in new places.

Written blind, at the same time as a rule for capitalised words in the places where only a person can stand was
being tuned on the check's own frames. The helper who wrote it read neither the detector's rules, its word lists,
its tests, the check's other halves nor any figure the check printed, so this half measures honestly whether
given names and places nobody tuned on are masked, and whether ordinary words at those places stay readable.

``FRAMES`` holds ten short texts of the kind a Swedish authority receives and writes every day (a thank-you at
the start of a letter, a note "Till ...", the "Från:" header of a private person's e-mail, a minute's "... föreslog
att", a text message's "... här", a carer's diary entry with the name as the object, a child in parentheses after
"min son", an English closing, a Finnish self-introduction and a Spanish "hablé con ..."). In each the given name
stands alone, with no surname and no other name in the text; none repeats a wording or a place of the check's six
frames. ``KEEP`` holds twenty ordinary words at the same places (a unit, a role, a body, a weekday, a month, a
town, "alla", a title, a product) that must stay readable.

``GIVEN_NAMES`` holds twenty given names for each of 38 origins, about half women's and half men's names, as
people of that origin carry them in Sweden in every generation, in Latin letters as Swedish registers write them,
with their diacritics and hyphens. The most common few of each origin were left out on purpose (the earlier
halves are likely to hold them); some names are also ordinary words in their language, as they truly are common
names. Names are facts: they were written by the project from general knowledge of names and of the letters,
e-mails, minutes and forms authorities receive and write; no list and no document was copied.

Never tune on this half: do not add its misses to the word lists or the rules, and do not look at which of its
texts are missed. Once it has been looked at, write a fresh half for the honest figure.
"""

from __future__ import annotations

# The texts a given name is set in; {name} is the counted field.
FRAMES: dict[str, str] = {
    "thanks-first": "Tack {name} för att du kom på mötet i tisdags!\nProtokollet bifogas.",
    "note-to": "Till {name}\nGlöm inte att ta med läkarintyget på torsdag.\n/Skolsköterskan",
    "mail-from": "Från: {name}\nÄmne: Fråga om hemtjänsten\n\nHur lång tid tar det att få ett beslut?",
    "minute-proposal": "§ 6 Lekplatsen\n{name} föreslog att föreningen söker bidrag för nya gungor.",
    "text-message": "Hej! {name} här. Kan jag flytta tiden till onsdag i stället?",
    "care-diary": "Kl. 14.30 Hjälpte {name} med dusch och påklädning. Åt bra till middag.",
    "relation-paren": "Jag ansöker om plats på fritids för min son ({name}) från och med januari.",
    "english-regards": "Please find the signed form attached.\n\nKind regards,\n{name}",
    "finnish-intro": "Hei!\nMinun nimeni on {name} ja haen asumistukea.",
    "spanish-talked": "Ayer hablé con {name} en la recepción y me dijo que enviara el certificado.",
}

# Ordinary words at the same places that must stay readable: (text, the part that must not be masked).
KEEP: list[tuple[str, str]] = [
    ("Tack alla för att ni kom på mötet i tisdags!\nProtokollet bifogas.", "alla"),
    ("Tack Kommunen för att ni lagade gatlyktan så snabbt!", "Kommunen"),
    ("Till Ekonomiavdelningen\nGlöm inte att attestera fakturan före fredag.\n/Rektor", "Ekonomiavdelningen"),
    ("Till Personalen\nGlöm inte brandövningen på torsdag.", "Personalen"),
    ("Från: Kundtjänst\nÄmne: Din beställning\n\nTack för din beställning.", "Kundtjänst"),
    ("Från: Lantmäteriet\nÄmne: Förrättning\n\nVi har tagit emot din ansökan.", "Lantmäteriet"),
    ("Från: Förvaltningschefen\nÄmne: Budget\n\nSe bifogat underlag inför mötet.", "Förvaltningschefen"),
    ("§ 6 Budget\nOrdföranden föreslog att mötet godkänner budgeten.", "Ordföranden"),
    ("§ 7 Övrigt\nStyrelsen föreslog att årsmötet hålls i mars.", "Styrelsen"),
    ("§ 8 Nästa möte\nTorsdag föreslogs som ny mötesdag.", "Torsdag"),
    ("§ 9 Avslutning\nSeptember föreslogs för nästa årsmöte.", "September"),
    ("Hej! Tandvården här. Påminnelse om din tid på onsdag kl. 9.", "Tandvården"),
    ("Hej! Skolan här. Lektionen på onsdag är inställd.", "Skolan"),
    ("Kl. 16.00 Kontaktade Vårdcentralen om såret på foten.", "Vårdcentralen"),
    ("Kl. 08.00 Gav Alvedon 500 mg mot huvudvärk. Åt frukost.", "Alvedon"),
    ("Jag ansöker om plats på fritids för min son (åk 2) från och med januari.", "åk 2"),
    ("Jag ansöker om skolskjuts för min dotter (Eksjö) från och med augusti.", "Eksjö"),
    ("Please find the signed form attached.\n\nKind regards,\nCustomer Service", "Customer Service"),
    ("Thank you again.\n\nKind regards,\nThe Housing Team", "The Housing Team"),
    ("Ayer hablé con Arbetsförmedlingen y me pidieron una copia del contrato.", "Arbetsförmedlingen"),
]

# Twenty given names per origin, women's names first, then men's.
GIVEN_NAMES: dict[str, list[str]] = {
    "Swedish": [
        "Ulrika", "Agneta", "Malin", "Annika", "Linnea", "Ebba", "Liv", "Majvor", "Tove", "Frida",
        "Bengt", "Göran", "Lennart", "Sten", "Torsten", "Ove", "Jonas", "Viggo", "Ture", "Hjalmar",
    ],
    "Finnish": [
        "Tuula", "Riitta", "Päivi", "Sirpa", "Hannele", "Minna", "Aino", "Eija", "Ritva", "Jaana",
        "Jouko", "Arto", "Seppo", "Kalevi", "Tapani", "Jorma", "Esa", "Raimo", "Eino", "Ilkka",
    ],
    "Sámi": [
        "Ánne", "Elle", "Máret", "Risten", "Biret", "Sunná", "Áile", "Ingá", "Láilá", "Elen",
        "Ánde", "Niillas", "Jovnna", "Mihkkal", "Áslat", "Piera", "Heaika", "Ovllá", "Issát", "Nila",
    ],
    "Norwegian and Danish": [
        "Solveig", "Ragnhild", "Kirsten", "Mette", "Sigrid", "Tone", "Randi", "Gro", "Vibeke", "Bodil",
        "Bjørn", "Søren", "Jørgen", "Knut", "Torstein", "Morten", "Rasmus", "Asbjørn", "Eskil", "Øyvind",
    ],
    "Icelandic": [
        "Hrafnhildur", "Bryndís", "Ásdís", "Þórunn", "Steinunn", "Kolbrún", "Ragnheiður", "Herdís", "Sólveig",
        "Eyrún",
        "Þorsteinn", "Hallgrímur", "Snorri", "Ásgeir", "Birgir", "Hjörtur", "Kjartan", "Grímur", "Þórður",
        "Baldur",
    ],
    "Estonian": [
        "Kadri", "Tiina", "Piret", "Külli", "Reet", "Triinu", "Maarja", "Ülle", "Kersti", "Liis",
        "Toomas", "Tõnu", "Mart", "Priit", "Jaan", "Raivo", "Urmas", "Indrek", "Margus", "Ülo",
    ],
    "Latvian and Lithuanian": [
        "Ilze", "Inese", "Dace", "Līga", "Zane", "Rūta", "Giedrė", "Aušra", "Jurgita", "Eglė",
        "Kārlis", "Māris", "Edgars", "Uldis", "Aigars", "Mindaugas", "Arūnas", "Vytautas", "Rimantas", "Saulius",
    ],
    "Polish": [
        "Ewelina", "Beata", "Jadwiga", "Grażyna", "Iwona", "Dorota", "Zofia", "Marzena", "Bożena", "Urszula",
        "Wojciech", "Grzegorz", "Mirosław", "Zbigniew", "Łukasz", "Dariusz", "Jarosław", "Bartłomiej",
        "Przemysław", "Ryszard",
    ],
    "Russian and Ukrainian": [
        "Ljudmila", "Oksana", "Galina", "Nadezjda", "Larisa", "Valentina", "Olesja", "Halyna", "Ksenija",
        "Viktorija",
        "Vitalij", "Gennadij", "Bohdan", "Stanislav", "Taras", "Mykola", "Vasyl", "Jurij", "Arkadij", "Pavlo",
    ],
    "Bosnian, Croatian and Serbian": [
        "Amra", "Snježana", "Jasmina", "Dragana", "Mirjana", "Sanela", "Biljana", "Nevena", "Emina", "Đurđica",
        "Nedžad", "Zlatko", "Mirza", "Nenad", "Željko", "Dževad", "Branko", "Ćazim", "Stjepan", "Predrag",
    ],
    "Albanian": [
        "Drita", "Vjollca", "Shqipe", "Mimoza", "Arbnora", "Blerta", "Flutura", "Teuta", "Albulena", "Donjeta",
        "Arben", "Bujar", "Fatmir", "Agron", "Valon", "Ilir", "Besnik", "Shkëlzen", "Gëzim", "Arsim",
    ],
    "Romanian": [
        "Mihaela", "Florentina", "Loredana", "Roxana", "Ileana", "Simona", "Anca", "Oana", "Luminița", "Corina",
        "Vasile", "Florin", "Cătălin", "Sorin", "Dorin", "Ovidiu", "Costel", "Marius", "Răzvan", "Ionuț",
    ],
    "Greek": [
        "Vasiliki", "Despina", "Eftychia", "Chrysoula", "Stavroula", "Paraskevi", "Athina", "Kalliopi",
        "Theodora", "Angeliki",
        "Stavros", "Panagiotis", "Christos", "Evangelos", "Spyros", "Thanasis", "Stelios", "Michalis", "Vasilis",
        "Charalambos",
    ],
    "Hungarian": [
        "Ildikó", "Zsuzsanna", "Krisztina", "Judit", "Edit", "Márta", "Orsolya", "Enikő", "Anikó", "Tünde",
        "Tamás", "Zoltán", "Gábor", "Attila", "Csaba", "Imre", "Gyula", "Béla", "Miklós", "Levente",
    ],
    "German and Dutch": [
        "Ursula", "Brigitte", "Heike", "Sabine", "Gisela", "Annegret", "Femke", "Marloes", "Ilse", "Anke",
        "Jürgen", "Dieter", "Wolfgang", "Uwe", "Matthias", "Joost", "Pieter", "Sjoerd", "Bernd", "Klaus",
    ],
    "English and Irish": [
        "Aoife", "Siobhán", "Gráinne", "Deirdre", "Gemma", "Fiona", "Kirsty", "Clodagh", "Joanne", "Maeve",
        "Ciarán", "Pádraig", "Seamus", "Declan", "Eoin", "Gareth", "Nigel", "Stuart", "Callum", "Rory",
    ],
    "French": [
        "Amélie", "Béatrice", "Sandrine", "Élodie", "Delphine", "Aurélie", "Geneviève", "Sylvie", "Margaux",
        "Hélène",
        "Benoît", "Thierry", "Gérard", "Stéphane", "Mathieu", "Olivier", "Grégoire", "Jérôme", "Yannick",
        "Laurent",
    ],
    "Spanish and Latin American": [
        "Guadalupe", "Rocío", "Marisol", "Yolanda", "Pilar", "Ximena", "Lorena", "Milagros", "Esperanza", "Inés",
        "Alejandro", "Andrés", "Joaquín", "Ignacio", "Rodrigo", "Gonzalo", "Sebastián", "Esteban", "Mauricio",
        "Álvaro",
    ],
    "Portuguese and Brazilian": [
        "Conceição", "Fernanda", "Luciana", "Adriana", "Patrícia", "Graça", "Thaís", "Raquel", "Leonor",
        "Jéssica",
        "Sérgio", "Rui", "Gonçalo", "Tiago", "Vinícius", "Leandro", "Nuno", "Fábio", "Reinaldo", "Caio",
    ],
    "Italian": [
        "Chiara", "Federica", "Valentina", "Silvia", "Giovanna", "Rosaria", "Antonella", "Donatella", "Raffaella",
        "Ilaria",
        "Massimo", "Salvatore", "Vincenzo", "Stefano", "Fabrizio", "Roberto", "Gianluca", "Alessio", "Pasquale",
        "Riccardo",
    ],
    "Turkish": [
        "Gülay", "Nermin", "Gülsüm", "Songül", "Derya", "Sevgi", "Özlem", "Nurcan", "Şeyma", "Büşra",
        "Kadir", "Osman", "Serkan", "Volkan", "Emre", "Burak", "Cengiz", "Tuncay", "Uğur", "Oğuz",
    ],
    "Kurdish": [
        "Rojda", "Berfin", "Hêvî", "Zîlan", "Nazdar", "Gulistan", "Bêrîvan", "Xezal", "Viyan", "Delal",
        "Kawa", "Rêbaz", "Serhad", "Diyar", "Karwan", "Hejar", "Rizgar", "Sherko", "Baran", "Shvan",
    ],
    "Arabic (Iraq, Syria, Lebanon, Palestine)": [
        "Rasha", "Hanan", "Suha", "Lamia", "Rania", "Dalia", "Samar", "Amal", "Huda", "Ruqaya",
        "Haidar", "Bassam", "Khaled", "Ziad", "Jamal", "Mahmoud", "Samir", "Ammar", "Tariq", "Firas",
    ],
    "Assyrian and Syriac": [
        "Shamiram", "Ninwe", "Nahrin", "Ishtar", "Shamoni", "Sabriye", "Hatune", "Atorina", "Nardin", "Semiramis",
        "Sargon", "Ashur", "Yacoub", "Gabro", "Malke", "Afram", "Sanharib", "Shabo", "Nimrod", "Ilyas",
    ],
    "Persian": [
        "Parisa", "Mahsa", "Nasrin", "Azadeh", "Golnaz", "Shabnam", "Roya", "Mojgan", "Fereshteh", "Taraneh",
        "Behrouz", "Kourosh", "Farhad", "Dariush", "Mehrdad", "Siamak", "Babak", "Arash", "Kaveh", "Shahram",
    ],
    "Afghan (Dari and Pashto)": [
        "Zarghona", "Mursal", "Fereshta", "Wazhma", "Nilofar", "Mahbooba", "Shukria", "Parwana", "Sadaf", "Nazifa",
        "Habibullah", "Najibullah", "Jawad", "Rahmatullah", "Farid", "Wahid", "Zabiullah", "Mirwais", "Shafiq",
        "Bashir",
    ],
    "Somali": [
        "Hodan", "Ifrah", "Hibo", "Ayaan", "Ubah", "Deqa", "Nimco", "Hamdi", "Ladan", "Sagal",
        "Abdikarim", "Abdiwali", "Mahad", "Guled", "Warsame", "Liban", "Ilyaas", "Jama", "Faarax", "Abdiaziz",
    ],
    "Eritrean and Ethiopian": [
        "Mebrat", "Tsega", "Selamawit", "Meron", "Hiwet", "Senait", "Aster", "Tigist", "Almaz", "Yordanos",
        "Tesfay", "Mehari", "Berhane", "Dawit", "Kidane", "Habtom", "Tekle", "Goitom", "Yemane", "Bereket",
    ],
    "West African": [
        "Aminata", "Mariama", "Awa", "Ngozi", "Chiamaka", "Abena", "Efua", "Binta", "Isatou", "Folake",
        "Ousmane", "Lamin", "Kwame", "Chinedu", "Babacar", "Modou", "Alieu", "Kofi", "Ebrima", "Sekou",
    ],
    "East African": [
        "Wanjiru", "Achieng", "Wambui", "Nakato", "Auma", "Neema", "Akinyi", "Rehema", "Zawadi", "Namubiru",
        "Otieno", "Kamau", "Baraka", "Juma", "Odhiambo", "Mugisha", "Kato", "Okello", "Hamisi", "Rashidi",
    ],
    "Thai": [
        "Siriporn", "Pornthip", "Sunisa", "Wanida", "Nittaya", "Ratana", "Somsri", "Araya", "Jintana", "Duangjai",
        "Prasert", "Anan", "Chaiwat", "Sombat", "Thanawat", "Wichai", "Kittisak", "Nattapong", "Surachai",
        "Boonmee",
    ],
    "Vietnamese": [
        "Thảo", "Hương", "Ngọc", "Trang", "Hằng", "Phương", "Nhung", "Yến", "Thúy", "Quyên",
        "Tuấn", "Dũng", "Hùng", "Quang", "Khoa", "Thắng", "Sơn", "Cường", "Hải", "Phúc",
    ],
    "Chinese (pinyin)": [
        "Xiaohong", "Meilin", "Yuqing", "Jingjing", "Xueying", "Lijuan", "Hongmei", "Shuang", "Yanping", "Qiuyue",
        "Zhiqiang", "Jianguo", "Haoran", "Yifan", "Junjie", "Zhenyu", "Guoqiang", "Peng", "Chao", "Xiaodong",
    ],
    "Filipino": [
        "Maricel", "Marites", "Jocelyn", "Rosalinda", "Lorna", "Analyn", "Rowena", "Charmaine", "Divina", "Mylene",
        "Rodel", "Arnel", "Rogelio", "Ernesto", "Romeo", "Danilo", "Reynaldo", "Jericho", "Rommel", "Edgardo",
    ],
    "Indian, Pakistani and Bangladeshi": [
        "Deepika", "Kavita", "Sunita", "Harpreet", "Simran", "Farzana", "Rukhsana", "Shabana", "Tahmina", "Sadia",
        "Vikram", "Sanjay", "Rajesh", "Gurpreet", "Imran", "Kamran", "Shahid", "Rakibul", "Tanvir", "Arjun",
    ],
    "Sri Lankan (Tamil and Sinhala)": [
        "Tharani", "Nirmala", "Kalaivani", "Vasanthi", "Thulasi", "Dilani", "Chamari", "Nadeesha", "Sanduni",
        "Ishara",
        "Sivakumar", "Tharshan", "Kajan", "Niroshan", "Janarthanan", "Mathusan", "Chaminda", "Nuwan", "Kasun",
        "Lasantha",
    ],
    "Korean and Japanese": [
        "Ji-yeon", "Soo-jin", "Eun-ji", "Hye-won", "Mi-kyung", "Akiko", "Haruka", "Naoko", "Megumi", "Ayumi",
        "Min-ho", "Jae-won", "Sung-min", "Dong-hyun", "Hyun-woo", "Masato", "Takeshi", "Kenji", "Daisuke",
        "Shinji",
    ],
    "Roma": [
        "Zorka", "Ljuba", "Rosita", "Esmeralda", "Lenka", "Mirela", "Ramona", "Florica", "Sabina", "Tereza",
        "Janko", "Ferko", "Stevo", "Bekim", "Dušan", "Jovan", "Milo", "Rajko", "Zoltan", "Taisto",
    ],
}
