"""Importing people from real .xlsx and .csv files into a real store, and reading the report back."""

import csv
import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import resources_dir
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.import_columns import HEAD, header_key, map_columns
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.people import people_bulk
from tests.conftest import make_draft

HEADER = [
    "NIK",
    "NO_KK",
    "NAMA",
    "JENIS_KELAMIN",
    "TEMPAT_LAHIR",
    "TANGGAL_LAHIR",
    "ALAMAT",
    "RT",
    "RW",
    "KELURAHAN",
    "NO_HP",
    "PEKERJAAN",
    "DISABILITAS",
    "DESIL",
    "HUBUNGAN",
    "CATATAN",
]
KK_A = "3674041203150002"
KK_B = "3674040505180011"
TABLES = ("person", "household", "household_kk_history", "audit_log", "person_fts")


def nik_for(born: date, sex: str, serial: int, region: str = "367404") -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def person(serial: int, **overrides: object) -> dict[str, object]:
    """A valid row (a man born 14 March 1978 in Kelurahan Sawah) with any cell overridden."""
    born = date(1978, 3, 14)
    row: dict[str, object] = {
        "NIK": nik_for(born, "L", serial),
        "NO_KK": KK_A,
        "NAMA": f"Ahmad Suryadi {serial}",
        "JENIS_KELAMIN": "L",
        "TEMPAT_LAHIR": "Jakarta",
        "TANGGAL_LAHIR": "1978-03-14",
        "ALAMAT": "Jl. Mawar No. 5",
        "RT": "3",
        "RW": "12",
        "KELURAHAN": "Sawah",
        "NO_HP": "081234567801",
        "PEKERJAAN": "Ojek pangkalan",
        "DISABILITAS": "",
        "DESIL": "2",
        "HUBUNGAN": "",
        "CATATAN": "",
    }
    row.update(overrides)
    return row


def write_csv(
    path: Path,
    rows: Sequence[Mapping[str, object]],
    *,
    header: Sequence[str] = HEADER,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(name, "") for name in header])
    return path


def write_xlsx(
    path: Path, rows: Sequence[Mapping[str, object]], *, header: Sequence[str] = HEADER, blank_rows: int = 0
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for _ in range(blank_rows):
        sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(name) if row.get(name) != "" else None for name in header])
    workbook.save(path)
    return path


def read_report(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The report as a clerk's Excel would show it: the summary by label, and the listed rows."""
    workbook = openpyxl.load_workbook(path)
    summary = {label: value for label, value in workbook["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    sheet = workbook["Baris"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["BARIS", "NIK", "NAMA", "HASIL", "PERINGATAN", "ALASAN"]
    lines = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    return summary, lines


def counts(services: Services) -> dict[str, int]:
    with services.database.read() as tx:
        return {
            table: tx.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in TABLES
        }


def audit_entries(services: Services) -> list[dict[str, Any]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id")
        ).all()
    return [
        {
            "action": r[0],
            "entity": r[1],
            "entity_id": r[2],
            "before": json.loads(r[3]) if r[3] else None,
            "after": json.loads(r[4]) if r[4] else None,
        }
        for r in rows
    ]


def household_head(services: Services, kk: str) -> str | None:
    with services.database.read() as tx:
        return tx.session.execute(
            text(
                "SELECT p.nik FROM household h JOIN person p ON p.id = h.head_person_id "
                "WHERE h.kk_number = :kk"
            ),
            {"kk": kk},
        ).scalar()


def test_csv_with_bom_imports_people_into_families(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [
        person(1),
        person(
            2,
            NAMA="Siti <Aminah> & 'Ani'",
            JENIS_KELAMIN="P",
            NIK=nik_for(date(1982, 8, 17), "P", 2),
            TANGGAL_LAHIR="17/08/1982",
            HUBUNGAN="Kepala Keluarga",
        ),
        person(3, NO_KK=KK_B, HUBUNGAN="Anak"),
        person(4, NO_KK=KK_B, TANGGAL_LAHIR="14-03-1978", RT="", DESIL=""),
    ]
    progress: list[tuple[int, int]] = []
    result, summary = services.people_import.run(
        actor=operator,
        source=write_csv(tmp_path / "daftar.csv", rows),
        progress=lambda d, t: progress.append((d, t)),
    )

    assert (result.total_rows, result.imported, result.updated, result.rejected) == (4, 4, 0, 0)
    assert result.warnings == 0
    assert not result.dry_run
    assert not result.cancelled
    assert summary.touches(ChangeSummary.PERSON)
    assert summary.touches(ChangeSummary.HOUSEHOLD)
    assert progress[-1] == (4, 4)
    assert result.as_json()["report"] == str(result.report_path)
    siti = services.people.find_by_nik(actor=operator, nik=str(rows[1]["NIK"]))
    assert siti is not None
    assert siti.full_name == "Siti <Aminah> & 'Ani'"
    assert siti.birth_date == date(1982, 8, 17)
    assert (siti.kk_number, siti.rt, siti.rw, siti.desil) == (KK_A, "003", "012", 2)
    # HUBUNGAN "Kepala Keluarga" names the head; a new family without one is headed by its first member.
    assert household_head(services, KK_A) == rows[1]["NIK"]
    assert household_head(services, KK_B) == rows[2]["NIK"]
    after = counts(services)
    assert (after["person"], after["household"], after["household_kk_history"], after["person_fts"]) == (
        4,
        2,
        2,
        4,
    )
    # The search index covers imported people, and the store passes its own integrity check.
    assert [row.full_name for row in services.people.search(actor=operator, text="Aminah")] == [
        siti.full_name
    ]
    assert [row.nik for row in services.people.search(actor=operator, text=KK_B)] != []
    assert check_store(services.database).problems == ()
    _, lines = read_report(result.report_path)
    assert [(line["BARIS"], line["HASIL"]) for line in lines] == [
        (2, "baru"),
        (3, "baru"),
        (4, "baru"),
        (5, "baru"),
    ]


def test_every_created_row_is_audited_with_one_entry_for_the_import(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    before = len(audit_entries(services))
    result, _ = services.people_import.run(
        actor=operator, source=write_csv(tmp_path / "keluarga.csv", [person(1), person(2)])
    )

    entries = audit_entries(services)[before:]
    assert [(e["action"], e["entity"]) for e in entries] == [
        ("create", "household"),
        ("create", "person"),
        ("create", "person"),
        ("import", "file"),
    ]
    assert entries[1]["after"]["nik"] == person(1)["NIK"]
    assert entries[-1]["after"]["file"] == "keluarga.csv"
    assert entries[-1]["after"]["imported"] == 2
    assert entries[-1]["after"]["report"] == result.report_path.name
    assert check_store(services.database).ok


def test_semicolon_csv_saved_by_indonesian_excel_in_cp1252(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "excel-lama.csv",
        [person(1, NAMA="Andrée Sitompul"), person(2)],
        delimiter=";",
        encoding="cp1252",
    )
    assert b"\xe9" in source.read_bytes()  # é in cp1252: not UTF-8

    result, _ = services.people_import.run(actor=operator, source=source)

    assert (result.imported, result.rejected) == (2, 0)
    found = services.people.find_by_nik(actor=operator, nik=str(person(1)["NIK"]))
    assert found is not None
    assert found.full_name == "Andrée Sitompul"


def test_semicolon_csv_in_utf8_with_bom(services: Services, operator: Actor, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "titik-koma.csv", [person(1, ALAMAT="Jl. Kenari; Blok A, No. 3")], delimiter=";"
    )
    assert source.read_bytes().startswith(b"\xef\xbb\xbf")

    result, _ = services.people_import.run(actor=operator, source=source)

    assert result.imported == 1
    found = services.people.find_by_nik(actor=operator, nik=str(person(1)["NIK"]))
    assert found is not None
    assert found.address == "Jl. Kenari; Blok A, No. 3"


@pytest.mark.parametrize("spelling", ["No KK", "NO_KK", "no kk", "No. KK", " nomor kk "])
def test_header_spellings_find_the_same_column(spelling: str) -> None:
    columns = map_columns(["NIK", spelling, "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "KELURAHAN"])
    assert columns.positions["kk_number"] == (1,)
    assert header_key(spelling) in ("NOKK", "NOMORKK")


def test_xlsx_with_loose_headers_blank_rows_above_and_an_unknown_column(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    header = [
        " nik ",
        "No KK",
        "Nama Lengkap",
        "jenis kelamin",
        "Tgl Lahir",
        "alamat",
        "Kelurahan",
        "Umur",
        "Hubungan",
    ]
    keys = [
        "NIK",
        "NO_KK",
        "NAMA",
        "JENIS_KELAMIN",
        "TANGGAL_LAHIR",
        "ALAMAT",
        "KELURAHAN",
        "UMUR",
        "HUBUNGAN",
    ]
    rows = [
        {new: person(serial).get(old, "47") for new, old in zip(header, keys, strict=True)}
        for serial in (1, 2)
    ]
    rows[1][" nik "] = "3674-0414-0378-ABCD"
    source = write_xlsx(tmp_path / "daftar.xlsx", rows, header=header, blank_rows=2)

    result, _ = services.people_import.run(actor=operator, source=source)

    assert (result.imported, result.rejected) == (1, 1)
    summary, lines = read_report(result.report_path)
    # The header sits on row 3, so the data starts on spreadsheet row 4.
    assert [(line["BARIS"], line["HASIL"]) for line in lines] == [(4, "baru"), (5, "ditolak")]
    assert summary["Kolom tidak dikenal (diabaikan)"] == "Umur"
    assert summary["Berkas"] == "daftar.xlsx"


def test_file_without_required_columns_is_refused_whole(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    header = [name for name in HEADER if name not in ("NIK", "TANGGAL_LAHIR")]
    source = write_csv(tmp_path / "kurang.csv", [person(1)], header=header)
    before = counts(services)

    with pytest.raises(UserError) as raised:
        services.people_import.run(actor=operator, source=source)

    assert "Kolom wajib tidak ditemukan: NIK, TANGGAL_LAHIR" in raised.value.message
    assert counts(services) == before
    assert list(services.paths.reports.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("daftar.txt", b"NIK,NAMA\n", "bukan berkas Excel"),
        ("rusak.xlsx", b"ini bukan excel", "tidak dapat dibaca sebagai Excel"),
        ("kosong.csv", b"\xef\xbb\xbf\r\n,,\r\n \r\n", "kosong"),
        ("utf16.csv", "NIK,NAMA\n".encode("utf-16"), "bukan CSV biasa"),
    ],
)
def test_unreadable_files_are_refused_with_a_message(
    services: Services, operator: Actor, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    before = counts(services)

    with pytest.raises(UserError, match=expected):
        services.people_import.run(actor=operator, source=source)

    assert counts(services) == before


def test_missing_file_is_a_user_error(services: Services, operator: Actor, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.people_import.run(actor=operator, source=tmp_path / "tidak-ada.csv")


def test_bad_rows_are_reported_by_row_number_and_good_rows_go_in(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [
        person(1),
        person(2, NIK="367404140378000"),
        person(3, TANGGAL_LAHIR="31-02-1978"),
        person(4, KELURAHAN="Gotham"),
        person(5, NIK="36740414037800AB"),
        person(6, NAMA=""),
        person(7, NAMA="", KELURAHAN="Gotham", RT="abc"),
        person(8),
    ]
    result, _ = services.people_import.run(actor=operator, source=write_xlsx(tmp_path / "campur.xlsx", rows))

    assert (result.total_rows, result.imported, result.rejected) == (8, 2, 6)
    assert counts(services)["person"] == 2
    summary, lines = read_report(result.report_path)
    assert summary["Ditolak"] == 6
    assert summary["Baru"] == 2
    rejected = {line["BARIS"]: line["ALASAN"] for line in lines if line["HASIL"] == "ditolak"}
    assert set(rejected) == {3, 4, 5, 6, 7, 8}
    assert "NIK harus 16 angka, yang diisi 15 angka" in rejected[3]
    assert "tidak ada di kalender" in rejected[4]
    assert "'Gotham' tidak ada di Kota Tangerang Selatan" in rejected[5]
    assert "NIK hanya boleh berisi angka" in rejected[6]
    assert "Nama lengkap wajib diisi" in rejected[7]
    # Every problem of a row is named, so the clerk fixes it in one go.
    assert all(part in rejected[8] for part in ("Nama lengkap wajib", "Gotham", "RT harus angka"))
    assert {line["BARIS"] for line in lines if line["HASIL"] == "baru"} == {2, 9}


def test_nik_disagreeing_with_birth_date_is_a_warning_not_a_rejection(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [person(1, TANGGAL_LAHIR="1979-03-14"), person(2)]

    result, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "nik.csv", rows))

    assert (result.imported, result.rejected, result.warnings) == (2, 0, 1)
    summary, lines = read_report(result.report_path)
    assert summary["Dengan peringatan"] == 1
    warned = [line for line in lines if line["PERINGATAN"]]
    assert [(line["BARIS"], line["HASIL"]) for line in warned] == [(2, "baru")]
    assert "Tanggal lahir di NIK (14-03-78) berbeda" in warned[0]["PERINGATAN"]


def test_dry_run_reports_the_same_and_changes_nothing(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "uji.csv", [person(1), person(2), person(3, NIK="123")])
    before = counts(services)

    dry, summary = services.people_import.run(actor=operator, source=source, dry_run=True)

    assert counts(services) == before
    assert not summary
    assert (dry.imported, dry.rejected, dry.dry_run) == (2, 1, True)
    assert dry.report_path.name.startswith("uji-impor-uji-")
    dry_summary, dry_lines = read_report(dry.report_path)
    assert "Uji coba" in dry_summary["Jenis"]
    assert "Tidak ada data yang disimpan" in dry_summary["Status"]
    real, _ = services.people_import.run(actor=operator, source=source)
    _, real_lines = read_report(real.report_path)
    assert dry_lines == real_lines
    assert (real.imported, real.rejected) == (2, 1)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [person(n, NO_KK=KK_A if n < 3 else KK_B) for n in range(1, 6)]
    rows[3]["TANGGAL_LAHIR"] = "1979-03-14"  # disagrees with its NIK: a warning every time
    source = write_csv(tmp_path / "dua-kali.csv", rows)
    services.people_import.run(actor=operator, source=source)
    before = counts(services)
    audit_before = len(audit_entries(services))

    second, summary = services.people_import.run(actor=operator, source=source)

    assert (second.imported, second.updated, second.unchanged, second.rejected) == (0, 0, 5, 0)
    assert second.warnings == 1
    assert not summary.touches(ChangeSummary.PERSON)
    after = counts(services)
    assert after["audit_log"] == before["audit_log"] + 1
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    only_new = audit_entries(services)[audit_before:]
    assert [(e["action"], e["entity"], e["after"]["unchanged"]) for e in only_new] == [("import", "file", 5)]
    _, lines = read_report(second.report_path)
    # Unchanged rows are only counted, unless the clerk should see a warning about them.
    assert [(line["BARIS"], line["HASIL"]) for line in lines] == [(5, "tidak berubah")]
    assert "Tanggal lahir di NIK" in lines[0]["PERINGATAN"]
    assert second.report_path != services.people_import.run(actor=operator, source=source)[0].report_path


def test_a_known_nik_updates_only_the_non_empty_cells(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    detail, _ = services.people.register(actor=operator, draft=make_draft(notes="Penerima BPJS 2024"))
    header = ["NIK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "KELURAHAN", "NO_HP", "PEKERJAAN"]
    row = {"NIK": detail.nik, "ALAMAT": "Jl. Melati No. 9", "NO_HP": "", "PEKERJAAN": "  "}
    audit_before = len(audit_entries(services))

    result, _ = services.people_import.run(
        actor=operator, source=write_csv(tmp_path / "ubah.csv", [row], header=header)
    )

    assert (result.updated, result.imported, result.rejected) == (1, 0, 0)
    after = services.people.get(actor=operator, person_id=detail.id)
    assert after.address == "Jl. Melati No. 9"
    assert (after.full_name, after.phone, after.occupation, after.desil) == (
        detail.full_name,
        detail.phone,
        detail.occupation,
        detail.desil,
    )
    assert (after.notes, after.kk_number, after.household_id) == (
        "Penerima BPJS 2024",
        detail.kk_number,
        detail.household_id,
    )
    entries = audit_entries(services)[audit_before:]
    assert [(e["action"], e["entity"], e["entity_id"]) for e in entries[:-1]] == [
        ("update", "person", detail.id)
    ]
    assert entries[0]["before"] == {"address": detail.address}
    assert entries[0]["after"] == {"address": "Jl. Melati No. 9"}
    _, lines = read_report(result.report_path)
    assert [(line["NIK"], line["HASIL"]) for line in lines] == [(detail.nik, "diperbarui")]


def test_a_new_kk_moves_the_person_and_the_family_keeps_a_head(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    mother, _ = services.people.register(actor=operator, draft=make_draft())
    child, _ = services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(2010, 5, 1), "L", 7), full_name="Budi", sex="L", birth_date="2010-05-01"
        ),
    )
    assert household_head(services, mother.kk_number) == mother.nik
    source = write_csv(tmp_path / "pindah.csv", [{"NIK": mother.nik, "NO_KK": KK_B}])

    result, _ = services.people_import.run(actor=operator, source=source)

    assert result.updated == 1
    moved = services.people.get(actor=operator, person_id=mother.id)
    assert moved.kk_number == KK_B
    assert moved.household_id != child.household_id
    assert household_head(services, KK_B) == mother.nik
    # The family she left is now headed by its oldest remaining member.
    assert household_head(services, mother.kk_number) == child.nik
    assert check_store(services.database).ok


def test_a_family_left_without_a_head_is_headed_by_who_joins_it(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    alone, _ = services.people.register(actor=operator, draft=make_draft())
    services.people_import.run(
        actor=operator, source=write_csv(tmp_path / "pindah.csv", [{"NIK": alone.nik, "NO_KK": KK_B}])
    )
    assert household_head(services, alone.kk_number) is None  # nobody is left in the old family

    result, _ = services.people_import.run(
        actor=operator,
        source=write_csv(tmp_path / "baru.csv", [person(9, NO_KK=alone.kk_number, HUBUNGAN="Anak")]),
    )

    assert result.imported == 1
    assert household_head(services, alone.kk_number) == person(9)["NIK"]
    assert check_store(services.database).ok


def test_kepala_on_a_known_person_makes_them_head(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    mother, _ = services.people.register(actor=operator, draft=make_draft())
    child, _ = services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(2000, 5, 1), "L", 7), full_name="Budi", sex="L", birth_date="2000-05-01"
        ),
    )
    source = write_csv(tmp_path / "kepala.csv", [{"NIK": child.nik, "HUBUNGAN": "KEPALA KELUARGA"}])

    result, _ = services.people_import.run(actor=operator, source=source)

    assert (result.updated, result.unchanged) == (1, 0)
    assert household_head(services, mother.kk_number) == child.nik
    assert services.people_import.run(actor=operator, source=source)[0].unchanged == 1


def test_the_same_nik_twice_in_a_file_rejects_the_later_row(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    rows = [person(1), person(2), person(1, NAMA="Ahmad Kembar")]

    result, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "ganda.csv", rows))

    assert (result.imported, result.rejected) == (2, 1)
    _, lines = read_report(result.report_path)
    assert [(line["BARIS"], line["ALASAN"]) for line in lines if line["HASIL"] == "ditolak"] == [
        (4, "NIK sama dengan baris 2. Hapus atau perbaiki salah satunya.")
    ]
    found = services.people.find_by_nik(actor=operator, nik=str(person(1)["NIK"]))
    assert found is not None
    assert found.full_name == "Ahmad Suryadi 1"


def test_numeric_nik_cells_are_accepted_only_when_exact(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    exact = person(1)
    exact["NIK"] = int(str(exact["NIK"]))  # ends in 1, below 2**53: the float holds it exactly
    exact["NO_KK"] = int(KK_A)
    truncated = person(2, NIK=3674041403780010)  # Excel's 15 digits leave a final 0
    too_large = person(3, NIK=9171045708850001, JENIS_KELAMIN="P", TANGGAL_LAHIR="1985-08-17")
    kk_rounded = person(4, NO_KK=3674041203150000)
    phone_number = person(5, NO_HP=81234567805)
    source = write_xlsx(tmp_path / "angka.xlsx", [exact, truncated, too_large, kk_rounded, phone_number])

    result, _ = services.people_import.run(actor=operator, source=source)

    assert (result.imported, result.rejected) == (2, 3)
    found = services.people.find_by_nik(actor=operator, nik=str(person(1)["NIK"]))
    assert found is not None
    assert found.kk_number == KK_A
    phone_owner = services.people.find_by_nik(actor=operator, nik=str(person(5)["NIK"]))
    assert phone_owner is not None
    assert phone_owner.phone == "081234567805"
    _, lines = read_report(result.report_path)
    rejected = {line["BARIS"]: line["ALASAN"] for line in lines if line["HASIL"] == "ditolak"}
    assert set(rejected) == {3, 4, 5}
    assert "Ubah format kolom NIK menjadi Teks" in rejected[3]
    assert "Ubah format kolom NIK menjadi Teks" in rejected[4]
    assert "Ubah format kolom No. KK menjadi Teks" in rejected[5]


def test_text_nik_with_spaces_and_dots_is_accepted(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    digits = str(person(1)["NIK"])
    spaced = f"{digits[:6]} {digits[6:12]}.{digits[12:]}"

    result, _ = services.people_import.run(
        actor=operator, source=write_csv(tmp_path / "spasi.csv", [person(1, NIK=spaced)])
    )

    assert result.imported == 1
    assert services.people.find_by_nik(actor=operator, nik=digits) is not None


def test_an_excel_date_cell_is_a_birth_date(services: Services, operator: Actor, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "tanggal.xlsx", [person(1, TANGGAL_LAHIR=date(1978, 3, 14))])

    result, _ = services.people_import.run(actor=operator, source=source)

    assert (result.imported, result.warnings) == (1, 0)
    found = services.people.find_by_nik(actor=operator, nik=str(person(1)["NIK"]))
    assert found is not None
    assert found.birth_date == date(1978, 3, 14)


def test_a_crash_in_the_middle_leaves_the_store_as_before(
    services: Services, operator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [person(n, NO_KK=f"36740412031{n // 4:05d}") for n in range(1, 1201)]
    source = write_csv(tmp_path / "besar.csv", rows)
    before = counts(services)
    real_insert = people_bulk.insert_families
    calls: list[int] = []

    def failing_insert(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk penuh")
        real_insert(*args)

    monkeypatch.setattr(people_bulk, "insert_families", failing_insert)

    with pytest.raises(OSError, match="disk penuh"):
        services.people_import.run(actor=operator, source=source)

    assert len(calls) == 2  # the first chunk had been written inside the transaction
    assert counts(services) == before
    assert list(services.paths.reports.iterdir()) == []
    monkeypatch.undo()
    # The search trigger came back with the rollback: a later registration is still searchable.
    services.people.register(actor=operator, draft=make_draft())
    assert check_store(services.database).ok


def test_cancel_rolls_back_everything_and_says_so_in_the_report(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "batal.csv", [person(n) for n in range(1, 1201)])
    before = counts(services)
    progress: list[tuple[int, int]] = []
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    result, summary = services.people_import.run(
        actor=operator, source=source, progress=lambda d, t: progress.append((d, t)), cancelled=cancelled
    )

    assert result.cancelled
    assert not summary
    assert result.imported == 0
    assert progress == [(500, 1200), (1000, 1200)]
    assert counts(services) == before
    report, lines = read_report(result.report_path)
    assert report["Status"].startswith("Dibatalkan setelah 1000 dari 1200 baris")
    assert lines == []


def test_progress_reaches_the_end_every_500_rows(services: Services, operator: Actor, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "progres.csv", [person(n) for n in range(1, 1201)])
    progress: list[tuple[int, int]] = []

    services.people_import.run(actor=operator, source=source, progress=lambda d, t: progress.append((d, t)))

    assert progress[:3] == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert progress[-1] == (1200, 1200)


def test_report_strings_never_become_formulas(services: Services, operator: Actor, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://contoh.invalid","klik")'
    rows = [person(1, NAMA=formula), person(2, NAMA="#N/A", NIK="=1+1")]

    result, _ = services.people_import.run(actor=operator, source=write_csv(tmp_path / "rumus.csv", rows))

    assert (result.imported, result.rejected) == (1, 1)
    sheet = openpyxl.load_workbook(result.report_path)["Baris"]
    cells = [sheet.cell(row=r, column=c) for r in (2, 3) for c in (2, 3, 4, 6)]
    assert all(cell.data_type == "s" for cell in cells if cell.value is not None)
    assert sheet.cell(row=2, column=3).value == formula
    assert (sheet.cell(row=3, column=2).value, sheet.cell(row=3, column=3).value) == ("=1+1", "#N/A")


def test_operator_may_import(services: Services, operator: Actor, supervisor: Actor, tmp_path: Path) -> None:
    result, _ = services.people_import.run(
        actor=operator, source=write_csv(tmp_path / "ops.csv", [person(1)])
    )
    assert result.imported == 1
    summary, _ = read_report(result.report_path)
    assert summary["Oleh"].startswith("OPS (ops")


@pytest.mark.parametrize("name", ["contoh-impor-penduduk.xlsx", "contoh-impor-penduduk.csv"])
def test_sample_files_import_cleanly(services: Services, operator: Actor, name: str) -> None:
    result, _ = services.people_import.run(actor=operator, source=resources_dir() / "samples" / name)

    assert result.rejected == 0
    assert result.imported == result.total_rows >= 20
    assert counts(services)["household"] == 8
    summary, lines = read_report(result.report_path)
    assert summary["Kolom tidak dikenal (diabaikan)"] == "tidak ada"
    # The office is Kelurahan Sawah: the sample's residents of other kelurahan are stored, each one warned.
    elsewhere = [line for line in lines if "Warga kelurahan lain" in (line["PERINGATAN"] or "")]
    assert result.other_kelurahan == result.warnings == len(elsewhere) == 17
    assert summary["Warga kelurahan lain (peringatan)"] == 17
    assert all("bukan Kelurahan Sawah" in line["PERINGATAN"] for line in elsewhere)
    assert {line["HASIL"] for line in elsewhere} == {"baru"}
    # HUBUNGAN is kept for every row: nobody's relation is left blank, one Kepala Keluarga per KK.
    with services.database.read() as tx:
        relations = tx.session.execute(
            text(
                "SELECT p.family_relation, p.id = h.head_person_id FROM person p JOIN household h "
                "ON h.id = p.household_id"
            )
        ).all()
    assert None not in {relation for relation, _ in relations}
    assert sorted(relation for relation, is_head in relations if is_head) == ["kepala_keluarga"] * 8
    assert {"istri", "anak"} <= {relation for relation, _ in relations}


def test_head_columns_are_both_read() -> None:
    columns = map_columns(
        ["NIK", "NAMA", "JK", "TGL LAHIR", "ALAMAT", "KELURAHAN", "HUBUNGAN", "KEPALA_KELUARGA"]
    )
    assert columns.positions[HEAD] == (7,)
    assert columns.positions["family_relation"] == (6,)
