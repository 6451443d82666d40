"""A second held-out batch of fictional person names (for ``check_names.py --half held-out2``), written blind.

The same origins as ``names_samples.TUNED``, with other names: every family name here is in neither
``names_samples.py`` nor ``names_heldout.py``, and no name as a whole is in the marked detection sets' sources.
Written by a helper who had not seen the detector's rules, its word lists, its tests nor any figure the checker
printed for names, so this batch measures how the name rules generalise to names nobody tuned on. Do not tune
rules on its misses and never run it with ``-v``: once this batch has been looked at, write a fresh one for the
honest figure.

Every name is an invented combination of given and family names as people of that origin carry them in Sweden:
double given names, patronymics (Icelandic "-dóttir" / "-son", Russian "-evitj"), the father's and grandfather's
names (Somali, Eritrean, Ethiopian), particles ("von der", "ten", "van 't", "d'", "de", "Al-", "Ait", "El",
"Delos", "Lo", "Dell'", "Ó"), two family names with or without a hyphen (Latin American, Spanish, Catalan "i"),
the family name written first (Vietnamese, Chinese, Korean), Sikh "Kaur" as a middle name, a Thai woman with a
Swedish family name, diacritics as the register keeps them, and Latin-script transliterations as Swedish
registers write them ("Vjatjeslav Igorevitj", "Mohamud", "Aphrem"). The names lean towards ones that are real
and common in each community without being its most famous; none is meant to be a known person's name, and none
was copied from a document or an evaluation set.

A kind is one origin; its item is (name, sex) as in ``names_samples``: the family name between slashes, the sex
("f" / "m") picking the title "fru" / "herr". The calling name used alone is the first word of the given names,
or the last one when the family name comes first.
"""

from __future__ import annotations

HELD_OUT2: dict[str, list[tuple[str, str]]] = {
    "swedish": [
        ("Britt-Marie /Sandström/", "f"),
        ("Nils Gunnar /Holmberg/", "m"),
        ("Karin /Hedlund Åberg/", "f"),
        ("Torbjörn /Öhman/", "m"),
        ("Stina /Dahlgren-Mattsson/", "f"),
    ],
    "finnish": [
        ("Pirjo Helena /Nieminen/", "f"),
        ("Markku /Hyvönen/", "m"),
        ("Satu /Pesonen/", "f"),
        ("Veli-Matti /Ylönen/", "m"),
    ],
    "sami": [
        ("Biret Ánne /Länta/", "f"),
        ("Nils-Henrik /Kuoljok/", "m"),
        ("Elle Márjá /Omma/", "f"),
        ("Jovnna /Tuorda/", "m"),
    ],
    "norwegian_danish": [
        ("Solveig /Bråthen/", "f"),
        ("Kjetil /Aasland/", "m"),
        ("Birthe Lykke /Thygesen/", "f"),
        ("Søren /Kjeldsen/", "m"),
    ],
    "icelandic": [
        ("Ragnheiður /Steinþórsdóttir/", "f"),
        ("Þorsteinn /Bjarnason/", "m"),
        ("Sigríður Ásta /Hauksdóttir/", "f"),
        ("Baldur /Eðvaldsson/", "m"),
    ],
    "estonian": [
        ("Maarja /Kuusk/", "f"),
        ("Priit /Pärn/", "m"),
        ("Külli /Rebane/", "f"),
        ("Andres /Põder/", "m"),
    ],
    "polish": [
        ("Katarzyna /Grabowska/", "f"),
        ("Wojciech /Szczepański/", "m"),
        ("Joanna Elżbieta /Kamińska-Rogalska/", "f"),
        ("Przemysław /Kaczmarek/", "m"),
    ],
    "russian_ukrainian": [
        ("Svetlana /Kuznetsova/", "f"),
        ("Jevgenij /Morozov/", "m"),
        ("Olena /Bondarenko/", "f"),
        ("Vjatjeslav Igorevitj /Sokolov/", "m"),
    ],
    "romanian": [
        ("Andreea /Dobre/", "f"),
        ("Bogdan /Vasilescu/", "m"),
        ("Mădălina Elena /Ciobanu/", "f"),
        ("Ștefan /Neagu-Pătrașcu/", "m"),
    ],
    "hungarian": [
        ("Katalin /Horváth/", "f"),
        ("Zoltán /Fekete/", "m"),
        ("Ildikó /Szabó-Balogh/", "f"),
        ("Levente /Győri/", "m"),
    ],
    "greek": [
        ("Vasiliki /Karagianni/", "f"),
        ("Charalampos /Oikonomou/", "m"),
        ("Panagiota /Tsakiri/", "f"),
        ("Spyridon /Vlachos/", "m"),
    ],
    "bosnian_serbian_croatian": [
        ("Emina /Mujić/", "f"),
        ("Nenad /Jovanović/", "m"),
        ("Snježana /Babić-Marković/", "f"),
        ("Mirza /Begović/", "m"),
    ],
    "albanian": [
        ("Blerta /Sylejmani/", "f"),
        ("Fatmir /Kelmendi/", "m"),
        ("Lirije /Ademi/", "f"),
        ("Besnik /Zeqiri/", "m"),
    ],
    "turkish": [
        ("Zeynep /Kaya/", "f"),
        ("Mustafa Emre /Korkmaz/", "m"),
        ("Hatice /Şahin/", "f"),
        ("Burak /Arslan/", "m"),
    ],
    "kurdish": [
        ("Hêvîn /Berwari/", "f"),
        ("Rebwar /Jaff/", "m"),
        ("Nishtiman /Zebari/", "f"),
        ("Serhad /Baran/", "m"),
    ],
    "syriac_assyrian": [
        ("Aphrem /Bahdi/", "m"),
        ("Nahrin /Shabo/", "f"),
        ("Sargon Eliyo /Kuriakos/", "m"),
        ("Ninorta /Malki-Ishak/", "f"),
    ],
    "arabic": [
        ("Hiba /Al-Saadi/", "f"),
        ("Omar Abdulkarim /Al-Obaidi/", "m"),
        ("Yasmin /Nasrallah/", "f"),
        ("Haitham /Abdul Razzaq/", "m"),
    ],
    "maghrebi": [
        ("Nadia /Ait Hamou/", "f"),
        ("Abdelkader /Benmoussa/", "m"),
        ("Samira /Zerrouki/", "f"),
        ("Hicham /El Idrissi/", "m"),
    ],
    "persian": [
        ("Maryam /Nazari/", "f"),
        ("Amir-Hossein /Ghorbani/", "m"),
        ("Nasrin /Bagheri/", "f"),
        ("Kourosh /Yazdani/", "m"),
    ],
    "afghan": [
        ("Mohammad Nasir /Ahmadzai/", "m"),
        ("Fereshta /Hotak/", "f"),
        ("Sayed Jawad /Hashimi/", "m"),
        ("Zahra /Rezaie/", "f"),
    ],
    "somali": [
        ("Sahra Mohamed /Samatar/", "f"),
        ("Abdullahi Osman /Dualeh/", "m"),
        ("Hibo Ali /Egal/", "f"),
        ("Mohamud Abdi /Elmi/", "m"),
    ],
    "eritrean": [
        ("Saba /Tewelde/", "f"),
        ("Filmon Kidane /Woldu/", "m"),
        ("Luwam /Haile/", "f"),
        ("Amanuel /Kahsay/", "m"),
    ],
    "ethiopian": [
        ("Selamawit /Worku/", "f"),
        ("Yohannes Bekele /Gebru/", "m"),
        ("Chaltu /Gemechu/", "f"),
        ("Tewodros /Mulugeta/", "m"),
    ],
    "nigerian": [
        ("Folasade /Olatunji/", "f"),
        ("Chinedu /Nwachukwu/", "m"),
        ("Ngozi Ifeoma /Anyanwu/", "f"),
        ("Musa /Abubakar/", "m"),
    ],
    "ghanaian": [
        ("Efua /Asante/", "f"),
        ("Kofi Agyeman /Frimpong/", "m"),
        ("Abena /Appiah-Kubi/", "f"),
        ("Selorm /Agbeko/", "m"),
    ],
    "congolese": [
        ("Mireille /Kabongo/", "f"),
        ("Dieudonné /Kabasele/", "m"),
        ("Espérance /Ngalula/", "f"),
        ("Héritier /Mbala Kanku/", "m"),
    ],
    "ugandan_kenyan": [
        ("Faith Nyambura /Kariuki/", "f"),
        ("Kevin /Ochieng/", "m"),
        ("Prossy /Nakato/", "f"),
        ("Godfrey /Mugisha/", "m"),
    ],
    "pakistani": [
        ("Rabia /Iqbal/", "f"),
        ("Usman Ali /Sheikh/", "m"),
        ("Mehwish /Rana/", "f"),
        ("Faisal /Khokhar/", "m"),
    ],
    "indian": [
        ("Ananya /Iyer/", "f"),
        ("Suresh /Venkataraman/", "m"),
        ("Manpreet Kaur /Grewal/", "f"),
        ("Vikram /Deshpande/", "m"),
    ],
    "bangladeshi": [
        ("Nusrat Jahan /Bhuiyan/", "f"),
        ("Mahbubur /Alam/", "m"),
        ("Sharmin /Nahar/", "f"),
        ("Kamrul Hasan /Miah/", "m"),
    ],
    "sri_lankan": [
        ("Chathurika /Gunasekara/", "f"),
        ("Kasun /Ekanayake/", "m"),
        ("Tharshini /Balasubramaniam/", "f"),
        ("Nimal /Karunaratne/", "m"),
    ],
    "thai": [
        ("Kanokwan /Sukprasert/", "f"),
        ("Anucha /Boonmee/", "m"),
        ("Wanida /Phromma/", "f"),
        ("Duangjai /Lindström/", "f"),
    ],
    "vietnamese": [
        ("/Huỳnh/ Thị Kim Oanh", "f"),
        ("/Vũ/ Đức Anh", "m"),
        ("/Ngô/ Quốc Bảo", "m"),
        ("Thanh Hương /Đỗ/", "f"),
    ],
    "chinese": [
        ("/Guo/ Hongwei", "m"),
        ("/Li/ Jiahui", "f"),
        ("Xiaoyan /Wu/", "f"),
        ("Ka-Wai /Cheung/", "m"),
    ],
    "korean": [
        ("/Shin/ Ha-eun", "f"),
        ("Seung-woo /Kwon/", "m"),
        ("/Hwang/ Ji-ho", "m"),
        ("Su-bin /Jang/", "f"),
    ],
    "japanese": [
        ("Sakura /Hayashi/", "f"),
        ("Takeshi /Okada/", "m"),
        ("Emi /Fujiwara/", "f"),
        ("Ryota /Shimizu/", "m"),
    ],
    "filipino": [
        ("Maricel /Manalo/", "f"),
        ("Rolando /Pascual/", "m"),
        ("Jennifer /Delos Reyes/", "f"),
        ("Mark Anthony /Tolentino/", "m"),
    ],
    "latin_american": [
        ("Camila Andrea /Riquelme Vergara/", "f"),
        ("Juan Pablo /Castillo Quispe/", "m"),
        ("Daniela /Cárdenas Restrepo/", "f"),
        ("Luis Alberto /Mamani/", "m"),
    ],
    "spanish_portuguese": [
        ("Pilar /Jiménez Navarro/", "f"),
        ("Rui /Pereira de Sousa/", "m"),
        ("Montserrat /Puig i Soler/", "f"),
        ("Tiago /Carvalho/", "m"),
    ],
    "german_austrian": [
        ("Sabine /Krüger-Haas/", "f"),
        ("Matthias /Baumgärtner/", "m"),
        ("Friederike /von der Lahr/", "f"),
        ("Florian /Obermaier/", "m"),
    ],
    "dutch": [
        ("Femke /de Vries/", "f"),
        ("Pieter-Jan /Smeets/", "m"),
        ("Lotte /ten Brink/", "f"),
        ("Maarten /van 't Hof/", "m"),
    ],
    "french": [
        ("Camille /Marchand/", "f"),
        ("Guillaume /Lemaire/", "m"),
        ("Anne-Sophie /Duval-Mercier/", "f"),
        ("Benoît /d'Aubigny/", "m"),
    ],
    "english_irish": [
        ("Niamh /Doherty/", "f"),
        ("Oliver /Pemberton/", "m"),
        ("Charlotte /Ashworth-Brown/", "f"),
        ("Declan /Ó Súilleabháin/", "m"),
    ],
    "italian": [
        ("Chiara /Lombardi/", "f"),
        ("Giuseppe /Ferraro/", "m"),
        ("Federica /Dell'Orto/", "f"),
        ("Matteo /Lo Presti/", "m"),
    ],
    "roma": [
        ("Kati /Grönfors/", "f"),
        ("Raimo /Hagert/", "m"),
        ("Sonja /Bihari/", "f"),
        ("Ramiz /Osmani/", "m"),
    ],
}
