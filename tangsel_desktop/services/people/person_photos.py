"""A person's photo: set from the webcam or a file, shown, removed, saved as a file; audited, bytes aside."""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.output_paths import check_output_path
from tangsel_desktop.services.people.photo_images import PreparedPhoto, check_file_size, prepare_photo
from tangsel_desktop.services.published_files import publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_store, photo_store
from tangsel_desktop.storage.people.people_records import PersonRecord
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

SOURCES = ("camera", "file")
JPEG_SUFFIXES = (".jpg", ".jpeg")
# A photo is part of the person's record: pages that show the person refresh.
PHOTO_CHANGED = ChangeSummary.PERSON


@dataclass(frozen=True)
class PersonPhoto:
    """A person's stored photo (the JPEG bytes) and who put it there, when, from where."""

    person_id: str
    jpeg: bytes
    width: int
    height: int
    sha256: str
    source: str  # camera | file
    taken_at: datetime
    taken_by_name: str

    @property
    def size_bytes(self) -> int:
        return len(self.jpeg)

    def as_json(self) -> dict[str, Any]:
        """Everything but the picture itself."""
        return {
            "width": self.width,
            "height": self.height,
            "bytes": self.size_bytes,
            "sha256": self.sha256,
            "source": self.source,
            "taken_at": self.taken_at.isoformat(),
            "taken_by": self.taken_by_name,
        }


@dataclass(frozen=True)
class PhotoExport:
    path: Path
    size_bytes: int


def _audit_values(photo: photo_store.StoredPhoto | PreparedPhoto, source: str) -> dict[str, Any]:
    """What the audit trail keeps of a photo: its fingerprint and size, never the picture (personal data
    that the trail, kept for years and read by auditors, must not copy)."""
    return {
        "sha256": photo.sha256,
        "width": photo.width,
        "height": photo.height,
        "bytes": len(photo.jpeg),
        "source": source,
    }


def _view(stored: photo_store.StoredPhoto) -> PersonPhoto:
    return PersonPhoto(
        person_id=stored.person_id,
        jpeg=stored.jpeg,
        width=stored.width,
        height=stored.height,
        sha256=stored.sha256,
        source=stored.source,
        taken_at=stored.taken_at,
        taken_by_name=stored.taken_by_name,
    )


def read_photo_file(path: Path) -> bytes:
    """The bytes of a chosen photo file, its size checked before it is read."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UserError(f"{str(path)!r} adalah folder, bukan berkas foto. Pilih berkas fotonya.")
        check_file_size(size)
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Berkas {str(path)!r} tidak ditemukan. Periksa nama dan foldernya.") from None
    except PermissionError:
        raise UserError(f"Berkas {str(path)!r} tidak boleh dibaca. Periksa izinnya.") from None
    except OSError as error:
        raise UserError(f"Berkas {str(path)!r} tidak dapat dibaca: {error.strerror}.") from None


class PersonPhotos:
    """People's photos. Setting and removing one is editing the person (operators and up); saving one
    as a file is personal data leaving the office, as the people export is (supervisors and up)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def set_photo(
        self, *, actor: Actor, person_id: str, image: bytes, source: str
    ) -> tuple[PersonPhoto, ChangeSummary]:
        """Store the photo (any size or orientation; see photo_images) in place of the person's old one."""
        actor.require(Role.OPERATOR, "mengubah foto penduduk")
        if source not in SOURCES:
            raise ValueError(f"unknown photo source {source!r}")
        # Decoded and re-encoded before the write lock is taken: the store is never held up by Pillow.
        prepared = prepare_photo(image)
        with self._db.write(actor) as tx:
            person = _person(tx, person_id)
            before = photo_store.photo(tx, person.id)
            photo_store.put_photo(
                tx,
                {
                    "person_id": person.id,
                    "jpeg": prepared.jpeg,
                    "width": prepared.width,
                    "height": prepared.height,
                    "sha256": prepared.sha256,
                    "source": source,
                    "taken_at": utc_now(),
                    "taken_by": actor.user_id or None,
                },
            )
            tx.record(
                AuditEvent(
                    "update" if before else "create",
                    "person_photo",
                    person.id,
                    before=None if before is None else _audit_values(before, before.source),
                    after=_audit_values(prepared, source),
                )
            )
            stored = photo_store.photo(tx, person.id)
        assert stored is not None
        log.info("photo of %s set from %s (%d bytes)", person.id, source, len(prepared.jpeg))
        return _view(stored), PHOTO_CHANGED

    def set_photo_from_file(
        self, *, actor: Actor, person_id: str, path: Path
    ) -> tuple[PersonPhoto, ChangeSummary]:
        actor.require(Role.OPERATOR, "mengubah foto penduduk")
        return self.set_photo(actor=actor, person_id=person_id, image=read_photo_file(path), source="file")

    def get(self, *, actor: Actor, person_id: str) -> PersonPhoto | None:
        """The person's photo, or None when they have none yet."""
        actor.require(Role.OPERATOR, "melihat foto penduduk")
        with self._db.read() as tx:
            stored = photo_store.photo(tx, person_id)
        return None if stored is None else _view(stored)

    def remove(self, *, actor: Actor, person_id: str) -> ChangeSummary:
        """Delete the person's photo; the card then prints the empty photo box again."""
        actor.require(Role.OPERATOR, "menghapus foto penduduk")
        with self._db.write(actor) as tx:
            person = _person(tx, person_id)
            before = photo_store.photo(tx, person.id)
            if before is None:
                raise UserError(f"{person.full_name} belum punya foto; tidak ada yang dihapus.")
            photo_store.delete_photo(tx, person.id)
            tx.record(
                AuditEvent("delete", "person_photo", person.id, before=_audit_values(before, before.source))
            )
        log.info("photo of %s removed", person.id)
        return PHOTO_CHANGED

    def export(self, *, actor: Actor, person_id: str, target: Path) -> tuple[PhotoExport, ChangeSummary]:
        """Save the person's photo as a JPEG file; the audit trail names the file and the photo's hash."""
        actor.require(Role.SUPERVISOR, "menyimpan foto penduduk ke berkas")
        target = check_output_path(target, JPEG_SUFFIXES, store_file=self._db.file, what="Foto")
        with self._db.read() as tx:
            person = _person(tx, person_id)
            stored = photo_store.photo(tx, person.id)
        if stored is None:
            raise UserError(f"{person.full_name} belum punya foto; tidak ada yang disimpan.")
        event = AuditEvent(
            "export",
            "person_photo",
            person.id,
            after={"file": target.name, **_audit_values(stored, stored.source)},
        )
        with temporary_beside(target) as temporary:
            try:
                temporary.write_bytes(stored.jpeg)
            except OSError as error:
                raise UserError(f"Foto tidak dapat ditulis: {error.strerror}. Periksa ruang disk.") from None
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        log.info("photo of %s saved to a file", person.id)
        return PhotoExport(path=target, size_bytes=len(stored.jpeg)), ChangeSummary.AUDIT_LOG


def remove_photo_of_deleted(tx: Transaction, person_id: str, reason: str) -> None:
    """Within the deletion of a person: their photo goes too, audited with the deletion's reason."""
    before = photo_store.photo(tx, person_id)
    if before is not None:
        photo_store.delete_photo(tx, person_id)
        tx.record(
            AuditEvent(
                "delete",
                "person_photo",
                person_id,
                before=_audit_values(before, before.source),
                after={"reason": reason},
            )
        )


def _person(tx: Transaction, person_id: str) -> PersonRecord:
    person = people_store.find_person(tx, person_id)
    if person is None:
        raise UserError("Data penduduk tidak ditemukan (mungkin sudah dihapus).")
    return person
