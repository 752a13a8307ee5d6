"""Signing in, and the users of the office: argon2id passwords, lock-out after five wrong tries."""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.domain.signer_profile import tidy_nip, tidy_position
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage import office_store
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.keyring import Keyring
from tangsel_desktop.storage.office_store import UserRecord
from tangsel_desktop.storage.store_busy import StoreBusy
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# argon2id with the library's recommended parameters (RFC 9106, low memory). A module setting read at each
# use: the tests lower its cost as they do key_slots.DEFAULT_KDF (tests/conftest.py).
PASSWORD_HASHER = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    position: str = ""  # printed under the name in signature blocks
    nip: str = ""


def _view(user: UserRecord) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        position=user.position,
        nip=user.nip,
    )


def normalize_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 60 or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise UserError(
            "Nama pengguna harus 1-60 huruf/angka (boleh titik, garis bawah, tanda hubung), tanpa spasi."
        )
    return name


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.")
    if password.strip() != password:
        raise UserError("Kata sandi tidak boleh diawali atau diakhiri spasi.")


def hash_password(password: str) -> str:
    return PASSWORD_HASHER.hash(password)


def create_user(
    tx: Transaction,
    *,
    by: Actor | None,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    user_id: str | None = None,
) -> UserRecord:
    """Add a user inside the caller's transaction (used by set-up and by add_user)."""
    name = normalize_username(username)
    check_new_password(password)
    if office_store.user_by_name(tx, name) is not None:
        raise UserError(f"Nama pengguna {name!r} sudah dipakai. Pilih nama lain.")
    user = office_store.insert_user(
        tx,
        username=name,
        full_name=full_name.strip() or name,
        role=role.value,
        password_hash=hash_password(password),
        by=by.user_id if by else None,
        user_id=user_id,
    )
    tx.record(AuditEvent("create", "app_user", user.id, after=user.audit_values()))
    return user


def _refuse_inactive(user: UserRecord, password: str) -> NoReturn:
    """A deactivated account never signs in. Only its own password learns why (a stranger gets the
    wrong-password words, and no try is counted: there is nothing left to lock)."""
    try:
        PASSWORD_HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise UserError("Nama pengguna atau kata sandi salah.") from None
    log.info("login refused for %s: the account is deactivated", user.username)
    raise UserError(
        f"Akun {user.username} sudah dinonaktifkan oleh administrator kantor, sehingga tidak dapat "
        "masuk lagi. Bila Anda masih bertugas di kantor ini, minta administrator mengaktifkannya kembali."
    )


def _actor(user: UserRecord) -> Actor:
    return Actor(user.id, user.username, user.full_name, Role(user.role))


class AuthService:
    """Sign-in and user management for one office's store."""

    def __init__(self, database: Database, keyring: Keyring | None = None) -> None:
        self._db = database
        # The encrypted store's key and slot file (None for a plain store): each user's password wraps
        # the key, so adding a user, changing a password or deactivating one changes their slot too.
        self._keys = keyring

    def login(self, *, username: str, password: str) -> Actor:
        """The signed-in Actor, or a UserError that says why not (and how long a lock lasts).

        Signing in reads without the write lock, so it works while an import holds it: only a wrong
        password (which counts towards the lock-out) waits for the lock; a good one records its entry
        if the lock is free, and is not refused for want of it.
        """
        return self._sign_in(username, password, action="login")

    def unlock(self, *, actor: Actor, username: str, password: str, open_dialogs: int = 0) -> Actor:
        """The password asked again at the locked window, with the same checks and lock-out as signing in.

        The same user gets their window back (audited as "unlock"). Another user signs in ("login"),
        and the first user's sign-out is audited with how many open dialogs (unsaved input) it discards.
        """
        try:
            same = normalize_username(username) == actor.username
        except UserError:
            same = False
        signed_in = self._sign_in(username, password, action="unlock" if same else "login")
        if signed_in.user_id != actor.user_id:
            with self._db.write(actor) as tx:
                tx.record(
                    AuditEvent(
                        "logout",
                        "app_user",
                        actor.user_id,
                        after={
                            "reason": "switch_user",
                            "next_user": signed_in.username,
                            "open_dialogs": open_dialogs,
                        },
                    )
                )
            log.info("%s signed out at the lock: %s signed in", actor.username, signed_in.username)
        return signed_in

    def _sign_in(self, username: str, password: str, *, action: str) -> Actor:
        try:
            name = normalize_username(username)
        except UserError:
            raise UserError("Nama pengguna atau kata sandi salah.") from None
        now = utc_now()
        with self._db.read() as tx:
            user = office_store.user_by_name(tx, name)
        if user is None:
            # The same words as a wrong password: do not tell a stranger which names exist.
            PASSWORD_HASHER.hash(password)  # same time as a real check
            raise UserError("Nama pengguna atau kata sandi salah.")
        if not user.active:
            _refuse_inactive(user, password)
        if user.locked_until is not None and user.locked_until > now:
            raise UserError(
                "Akun dikunci karena lima kali salah kata sandi, sampai "
                f"{format_datetime(user.locked_until)}. Minta administrator mengatur ulang "
                "kata sandi bila perlu segera."
            )
        try:
            PASSWORD_HASHER.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            refusal = self._count_failure(user, now)
            log.info("login refused for %s", name)
            raise refusal from None
        actor = _actor(user)
        try:
            with self._db.write(actor, wait=False) as tx:
                changes: dict[str, object] = {}
                if user.failed_logins or user.locked_until is not None:
                    changes.update(failed_logins=0, locked_until=None)
                if PASSWORD_HASHER.check_needs_rehash(user.password_hash):
                    changes["password_hash"] = hash_password(password)
                if changes:
                    office_store.update_user(tx, user.id, changes)
                tx.record(AuditEvent(action, "app_user", user.id))
        except StoreBusy:
            # Another process (an import) holds the write lock: signing in must not wait for it.
            log.warning("login of %s not recorded in the audit trail: the store is busy", name)
        self._keep_slot(user, password)
        log.info("%s ok for %s", action, name)
        return actor

    def _keep_slot(self, user: UserRecord, password: str) -> None:
        """A user who signs in while the store is open gets a slot if they have none (a store converted
        at another user's sign-in), and loses slots a killed password change left behind."""
        if self._keys is None:
            return
        if not self._keys.has_user(user.id):
            self._keys.add_user(user.id, user.username, password)
            log.info("key slot made for %s at sign-in", user.username)
        else:
            self._keys.settle(user.id, password)

    def _count_failure(self, user: UserRecord, now: datetime) -> UserError:
        """Count a wrong password (locking the account at the fifth); the refusal to raise."""
        with self._db.write(_actor(user)) as tx:
            stored = office_store.user_by_id(tx, user.id) or user
            failed = stored.failed_logins + 1
            left = MAX_FAILED_LOGINS - failed
            if left <= 0:
                office_store.update_user(
                    tx, user.id, {"failed_logins": 0, "locked_until": now + LOCK_DURATION}
                )
                tx.record(AuditEvent("locked", "app_user", user.id))
                return UserError(
                    "Kata sandi salah lima kali: akun dikunci 15 menit. "
                    "Administrator dapat mengatur ulang kata sandi."
                )
            office_store.update_user(tx, user.id, {"failed_logins": failed})
            tx.record(AuditEvent("login_failed", "app_user", user.id))
        # The countdown tells a stranger that the name exists, as the lock-out itself
        # must; on an office laptop, sparing clerks a surprise lock is worth more.
        return UserError(f"Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.")

    def add_user(
        self, *, actor: Actor, username: str, full_name: str, role: Role, password: str
    ) -> tuple[UserView, ChangeSummary]:
        actor.require(Role.ADMIN, "menambah pengguna")
        with self._db.write(actor) as tx:
            user = create_user(
                tx,
                by=actor,
                username=username,
                full_name=full_name,
                role=role,
                password=password,
            )
        if self._keys is not None:
            self._keys.add_user(user.id, user.username, password)
        return _view(user), ChangeSummary.APP_USER

    def reset_password(
        self, *, actor: Actor, username: str, new_password: str
    ) -> tuple[UserView, ChangeSummary]:
        """An administrator sets a new password; this also lifts a lock-out."""
        actor.require(Role.ADMIN, "mengatur ulang kata sandi")
        check_new_password(new_password)
        with self._db.read() as tx:
            user = office_store.user_by_name(tx, normalize_username(username))
        if user is None:
            raise UserError(f"Pengguna {username!r} tidak ada.")
        if not user.active:
            raise UserError(
                f"Pengguna {user.username} nonaktif: aktifkan dulu, lalu atur ulang kata sandinya."
            )
        changed = self._set_password(actor, user, new_password, "reset_password")
        return _view(changed), ChangeSummary.APP_USER

    def change_own_password(
        self, *, actor: Actor, old_password: str, new_password: str
    ) -> tuple[UserView, ChangeSummary]:
        """The signed-in user replaces their own password (the old one proves it is them)."""
        with self._db.read() as tx:
            user = office_store.user_by_id(tx, actor.user_id)
        if user is None:
            raise UserError("Pengguna yang masuk tidak ditemukan lagi. Keluar lalu masuk kembali.")
        try:
            PASSWORD_HASHER.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError):
            raise UserError("Kata sandi lama salah; kata sandi tidak diubah.") from None
        check_new_password(new_password)
        if new_password == old_password:
            raise UserError("Kata sandi baru sama dengan yang lama; pilih kata sandi lain.")
        changed = self._set_password(actor, user, new_password, "change_password")
        return _view(changed), ChangeSummary.APP_USER

    def recover_admin(self, *, username: str, new_password: str) -> Actor:
        """After the recovery code opened the store: an administrator's password set anew (and their
        slot), recorded by the system as a use of the recovery code. Returns that administrator."""
        check_new_password(new_password)
        with self._db.read() as tx:
            user = office_store.user_by_name(tx, normalize_username(username))
        if user is None or user.role != Role.ADMIN.value or not user.active:
            raise UserError(
                f"{username!r} bukan administrator aktif kantor ini. Tulis nama pengguna seorang "
                "administrator; kata sandinya yang diatur ulang dengan kode pemulihan."
            )
        changed = self._set_password(None, user, new_password, "recovery_reset")
        return _actor(changed)

    def _set_password(self, actor: Actor | None, user: UserRecord, password: str, action: str) -> UserRecord:
        """The new password's hash in the store and its slot in the key file, so that a kill at any
        moment leaves the old password or the new one working (storage/keyring.py)."""

        def commit() -> UserRecord:
            with self._db.write(actor) as tx:
                changed = office_store.update_user(
                    tx,
                    user.id,
                    {
                        "password_hash": hash_password(password),
                        "failed_logins": 0,
                        "locked_until": None,
                        "updated_at": utc_now(),
                        "updated_by": actor.user_id if actor else None,
                    },
                )
                tx.record(AuditEvent(action, "app_user", user.id))
            return changed

        if self._keys is None:
            return commit()
        return self._keys.change_password(user.id, user.username, password, commit)

    def set_active(self, *, actor: Actor, username: str, active: bool) -> tuple[UserView, ChangeSummary]:
        """Deactivate a user who left the office, or bring one back. The row stays, so every entry of
        the audit trail and every document still names who did it; only signing in stops."""
        actor.require(Role.ADMIN, "menonaktifkan atau mengaktifkan pengguna")
        with self._db.write(actor) as tx:
            user = office_store.user_by_name(tx, normalize_username(username))
            if user is None:
                raise UserError(f"Pengguna {username!r} tidak ada.")
            if user.active == active:
                state = "aktif" if active else "nonaktif"
                raise UserError(f"Pengguna {user.username} sudah {state}; tidak ada yang diubah.")
            if not active:
                _check_may_deactivate(tx, actor, user)
            changed = office_store.update_user(
                tx,
                user.id,
                {
                    "active": active,
                    "failed_logins": 0,
                    "locked_until": None,
                    "updated_at": utc_now(),
                    "updated_by": actor.user_id,
                },
            )
            tx.record(
                AuditEvent(
                    "activate" if active else "deactivate",
                    "app_user",
                    user.id,
                    before=user.audit_values(),
                    after=changed.audit_values(),
                )
            )
        if self._keys is not None and not active:
            self._keys.remove_user(user.id)  # their password no longer opens the store
        log.info("user %s %s by %s", user.username, "activated" if active else "deactivated", actor.username)
        return _view(changed), ChangeSummary.APP_USER

    def set_profile(
        self, *, actor: Actor, username: str, position: str, nip: str
    ) -> tuple[UserView, ChangeSummary]:
        """The position and NIP a user's signature block prints (a recap signed by them, for one)."""
        actor.require(Role.ADMIN, "mengubah jabatan dan NIP pengguna")
        position, nip = tidy_position(position), tidy_nip(nip)
        with self._db.write(actor) as tx:
            user = office_store.user_by_name(tx, normalize_username(username))
            if user is None:
                raise UserError(f"Pengguna {username!r} tidak ada.")
            before = {"position": user.position, "nip": user.nip}
            changed = office_store.update_user(
                tx,
                user.id,
                {"position": position, "nip": nip, "updated_at": utc_now(), "updated_by": actor.user_id},
            )
            after = {"position": changed.position, "nip": changed.nip}
            tx.record(AuditEvent("update", "app_user", user.id, before=before, after=after))
        return _view(changed), ChangeSummary.APP_USER

    def signer(self, *, actor: Actor) -> UserView:
        """The signed-in user as their signature block prints them."""
        with self._db.read() as tx:
            user = office_store.user_by_id(tx, actor.user_id)
        if user is None:
            raise UserError("Pengguna yang masuk tidak ditemukan lagi. Keluar lalu masuk kembali.")
        return _view(user)

    def list_users(self, *, actor: Actor) -> list[UserView]:
        actor.require(Role.ADMIN, "melihat daftar pengguna")
        with self._db.read() as tx:
            return [_view(user) for user in office_store.users(tx)]


def _check_may_deactivate(tx: Transaction, actor: Actor, user: UserRecord) -> None:
    if user.id == actor.user_id:
        raise UserError(
            "Anda tidak dapat menonaktifkan akun Anda sendiri. Minta administrator lain melakukannya."
        )
    if user.role == Role.ADMIN.value:
        others = [
            other
            for other in office_store.users(tx)
            if other.role == Role.ADMIN.value and other.active and other.id != user.id
        ]
        if not others:
            raise UserError(
                f"{user.username} adalah administrator aktif terakhir: kantor tidak boleh tanpa "
                "administrator. Tambahkan atau aktifkan administrator lain terlebih dahulu."
            )
