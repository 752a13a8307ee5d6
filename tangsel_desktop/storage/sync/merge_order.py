"""Which journaled tables travel to Dinas Sosial, in the order the centre applies them, and which never do.

Every table in change_journal.JOURNALED_TABLES is named exactly once here (tests/storage/test_sync_tables.py):
merged (an office's rows, kept at the centre as that office's), private to each store (users, keys,
settings, number formats: never sent) or owned by the centre (reference data it sends back in its answer).
"""

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, LargeBinary, Table
from sqlmodel import SQLModel

from tangsel_desktop.storage import tables  # noqa: F401 - registers the tables on the metadata
from tangsel_desktop.storage.change_journal import JOURNALED_TABLES
from tangsel_desktop.storage.documents import document_tables  # noqa: F401
from tangsel_desktop.storage.jamsos import claim_tables, membership_tables  # noqa: F401
from tangsel_desktop.storage.people import photo_tables  # noqa: F401
from tangsel_desktop.storage.sembako import sembako_tables  # noqa: F401
from tangsel_desktop.storage.training import training_tables  # noqa: F401

ORIGIN = "origin_office"
# Integer ids are numbered by each office from 1: at the centre an office's row n is kept as
# slot * SLOT_SPAN + n (its slot in sync_peer), so 54 offices' register rows never collide.
SLOT_SPAN = 10**12


@dataclass(frozen=True)
class MergedTable:
    name: str
    key: str  # the column that names a row for good (change_journal.JOURNALED_TABLES)
    integer_key: bool = False  # numbered by the office: kept under the office's slot at the centre
    integer_refs: tuple[str, ...] = ()  # columns holding an integer-keyed row's id: moved to the slot too
    local_columns: tuple[str, ...] = ()  # this store's own numbering (person.local_no): never sent

    @property
    def table(self) -> Table:
        return SQLModel.metadata.tables[self.name]

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns a package carries for this table, in the table's order."""
        return _columns(self.name, self.local_columns)

    def boolean_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if isinstance(c.type, Boolean))

    def binary_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if isinstance(c.type, LargeBinary))


@cache
def _columns(name: str, local: tuple[str, ...]) -> tuple[str, ...]:
    table = SQLModel.metadata.tables[name]
    return tuple(c.name for c in table.columns if c.name != ORIGIN and c.name not in local)


# Dependency order: a row's parents come before it (households before people before memberships before
# handovers); deletions run in the reverse order.
MERGED: tuple[MergedTable, ...] = (
    MergedTable("household", "id"),
    MergedTable("household_kk_history", "id", integer_key=True),
    MergedTable("person", "id", local_columns=("local_no",)),
    MergedTable("person_photo", "person_id"),
    MergedTable("document_register", "id", integer_key=True, integer_refs=("original_id",)),
    MergedTable("jamsos_member", "id"),
    MergedTable("jamsos_status_event", "id", integer_key=True),
    MergedTable("jamsos_claim", "id"),
    MergedTable("jamsos_claim_note", "id", integer_key=True),
    MergedTable("jamsos_correction", "id"),
    MergedTable("sembako_round", "id"),
    MergedTable("sembako_round_item", "id"),
    MergedTable("sembako_round_day", "id"),
    MergedTable("sembako_evidence", "id"),
    MergedTable("sembako_recipient", "id"),
    MergedTable("sembako_stock_move", "id"),
    MergedTable("sembako_handover", "id", integer_refs=("document_id",)),
    MergedTable("training", "id"),
    MergedTable("training_batch", "id"),
    MergedTable("training_session", "id"),
    MergedTable("training_participant", "id"),
    MergedTable("training_attendance", "id"),
    MergedTable("training_result", "id"),
    MergedTable("training_certificate", "id", integer_refs=("document_id",)),
    MergedTable("training_kit", "id", integer_refs=("document_id",)),
    MergedTable("training_internship", "id"),
    MergedTable("training_follow_up", "id"),
)
MERGED_BY_NAME = {table.name: table for table in MERGED}
# This store's own: who signs in (password hashes), its keys, its settings and numbering, its desk's remote
# RWs (keyed by the RW number alone, meaningless beside another kelurahan's). Never in a package.
PRIVATE_TABLES = frozenset(
    {
        "office",
        "app_user",
        "office_key",
        "office_setting",
        "document_number_format",
        "sembako_remote_rw",
    }
)
# Reference data Dinas Sosial owns: it travels the other way, in the centre's answer (services/sync/).
CENTRE_OWNED_TABLES = frozenset({"jamsos_rate", "jamsos_setting"})


def unclassified_tables() -> set[str]:
    """Journaled tables this module forgot (a test keeps it empty: a new table must choose its side)."""
    known = set(MERGED_BY_NAME) | PRIVATE_TABLES | CENTRE_OWNED_TABLES
    return set(JOURNALED_TABLES) ^ known


def central_id(slot: int, office_id: int) -> int:
    return slot * SLOT_SPAN + office_id
