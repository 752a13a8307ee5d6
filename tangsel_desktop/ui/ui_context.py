"""What every page and dialog is handed by the composition root: services, the signed-in user, helpers."""

from dataclasses import dataclass

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner


@dataclass(frozen=True)
class UiContext:
    services: Services
    actor: Actor
    office: OfficeView
    runner: TaskRunner
    bus: ChangeBus
    messages: Messages
