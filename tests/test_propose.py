"""propose(): the profile's grounds and defaults, and officials in office, decide what is proposed."""

from __future__ import annotations

import random

import pytest

from redact.officials import Directory, Official
from redact.policy import load_profile
from redact.resolve.propose import propose, propose_request
from redact.types import Finding

OFFICIALS = Directory(
    [
        Official("Anna Svensson", "socialsekreterare", "anna.svensson@exempelkommun.se", "08-123 45 67"),
        Official("Bo Lind", "enhetschef", "bo.lind@exempelkommun.se", "08-123 45 00"),
    ]
)
OFFICIAL_REASON = "disclose: tjänsteman i tjänsteutövning"


def F(id, text, category, subject=None, status="proposed", page=1, reason="", ground=None):
    return Finding(id, page, 0, len(text), text, category, 0.9, "test", status=status, subject=subject, reason=reason,
                   legal_ground=ground)


def by_id(findings):
    return {f.id: f for f in findings}


def masked(f: Finding) -> bool:
    return f.status != "rejected"


# A page of a social-services file: an official, the client and their data.
FILE = [
    F("f1", "Anna Svensson", "PERSON", "S1"),
    F("f2", "Anna Svenssons", "PERSON", "S1"),
    F("f3", "Anna", "PERSON", "S1"),
    F("f4", "anna.svensson@exempelkommun.se", "EMAIL", "S2"),
    F("f5", "08-123 45 67", "PHONE", "S3"),
    F("f6", "070-987 65 43", "PHONE", "S4"),  # Anna's private mobile: not in the directory
    F("f7", "Storgatan 1", "ADDRESS", "S5"),
    F("f8", "19800101-1234", "PERSONNUMMER", "S6"),
    F("f9", "Kalle Nilsson", "PERSON", "S7"),
    F("f10", "kalle.nilsson@example.se", "EMAIL", "S8"),
    F("f11", "556677-8899", "ORG_NUMBER", "S9"),  # a company
    F("f12", "800101-1234", "ORG_NUMBER", "S10"),  # a sole trader: the number is a personnummer
]


def test_socialtjanst_masks_everything_under_26_1_without_a_directory():
    out = propose(FILE, load_profile("socialtjanst"))
    assert [f.id for f in out] == [f.id for f in FILE]
    for f in out:
        assert masked(f) and f.status == "proposed", f.id
        assert f.legal_ground == "26 kap. 1 § OSL"


def test_officials_in_office_are_proposed_for_disclosure_but_their_private_data_is_not():
    out = by_id(propose(FILE, load_profile("socialtjanst"), OFFICIALS))
    for fid in ("f1", "f2", "f3", "f4", "f5"):
        assert out[fid].status == "rejected" and out[fid].reason.startswith(OFFICIAL_REASON), fid
        assert out[fid].detector == "test"
        assert out[fid].legal_ground == "26 kap. 1 § OSL"  # shown as the default if a reviewer masks it after all
    for fid in ("f6", "f7", "f8", "f9", "f10", "f11", "f12"):
        assert masked(out[fid]), fid


def test_personal_profile_does_not_treat_staff_as_acting_in_office():
    out = by_id(propose(FILE, load_profile("personal"), OFFICIALS))
    for fid in ("f1", "f2", "f3", "f4", "f5"):
        assert masked(out[fid]) and out[fid].legal_ground == "39 kap. 3 § OSL", fid
    # ...but it releases a company's organisation number, never a sole trader's.
    assert out["f11"].status == "rejected" and out["f11"].reason.startswith("disclose: organisationsnummer")
    assert masked(out["f12"])


def test_gdpr_profile_discloses_company_numbers_and_default_does_not():
    gdpr = by_id(propose(FILE, load_profile("gdpr")))
    default = by_id(propose(FILE, load_profile("default")))
    assert not masked(gdpr["f11"]) and masked(gdpr["f12"])
    assert masked(default["f11"]) and masked(default["f12"])
    assert gdpr["f8"].legal_ground == default["f8"].legal_ground == "21 kap. 7 § OSL"


@pytest.mark.parametrize("profile, ground", [("halso_sjukvard", "25 kap. 1 § OSL"), ("skola", "23 kap. 2 § OSL"), ("forskola", "23 kap. 1 § OSL")])
def test_profile_sets_its_ground(profile, ground):
    out = propose(FILE, load_profile(profile), OFFICIALS)
    assert {f.legal_ground for f in out} == {ground}
    assert by_id(out)["f1"].status == "rejected"  # teachers and care staff act in office
    assert masked(by_id(out)["f9"])


def test_a_short_mention_is_disclosed_only_when_linked_to_the_official():
    items = [F("a", "Anna Svensson", "PERSON", "S1"), F("b", "Anna", "PERSON", "S1"), F("c", "Anna", "PERSON", "S9"),
             F("d", "Anna", "PERSON")]
    out = by_id(propose(items, load_profile("socialtjanst"), OFFICIALS))
    assert not masked(out["a"]) and not masked(out["b"])
    assert masked(out["c"]) and masked(out["d"])


def test_a_subject_mixing_an_official_and_someone_else_stays_masked():
    # Two documents both numbered their first person "S1": merged naively, they cannot be told apart.
    items = [F("a", "Anna Svensson", "PERSON", "S1"), F("b", "Kalle Nilsson", "PERSON", "S1")]
    out = by_id(propose(items, load_profile("socialtjanst"), OFFICIALS))
    assert masked(out["a"]) and masked(out["b"])


def test_propose_request_scopes_subjects_per_document_and_links_names_across_them():
    docs = {
        "a.pdf": [F("f1", "Anna Svensson", "PERSON", "S1"), F("f2", "Kalle Nilsson", "PERSON", "S2")],
        "b.pdf": [F("f1", "Kalle Nilsson", "PERSON", "S1"), F("f2", "Svensson, Anna", "PERSON", "S2"),
                  F("f3", "Svensson", "PERSON", "S2")],
    }
    out = propose_request(docs, load_profile("socialtjanst"), OFFICIALS)
    a, b = by_id(out["a.pdf"]), by_id(out["b.pdf"])
    assert not masked(a["f1"]) and masked(a["f2"])
    assert masked(b["f1"]) and not masked(b["f2"]) and not masked(b["f3"])
    assert b["f2"].subject == "S2"  # the caller's subject ids come back unchanged


def test_same_name_gets_same_decision_across_documents_without_subjects():
    items = [F("a", "Bo Lind", "PERSON", page=1), F("b", "bo lind", "PERSON", page=7), F("c", "Bo Linds", "PERSON", page=9)]
    out = propose(items, load_profile("skola"), OFFICIALS)
    assert {f.status for f in out} == {"rejected"}


def test_human_decisions_are_kept():
    items = [
        F("a", "Anna Svensson", "PERSON", "S1", status="accepted"),  # a reviewer masked her (e.g. under threat)
        F("b", "Kalle Nilsson", "PERSON", "S2", status="rejected", reason="inte en person"),
        F("c", "556677-8899", "ORG_NUMBER", status="manual", ground="21 kap. 3 § OSL"),
    ]
    out = by_id(propose(items, load_profile("gdpr"), OFFICIALS))
    assert out["a"].status == "accepted" and out["a"].legal_ground == "21 kap. 7 § OSL"
    assert out["b"].status == "rejected" and out["b"].reason == "inte en person"
    assert out["c"].status == "manual" and out["c"].legal_ground == "21 kap. 3 § OSL"


def test_uncertain_findings_stay_uncertain_unless_disclosed():
    items = [F("a", "Anna Svensson", "PERSON", status="uncertain"), F("b", "Okänd Person", "PERSON", status="uncertain")]
    out = by_id(propose(items, load_profile("socialtjanst"), OFFICIALS))
    assert out["a"].status == "rejected" and out["b"].status == "uncertain"


def test_idempotent_and_reversible_when_the_profile_changes():
    items = [F("a", "Anna Svensson", "PERSON", "S1", reason="ner 0.93")]
    once = propose(items, load_profile("socialtjanst"), OFFICIALS)
    assert once[0].reason == f"{OFFICIAL_REASON}; ner 0.93"
    assert propose(once, load_profile("socialtjanst"), OFFICIALS) == once
    back = propose(once, load_profile("personal"), OFFICIALS)[0]
    assert back.status == "proposed" and back.reason == "ner 0.93"


def test_deterministic_whatever_the_input_order():
    expected = {f.id: (f.status, f.reason, f.legal_ground) for f in propose(FILE, load_profile("socialtjanst"), OFFICIALS)}
    rng = random.Random(7)
    for _ in range(5):
        shuffled = FILE[:]
        rng.shuffle(shuffled)
        got = {f.id: (f.status, f.reason, f.legal_ground) for f in propose(shuffled, load_profile("socialtjanst"), OFFICIALS)}
        assert got == expected
