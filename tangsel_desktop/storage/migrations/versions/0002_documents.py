"""Documents: the numbering register, number formats per kind, office keys and office settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp
from tangsel_desktop.storage.partial_indexes import only_where

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The default format of every kind: TT/36.74.04.1004/2025/000123. Written here, not looked up from the
# code, so that this step stays what it was when later code changes its defaults.
DEFAULT_FORMATS = (("card", "KPM"), ("receipt", "TT"), ("certificate", "SRT"), ("report", "LAP"))
DEFAULT_PATTERN = "{prefix}/{office}/{year}/{seq}"
CREATED_AT = "2026-11-24T00:00:00.000000Z"


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "document_number_format",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("prefix", sa.String(10), nullable=False),
        sa.Column("pattern", sa.String(80), nullable=False),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("kind", name="pk_document_number_format"),
    )
    for kind, prefix in DEFAULT_FORMATS:
        op.execute(
            "INSERT INTO document_number_format (kind, prefix, pattern, updated_at) "
            f"VALUES ('{kind}', '{prefix}', '{DEFAULT_PATTERN}', '{CREATED_AT}')"
        )
    op.create_table(
        "document_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(60), nullable=False),
        sa.Column("is_copy", sa.Boolean(), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.String(32), nullable=True),
        sa.Column("person_name", sa.String(150), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("payload", sa.String(300), nullable=True),
        sa.Column("job", sa.String(32), nullable=False),
        sa.Column("printed_by", sa.String(32), nullable=True),
        sa.Column("printed_by_name", sa.String(60), nullable=False),
        _ts("reserved_at"),
        _ts("completed_at", nullable=True),
        _ts("voided_at", nullable=True),
        sa.CheckConstraint("status IN ('reserved', 'printed', 'void')", name="ck_document_register_status"),
        sa.ForeignKeyConstraint(
            ["original_id"],
            ["document_register.id"],
            name="fk_document_register_original_id_document_register",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_document_register"),
    )
    op.create_index(
        "uq_document_register_sequence",
        "document_register",
        ["kind", "year", "seq"],
        unique=True,
        **only_where("is_copy = 0", postgresql="NOT is_copy"),
    )
    op.create_index(
        "uq_document_register_number",
        "document_register",
        ["number"],
        unique=True,
        **only_where("is_copy = 0", postgresql="NOT is_copy"),
    )
    op.create_index("ix_document_register_kind", "document_register", ["kind", "id"])
    op.create_index("ix_document_register_person", "document_register", ["person_id"])
    op.create_index("ix_document_register_original", "document_register", ["original_id"])
    op.create_index(
        "ix_document_register_reserved",
        "document_register",
        ["job"],
        **only_where("status = 'reserved'"),
    )
    op.create_table(
        "office_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(20), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        _ts("created_at"),
        sa.Column("created_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_office_key"),
        sa.UniqueConstraint("public_key", name="uq_office_key_public_key"),
    )
    op.create_index("ix_office_key_office_code", "office_key", ["office_code"])
    op.create_index(
        "uq_office_key_own", "office_key", ["own"], unique=True, **only_where("own = 1", postgresql="own")
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.String(500), nullable=False),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_office_setting"),
    )


def downgrade() -> None:
    for table in ("office_setting", "office_key", "document_register", "document_number_format"):
        op.drop_table(table)
