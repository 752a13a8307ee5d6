"""Plain read-only values the document services hand to the window and the command line."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tangsel_desktop.services.documents.document_payload import DocumentKind, VerifyResult
from tangsel_desktop.storage.documents.document_store import RegisterLine

__all__ = ["OfficeDetails", "PrintResult", "RegisterEntry", "VerifyResult"]


@dataclass(frozen=True)
class PrintResult:
    """One print job: how many documents and pages, where the PDF is, which numbers it carries."""

    documents: int
    pages: int
    path: Path
    numbers: tuple[str, ...]
    cancelled: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "pages": self.pages,
            "path": str(self.path),
            "numbers": list(self.numbers),
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the document register."""

    id: int
    kind: DocumentKind
    number: str
    person_id: str | None
    person_name: str
    status: str  # reserved | printed | void
    printed_by: str  # the username
    printed_at: datetime  # when the print job took the number
    is_copy: bool
    original_id: int | None
    reason: str  # a reprint's reason, or why the number is void
    completed_at: datetime | None  # when its PDF was whole; None while reserved or when void

    @property
    def status_label(self) -> str:
        return {"reserved": "Sedang dicetak", "printed": "Tercetak", "void": "Batal"}.get(self.status, "")

    @classmethod
    def from_line(cls, line: RegisterLine) -> "RegisterEntry":
        return cls(
            id=line.id,
            kind=DocumentKind(line.kind),
            number=line.number,
            person_id=line.person_id,
            person_name=line.person_name,
            status=line.status,
            printed_by=line.printed_by_name,
            printed_at=line.reserved_at,
            is_copy=line.is_copy,
            original_id=line.original_id,
            reason=line.reason,
            completed_at=line.completed_at,
        )

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "number": self.number,
            "person_id": self.person_id,
            "person_name": self.person_name,
            "status": self.status,
            "printed_by": self.printed_by,
            "printed_at": self.printed_at.isoformat(),
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "is_copy": self.is_copy,
            "original_id": self.original_id,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class OfficeDetails:
    """What documents print about the office besides its name and code."""

    contact: str
    head_name: str
