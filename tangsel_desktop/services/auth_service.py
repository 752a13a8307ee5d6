"""Signing in, and the users of the office: argon2id passwords, lock-out after five wrong tries."""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlmodel import Session, col

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.actor import Actor, ChangeSummary
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.tables import AppUser

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None


def _view(user: AppUser) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
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
    return _hasher.hash(password)


def _find(session: Session, username: str) -> AppUser | None:
    return session.execute(select(AppUser).where(col(AppUser.username) == username)).scalar()


def _public(user: AppUser) -> dict[str, object]:
    # The hash never goes into the audit trail.
    return user.model_dump(exclude={"password_hash"})


def create_user(
    session: Session, *, by: Actor | None, username: str, full_name: str, role: Role, password: str
) -> AppUser:
    """Add a user inside the caller's transaction (used by set-up and by add_user)."""
    name = normalize_username(username)
    check_new_password(password)
    if _find(session, name) is not None:
        raise UserError(f"Nama pengguna {name!r} sudah dipakai. Pilih nama lain.")
    user = AppUser(
        username=name,
        full_name=full_name.strip() or name,
        role=role.value,
        password_hash=hash_password(password),
        updated_by=by.user_id if by else None,
    )
    session.add(user)
    session.flush()
    audit.append(
        session,
        [AuditEvent("create", "app_user", user.id, after=_public(user))],
        user_id=by.user_id if by else user.id,
        username=by.username if by else name,
    )
    return user


class AuthService:
    """Sign-in and user management for one office's store."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def login(self, *, username: str, password: str) -> Actor:
        """The signed-in Actor, or a UserError that says why not (and how long a lock lasts)."""
        try:
            name = normalize_username(username)
        except UserError:
            raise UserError("Nama pengguna atau kata sandi salah.") from None
        now = utc_now()
        outcome: Actor | UserError
        with self._db.write() as session:
            user = _find(session, name)
            if user is None or not user.active:
                # The same words as a wrong password: do not tell a stranger which names exist.
                _hasher.hash(password)  # same time as a real check
                raise UserError("Nama pengguna atau kata sandi salah.")
            if user.locked_until is not None and user.locked_until > now:
                raise UserError(
                    "Akun dikunci karena lima kali salah kata sandi, sampai "
                    f"{format_datetime(user.locked_until)}. Minta administrator mengatur ulang "
                    "kata sandi bila perlu segera."
                )
            try:
                _hasher.verify(user.password_hash, password)
                ok = True
            except (VerificationError, InvalidHashError):
                ok = False
            if ok:
                user.failed_logins = 0
                user.locked_until = None
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                event = AuditEvent("login", "app_user", user.id)
                outcome = Actor(user.id, user.username, user.full_name, Role(user.role))
            else:
                user.failed_logins += 1
                left = MAX_FAILED_LOGINS - user.failed_logins
                if left <= 0:
                    user.locked_until = now + LOCK_DURATION
                    user.failed_logins = 0
                    event = AuditEvent("locked", "app_user", user.id)
                    outcome = UserError(
                        "Kata sandi salah lima kali: akun dikunci 15 menit. "
                        "Administrator dapat mengatur ulang kata sandi."
                    )
                else:
                    # The countdown tells a stranger that the name exists, as the lock-out itself
                    # must; on an office laptop, sparing clerks a surprise lock is worth more.
                    event = AuditEvent("login_failed", "app_user", user.id)
                    outcome = UserError(f"Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.")
            session.add(user)
            session.flush()
            audit.append(session, [event], user_id=user.id, username=user.username)
        log.info("login %s for %s", "ok" if isinstance(outcome, Actor) else "refused", name)
        if isinstance(outcome, UserError):
            raise outcome
        return outcome

    def add_user(
        self, *, actor: Actor, username: str, full_name: str, role: Role, password: str
    ) -> tuple[UserView, ChangeSummary]:
        actor.require(Role.ADMIN, "menambah pengguna")
        with self._db.write() as session:
            user = create_user(
                session,
                by=actor,
                username=username,
                full_name=full_name,
                role=role,
                password=password,
            )
            return _view(user), ChangeSummary.APP_USER

    def reset_password(
        self, *, actor: Actor, username: str, new_password: str
    ) -> tuple[UserView, ChangeSummary]:
        """An administrator sets a new password; this also lifts a lock-out."""
        actor.require(Role.ADMIN, "mengatur ulang kata sandi")
        check_new_password(new_password)
        with self._db.write() as session:
            user = _find(session, normalize_username(username))
            if user is None:
                raise UserError(f"Pengguna {username!r} tidak ada.")
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            user.updated_at = utc_now()
            user.updated_by = actor.user_id
            session.add(user)
            session.flush()
            audit.append(
                session,
                [AuditEvent("reset_password", "app_user", user.id)],
                user_id=actor.user_id,
                username=actor.username,
            )
            return _view(user), ChangeSummary.APP_USER

    def list_users(self, *, actor: Actor) -> list[UserView]:
        actor.require(Role.ADMIN, "melihat daftar pengguna")
        with self._db.read() as session:
            users = session.execute(select(AppUser).order_by(AppUser.username)).scalars()
            return [_view(user) for user in users]
