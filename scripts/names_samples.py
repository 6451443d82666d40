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
}
