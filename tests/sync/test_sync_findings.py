"""The centre's findings: each kind found exactly once, not when the data agree; decisions stick; exported."""

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sync.findings import FindingView
from tangsel_desktop.storage.sync import finding_queries
from tests.conftest import make_draft
from tests.services.sembako_fixtures import build_village, make_round
from tests.sync.conftest import Site, table_dump

pytestmark = pytest.mark.both_engines

SAME = "3674045708850101"  # the same person, the same data, in both offices
RENAMED = "3674045708850102"  # the same NIK, another name and birth date at Ciater
SAWAH_ONLY = "3674045708850103"
CIATER_ONLY = "3674045708850104"
MOVED_FAMILY = "3674045708850106"  # at Ciater, in the family card of Sari (served at Sawah)


def _import(centre: Site, package: Path) -> dict[str, Any]:
    result, _ = centre.services.sync.import_file(actor=centre.admin, source=package)
    return result.as_json()


def _sembako_day(site: Site) -> str:
    """Sawah's test village, its November round approved and Sari's family (KK ...0011) served."""
    village = build_village(site.services, site.admin)
    view = make_round(site.services, site.admin)
    site.services.sembako_rounds.propose(actor=site.admin, round_id=view.id)
    _serve(site, view.id, village.sari_child)
    return village.sari_child


def _serve(site: Site, round_id: str, nik: str) -> None:
    site.services.sembako_rounds.approve(actor=site.admin, round_id=round_id)
    site.services.sembako_stock.receive(actor=site.admin, round_id=round_id, count=2, bast="BAST/1")
    site.services.sembako_handovers.hand_over(actor=site.admin, round_id=round_id, who=Who(nik=nik))


def _sembako_at_ciater(site: Site) -> str:
    """The same family (its KK) moved to Ciater and is served there too, in Ciater's November round."""
    site.services.people.register(
        actor=site.admin,
        draft=make_draft(nik=MOVED_FAMILY, kk_number="3674041203150011", kelurahan="Ciater"),
    )
    view = make_round(site.services, site.admin)
    site.services.sembako_rounds.add(
        actor=site.admin, round_id=view.id, nik=MOVED_FAMILY, reason="keluarga pindahan"
    )
    _serve(site, view.id, MOVED_FAMILY)
    return view.id


def _enrol(site: Site, nik: str) -> None:
    site.services.jamsos.enroll(
        actor=site.admin, nik=nik, occupation="Pedagang keliling", override_reason="uji temuan pusat"
    )


def _two_offices(sawah: Site, ciater: Site) -> None:
    people = (
        (sawah, make_draft(nik=SAME, kk_number="3674041203150101")),
        (ciater, make_draft(nik=SAME, kk_number="3674041203150101", kelurahan="Ciater")),
        (sawah, make_draft(nik=RENAMED, full_name="Rudi Hartono", kk_number="3674041203150102")),
        (
            ciater,
            make_draft(
                nik=RENAMED,
                full_name="Rudy Hartanto",
                birth_date="1985-08-18",
                kk_number="3674041203150102",
                kelurahan="Ciater",
            ),
        ),
        (sawah, make_draft(nik=SAWAH_ONLY, kk_number="3674041203150103")),
        (ciater, make_draft(nik=CIATER_ONLY, kk_number="3674041203150104", kelurahan="Ciater")),
    )
    for site, draft in people:
        site.services.people.register(actor=site.admin, draft=draft)
    _enrol(sawah, SAME)
    _enrol(ciater, SAME)
    _enrol(sawah, RENAMED)  # a member at one office only: no finding


def _by_kind(found: list[FindingView]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for item in found:
        kinds.setdefault(item.kind, []).append(item.subject)
    return {kind: sorted(subjects) for kind, subjects in kinds.items()}


def _niks(site: Site) -> set[str]:
    with site.services.database.read() as tx:
        return {row[0] for row in tx.rows("SELECT nik FROM person WHERE deleted_at IS NULL")}


def test_each_kind_is_found_once_and_not_when_the_data_agree(sawah: Site, ciater: Site, centre: Site) -> None:
    _two_offices(sawah, ciater)
    served = _sembako_day(sawah)
    _sembako_at_ciater(ciater)
    first = _import(centre, sawah.export("s1.tsync"))
    assert first["findings"] == []  # one office alone shows nothing
    result = _import(centre, ciater.export("c1.tsync"))
    shared = sorted(_niks(sawah) & _niks(ciater))
    assert SAME in shared
    assert RENAMED in shared
    assert SAWAH_ONLY not in shared
    found = centre.services.sync_findings.findings(actor=centre.admin)
    assert _by_kind(found) == {
        "nik_two_offices": shared,
        "data_differs": [RENAMED],  # the village and SAME agree everywhere: no difference found
        "member_two_offices": [SAME],  # RENAMED is a member at Sawah only
        "sembako_twice": ["2026-11:3674041203150011"],  # Sari's family, in November's round of both
    }
    differs = next(item for item in found if item.kind == "data_differs")
    assert differs.detail == "nama, tanggal lahir berbeda"
    assert differs.offices == tuple(sorted((sawah.code, ciater.code)))
    twice = next(item for item in found if item.kind == "sembako_twice")
    assert {row.office for row in twice.rows} == {sawah.code, ciater.code}
    assert all(row.values["kk_number"] == "3674041203150011" for row in twice.rows)
    assert served
    # The import's JSON names the findings that concern the office, with its own rows only.
    told = result["findings"]
    assert len(told) == len(found)
    assert all(row["table"] for item in told for row in item["rows"])
    member = next(item for item in told if item["kind"] == "member_two_offices")
    assert len(member["rows"]) == 1
    assert member["offices"] == sorted((sawah.code, ciater.code))
    # The city picture shows both offices' November rounds: one package handed, one left, at each.
    picture = centre.services.city.picture(actor=centre.admin, month=YearMonth(2026, 11))
    progress = sorted((r.office, r.handed, r.received, r.in_stock) for r in picture.rounds)
    assert progress == sorted([(sawah.code, 1, 2, 1), (ciater.code, 1, 2, 1)])
    # Looking again on demand finds the same, adds nothing.
    refreshed, _ = centre.services.sync_findings.refresh(actor=centre.admin)
    assert (refreshed.added, refreshed.cleared, refreshed.open) == (0, 0, len(found))


def test_a_decision_sticks_across_a_reimport_and_reaches_the_office(
    sawah: Site, ciater: Site, centre: Site
) -> None:
    _two_offices(sawah, ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    findings = centre.services.sync_findings
    same = next(
        f
        for f in findings.findings(actor=centre.admin)
        if f.kind == "nik_two_offices" and f.subject == RENAMED
    )
    decided, _ = findings.decide(
        actor=centre.admin, finding_id=same.id, keep=sawah.code, note="KTP-el di Sawah, surat 470/12"
    )
    assert (decided.status, decided.decision, decided.decided_by_name) == (
        "decided",
        f"keep:{sawah.code}",
        "Admin",
    )
    assert decided.decision_label.startswith("dipegang Kelurahan Sawah")
    # Sawah sends everything again (--from 0) and a change: the decision stays.
    sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850105"))
    _import(centre, sawah.export("s2.tsync", from_sequence=0))
    again = findings.finding(actor=centre.admin, finding_id=same.id)
    assert (again.status, again.decision, again.note) == ("decided", f"keep:{sawah.code}", decided.note)
    assert [f.id for f in findings.findings(actor=centre.admin, status="decided")] == [same.id]
    # The answer carries it to Sawah, with Sawah's row and the decision.
    answer = sawah.folder.parent / "answer.tsync"
    written, _ = centre.services.sync.answer(actor=centre.admin, office_code=sawah.code, target=answer)
    told = next(item for item in written.findings if item["id"] == same.id)
    assert told["decision"] == f"keep:{sawah.code}"
    assert len(told["rows"]) == 1
    applied, _ = sawah.services.sync.import_file(actor=sawah.admin, source=answer)
    assert same.id in [item["id"] for item in sawah.services.sync.status()["findings"]]
    assert applied.as_json()["findings"]
    # Ciater gives its copy up: the finding clears, its decision kept for the record.
    with ciater.services.database.read() as tx:
        (person_id,) = tx.rows("SELECT id FROM person WHERE nik = ?", (RENAMED,))[0]
    ciater.services.people.delete(
        actor=ciater.admin, person_id=person_id, reason="data ganda, orangnya di Sawah"
    )
    _import(centre, ciater.export("c2.tsync"))
    gone = findings.finding(actor=centre.admin, finding_id=same.id)
    assert gone.cleared_at is not None
    assert gone.status == "decided"
    assert same.id not in [f.id for f in findings.findings(actor=centre.admin)]


def test_a_decision_reopens_when_another_office_joins(
    sawah: Site, ciater: Site, centre: Site, tmp_path: Path
) -> None:
    from tests.sync.conftest import exchange_keys, open_site

    _two_offices(sawah, ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    findings = centre.services.sync_findings
    same = next(
        f for f in findings.findings(actor=centre.admin) if f.kind == "nik_two_offices" and f.subject == SAME
    )
    findings.decide(actor=centre.admin, finding_id=same.id, keep=sawah.code, note="KTP di Sawah")
    third = open_site(tmp_path / "serua", "36.74.04.1002")
    try:
        exchange_keys(third, centre)
        third.services.people.register(actor=third.admin, draft=make_draft(nik=SAME, kelurahan="Serua"))
        _import(centre, third.export("t1.tsync"))
    finally:
        third.services.database.dispose()
    reopened = findings.finding(actor=centre.admin, finding_id=same.id)
    assert reopened.status == "open"
    assert len(reopened.offices) == 3
    assert "Dibuka lagi" in reopened.note


def test_decisions_are_checked_audited_and_for_supervisors(sawah: Site, ciater: Site, centre: Site) -> None:
    _two_offices(sawah, ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    findings = centre.services.sync_findings
    member = next(f for f in findings.findings(actor=centre.admin) if f.kind == "member_two_offices")
    before = table_dump(centre.services.database)
    for keep, decision, note, words in (
        ("36.74.07.1001", None, "salah kantor", "tidak terlibat"),
        (None, None, "tanpa kantor", "--keep"),
        (sawah.code, None, "   ", "catatan"),
        (None, "sah", "kata sembako", "--keep"),
    ):
        with pytest.raises(UserError, match=words):
            findings.decide(actor=centre.admin, finding_id=member.id, keep=keep, decision=decision, note=note)
    with pytest.raises(UserError, match="tidak ada"):
        findings.decide(actor=centre.admin, finding_id=99999, keep=sawah.code, note="x")
    assert table_dump(centre.services.database) == before
    findings.decide(actor=centre.admin, finding_id=member.id, keep=sawah.code, note="Tagihan di Sawah saja")
    with centre.services.database.read() as tx:
        audit = tx.rows("SELECT action, entity_id FROM audit_log WHERE entity = 'sync_finding'")
    assert ("sync_finding_decide", str(member.id)) in audit
    # At an office there are no findings to review: a clear message.
    with pytest.raises(UserError, match="hanya ada di Dinas Sosial"):
        sawah.services.sync_findings.findings(actor=sawah.admin)


def test_findings_export_to_excel(sawah: Site, ciater: Site, centre: Site, tmp_path: Path) -> None:
    _two_offices(sawah, ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    target = tmp_path / "temuan.xlsx"
    saved = centre.services.sync_findings.export_xlsx(actor=centre.admin, target=target)
    assert saved.count == len(centre.services.sync_findings.findings(actor=centre.admin))
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = book["Temuan"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("No. temuan", "Jenis", "Pokok (NIK / bulan:KK)", "Kantor")
    subjects = [row[2] for row in rows[1:]]
    assert SAME in subjects
    assert RENAMED in subjects
    assert all(isinstance(subject, str) for subject in subjects)  # NIKs stay text
    assert rows[1][3] == "Ciater (36.74.01.1001), Sawah (36.74.04.1004)"
    detail = book["Baris"]
    lines = list(detail.iter_rows(values_only=True))
    assert any(line[3] == "Rudy Hartanto" for line in lines[1:])
    book.close()


def test_a_family_served_twice_clears_when_one_handover_is_voided(
    sawah: Site, ciater: Site, centre: Site
) -> None:
    _sembako_day(sawah)
    round_id = _sembako_at_ciater(ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    findings = centre.services.sync_findings
    (twice,) = findings.findings(actor=centre.admin, kind="sembako_twice")
    ciater.services.sembako_handovers.void(
        actor=ciater.admin, round_id=round_id, nik=MOVED_FAMILY, reason="sudah menerima di Sawah"
    )
    result = _import(centre, ciater.export("c2.tsync"))
    assert result["applied"] is True
    assert findings.findings(actor=centre.admin, kind="sembako_twice") == []
    assert findings.finding(actor=centre.admin, finding_id=twice.id).cleared_at is not None


def test_an_import_looks_again_at_its_own_members_and_clears_what_its_package_ended(
    sawah: Site, ciater: Site, centre: Site
) -> None:
    _two_offices(sawah, ciater)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    with centre.services.database.read() as tx:
        # An import reads again only the NIKs of the office's own members (and its stored findings'),
        # not the whole city's members: an office holding no members looks at nothing.
        seen = {
            code: [item.subject for item in finding_queries.member_findings(tx, code)]
            for code in (sawah.code, ciater.code, "36.74.01.1009")
        }
        whole = [item.subject for item in finding_queries.member_findings(tx)]
    assert seen == {sawah.code: [SAME], ciater.code: [SAME], "36.74.01.1009": []}
    assert whole == [SAME]
    findings = centre.services.sync_findings
    billed = next(f for f in findings.findings(actor=centre.admin) if f.kind == "member_two_offices")
    # Ciater ends its membership: its package clears the finding (found through the stored finding).
    ciater.services.jamsos.set_status(
        actor=ciater.admin,
        nik=SAME,
        to=MemberStatus.ENDED,
        month=YearMonth(2026, 11),
        end_reason=EndReason.MOVED,
        reason="pindah ke Sawah, dobel tagihan",
    )
    _import(centre, ciater.export("c2.tsync"))
    assert findings.finding(actor=centre.admin, finding_id=billed.id).cleared_at is not None
    refreshed, _ = findings.refresh(actor=centre.admin)
    assert (refreshed.added, refreshed.cleared) == (0, 0)  # the whole city agrees with the imports
