"""Every exported file says who exported it and when (xlsx and PDF properties), and every export is audited.

One table lists each exporting service method (each carries @exports); a test fails when a method
is added without a line here. Each line makes its file as a clerk would and reads it back with
second readers: openpyxl and the workbook's app.xml for xlsx, pdfinfo for PDF."""

import re
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.documents.export_stamp import ExportStamp, stamped
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.domain.wilayah import DINSOS_CODE
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.reports.people_summary import PeopleReports
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.sync.findings_export import FindingsExport
from tangsel_desktop.services.tabular_files import SheetContent, write_workbook
from tests.conftest import PASSWORD, make_draft
from tests.services.bpjs_fixtures import member, write_answer
from tests.services.sembako_fixtures import build_village, make_round
from tests.services.training_fixtures import SITI, build_residents

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")

OFFICE_NAME = "Kelurahan Sawah, Kecamatan Ciputat"
EXPORTED_BY = re.compile(r"Diekspor dari Tangsel Desktop [0-9.]+ oleh .+ \(\w+\), .+, pada \d+ \w+ 20\d\d")


@dataclass(frozen=True)
class Made:
    """What one export produced: its files, and the audit entry (action, entity) it must have written;
    `centre`: the Dinas Sosial store it was made in, when it is not the kelurahan's."""

    files: tuple[Path, ...]
    audit: tuple[str, str]
    centre: Services | None = None


Export = Callable[[Services, dict[str, Actor], Path], Made]


def people_export(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    services.people.register(actor=who["ops"], draft=make_draft())
    services.people_export.export(actor=who["spv"], target=folder / "penduduk.xlsx")
    services.people_export.export(actor=who["spv"], target=folder / "penduduk.csv")
    return Made((folder / "penduduk.xlsx", folder / "penduduk.csv"), ("export", "file"))


def people_import(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    services.people.register(actor=who["ops"], draft=make_draft())
    services.people_export.export(actor=who["spv"], target=folder / "sumber.xlsx")
    result, _ = services.people_import.run(actor=who["spv"], source=folder / "sumber.xlsx")
    return Made((result.report_path,), ("import", "file"))


def pdp_report(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    person, _ = services.people.register(actor=who["ops"], draft=make_draft())
    services.pdp_reports.save(actor=who["admin"], person_id=person.id, target=folder / "pdp.pdf")
    return Made((folder / "pdp.pdf",), ("export", "pdp_report"))


def bpjs_export(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    member(services, who["spv"], 1, MemberStatus.VERIFIED)
    services.bpjs.export_for_bpjs(actor=who["spv"], target=folder / "usulan.xlsx", month=YearMonth(2026, 1))
    return Made((folder / "usulan.xlsx",), ("bpjs_export", "jamsos_member"))


def bpjs_answer(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    number = member(services, who["spv"], 4, MemberStatus.SUBMITTED)
    source = write_answer(
        folder / "jawaban.xlsx",
        ["NIK", "Nama", "No KPJ", "Status Kepesertaan", "TMT"],
        [[number, "Warga 4", "12345678904", "Aktif", "2026-01"]],
    )
    report = folder / "rekonsiliasi.xlsx"
    services.bpjs.import_bpjs_answer(actor=who["spv"], source=source, report=report)
    return Made((report,), ("bpjs_import", "jamsos_member"))


def jamsos_recap(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    member(services, who["spv"], 2, MemberStatus.ACTIVE)
    for name in ("rekap.pdf", "rekap.xlsx"):
        services.jamsos_recap_files.save_recap(
            actor=who["spv"], month=YearMonth(2025, 9), target=folder / name
        )
    return Made((folder / "rekap.pdf", folder / "rekap.xlsx"), ("export", "jamsos_recap"))


def claim_checklist(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    nik = member(services, who["spv"], 3, MemberStatus.ACTIVE)
    services.jamsos_claims.record_death(
        actor=who["spv"], nik=nik, died_on=date(2025, 3, 1), heir_name="Ibu A"
    )
    target = services.jamsos_claims.checklist(actor=who["ops"], nik=nik, target=folder / "klaim.pdf")
    return Made((target,), ("print", "jamsos_claim"))


def people_summary(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    services.people.register(actor=who["ops"], draft=make_draft())
    reports = PeopleReports(services.database, services.office, date.today)
    for name in ("ringkasan.pdf", "ringkasan.xlsx"):
        reports.save(actor=who["ops"], target=folder / name)
    return Made((folder / "ringkasan.pdf", folder / "ringkasan.xlsx"), ("export", "people_summary"))


def _served_round(services: Services, who: dict[str, Actor]) -> str:
    village = build_village(services, who["ops"])
    view = make_round(services, who["spv"])
    services.sembako_rounds.propose(actor=who["ops"], round_id=view.id)
    services.sembako_rounds.approve(actor=who["spv"], round_id=view.id)
    services.sembako_stock.receive(actor=who["spv"], round_id=view.id, count=5, bast="BAST/DINSOS/07")
    services.sembako_handovers.hand_over(actor=who["ops"], round_id=view.id, who=Who(nik=village.sari))
    return view.id


def sembako_receipts(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    round_id = _served_round(services, who)
    services.sembako_documents.receipts(actor=who["ops"], round_id=round_id, target=folder / "tt.pdf")
    return Made((folder / "tt.pdf",), ("print", "sembako_receipts"))


def sembako_sheet(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    round_id = _served_round(services, who)
    services.sembako_documents.signing_sheet(
        actor=who["spv"], round_id=round_id, rw="7", target=folder / "s.pdf"
    )
    return Made((folder / "s.pdf",), ("print", "document"))


def sembako_bast(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    round_id = _served_round(services, who)
    services.sembako_documents.handover_report(
        actor=who["spv"],
        round_id=round_id,
        target=folder / "bast.pdf",
        to_name="Drs. Ahmad",
        to_position="Kasi",
    )
    return Made((folder / "bast.pdf",), ("print", "document"))


def sembako_stock(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    round_id = _served_round(services, who)
    services.sembako_documents.stock_report(actor=who["spv"], round_id=round_id, target=folder / "stok.pdf")
    return Made((folder / "stok.pdf",), ("export", "sembako_stock"))


def sembako_round_report(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    round_id = _served_round(services, who)
    for name in ("lap.pdf", "lap.xlsx"):
        services.sembako_reports.save(actor=who["spv"], round_id=round_id, target=folder / name)
    return Made((folder / "lap.pdf", folder / "lap.xlsx"), ("export", "sembako_report"))


def cards(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    person, _ = services.people.register(actor=who["ops"], draft=make_draft())
    services.documents.print_cards(actor=who["spv"], person_ids=[person.id], target=folder / "kartu.pdf")
    return Made((folder / "kartu.pdf",), ("print", "document"))


def card_copy(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    person, _ = services.people.register(actor=who["ops"], draft=make_draft())
    services.documents.print_cards(actor=who["spv"], person_ids=[person.id], target=folder / "asli.pdf")
    original = services.documents.list_documents(actor=who["spv"], limit=1)[0]
    services.documents.reprint(
        actor=who["spv"], document_ids=[original.id], reason="kartu hilang", target=folder / "salinan.pdf"
    )
    return Made((folder / "salinan.pdf",), ("reprint", "document"))


def _trained_batch(services: Services, who: dict[str, Actor]) -> str:
    """A one-day batch in which Siti was selected and attended the whole day."""
    build_residents(services)
    training, _ = services.training_courses.add_training(
        actor=who["spv"], name="Pelatihan Membuat Kue", kind="umum", total_jp=8, min_attendance=75
    )
    day = date(2026, 11, 2)
    batch, _ = services.training_courses.add_batch(
        actor=who["spv"],
        training_id=training.id,
        starts_on=day,
        ends_on=day,
        quota=2,
        place="Aula",
        sessions=[Session(day, 8)],
    )
    services.training_participants.enroll(actor=who["ops"], batch_id=batch.id, nik=SITI)
    services.training_participants.select(actor=who["spv"], batch_id=batch.id, nik=SITI)
    services.training_attendance.attend(actor=who["ops"], batch_id=batch.id, day=day, nik=SITI, mark="hadir")
    return batch.id


def training_sheet(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    batch = _trained_batch(services, who)
    services.training_attendance.sheet(
        actor=who["ops"], batch_id=batch, day=date(2026, 11, 2), target=folder / "hadir.pdf"
    )
    return Made((folder / "hadir.pdf",), ("print", "training_attendance_sheet"))


def training_certificates(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    batch = _trained_batch(services, who)
    services.training_outcomes.certificates(
        actor=who["spv"], batch_id=batch, target=folder / "sertifikat.pdf"
    )
    return Made((folder / "sertifikat.pdf",), ("print", "document"))


def training_kit_receipts(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    batch = _trained_batch(services, who)
    services.training_aftercare.hand_kit(actor=who["spv"], batch_id=batch, nik=SITI, items=["Mixer"])
    services.training_aftercare.receipts(actor=who["spv"], batch_id=batch, target=folder / "kit.pdf")
    return Made((folder / "kit.pdf",), ("print", "training_kit_receipts"))


def training_report(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    batch = _trained_batch(services, who)
    for name in ("angkatan.pdf", "angkatan.xlsx"):
        services.training_reports.save(actor=who["spv"], batch_id=batch, target=folder / name)
    return Made((folder / "angkatan.pdf", folder / "angkatan.xlsx"), ("export", "training_report"))


def sync_findings(services: Services, who: dict[str, Actor], folder: Path) -> Made:
    """Findings live at the centre: a Dinas Sosial store of its own, its administrator named as the
    kelurahan's, exports them (none yet: the sheets' headers)."""
    centre = open_services(DataPaths(folder / "pusat").ensure())
    admin = who["admin"]
    centre.office.set_up(
        office_code=DINSOS_CODE,
        admin_username="admin",
        admin_full_name=admin.full_name,
        admin_password=PASSWORD,
    )
    centre_admin = centre.auth.login(username="admin", password=PASSWORD)
    centre.sync_findings.export_xlsx(actor=centre_admin, target=folder / "temuan.xlsx")
    return Made((folder / "temuan.xlsx",), ("export", "sync_finding"), centre)


# (service field, method) -> how a clerk makes it.
EXPORTS: dict[tuple[str, str], Export] = {
    ("people_export", "export"): people_export,
    ("people_import", "run"): people_import,
    ("pdp_reports", "save"): pdp_report,
    ("bpjs", "export_for_bpjs"): bpjs_export,
    ("bpjs", "import_bpjs_answer"): bpjs_answer,
    ("jamsos_recap_files", "save_recap"): jamsos_recap,
    ("jamsos_claims", "checklist"): claim_checklist,
    ("sembako_documents", "receipts"): sembako_receipts,
    ("sembako_documents", "signing_sheet"): sembako_sheet,
    ("sembako_documents", "handover_report"): sembako_bast,
    ("sembako_documents", "stock_report"): sembako_stock,
    ("sembako_reports", "save"): sembako_round_report,
    ("documents", "print_cards"): cards,
    ("documents", "reprint"): card_copy,
    ("training_attendance", "sheet"): training_sheet,
    ("training_outcomes", "certificates"): training_certificates,
    ("training_aftercare", "receipts"): training_kit_receipts,
    ("training_reports", "save"): training_report,
}
# Reached through a Services field's method that hands the call on (SyncFindings.export_xlsx).
EXPORTS_HANDED_ON = {("FindingsExport", "export_xlsx"): sync_findings}
# Not a field of Services: the Laporan area's people summary, made through the report catalogue.
EXPORTS_BEYOND_SERVICES = {("PeopleReports", "save"): people_summary}


def office_of(made: Made) -> str:
    return "Dinas Sosial Kota Tangerang Selatan" if made.centre is not None else OFFICE_NAME


def exporting_methods(services: Services) -> set[tuple[str, str]]:
    found = set()
    for field in fields(services):
        service = getattr(services, field.name)
        for name in dir(type(service)):
            if hasattr(getattr(type(service), name, None), "exported_as"):
                found.add((field.name, name))
    return found


def test_every_exporting_method_is_listed_here(services: Services) -> None:
    listed = set(EXPORTS)
    assert exporting_methods(services) == listed
    assert hasattr(PeopleReports.save, "exported_as")
    assert hasattr(FindingsExport.export_xlsx, "exported_as")


def pdf_info(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {
        key.strip(): value.strip() for key, _, value in (line.partition(":") for line in output.splitlines())
    }


def app_company(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        app = archive.read("docProps/app.xml").decode("utf-8")
    return app.split("<Company>")[1].split("</Company>")[0]


def audit_entries(services: Services, since: int) -> list[tuple[str, str, str]]:
    with services.database.read() as tx:
        rows = tx.rows("SELECT action, entity, username FROM audit_log WHERE id > ? ORDER BY id", (since,))
    return [(str(action), str(entity), str(user)) for action, entity, user in rows]


def last_audit_id(services: Services) -> int:
    with services.database.read() as tx:
        return int(tx.rows("SELECT coalesce(max(id), 0) FROM audit_log")[0][0])


@pytest.mark.parametrize(
    "make",
    [*EXPORTS.values(), *EXPORTS_BEYOND_SERVICES.values(), *EXPORTS_HANDED_ON.values()],
    ids=lambda make: make.__name__,
)
def test_the_exported_file_names_its_exporter_and_date_and_is_audited(
    make: Export, services: Services, admin: Actor, supervisor: Actor, operator: Actor, tmp_path: Path
) -> None:
    who = {"admin": admin, "spv": supervisor, "ops": operator}
    since = last_audit_id(services)
    made = make(services, who, tmp_path)
    try:
        check_made(made, made.centre or services, who, since if made.centre is None else 0)
    finally:
        if made.centre is not None:
            made.centre.database.dispose()


def check_made(made: Made, services: Services, who: dict[str, Actor], since: int) -> None:
    today = datetime.now(UTC).date()
    exporters = set()
    for path in made.files:
        assert path.is_file(), path
        if path.suffix == ".pdf":
            info = pdf_info(path)
            exporter = info["Author"]
            assert info["Creator"].startswith("Tangsel Desktop ")
            assert EXPORTED_BY.search(info["Subject"]), info["Subject"]
            assert office_of(made) in info["Subject"]
            created = datetime.strptime(info["CreationDate"], "%a %b %d %H:%M:%S %Y %Z")
            assert abs((created.date() - today).days) <= 1
        elif path.suffix == ".xlsx":
            properties = openpyxl.load_workbook(path, read_only=True).properties
            exporter = properties.creator or ""
            assert properties.created is not None
            assert properties.created.date() == today
            assert EXPORTED_BY.search(properties.description or ""), properties.description
            assert app_company(path) == office_of(made)
        else:
            # CSV has no place for properties: the audit entry (below) says who and when.
            assert path.suffix == ".csv"
            continue
        exporters.add(exporter)
    assert len(exporters) == 1
    exporter = exporters.pop()
    username = exporter.rsplit("(", 1)[1].rstrip(")")
    assert exporter == f"{who[username].full_name} ({username})"
    entries = audit_entries(services, since)
    assert (*made.audit, username) in entries, entries[-4:]


def test_the_stamp_belongs_to_the_thread_of_its_export(tmp_path: Path) -> None:
    """Two exports at once on two workers: each file names its own exporter, never the other's."""
    sheets = [SheetContent("A", ("a",), [("b",)])]
    stamp = ExportStamp.now(full_name="Sri Wahyuni", username="sri", office_name=OFFICE_NAME, what="Uji")
    with stamped(stamp):
        other = threading.Thread(target=write_workbook, args=(tmp_path / "other.xlsx", sheets))
        other.start()
        other.join()
        write_workbook(tmp_path / "own.xlsx", sheets)
    write_workbook(tmp_path / "after.xlsx", sheets)

    def creator(name: str) -> str | None:
        value = openpyxl.load_workbook(tmp_path / name, read_only=True).properties.creator
        return value if isinstance(value, str) else None

    assert creator("own.xlsx") == "Sri Wahyuni (sri)"
    assert creator("other.xlsx") != "Sri Wahyuni (sri)"
    assert creator("after.xlsx") != "Sri Wahyuni (sri)"
