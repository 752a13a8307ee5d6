"""Who is acting: the signed-in user, and the role check every service starts with."""

from dataclasses import dataclass

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import PermissionDenied
from tangsel_desktop.services.changes import ChangeSummary

__all__ = ["SYSTEM_ACTOR", "Actor", "ChangeSummary"]


@dataclass(frozen=True)
class Actor:
    """The signed-in user as services see them; a plain value safe to pass between threads."""

    user_id: str
    username: str
    full_name: str
    role: Role

    def require(self, role: Role, action: str) -> None:
        """Refuse unless this user's role is at least `role`."""
        if self.role.rank < role.rank:
            raise PermissionDenied(
                f"Peran {self.role.label} tidak boleh {action}. "
                f"Minta pengguna dengan peran {role.label} atau lebih tinggi."
            )


SYSTEM_ACTOR = Actor(user_id="", username="sistem", full_name="Sistem", role=Role.ADMIN)
