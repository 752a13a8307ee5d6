"""The key-slot file beside the store: the store's random key, wrapped once per user and once for the code.

The database key (32 random bytes, never typed) opens the encrypted store. It is kept only wrapped:
for each user, under a key derived from that user's password; once more under a key derived from the
office's recovery code. Derivation is argon2id (argon2-cffi's `hash_secret_raw`) with the parameters
below (t=3 passes, m=64 MiB, p=4 lanes, 16-byte random salt per slot; each slot records its own, so
they can be raised later without breaking old slots); wrapping is AES-256-GCM from `cryptography` with
a random 96-bit nonce, and the slot's identity (file format, office code, slot id) as associated data,
so a slot copied into another office's file or onto another user does not open.

The file (`tangsel.keys`, JSON) has a plain header naming the office, so a key file of another office
is named as such; it is written whole to a temporary file, synced, and renamed over the old one: a kill
leaves the old file or the new one, never half of either.
"""

import base64
import contextlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.sqlite_driver import KEY_BYTES

FILE_NAME = "tangsel.keys"
FORMAT = "tangsel-keys"
VERSION = 1
RECOVERY = "recovery"
USER = "user"
SALT_BYTES = 16
NONCE_BYTES = 12
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class KdfParams:
    """argon2id's cost: passes over memory, memory in KiB, lanes."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


class KeyFileError(UserError):
    """The key file is missing, damaged, or another office's: nothing was changed."""


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key: a user's (by id and name) or the recovery code's."""

    kind: str  # USER or RECOVERY
    user_id: str  # "" for the recovery slot
    username: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams
    created_at: str

    @property
    def slot_id(self) -> str:
        return RECOVERY if self.kind == RECOVERY else f"{USER}:{self.user_id}"


@dataclass(frozen=True)
class FailedTries:
    """Wrong passwords typed for a name while the store was closed (it cannot count them then)."""

    count: int
    locked_until: str | None = None  # ISO UTC timestamp


@dataclass(frozen=True)
class KeySlots:
    """The file's contents: the office it belongs to, its slots, and the closed store's failed tries."""

    office_code: str
    office_name: str
    slots: tuple[Slot, ...]
    failed: tuple[tuple[str, FailedTries], ...] = ()

    def tries(self, username: str) -> FailedTries | None:
        return next((tries for name, tries in self.failed if name == username), None)

    def with_tries(self, username: str, tries: FailedTries | None) -> "KeySlots":
        others = tuple((name, t) for name, t in self.failed if name != username)
        return replace(self, failed=others if tries is None else (*others, (username, tries)))

    def for_username(self, username: str) -> list[Slot]:
        return [slot for slot in self.slots if slot.kind == USER and slot.username == username]

    def for_user(self, user_id: str) -> list[Slot]:
        return [slot for slot in self.slots if slot.kind == USER and slot.user_id == user_id]

    def recovery(self) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == RECOVERY), None)

    def adding(self, slot: Slot) -> "KeySlots":
        """Another slot, keeping the user's old ones (a password change keeps both until the store has
        the new password: a kill in between leaves one that still works)."""
        return replace(self, slots=(*self.slots, slot))

    def without(self, leaving: Iterable[Slot]) -> "KeySlots":
        gone = {slot.salt for slot in leaving}  # a slot's random salt is its identity
        return replace(self, slots=tuple(slot for slot in self.slots if slot.salt not in gone))

    def without_user(self, user_id: str) -> "KeySlots":
        return self.without(self.for_user(user_id))

    def replacing_recovery(self, slot: Slot) -> "KeySlots":
        return replace(self, slots=(*(s for s in self.slots if s.kind != RECOVERY), slot))


def _aad(office_code: str, slot_id: str) -> bytes:
    return f"{FORMAT}/{VERSION}|{office_code}|{slot_id}".encode()


def derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The wrapping key of a password or recovery code (argon2id, 32 bytes)."""
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def wrap(
    key: bytes,
    secret: str,
    *,
    office_code: str,
    kind: str,
    user_id: str = "",
    username: str = "",
    created_at: str,
    kdf: KdfParams | None = None,
) -> Slot:
    """A new slot holding `key` under `secret` (a password or the recovery code); DEFAULT_KDF's cost
    unless told (read when called, so the tests may set their own strength)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    kdf = kdf or DEFAULT_KDF
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    slot = Slot(kind, user_id, username, salt, nonce, b"", kdf, created_at)
    wrapped = AESGCM(derive(secret, salt, kdf)).encrypt(nonce, key, _aad(office_code, slot.slot_id))
    return replace(slot, wrapped=wrapped)


def unwrap(slot: Slot, secret: str, office_code: str) -> bytes | None:
    """The database key, or None when the secret (or the office) is not this slot's."""
    try:
        key = AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, _aad(office_code, slot.slot_id)
        )
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "user_id": slot.user_id,
        "username": slot.username,
        "kdf": {
            "name": "argon2id",
            "time_cost": slot.kdf.time_cost,
            "memory_kib": slot.kdf.memory_kib,
            "parallelism": slot.kdf.parallelism,
        },
        "cipher": "AES-256-GCM",
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
        "created_at": slot.created_at,
    }


def _slot_from(data: dict[str, Any]) -> Slot:
    kdf = data["kdf"]
    if kdf["name"] != "argon2id" or data["cipher"] != "AES-256-GCM" or data["kind"] not in (USER, RECOVERY):
        raise ValueError("unknown slot kind, derivation or cipher")
    return Slot(
        kind=str(data["kind"]),
        user_id=str(data["user_id"]),
        username=str(data["username"]),
        salt=base64.b64decode(data["salt"], validate=True),
        nonce=base64.b64decode(data["nonce"], validate=True),
        wrapped=base64.b64decode(data["wrapped"], validate=True),
        kdf=KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])),
        created_at=str(data["created_at"]),
    )


def missing_message(file: Path) -> str:
    return (
        f"Berkas kunci tidak ditemukan: {file}. Tanpa berkas itu basis data terenkripsi di folder ini "
        f"tidak dapat dibuka. Kembalikan berkas {FILE_NAME} dari cadangan (salinan folder data), atau "
        "pakai Kode Pemulihan kantor pada berkas data yang benar. Basis data tidak diubah."
    )


def read(file: Path) -> KeySlots:
    """The key file, or KeyFileError (missing, damaged) in words a clerk can act on."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(missing_message(file)) from None
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("not a key file")
        if int(data["version"]) != VERSION:
            raise ValueError("unknown version")
        return KeySlots(
            office_code=str(data["office_code"]),
            office_name=str(data.get("office_name", "")),
            slots=tuple(_slot_from(slot) for slot in data["slots"]),
            failed=tuple(
                (str(name), FailedTries(int(tries["count"]), tries.get("locked_until")))
                for name, tries in dict(data.get("failed", {})).items()
            ),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyFileError(
            f"Berkas kunci {file} rusak atau bukan berkas kunci Tangsel Desktop, sehingga basis data tidak "
            f"dapat dibuka. Kembalikan {FILE_NAME} dari cadangan (salinan folder data), atau pakai Kode "
            "Pemulihan kantor. Basis data tidak diubah."
        ) from None


def write(file: Path, slots: KeySlots) -> None:
    """The whole file, atomically: temporary file, fsync, rename over the old one, fsync of the folder."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "office_code": slots.office_code,
        "office_name": slots.office_name,
        "note": "Kunci basis data Tangsel Desktop, terbungkus per pengguna. Jangan diubah atau dihapus.",
        "slots": [_slot_json(slot) for slot in slots.slots],
        "failed": {
            name: {"count": tries.count, "locked_until": tries.locked_until} for name, tries in slots.failed
        },
    }
    temporary = file.with_name(file.name + TEMP_SUFFIX)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(body, indent=1, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, file)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(file.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in the folder durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_leftovers(file: Path) -> None:
    """A temporary file of a write that was killed (the old file still stands)."""
    with contextlib.suppress(OSError):
        file.with_name(file.name + TEMP_SUFFIX).unlink()
