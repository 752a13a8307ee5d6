"""What the training services return: plain values a window shows and the command line prints as JSON."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from tangsel_desktop.domain.training.participation import Mark, ParticipantStatus
from tangsel_desktop.domain.training.training_rules import TrainingKind

# Lines the window lists as they are (it names them through here: it never imports the store).
from tangsel_desktop.storage.training.aftercare_store import Due as Due
from tangsel_desktop.storage.training.aftercare_store import Internship as Internship
from tangsel_desktop.storage.training.outcome_store import Expiring as Expiring


@dataclass(frozen=True)
class TrainingView:
    id: str
    name: str
    kind: TrainingKind
    lsp: str
    scheme: str
    total_jp: int
    min_attendance: int
    rules: str  # the eligibility rules in words

    def as_json(self) -> dict[str, Any]:
        return {
            "training": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "lsp": self.lsp,
            "scheme": self.scheme,
            "jp": self.total_jp,
            "min_attendance": self.min_attendance,
            "rules": self.rules,
        }


@dataclass(frozen=True)
class SessionView:
    id: str
    day: date
    jp: int


@dataclass(frozen=True)
class BatchView:
    id: str
    training: TrainingView
    number: int
    name: str
    starts_on: date
    ends_on: date
    place: str
    quota: int
    organiser: str
    trainers: str
    sessions: tuple[SessionView, ...]

    @property
    def total_jp(self) -> int:
        return sum(session.jp for session in self.sessions)

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": self.id,
            "training": self.training.id,
            "name": self.name,
            "number": self.number,
            "start": self.starts_on.isoformat(),
            "end": self.ends_on.isoformat(),
            "place": self.place,
            "quota": self.quota,
            "organiser": self.organiser,
            "trainers": self.trainers,
            "jp": self.total_jp,
            "sessions": [{"date": s.day.isoformat(), "jp": s.jp} for s in self.sessions],
        }


@dataclass(frozen=True)
class ParticipantView:
    id: str
    batch_id: str
    person_id: str
    nik: str
    full_name: str
    kelurahan_code: str
    rw: str
    disability: str
    status: ParticipantStatus
    reasons: str
    withdraw_reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "participant": self.id,
            "batch": self.batch_id,
            "nik": self.nik,
            "name": self.full_name,
            "rw": self.rw,
            "disability": self.disability,
            "status": self.status.value,
            "reasons": self.reasons,
            "withdraw_reason": self.withdraw_reason,
        }


@dataclass(frozen=True)
class Candidate:
    """A resident the rules were checked against for a batch, and why they fit or not."""

    person_id: str
    nik: str
    full_name: str
    rw: str
    fits: bool
    reasons: str
    on_batch: str  # their status on the batch already, or ""

    def as_json(self) -> dict[str, Any]:
        return {
            "nik": self.nik,
            "name": self.full_name,
            "rw": self.rw,
            "fits": self.fits,
            "reasons": self.reasons,
            "on_batch": self.on_batch,
        }


@dataclass(frozen=True)
class Withdrawal:
    participant: ParticipantView
    next_waiting: ParticipantView | None  # who may take the freed place (the supervisor selects them)

    def as_json(self) -> dict[str, Any]:
        shown = None if self.next_waiting is None else self.next_waiting.as_json()
        return {**self.participant.as_json(), "next_waiting": shown}


@dataclass(frozen=True)
class MarkView:
    participant: ParticipantView
    day: date
    mark: Mark
    companion_name: str
    companion_relation: str
    attended_jp: int
    total_jp: int
    meets_minimum: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "nik": self.participant.nik,
            "name": self.participant.full_name,
            "date": self.day.isoformat(),
            "status": self.mark.value,
            "companion": self.companion_name,
            "relation": self.companion_relation,
            "attended_jp": self.attended_jp,
            "total_jp": self.total_jp,
            "meets_minimum": self.meets_minimum,
        }


@dataclass(frozen=True)
class GridRow:
    """One participant's line of the attendance grid: a mark per session (None: not marked yet)."""

    participant: ParticipantView
    marks: tuple[Mark | None, ...]
    attended_jp: int
    percent: int
    meets_minimum: bool
    # Per session, who came with a blind participant and gave the mark ("Siti (ibu)"); "" for none.
    companions: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttendanceGrid:
    batch: BatchView
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class BatchStatus:
    """A batch's figures (`training status`)."""

    batch: str
    quota: int
    proposed: int
    selected: int
    waiting: int
    withdrawn: int
    attended_min: int
    certified: int
    competent: int
    kits: int
    interns: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)
