"""Fictional person names of the origins common in Sweden, the tuned half of ``check_names.py`` (tuned on).

Every name is an invented combination of a given name and a family name as people of that origin carry them in
Sweden (spelling, diacritics, particles and order as the Swedish population register and everyday documents
write them); none is meant to be a known person's name, and none was copied from a document or an evaluation set.

A kind is one origin; its item is (name, sex): the name in the order people write it, the family name between
slashes ("Anna-Karin /Lindqvist/", "/Nguyễn/ Thị Lan" for a family name written first), and the sex ("f" / "m")
that picks the title "fru" / "herr". The calling name used alone is the first word of the given names, or the last
one when the family name comes first. The held-out half is ``names_heldout.py``.
"""

from __future__ import annotations

TUNED: dict[str, list[tuple[str, str]]] = {
    "swedish": [
        ("Anna-Karin /Lindqvist/", "f"),
        ("Per Olof /Gustafsson/", "m"),
        ("Eva Maria /Jonsdotter/", "f"),
        ("Carl-Fredrik /Silfversparre/", "m"),
        ("Lo /Ek-Nilsson/", "f"),
    ],
    "finnish": [
        ("Jukka Tapani /Heikkinen/", "m"),
        ("Aino /Kärkkäinen/", "f"),
        ("Tuula /Mäkelä-Virtanen/", "f"),
        ("Eero /Hämäläinen/", "m"),
    ],
    "sami": [
        ("Ánte /Sikku/", "m"),
        ("Máret /Labba/", "f"),
        ("Risten Sara /Kuhmunen/", "f"),
        ("Issát /Pittja/", "m"),
    ],
    "norwegian_danish": [
        ("Sigrid /Haugland/", "f"),
        ("Jørgen /Østergaard/", "m"),
        ("Mette Kirstine /Bøgh/", "f"),
        ("Ole-Petter /Skjærvø/", "m"),
    ],
    "icelandic": [
        ("Guðrún /Sigurðardóttir/", "f"),
        ("Einar /Þórsson/", "m"),
        ("Hildur Björk /Jónsdóttir/", "f"),
        ("Ævar /Kristjánsson/", "m"),
    ],
    "estonian": [
        ("Kadri /Tamm/", "f"),
        ("Jaanus /Saar/", "m"),
        ("Triinu /Õunapuu/", "f"),
        ("Tõnis /Mägi-Kask/", "m"),
    ],
    "polish": [
        ("Agnieszka /Wójcik/", "f"),
        ("Paweł Grzegorz /Kowalczyk/", "m"),
        ("Małgorzata /Nowak-Zielińska/", "f"),
        ("Łukasz /Dąbrowski/", "m"),
    ],
    "russian_ukrainian": [
        ("Oksana /Kovalenko/", "f"),
        ("Dmitrij /Volkov/", "m"),
        ("Natalja Pavlovna /Smirnova/", "f"),
        ("Bohdan /Tkatjenko/", "m"),
    ],
    "romanian": [
        ("Ioana /Popescu/", "f"),
        ("Mihai Constantin /Dumitrescu/", "m"),
        ("Florentina /Stănescu/", "f"),
        ("Ionuț /Bălan-Radu/", "m"),
    ],
    "hungarian": [
        ("Zsófia /Kovács/", "f"),
        ("Gábor /Szőke/", "m"),
        ("Erzsébet /Tóth-Farkas/", "f"),
        ("Ödön /Hegedűs/", "m"),
    ],
    "greek": [
        ("Dimitrios /Papadopoulos/", "m"),
        ("Eleni /Georgiou/", "f"),
        ("Konstantina /Alexiou-Nikolaidou/", "f"),
        ("Stelios /Mavridis/", "m"),
    ],
    "bosnian_serbian_croatian": [
        ("Amra /Hodžić/", "f"),
        ("Dragan /Petrović/", "m"),
        ("Željka /Kovačević/", "f"),
        ("Đorđe /Stanković/", "m"),
    ],
    "albanian": [
        ("Arbër /Krasniqi/", "m"),
        ("Drita /Berisha/", "f"),
        ("Valbona /Gashi-Hoxha/", "f"),
        ("Ilir /Shala/", "m"),
    ],
    "turkish": [
        ("Ayşe /Yılmaz/", "f"),
        ("Mehmet /Çelik/", "m"),
        ("Gülşen /Öztürk/", "f"),
        ("Oğuz Kağan /Doğan/", "m"),
    ],
    "kurdish": [
        ("Rojda /Amedi/", "f"),
        ("Dilovan /Hawrami/", "m"),
        ("Shilan /Mohammadi/", "f"),
        ("Azad /Doski/", "m"),
    ],
    "syriac_assyrian": [
        ("Ninos /Barsom/", "m"),
        ("Shamiram /Lahdo/", "f"),
        ("Gabriel Abrohom /Melke/", "m"),
        ("Ilona /Aho-Yakob/", "f"),
    ],
    "arabic": [
        ("Rania /Haddad/", "f"),
        ("Mustafa /Al-Jubouri/", "m"),
        ("Khalid bin Saeed /Al-Mansoori/", "m"),
        ("Lina /Abu Khalil/", "f"),
    ],
    "maghrebi": [
        ("Youssef /Benali/", "m"),
        ("Khadija /El Amrani/", "f"),
        ("Mohamed-Amine /Bouzid/", "m"),
        ("Fatima-Zahra /Ouahbi/", "f"),
    ],
    "persian": [
        ("Shirin /Tehrani/", "f"),
        ("Mohammad-Reza /Karimi/", "m"),
        ("Parisa /Hosseinzadeh/", "f"),
        ("Dariush /Moghaddam/", "m"),
    ],
    "afghan": [
        ("Mirwais /Stanikzai/", "m"),
        ("Farishta /Noori/", "f"),
        ("Gul Ahmad /Wardak/", "m"),
        ("Zarghuna /Sadat/", "f"),
    ],
    "somali": [
        ("Hodan Abdi /Warsame/", "f"),
        ("Abdirahman Hassan /Jama/", "m"),
        ("Faadumo Cali /Nuur/", "f"),
        ("Ayaan Yusuf /Dahir/", "f"),
    ],
    "eritrean": [
        ("Senait /Tesfamariam/", "f"),
        ("Yonas Tekle /Habtom/", "m"),
        ("Helen /Ghebremedhin/", "f"),
        ("Mussie /Berhane/", "m"),
    ],
    "ethiopian": [
        ("Meron /Alemayehu/", "f"),
        ("Dereje /Woldemariam/", "m"),
        ("Tigist Girma /Assefa/", "f"),
        ("Abebe /Kebede/", "m"),
    ],
    "nigerian": [
        ("Oluwaseun /Adebayo/", "m"),
        ("Chiamaka /Okonkwo/", "f"),
        ("Adaeze /Nwosu-Eze/", "f"),
        ("Babatunde Olawale /Akinola/", "m"),
    ],
    "ghanaian": [
        ("Kwabena /Owusu/", "m"),
        ("Akosua /Mensah/", "f"),
        ("Yaw /Boateng/", "m"),
        ("Ama Serwaa /Darko/", "f"),
    ],
    "congolese": [
        ("Jean-Pierre /Mbuyi/", "m"),
        ("Chantal /Ilunga/", "f"),
        ("Patrice Tshibangu /Kalala/", "m"),
        ("Grâce /Mukendi/", "f"),
    ],
    "ugandan_kenyan": [
        ("Grace Achieng /Otieno/", "f"),
        ("Brian /Kiprotich/", "m"),
        ("Wanjiru /Kamau/", "f"),
        ("Moses /Ssemakula/", "m"),
    ],
    "pakistani": [
        ("Ayesha /Siddiqui/", "f"),
        ("Imran Tariq /Qureshi/", "m"),
        ("Sana /Malik/", "f"),
        ("Bilal /Chaudhry/", "m"),
    ],
    "indian": [
        ("Priya /Sharma/", "f"),
        ("Rajesh Kumar /Verma/", "m"),
        ("Harpreet /Kaur/", "f"),
        ("Gurpreet Singh /Dhillon/", "m"),
        ("Karthikeyan /Ramasamy/", "m"),
    ],
    "bangladeshi": [
        ("Tahmina /Akter/", "f"),
        ("Shafiqul Haque /Chowdhury/", "m"),
        ("Farhana /Begum/", "f"),
        ("Arif /Hossain/", "m"),
    ],
    "sri_lankan": [
        ("Dilini /Perera/", "f"),
        ("Tharindu /Wickramasinghe/", "m"),
        ("Nirosha /Fernando/", "f"),
        ("Thushanthan /Sivakumar/", "m"),
    ],
    "thai": [
        ("Siriporn /Wongsawat/", "f"),
        ("Somchai /Chaiyaporn/", "m"),
        ("Nattaya /Srisuk/", "f"),
        ("Pim /Kanjanapan/", "f"),
    ],
    "vietnamese": [
        ("/Nguyễn/ Thị Lan", "f"),
        ("/Trần/ Văn Hùng", "m"),
        ("/Phạm/ Minh Tuấn", "m"),
        ("/Lê/ Thu Hằng", "f"),
    ],
    "chinese": [
        ("/Wang/ Xiaoming", "m"),
        ("/Zhang/ Yuting", "f"),
        ("Meiling /Chen/", "f"),
        ("Jianguo /Liu/", "m"),
    ],
    "korean": [
        ("Min-jun /Park/", "m"),
        ("/Kim/ Seo-yeon", "f"),
        ("Ji-hoon /Lee/", "m"),
        ("/Choi/ Eun-ji", "f"),
    ],
    "japanese": [
        ("Yuki /Tanaka/", "f"),
        ("Haruto /Watanabe/", "m"),
        ("Aiko /Matsumoto/", "f"),
        ("Kenji /Yamaguchi/", "m"),
    ],
    "filipino": [
        ("Maria Cristina /Dela Cruz/", "f"),
        ("Jose Miguel /Reyes/", "m"),
        ("Rowena /Bautista/", "f"),
        ("Jun /Mendoza/", "m"),
    ],
    "latin_american": [
        ("María José /Fernández de la Cruz/", "f"),
        ("Cristián Andrés /Muñoz Rojas/", "m"),
        ("Valentina /Soto Contreras/", "f"),
        ("Rodrigo /Figueroa Sepúlveda/", "m"),
    ],
    "spanish_portuguese": [
        ("Lucía /García-Ortega/", "f"),
        ("João Pedro /da Silva Santos/", "m"),
        ("Ana Beatriz /Gonçalves/", "f"),
        ("Íñigo /Etxeberria/", "m"),
    ],
    "german_austrian": [
        ("Jürgen /Weißmann/", "m"),
        ("Katharina /von Falkenberg/", "f"),
        ("Lukas /Schröder/", "m"),
        ("Anna-Lena /Groß-Hübner/", "f"),
    ],
    "dutch": [
        ("Sanne /van der Berg/", "f"),
        ("Joost /Wijnands/", "m"),
        ("Marloes /van den Heuvel/", "f"),
        ("Bram /Hoekstra/", "m"),
    ],
    "french": [
        ("Marie-Claire /Dubois/", "f"),
        ("Jean-Baptiste /Lefèvre/", "m"),
        ("Hélène /de Saint-Aubin/", "f"),
        ("Théo /Garnier/", "m"),
    ],
    "english_irish": [
        ("Siobhan /O'Brien/", "f"),
        ("James /McAllister/", "m"),
        ("Emily /Clarke-Hughes/", "f"),
        ("Tom /Fitzgerald/", "m"),
    ],
    "italian": [
        ("Giulia /De Luca/", "f"),
        ("Marco /Di Stefano/", "m"),
        ("Francesca /Russo/", "f"),
        ("Alessandro /Bianchi-Ferri/", "m"),
    ],
    "roma": [
        ("Rosita /Taikon/", "f"),
        ("Milo /Kaldaras/", "m"),
        ("Angelina /Demeter/", "f"),
        ("Janko /Dimitri/", "m"),
    ],
    # Names in no lexicon that are spelled like ordinary words or other languages' words (short, no diacritics):
    # Nepali, Tamil, Eritrean/Ethiopian, Somali, Kurdish, Hazara, Thai, Filipino, Vietnamese, Chinese pinyin,
    # Bosnian without its letters, Romani and Sámi names (invented combinations, as above).
    "nepali": [
        ("Sabina /Gurung/", "f"),
        ("Pemba /Tamang/", "m"),
        ("Bishnu Maya /Magar/", "f"),
        ("Suraj /Rai/", "m"),
        ("Anjana /Thapa/", "f"),
    ],
    "tamil": [
        ("Tharshan /Kanagaratnam/", "m"),
        ("Nirojini /Selvarajah/", "f"),
        ("Kajan /Ravindran/", "m"),
        ("Abirami /Thevarajah/", "f"),
    ],
    "habesha": [
        ("Filmon /Tewolde/", "m"),
        ("Saba /Haile/", "f"),
        ("Kidane /Gebru/", "m"),
        ("Luwam /Tesfay/", "f"),
    ],
    "somali_more": [
        ("Liibaan /Cawil/", "m"),
        ("Nimco /Xasan/", "f"),
        ("Ubah /Guled/", "f"),
        ("Mahad /Ciise/", "m"),
    ],
    "kurdish_more": [
        ("Hevin /Bradosti/", "f"),
        ("Bawan /Zebari/", "m"),
        ("Berfin /Sindi/", "f"),
        ("Rebwar /Qadir/", "m"),
    ],
    "hazara": [
        ("Marzia /Sultani/", "f"),
        ("Hamid /Yawari/", "m"),
        ("Shakiba /Rezaie/", "f"),
        ("Ali Reza /Jaghori/", "m"),
    ],
    "thai_more": [
        ("Kanya /Boonmee/", "f"),
        ("Anan /Saetang/", "m"),
        ("Ploy /Rattanakorn/", "f"),
        ("Lek /Sombat/", "m"),
    ],
    "filipino_more": [
        ("Marites /Dimaculangan/", "f"),
        ("Rodel /Pangilinan/", "m"),
        ("Jocelyn /Macaraeg/", "f"),
        ("Arnel /Tolentino/", "m"),
    ],
    "vietnamese_more": [
        ("/Đỗ/ Thị Mai", "f"),
        ("/Huỳnh/ Văn Long", "m"),
        ("/Vũ/ Ngọc Anh", "f"),
        ("/Bùi/ Quang Minh", "m"),
    ],
    "chinese_pinyin": [
        ("/Zhou/ Wen", "m"),
        ("/Huang/ Lan", "f"),
        ("Jiahui /Sun/", "f"),
        ("/Gao/ Peng", "m"),
    ],
    "bosnian_plain": [
        ("Edin /Hasanagic/", "m"),
        ("Lejla /Begic/", "f"),
        ("Mirza /Sabic/", "m"),
        ("Amela /Ramic/", "f"),
    ],
    "romani": [
        ("Milan /Lakatos/", "m"),
        ("Esmeralda /Bakos/", "f"),
        ("Nikola /Gabor/", "m"),
        ("Dolores /Kalderas/", "f"),
    ],
    "sami_more": [
        ("Biret /Gaup/", "f"),
        ("Ovla /Nutti/", "m"),
        ("Sunná /Kitti/", "f"),
        ("Niillas /Omma/", "m"),
    ],
}

# Places abroad, brands and ordinary words that look like the names above and must stay readable:
# (text, the part that must not be masked).
KEEP_ABROAD: list[tuple[str, str]] = [
    ("Resan gick via Kuala Lumpur till Jakarta.", "Kuala Lumpur"),
    ("Pengarna skickades med Western Union till släktingar.", "Western Union"),
    ("Familjen bodde tidigare i Addis Abeba.", "Addis Abeba"),
    ("Han kom från Kathmandu i Nepal 2019.", "Kathmandu"),
    ("Hon har arbetat på ett hotell i Chiang Mai.", "Chiang Mai"),
    ("Släkten finns kvar i Jaffna och Colombo.", "Jaffna"),
    ("Ho Chi Minh-staden är den största staden i Vietnam.", "Ho Chi Minh-staden"),
    ("Banja Luka ligger i norra Bosnien.", "Banja Luka"),
    ("Asmara är Eritreas huvudstad.", "Asmara"),
    ("Mazar-i-Sharif ligger i norra Afghanistan.", "Mazar-i-Sharif"),
    ("Flyget från Cebu City landade sent.", "Cebu City"),
    ("Tamil Nadu är en delstat i södra Indien.", "Tamil Nadu"),
    ("Huawei och Xiaomi säljer telefoner i butiken.", "Huawei"),
    ("Pengarna fördes över via Remitly och MoneyGram.", "Remitly"),
    ("Thai Airways ställde in flyget till Bangkok.", "Thai Airways"),
    ("Sherpa är ett folk i Himalaya.", "Sherpa"),
    ("Mogadishu är Somalias huvudstad.", "Mogadishu"),
    ("Hanoi och Da Nang besöktes under resan.", "Da Nang"),
    ("Gurkha-soldater har tjänstgjort i brittiska armén.", "Gurkha"),
    ("Ramadan infaller i mars i år.", "Ramadan"),
    ("Tigrinja och amhariska talas i familjen.", "Tigrinja"),
    ("Dari är ett av Afghanistans officiella språk.", "Dari"),
    ("Pho och banh mi serverades på festen.", "Pho"),
    ("Karaoke ordnas i fritidsgården på fredagar.", "Karaoke"),
]
