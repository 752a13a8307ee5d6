"""The office's Ed25519 signing key (made at first use, kept in the store) and the public keys it trusts."""

import logging
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import (
    format_key_line,
    key_fingerprint,
    public_key_bytes,
    read_key_file,
)
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import KEY_FILE, check_output_path
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store, trusted_keys
from tangsel_desktop.storage.documents.document_store import StoredKey
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
KEYS_CHANGED = ChangeSummary.OFFICE_KEY


def signing_key(tx: Transaction, *, office_code: str) -> Ed25519PrivateKey:
    """This office's private key, made and stored (with its audit entry) in the caller's transaction.

    Made inside the transaction that first needs it: under its write lock two first prints cannot
    each make a key, and a print that fails leaves no key behind either.
    """
    stored = document_store.own_key(tx)
    if stored is not None:
        assert stored.private_key is not None
        return _private_key(stored.private_key)
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    document_store.insert_key(
        tx,
        StoredKey(
            office_code=office_code,
            own=True,
            public_key=public_key_bytes(public),
            private_key=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        ),
        created_by=tx.author.user_id if tx.author else None,
    )
    tx.record(
        AuditEvent(
            "create_key",
            "office_key",
            office_code,
            after={"office": office_code, "fingerprint": key_fingerprint(public)},
        )
    )
    log.info("signing key made for office %s (%s)", office_code, key_fingerprint(public))
    return key


@lru_cache(maxsize=4)
def _private_key(raw: bytes) -> Ed25519PrivateKey:
    """The parsed key, kept by its stored bytes: read from the store every time (never stale), parsed once.
    A key object is immutable and signs from any thread."""
    return Ed25519PrivateKey.from_private_bytes(raw)


def known_keys(tx: Transaction) -> dict[str, list[Ed25519PublicKey]]:
    """Every public key known here by office code: this office's own and those imported."""
    keys: dict[str, list[Ed25519PublicKey]] = {}
    for office, raw in document_store.public_keys(tx):
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
        target = check_output_path(target, KEY_FILE, store_file=self._db.file, what="Kunci publik")
        office = self._office.require()
        with self._db.write(actor) as tx:
            public = signing_key(tx, office_code=office.code).public_key()
        try:
            target.write_text(format_key_line(office.code, public), encoding="ascii")
        except OSError as error:
            raise UserError(
                f"Berkas kunci tidak dapat ditulis ke {target}: {error.strerror or error}"
            ) from None
        log.info("public key of %s exported to %s", office.code, target)
        return target

    def import_public_key(
        self, *, actor: Actor, source: Path, replace: bool = False, reason: str = ""
    ) -> tuple[str, ChangeSummary]:
        """Trust another office's key for verifying its documents; returns that office's code.

        An office already trusted keeps its key: a second one would let whoever holds it sign that
        office's documents here too. Only an administrator's explicit replacement (`replace` with a
        reason, audited) swaps it, e.g. after that office's key was lost or copied.
        """
        actor.require(Role.ADMIN, "mengimpor kunci publik kantor lain")
        own_office = self._office.require()
        office, public = read_key_file(source)
        raw = public_key_bytes(public)
        reason = " ".join(reason.split())
        if replace and not reason:
            raise UserError("Tulis alasan penggantian kunci (--reason), misalnya: kunci lama bocor.")
        with self._db.write(actor) as tx:
            if document_store.key_exists(tx, raw):
                return office, ChangeSummary.NOTHING
            if office == own_office.code:
                # Trusting a second key under our own code would let its holder forge our documents here.
                raise UserError(
                    f"Berkas ini memuat kunci untuk kode kantor ini sendiri ({office}), tetapi bukan kunci "
                    "kantor ini. Kunci tersebut tidak diimpor."
                )
            trusted = trusted_keys.imported_keys(tx, office)
            old = [key_fingerprint(Ed25519PublicKey.from_public_bytes(key.public_key)) for key in trusted]
            if trusted and not replace:
                raise UserError(
                    f"Kantor {office} sudah punya kunci yang dipercayai di sini (sidik {', '.join(old)}), "
                    f"berbeda dari kunci dalam berkas ini ({key_fingerprint(public)}). Kunci kedua tidak "
                    "ditambahkan: pastikan lewat telepon dengan kantor itu, lalu administrator dapat "
                    "menggantinya dengan keys import BERKAS --replace --reason ALASAN."
                )
            trusted_keys.replace_keys(tx, office, raw, by=actor.user_id)
            after: dict[str, object] = {"office": office, "fingerprint": key_fingerprint(public)}
            if trusted:
                after["reason"] = reason
            tx.record(
                AuditEvent(
                    "replace_key" if trusted else "import_key",
                    "office_key",
                    office,
                    before={"office": office, "fingerprints": old} if trusted else None,
                    after=after,
                )
            )
        log.info("public key of office %s imported (%s)", office, key_fingerprint(public))
        return office, KEYS_CHANGED

    def known_keys(self) -> dict[str, list[Ed25519PublicKey]]:
        with self._db.read() as tx:
            return known_keys(tx)
