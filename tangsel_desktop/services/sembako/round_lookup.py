"""Finding a round as a clerk names it (its id, the start of its id, or its name); rows made into views."""

from decimal import Decimal

from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.domain.sembako.package_items import PackageItem
from tangsel_desktop.domain.sembako.round_rules import HandoverDay, Mark, RoundStatus, Unit
from tangsel_desktop.services.code_lookup import Kind, find_by_code
from tangsel_desktop.services.sembako.sembako_views import HandoverView, RecipientView, RoundView
from tangsel_desktop.storage.sembako import round_store
from tangsel_desktop.storage.sembako.handover_store import StoredHandover
from tangsel_desktop.storage.sembako.round_store import StoredRecipient, StoredRound
from tangsel_desktop.storage.transaction import Transaction

ROUND = Kind("putaran sembako", "putaran", "round", "sembako round list")


def find_round(tx: Transaction, text: str) -> StoredRound:
    """The round named by its id, a unique start of its id (at least 4 characters), or its exact name."""
    return find_by_code(tx, text, ROUND, round_store.round_by_id, round_store.rounds_named)


def round_view(tx: Transaction, row: StoredRound) -> RoundView:
    items = tuple(
        PackageItem(item.name, item.unit, Decimal(item.quantity), item.unit_price)
        for item in round_store.items(tx, row.id)
    )
    days = tuple(HandoverDay(day.day, day.place) for day in round_store.days(tx, row.id))
    return RoundView(
        id=row.id,
        name=row.name,
        month=row.month,
        categories=categories_of(row.categories),
        unit=Unit(row.unit),
        status=RoundStatus(row.status),
        items=items,
        days=days,
        approved_at=row.approved_at,
        approved_by_name=row.approved_by_name,
    )


def categories_of(text: str) -> tuple[Category, ...]:
    return tuple(Category(word) for word in text.split(",") if word)


def recipient_view(row: StoredRecipient, handed: StoredHandover | None = None) -> RecipientView:
    return RecipientView(
        id=row.id,
        unit_key=row.unit_key,
        person_id=row.person_id,
        full_name=row.full_name,
        nik=row.nik,
        kk_number=row.kk_number,
        address=row.address,
        rt=row.rt,
        rw=row.rw,
        categories=categories_of(row.categories),
        listed=row.status == round_store.LISTED,
        added_reason=row.added_reason,
        added_after_approval=row.added_after_approval,
        removed_reason=row.removed_reason,
        handed_at=None if handed is None else handed.handed_at,
    )


def handover_view(row: StoredHandover) -> HandoverView:
    return HandoverView(
        id=row.id,
        round_id=row.round_id,
        recipient_id=row.recipient_id,
        person_id=row.person_id,
        full_name=row.full_name,
        nik=row.nik,
        kk_number=row.kk_number,
        address=row.address,
        rt=row.rt,
        rw=row.rw,
        receipt_number=row.receipt_number,
        mark=Mark(row.mark),
        proxy_name=row.proxy_name,
        proxy_nik=row.proxy_nik,
        proxy_relation=row.proxy_relation,
        clerk_name=row.clerk_name,
        handed_at=row.handed_at,
        voided_at=row.voided_at,
        void_reason=row.void_reason,
        document_id=row.document_id,
        family_relation=FamilyRelation(row.family_relation) if row.family_relation else None,
    )
