"""Setting the office up on first run: which kelurahan (or Dinas Sosial), and the first administrator."""

import logging
from dataclasses import dataclass

from sqlalchemy import select

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE, wilayah
from tangsel_desktop.services.actor import ChangeSummary
from tangsel_desktop.services.auth_service import create_user
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.tables import Office

log = logging.getLogger(__name__)


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


class OfficeService:
    """The office this store belongs to."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self) -> OfficeView | None:
        with self._db.read() as session:
            office = session.execute(select(Office)).scalar()
            if office is None:
                return None
            return OfficeView(code=office.code, kind=OfficeKind(office.kind), name=office.name)

    def require(self) -> OfficeView:
        office = self.get()
        if office is None:
            raise UserError(
                "Kantor belum diatur. Jalankan pengaturan awal: pilih kelurahan dan buat administrator."
            )
        return office

    def set_up(
        self, *, office_code: str, admin_username: str, admin_full_name: str, admin_password: str
    ) -> tuple[OfficeView, ChangeSummary]:
        """First run: record the office and its first administrator, in one transaction."""
        kind, code, name = describe_office(office_code)
        with self._db.write() as session:
            if session.execute(select(Office)).scalar() is not None:
                raise UserError("Kantor sudah diatur sebelumnya; pengaturan awal hanya sekali.")
            office = Office(code=code, kind=kind.value, name=name)
            session.add(office)
            admin = create_user(
                session,
                by=None,
                username=admin_username,
                full_name=admin_full_name,
                role=Role.ADMIN,
                password=admin_password,
            )
            audit.append(
                session,
                [AuditEvent("set_up", "office", code, after=office.model_dump())],
                user_id=admin.id,
                username=admin.username,
            )
        log.info("office set up as %s (%s)", code, name)
        return OfficeView(code=code, kind=kind, name=name), ChangeSummary.OFFICE | ChangeSummary.APP_USER
