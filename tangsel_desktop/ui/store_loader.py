"""The office's store from the start-up's worker threads: opened once a password unwraps its key.

Before the clerk signs in, only modules are loaded in the background (SQLModel, SQLAlchemy, alembic cost
about a second), so that the first dialog paints at once and the unlock after the password is quick.
The demo office is the exception: its password is public, so it is opened (and made) right away.
"""

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.ui.operations import TaskHandle

if TYPE_CHECKING:
    from tangsel_desktop.services.office_service import OfficeView
    from tangsel_desktop.services.service_set import Services
    from tangsel_desktop.services.store_unlock import Unlocked

log = logging.getLogger(__name__)

DEMO_PEOPLE = 5000
UNLOCK_STEPS = 3


@dataclass(frozen=True)
class DemoAccounts:
    """The demo office's users and their shared password, shown as a hint at sign-in."""

    usernames: tuple[str, ...]
    password: str


@dataclass(frozen=True)
class LoadedStore:
    """The services (one engine, shared by design), the office if set up, and demo accounts."""

    services: "Services"
    office: "OfficeView | None"
    demo: DemoAccounts | None = None


def loaded(unlocked: "Unlocked") -> LoadedStore:
    """What the window keeps of an opened store."""
    return LoadedStore(services=unlocked.services, office=unlocked.office)


def preload(paths: DataPaths) -> bool:
    """Runs on a worker thread before sign-in: the store's modules imported; True when the folder needs
    the set-up (no store, or a plain one an older version left without an office)."""
    from tangsel_desktop.services import store_setup, store_unlock  # noqa: F401 - the import is the work

    if paths.names_a_server:
        return False  # the central office's server: set up by `init --office DINSOS`, signed in to here
    if not paths.database.exists():
        return True
    paths.database.open("rb").close()  # a store that cannot even be read is told before sign-in
    return store_setup.abandoned_plain_store(paths)


def unlock_store(paths: DataPaths, username: str, password: str, handle: TaskHandle) -> "Unlocked":
    """Runs on a worker thread after the password: unwrap the key, open and migrate, sign in."""
    from tangsel_desktop.services.store_unlock import unlock

    handle.report(0, UNLOCK_STEPS)
    return unlock(paths, username, password, progress=handle.report)


def open_demo_store(paths: DataPaths, handle: TaskHandle, *, demo_people: int = DEMO_PEOPLE) -> LoadedStore:
    """Runs on a worker thread: the demo office made (encrypted, with a random key) when absent, and
    opened with its public password."""
    from tangsel_desktop.services.demo import demo_service
    from tangsel_desktop.services.store_setup import set_up_demo_store
    from tangsel_desktop.services.store_unlock import unlock

    usernames = tuple(username for username, _role in demo_service.DEMO_USERS)
    if not paths.database.exists():
        log.info("setting up the demo office with %s people", demo_people)
        handle.report(0, demo_people)

        def fill(services: "Services") -> None:
            demo_service.set_up_demo_office(
                services.database, services.office, people=demo_people, progress=handle.report
            )

        set_up_demo_store(paths, fill, usernames, demo_service.DEMO_PASSWORD)
    unlocked = unlock(paths, usernames[0], demo_service.DEMO_PASSWORD)
    accounts = DemoAccounts(usernames=usernames, password=demo_service.DEMO_PASSWORD)
    return LoadedStore(services=unlocked.services, office=unlocked.office, demo=accounts)
