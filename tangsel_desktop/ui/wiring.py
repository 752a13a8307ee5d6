"""The composition root of the window's feature folders: the one module that names them together."""

from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.person_sections import FeatureLinks


def feature_links() -> FeatureLinks:
    return FeatureLinks(
        open_person=lambda ctx, person_id, parent: PersonDialog(ctx, person_id, parent),
    )
