"""What every page and dialog is handed by the composition root: services, the signed-in user, helpers."""

from dataclasses import dataclass, field

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.person_sections import FeatureLinks, default_links


@dataclass(frozen=True)
class UiContext:
    services: Services
    actor: Actor
    office: OfficeView
    runner: TaskRunner
    bus: ChangeBus
    messages: Messages
    links: FeatureLinks = field(default_factory=default_links)
