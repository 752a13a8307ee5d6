"""What an action changed, as a typed set of areas, so each page can decide whether to refresh."""

import enum


class ChangeSummary(enum.Flag):
    """The areas one action changed; combine with |, ask with touches()."""

    NOTHING = 0
    PERSON = enum.auto()
    HOUSEHOLD = enum.auto()
    JAMSOS = enum.auto()
    JAMSOS_CLAIM = enum.auto()
    SEMBAKO = enum.auto()
    TRAINING = enum.auto()
    APP_USER = enum.auto()
    OFFICE = enum.auto()
    OFFICE_SETTING = enum.auto()
    OFFICE_KEY = enum.auto()
    DOCUMENT = enum.auto()
    DOCUMENT_NUMBER_FORMAT = enum.auto()
    AUDIT_LOG = enum.auto()
    BACKUP = enum.auto()
    SYNC = enum.auto()

    def touches(self, area: "ChangeSummary") -> bool:
        """True when this summary shares any area with `area`."""
        return bool(self & area)
