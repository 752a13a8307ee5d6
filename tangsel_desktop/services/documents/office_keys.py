"""The office's Ed25519 signing key (made at first use, kept in the store) and the public keys it trusts."""

import logging
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlmodel import Session

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor, ChangeSummary
from tangsel_desktop.services.documents.document_payload import (
    format_key_line,
    key_fingerprint,
    public_key_bytes,
    read_key_file,
)
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.documents.document_tables import OfficeKey

log = logging.getLogger(__name__)
KEYS_CHANGED = ChangeSummary.OFFICE_KEY


def signing_key(session: Session, *, office_code: str, actor: Actor) -> Ed25519PrivateKey:
    """This office's private key, made and stored (with its audit entry) in the caller's transaction.

    Made inside the transaction that first needs it: under its write lock two first prints cannot
    each make a key, and a print that fails leaves no key behind either.
    """
    row = document_store.own_key(session)
    if row is not None:
        assert row.private_key is not None
        return Ed25519PrivateKey.from_private_bytes(row.private_key)
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    document_store.insert_key(
        session,
        OfficeKey(
            office_code=office_code,
            own=True,
            public_key=public_key_bytes(public),
            private_key=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            created_by=actor.user_id or None,
        ),
    )
    audit.append(
        session,
        [
            AuditEvent(
                "create_key",
                "office_key",
                office_code,
                after={"office": office_code, "fingerprint": key_fingerprint(public)},
            )
        ],
        user_id=actor.user_id or None,
        username=actor.username,
    )
    log.info("signing key made for office %s (%s)", office_code, key_fingerprint(public))
    return key


def known_keys(session: Session) -> dict[str, list[Ed25519PublicKey]]:
    """Every public key known here by office code: this office's own and those imported."""
    keys: dict[str, list[Ed25519PublicKey]] = {}
    for office, raw in document_store.public_keys(session):
        keys.setdefault(office, []).append(Ed25519PublicKey.from_public_bytes(raw))
    return keys


class OfficeKeyService:
    """Exporting this office's public key for the central office, importing other offices' keys."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def export_public_key(self, *, actor: Actor, target: Path) -> Path:
        """Write the one-line key file (see document_payload); makes the key first if there is none."""
        actor.require(Role.SUPERVISOR, "mengekspor kunci publik kantor")
        office = self._office.require()
        with self._db.write() as session:
            public = signing_key(session, office_code=office.code, actor=actor).public_key()
        try:
            target.write_text(format_key_line(office.code, public), encoding="ascii")
        except OSError as error:
            raise UserError(
                f"Berkas kunci tidak dapat ditulis ke {target}: {error.strerror or error}"
            ) from None
        log.info("public key of %s exported to %s", office.code, target)
        return target

    def import_public_key(self, *, actor: Actor, source: Path) -> tuple[str, ChangeSummary]:
        """Trust another office's key for verifying its documents; returns that office's code."""
        actor.require(Role.ADMIN, "mengimpor kunci publik kantor lain")
        own_office = self._office.require()
        office, public = read_key_file(source)
        raw = public_key_bytes(public)
        with self._db.write() as session:
            if document_store.key_exists(session, raw):
                return office, ChangeSummary.NOTHING
            if office == own_office.code:
                # Trusting a second key under our own code would let its holder forge our documents here.
                raise UserError(
                    f"Berkas ini memuat kunci untuk kode kantor ini sendiri ({office}), tetapi bukan kunci "
                    "kantor ini. Kunci tersebut tidak diimpor."
                )
            document_store.insert_key(
                session, OfficeKey(office_code=office, own=False, public_key=raw, created_by=actor.user_id)
            )
            audit.append(
                session,
                [
                    AuditEvent(
                        "import_key",
                        "office_key",
                        office,
                        after={"office": office, "fingerprint": key_fingerprint(public)},
                    )
                ],
                user_id=actor.user_id,
                username=actor.username,
            )
        log.info("public key of office %s imported (%s)", office, key_fingerprint(public))
        return office, KEYS_CHANGED

    def known_keys(self) -> dict[str, list[Ed25519PublicKey]]:
        with self._db.read() as session:
            return known_keys(session)
