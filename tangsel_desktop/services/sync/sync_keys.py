"""Sync keys: this store's Ed25519 (the documents' signing key) and X25519 pair, and the peers' public keys.

An office signs its packages with the key that already signs its papers' QR codes (one identity per office,
the one Dinas Sosial already trusts) and decrypts the centre's answers with its X25519 key; the centre the
same way round. `keys export` writes both public keys in one JSON file with a fingerprint to read over the
phone; `keys import` trusts them (an office: the centre's; the centre: each office's).
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import key_fingerprint, read_key_file
from tangsel_desktop.services.documents.office_keys import OfficeKeyService, signing_key
from tangsel_desktop.services.office_service import OfficeService, describe_office, require_office_in
from tangsel_desktop.services.output_paths import KEY_FILE, SYNC_KEY_FILE, check_output_path
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import trusted_keys
from tangsel_desktop.storage.sync import sync_store
from tangsel_desktop.storage.sync.sync_store import StoredSyncKey
from tangsel_desktop.storage.transaction import Transaction
from tangsel_desktop.sync.key_file import (
    KEY_FILE_LIMIT,
    KeyFile,
    looks_like_key_file,
    parse_key_file,
    parse_key_lines,
    raw_public,
    sync_fingerprint,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OwnKeys:
    office: str
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey


@dataclass(frozen=True)
class PeerKeys:
    office: str
    signing: list[Ed25519PublicKey]
    encryption: X25519PublicKey | None


@dataclass(frozen=True)
class KeyImport:
    office: str
    role: str
    fingerprint: str
    changed: bool

    def as_json(self) -> dict[str, object]:
        return {
            "office": self.office,
            "role": self.role,
            "fingerprint": self.fingerprint,
            "changed": self.changed,
        }


def own_keys(tx: Transaction) -> OwnKeys:
    """This store's keys, each made (with its audit entry) in the caller's write transaction at first use."""
    office = require_office_in(tx)
    signing = signing_key(tx, office_code=office.code)
    stored = sync_store.own_key(tx)
    if stored is None:
        key = X25519PrivateKey.generate()
        public = raw_public(key.public_key())
        private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        sync_store.insert_key(
            tx,
            StoredSyncKey(office.code, public, private),
            own=True,
            by=tx.author.user_id if tx.author else None,
        )
        tx.record(
            AuditEvent(
                "create_key",
                "sync_key",
                office.code,
                after={"office": office.code, "key": sync_fingerprint(public)},
            )
        )
        return OwnKeys(office.code, signing, key)
    assert stored.private_key is not None
    return OwnKeys(office.code, signing, X25519PrivateKey.from_private_bytes(stored.private_key))


def own_encryption_key(tx: Transaction) -> X25519PrivateKey | None:
    """This store's X25519 key if it has one (a read: what has no key yet cannot have been written to)."""
    stored = sync_store.own_key(tx)
    if stored is None or stored.private_key is None:
        return None
    return X25519PrivateKey.from_private_bytes(stored.private_key)


def peer_keys(tx: Transaction, office: str) -> PeerKeys:
    signing = [
        Ed25519PublicKey.from_public_bytes(key.public_key) for key in trusted_keys.imported_keys(tx, office)
    ]
    encryption = sync_store.peer_keys(tx, office)
    return PeerKeys(
        office, signing, X25519PublicKey.from_public_bytes(encryption[-1]) if encryption else None
    )


def _role(kind: OfficeKind) -> str:
    return "dinsos" if kind is OfficeKind.DINSOS else "kelurahan"


class SyncKeys:
    """Exporting this store's public keys, importing a peer's."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def export_keys(self, *, actor: Actor, target: Path) -> tuple[Path, str]:
        """Write both public keys (.json; or .txt/.key/.pub as two text lines, the first also checking the
        office's printed documents); returns the path and the fingerprint to read over the phone."""
        actor.require(Role.SUPERVISOR, "mengekspor kunci publik kantor")
        target = check_output_path(
            target,
            (*SYNC_KEY_FILE, *KEY_FILE),
            store_file=self._db.file_or_none,
            what="Berkas kunci",
        )
        office = self._office.require()
        with self._db.write(actor) as tx:
            keys = own_keys(tx)
        found = KeyFile(
            office.code,
            _role(office.kind),
            office.name,
            raw_public(keys.signing.public_key()),
            raw_public(keys.encryption.public_key()),
        )
        text = found.text() if target.suffix.lower() in SYNC_KEY_FILE else found.lines()
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UserError(
                f"Berkas kunci tidak dapat ditulis ke {target}: {error.strerror or error}"
            ) from None
        log.info("sync keys of %s exported to %s (%s)", office.code, target, found.fingerprint)
        return target, found.fingerprint

    def import_keys(
        self, *, actor: Actor, source: Path, replace: bool = False, reason: str = ""
    ) -> tuple[KeyImport, ChangeSummary]:
        """Trust a peer's two public keys. A peer already trusted keeps its keys unless an administrator
        replaces them with a reason (audited): a second key would let its holder speak for that office.
        A file with the signing key alone (issue 9's) is trusted for checking documents, as before."""
        actor.require(Role.ADMIN, "mengimpor kunci publik kantor lain")
        own = self._office.require()
        try:
            with source.open("rb") as handle:
                data = handle.read(KEY_FILE_LIMIT)
        except OSError as error:
            raise UserError(f"Berkas kunci {source} tidak dapat dibaca: {error.strerror or error}") from None
        found = parse_key_file(data) if looks_like_key_file(data) else parse_key_lines(data)
        if found is None:
            documents = OfficeKeyService(self._db, self._office)
            office, changes = documents.import_public_key(
                actor=actor, source=source, replace=replace, reason=reason
            )
            _office, public = read_key_file(source)
            role = "dinsos" if office == DINSOS_CODE else "kelurahan"
            return KeyImport(office, role, key_fingerprint(public), bool(changes)), changes
        kind, code, _name = describe_office(found.office)
        if code != found.office or _role(kind) != found.role:
            raise UserError(f"Berkas kunci menyebut kantor {found.office!r} dengan peran yang tidak cocok.")
        if code == own.code:
            raise UserError(
                f"Berkas ini memuat kunci untuk kode kantor ini sendiri ({code}). "
                "Kunci tersebut tidak diimpor."
            )
        reason = " ".join(reason.split())
        if replace and not reason:
            raise UserError("Tulis alasan penggantian kunci (--reason), misalnya: kunci lama bocor.")
        with self._db.write(actor) as tx:
            changed = self._trust(tx, actor, found, code, replace=replace, reason=reason)
            if own.kind is OfficeKind.DINSOS:
                sync_store.ensure_peer(tx, code)  # its slot, before its first package
        result = KeyImport(code, found.role, found.fingerprint, changed)
        log.info("sync keys of %s imported (%s, changed: %s)", code, found.fingerprint, changed)
        return result, ChangeSummary.OFFICE_KEY | ChangeSummary.SYNC if changed else ChangeSummary.NOTHING

    def _trust(
        self, tx: Transaction, actor: Actor, found: KeyFile, code: str, *, replace: bool, reason: str
    ) -> bool:
        signing = [key.public_key for key in trusted_keys.imported_keys(tx, code)]
        encryption = sync_store.peer_keys(tx, code)
        if signing == [found.signing_key] and encryption == [found.encryption_key]:
            return False
        differs = (signing and signing != [found.signing_key]) or (
            encryption and encryption != [found.encryption_key]
        )
        if differs and not replace:
            old = [key_fingerprint(Ed25519PublicKey.from_public_bytes(key)) for key in signing]
            raise UserError(
                f"Kantor {code} sudah punya kunci yang dipercayai di sini "
                f"({', '.join(old) or 'kunci enkripsi'}), "
                f"berbeda dari kunci dalam berkas ini (sidik jari {found.fingerprint}). Kunci kedua tidak "
                "ditambahkan: pastikan lewat telepon dengan kantor itu, lalu administrator dapat "
                "menggantinya dengan keys import BERKAS --replace --reason ALASAN."
            )
        if signing != [found.signing_key]:
            trusted_keys.replace_keys(tx, code, found.signing_key, by=actor.user_id)
        sync_store.replace_peer_key(tx, code, found.encryption_key, by=actor.user_id)
        after: dict[str, object] = {"office": code, "role": found.role, "fingerprint": found.fingerprint}
        if differs:
            after["reason"] = reason
        tx.record(AuditEvent("replace_key" if differs else "import_key", "sync_key", code, after=after))
        return True
