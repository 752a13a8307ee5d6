"""Families as the Kartu Keluarga records them: the SHDK read, kept, refused twice, exported and migrated."""

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import FamilyRelation, parse_family_relation
from tangsel_desktop.domain.person_rules import check_person
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import current_revision, head_revision, migrate
from tests.conftest import make_draft
from tests.services.test_people_import import KK_A, nik_for, person, read_report, write_csv
from tests.store_files import open_raw, store_at_revision

KK = "3674041203150002"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Kepala Keluarga", FamilyRelation.HEAD),
        ("  KEPALA   KELUARGA ", FamilyRelation.HEAD),
        ("kepala_keluarga", FamilyRelation.HEAD),
        ("Isteri", FamilyRelation.WIFE),
        ("ISTRI", FamilyRelation.WIFE),
        ("suami", FamilyRelation.HUSBAND),
        ("Anak Kandung", FamilyRelation.CHILD),
        ("orang tua", FamilyRelation.PARENT),
        ("Orang-Tua", FamilyRelation.PARENT),
        ("FAMILI LAIN", FamilyRelation.OTHER_RELATIVE),
        ("Pembantu", FamilyRelation.HOUSEHOLD_HELP),
        ("Lainnya", FamilyRelation.OTHER),
        ("Mertua", FamilyRelation.PARENT_IN_LAW),
        ("Menantu", FamilyRelation.CHILD_IN_LAW),
        ("cucu", FamilyRelation.GRANDCHILD),
        ("1", FamilyRelation.HEAD),
        ("04", FamilyRelation.CHILD),
        ("11", FamilyRelation.OTHER),
    ],
)
def test_the_relation_is_read_as_the_kk_writes_it(text: str, relation: FamilyRelation) -> None:
    assert parse_family_relation(text) is relation


@pytest.mark.parametrize("text", ["", "  ", "-", None])
def test_an_empty_relation_is_not_recorded(text: str | None) -> None:
    assert parse_family_relation(text) is None


@pytest.mark.parametrize("text", ["Tetangga", "12", "kepala desa"])
def test_an_unknown_relation_is_refused_naming_the_choices(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_family_relation(text)
    assert "Kepala Keluarga, Suami, Istri, Anak" in refused.value.message
    check = check_person(make_draft(family_relation=text))
    assert check.person is None
    assert any("Hubungan dalam keluarga" in error for error in check.errors)


def test_the_relation_is_kept_and_the_kepala_keluarga_heads_the_family(
    services: Services, operator: Actor
) -> None:
    wife, _ = services.people.register(actor=operator, draft=make_draft(family_relation="Istri"))
    assert wife.family_relation is FamilyRelation.WIFE
    assert wife.is_head  # the first member heads a new family until the KK's head is registered
    husband, _ = services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(1980, 1, 2), "L", 3),
            full_name="Ahmad Suryadi",
            sex="L",
            birth_date="1980-01-02",
            family_relation="KEPALA KELUARGA",
        ),
    )
    assert husband.family_relation is FamilyRelation.HEAD
    assert husband.is_head
    relations = {member.full_name: member.family_relation for member in husband.household}
    assert relations == {"Ahmad Suryadi": FamilyRelation.HEAD, "Siti Aminah": FamilyRelation.WIFE}
    assert husband.as_json()["family_relation"] == "Kepala Keluarga"


def test_a_second_kepala_keluarga_is_refused_and_nothing_changes(services: Services, operator: Actor) -> None:
    head, _ = services.people.register(
        actor=operator, draft=make_draft(full_name="Ahmad", sex="L", family_relation="Kepala Keluarga")
    )
    son_draft = make_draft(
        nik=nik_for(date(2001, 4, 5), "L", 9), full_name="Budi", sex="L", birth_date="2001-04-05"
    )
    son_draft.family_relation = "Kepala Keluarga"
    with pytest.raises(UserError) as refused:
        services.people.register(actor=operator, draft=son_draft)
    assert f"No. KK {KK} sudah punya Kepala Keluarga: Ahmad" in refused.value.message
    assert services.people.find_by_nik(actor=operator, nik=son_draft.nik) is None

    son_draft.family_relation = "Anak"
    son, _ = services.people.register(actor=operator, draft=son_draft)
    son_draft.family_relation = "Kepala Keluarga"
    with pytest.raises(UserError, match="sudah punya Kepala Keluarga: Ahmad"):
        services.people.update(actor=operator, person_id=son.id, draft=son_draft)
    kept = services.people.get(actor=operator, person_id=son.id)
    assert kept.family_relation is FamilyRelation.CHILD
    assert services.people.get(actor=operator, person_id=head.id).is_head


def test_making_someone_head_hands_over_the_kepala_keluarga(services: Services, operator: Actor) -> None:
    father, _ = services.people.register(
        actor=operator, draft=make_draft(full_name="Ahmad", sex="L", family_relation="Kepala Keluarga")
    )
    mother, _ = services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(1982, 8, 17), "P", 4), birth_date="1982-08-17", family_relation="Istri"
        ),
    )

    after, _ = services.people.set_head(actor=operator, person_id=mother.id)

    relations = {member.id: (member.is_head, member.family_relation) for member in after.household}
    assert relations == {mother.id: (True, FamilyRelation.HEAD), father.id: (False, None)}


def test_the_import_refuses_a_second_kepala_keluarga_in_a_kk(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [
        person(1, HUBUNGAN="Kepala Keluarga"),
        person(2, HUBUNGAN="istri", JENIS_KELAMIN="P", NIK=nik_for(date(1978, 3, 14), "P", 2)),
        person(3, HUBUNGAN="KEPALA KELUARGA"),
    ]
    result, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "kk.csv", rows))

    assert (result.imported, result.rejected) == (2, 1)
    _, lines = read_report(result.report_path)
    refused = [line for line in lines if line["HASIL"] == "ditolak"]
    assert [line["BARIS"] for line in refused] == [4]
    assert f"No. KK {KK_A} sudah punya Kepala Keluarga: Ahmad Suryadi 1" in refused[0]["ALASAN"]
    assert [(line.row, line.reasons) for line in result.rejected_lines] == [(4, refused[0]["ALASAN"])]
    first = services.people.find_by_nik(actor=operator, nik=str(rows[0]["NIK"]))
    assert first is not None
    assert first.is_head
    assert [m.family_relation for m in first.household] == [FamilyRelation.HEAD, FamilyRelation.WIFE]

    # A later file naming a stored member's Kepala Keluarga again is refused too; the head stays.
    later = [person(4, HUBUNGAN="Kepala Keluarga")]
    again, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "lagi.csv", later))
    assert (again.imported, again.rejected) == (0, 1)
    assert "sudah punya Kepala Keluarga: Ahmad Suryadi 1" in again.rejected_lines[0].reasons


def test_the_export_writes_the_relation_and_reads_back(
    services: Services, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    services.people.register(
        actor=operator, draft=make_draft(full_name="Ahmad", sex="L", family_relation="Kepala Keluarga")
    )
    services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(2010, 1, 9), "P", 5), birth_date="2010-01-09", family_relation="Anak"
        ),
    )
    services.people_export.export(actor=supervisor, target=tmp_path / "penduduk.xlsx")
    services.people_export.export(actor=supervisor, target=tmp_path / "penduduk.csv")

    sheet = openpyxl.load_workbook(tmp_path / "penduduk.xlsx")["Penduduk"]
    header = [cell.value for cell in sheet[1]]
    from_xlsx = {
        row[header.index("NAMA")]: row[header.index("HUBUNGAN")]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert from_xlsx == {"Ahmad": "Kepala Keluarga", "Siti Aminah": "Anak"}
    with (tmp_path / "penduduk.csv").open(encoding="utf-8-sig", newline="") as handle:
        from_csv = {row["NAMA"]: row["HUBUNGAN"] for row in csv.DictReader(handle)}
    assert from_csv == from_xlsx
    # The export reads back unchanged: the relation is the same on both sides.
    result, _ = services.people_import.run(actor=operator, source=tmp_path / "penduduk.csv")
    assert (result.unchanged, result.rejected) == (2, 0)


def test_the_migration_makes_the_known_heads_kepala_keluarga(tmp_path: Path) -> None:
    database = Database(tmp_path / "office.sqlite3")
    now = "2026-01-01T00:00:00.000000+00:00"
    person_row = (
        "INSERT INTO person (id, nik, household_id, full_name, sex, birth_place, birth_date, address, "
        "rt, rw, kelurahan_code, phone, occupation, disability, notes, created_at, updated_at) VALUES "
        "('{id}', '{nik}', 'h1', '{name}', 'L', '', '1980-01-01', 'Jl. Mawar', '', '', '36.74.04.1004', "
        "'', '', 'tidak', '', '" + now + "', '" + now + "')"
    )
    try:
        store_at_revision(
            database,
            "0007",
            "INSERT INTO household (id, kk_number, head_person_id, created_at, updated_at) "
            f"VALUES ('h1', '{KK}', NULL, '{now}', '{now}')",
            person_row.format(id="p1", nik="3674040101800001", name="Kepala"),
            person_row.format(id="p2", nik="3674040101800002", name="Anak"),
            "UPDATE household SET head_person_id = 'p1'",
        )
        migrate(database, tmp_path / "backups")
        assert current_revision(database) == head_revision()
    finally:
        database.dispose()
    with open_raw(tmp_path / "office.sqlite3") as connection:
        found = dict(connection.execute("SELECT id, family_relation FROM person"))
        journaled = {
            row[0]
            for row in connection.execute("SELECT row_id FROM change_journal WHERE table_name = 'person'")
        }
    assert found == {"p1": "kepala_keluarga", "p2": None}
    assert "p1" in journaled


def test_two_known_people_moving_into_a_new_kk_cannot_both_be_its_kepala_keluarga(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    first = person(1, NO_KK="3674040505180011")
    second = person(2, NO_KK="3674040505180012")
    services.people_import.run(actor=operator, source=write_csv(tmp_path / "awal.csv", [first, second]))
    moving = [
        {**first, "NO_KK": "3674040707200003", "HUBUNGAN": "Kepala Keluarga"},
        {**second, "NO_KK": "3674040707200003", "HUBUNGAN": "Kepala Keluarga"},
    ]
    result, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "pindah.csv", moving))

    assert (result.updated, result.rejected) == (1, 1)
    assert "sudah punya Kepala Keluarga: Ahmad Suryadi 1" in result.rejected_lines[0].reasons
