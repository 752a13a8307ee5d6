"""Setting the office up on first run: which kelurahan (or Dinas Sosial), and the first administrator."""

import logging
from dataclasses import dataclass

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE, wilayah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.auth_service import create_user, normalize_username
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage import office_store
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
NO_OFFICE = "Kantor belum diatur. Jalankan pengaturan awal: pilih kelurahan dan buat administrator."


@dataclass(frozen=True)
class OfficeView:
    code: str
    kind: OfficeKind
    name: str

    @property
    def kelurahan_code(self) -> str | None:
        return self.code if self.kind is OfficeKind.KELURAHAN else None


def describe_office(code: str) -> tuple[OfficeKind, str, str]:
    """(kind, canonical code, display name) for a kelurahan code or name, or DINSOS."""
    text = code.strip()
    if text.upper() == DINSOS_CODE:
        return OfficeKind.DINSOS, DINSOS_CODE, "Dinas Sosial Kota Tangerang Selatan"
    try:
        kelurahan = wilayah().find(text)
    except UserError:
        raise UserError(
            f"Kantor {text!r} tidak dikenal. Tulis kode kelurahan seperti 36.74.04.1004, "
            "atau DINSOS untuk kantor pusat Dinas Sosial."
        ) from None
    name = f"Kelurahan {kelurahan.name}, Kecamatan {kelurahan.kecamatan_name}"
    return OfficeKind.KELURAHAN, kelurahan.code, name


def office_in(tx: Transaction) -> OfficeView | None:
    """The office as the caller's transaction sees it (a handover reads it in its own write, not in a
    read transaction of its own)."""
    office = office_store.office(tx)
    if office is None:
        return None
    return OfficeView(code=office.code, kind=OfficeKind(office.kind), name=office.name)


def require_office_in(tx: Transaction) -> OfficeView:
    office = office_in(tx)
    if office is None:
        raise UserError(NO_OFFICE)
    return office


class OfficeService:
    """The office this store belongs to."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self) -> OfficeView | None:
        with self._db.read() as tx:
            return office_in(tx)

    def require(self) -> OfficeView:
        office = self.get()
        if office is None:
            raise UserError(NO_OFFICE)
        return office

    def set_up(
        self, *, office_code: str, admin_username: str, admin_full_name: str, admin_password: str
    ) -> tuple[OfficeView, ChangeSummary]:
        """First run: record the office and its first administrator, in one transaction."""
        kind, code, name = describe_office(office_code)
        # The first administrator records the set-up: their id is chosen before the transaction opens.
        admin = Actor(new_id(), normalize_username(admin_username), admin_full_name, Role.ADMIN)
        with self._db.write(admin) as tx:
            if office_store.office(tx) is not None:
                raise UserError("Kantor sudah diatur sebelumnya; pengaturan awal hanya sekali.")
            office = office_store.insert_office(tx, code=code, kind=kind.value, name=name)
            create_user(
                tx,
                by=None,
                username=admin_username,
                full_name=admin_full_name,
                role=Role.ADMIN,
                password=admin_password,
                user_id=admin.user_id,
            )
            tx.record(AuditEvent("set_up", "office", code, after=office.audit_values()))
        log.info("office set up as %s (%s)", code, name)
        return OfficeView(code=code, kind=kind, name=name), ChangeSummary.OFFICE | ChangeSummary.APP_USER
