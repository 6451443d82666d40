"""The shapes only initials have ("c.am", "i-l.k", "Pe-Ö", "Eva.N", "AnnaK", "ÅsA") against ordinary
abbreviations of the same look ("t.ex.", "fr.o.m.", "SoL", "MWh", "e-id"), and the column headers that
name who handled, inspected or decided ("Insp.", "Besl.", "Hl.", "Röstmottagare") against those that
do not ("Kl.", "Anm.", "Beslut")."""

from __future__ import annotations

import pytest

from redact.detect.initials_shapes import hand_initials, particle_initials, plain_lower_initials, signer_header


@pytest.mark.parametrize("token", [
    "c.am", "t.bl", "g.sv", "a.lu", "k.ön", "e.wi", "i-l.k", "J.v.D", "Pe-Ö", "Ö-Ch", "Eva.N", "Ro.T", "M.Ah",
    "s.ÅL", "ch-w", "Ch.W", "Ch.Wi", "AnnaK", "ÅsA", "UlfS", "AnnB", "BeS", "a.b.c", "k.ö.s", "m.h-s", "å.Ös",
    "h.a-l", "Ž.Đo", "ł.ka",
])
def test_hand_written_initials(token):
    assert hand_initials(token)


@pytest.mark.parametrize("token", [
    "t.ex", "t.ex.", "bl.a", "bl.a.", "o.s.v.", "fr.o.m.", "t.o.m.", "m.fl.", "s.k.", "p.g.a.", "d.v.s.", "m.m.",
    "e.Kr.", "f.Kr.", "fil.dr", "o.d.", "f.d.", "i.e.", "e.g.", "SoL", "FoU", "MWh", "NaCl", "PhD", "iPad", "e-id",
    "A-lag", "T-bana", "e-post", "ex-man", "Anna", "KT", "ELM", "SDs", "TVn", "Kl.", "nr",
])
def test_abbreviations_and_words_are_not_initials(token):
    assert not hand_initials(token)


def test_small_letters_alone_are_initials_only_when_no_word():
    assert plain_lower_initials("jk") and plain_lower_initials("sw")
    assert not any(plain_lower_initials(w) for w in ("ok", "ja", "nej", "kl", "nr", "och", "mig", "km"))


@pytest.mark.parametrize("header", ["Insp.", "Besl.", "Kontr.", "Hl.", "Handl.", "Röstm.", "Bibl.", "Hdl",
                                    "Handläggare", "Röstmottagare", "Miljöinspektör", "Bygglovshandläggare",
                                    "Godk.", "Utr."])
def test_headers_of_those_who_handle_or_decide(header):
    assert signer_header(header)


@pytest.mark.parametrize("header", ["Kl.", "Anm.", "Beslut", "Klass", "Abonnentnr", "Reg.", "Registrerad",
                                    "Fastighet", "Datum"])
def test_other_headers(header):
    assert not signer_header(header)


@pytest.mark.parametrize("token", ["K.af B.", "K. af B.", "H. von S.", "K-E. de G.", "L.-O. van der M.", "S. de la C.",
                                   "J.dS.", "A-K.a.W.", "E.vd.B."])
def test_initials_with_a_surnames_particle(token):
    assert particle_initials(token)


@pytest.mark.parametrize("token", ["af B.", "K. af", "Kl. af B.", "K. av B.", "A. de Bergh", "von B.", "K.s.A.",
                                   "Kl.d.A."])
def test_a_particle_without_initials_on_both_sides_is_no_such_shape(token):
    assert not particle_initials(token)
