"""What every page and dialog is handed by the composition root: services, the signed-in user, helpers."""

from dataclasses import dataclass, field

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.person_sections import FeatureLinks, default_links
from tangsel_desktop.ui.program_parts import WindowPrograms


@dataclass(frozen=True)
class UiContext:
    services: Services
    actor: Actor
    office: OfficeView
    runner: TaskRunner
    bus: ChangeBus
    messages: Messages
    programs: WindowPrograms  # what each program adds to the pages, filled in app.py
    links: FeatureLinks = field(default_factory=default_links)
