"""Detection of personal data on a page: Presidio with our Swedish recognizers.

Names on stretches of a page in another language than Swedish are then held to stronger
evidence (``redact.detect.foreign_names``); every other category is found the same in any language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import py3langid
from presidio_analyzer import EntityRecognizer, RecognizerResult
from spacy.language import Language

from redact.detect.address_chains import bridge_address_parts, with_parts_before, with_units_after
from redact.detect.address_country_lines import with_country_line
from redact.detect.address_glued_numbers import with_glued_number
from redact.detect.address_growth import grow_addresses_abroad, with_country_after
from redact.detect.address_joins import join_address_parts, with_town_cell_after
from redact.detect.address_lodgings import home_name_spans, with_lodging_before
from redact.detect.address_road_words import road_word_spans
from redact.detect.archive_references import drop_archive_references
from redact.detect.address_moves import split_moves
from redact.detect.address_named_places import with_place_before
from redact.detect.address_notes import with_place_note
from redact.detect.address_region_words import with_region_word_after
from redact.detect.address_towns import with_town_after
from redact.detect.authority_address import drop_authority_addresses
from redact.detect.bracketed_acronyms import drop_body_acronyms
from redact.detect.case_headings import (after_case, after_other_numbers_label, after_own_case_label, case_heading_codes,
                                         before_case_line, closes_case, ends_case, heads_case_on_page, is_case,
                                         names_case, only_cases, opens_case, permit_codes)
from redact.detect.case_serials import drop_case_serials
from redact.detect.cell_findings import (
    with_activity_surnames, with_headed_cells, with_listed_codes, with_listed_giros, with_listed_identifiers,
    with_neighbour_names,
)
from redact.detect.header_row_values import drop_first_row_cells
from redact.detect.cell_name_lists import join_cell_name_lists
from redact.detect.clinical_codes import drop_clinical_codes
from redact.detect.disease_names import drop_disease_names
from redact.detect.defined_codes import drop_defined_codes
from redact.detect.era_marks import era_mark
from redact.detect.hospital_sites import drop_hospital_sites
from redact.detect.map_sources import map_source
from redact.detect.unit_names import drop_unit_names, unit_names
from redact.detect.register_areas import drop_register_area_persons
from redact.detect.foreign_names import restrict
from redact.detect.foreign_person_words import is_foreign_person_word
from redact.detect.articled_acronyms import articled_acronym
from redact.detect.header_names import without_header_cues
from redact.detect.language import (
    DocumentLanguage, LanguageModel, PageLanguage, identify, identify_pages, load_model, language_text, throughout,
)
from redact.detect.heading_words import drop_heading_words
from redact.detect.address_lead_words import without_sentence_lead
from redact.detect.mail_header_labels import drop_header_labels
from redact.detect.month_words import drop_month_words
from redact.detect.joined_header_cells import drop_joined_header_cells
from redact.detect.next_line_words import trim_next_line_words
from redact.detect.month_dates import drop_month_dates
from redact.detect.datelines import drop_dateline_findings
from redact.detect.letterhead_boxes import drop_letterhead_boxes, letterhead_boxes
from redact.detect.letterhead_numbers import drop_letterhead_numbers, letterhead_numbers
from redact.detect.switchboard_mailboxes import drop_letterhead_mailboxes, letterhead_mailboxes
from redact.detect.id_label_prefixes import trim_label_prefixes
from redact.detect.initials_dots import with_closing_dots
from redact.detect.initials_in_row_columns import with_capitals_in_initials_columns
from redact.detect.lodging_labels import drop_lodging_addresses
from redact.detect.makers_before_numbers import with_makers_before
from redact.detect.thing_number_cells import with_thing_cells
from redact.detect.labels_before_codes import with_labels_outside
from redact.detect.heading_over_header import heading_over_header
from redact.detect.law_references import drop_section_points, law_reference
from redact.detect.licence_classes import licence_class
from redact.detect.measured_quantities import quantity_span, unit_after_figure
from redact.detect.thing_cell_texts import names_thing_cell, thing_cell_texts
from redact.detect.letter_closings import drop_closing_words
from redact.detect.plate_regions import with_plate_regions
from redact.detect.row_numbers import trim_row_numbers
from redact.detect.goods_codes import trim_goods_codes
from redact.detect.lettered_codes import codes_read_as_phones
from redact.detect.case_short_forms import case_short_forms, drop_case_short_forms
from redact.detect.matter_series import matter_series, with_matter_series
from redact.detect.thing_makes import drop_thing_makes
from redact.detect.thing_columns import drop_thing_cells
from redact.detect.firm_columns import drop_firm_cell_names, firm_names, without_firm_names
from redact.detect.status_columns import drop_status_codes
from redact.detect.vessel_names import drop_vessel_names
from redact.detect.animal_names import drop_animal_names
from redact.detect.heritage_sites import drop_heritage_sites
from redact.detect.storm_names import drop_storm_names
from redact.detect.subject_number_labels import drop_subject_labels
from redact.detect.booking_references import carrier_spans
from redact.detect.things_named import persons_outside
from redact.detect.no_home_spans import names_no_home
from redact.detect.no_person_spans import ASSOCIATION, names_municipality, no_persons_name
from redact.detect.names import Lexicons, load_lexicons
from redact.detect.named_relations import born_after
from redact.detect.patterns import Rule
from redact.detect import stored_programs
from redact.detect.name_spans import (
    NAME_CELL_NOTE, drop_code_nouns, drop_directed_names, drop_label_before_codes, drop_numbered_nouns,
    drop_own_paper_series, extend_to_recipient_line, names_a_field, ordinary_noun,
    signing_label, split_at_titles, trim_english_openers, trim_street_words, trim_trade_and_role_words,
)
from redact.detect.organisation import drop_organisation_data, switchboard_label
from redact.detect.owned_property import drop_organisations_properties
from redact.detect.sentence_start import ordinary_sentence_start
from redact.detect.places import without_countries
from redact.detect.place_country_codes import drop_place_code_persons
from redact.detect.property_style_addresses import designations_as_addresses
from redact.detect.property_siblings import with_sibling_properties
from redact.detect.language import SWEDISH_RULES
from redact.detect.birth_date_appositions import with_apposed_births
from redact.detect.birth_date_forms import with_converted_births
from redact.detect.birth_era_words import with_era_words
from redact.detect.learned_spans import (
    load_extra_taggers, load_tagger, shared_components, shares_docs, tagged_in_turn, tagged_spans,
    union_spans, with_learned_spans, without_covered_spans,
)
from redact.detect.presidio import analyze_many, build_analyzer
from redact.detect.table_headers import model_number_header
from redact.detect.threshold import DEFAULT_THRESHOLD  # noqa: F401 - callers read it here too
from redact.detect.address_towns import drop_towns_read_as_persons
from redact.detect.warm_up import warm_up
from redact.detect.window_places import with_window_places
from redact.detect.address_windows import with_window_blocks
from redact.detect.address_cued_lines import with_cued_home_lines
from redact.detect.address_inline_homes import with_inline_cued_homes
from redact.types import CATEGORIES, Finding, Page


def default_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the product ships, in a fixed order."""
    from redact.detect.names import name_recognizers
    from redact.detect.patterns import pattern_recognizers

    return [*pattern_recognizers(), *name_recognizers()]


class Detector:
    """Finds personal data in pages of text; holds the loaded pipeline and analyzer."""

    def __init__(
        self,
        nlp: Language | None = None,
        recognizers: Sequence[EntityRecognizer] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        model_path: Path | None = None,
        tagger: Language | None = None,
        extra_taggers: Sequence[Language] | None = None,
    ):
        if nlp is None:
            from redact.detect.nlp import load_pipeline

            nlp = load_pipeline(model_path)
            # the shipped detector: the learned tagger proposes beside the rules (a given pipeline runs them alone)
            tagger = tagger if tagger is not None else load_tagger()
            extra_taggers = extra_taggers if extra_taggers is not None else load_extra_taggers()
        self.nlp = nlp
        self.tagger = tagger
        # further taggers beside the first: the union of their spans, each held to the same checks
        self.extra_taggers = tuple(extra_taggers or ()) if tagger is not None else ()
        taggers = (tagger, *self.extra_taggers) if tagger is not None else ()
        # the tagger reads the main pipeline's Docs where its tokenizer is the same (each page tokenized once), and
        # their vectors where it listens to that pipeline's tok2vec (each page's vectors computed once)
        self._shares_docs = bool(taggers) and all([shares_docs(nlp, t) for t in taggers])
        self._skips = [shared_components(nlp, t) for t in taggers] if self._shares_docs else []
        self.threshold = threshold
        self.engine = build_analyzer(nlp, recognizers if recognizers is not None else default_recognizers())
        self._language_model: LanguageModel | None = None
        self.document_language = DocumentLanguage()  # what the pages of the current document say
        self.lexicons: Lexicons = load_lexicons()
        self._warmed_up = False  # see load_before_fork
        # the programs the patterns compiled to, for the next process's start-up (nothing when none was new)
        stored_programs.save()

    def add_recognizer(self, recognizer: EntityRecognizer | Rule, *, category: str | None = None,
                       context: Sequence[str] = ()) -> EntityRecognizer:
        """Add a Presidio recognizer for "sv", or one of our pattern rules (with ``category``), to this detector.

        Its entity names are categories like any other: they reach the findings file, profiles and masks.
        """
        from redact.detect.custom import as_recognizer

        added = as_recognizer(recognizer, category=category, context=context)
        self.engine.registry.add_recognizer(added)
        return added

    @property
    def language_model(self) -> LanguageModel:
        """py3langid's model, loaded on the first page (not at start-up: it takes 0.4 s) and kept."""
        if self._language_model is None:
            self._language_model = load_model()
        return self._language_model

    def load_before_fork(self) -> None:
        """Load the language model now, in this process: a worker forked for a document then shares it rather than
        loading it again (0.4 s a document; kept here, as a model loaded in the worker dies with it); and once, what
        the rules build on first use (see ``warm_up``)."""
        self.language_model  # noqa: B018 (the property loads it)
        if not self._warmed_up:
            self._warmed_up = True
            warm_up(self)

    def language(self, text: str) -> PageLanguage:
        """The language of a page's text and of each stretch of it (thin text: the document's so far)."""
        return identify(text, self.language_model, self.document_language.language)

    def begin_document(self) -> None:
        """Forget the language of the document before: thin pages of the next take the next's."""
        self.document_language = DocumentLanguage()

    @property
    def versions(self) -> dict[str, str]:
        """Tool and model versions, for the audit record."""
        meta = getattr(self.nlp, "meta", {}) or {}
        return {
            "model": f"{meta.get('name', 'blank')}-{meta.get('version', '0')}",
            "lang": self.nlp.lang,
            "language_id": f"py3langid-{py3langid.__version__}",
        }

    def detect(self, page: Page) -> list[Finding]:
        """Findings on one page, sorted by position; ids are provisional until resolve."""
        return self.detect_many([page])[0]

    def detect_many(self, pages: Sequence[Page], languages: Sequence[str | None] | None = None) -> list[list[Finding]]:
        """Findings of several pages (as :meth:`detect` on each), the language model batched.

        ``languages`` gives, per page, a language the text is known to be in (None: identify it):
        a few lines read from a page are too little text to identify on their own.
        """
        hints = list(languages) if languages is not None else [None] * len(pages)
        todo = [p for p in pages if p.text.strip()]
        texts = [p.text for p in todo]
        of_docs: list[list[list[tuple[int, int, str]]]] = []
        read_docs = None
        taggers = (self.tagger, *self.extra_taggers) if self.tagger is not None else ()
        if todo and taggers and self._shares_docs:
            skips = self._skips
            read_docs = lambda docs: of_docs.append(union_spans(  # noqa: E731
                tagged_in_turn(taggers, skips, docs)))
        results = iter(analyze_many(self.engine, texts, self.threshold, read_docs)) if todo else iter(())
        tagged = None
        if todo and taggers:  # (a custom engine reads no Docs: the tagger reads the texts)
            tagged = iter(of_docs[0] if of_docs else union_spans([tagged_spans(t, texts) for t in taggers]))
        unhinted = [p for p, hint in zip(pages, hints) if not hint and p.text.strip()]
        # an OCR page's language is decided on the words read with confidence (see language.language_text)
        identified = dict(zip((id(p) for p in unhinted), identify_pages(
            [language_text(p.text, p.words) if p.source == "ocr" else p.text for p in unhinted],
            self.language_model, self.document_language) if unhinted else ()))
        # the case numbers the document writes as its paragraphs' headings, on any of its pages (see case_headings)
        cases = case_heading_codes(texts)
        # and the permits' numbers beside them, whose series' letters are no name either (see case_headings)
        openers = cases | permit_codes(texts, cases)
        # the running parts of the case numbers the document writes in full ("3114" of "2026-3114"; see case_short_forms)
        short_cases = case_short_forms(texts)
        # the series of its persons' matter numbers a sentence names apart from its diary number (see matter_series)
        matters = matter_series(texts)
        # the names the document gives its units after their nouns ("Dagverksamheten Lärkan"; see unit_names)
        units = unit_names(texts)
        # the firms a column of companies names, on any of its pages ("Betsson" under "Bolag"; see firm_columns)
        firms = firm_names(todo, self._listed_name)
        # the mailboxes the letterhead gives as the body's, on any of its pages (see switchboard_mailboxes)
        own_mailboxes = letterhead_mailboxes(texts)
        # and its numbers, written again further on ("Har du frågor ring …"; see letterhead_numbers)
        own_numbers = letterhead_numbers(texts)
        # and its box, by its letterhead's shape, written again in a window block (see letterhead_boxes)
        own_boxes = letterhead_boxes(texts)
        # the codes its columns of things hold, a course's or an exam site's, on any of its pages (see thing_cell_texts)
        things = thing_cell_texts(todo)
        out: list[list[Finding]] = []
        for page, hint in zip(pages, hints):
            if not page.text.strip():
                out.append([])
                continue
            found = next(results)
            findings = [self._finding(page, r, n) for n, r in enumerate(sorted(found, key=_order))]
            # the header's last cell read as the label of the first row's first cell (see header_row_values)
            findings = drop_first_row_cells(findings, page.text)
            findings = with_headed_cells(page, findings)
            findings = with_neighbour_names(page, findings, self.lexicons)
            findings = with_listed_codes(page, findings, cases)
            findings = with_listed_giros(page, findings)
            findings = with_listed_identifiers(page, findings)
            # "3 Hamal 1370 motsvarar 23 mars 1991" below a births column holding it (see birth_date_forms)
            findings = with_converted_births(findings, page.text, page.number)
            # "född Heisei 3-nen 4-gatsu 12-nichi, den 12 april 1991": ours after the paper's (see birth_date_appositions)
            findings = with_apposed_births(findings, page.text, page.number)
            # "4.12.1391 AH", "21.01.1972 թ.": the era's mark or the year's word after a birth date (birth_era_words)
            findings = with_era_words(findings, page.text)
            findings = [replace(f, id=f"p{page.number}-{n}")
                        for n, f in enumerate(grow_addresses_abroad(findings, page.text))]
            findings = with_activity_surnames(page, findings, self.lexicons)
            language = throughout(page.text, hint) if hint else identified[id(page)]
            if tagged is not None:  # the tagger's spans are held to the same checks as the rules' below
                findings = sorted(with_learned_spans(page, findings, next(tagged), lambda a, b, category: (
                    category != "PERSON" or (language.at(a) in SWEDISH_RULES
                                             and not era_mark(page.text, a, b)  # "AH" of "3/7/1411 AH"
                                             and not map_source(page.text, a, b)  # "LM" of "kartutdrag ur LM"
                                             and not names_municipality(page.text[a:b], page.text)
                                             and not no_persons_name(page.text, a, b)
                                             and not opens_case(page.text, a, b, openers)
                                             # "Studenter" / "Student": a heading and its table's first header cell
                                             and not heading_over_header(page.text, a, b)))
                    # "RB" of "36 kap. RB", "576/2013" of "förordning (EU) 576/2013": a law (see law_references)
                    and not law_reference(page.text, a, b)
                    # "AM" of "moped klass I (AM)": a driving licence's class (see licence_classes); "mW" of "500 mW":
                    # a device's rating (see measured_quantities)
                    and not (category == "PERSON" and (licence_class(page.text, a, b) or unit_after_figure(page.text, a, b)))
                    # "skriver MAT104 den 3 juni på KTH": a course and a site the document's thing columns hold
                    and not (category in ("PERSON", "ID_NUMBER") and names_thing_cell(page.text, a, b, things))
                    and not (category == "ADDRESS" and names_no_home(page.text, a, b))
                    # a thing's number's header with its model's figure ("Ak 4 nr"): a header cell, no one's data
                    and not model_number_header(page.text[a:b])
                    and not (category == "ID_NUMBER" and (ASSOCIATION.match(page.text[a:b])
                                                          # "EKG 14 d", "−104 dBm": a quantity (measured_quantities)
                                                          or quantity_span(page.text, a, b)
                                                          or heads_case_on_page(page.text, a, b)
                                                          or after_own_case_label(page.text, a)
                                                          or names_case(page.text[a:b], cases, not after_other_numbers_label(
                                                              page.text, a))))), key=_finding_order)
            # a rule's identifier that is one of the document's case numbers ("526-4410-2026. Bastu vid sjön." heading
            # its case's notes, the case's row in the table above): the authority's own, as for the tagger above
            # and a name that is the letters of one ("LM" of "LM 2027-031": the report series', no initials), and a
            # bankgiro that is its digits after the series' letters ("2027-1128" of "MHE 2027-1128") or the whole case
            # (a case column's first row read under the header's "Konto")
            findings = [f for f in findings if not (f.start is not None and (
                (f.category == "ID_NUMBER" and names_case(page.text[f.start:f.end], cases,
                                                          not after_other_numbers_label(page.text, f.start)))
                # and a property's designation that is one ("RS 27:118", a case numbered by its year and serial after
                # a colon under "Ärende"), an address or a name that is one alone ("St 9318", "Fynd GF 27:014")
                or (f.category == "PROPERTY" and names_case(page.text[f.start:f.end], cases, False))
                or (f.category in ("ADDRESS", "PERSON") and is_case(page.text[f.start:f.end], cases))
                or only_cases(f, page.text, cases)
                or (f.category == "PERSON" and opens_case(page.text, f.start, f.end or f.start, openers))
                or (f.category == "PERSON" and ends_case(page.text, f.start, f.end or f.start, cases))
                or (f.category == "BANK_ACCOUNT" and (closes_case(page.text, f.start, f.end or f.start, cases)
                                                      or names_case(page.text[f.start:f.end], cases, False)))))]
            # an address the tagger ran on into a case number's line ends before it, and an identifier it read on
            # from a case number ("RV-KO 2031-119, donor KO 7 4417") starts after it (see case_headings); one a rule
            # or an account's ran on into the next row's case ends before it too ("id-kort 5520 4418" / "5000-K4456-27")
            if cases:
                findings = [g for f in findings if (g := _beside_cases(f, page.text, cases)) is not None]
            # a thing's maker and model right before its serial, the rules' or the tagger's (see makers_before_numbers)
            # (but not from a label's word: "Jaktbevis AC-SÄL 26/0412" at a line's start; see labels_before_codes)
            findings = with_labels_outside(findings, with_makers_before(findings, page.text), page.text)
            # a thing's number cell after its kind's cell, the whole cell (see thing_number_cells)
            findings = with_thing_cells(findings, page.text, page.number)
            # (a person's matter number, after its maker-like noun: "Avtal TV-HUND 27/0442"; see matter_series)
            findings = with_matter_series(page, findings, matters)
            # the country right after a home, the rules' or the tagger's, is its last part (see with_country_after), and
            # so is the country in capitals alone on the window's next line (see address_country_lines)
            # and so is a note of where at the home, ending the address's cell (see address_notes), and the named
            # place a stay's street belongs to before it (see address_named_places); so are the ward, room or pitch
            # before the street (see address_lodgings) and a village after it in a sentence (see address_towns)
            # and so are the numbered parts of the building after the street or before it, whatever their word, with
            # the home's name before them (see address_chains), and a region's kind word after its name ("Hiiu
            # maakond": see address_region_words)
            findings = without_covered_spans([
                with_parts_before(with_lodging_before(with_place_before(with_place_note(with_town_after(
                    with_units_after(with_country_line(
                        with_country_after(with_region_word_after(f, page.text), page.text), page.text), page.text),
                    page.text), page.text), page.text), page.text), page.text)
                for f in findings])
            # "Båtklubben plats 47/29": a number glued to the address's last figure is its own (see address_glued_numbers)
            findings = [with_glued_number(f, page.text) for f in findings]
            # "Björkhagen, avd. Linnéa, rum 3, …": a home's own name opening its ward's address, no surname (see
            # address_lodgings)
            findings = persons_outside(findings, home_name_spans(findings, page.text))
            # "Calle Los Aromos 455, Villa Alemana, …": a street's and a town's words inside an address abroad that
            # opens with its road's word, no one's name (see address_road_words)
            findings = persons_outside(findings, road_word_spans(findings, page.text))
            # an address over both ends of a move is its two homes (see address_moves); a designation with a postal
            # code is where someone lives (see property_style_addresses); the pieces of
            # one home's address, the rules' and the tagger's, are one finding with the short parts between them
            # (see address_chains, address_joins)
            findings = designations_as_addresses(split_moves(findings, page.text), page.text)
            findings = with_town_cell_after(join_address_parts(bridge_address_parts(findings, page.text), page.text),
                                            page.text)
            # "Rauno Lind" / "Nybodarna" / "820 50 Los": a letter's home without a number (see window_places)
            findings = with_window_places(findings, page.text, page.number)
            # "Rania Haddad" / "Building 14, …, Jabal Amman" / "Amman 11181, Jordan": a window's lines under the name,
            # one home whatever its country, where a part of them was found (see address_windows)
            findings = with_window_blocks(findings, page)
            # "Mi madre vivía antes en" / "Av. …, Santiago de los Caballeros,": a former home's line after its cue, whole
            # to the comma ending its clause (see address_cued_lines)
            findings = with_cued_home_lines(findings, page.text, page.number)
            # "Dad lived before at Apt 3, Sallowmore House, Galway," / "and from …": the places after a home found on
            # its cue's line, to the comma closing its clause (see address_inline_homes)
            findings = with_inline_cued_homes(findings, page.text, page.number)
            findings = drop_towns_read_as_persons(findings, page.text)  # "Kvarngatan 40 i Sala": the town
            findings = drop_directed_names(findings, page.text)  # "övningen Södra Sköld": an exercise (name_spans)
            findings = drop_organisation_data(findings, page.text)
            findings = drop_defined_codes(findings, page.text)
            findings = drop_clinical_codes(findings, page.text)  # "FDI 36": a tooth, no one's number
            findings = drop_archive_references(findings, page.text)  # "SE/HLA/1010 A I:14": an archive's volume
            findings = drop_case_serials(findings, page.text)
            findings = drop_case_short_forms(findings, short_cases)
            findings = drop_unit_names(findings, units)
            findings = drop_register_area_persons(findings, page.text)
            findings = drop_authority_addresses(findings, page.text)
            findings = drop_lodging_addresses(findings, page.text)  # "Hotell på Gran Canaria: …" (see lodging_labels)
            findings = without_sentence_lead(findings, page.text)  # "şimdi Amiralsgatan 61, …" (address_lead_words)
            findings = drop_letterhead_mailboxes(findings, own_mailboxes, page.text)
            findings = drop_letterhead_numbers(findings, own_numbers, page.text)
            findings = drop_letterhead_boxes(findings, own_boxes, page.text)
            findings = drop_month_dates(findings, page.text)
            # "τον Ιούνιο": a month, no name (see month_words)
            findings = drop_month_words(findings, page.text, lambda at: language.at(at) in SWEDISH_RULES)
            findings = drop_dateline_findings(findings, page.text)  # "Östersund den 22 november 2027" (datelines)
            # "Älvhem Lodjuret 4 och ÄLVHEM LODJURET 5": a found property's area and block (see property_siblings)
            findings = with_sibling_properties(findings, page.text, page.number)
            findings = drop_organisations_properties(findings, page.text)
            findings = self._without_ordinary_words(findings, page.text)
            findings = drop_heading_words(findings, page.text)  # "Del" of "Del 4: …" (see heading_words)
            findings = drop_header_labels(findings, page.text)  # "Para:" over a message (see mail_header_labels)
            # "Avgått Ersättare" (see joined_header_cells); "SpelL" under "Lagrum": a law, no initials (thing_columns)
            findings = drop_thing_cells(drop_joined_header_cells(findings, page.text), page)
            # "Kök" of "Ekby Kök och Bad" under "Firma": the firm's word, no given name (see firm_columns)
            findings = drop_firm_cell_names(findings, page, self._given_name)
            # "INK", "DR klar" under "Status", "TLV 801" under "Åtgärd": the body's codes (see status_columns)
            findings = drop_status_codes(findings, page)
            findings = without_firm_names(findings, firms)
            findings = without_header_cues(findings, page.text)
            if not language.swedish_rules:
                kept = sorted(restrict(findings, page.number, page.text, language, self.lexicons), key=_finding_order)
                findings = [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(kept)]
            # "India\nCambodia", "Costa Rica": a list of countries read as first name and surname
            findings = without_countries(findings, page.text, lambda at: language.at(at) in SWEDISH_RULES)
            # "Cusco, PE" / "Taal, PH": a column of sites with their countries' codes (see place_country_codes)
            findings = drop_place_code_persons(findings, page.text, self._given_name)
            findings = drop_vessel_names(findings, page.text)  # "M/Y Solveig": a boat's name (see vessel_names)
            findings = drop_thing_makes(findings, page.text)  # "Personbil Volvo V70": a make, no person (thing_makes)
            findings = drop_animal_names(findings, page.text)  # "hästen Stella": a horse's name (see animal_names)
            findings = drop_storm_names(findings, page.text)  # "stormen Greta": a storm's name (see storm_names)
            findings = drop_disease_names(findings, page.text)  # "Hepatit B": a disease (see disease_names)
            findings = drop_body_acronyms(findings, page.text)  # "(IVO)" after the body's name (bracketed_acronyms)
            findings = drop_hospital_sites(findings, page.text)  # "SU/S entré 4": a hospital's site (hospital_sites)
            findings = drop_heritage_sites(findings, page.text)  # "RAÄ Hejde 12:1": a monument (see heritage_sites)
            findings = drop_closing_words(findings, page.text)  # "Best" of "Best regards" (see letter_closings)
            findings = drop_section_points(findings, page.text)  # "p." of "BRU 2 § 9 p." (see law_references)
            # "Ämne: Lott 0443-905": the number's label opening a subject line (see subject_number_labels)
            findings = drop_subject_labels(findings, page.text, self._listed_name)
            # "bokningsnummer hos SAS K7T4QX": the carrier holding a booking, no one's name (see booking_references)
            findings = persons_outside(findings, carrier_spans(page.text))
            # "Hamid Rahimi, Shirin Karimi" as a row's cell: the list, its commas with it, is one finding
            findings = join_cell_name_lists(findings, page.text)
            # "FMI-ID 41873", "PESEL 8802…": the label a value rule took in stays readable (see id_label_prefixes)
            findings = trim_label_prefixes(findings, page.text)
            # "BG 4418-KR": a plate's town letters before its dashed serial (see plate_regions)
            findings = with_plate_regions(findings, page.text)
            # "AB 0448 217" / "4": the next row's number a number rule took in over the line end (see row_numbers)
            findings = trim_row_numbers(findings, page.text)
            # "TF 4418 2207 31" / "8517 13": the goods' tariff number under its header taken in (see goods_codes)
            findings = trim_goods_codes(findings, page.text)
            # "… France" / "Samordningsnummer 6804…": the next line's first word an address took in (next_line_words)
            findings = trim_next_line_words(findings, page.text)
            # "skyddsrum SR 0581-2351": a register's code whose digits look like a phone (see lettered_codes)
            findings = without_covered_spans(codes_read_as_phones(findings, page.text, cases))
            # "TRVS" in a column of "K-A.N.", "B.Lu." under "Båt": a colleague's initials (initials_in_row_columns);
            # dotted initials with their closing dot (initials_dots)
            findings = with_capitals_in_initials_columns(with_closing_dots(findings, page.text), page.text, page.number)
            out.append(findings)
        return out

    def _given_name(self, word: str) -> bool:
        """True for a word the lists give as a given name only."""
        from redact.detect.name_words import F, classify_word

        return classify_word(word, self.lexicons) == F

    def _listed_name(self, word: str) -> bool:
        """True for a word the lists give as a name of any kind."""
        from redact.detect.name_words import U, classify_word

        return classify_word(word, self.lexicons) != U

    def _without_ordinary_words(self, findings: list[Finding], text: str) -> list[Finding]:
        """Drop single unlisted words at a sentence start that read as ordinary words."""
        from redact.detect.name_words import U, classify_word

        def is_name(word: str) -> bool:
            return classify_word(word, self.lexicons) != U

        findings = extend_to_recipient_line(split_at_titles(findings, text, self.lexicons.titles, is_name), text)
        findings = trim_english_openers(trim_street_words(trim_trade_and_role_words(findings, text, is_name), is_name),
                                        is_name)  # "Before Norway": an English sentence's first word and a country
        findings = drop_label_before_codes(findings, text, is_name)  # "Kund KN" of "Kund KN 5514 7752"
        findings = drop_numbered_nouns(findings, text, is_name)  # "Revers" of "Revers nr 2019-0441"
        findings = drop_own_paper_series(findings, text, is_name)  # "Beslut EM" of "Beslut EM 2027-004418"
        findings = drop_code_nouns(findings, text, is_name)  # "Bron" of "Bron BR-08"
        # a cell of a headed column or initials in a signature position are no sentence's words ("KL" is not "kl."),
        # nor is a name a stated relation gives ("Kamande" ends as a participle does: "Wanjiku Kamande bor i …"), nor
        # words found as a name before ", född" and a date ("Abrehet" ends as "Trygghet" does)
        return [f for f in findings if f.detector in ("table_column", "initials_column", "named_relation")
                # a name that is exactly a name column's cell ("Khamsing Duangphet" ends as "Trygghet" does): the
                # column holds it as it holds the cells no other rule found, which the line above keeps
                or (f.category == "PERSON" and NAME_CELL_NOTE in f.reason and not names_a_field(f))
                or (f.category == "PERSON" and f.end is not None and " " in f.text.strip() and born_after(text, f.end))
                or not (ordinary_sentence_start(f, text, is_name) or ordinary_noun(f, is_name)
                        or is_foreign_person_word(f, is_name)  # "Maminka", "Би": a relation or a pronoun abroad
                        or articled_acronym(f)  # "CNP-ul": a register's short name with its article
                        or (switchboard_label(f, text) and not is_name(f.text.strip()))
                        or (signing_label(f, text) and not is_name(f.text.strip().rstrip(":"))))]

    def _finding(self, page: Page, r: RecognizerResult, n: int) -> Finding:
        meta = r.recognition_metadata or {}
        detector = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
        reason = ""
        expl = r.analysis_explanation
        if expl is not None:
            parts = [expl.pattern_name or "", expl.textual_explanation or ""]
            if expl.supportive_context_word:
                parts.append(f"context:{expl.supportive_context_word}")
            reason = "; ".join(p for p in parts if p)
        category = r.entity_type if r.entity_type in CATEGORIES else r.entity_type
        return Finding(
            id=f"p{page.number}-{n}",
            page=page.number,
            start=r.start,
            end=r.end,
            text=page.text[r.start : r.end],
            category=category,
            score=round(min(max(r.score, 0.0), 1.0), 3),
            detector=detector,
            reason=reason,
        )


def _beside_cases(f: Finding, text: str, cases: frozenset[str]) -> Finding | None:
    """An address, an identifier, an account or a name cut before a case number's line inside it (a contact's name
    run on into the next row's case, "Ida Berg" / "KOF 2027/0916"), an identifier after a case number opening it (see
    case_headings); None when nothing is left."""
    if f.category not in ("ADDRESS", "ID_NUMBER", "BANK_ACCOUNT", "PERSON") or f.start is None or f.end is None:
        return f
    cut = before_case_line(f, text, cases)
    return after_case(cut, text, cases) if cut is not None and cut.category == "ID_NUMBER" else cut


def _order(r: RecognizerResult) -> tuple[int, int, str]:
    return (r.start, r.end, r.entity_type)


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.start or 0, f.end or 0, f.category)
