"""A person's PDP report: everything the office holds about them, as a PDF they can be handed (UU 27/2022).

The registry, the household and its No. KK over time, the photo, each program's part (asked through the
program seam, services/person_data.py), the papers printed for them and the audit entries that name them.
Saving it is audited as an export (the report holds specific personal data: health and disability).
"""

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection, Signatory
from tangsel_desktop.domain.enums import Role, disability_label
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.formatting import format_date, format_datetime
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_settings import head_title, printable_details
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.person_data import DataSection, HoldsPersonData, shown_when, table
from tangsel_desktop.services.programs import ProgramRegistry
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import person_documents
from tangsel_desktop.storage.people import erasure_store, people_store, photo_store, subject_trail
from tangsel_desktop.storage.people.people_records import PersonRecord
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

TITLE = "Laporan Data Pribadi (UU 27/2022 tentang Pelindungan Data Pribadi)"
CITY = "Tangerang Selatan"
ACTIONS = {"create": "dibuat", "update": "diubah", "delete": "dihapus", "export": "diekspor"}
# The shared entities by their Indonesian names; a program's own show as stored, underscores as spaces.
ENTITIES = {
    "person": "data diri",
    "household": "keluarga",
    "person_photo": "foto",
    "pdp_report": "laporan PDP",
}
# The registry's columns as the form names them (the trail stores the column names).
FIELDS = {
    "nik": "NIK", "kk_number": "No. KK", "full_name": "nama", "sex": "jenis kelamin",
    "birth_place": "tempat lahir", "birth_date": "tanggal lahir", "address": "alamat", "rt": "RT", "rw": "RW",
    "kelurahan_code": "kelurahan", "phone": "nomor HP", "occupation": "pekerjaan",
    "disability": "disabilitas",
    "desil": "desil", "family_relation": "hubungan keluarga", "notes": "catatan", "household_id": "keluarga",
    "head_person_id": "kepala keluarga", "created_at": "dibuat", "deleted_at": "dihapus", "id": "id",
}  # fmt: skip
NOTES = (
    "Laporan ini memuat seluruh data pribadi Anda yang disimpan kantor ini, sebagai pemenuhan hak Anda atas "
    "akses data pribadi (UU 27/2022 Pasal 7). Data kesehatan dan disabilitas termasuk data pribadi yang "
    "bersifat spesifik: simpan laporan ini dengan aman.",
    "Bila ada data yang keliru, mintalah perbaikan kepada petugas (Pasal 6). Penghapusan data dapat diminta "
    "bila Anda tidak lagi mengikuti program yang sedang berjalan (Pasal 8).",
)


@dataclass(frozen=True)
class PdpReport:
    """The report's content as plain values (what the PDF and the command line show)."""

    person_id: str
    full_name: str
    nik: str
    registry: tuple[tuple[str, str], ...]
    sections: tuple[DataSection, ...]
    made_by: str
    made_at: datetime


@dataclass(frozen=True)
class SavedPdpReport:
    path: Path
    pages: int
    sections: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "pages": self.pages, "sections": list(self.sections)}


def _relation(code: str | None) -> str:
    try:
        return FamilyRelation(code).label if code else ""
    except ValueError:
        return code or ""


def _registry(person: PersonRecord, kk_number: str, has_photo: bool) -> tuple[tuple[str, str], ...]:
    return (
        ("NIK", person.nik),
        ("No. KK", kk_number or "-"),
        ("Nama lengkap", person.full_name),
        ("Jenis kelamin", {"L": "Laki-laki", "P": "Perempuan"}.get(person.sex, person.sex)),
        ("Tempat, tanggal lahir", f"{person.birth_place or '-'}, {format_date(person.birth_date)}"),
        ("Alamat", f"{person.address}, RT {person.rt or '-'}/RW {person.rw or '-'}"),
        ("Kelurahan", kelurahan_name(person.kelurahan_code)),
        ("Nomor HP", person.phone or "-"),
        ("Pekerjaan", person.occupation or "-"),
        ("Disabilitas", disability_label(person.disability)),
        ("Desil DTSEN", str(person.desil) if person.desil is not None else "-"),
        ("Hubungan dalam keluarga", _relation(person.family_relation) or "belum diisi"),
        ("Catatan", person.notes or "-"),
        ("Foto", "ada (disimpan untuk kartu)" if has_photo else "tidak ada"),
        ("Didaftarkan", shown_when(person.created_at)),
        ("Terakhir diubah", shown_when(person.updated_at)),
    )


def _household(tx: Transaction, person: PersonRecord) -> DataSection:
    if person.household_id is None:
        return DataSection("household", "Keluarga dan riwayat No. KK", note="Belum tercatat dalam keluarga.")
    household = people_store.household(tx, person.household_id)
    members = people_store.household_members(tx, person.household_id)
    history = erasure_store.kk_history(tx, person.household_id)
    head = household.head_person_id if household else None
    return DataSection(
        "household",
        "Keluarga dan riwayat No. KK",
        (
            table(
                "Anggota keluarga",
                ("Nama", "NIK", "Hubungan", "Kepala keluarga"),
                [
                    (
                        m.full_name,
                        m.nik,
                        _relation(m.family_relation),
                        "ya" if m.id == head else "",
                    )
                    for m in members
                ],
                (34, 22, 24, 14),
            ),
            table(
                "Riwayat No. KK",
                ("No. KK", "Berlaku sejak", "Sampai"),
                [
                    (kk, shown_when(start), shown_when(end) if end else "sekarang")
                    for kk, start, end in history
                ],
                (30, 30, 30),
            ),
        ),
    )


def _kind(code: str) -> str:
    try:
        return DocumentKind(code).label
    except ValueError:
        return code


def _documents(tx: Transaction, person_id: str) -> DataSection:
    rows = person_documents.printed_for(tx, person_id)
    status = {"printed": "dicetak", "reserved": "dipesan", "void": "batal"}
    return DataSection(
        "documents",
        "Dokumen yang dicetak (register dokumen)",
        (
            table(
                "Register",
                ("Nomor", "Jenis", "Salinan", "Status", "Waktu", "Oleh"),
                [
                    (r[0], _kind(r[1]), "ya" if r[2] else "", status.get(r[3], r[3]), shown_when(r[5]), r[6])
                    for r in rows
                ],
                (30, 14, 8, 10, 20, 14),
            ),
        ),
    )


def _changed(before: str | None, after: str | None) -> str:
    """The fields an entry changed, by name (the values themselves are in the registry above)."""
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ""
    names = sorted(key for key in set(old) | set(new) if old.get(key) != new.get(key))
    names = [
        FIELDS.get(name, name.replace("_", " ")) for name in names if name not in ("updated_at", "updated_by")
    ]
    return ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")


def _trail(tx: Transaction, person: PersonRecord) -> DataSection:
    rows = subject_trail.entries_of(tx, [person.id, person.household_id or ""], [person.nik, person.id])
    return DataSection(
        "audit",
        "Jejak audit yang menyebut Anda atau keluarga Anda",
        (
            table(
                "Entri",
                ("No.", "Waktu", "Petugas", "Tindakan", "Data", "Kolom yang berubah"),
                [
                    (
                        r[0],
                        shown_when(r[1]),
                        r[2],
                        ACTIONS.get(r[3], r[3]),
                        ENTITIES.get(r[4], r[4].replace("_", " ")),
                        _changed(r[6], r[7]),
                    )
                    for r in rows
                ],
                (7, 18, 12, 10, 14, 39),
            ),
        ),
    )


def report_data(report: PdpReport, *, office_name: str, contact: str, head: Signatory) -> ReportData:
    """The report as the Laporan layout draws it: the registry first, then each section's tables."""
    sections: list[ReportSection] = []
    for section in report.sections:
        if not section.tables:
            sections.append(
                ReportSection(section.title, (ReportColumn("Keterangan", 1),), [(section.note or "-",)])
            )
        for data_table in section.tables:
            widths = data_table.widths or (1.0,) * len(data_table.headers)
            sections.append(
                ReportSection(
                    f"{section.title}: {data_table.heading}",
                    tuple(ReportColumn(h, w) for h, w in zip(data_table.headers, widths, strict=True)),
                    data_table.rows,
                )
            )
    return ReportData(
        title=TITLE,
        office_name=office_name,
        subtitle=f"{contact} · atas nama {report.full_name}, NIK {report.nik}",
        columns=(ReportColumn("Data", 30), ReportColumn("Isi", 70)),
        rows=report.registry,
        printed_by=report.made_by,
        printed_at=report.made_at,
        sections=tuple(sections),
        summary=(("Laporan dibuat oleh", report.made_by), ("Pada", format_datetime(report.made_at))),
        notes=NOTES,
        signatures=(head,),
    )


class PdpReports:
    """Builds and saves a person's PDP report."""

    def __init__(self, database: Database, office: OfficeService, programs: ProgramRegistry) -> None:
        self._db = database
        self._office = office
        self._programs = programs

    def build(self, *, actor: Actor, person_id: str) -> PdpReport:
        actor.require(Role.SUPERVISOR, "membuat laporan data pribadi")
        with self._db.read() as tx:
            return self._build(tx, actor, person_id)

    def _build(self, tx: Transaction, actor: Actor, person_id: str) -> PdpReport:
        person = people_store.find_person(tx, person_id)
        if person is None:
            raise UserError("Data penduduk tidak ditemukan (mungkin sudah dihapus).")
        household = people_store.household(tx, person.household_id) if person.household_id else None
        has_photo = photo_store.photo(tx, person.id) is not None
        sections = [_household(tx, person)]
        sections += [
            program.section(tx, person.id)
            for program in self._programs
            if isinstance(program, HoldsPersonData)
        ]
        sections += [_documents(tx, person.id), _trail(tx, person)]
        return PdpReport(
            person_id=person.id,
            full_name=person.full_name,
            nik=person.nik,
            registry=_registry(person, household.kk_number if household else "", has_photo),
            sections=tuple(sections),
            made_by=actor.full_name or actor.username,
            made_at=datetime.now().astimezone(),
        )

    @exports("Laporan data pribadi seorang warga (UU PDP)")
    def save(self, *, actor: Actor, person_id: str, target: Path) -> tuple[SavedPdpReport, ChangeSummary]:
        """The report as a PDF at target, recorded as an export in the same transaction it appears in."""
        actor.require(Role.SUPERVISOR, "membuat laporan data pribadi")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Laporan data pribadi")
        office = self._office.require()
        with self._db.read() as tx:
            report = self._build(tx, actor, person_id)
            details = printable_details(tx, office)
        head = Signatory(
            place_date=f"{CITY}, {format_date(report.made_at.date())}",
            title=head_title(office),
            name=details.head_name,
        )
        data = report_data(report, office_name=office.name, contact=details.contact, head=head)
        # Imported here: ReportLab loads only when a PDF is asked for.
        from tangsel_desktop.documents.reports import render_report

        with temporary_beside(target) as temporary:
            pages = render_report(temporary, data)
            event = AuditEvent(
                "export",
                "pdp_report",
                report.person_id,
                after={"file": target.name, "pages": pages, "sections": [s.key for s in report.sections]},
            )
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        log.info("PDP report of person %s saved (%d pages)", report.person_id, pages)
        saved = SavedPdpReport(target, pages, ("registry", *(s.key for s in report.sections)))
        return saved, ChangeSummary.AUDIT_LOG
