"""Trainings' part of a person's PDP report and erasure (services/person_data.py)."""

from datetime import date

from tangsel_desktop.domain.enums import disability_label
from tangsel_desktop.domain.training.participation import ParticipantStatus, Result
from tangsel_desktop.services.person_data import DataSection, ErasedCopies, ProgramErasure, shown_when, table
from tangsel_desktop.storage.training import person_records
from tangsel_desktop.storage.transaction import Transaction

TITLE = "Pelatihan"
AUDIT_KEYS = ("disability", "reasons", "withdraw_reason", "full_name", "nik")
MARKS = {"hadir": "hadir", "absen": "tidak hadir", "izin": "izin"}


def _status(value: object) -> str:
    try:
        return ParticipantStatus(str(value)).label
    except ValueError:
        return str(value or "-")


def _result(value: object) -> str:
    try:
        return Result(str(value)).label
    except ValueError:
        return str(value or "-")


def _follow_ups(text: object) -> str:
    """'3:1:0:band;6:...' as 'bulan 3: bekerja, ...'."""
    parts = []
    for item in str(text or "").split(";"):
        if item:
            month, working, own, band = [*item.split(":", 3), "", "", ""][:4]
            state = "bekerja" if working == "1" else ("usaha sendiri" if own == "1" else "belum bekerja")
            parts.append(f"bulan {month}: {state}{f', {band}' if band else ''}")
    return "; ".join(parts)


def section(tx: Transaction, person_id: str) -> DataSection:
    batches = person_records.participations(tx, person_id)
    marks = person_records.attendance(tx, person_id)
    outcomes = person_records.outcomes(tx, person_id)
    return DataSection(
        "training",
        TITLE,
        (
            table(
                "Keikutsertaan",
                ("Pelatihan", "Angkatan", "Tanggal", "Status", "Disabilitas", "Alasan"),
                [
                    (
                        b[1],
                        b[2],
                        f"{shown_when(b[3])} s.d. {shown_when(b[4])}",
                        _status(b[5]),
                        disability_label(b[8]) if b[8] else "-",
                        "; ".join(part for part in (b[6], b[7]) if part),
                    )
                    for b in batches
                ],
                (18, 18, 22, 10, 12, 20),
            ),
            table(
                "Kehadiran",
                ("Angkatan", "Hari", "JP", "Kehadiran", "Pendamping"),
                [(m[0], shown_when(m[1]), m[2], MARKS.get(m[3], m[3]), m[4]) for m in marks],
                (26, 20, 8, 14, 22),
            ),
            table(
                "Hasil, sertifikat, paket usaha dan tindak lanjut",
                ("Angkatan", "Hasil", "No. LSP", "No. sertifikat", "Paket usaha", "Magang", "Tindak lanjut"),
                [
                    (
                        o[0],
                        _result(o[1]) if o[1] else "-",
                        o[2],
                        o[3],
                        f"{', '.join(str(o[4]).splitlines())} ({o[5] or 'belum diserahkan'})"
                        if o[4]
                        else "-",
                        o[6],
                        _follow_ups(o[7]),
                    )
                    for o in outcomes
                ],
                (14, 10, 12, 16, 20, 12, 16),
            ),
        ),
    )


def erasure(tx: Transaction, person_id: str) -> ProgramErasure:
    running = tuple(
        f"peserta angkatan pelatihan '{name}' yang belum selesai"
        for name in person_records.running_batches(tx, person_id, date.today())
    )
    batches = person_records.participations(tx, person_id)
    if not batches:
        return ProgramErasure(TITLE, running, audit_keys=AUDIT_KEYS)
    certified = sum(1 for o in person_records.outcomes(tx, person_id) if o[3] or o[5])
    kept = [
        f"{len(batches)} keikutsertaan dengan kehadiran dan hasilnya: jumlah peserta angkatan yang sudah "
        "dilaporkan tetap sama"
    ]
    if certified:
        kept.append(f"{certified} nomor sertifikat atau tanda terima paket usaha yang sudah diterbitkan")
    return ProgramErasure(
        TITLE,
        running,
        removed=(f"nama, NIK, disabilitas dan alasan pada {len(batches)} data peserta pelatihan",),
        kept=tuple(kept),
        audit_keys=AUDIT_KEYS,
    )


def erase(tx: Transaction, person_id: str) -> ErasedCopies:
    return ErasedCopies("pelatihan", {"training_participant": person_records.erase_copies(tx, person_id)})
