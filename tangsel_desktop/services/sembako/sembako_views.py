"""What the Sembako services hand back: plain frozen values, safe to pass to the window's threads."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.domain.sembako.package_items import PackageItem, package_value
from tangsel_desktop.domain.sembako.round_rules import HandoverDay, Mark, RoundStatus, Unit


@dataclass(frozen=True)
class RoundView:
    id: str
    name: str
    month: str
    categories: tuple[Category, ...]
    unit: Unit
    status: RoundStatus
    items: tuple[PackageItem, ...]
    days: tuple[HandoverDay, ...]
    approved_at: datetime | None
    approved_by_name: str

    @property
    def package_value(self) -> int:
        return package_value(self.items)

    def as_json(self) -> dict[str, Any]:
        return {
            "round": self.id,
            "name": self.name,
            "month": self.month,
            "categories": [category.value for category in self.categories],
            "per": self.unit.value,
            "status": self.status.value,
            "items": [
                {"name": i.name, "unit": i.unit, "quantity": str(i.quantity), "unit_price": i.unit_price}
                for i in self.items
            ],
            "package_value": self.package_value,
            "days": [{"day": d.day.isoformat(), "place": d.place} for d in self.days],
        }


@dataclass(frozen=True)
class RecipientView:
    """One line of a round's list, as frozen, and whether the family has collected."""

    id: str
    unit_key: str
    person_id: str
    full_name: str
    nik: str
    kk_number: str
    address: str
    rt: str
    rw: str
    categories: tuple[Category, ...]
    listed: bool
    added_reason: str
    added_after_approval: bool
    removed_reason: str
    handed_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "recipient": self.id,
            "nik": self.nik,
            "name": self.full_name,
            "kk": self.kk_number,
            "rt": self.rt,
            "rw": self.rw,
            "categories": [category.value for category in self.categories],
            "listed": self.listed,
            "reason": self.added_reason or self.removed_reason,
        }


@dataclass(frozen=True)
class LeftOut:
    """Someone a category might have taken, and why the proposal did not."""

    person_id: str
    nik: str
    full_name: str
    rw: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"nik": self.nik, "name": self.full_name, "rw": self.rw, "reason": self.reason}


@dataclass(frozen=True)
class Proposal:
    """What a proposal did: lines added, families already listed, and who was left out with why."""

    round_id: str
    proposed: int
    already_listed: int
    left_out: tuple[LeftOut, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "round": self.round_id,
            "proposed": self.proposed,
            "already_listed": self.already_listed,
            "left_out": [entry.as_json() for entry in self.left_out],
        }


@dataclass(frozen=True)
class HandoverView:
    """One handover: the family, who collected, how they signed, the clerk, the time, the receipt."""

    id: str
    round_id: str
    recipient_id: str
    person_id: str
    full_name: str
    nik: str
    kk_number: str
    address: str
    rt: str
    rw: str
    receipt_number: str
    mark: Mark
    proxy_name: str
    proxy_nik: str
    proxy_relation: str
    clerk_name: str
    handed_at: datetime
    voided_at: datetime | None
    void_reason: str
    document_id: int = 0  # the receipt's row in the register
    # How the receiver stands in the family the package was for (None: a person's own package, or unknown).
    family_relation: FamilyRelation | None = None

    @property
    def by_proxy(self) -> bool:
        return bool(self.proxy_name)

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "handover": self.id,
            "receipt": self.receipt_number,
            "nik": self.nik,
            "name": self.full_name,
            "handed_at": self.handed_at.isoformat(),
            "clerk": self.clerk_name,
            "mark": self.mark.value,
        }
        if self.proxy_name:
            found["proxy"] = {"name": self.proxy_name, "nik": self.proxy_nik, "relation": self.proxy_relation}
        if self.voided_at is not None:
            found["voided_at"] = self.voided_at.isoformat()
            found["void_reason"] = self.void_reason
        return found


@dataclass(frozen=True)
class RoundStatusView:
    """The round's progress: the list, the ledger and the stock, always adding up."""

    round_id: str
    planned: int
    handed_over: int
    by_proxy: int
    stock_received: int
    stock_returned: int
    stock_damaged: int

    @property
    def remaining(self) -> int:
        return max(self.planned - self.handed_over, 0)

    @property
    def stock_on_hand(self) -> int:
        return self.stock_received - self.stock_returned - self.stock_damaged - self.handed_over

    def as_json(self) -> dict[str, Any]:
        return {
            "round": self.round_id,
            "planned": self.planned,
            "handed_over": self.handed_over,
            "by_proxy": self.by_proxy,
            "remaining": self.remaining,
            "stock_received": self.stock_received,
            "stock_returned": self.stock_returned,
            "stock_damaged": self.stock_damaged,
            "stock_on_hand": self.stock_on_hand,
        }


@dataclass(frozen=True)
class EvidenceView:
    id: str
    person_id: str
    nik: str
    full_name: str
    rw: str
    category: Category
    document: str
    valid_from: date
    valid_until: date | None
    child_name: str
    child_birth_date: date | None
    revoked: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "evidence": self.id,
            "nik": self.nik,
            "name": self.full_name,
            "category": self.category.value,
            "document": self.document,
            "from": self.valid_from.isoformat(),
            "until": None if self.valid_until is None else self.valid_until.isoformat(),
            "revoked": self.revoked,
        }


@dataclass(frozen=True)
class DeskLookup:
    """What the distribution desk shows for a scanned card, a typed NIK or a name: the line and its state."""

    recipient: RecipientView | None
    handover: HandoverView | None  # the live handover: already collected
    matches: tuple[RecipientView, ...] = field(default=())  # a name search that found several
    message: str = ""  # why nothing was found, in words the clerk can act on
    # The beneficiary's photo (JPEG bytes), read in the same transaction as the line: the clerk sees who
    # should stand at the desk. None when they have no photo yet, or when no single line was found.
    photo: bytes | None = field(default=None, repr=False)
