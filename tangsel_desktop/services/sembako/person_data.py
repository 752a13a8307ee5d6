"""Sembako's part of a person's PDP report and erasure (services/person_data.py)."""

from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.services.person_data import DataSection, ErasedCopies, ProgramErasure, shown_when, table
from tangsel_desktop.storage.sembako import person_records
from tangsel_desktop.storage.transaction import Transaction

TITLE = "Sembako"
AUDIT_KEYS = (
    "categories", "document", "child_name", "child_birth_date", "added_reason", "removed_reason",
    "address", "full_name", "nik",
)  # fmt: skip
ROUND_STATUS = {"draft": "draf", "approved": "disetujui", "closed": "ditutup"}
MARKS = {"signature": "tanda tangan", "thumbprint": "cap jempol"}


def _categories(text: str) -> str:
    labels = []
    for word in (text or "").split(","):
        if word:
            try:
                labels.append(Category(word).label)
            except ValueError:
                labels.append(word)
    return ", ".join(labels)


def section(tx: Transaction, person_id: str) -> DataSection:
    lines = person_records.recipient_lines(tx, person_id)
    handed = person_records.handovers(tx, person_id)
    evidence = person_records.evidence(tx, person_id)
    return DataSection(
        "sembako",
        TITLE,
        (
            table(
                "Putaran yang mencantumkan",
                ("Putaran", "Bulan", "Status putaran", "Baris", "Kategori", "Alamat tercatat"),
                [
                    (
                        line[1],
                        line[2],
                        ROUND_STATUS.get(line[3], line[3]),
                        "tercantum" if line[4] == "listed" else "dikeluarkan",
                        _categories(line[5]),
                        f"{line[9]} RT {line[10] or '-'}/RW {line[11] or '-'}",
                    )
                    for line in lines
                ],
                (20, 8, 12, 10, 18, 30),
            ),
            table(
                "Serah terima",
                ("Putaran", "No. tanda terima", "Waktu", "Tanda", "Diwakilkan kepada", "Batal"),
                [
                    (
                        h[0],
                        h[1],
                        shown_when(h[2]),
                        MARKS.get(h[3], h[3]),
                        f"{h[4]} ({h[5]})" if h[4] else "-",
                        f"{shown_when(h[6])}: {h[7]}" if h[6] else "-",
                    )
                    for h in handed
                ],
                (18, 20, 18, 12, 18, 16),
            ),
            table(
                "Bukti kelayakan",
                ("Kategori", "Dokumen", "Berlaku", "Anak", "Dicabut"),
                [
                    (
                        _categories(e[0]),
                        e[1],
                        f"{shown_when(e[2])} s.d. {shown_when(e[3]) if e[3] else 'seterusnya'}",
                        f"{e[4]} ({shown_when(e[5])})" if e[4] else "-",
                        shown_when(e[6]),
                    )
                    for e in evidence
                ],
                (14, 26, 24, 22, 14),
            ),
        ),
    )


def erasure(tx: Transaction, person_id: str) -> ProgramErasure:
    running = tuple(
        f"tercantum pada putaran sembako '{name}' yang belum ditutup"
        for name in person_records.running_rounds(tx, person_id)
    )
    lines = person_records.recipient_lines(tx, person_id)
    handed = person_records.handovers(tx, person_id)
    evidence = person_records.evidence(tx, person_id)
    removed = []
    if lines:
        removed.append(f"nama, NIK, No. KK, alamat dan kategori pada {len(lines)} baris putaran sembako")
    if evidence:
        removed.append(f"{len(evidence)} bukti kelayakan sembako (data kesehatan)")
    kept = []
    if handed:
        kept.append(
            f"{len(handed)} serah terima sembako dengan nomor tanda terimanya: pertanggungjawaban paket "
            "yang dibagikan (tanpa nama atau NIK)"
        )
    return ProgramErasure(TITLE, running, tuple(removed), tuple(kept), audit_keys=AUDIT_KEYS)


def erase(tx: Transaction, person_id: str) -> ErasedCopies:
    return ErasedCopies("sembako", person_records.erase_copies(tx, person_id))
