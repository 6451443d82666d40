"""Given names of the origins common in Sweden, the tuned half of ``check_given_names.py`` (tuned on).

Twenty-five given names per origin (a few more for the origins whose names the lists held least often, among them
one Chinese, one Korean and one Thai name no list holds, read by its shape), about half women's and half men's, as
people of that origin living in Sweden carry them (every generation; the Latin script and diacritics of the Swedish
population register). Written by the project from general knowledge of which names are common (names are facts); no
list was copied, and none was taken from a document or an evaluation set. One given name an entry, no family names.
The held-out half, other names of the same origins written blind, is ``given_names_heldout.py``.
"""

from __future__ import annotations

GIVEN_NAMES: dict[str, list[str]] = {
    "Swedish": [
        "Anna", "Karin", "Kristina", "Birgitta", "Ingrid", "Margareta", "Linnéa", "Astrid", "Ebba", "Saga", "Wilma",
        "Elsa", "Agnes", "Lars", "Anders", "Mikael", "Per", "Karl", "Nils", "Gustav", "Olle", "Hugo", "Oskar",
        "Lennart", "Göran",
    ],
    "Finnish": [
        "Aino", "Sanna", "Tuula", "Päivi", "Riikka", "Kaisa", "Marjatta", "Hannele", "Pirjo", "Minna", "Satu",
        "Anneli", "Jukka", "Matti", "Pekka", "Juha", "Timo", "Kari", "Jari", "Heikki", "Antti", "Mikko", "Eero",
        "Tapio", "Veikko", "Pinja", "Urpo",
    ],
    "Sámi": [
        "Máret", "Biret", "Elle", "Risten", "Sunná", "Sárá", "Márjá", "Iŋgá", "Ánne", "Gáddja", "Láilá", "Marit",
        "Ánde", "Ánte", "Áslat", "Jovnna", "Juhán", "Máhtte", "Niillas", "Ovllá", "Piera", "Mihkkal", "Heaika",
        "Isak", "Ásllat", "Ristiinna", "Ánders",
    ],
    "Norwegian and Danish": [
        "Ingeborg", "Sigrid", "Solveig", "Randi", "Tove", "Mette", "Hanne", "Lone", "Dorthe", "Ragnhild", "Åse",
        "Synnøve", "Kirsten", "Kjetil", "Knut", "Bjørn", "Ole", "Jens", "Søren", "Morten", "Rasmus", "Torbjørn",
        "Espen", "Håkon", "Sindre", "Sveinung", "Rønnaug",
    ],
    "Icelandic": [
        "Guðrún", "Sigríður", "Kristín", "Helga", "Jóhanna", "Ragnheiður", "Þórdís", "Halldóra", "Katrín", "Ásdís",
        "Hildur", "Sólveig", "Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús",
        "Stefán", "Jóhann", "Þórður", "Árni", "Hörður",
    ],
    "Estonian": [
        "Kadri", "Tiina", "Mari", "Piret", "Kristiina", "Liina", "Kertu", "Triin", "Eha", "Maarja", "Ülle", "Katrin",
        "Jaan", "Toomas", "Tõnu", "Andres", "Mart", "Rein", "Peeter", "Jüri", "Hendrik", "Kalle", "Priit", "Tarmo",
        "Ülo",
    ],
    "Latvian and Lithuanian": [
        "Ieva", "Inese", "Ilze", "Līga", "Dace", "Kristīne", "Rūta", "Jurgita", "Aušra", "Eglė", "Agnė", "Gintarė",
        "Laima", "Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Tomas", "Mindaugas", "Darius", "Paulius",
        "Vytautas", "Jonas", "Arūnas", "Gunārs", "Vaidotas",
    ],
    "Polish": [
        "Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Aleksandra", "Dorota", "Beata", "Justyna",
        "Marta", "Natalia", "Zofia", "Krystyna", "Krzysztof", "Tomasz", "Piotr", "Paweł", "Marcin", "Łukasz",
        "Michał", "Grzegorz", "Wojciech", "Jakub", "Kacper", "Mateusz", "Honorata", "Mieczysław",
    ],
    "Russian and Ukrainian": [
        "Olga", "Natalja", "Tatiana", "Svetlana", "Irina", "Jelena", "Oksana", "Anastasia", "Ljudmila", "Galina",
        "Kateryna", "Olena", "Valentina", "Sergej", "Aleksandr", "Dmitrij", "Andrij", "Vladimir", "Oleksandr",
        "Mykola", "Ivan", "Jurij", "Maksym", "Nikolaj", "Pavel",
    ],
    "Bosnian, Croatian and Serbian": [
        "Amra", "Selma", "Emina", "Lejla", "Jasmina", "Mirela", "Ivana", "Marija", "Snežana", "Dragana", "Milica",
        "Azra", "Vesna", "Emir", "Adnan", "Edin", "Mirza", "Haris", "Nermin", "Dragan", "Zoran", "Goran", "Nikola",
        "Stefan", "Dejan",
    ],
    "Albanian": [
        "Albana", "Valbona", "Vjosa", "Drita", "Mimoza", "Besa", "Teuta", "Arjeta", "Fatjona", "Elira", "Lirije",
        "Merita", "Shpresa", "Arben", "Besnik", "Agron", "Ilir", "Valon", "Fatmir", "Bujar", "Driton", "Leutrim",
        "Arbër", "Kushtrim", "Visar", "Marigona", "Kastriot",
    ],
    "Romanian": [
        "Ioana", "Andreea", "Elena", "Mihaela", "Cristina", "Alexandra", "Gabriela", "Roxana", "Florentina",
        "Simona", "Daniela", "Ramona", "Oana", "Ion", "Gheorghe", "Vasile", "Mihai", "Ionuț", "Andrei", "Bogdan",
        "Cătălin", "Florin", "Adrian", "Dorin", "Costel",
    ],
    "Greek": [
        "Eleni", "Georgia", "Dimitra", "Konstantina", "Sofia", "Katerina", "Vasiliki", "Paraskevi", "Despina",
        "Athina", "Evangelia", "Chrysoula", "Ioanna", "Giorgos", "Dimitris", "Nikos", "Kostas", "Giannis", "Christos",
        "Panagiotis", "Vasilis", "Thanasis", "Spyros", "Michalis", "Stavros",
    ],
    "Hungarian": [
        "Zsófia", "Katalin", "Erzsébet", "Ildikó", "Judit", "Éva", "Krisztina", "Anikó", "Zsuzsanna", "Ágnes",
        "Eszter", "Réka", "Csilla", "László", "István", "Zoltán", "Gábor", "Attila", "Tamás", "Péter", "Sándor",
        "Ferenc", "Balázs", "Gergely", "Csaba",
    ],
    "German and Dutch": [
        "Ursula", "Gisela", "Sabine", "Claudia", "Stefanie", "Anke", "Heike", "Daniëlle", "Sanne", "Femke", "Lotte",
        "Brigitte", "Wolfgang", "Jürgen", "Klaus", "Dieter", "Uwe", "Matthias", "Florian", "Tobias", "Joost",
        "Pieter", "Bram", "Sjoerd", "Dirk", "Sietske", "Rutger",
    ],
    "English and Irish": [
        "Sarah", "Emma", "Charlotte", "Rebecca", "Lucy", "Hannah", "Olivia", "Megan", "Siobhan", "Aoife", "Bridget",
        "Shannon", "Kathleen", "James", "William", "Thomas", "Matthew", "Oliver", "Harry", "Patrick", "Sean",
        "Connor", "Liam", "Declan", "Niall", "Fionnuala", "Cathal",
    ],
    "French": [
        "Camille", "Chloé", "Manon", "Élodie", "Amélie", "Céline", "Sophie", "Nathalie", "Isabelle", "Margaux",
        "Aurélie", "Juliette", "Océane", "Jean", "Pierre", "Nicolas", "François", "Olivier", "Julien", "Guillaume",
        "Mathieu", "Antoine", "Benoît", "Étienne", "Yannick",
    ],
    "Spanish and Latin American": [
        "María", "Carmen", "Lucía", "Daniela", "Valentina", "Camila", "Gabriela", "Alejandra", "Paola", "Ximena",
        "Guadalupe", "Catalina", "Rocío", "José", "Juan", "Carlos", "Luis", "Jorge", "Alejandro", "Diego", "Andrés",
        "Javier", "Sebastián", "Matías", "Rodrigo",
    ],
    "Portuguese and Brazilian": [
        "Ana", "Beatriz", "Fernanda", "Juliana", "Larissa", "Raquel", "Thaís", "Joana", "Mariana", "Carolina",
        "Renata", "Francisca", "Vanessa", "João", "Pedro", "Rafael", "Gustavo", "Bruno", "Tiago", "Lucas", "Felipe",
        "Leonardo", "Gonçalo", "Rui", "Paulo",
    ],
    "Italian": [
        "Giulia", "Francesca", "Chiara", "Alessandra", "Federica", "Silvia", "Elisa", "Martina", "Giovanna",
        "Roberta", "Serena", "Antonella", "Rosaria", "Giuseppe", "Giovanni", "Marco", "Luca", "Alessandro", "Matteo",
        "Francesco", "Lorenzo", "Davide", "Stefano", "Andrea", "Salvatore",
    ],
    "Turkish": [
        "Ayşe", "Elif", "Zeynep", "Emine", "Hatice", "Derya", "Gülsen", "Sevgi", "Özlem", "Şule", "Tuğba", "Esra",
        "Dilek", "Mehmet", "Mustafa", "Hüseyin", "Murat", "Emre", "Burak", "Serkan", "Hakan", "Volkan", "Cem",
        "Yusuf", "Onur",
    ],
    "Kurdish": [
        "Berfin", "Dilan", "Rojda", "Zozan", "Nazdar", "Roza", "Hêvî", "Gulistan", "Şîlan", "Zîlan", "Bêrîvan",
        "Narîn", "Jiyan", "Azad", "Baran", "Rêbîn", "Şivan", "Kawa", "Soran", "Dilovan", "Hogir", "Welat", "Botan",
        "Ciwan", "Hejar", "Shawnim", "Pshtiwan",
    ],
    "Arabic (Iraq, Syria, Lebanon, Palestine)": [
        "Fatima", "Aisha", "Noor", "Layla", "Rania", "Hala", "Dima", "Rasha", "Lama", "Nisreen", "Hadeel", "Shaimaa",
        "Alaa", "Mohammed", "Ahmed", "Ali", "Omar", "Khaled", "Hussein", "Abbas", "Haidar", "Mahmoud", "Yasser",
        "Firas", "Ammar", "Muntadhar", "Nermeen",
    ],
    "Assyrian and Syriac": [
        "Ninorta", "Shamiram", "Nahrin", "Semiramis", "Ninwe", "Ishtar", "Meryem", "Seyde", "Ramina", "Nardin",
        "Elishva", "Atour", "Sargon", "Ashur", "Ninos", "Aho", "Gabro", "Afrem", "Malke", "Sanharib", "Yakub",
        "Shabo", "Iskender", "Gabriel", "Sabri", "Khoshaba", "Febronia", "Yonadam",
    ],
    "Persian": [
        "Maryam", "Zahra", "Shirin", "Nasrin", "Parisa", "Leila", "Mahsa", "Roya", "Ladan", "Taraneh", "Nazanin",
        "Shabnam", "Mojgan", "Reza", "Amir", "Arash", "Babak", "Behzad", "Kourosh", "Omid", "Pouya", "Saman",
        "Mehdi", "Farhad", "Keyvan", "Shaghayegh", "Roozbeh",
    ],
    "Afghan (Dari and Pashto)": [
        "Zarghuna", "Mursal", "Fereshta", "Nazifa", "Farzana", "Mariam", "Shukria", "Habiba", "Marzia", "Fahima",
        "Nargis", "Gulnaz", "Masooda", "Sayed", "Abdul", "Hamid", "Najibullah", "Rahmatullah", "Ehsanullah",
        "Farid", "Zabiullah", "Shafiq", "Hekmatullah", "Wahid", "Jawad",
    ],
    "Somali": [
        "Hodan", "Faadumo", "Sahra", "Nimco", "Ayaan", "Hibo", "Ifrah", "Sagal", "Deeqa", "Hamdi", "Fardowsa", "Idil",
        "Sucaad", "Mohamed", "Abdirahman", "Abdullahi", "Cabdi", "Liban", "Guuled", "Mahad", "Khalid", "Yusuf",
        "Abdiqani", "Said", "Bashir",
    ],
    "Eritrean and Ethiopian": [
        "Helen", "Selam", "Senait", "Tigist", "Meron", "Hiwet", "Luwam", "Winta", "Saba", "Rahel", "Yordanos",
        "Mahlet", "Bethlehem", "Yonas", "Dawit", "Tesfay", "Mehari", "Biniam", "Filmon", "Henok", "Tewodros",
        "Abel", "Yohannes", "Kibrom", "Samuel",
    ],
    "West African": [
        "Aminata", "Fatoumata", "Mariama", "Awa", "Adjoa", "Abena", "Chiamaka", "Ngozi", "Funmilayo", "Aïssatou",
        "Binta", "Kadiatou", "Oluwaseun", "Mamadou", "Ousmane", "Moussa", "Ibrahima", "Kwame", "Kofi", "Emeka",
        "Chinedu", "Tunde", "Babajide", "Seydou", "Lamin",
    ],
    "East African": [
        "Wanjiru", "Wanjiku", "Achieng", "Akinyi", "Nyambura", "Nakato", "Amani", "Neema", "Rehema", "Zawadi",
        "Faraja", "Nalubega", "Kamau", "Otieno", "Odhiambo", "Kipchoge", "Baraka", "Juma", "Mugisha", "Kato",
        "Musoke", "Jabari", "Hamisi", "Tumaini", "Wekesa",
    ],
    "Thai": [
        "Siriporn", "Kanokwan", "Nittaya", "Wanida", "Suda", "Pornthip", "Malee", "Ratana", "Supaporn", "Orathai",
        "Duangjai", "Chanida", "Jintana", "Somchai", "Somsak", "Prasert", "Anan", "Wichai", "Surachai", "Thanawat",
        "Chaiwat", "Nattapong", "Kittipong", "Sombat", "Apichart", "Kanyarat", "Chalermchai", "Chayaporn",
    ],
    "Vietnamese": [
        "Linh", "Lan", "Hương", "Thảo", "Ngọc", "Trang", "Mai", "Hằng", "Phương", "Thủy", "Hạnh", "Vy", "Hoa", "Minh",
        "Tuấn", "Hùng", "Dũng", "Nam", "Đức", "Quang", "Hải", "Long", "Thắng", "Khoa", "Phúc",
    ],
    "Chinese (pinyin)": [
        "Xiaoling", "Jing", "Yan", "Mei", "Xiu", "Hui", "Ying", "Lili", "Fang", "Xiaomei", "Yuting", "Jiayi",
        "Wei", "Jun", "Hao", "Lei", "Qiang", "Ming", "Jian", "Tao", "Yong", "Zhiwei", "Haoran", "Jianguo", "Xin",
        "Xiaofeng", "Haiyan", "Zhaoyun",
    ],
    "Filipino": [
        "Maricel", "Marites", "Rowena", "Jocelyn", "Lourdes", "Rosalie", "Marivic", "Analyn", "Jennylyn", "Rhea",
        "Gemma", "Liza", "Cherry", "Jose", "Rodel", "Ramil", "Arnel", "Reynaldo", "Rommel", "Jomar", "Marlon",
        "Jonel", "Danilo", "Romeo", "Efren",
    ],
    "Indian, Pakistani and Bangladeshi": [
        "Priya", "Anjali", "Sunita", "Deepika", "Pooja", "Lakshmi", "Ayesha", "Nasreen", "Sadia", "Shabana",
        "Rukhsana", "Nusrat", "Harpreet", "Rajesh", "Amit", "Sanjay", "Vikram", "Rahul", "Arjun", "Imran", "Tariq",
        "Asif", "Rafiq", "Kamrul", "Gurpreet",
    ],
    "Sri Lankan (Tamil and Sinhala)": [
        "Tharushi", "Nimali", "Dilani", "Chathurika", "Kumari", "Sanduni", "Kavitha", "Thulasi", "Vasuki", "Nirosha",
        "Shanthi", "Yalini", "Malathi", "Nuwan", "Chaminda", "Kasun", "Ruwan", "Pradeep", "Dinesh", "Sivakumar",
        "Kajan", "Tharshan", "Suresh", "Nishantha", "Mahinda", "Sajeewani", "Tharaka",
    ],
    "Korean and Japanese": [
        "Jiyeon", "Minji", "Soyeon", "Eunji", "Seoyeon", "Hyejin", "Yuki", "Akiko", "Yumi", "Haruka", "Sakura",
        "Naoko", "Keiko", "Minho", "Jihoon", "Seungwoo", "Dongwook", "Hyunwoo", "Junho", "Hiroshi", "Takeshi",
        "Kenji", "Daisuke", "Haruto", "Kazuki", "Seohyun", "Takahiro", "Haerin",
    ],
    "Roma": [
        "Esmeralda", "Rosita", "Dika", "Mimi", "Zaga", "Milka", "Sabina", "Ruža", "Nadja", "Katica", "Senada",
        "Fikreta", "Sadija", "Bajram", "Ramiz", "Sead", "Muharem", "Djemail", "Demir", "Milan", "Lazar", "Stevo",
        "Bobby", "Johnny", "Baki", "Nevzeta", "Sreten",
    ],
}

# More places a given name stands alone in, beyond the six frames of ``check_given_names.FRAMES`` (written by the
# project, like the names): a thank-you, a note and a message to or from someone, a mail's sender, a minute's
# proposal, a text-message log, a carer's diary, a relative named in brackets or after the relation, a person as a
# verb's object, a closing in English and sentences in the languages people write to Swedish authorities in; a
# speaker of an interview or a chat, a text message's heading, a signature after a dash, the one something is given
# to, a name in a list, before a genitive's relative, after "med" or "enligt", a police paper's witness or hearing.
MORE_FRAMES = {
    "thanks": "Tack {name} för att du tog med papperen till mötet i tisdags.",
    "thanks_to": "Ett stort tack till {name} som ordnade fikat efter samrådet.",
    "note_to": "Till {name}:\nNyckeln till förrådet ligger i kuvertet på hyllan.",
    "message": "Meddelande från {name} i går kväll: hon kan inte komma på torsdag.",
    "sender": "Från: {name}\nSkickat: den 4 mars 2025 09:12\nÄmne: Schemat för våren",
    "slash": "Jag skickar resten av intygen i morgon.\n/{name}",
    "proposal": "{name} föreslår att ärendet bordläggs till nästa sammanträde.",
    "sms_log": "21:14 {name}: Kommer tio minuter sent, bussen står still.",
    "diary": "Kl. 08.30 {name} vaknade och åt frukost i matsalen.",
    "bracket": "Mamman bor med sin dotter ({name}) i en trerumslägenhet.",
    "relation": "Hon flyttade hit med sin sambo {name} förra året.",
    "object": "Socialsekreteraren träffade {name} på skolan i onsdags.",
    "en_closing": "Thanks again for your help!\n\nBest,\n{name}",
    "en_sentence": "My name is {name} and I live in Uppsala with my two children.",
    "finnish": "Hei! Olen {name} ja asun Tukholmassa.",
    "spanish": "Hola, me llamo {name} y vivo en Malmö con mi familia.",
    "note_reader": "{name}, glöm inte att ta medicinen innan du går.",
    "kin_of": "Samtal med mamma till {name} om skolgången.",
    "care_log": "Kl. 19.00 {name} fick hjälp med duschen och lade sig sedan.",
    "dialogue": "Handläggare: Hur har veckan varit?\n{name}: Den har varit lugn, tack.\nHandläggare: Vad bra att höra.",
    "chat": "Mamma: Är du hemma snart?\n{name}: ja om tio min\nMamma: ok",
    "sms_head": "SMS {name} kl. 14.10: Jag är framme vid stationen nu.",
    "given_to": "Hon lämnade nycklarna till {name} innan hon reste.",
    "dash_sign": "Kan vi flytta mötet till klockan tio?\n- {name}",
    "name_list": "På utflykten var Eva, {name} och Nils med.",
    "genitive": "{name}s pappa hämtade på förskolan vid fyra.",
    "with_end": "Vi pratade länge om det med {name}.",
    "according": "Enligt {name} var dörren redan låst.",
    "witness": "Förhör med vittne\nVittne: {name}\nPlats: Polisstationen",
    "hearing": "Förhör med {name} hölls på stationen den 3 maj.",
    "en_gave": "I gave the keys to {name} yesterday.",
}

# Ordinary words at the same places that must stay readable: (text, the part that must not be masked).
MORE_KEEP = [
    ("Tack Alla för att ni kom på mötet.", "Alla"),
    ("Ett stort tack till Föräldraföreningen som ordnade fikat.", "Föräldraföreningen"),
    ("Ett stort tack till Stockholm för en fin sommar.", "Stockholm"),
    ("Till Registrator:\nHandlingarna ligger i kuvertet.", "Registrator"),
    ("Till Vårdnadshavare:\nHär kommer veckobrevet.", "Vårdnadshavare"),
    ("Meddelande från Skatteverket i går: deklarationen är mottagen.", "Skatteverket"),
    ("Från: Kundtjänst\nSkickat: den 4 mars 2025 09:12", "Kundtjänst"),
    ("Från: Registrator\nSkickat: den 4 mars 2025 09:12", "Registrator"),
    ("Jag skickar resten i morgon.\n/Kansliet", "Kansliet"),
    ("Förvaltningen föreslår att ärendet bordläggs.", "Förvaltningen"),
    ("Arbetsutskottet föreslår att nämnden bifaller ansökan.", "Arbetsutskottet"),
    ("Ordföranden föreslår att mötet ajourneras.", "Ordföranden"),
    ("Kl. 08.30 Frukosten serveras i matsalen.", "Frukosten"),
    ("Kl. 12.00 Lunch i matsalen.", "Lunch"),
    ("Måndag vaknade alla tidigt.", "Måndag"),
    ("Mamman bor med sin dotter (Vårdnadshavare 2) i lägenheten.", "Vårdnadshavare"),
    ("Hon flyttade hit med sin sambo Januari förra året.", "Januari"),
    ("Socialsekreteraren träffade Polisen på skolan.", "Polisen"),
    ("Socialsekreteraren träffade Rektor på skolan.", "Rektor"),
    ("Thanks again!\n\nBest,\nThe Team", "The Team"),
    ("I live in Uppsala with my two children.", "Uppsala"),
    ("Hei! Olen Tukholmassa huomenna.", "Tukholmassa"),
    ("Hola, vivo en Malmö con mi familia.", "Malmö"),
    ("Alltså, glöm inte att ta medicinen.", "Alltså"),
    ("Samtal med vårdnadshavare till Barnet om skolgången.", "Barnet"),
    ("Kl. 19.00 Personalen fick hjälp av nattpatrullen.", "Personalen"),
    ("Handläggare: Hur har veckan varit?\nSvar: Den har varit lugn.\nHandläggare: Bra.", "Svar"),
    ("Beslut: Ansökan avslås.\nMotivering: Du har inte rätt till bistånd.\nUpplysning: Beslutet kan överklagas.",
     "Motivering"),
    ("Ärende: Ansökan om bygglov\nBeskrivning: En ny carport vid garaget.", "Beskrivning"),
    ("SMS Påminnelse kl. 14.10: Du har en tid i morgon.", "Påminnelse"),
    ("Hon lämnade nycklarna till Receptionen innan hon reste.", "Receptionen"),
    ("Jag skickade intygen till Försäkringskassan i fredags.", "Försäkringskassan"),
    ("Vi skickade paketet till Norge i går.", "Norge"),
    ("Kan vi flytta mötet?\n- Protokoll\n- Budget", "Protokoll"),
    ("Att ta med:\n- Legitimation\n- Intyg", "Legitimation"),
    ("Skolan, Socialtjänsten och Polisen samverkar.", "Skolan"),
    ("Mötet hölls i Juni, Juli och Augusti.", "Juli"),
    ("Kommunens handläggare ringde i går.", "Kommunens"),
    ("Vi pratade länge om det med Socialtjänsten.", "Socialtjänsten"),
    ("Enligt Polisen var dörren redan låst.", "Polisen"),
    ("Enligt Lagen om stöd och service har hon rätt till ledsagning.", "Lagen"),
    ("Vittne: Ingen\nPlats: Polisstationen", "Ingen"),
    ("Förhör med Målsägande hölls på stationen.", "Målsägande"),
    ("Vi ses efter Jul.", "Jul"),
    ("Tolk: Arabiska\nHandläggare: Eva", "Arabiska"),
    ("I gave the keys to Reception yesterday.", "Reception"),
    # places, firms and words of the shapes Chinese, Korean and Thai given names are read by
    ("Familjen flyttade från Xiamen till Malmö i fjol.", "Xiamen"),
    ("Hon bytte sin Daewoo mot en elbil i våras.", "Daewoo"),
    ("Föreningen ordnar Mahjong och schack för de äldre.", "Mahjong"),
    ("Barnen tränar Taekwondo två kvällar i veckan.", "Taekwondo"),
    ("Tack för vykortet från Seoul, det kom i går.", "Seoul"),
    ("Resan gick vidare till Pattaya med buss.", "Pattaya"),
    ("Nämnden beviljar bidrag till Qigong för seniorer.", "Qigong"),
    ("Hon köpte en ny Xiaomi till dottern.", "Xiaomi"),
]
