"""The list of verified members for BPJS Ketenagakerjaan to register (.xlsx); optionally marked submitted."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tangsel_desktop.domain.enums import Role, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus, Rate, check_transition, rate_in_force
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.four_eyes import check_four_eyes
from tangsel_desktop.services.jamsos.membership_service import stored_rates
from tangsel_desktop.services.output_paths import XLSX, check_output_path
from tangsel_desktop.services.published_files import publish_written
from tangsel_desktop.services.tabular_files import (
    add_sheet,
    open_xlsx,
    temporary_beside,
    write_cells,
)
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import bpjs_store as jamsos_bpjs_store
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

EXPORT_HEADERS = (
    "NIK",
    "NAMA",
    "TEMPAT_LAHIR",
    "TANGGAL_LAHIR",
    "JENIS_KELAMIN",
    "ALAMAT",
    "RT",
    "RW",
    "KELURAHAN",
    "KECAMATAN",
    "KOTA",
    "NO_HP",
    "PEKERJAAN",
    "LOKASI_KERJA",
    "PENGHASILAN",
    "PROGRAM",
    "IURAN_PER_BULAN",
    "PERIODE",
)
WIDTHS = (20, 30, 16, 14, 14, 60, 6, 6, 18, 16, 18, 16, 22, 24, 14, 18, 16, 10)
CITY = "Kota Tangerang Selatan"
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


@dataclass(frozen=True)
class BpjsExport:
    """What an export wrote: how many members, for which first month, and whether they were marked."""

    members: int
    month: str
    program: str
    path: Path
    marked_submitted: int

    def as_json(self) -> dict[str, object]:
        return {
            "members": self.members,
            "month": self.month,
            "program": self.program,
            "file": str(self.path),
            "marked_submitted": self.marked_submitted,
        }


class BpjsExportCancelled(UserError):
    """The clerk stopped the export: no file was made, nobody was marked, nothing was recorded."""

    def __init__(self) -> None:
        super().__init__("Ekspor dibatalkan. Tidak ada berkas yang dibuat dan tidak ada status yang diubah.")


def next_month(today: date) -> YearMonth:
    return YearMonth.of(today).plus(1)


def program_name(rate: Rate) -> str:
    """'JKK + JKM', with '+ JHT' only when the rate in force carries a JHT premium."""
    return "JKK + JKM + JHT" if rate.jht > 0 else "JKK + JKM"


def full_address(row: jamsos_bpjs_store.SubmitRow) -> str:
    """Street, RT/RW, kelurahan and kecamatan in one cell, as a BPJS form asks for it."""
    parts = [row.address.strip()]
    if row.rt or row.rw:
        parts.append(f"RT {row.rt or '-'}/RW {row.rw or '-'}")
    kelurahan, kecamatan = _wilayah_names(row.kelurahan_code)
    parts.append(f"Kel. {kelurahan}")
    if kecamatan:
        parts.append(f"Kec. {kecamatan}")
    parts.append(CITY)
    return ", ".join(part for part in parts if part)


def _wilayah_names(code: str) -> tuple[str, str]:
    try:
        place = wilayah().get(code)
    except UserError:
        return code, ""
    return place.name, place.kecamatan_name


def _sex_label(value: str) -> str:
    try:
        return Sex(value).label
    except ValueError:
        return value


def export_cells(
    row: jamsos_bpjs_store.SubmitRow, program: str, premium: int, month: YearMonth
) -> list[object]:
    """One member in EXPORT_HEADERS order: text cells, except the two rupiah amounts."""
    kelurahan, kecamatan = _wilayah_names(row.kelurahan_code)
    return [
        row.nik,
        row.full_name,
        row.birth_place,
        f"{row.birth_date:%d-%m-%Y}",
        _sex_label(row.sex),
        full_address(row),
        row.rt,
        row.rw,
        kelurahan,
        kecamatan,
        CITY,
        row.phone,
        row.occupation,
        row.work_location,
        row.declared_income,
        program,
        premium,
        str(month),
    ]


def _rate(tx: Transaction, month: YearMonth) -> Rate:
    return rate_in_force(stored_rates(tx), month)


def export_for_bpjs(
    database: Database,
    *,
    actor: Actor,
    target: Path,
    month: YearMonth | None = None,
    mark_submitted: bool = False,
    today: date | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> tuple[BpjsExport, ChangeSummary]:
    """Write the verified members for BPJS; with mark_submitted they become 'diajukan' in the same action.

    One write transaction: the file appears only together with its audit entry (and the status steps).
    """
    actor.require(Role.SUPERVISOR, "mengekspor daftar peserta untuk BPJS Ketenagakerjaan")
    target = check_output_path(target, XLSX, store_file=database.file, what="Usulan BPJS")
    period = month or next_month(today or date.today())
    if mark_submitted:
        check_transition(MemberStatus.VERIFIED, MemberStatus.SUBMITTED)
    with temporary_beside(target) as temporary:
        total, marked, program = publish_written(
            database,
            actor,
            temporary,
            target,
            lambda tx: _export(tx, actor, temporary, target, period, mark_submitted, progress, cancelled),
        )
    log.info("exported %s members for BPJS (%s), %s marked submitted", total, period, marked)
    result = BpjsExport(total, str(period), program, target, marked)
    return result, ChangeSummary.JAMSOS | ChangeSummary.AUDIT_LOG if marked else ChangeSummary.AUDIT_LOG


def _export(
    tx: Transaction,
    actor: Actor,
    temporary: Path,
    target: Path,
    period: YearMonth,
    mark_submitted: bool,
    progress: Progress,
    cancelled: Cancelled,
) -> tuple[int, int, str]:
    rate = _rate(tx, period)
    program, premium = program_name(rate), rate.premium()
    members = jamsos_bpjs_store.members_with_status(tx, MemberStatus.VERIFIED.value)
    if not members:
        raise UserError(
            "Tidak ada peserta berstatus 'diverifikasi' untuk diajukan ke BPJS. "
            "Verifikasi usulan peserta dulu, lalu ekspor lagi."
        )
    total = len(members)
    with open_xlsx(temporary, "Daftar untuk BPJS tidak dapat ditulis") as workbook:
        sheet = add_sheet(workbook, "Usulan peserta", EXPORT_HEADERS, WIDTHS)
        for number, row in enumerate(members, start=1):
            write_cells(sheet, number, export_cells(row, program, premium, period))
            if number % 200 == 0 or number == total:
                if progress is not None:
                    progress(number, total)
                if cancelled is not None and cancelled():
                    raise BpjsExportCancelled
    marked = _mark_submitted(tx, actor, members, period, target.name) if mark_submitted else 0
    summary = {
        "members": total,
        "month": str(period),
        "program": program,
        "file": target.name,
        "marked_submitted": marked,
    }
    tx.record(AuditEvent("bpjs_export", "jamsos_member", after=summary))
    return total, marked, program


def _mark_submitted(
    tx: Transaction,
    actor: Actor,
    members: list[jamsos_bpjs_store.SubmitRow],
    period: YearMonth,
    file_name: str,
) -> int:
    # Marking is submitting: the four-eyes rule holds for the whole list as for one member.
    check_four_eyes(tx, actor, MemberStatus.SUBMITTED, [(m.member_id, m.full_name) for m in members])
    now = utc_now()
    reason = f"Diajukan ke BPJS Ketenagakerjaan lewat berkas {file_name}, periode {period}."
    jamsos_bpjs_store.update_members(
        tx,
        [
            {
                "member_id": m.member_id,
                "status": MemberStatus.SUBMITTED.value,
                "updated_at": now,
                "updated_by": actor.user_id,
            }
            for m in members
        ],
    )
    jamsos_bpjs_store.add_events(
        tx,
        [
            {
                "member_id": m.member_id,
                "from_status": MemberStatus.VERIFIED.value,
                "to_status": MemberStatus.SUBMITTED.value,
                "month": str(period),
                "kpj_number": None,
                "reason": reason,
                "override": False,
                "by_user": actor.user_id,
                "at": now,
            }
            for m in members
        ],
    )
    events = [
        AuditEvent(
            "status",
            "jamsos_member",
            m.member_id,
            before={"status": MemberStatus.VERIFIED.value},
            after={"status": MemberStatus.SUBMITTED.value, "reason": reason},
        )
        for m in members
    ]
    tx.record(*events)
    return len(members)
