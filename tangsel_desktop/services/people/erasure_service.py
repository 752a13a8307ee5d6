"""Erasing a person who asks (UU 27/2022 Pasal 8): refused while a program still runs for them; otherwise
their personal data goes, a tombstone stays, and the deletion travels to the central office.

One transaction: each program (asked through services/person_data.py) says whether the person is still in
a running part of it and empties its copies; the registry row becomes a tombstone (journaled as a
deletion); the household goes with them when nobody else is in it; the register keeps its numbers without
the name; the audit trail's values that name them are redacted under seal (storage/audit_redaction.py).
What is deleted or replaced is overwritten in the file (secure_delete) and the write-ahead log is emptied
after the commit, so the file holds neither their NIK nor their name. The erasure's own entry holds no
personal data: the id, the reason category and counts.
"""

import logging
from dataclasses import dataclass, field

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.erasure_reasons import ErasureReason, parse_reason
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.people_service import replace_head_if_left
from tangsel_desktop.services.person_data import HoldsPersonData, ProgramErasure
from tangsel_desktop.services.programs import ProgramRegistry
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.audit_redaction import Subject, redact_subject, subject_values
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import person_documents
from tangsel_desktop.storage.people import erasure_store, people_store, photo_store
from tangsel_desktop.storage.people.people_records import PersonRecord
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

ERASED = ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD | ChangeSummary.AUDIT_LOG
# Keys of audit values that hold a person's data: redacted in the entries that are about the person.
# Each program adds its own (ProgramErasure.audit_keys).
PERSONAL_KEYS = frozenset(erasure_store.ERASED_VALUES) | {"kk_number", "person_name", "payload", "reason"}


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure of this person would do, or why not yet: shown before it is confirmed."""

    person_id: str
    full_name: str
    nik: str
    running: tuple[str, ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    audit_keys: frozenset[str] = frozenset()

    @property
    def allowed(self) -> bool:
        return not self.running

    def refusal(self) -> str:
        return (
            f"Data {self.full_name} belum dapat dihapus karena masih mengikuti program yang berjalan: "
            f"{'; '.join(self.running)}. Selesaikan atau keluarkan dari program itu dulu, lalu ulangi."
        )

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.person_id,
            "allowed": self.allowed,
            "running": list(self.running),
            "removed": list(self.removed),
            "kept": list(self.kept),
        }


@dataclass(frozen=True)
class ErasureDone:
    person_id: str
    reason: ErasureReason
    redacted_entries: int
    counts: dict[str, int] = field(default_factory=dict)
    wal_emptied: bool = True

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.person_id,
            "reason": self.reason.value,
            "redacted_audit_entries": self.redacted_entries,
            "copies": dict(self.counts),
            "wal_emptied": self.wal_emptied,
        }


REGISTRY_REMOVED = (
    "NIK, nama, jenis kelamin, tempat dan tanggal lahir, alamat dan RT, nomor HP, pekerjaan, "
    "disabilitas, desil, hubungan keluarga dan catatan",
    "foto (bila ada)",
)
REGISTRY_KEPT = (
    "satu baris penanda (nisan) dengan id, waktu, petugas dan kategori alasan penghapusan: dikirim ke "
    "Dinas Sosial sebagai penghapusan",
    "kelurahan dan RW (wilayah, bukan orang): rekap yang sudah ditandatangani tetap sama",
    "jejak audit tetap utuh dan terverifikasi; nilai yang menyebut data pribadinya diganti [dihapus]",
    # Said plainly: the erasure cannot reach copies already made; they age out with the backups' rotation.
    "cadangan yang sudah dibuat sebelumnya masih memuat datanya sampai terhapus oleh rotasi cadangan",
)


class PersonErasure:
    """Plans and carries out a person's erasure (administrators only)."""

    def __init__(self, database: Database, programs: ProgramRegistry) -> None:
        self._db = database
        self._programs = programs

    def _holders(self) -> list[HoldsPersonData]:
        return [program for program in self._programs if isinstance(program, HoldsPersonData)]

    def plan(self, *, actor: Actor, person_id: str) -> ErasurePlan:
        actor.require(Role.ADMIN, "menghapus data pribadi penduduk")
        with self._db.read() as tx:
            return self._plan(tx, _person(tx, person_id))

    def _plan(self, tx: Transaction, person: PersonRecord) -> ErasurePlan:
        answers = self._answers(tx, person)
        removed = list(REGISTRY_REMOVED)
        kept = list(REGISTRY_KEPT)
        if person.household_id:
            if erasure_store.other_live_members(tx, person.household_id, person.id):
                removed.append("keanggotaannya dalam keluarga (No. KK tetap milik anggota keluarga lainnya)")
            else:
                removed.append("keluarganya dan riwayat No. KK-nya (tidak ada anggota lain)")
        printed = person_documents.printed_for(tx, person.id)
        if printed:
            kept.append(
                f"{len(printed)} nomor dokumen di register (tanpa nama; dokumennya tidak lagi "
                "dapat diverifikasi)"
            )
        for answer in answers:
            removed += [f"{answer.program}: {text}" for text in answer.removed]
            kept += [f"{answer.program}: {text}" for text in answer.kept]
        return ErasurePlan(
            audit_keys=frozenset(key for answer in answers for key in answer.audit_keys),
            person_id=person.id,
            full_name=person.full_name,
            nik=person.nik,
            running=tuple(text for answer in answers for text in answer.running),
            removed=tuple(removed),
            kept=tuple(kept),
        )

    def _answers(self, tx: Transaction, person: PersonRecord) -> list[ProgramErasure]:
        return [program.erasure(tx, person.id) for program in self._holders()]

    def erase(self, *, actor: Actor, person_id: str, reason: str) -> tuple[ErasureDone, ChangeSummary]:
        """Erase the person, or UserError saying which running program holds them (nothing changes)."""
        actor.require(Role.ADMIN, "menghapus data pribadi penduduk")
        category = parse_reason(reason)
        with self._db.write(actor) as tx:
            person = _person(tx, person_id)
            plan = self._plan(tx, person)
            if not plan.allowed:
                raise UserError(plan.refusal())
            with erasure_store.overwriting_deleted(tx):
                counts, redacted = self._erase(tx, actor, person, category, plan.audit_keys)
            tx.record(
                AuditEvent(
                    "erase",
                    "person",
                    person.id,
                    after={"reason": category.value, "redacted_audit_entries": redacted, "copies": counts},
                )
            )
        # The old pages of this erasure (and of the person's earlier changes) leave the write-ahead log.
        busy = self._db.pragma("wal_checkpoint(TRUNCATE)")
        log.info("person %s erased (%s); %d audit entries redacted", person.id, category.value, redacted)
        return ErasureDone(person.id, category, redacted, counts, wal_emptied=not busy), ERASED

    def _erase(
        self,
        tx: Transaction,
        actor: Actor,
        person: PersonRecord,
        category: ErasureReason,
        program_keys: frozenset[str],
    ) -> tuple[dict[str, int], int]:
        now = utc_now()
        counts: dict[str, int] = {}
        household_removed = None
        if person.household_id and not erasure_store.other_live_members(tx, person.household_id, person.id):
            household_removed = erasure_store.remove_household(tx, person.household_id, at=now)
            counts["household_kk_history"] = household_removed.history_removed
        erasure_store.erase_person_row(tx, person.id, at=now, by=actor.user_id, reason=category.value)
        if person.household_id and household_removed is None:
            # The family stays; if they headed it, the next head is chosen as when a member leaves.
            replace_head_if_left(tx, person.household_id, person.id)
        counts["person_photo"] = int(photo_store.delete_photo(tx, person.id))
        counts["document_register"] = person_documents.erase_copies(tx, person.id)
        for program in self._holders():
            counts.update(program.erase(tx, person.id).counts)
        subject = Subject(
            entity_ids=frozenset(
                {person.id} | ({household_removed.household_id} if household_removed else set())
            ),
            contained=subject_values([person.nik, household_removed.kk_number if household_removed else ""]),
            whole=subject_values([person.full_name, person.phone]),
            personal_keys=PERSONAL_KEYS | program_keys,
            markers=frozenset({person.id}),
        )
        return counts, redact_subject(tx, subject)


def _person(tx: Transaction, person_id: str) -> PersonRecord:
    person = people_store.find_person(tx, person_id)
    if person is None:
        raise UserError("Data penduduk tidak ditemukan (mungkin sudah dihapus).")
    return person
