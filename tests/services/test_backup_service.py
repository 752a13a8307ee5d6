"""Backup now: administrators only, a consistent copy in the backups folder, and an audit entry."""

import pytest
from sqlalchemy import select

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.tables import AuditEntry
from tests.store_files import open_raw


def test_backup_now_copies_the_database_and_audits_it(services: Services, admin: Actor) -> None:
    view, summary = services.backup.backup_now(actor=admin)
    assert view.path.parent == services.paths.backups
    assert view.path.exists()
    assert view.size_bytes == view.path.stat().st_size > 0
    assert summary.touches(ChangeSummary.BACKUP)
    with open_raw(view.path) as copy:
        assert copy.execute("SELECT username FROM app_user WHERE username='admin'").fetchone()
    with services.database.read() as tx:
        entry = (
            tx.session.execute(
                select(AuditEntry).order_by(AuditEntry.id.desc())  # type: ignore[union-attr]
            )
            .scalars()
            .first()
        )
    assert entry is not None
    assert (entry.action, entry.entity, entry.username) == ("backup", "database", "admin")
    assert view.path.name in (entry.after_json or "")
    assert services.backup.recent(actor=admin)[0].path == view.path


def test_only_an_administrator_may_back_up(services: Services, operator: Actor, supervisor: Actor) -> None:
    for actor in (operator, supervisor):
        with pytest.raises(PermissionDenied):
            services.backup.backup_now(actor=actor)
    assert not list(services.paths.backups.glob("*manual*"))


def test_an_unwritable_folder_is_a_user_error(services: Services, admin: Actor) -> None:
    services.paths.backups.rmdir()
    services.paths.backups.write_text("not a folder", encoding="utf-8")
    with pytest.raises(UserError, match="Cadangan tidak dapat dibuat"):
        services.backup.backup_now(actor=admin)


def test_two_backups_at_once_both_finish_and_neither_removes_the_others_copy(
    services: Services, admin: Actor
) -> None:
    """Two sync imports read at the centre at once each make their copy first: the one that starts second
    must not take the first's unfinished copy for a killed backup's leftover."""
    from tangsel_desktop.services.backup_service import BEFORE_SYNC
    from tests.sync.conftest import at_once

    for _ in range(4):
        made = at_once(
            lambda: services.backup.before(BEFORE_SYNC), lambda: services.backup.before(BEFORE_SYNC)
        )
        assert not [outcome for outcome in made if isinstance(outcome, BaseException)], made
        assert all(view.path.is_file() for view in made)
