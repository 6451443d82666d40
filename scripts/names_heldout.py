"""Fictional person names of the origins common in Sweden, the held-out half of ``check_names.py`` (never tuned on).

Other invented names of the same origins as ``names_samples.py``, written blind (without reading the detection
rules or their name lists) and at the same time as the tuned half: the honest figure of how the name rules
generalise. Do not tune on this half's misses and do not run it with ``-v``. None is meant to be a known person's
name, and none was copied from a document or an evaluation set.

An item is (name, sex): the name in the order people write it, the family name between slashes, and the sex
("f" / "m") that picks the title "fru" / "herr" (see ``names_samples.py``).
"""

from __future__ import annotations

HELD_OUT: dict[str, list[tuple[str, str]]] = {
    "swedish": [
        ("Bengt-Åke /Hallberg/", "m"),
        ("Märta /Olofsdotter/", "f"),
        ("Ulf Gunnar /Pettersson-Ståhl/", "m"),
        ("Kerstin /Adlersköld/", "f"),
        ("Siv /Åhlén/", "f"),
    ],
    "finnish": [
        ("Satu /Pöyhönen/", "f"),
        ("Veli-Matti /Lehtonen/", "m"),
        ("Pirjo Annikki /Räsänen/", "f"),
        ("Ilkka /Järvelä/", "m"),
    ],
    "sami": [
        ("Áslat /Simma/", "m"),
        ("Elle-Márjá /Nutti/", "f"),
        ("Piera /Kitok/", "m"),
        ("Inga Biret /Spik/", "f"),
    ],
    "norwegian_danish": [
        ("Kjersti /Aasgaard/", "f"),
        ("Søren /Hvidtfeldt/", "m"),
        ("Ingvild /Bjørnstad-Lie/", "f"),
        ("Bo /Krogh/", "m"),
    ],
    "icelandic": [
        ("Þórdís /Hallgrímsdóttir/", "f"),
        ("Snorri Már /Gunnarsson/", "m"),
        ("Ásdís /Ólafsdóttir/", "f"),
        ("Kári /Eiðsson/", "m"),
    ],
    "estonian": [
        ("Liis /Kuusik/", "f"),
        ("Märt /Sepp/", "m"),
        ("Kertu /Pärnpuu/", "f"),
        ("Tiit /Lepik/", "m"),
    ],
    "polish": [
        ("Katarzyna /Szymańska/", "f"),
        ("Bartłomiej /Woźniak/", "m"),
        ("Ewa /Jabłońska-Lis/", "f"),
        ("Jerzy Stanisław /Kaczmarczyk/", "m"),
    ],
    "russian_ukrainian": [
        ("Larysa /Hrytsenko/", "f"),
        ("Vadim Petrovitj /Zajtsev/", "m"),
        ("Anastasija /Bondartjuk/", "f"),
        ("Oleh /Melnyk/", "m"),
    ],
    "romanian": [
        ("Andreea /Munteanu/", "f"),
        ("Gheorghe /Țurcanu/", "m"),
        ("Mirela /Chiriac-Oprea/", "f"),
        ("Vasile /Rusu/", "m"),
    ],
    "hungarian": [
        ("Krisztina /Balogh/", "f"),
        ("Levente /Pásztor/", "m"),
        ("Ildikó /Németh/", "f"),
        ("Zoltán Bence /Lakatos/", "m"),
    ],
    "greek": [
        ("Vasiliki /Christodoulou/", "f"),
        ("Nikos /Tsakiridis/", "m"),
        ("Anastasios Panagiotis /Kotsis/", "m"),
        ("Despina /Lamprou/", "f"),
    ],
    "bosnian_serbian_croatian": [
        ("Emina /Begić-Softić/", "f"),
        ("Goran /Šarić/", "m"),
        ("Jasmina /Čaušević/", "f"),
        ("Dženan /Mehmedović/", "m"),
    ],
    "albanian": [
        ("Blerta /Morina/", "f"),
        ("Fatmir /Bytyqi/", "m"),
        ("Liridona /Kryeziu/", "f"),
        ("Agron /Rexhepi/", "m"),
    ],
    "turkish": [
        ("Şükrü /Aydın/", "m"),
        ("Büşra /Karakuş/", "f"),
        ("Emre /Güneş/", "m"),
        ("Nazlı /Çiftçi-Koç/", "f"),
    ],
    "kurdish": [
        ("Nazdar /Kakai/", "f"),
        ("Kawa /Sindi/", "m"),
        ("Evîn /Botanî/", "f"),
        ("Bawan Faraj /Hamasalih/", "m"),
    ],
    "syriac_assyrian": [
        ("Sargon /Danho/", "m"),
        ("Nahrin /Yalda/", "f"),
        ("Afrem /Gabro/", "m"),
        ("Madlen /Hanna-Kass/", "f"),
    ],
    "arabic": [
        ("Hussein /Al-Tamimi/", "m"),
        ("Fatima /al-Rubaie/", "f"),
        ("Abdullah bin Rashid /Al-Kaabi/", "m"),
        ("Yara /Abu Zeid/", "f"),
    ],
    "maghrebi": [
        ("Rachid /Belkacem/", "m"),
        ("Nadia /Ait Ouali/", "f"),
        ("Karim /Ben Slimane/", "m"),
        ("Samira /Chraibi/", "f"),
    ],
    "persian": [
        ("Laleh /Sadeghi/", "f"),
        ("Kourosh /Jafari/", "m"),
        ("Golnaz /Rahimi-Farahani/", "f"),
        ("Behzad Amir /Nasseri/", "m"),
    ],
    "afghan": [
        ("Hamid /Rahmani/", "m"),
        ("Nasima /Haidari/", "f"),
        ("Bashir Ahmad /Safi/", "m"),
        ("Shabnam /Durrani/", "f"),
    ],
    "somali": [
        ("Mustafe Ahmed /Guled/", "m"),
        ("Sahra Ismail /Omar/", "f"),
        ("Liban Abdullahi /Hirsi/", "m"),
        ("Hibaaq Osman /Mahamud/", "f"),
    ],
    "eritrean": [
        ("Freweini /Andemariam/", "f"),
        ("Dawit /Kidane/", "m"),
        ("Rahel /Okbamichael/", "f"),
        ("Filmon Yohannes /Gebrehiwet/", "m"),
    ],
    "ethiopian": [
        ("Selamawit /Tadesse/", "f"),
        ("Yohannes /Desta/", "m"),
        ("Bethlehem /Mengistu/", "f"),
        ("Getachew /Ayele/", "m"),
    ],
    "nigerian": [
        ("Folake /Adeyemi/", "f"),
        ("Chukwuemeka /Obi/", "m"),
        ("Ngozi /Okafor/", "f"),
        ("Tunde /Ogunleye/", "m"),
    ],
    "ghanaian": [
        ("Kofi /Agyeman/", "m"),
        ("Efua /Ampofo/", "f"),
        ("Nana Ama /Osei-Bonsu/", "f"),
        ("Kojo /Addo/", "m"),
    ],
    "congolese": [
        ("Bienvenu /Kasongo/", "m"),
        ("Nadège /Mwamba/", "f"),
        ("Dieudonné /Lukusa/", "m"),
        ("Esther Nsimba /Makiese/", "f"),
    ],
    "ugandan_kenyan": [
        ("Aisha /Nalubega/", "f"),
        ("Peter Mwangi /Njoroge/", "m"),
        ("Faith /Akinyi/", "f"),
        ("Isaac /Okello/", "m"),
    ],
    "pakistani": [
        ("Farah Naz /Butt/", "f"),
        ("Usman /Javed/", "m"),
        ("Rabia /Mirza/", "f"),
        ("Kamran Shahid /Awan/", "m"),
    ],
    "indian": [
        ("Lakshmi /Subramanian/", "f"),
        ("Arvind /Krishnamurthy/", "m"),
        ("Simran Kaur /Sandhu/", "f"),
        ("Ananya /Mehta/", "f"),
        ("Manpreet /Singh/", "m"),
    ],
    "bangladeshi": [
        ("Sharmin /Sultana/", "f"),
        ("Mizanur Rahman /Talukder/", "m"),
        ("Rumana /Khatun/", "f"),
        ("Tanvir Ahmed /Sarker/", "m"),
    ],
    "sri_lankan": [
        ("Chamari /Gunawardena/", "f"),
        ("Nuwan /Dissanayake/", "m"),
        ("Shanthini /Rajaratnam/", "f"),
        ("Kasun Bandara /Herath/", "m"),
    ],
    "thai": [
        ("Malee /Thongchai/", "f"),
        ("Kittipong /Saetang/", "m"),
        ("Wanida /Rattanakorn/", "f"),
        ("Ploy /Suwannarat/", "f"),
    ],
    "vietnamese": [
        ("/Hoàng/ Văn Đức", "m"),
        ("/Võ/ Thị Mai", "f"),
        ("/Đặng/ Quốc Bảo", "m"),
        ("/Bùi/ Ngọc Anh", "f"),
    ],
    "chinese": [
        ("/Zhao/ Haoran", "m"),
        ("/Huang/ Xinyi", "f"),
        ("Wei /Sun/", "m"),
        ("Lihua /Zhou/", "f"),
    ],
    "korean": [
        ("Hye-jin /Jung/", "f"),
        ("/Yoon/ Sung-min", "m"),
        ("Da-eun /Kang/", "f"),
        ("/Han/ Ji-woo", "m"),
    ],
    "japanese": [
        ("Sakura /Inoue/", "f"),
        ("Takeshi /Kobayashi/", "m"),
        ("Emi /Nakamura-Lind/", "f"),
        ("Ryo /Fujita/", "m"),
    ],
    "filipino": [
        ("Lorna /Villanueva/", "f"),
        ("Mark Anthony /Santos/", "m"),
        ("Rhea Mae /Garcia/", "f"),
        ("Ramil /Dimaculangan/", "m"),
    ],
    "latin_american": [
        ("Camila Ignacia /Araya Vergara/", "f"),
        ("Matías /Espinoza de la Fuente/", "m"),
        ("Javiera /Núñez Tapia/", "f"),
        ("Luis Alberto /Castro Oyarzún/", "m"),
    ],
    "spanish_portuguese": [
        ("Sergio /Martínez Ruiz/", "m"),
        ("Mariana /Conceição/", "f"),
        ("Tiago /Ferreira Lopes/", "m"),
        ("Nuria /Sánchez del Río/", "f"),
    ],
    "german_austrian": [
        ("Sabine /Köhler/", "f"),
        ("Maximilian /von der Heydt/", "m"),
        ("Jörg /Straßburger/", "m"),
        ("Lea-Sophie /Brandstätter/", "f"),
    ],
    "dutch": [
        ("Femke /de Jong-Bakker/", "f"),
        ("Jeroen /van Dijk/", "m"),
        ("Ilse /Verhoeven/", "f"),
        ("Daan /ter Horst/", "m"),
    ],
    "french": [
        ("Anne-Sophie /Mercier/", "f"),
        ("François /Dupont-Moreau/", "m"),
        ("Éloïse /Rousseau/", "f"),
        ("Luc /de la Roche/", "m"),
    ],
    "english_irish": [
        ("Niamh /O'Sullivan/", "f"),
        ("Callum /MacLeod/", "m"),
        ("Sarah Jane /Whitfield/", "f"),
        ("Ben /Murphy/", "m"),
    ],
    "italian": [
        ("Chiara /Lo Bianco/", "f"),
        ("Matteo /Esposito/", "m"),
        ("Luca /Dell'Acqua/", "m"),
        ("Serena /Di Giacomo/", "f"),
    ],
    "roma": [
        ("Lenka /Caldaras/", "f"),
        ("Bakro /Taikon/", "m"),
        ("Mimi /Stojka/", "f"),
        ("Dragoslav /Dimitri/", "m"),
    ],
}
