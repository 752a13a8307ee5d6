"""Who heads a family (kepala keluarga): one set of rules for the form, the service and the import alike.

A household is the group one Kartu Keluarga names. The office keeps one head per live household:
- a No. KK new to the office makes a household headed by its first member;
- a family left without a head (its head moved to another KK, or was deleted) is headed by whoever joins
  it next, until the clerk says otherwise;
- a row or a clerk naming someone head makes them head;
- when the head leaves (moves to another KK, or is deleted), the oldest remaining member takes over;
  a family with nobody left has no head.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Member:
    """A live member of a household, as the rules need to see them."""

    id: str
    birth_date: date


def head_of_new_household(first_member_id: str) -> str:
    """A No. KK the office did not know yet: its first member heads the family."""
    return first_member_id


def head_after_joining(current_head: str | None, joining_id: str, *, named_head: bool = False) -> str | None:
    """The head once `joining_id` enters the household: them if named head or the family had none."""
    if named_head or current_head is None:
        return joining_id
    return current_head


def head_after_leaving(current_head: str | None, leaving_id: str, remaining: Sequence[Member]) -> str | None:
    """The head once `leaving_id` left (moved or deleted): unchanged unless the head left, then the
    oldest of the members who remain (the first listed among equals), or nobody."""
    if current_head != leaving_id:
        return current_head
    staying = [member for member in remaining if member.id != leaving_id]
    if not staying:
        return None
    return min(staying, key=lambda member: member.birth_date).id
