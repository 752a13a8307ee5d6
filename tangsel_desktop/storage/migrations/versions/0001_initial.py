"""Initial schema: office, users, households, people with their search index, and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp
from tangsel_desktop.storage.partial_indexes import only_where

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


PERSON_FTS_ROW = (
    "new.local_no, new.full_name, new.nik, "
    "coalesce((SELECT kk_number FROM household WHERE id = new.household_id), ''), new.address"
)


def upgrade() -> None:
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_office"),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("username", sa.String(60), nullable=False),
        sa.Column("full_name", sa.String(150), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        _ts("locked_until", nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_app_user"),
        sa.UniqueConstraint("username", name="uq_app_user_username"),
    )
    op.create_table(
        "household",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("kk_number", sa.String(16), nullable=False),
        sa.Column("head_person_id", sa.String(32), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        _ts("deleted_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_household"),
    )
    op.create_index(
        "uq_household_kk_number_live",
        "household",
        ["kk_number"],
        unique=True,
        **only_where("deleted_at IS NULL"),
    )
    op.create_table(
        "household_kk_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.String(32), nullable=False),
        sa.Column("kk_number", sa.String(16), nullable=False),
        _ts("valid_from"),
        _ts("valid_to", nullable=True),
        sa.Column("changed_by", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name="fk_household_kk_history_household_id_household",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_household_kk_history"),
    )
    op.create_index("ix_household_kk_history_household_id", "household_kk_history", ["household_id"])
    op.create_table(
        "person",
        sa.Column("local_no", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False),
        sa.Column("household_id", sa.String(32), nullable=True),
        sa.Column("full_name", sa.String(150), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("birth_place", sa.String(150), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("rt", sa.String(3), nullable=False),
        sa.Column("rw", sa.String(3), nullable=False),
        sa.Column("kelurahan_code", sa.String(13), nullable=False),
        sa.Column("phone", sa.String(14), nullable=False),
        sa.Column("occupation", sa.String(150), nullable=False),
        sa.Column("disability", sa.String(20), nullable=False),
        sa.Column("desil", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(2000), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        _ts("deleted_at", nullable=True),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"], name="fk_person_household_id_household"),
        sa.PrimaryKeyConstraint("local_no", name="pk_person"),
        sa.UniqueConstraint("id", name="uq_person_id"),
    )
    op.create_index(
        "uq_person_nik_live",
        "person",
        ["nik"],
        unique=True,
        **only_where("deleted_at IS NULL"),
    )
    op.create_index("ix_person_name_order", "person", ["full_name", "local_no"])
    op.create_index("ix_person_household", "person", ["household_id"])
    op.create_index("ix_person_wilayah", "person", ["kelurahan_code", "rw", "rt"])
    op.create_index("ix_person_birth_date", "person", ["birth_date"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        _ts("at"),
        sa.Column("user_id", sa.String(32), nullable=True),
        sa.Column("username", sa.String(60), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("before_json", sa.String(), nullable=True),
        sa.Column("after_json", sa.String(), nullable=True),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    if op.get_bind().dialect.name != "sqlite":
        _postgres_search()
        return
    # Search: a full-text index of name, NIK, No. KK and address, keyed by person.local_no and
    # kept current by triggers, so every path that writes a person keeps search right.
    op.execute(
        "CREATE VIRTUAL TABLE person_fts USING fts5("
        "name, nik, kk, address, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute(
        "CREATE TRIGGER person_fts_after_insert AFTER INSERT ON person "
        "WHEN new.deleted_at IS NULL BEGIN "
        f"INSERT INTO person_fts(rowid, name, nik, kk, address) VALUES ({PERSON_FTS_ROW}); END"
    )
    op.execute(
        "CREATE TRIGGER person_fts_after_update "
        "AFTER UPDATE OF full_name, nik, household_id, address, deleted_at ON person BEGIN "
        "DELETE FROM person_fts WHERE rowid = old.local_no; "
        f"INSERT INTO person_fts(rowid, name, nik, kk, address) SELECT {PERSON_FTS_ROW} "
        "WHERE new.deleted_at IS NULL; END"
    )
    op.execute(
        "CREATE TRIGGER household_fts_after_kk_change AFTER UPDATE OF kk_number ON household BEGIN "
        "UPDATE person_fts SET kk = new.kk_number WHERE rowid IN "
        "(SELECT local_no FROM person WHERE household_id = new.id AND deleted_at IS NULL); END"
    )


# PostgreSQL (the central office): its own full-text search over the live people's names, addresses and NIKs
# (words as prefixes, as FTS5 matches them), and pattern indexes for NIK and No. KK prefixes. Expressions of
# the row itself, so no trigger has to keep a second table current (storage/people/people_search.py).
POSTGRES_SEARCH_DOCUMENT = "to_tsvector('simple', full_name || ' ' || address || ' ' || nik)"


def _postgres_search() -> None:
    op.execute(
        f"CREATE INDEX ix_person_search ON person USING gin ({POSTGRES_SEARCH_DOCUMENT}) "
        "WHERE deleted_at IS NULL"
    )
    op.execute("CREATE INDEX ix_person_nik_prefix ON person (nik text_pattern_ops)")
    op.execute("CREATE INDEX ix_household_kk_prefix ON household (kk_number text_pattern_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table in ("audit_log", "person", "household_kk_history", "household", "app_user", "office"):
            op.drop_table(table)
        return
    for trigger in (
        "household_fts_after_kk_change",
        "person_fts_after_update",
        "person_fts_after_insert",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    for table in ("audit_log", "person", "household_kk_history", "household", "app_user", "office"):
        op.drop_table(table)
