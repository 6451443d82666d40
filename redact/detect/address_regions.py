"""The rules for addresses in the shapes of the countries people in Sweden most often come from or have kin in,
registered in one place: each shape lives in a module named after its region (``address_asia``,
``address_europe_east``, ``address_middle_east``, ``address_iberian``, ``address_iceland``,
``address_british_isles``, ``address_africa``, ``address_latin_grid``, ``address_indonesia_malaysia``,
``address_date_streets``, ``address_label_places``, ``address_greek``, ``address_georgian``,
``address_taiwan``, ``address_south_slavic``, ``address_mexico``, ``address_ordinal_roads``, ``address_road_words``,
``address_zone_grid``, ``address_israel``, ``address_comma_numbers``, ``address_quarters_after_living``,
``address_homes_after_living``,
``address_quarter_lots``, ``address_district_homes``, ``address_numbered_avenues``) and a
home after "c/o" and a name or after a party's name in ``address_after_name_abroad``; and the homes with no street
of their own: a boat berth, a pitch, an allotment's lot or a care home's ward given as the home
(``address_lodgings``), a patient's ward and room at a hospital (``address_hospital_wards``), poste restante
(``poste_restante``), a farm with its property designation above a postal line (``address_farm_designation_lines``).
``redact.detect.address`` adds them to its recognizer's rules."""

from __future__ import annotations

from redact.detect import address_africa as africa
from redact.detect import address_asia as asia
from redact.detect import address_boat_berths as boat_berths
from redact.detect import address_box_lines_abroad as box_lines
from redact.detect import address_catalan as catalan
from redact.detect import address_comma_numbers as comma_numbers
from redact.detect import address_cyprus as cyprus
from redact.detect import address_maltese as maltese
from redact.detect import address_number_comma_first as number_comma_first
from redact.detect import address_date_streets as date_streets
from redact.detect import address_district_homes as district_homes
from redact.detect import address_numbered_avenues as numbered_avenues
from redact.detect import address_label_places as label_places
from redact.detect import address_british_isles as british_isles
from redact.detect import address_after_name_abroad as after_name
from redact.detect import address_europe_east as europe_east
from redact.detect import address_farm_designation_lines as farm_lines
from redact.detect import address_georgian as georgian
from redact.detect import address_hospital_wards as hospital_wards
from redact.detect import address_greek as greek
from redact.detect import address_iberian as iberian
from redact.detect import address_indonesia_malaysia as malay
from redact.detect import address_house_number_first as house_number_first
from redact.detect import address_latin_grid as grid
from redact.detect import address_ordinal_roads as ordinal_roads
from redact.detect import address_road_words as road_words
from redact.detect import address_lodgings as lodgings
from redact.detect import address_iceland as iceland
from redact.detect import address_israel as israel
from redact.detect import address_mexico as mexico
from redact.detect import address_middle_east as middle_east
from redact.detect import address_mongolian as mongolian
from redact.detect import address_named_home_lines as named_home_lines
from redact.detect import address_homes_after_living as homes_after_living
from redact.detect import address_quarter_lots as quarter_lots
from redact.detect import address_quarters_after_living as quarters_after_living
from redact.detect import address_south_slavic as south_slavic
from redact.detect import address_taiwan as taiwan
from redact.detect import address_units as units
from redact.detect import address_zone_grid as zone_grid
from redact.detect import poste_restante
from redact.detect.patterns import Rule

RULES: tuple[Rule, ...] = (
    Rule("berth_as_home", lodgings.BERTH, score=0.75, check=lodgings.check_berth, needs=lodgings.BERTH_NEEDS),
    Rule("ward_as_home", lodgings.WARD_HOME, score=0.85, check=lodgings.check_ward_home, needs=lodgings.WARD_NEEDS),
    Rule("hospital_ward_room", hospital_wards.WARD_ROOM, score=0.8, check=hospital_wards.check_ward_room,
         needs=hospital_wards.NEEDS),
    Rule("room_in_area_house", lodgings.AREA_ROOM, score=0.8, check=lodgings.check_area_room, needs=lodgings.AREA_NEEDS),
    Rule("site_lot_as_home", lodgings.SITE_LOT, score=0.75, check=lodgings.check_site_lot, needs=lodgings.SITE_NEEDS),
    Rule("boat_berth_after_its_boat", boat_berths.BOAT_BERTH, score=0.75, check=boat_berths.check_boat_berth,
         needs=boat_berths.NEEDS),
    Rule("named_home_above_postal_line", named_home_lines.NAMED_HOME_LINES, score=0.8,
         check=named_home_lines.check_named_home_lines, needs=named_home_lines.NEEDS),
    Rule("farm_designation_above_postal_line", farm_lines.FARM_DESIGNATION_LINES, score=0.8,
         check=farm_lines.check_farm_designation_lines, needs=farm_lines.NEEDS),
    Rule("poste_restante", poste_restante.POSTE_RESTANTE, score=0.8, needs=poste_restante.NEEDS),
    Rule("poste_restante_town_first", poste_restante.TOWN_FIRST, score=0.8, needs=poste_restante.NEEDS),
    Rule("latin_grid_abroad", grid.GRID_ADDRESS, score=0.85, check=grid.check_grid_address, gate=grid.GRID_GATE),
    Rule("quito_grid_abroad", grid.QUITO_ADDRESS, score=0.8, check=grid.check_quito_address, gate=grid.QUITO_GATE),
    Rule("malay_street_abroad", malay.MALAY_ADDRESS, score=0.85, check=malay.check_malay_address,
         gate=malay.MALAY_GATE),
    Rule("care_of_abroad", after_name.CARE_OF_ABROAD, score=0.8, check=after_name.check_care_of_abroad,
         needs=after_name.NEEDS),
    Rule("party_then_abroad", after_name.PARTY_THEN_ABROAD, score=0.8, check=after_name.check_party_then_abroad,
         gate=after_name.PARTY_GATE),
    Rule("south_asian_house_first", asia.SOUTH_ASIAN, score=0.85, check=asia.check_south_asian,
         gate=asia.SOUTH_ASIAN_GATE),
    Rule("south_asian_postal_line", asia.SOUTH_ASIAN_POSTAL_LINE, score=0.8, check=asia.check_south_asian_postal_line,
         gate=asia.SOUTH_ASIAN_POSTAL_GATE),
    Rule("ordinal_road_home", ordinal_roads.ORDINAL_ROAD_HOME, score=0.85, check=ordinal_roads.check_ordinal_road_home,
         gate=ordinal_roads.ORDINAL_ROAD_GATE),
    Rule("japanese_block", asia.JAPANESE, score=0.85, check=asia.check_japanese, gate=asia.JAPANESE_GATE),
    Rule("korean_road", asia.KOREAN, score=0.85, check=asia.check_korean, gate=asia.KOREAN_GATE),
    Rule("taiwanese_road", taiwan.TAIWANESE, score=0.85, check=taiwan.check_taiwanese, needs=taiwan.NEEDS),
    Rule("japanese_district_first", asia.JAPANESE_DISTRICT_FIRST, score=0.8, check=asia.check_japanese_district_first,
         needs=asia.JAPANESE_DISTRICT_NEEDS),
    Rule("japanese_from_prefecture", asia.JAPANESE_REVERSED, score=0.85, check=asia.check_japanese,
         gate=asia.JAPANESE_GATE),
    Rule("korean_from_city", asia.KOREAN_REVERSED, score=0.85, check=asia.check_korean, gate=asia.KOREAN_GATE),
    Rule("village_units_south_asia", asia.VILLAGE_UNITS, score=0.85, check=asia.check_village_units,
         gate=asia.VILLAGE_UNITS_GATE),
    Rule("philippine_barangay", asia.PHILIPPINE, score=0.85, check=asia.check_philippine_malaysian,
         gate=asia.PHILIPPINE_GATE),
    Rule("vietnamese_units", asia.VIETNAMESE, score=0.85, check=asia.check_vietnamese, gate=asia.VIETNAMESE_GATE),
    Rule("malaysian_road", asia.MALAYSIAN, score=0.85, check=asia.check_philippine_malaysian,
         gate=asia.MALAYSIAN_GATE),
    Rule("east_european_flat", europe_east.EAST_EUROPEAN, score=0.85, check=europe_east.check_east_european,
         gate=europe_east.GATE),
    Rule("rural_units_europe_east", europe_east.RURAL_UNITS, score=0.85, check=europe_east.check_rural_units,
         gate=europe_east.RURAL_GATE),
    Rule("brazilian_street", iberian.BRAZILIAN, score=0.85, check=iberian.check_brazilian,
         gate=iberian.BRAZILIAN_GATE),
    Rule("spanish_street", iberian.SPANISH, score=0.85, check=iberian.check_spanish, gate=iberian.SPANISH_GATE),
    Rule("mongolian_cyrillic", mongolian.MONGOLIAN, score=0.85, check=mongolian.check_mongolian, needs=mongolian.NEEDS),
    Rule("catalan_street", catalan.CATALAN, score=0.85, check=catalan.check_catalan, gate=catalan.GATE),
    Rule("catalan_street_floor", catalan.CATALAN_STREET, score=0.85, check=catalan.check_catalan_street,
         gate=catalan.STREET_GATE),
    Rule("cuban_street", iberian.CUBAN, score=0.85, check=iberian.check_cuban, gate=iberian.CUBAN_GATE),
    Rule("icelandic_street", iceland.ICELANDIC, score=0.85, check=iceland.check_icelandic, gate=iceland.GATE),
    Rule("argentine_street", iberian.ARGENTINE, score=0.85, check=iberian.check_argentine,
         gate=iberian.ARGENTINE_GATE),
    Rule("named_parts_abroad", middle_east.NAMED_PARTS, score=0.85, check=middle_east.check_named_parts,
         gate=middle_east.NAMED_PARTS_GATE),
    Rule("arabic_street_abroad_number_first", middle_east.ARABIC_NUMBER_FIRST, score=0.8,
         gate=middle_east.ARABIC_NUMBER_FIRST_GATE),
    Rule("turkish_street", middle_east.TURKISH, score=0.85, check=middle_east.check_turkish,
         gate=middle_east.TURKISH_GATE),
    Rule("uk_bare_street", british_isles.UK_BARE_STREET, score=0.85, check=british_isles.check_uk_bare_street,
         gate=british_isles.GATE),
    Rule("irish_county", british_isles.IRISH_COUNTY, score=0.8, check=british_isles.check_irish_county,
         gate=british_isles.IRISH_GATE),
    Rule("block_flat", british_isles.BLOCK_FLAT, score=0.85, check=british_isles.check_block_flat,
         gate=british_isles.BLOCK_FLAT_GATE),
    Rule("ghana_digital_address", africa.GHANA_GPS, score=0.85, check=africa.check_ghana_gps, gate=africa.GHANA_GATE),
    Rule("quarter_and_commune", africa.QUARTER_COMMUNE, score=0.8, check=africa.check_quarter_commune,
         gate=africa.QUARTER_GATE),
    Rule("date_street_abroad", date_streets.DATE_STREET, score=0.85, check=date_streets.check_date_street,
         gate=date_streets.DATE_STREET_GATE),
    Rule("places_after_label_abroad", label_places.PLACES_AFTER_LABEL, score=0.8,
         check=label_places.check_places_after_label, gate=label_places.PLACES_GATE),
    Rule("block_and_lot_abroad", africa.BLOCK_AND_LOT, score=0.85, check=africa.check_block_and_lot,
         gate=africa.BLOCK_AND_LOT_GATE),
    Rule("numbered_street_abroad", africa.NUMBERED_STREET, score=0.8, check=africa.check_numbered_street,
         gate=africa.NUMBERED_STREET_GATE),
    Rule("thai_village_number", units.THAI_VILLAGE, score=0.8, check=units.check_thai_village,
         gate=units.THAI_VILLAGE_GATE),
    Rule("quarter_after_living", quarters_after_living.QUARTER_AFTER_LIVING, score=0.8,
         check=quarters_after_living.check_quarter_after_living, needs=quarters_after_living.NEEDS),
    Rule("quarter_lot_or_box", quarter_lots.QUARTER_LOT, score=0.8, check=quarter_lots.check_quarter_lot,
         needs=quarter_lots.NEEDS),
) + house_number_first.RULES + greek.RULES + georgian.RULES + south_slavic.RULES + mexico.RULES + road_words.RULES + zone_grid.RULES + israel.RULES \
    + comma_numbers.RULES + district_homes.RULES + numbered_avenues.RULES + homes_after_living.RULES
# (a Cypriot street with its box or its four-digit postal code: address_cyprus; a Maltese street by its word, its house
# by number or name: address_maltese; a house number and a comma before a street with no street word and a lettered
# postal code: address_number_comma_first; a short "CP" box with its town and country on a line of its own:
# address_box_lines_abroad)
RULES += cyprus.RULES + maltese.RULES + number_comma_first.RULES + box_lines.RULES
