"""What the death-claim service hands out: plain, frozen values safe for the window, the CLI and the PDF."""

from dataclasses import dataclass
from datetime import date, datetime

from tangsel_desktop.domain.jamsos.claim_rules import ClaimBenefits, ClaimStage
from tangsel_desktop.services.jamsos.membership_views import MemberView


@dataclass(frozen=True)
class ClaimNoteView:
    """One step of a claim's progress."""

    at: datetime
    by: str  # username, or "" when the user is gone
    stage: ClaimStage
    note: str

    @property
    def stage_label(self) -> str:
        return self.stage.label


@dataclass(frozen=True)
class ClaimView:
    """The JKM death claim of one member: the death, the heir, what applies and how far it has come."""

    id: str
    member: MemberView
    died_on: date
    work_accident: bool
    heir_name: str
    heir_relation: str
    heir_phone: str
    benefits: ClaimBenefits
    notes: tuple[ClaimNoteView, ...]

    @property
    def stage(self) -> ClaimStage:
        """Where the claim stands: the stage of its latest note."""
        return self.notes[-1].stage if self.notes else ClaimStage.CHECKLIST_GIVEN
