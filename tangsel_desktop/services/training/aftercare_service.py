"""After the classes: the kit against a numbered receipt (with the participant's brand and logo), the
internship with a host business, and the follow-ups at 3 and 6 months with the list of those due."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import Issuer, ReceiptData, ReceiptItem
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.person_rules import tidy_text
from tangsel_desktop.domain.training.participation import (
    FOLLOW_UP_MONTHS,
    add_months,
    follow_up_month,
)
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_register import DocumentRegister, Slot
from tangsel_desktop.services.documents.document_settings import issuer
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.documents.print_jobs import draw_with_copies
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.services.training.training_lookup import (
    batch_view,
    find_batch,
    find_selected_participant,
)
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.training import aftercare_store
from tangsel_desktop.storage.training.aftercare_store import Due, Internship, KitLine
from tangsel_desktop.storage.transaction import Transaction

TRAINING_CHANGED = ChangeSummary.TRAINING
MAX_ITEMS = 30
MAX_ITEM = 60
MAX_LOGO_BYTES = 1_000_000
LOGO_KINDS = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))
MAX_TEXT = 150
COPY_REASON = "cetak ulang tanda terima paket usaha pelatihan"


@dataclass(frozen=True)
class KitView:
    nik: str
    full_name: str
    items: tuple[str, ...]
    receipt_number: str
    brand_name: str
    has_logo: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "nik": self.nik,
            "name": self.full_name,
            "items": list(self.items),
            "receipt": self.receipt_number,
            "brand": self.brand_name,
            "logo": self.has_logo,
        }


class TrainingAftercare:
    """Kits and internships (a supervisor), follow-ups (an operator)."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    def hand_kit(
        self,
        *,
        actor: Actor,
        batch_id: str,
        nik: str,
        items: Sequence[str],
        brand_name: str = "",
        logo: Path | None = None,
    ) -> tuple[KitView, ChangeSummary]:
        """Record the kit handed to a participant, once, and take its receipt number in the same commit."""
        actor.require(Role.SUPERVISOR, "mencatat paket usaha peserta pelatihan")
        cleaned = [tidy_text(item) for item in items if tidy_text(item)]
        if not cleaned:
            raise UserError("Sebutkan barang yang diserahkan (--item), misalnya: Oven listrik.", field="item")
        if len(cleaned) > MAX_ITEMS or any(len(item) > MAX_ITEM for item in cleaned):
            raise UserError(
                f"Paling banyak {MAX_ITEMS} barang, masing-masing {MAX_ITEM} huruf.", field="item"
            )
        brand = tidy_text(brand_name)
        if len(brand) > MAX_TEXT:
            raise UserError(f"Nama merek paling panjang {MAX_TEXT} huruf.", field="brand")
        picture = None if logo is None else _logo(logo)
        office = self._office.require()
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_selected_participant(tx, batch, nik, "paket usahanya")
            if aftercare_store.kit_of(tx, row.id) is not None:
                raise UserError(f"Paket usaha {row.full_name} sudah dicatat; tidak ada yang diubah.")
            kit_id = new_id()
            receipt = DocumentRegister.issue_in(
                tx,
                actor=actor,
                kind=DocumentKind.RECEIPT,
                office=office,
                person_id=row.person_id,
                person_name=row.full_name,
                job=kit_id,
            )
            aftercare_store.insert_kit(
                tx,
                {
                    "id": kit_id,
                    "participant_id": row.id,
                    "items": "\n".join(cleaned),
                    "document_id": receipt["id"],
                    "receipt_number": receipt["number"],
                    "brand_name": brand,
                    "logo_name": "" if logo is None else logo.name[:200],
                    "logo": picture,
                    "handed_at": receipt["reserved_at"],
                    "handed_by": actor.user_id,
                    "updated_at": utc_now(),
                },
            )
            tx.record(
                AuditEvent(
                    "kit",
                    "training_kit",
                    kit_id,
                    after={"nik": row.nik, "items": cleaned, "receipt": receipt["number"], "brand": brand},
                )
            )
        return KitView(
            row.nik, row.full_name, tuple(cleaned), receipt["number"], brand, picture is not None
        ), (TRAINING_CHANGED | ChangeSummary.DOCUMENT)

    @exports("Tanda terima bantuan usaha pelatihan")
    def receipts(
        self, *, actor: Actor, batch_id: str, target: Path, nik: str | None = None
    ) -> tuple[PrintResult, ChangeSummary]:
        """The kits' receipts (of the batch, or one NIK) in one PDF: a receipt's first drawing is the
        original, every later one a SALINAN under the same number on a register row of its own."""
        actor.require(Role.SUPERVISOR, "mencetak tanda terima paket usaha")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Tanda terima")
        office = self._office.require()
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            lines = aftercare_store.kits(tx, batch.id, clean_digits(nik) if nik else None)
            records = document_store.records_by_id(tx, [line.document_id for line in lines])
            document_issuer = issuer(tx, office)
        if not lines:
            who = f" untuk NIK {clean_digits(nik)}" if nik else ""
            raise UserError(f"Belum ada paket usaha{who} yang dicatat pada angkatan '{batch.name}'.")
        copies = [line for line in lines if records[line.document_id].completed_at is not None]
        slots = [Slot(line.person_id, line.full_name, original=records[line.document_id]) for line in copies]
        program = f"{view.training.name} · {batch.name}"

        def draw(rows: list[dict[str, Any]], job_issuer: Issuer) -> int:
            from tangsel_desktop.documents.receipts import render_receipts

            copy_rows = iter(rows)
            data = []
            for line in lines:
                record = records[line.document_id]
                if record.completed_at is not None:
                    row = next(copy_rows)
                    number, payload, is_copy = row["number"], row["payload"], True
                else:
                    number, payload, is_copy = record.number, record.payload, False
                data.append(_receipt(line, program, number, payload, is_copy, batch.place, actor.full_name))
            originals = [records[line.document_id].id for line in lines if line not in copies]
            with temporary_beside(target) as temporary:
                pages = render_receipts(temporary, data, job_issuer if rows else document_issuer)
                event = AuditEvent(
                    "print",
                    "training_kit_receipts",
                    batch.id,
                    after={"original": len(originals), "copy": len(rows)},
                )

                def drawn(tx: Transaction) -> None:
                    document_store.mark_drawn(tx, originals, at=utc_now())
                    tx.record(event)

                publish_written(self._db, actor, temporary, target, drawn)
            return pages

        pages = draw_with_copies(
            DocumentRegister(self._db),
            actor=actor,
            kind=DocumentKind.RECEIPT,
            office=office,
            copies=slots,
            reason=COPY_REASON,
            draw=draw,
            where=str(target),
            issuer=document_issuer,
        )
        numbers = tuple(line.receipt_number for line in lines)
        return PrintResult(
            len(numbers), pages, target, numbers
        ), ChangeSummary.DOCUMENT | ChangeSummary.AUDIT_LOG

    def internship(
        self,
        *,
        actor: Actor,
        batch_id: str,
        nik: str,
        host: str,
        starts_on: date,
        ends_on: date | None = None,
        supervisor_name: str = "",
        completed_on: date | None = None,
    ) -> tuple[dict[str, Any], ChangeSummary]:
        """Record (or update) a participant's internship with a host business; completion when it ends."""
        actor.require(Role.SUPERVISOR, "mencatat magang peserta pelatihan")
        where, boss = tidy_text(host), tidy_text(supervisor_name)
        if not where or len(where) > MAX_TEXT or len(boss) > MAX_TEXT:
            raise UserError(f"Tulis tempat magang (--host), paling panjang {MAX_TEXT} huruf.", field="host")
        if ends_on is not None and ends_on < starts_on:
            raise UserError("Tanggal selesai magang sebelum tanggal mulainya.", field="end")
        if completed_on is not None and completed_on < starts_on:
            raise UserError("Tanggal magang selesai sebelum tanggal mulainya.", field="completed")
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_selected_participant(tx, batch, nik, "magangnya")
            if starts_on < batch.starts_on:
                raise UserError(
                    f"Magang dimulai ({starts_on:%d-%m-%Y}) sebelum angkatan dimulai "
                    f"({batch.starts_on:%d-%m-%Y}).",
                    field="start",
                )
            values = {
                "host": where,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "supervisor_name": boss,
                "completed_on": completed_on,
                "updated_at": utc_now(),
            }
            earlier = aftercare_store.internship_of(tx, row.id)
            if earlier is None:
                internship_id = new_id()
                aftercare_store.insert_internship(
                    tx,
                    {
                        "id": internship_id,
                        "participant_id": row.id,
                        "created_at": values["updated_at"],
                        "created_by": actor.user_id,
                        **values,
                    },
                )
            else:
                internship_id = earlier
                aftercare_store.update_internship(tx, earlier, values)
            shown = {
                "nik": row.nik,
                "name": row.full_name,
                "host": where,
                "start": starts_on.isoformat(),
                "end": None if ends_on is None else ends_on.isoformat(),
                "supervisor": boss,
                "completed": None if completed_on is None else completed_on.isoformat(),
            }
            tx.record(AuditEvent("internship", "training_internship", internship_id, after=shown))
        return shown, TRAINING_CHANGED

    def internship_of(self, *, actor: Actor, batch_id: str, nik: str) -> Internship | None:
        """A selected participant's internship as recorded (None before one is), to fill the form."""
        actor.require(Role.OPERATOR, "melihat magang peserta pelatihan")
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            row = find_selected_participant(tx, batch, nik, "magangnya")
            return aftercare_store.internship_details(tx, row.id)

    def follow_up(
        self,
        *,
        actor: Actor,
        batch_id: str,
        nik: str,
        month: int,
        working: bool,
        own_business: bool = False,
        income_band: str = "",
    ) -> tuple[dict[str, Any], ChangeSummary]:
        """What a participant answered at month 3 or 6 after the batch; once per month."""
        actor.require(Role.OPERATOR, "mencatat pemantauan peserta pelatihan")
        follow_up_month(month)
        band = tidy_text(income_band)
        if len(band) > 40:
            raise UserError(
                "Kelompok penghasilan paling panjang 40 huruf, misalnya: 1-3 juta.", field="income"
            )
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_selected_participant(tx, batch, nik, "pemantauannya")
            due = add_months(batch.ends_on, month)
            if self._today() < due:
                raise UserError(
                    f"Pemantauan bulan ke-{month} untuk angkatan ini mulai {due:%d-%m-%Y}; belum waktunya."
                )
            if aftercare_store.follow_up_of(tx, row.id, month) is not None:
                raise UserError(
                    f"Pemantauan bulan ke-{month} {row.full_name} sudah dicatat; tidak ada yang diubah."
                )
            follow_id = new_id()
            aftercare_store.insert_follow_up(
                tx,
                {
                    "id": follow_id,
                    "participant_id": row.id,
                    "month": month,
                    "working": working,
                    "own_business": own_business,
                    "income_band": band,
                    "recorded_at": utc_now(),
                    "recorded_by": actor.user_id,
                },
            )
            shown = {
                "nik": row.nik,
                "name": row.full_name,
                "month": month,
                "working": working,
                "own_business": own_business,
                "income_band": band,
            }
            tx.record(AuditEvent("follow_up", "training_follow_up", follow_id, after=shown))
        return shown, TRAINING_CHANGED

    def follow_ups_due(self, *, actor: Actor) -> list[Due]:
        """Every follow-up owed today: month 3 and 6 after a batch's end, not yet recorded."""
        actor.require(Role.OPERATOR, "melihat pemantauan yang jatuh tempo")
        today = self._today()
        due: list[Due] = []
        with self._db.read() as tx:
            for month in FOLLOW_UP_MONTHS:
                for _pid, nik, name, batch_name, ended in aftercare_store.owed(
                    tx, month, add_months(today, -month)
                ):
                    due.append(Due(nik, name, batch_name, month, add_months(ended, month)))
        return sorted(due, key=lambda d: (d.due_on, d.full_name))


def _receipt(
    line: KitLine, program: str, number: str, payload: str | None, is_copy: bool, place: str, officer: str
) -> ReceiptData:
    return ReceiptData(
        number=number,
        handed_on=line.handed_at.astimezone().date(),
        place=place,
        recipient_name=line.full_name,
        recipient_nik=line.nik,
        recipient_address=line.address,
        items=tuple(_item(text) for text in line.items.splitlines() if text.strip()),
        officer_name=officer,
        program=program,
        qr_payload=payload,
        is_copy=is_copy,
        rt=line.rt,
        rw=line.rw,
        handed_at=line.handed_at.astimezone(),
    )


def _item(text: str) -> ReceiptItem:
    """ "Stiker merek,100,lembar" as written; a bare name is one piece."""
    name, _, rest = text.partition(",")
    quantity, _, unit = rest.partition(",")
    return ReceiptItem(name.strip(), quantity.strip() or "1", unit.strip() or "buah")


def _logo(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"Berkas logo {path} tidak dapat dibaca: {error.strerror or error}.", field="logo"
        ) from None
    if len(data) > MAX_LOGO_BYTES:
        raise UserError("Berkas logo paling besar 1 MB; perkecil gambarnya dulu.", field="logo")
    if not any(data.startswith(magic) for magic, _ in LOGO_KINDS):
        raise UserError("Logo harus gambar PNG atau JPEG.", field="logo")
    return data
