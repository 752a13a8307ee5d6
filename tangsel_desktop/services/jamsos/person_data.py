"""Jamsosnaker's part of a person's PDP report and erasure (services/person_data.py)."""

from tangsel_desktop.domain.jamsos.claim_rules import ClaimStage
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.services.person_data import (
    DataSection,
    ErasedCopies,
    ProgramErasure,
    shown_money,
    shown_when,
    table,
    yes_no,
)
from tangsel_desktop.storage.jamsos import person_records
from tangsel_desktop.storage.transaction import Transaction

TITLE = "Jamsosnaker (BPJS Ketenagakerjaan)"
AUDIT_KEYS = ("work_location", "declared_income", "notes", "override_reason", "problems")


def _status(value: object) -> str:
    try:
        return MemberStatus(str(value)).label
    except ValueError:
        return str(value or "-")


def _end(value: object) -> str:
    try:
        return EndReason(str(value)).label
    except ValueError:
        return str(value or "-")


def _stage(value: object) -> str:
    try:
        return ClaimStage(str(value)).label
    except ValueError:
        return str(value or "belum ada catatan")


def section(tx: Transaction, person_id: str) -> DataSection:
    members = person_records.memberships(tx, person_id)
    steps = person_records.status_events(tx, person_id)
    claims = person_records.claims(tx, person_id)
    return DataSection(
        "jamsos",
        TITLE,
        (
            table(
                "Keanggotaan",
                (
                    "Status",
                    "No. KPJ",
                    "Ditanggung",
                    "Berhenti karena",
                    "Pekerjaan",
                    "Lokasi kerja",
                    "Penghasilan",
                ),
                [
                    (
                        _status(m[1]) + (" (dihapus)" if m[10] else ""),
                        m[2],
                        f"{m[3] or '-'} s.d. {m[4] or 'sekarang'}" if m[3] else "-",
                        _end(m[5]) if m[5] else "-",
                        m[6],
                        m[7],
                        shown_money(m[8]),
                    )
                    for m in members
                ],
                (12, 14, 16, 14, 14, 16, 12),
            ),
            table(
                "Riwayat status",
                ("Waktu", "Dari", "Ke", "Bulan", "Alasan"),
                [
                    (shown_when(s[0]), _status(s[1]) if s[1] else "-", _status(s[2]), s[3], s[5])
                    for s in steps
                ],
                (18, 12, 12, 10, 40),
            ),
            table(
                "Klaim JKM",
                ("Meninggal", "Kecelakaan kerja", "Ahli waris", "Hubungan", "Tahap terakhir"),
                [(shown_when(c[1]), yes_no(c[2]), c[3], c[4], _stage(c[6])) for c in claims],
                (16, 12, 24, 14, 18),
            ),
        ),
    )


def erasure(tx: Transaction, person_id: str) -> ProgramErasure:
    members = person_records.memberships(tx, person_id)
    running = [
        f"keanggotaan Jamsosnaker masih berjalan (status {_status(m[1])})"
        for m in members
        if m[10] is None and m[1] in person_records.RUNNING_STATUSES
    ]
    running += [
        "klaim JKM masih diproses (belum dibayar atau ditolak)"
        for c in person_records.claims(tx, person_id)
        if c[6] not in person_records.CLOSED_CLAIM_STAGES
    ]
    if not members:
        return ProgramErasure(TITLE, tuple(running), audit_keys=AUDIT_KEYS)
    return ProgramErasure(
        TITLE,
        tuple(running),
        audit_keys=AUDIT_KEYS,
        removed=("lokasi kerja dan penghasilan yang dinyatakan pada keanggotaan",),
        kept=(
            f"{len(members)} keanggotaan dengan No. KPJ, bulan ditanggung dan riwayat statusnya: dasar iuran "
            "yang dibayar kota kepada BPJS (rekap yang sudah ditandatangani tetap sama)",
        ),
    )


def erase(tx: Transaction, person_id: str) -> ErasedCopies:
    return ErasedCopies("jamsosnaker", {"jamsos_member": person_records.erase_copies(tx, person_id)})
