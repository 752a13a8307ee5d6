"""What documents print about the office (issuer, contact, head) and how each kind is numbered."""

import logging

from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import OfficeDetailsMissing, UserError
from tangsel_desktop.domain.person_rules import tidy_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_numbers import DEFAULT_PATTERN, NumberFormat, check_format
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_views import OfficeDetails
from tangsel_desktop.services.office_service import OfficeService, OfficeView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
CONTACT, HEAD_NAME = "contact", "head_name"
MAX_CONTACT, MAX_HEAD_NAME = 200, 150


def head_title(office: OfficeView) -> str:
    return "Kepala Dinas Sosial" if office.kind is OfficeKind.DINSOS else "Lurah"


def office_details(tx: Transaction, office: OfficeView) -> OfficeDetails:
    """As stored: a contact line or head's name never filled in is empty (printing then refuses)."""
    stored = document_store.settings(tx)
    return OfficeDetails(contact=stored.get(CONTACT, ""), head_name=stored.get(HEAD_NAME, ""))


def require_printable(details: OfficeDetails, office: OfficeView) -> OfficeDetails:
    """Official papers carry the office's contact line and its head's name; without them, none is printed.

    A card's back said "hubungi nomor di atas" with no number above it: an empty line is a defect.
    """
    missing = []
    if not details.contact.strip():
        missing.append("baris kontak kantor (alamat, telepon atau surel)")
    if not details.head_name.strip():
        missing.append(f"nama {head_title(office)}")
    if missing:
        raise OfficeDetailsMissing(
            f"Dokumen resmi belum bisa dicetak: {' dan '.join(missing)} masih kosong. Administrator "
            "mengisinya di Pengaturan, bagian Dokumen (perintah: documents office --contact ... "
            "--head-name ...), lalu cetak lagi."
        )
    return details


def printable_details(tx: Transaction, office: OfficeView) -> OfficeDetails:
    """The office's details for an official document; OfficeDetailsMissing when one is empty."""
    return require_printable(office_details(tx, office), office)


def fill_empty_details(tx: Transaction, office: OfficeView, *, contact: str, head_name: str, by: str) -> bool:
    """Put these values where the office's details are empty (the demo office, so that it prints)."""
    before = office_details(tx, office)
    wanted = {CONTACT: before.contact or contact, HEAD_NAME: before.head_name or head_name}
    if (wanted[CONTACT], wanted[HEAD_NAME]) == (before.contact, before.head_name):
        return False
    now = utc_now()
    for key, value in wanted.items():
        document_store.put_setting(tx, key, value, at=now, by=by)
    tx.record(
        AuditEvent(
            "update",
            "office_setting",
            office.code,
            before={CONTACT: before.contact, HEAD_NAME: before.head_name},
            after=wanted,
        )
    )
    return True


def issuer(tx: Transaction, office: OfficeView) -> Issuer:
    """Who issues an official document; OfficeDetailsMissing when its contact line or head is empty."""
    details = printable_details(tx, office)
    return Issuer(
        office_name=office.name,
        office_code=office.code,
        contact=details.contact,
        head_title=head_title(office),
        head_name=details.head_name,
    )


def number_formats(tx: Transaction) -> dict[DocumentKind, NumberFormat]:
    """Every kind's format; a kind a newer version added and this store lacks falls back to the default."""
    stored = document_store.number_formats(tx)
    formats: dict[DocumentKind, NumberFormat] = {}
    for kind in DocumentKind:
        row = stored.get(kind.value)
        formats[kind] = (
            NumberFormat(kind, row.prefix, row.pattern)
            if row is not None
            else NumberFormat(kind, kind.default_prefix, DEFAULT_PATTERN)
        )
    return formats


def number_format(tx: Transaction, kind: DocumentKind) -> NumberFormat:
    """One kind's format, as number_formats gives it, from its one row (a handover's receipt asks)."""
    row = document_store.number_format(tx, kind.value)
    if row is None:
        return NumberFormat(kind, kind.default_prefix, DEFAULT_PATTERN)
    return NumberFormat(kind, row.prefix, row.pattern)


class DocumentSettings:
    """The administrator's settings for documents, each change one transaction with its audit entry."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def office_details(self) -> OfficeDetails:
        office = self._office.require()
        with self._db.read() as tx:
            return office_details(tx, office)

    def set_office_details(
        self, *, actor: Actor, contact: str, head_name: str
    ) -> tuple[OfficeDetails, ChangeSummary]:
        actor.require(Role.ADMIN, "mengubah keterangan kantor pada dokumen")
        office = self._office.require()
        contact, head_name = tidy_text(contact), tidy_text(head_name)
        if len(contact) > MAX_CONTACT:
            raise UserError(f"Kontak kantor paling panjang {MAX_CONTACT} karakter.", field="contact")
        if len(head_name) > MAX_HEAD_NAME:
            raise UserError(f"Nama kepala kantor paling panjang {MAX_HEAD_NAME} karakter.", field="head_name")
        with self._db.write(actor) as tx:
            before = office_details(tx, office)
            now = utc_now()
            document_store.put_setting(tx, CONTACT, contact, at=now, by=actor.user_id)
            document_store.put_setting(tx, HEAD_NAME, head_name, at=now, by=actor.user_id)
            after = office_details(tx, office)
            tx.record(
                AuditEvent(
                    "update",
                    "office_setting",
                    office.code,
                    before={CONTACT: before.contact, HEAD_NAME: before.head_name},
                    after={CONTACT: after.contact, HEAD_NAME: after.head_name},
                )
            )
        return after, ChangeSummary.OFFICE_SETTING

    def number_formats(self) -> dict[DocumentKind, NumberFormat]:
        with self._db.read() as tx:
            return number_formats(tx)

    def set_number_format(
        self, *, actor: Actor, kind: DocumentKind, pattern: str, prefix: str | None = None
    ) -> tuple[NumberFormat, ChangeSummary]:
        """A new pattern (and prefix) for one kind; the sequence of the year carries on unchanged."""
        actor.require(Role.ADMIN, "mengubah format nomor dokumen")
        office = self._office.require()
        with self._db.write(actor) as tx:
            formats = number_formats(tx)
            before = formats[kind]
            wanted = NumberFormat(kind, before.prefix if prefix is None else prefix, pattern)
            tidy = check_format(wanted, office=office.code, others=formats)
            document_store.put_number_format(
                tx,
                kind=kind.value,
                prefix=tidy.prefix,
                pattern=tidy.pattern,
                at=utc_now(),
                by=actor.user_id,
            )
            tx.record(
                AuditEvent(
                    "update",
                    "document_number_format",
                    kind.value,
                    before={"prefix": before.prefix, "pattern": before.pattern},
                    after={"prefix": tidy.prefix, "pattern": tidy.pattern},
                )
            )
        log.info("number format of %s set to %s (prefix %s)", kind.value, tidy.pattern, tidy.prefix)
        return tidy, ChangeSummary.DOCUMENT_NUMBER_FORMAT
