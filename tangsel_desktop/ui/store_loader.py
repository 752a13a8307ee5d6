"""Opening the office's store in the background while the first dialog is already on screen."""

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.ui.operations import TaskHandle

if TYPE_CHECKING:
    from tangsel_desktop.services.office_service import OfficeView
    from tangsel_desktop.services.service_set import Services

log = logging.getLogger(__name__)

DEMO_PEOPLE = 5000


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


def open_store(
    paths: DataPaths,
    handle: TaskHandle,
    *,
    demo: bool = False,
    demo_people: int = DEMO_PEOPLE,
) -> LoadedStore:
    """Runs on a worker thread: SQLModel, SQLAlchemy and alembic are imported here, not before
    the first window is painted (they cost about a second)."""
    from tangsel_desktop import bootstrap

    services = bootstrap.open_services(paths)
    accounts = None
    if demo:
        from tangsel_desktop.services.demo import demo_service

        def progress(done: int, total: int) -> None:
            handle.report(done, total)

        if services.office.get() is None:
            log.info("setting up the demo office with %s people", demo_people)
            handle.report(0, demo_people)
            demo_service.set_up_demo_office(
                services.database, services.office, people=demo_people, progress=progress
            )
        accounts = DemoAccounts(
            usernames=tuple(username for username, _role in demo_service.DEMO_USERS),
            password=demo_service.DEMO_PASSWORD,
        )
    return LoadedStore(services=services, office=services.office.get(), demo=accounts)
