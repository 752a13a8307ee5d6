"""Jamsosnaker: premium rates (seeded JKK 10,000 + JKM 6,800 from 2023-01), members, events, settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import json

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written here, not looked up from the domain, so that this step stays what it was when defaults change.
DEFAULT_RATE = ("2023-01", 10_000, 6_800, 0)
DEFAULT_SETTINGS = {
    "rules": json.dumps(
        {"max_desil": 4, "min_age": 18, "max_age": 64, "require_office_kelurahan": True}, sort_keys=True
    ),
    "occupations": json.dumps(
        [
            "tukang sapu",
            "ojek pangkalan",
            "pedagang keliling",
            "pedagang kaki lima",
            "pemulung",
            "buruh serabutan",
            "nelayan",
        ]
    ),
}
CREATED_AT = "2026-11-24T00:00:00.000000Z"
STATUS_CHECK = "status IN ('proposed', 'verified', 'submitted', 'active', 'ended')"


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "jamsos_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.String(7), nullable=False),
        sa.Column("jkk", sa.Integer(), nullable=False),
        sa.Column("jkm", sa.Integer(), nullable=False),
        sa.Column("jht", sa.Integer(), nullable=False),
        _ts("created_at"),
        sa.Column("created_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_rate"),
        sa.UniqueConstraint("effective_from", name="uq_jamsos_rate_effective_from"),
    )
    month, jkk, jkm, jht = DEFAULT_RATE
    op.execute(
        "INSERT INTO jamsos_rate (effective_from, jkk, jkm, jht, created_at) "
        f"VALUES ('{month}', {jkk}, {jkm}, {jht}, '{CREATED_AT}')"
    )
    op.create_table(
        "jamsos_member",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("person_id", sa.String(32), nullable=False),
        sa.Column("occupation", sa.String(100), nullable=False),
        sa.Column("work_location", sa.String(200), nullable=False),
        sa.Column("declared_income", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("kpj_number", sa.String(30), nullable=True),
        sa.Column("first_month", sa.String(7), nullable=True),
        sa.Column("last_month", sa.String(7), nullable=True),
        sa.Column("end_reason", sa.String(20), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        _ts("deleted_at", nullable=True),
        sa.CheckConstraint(STATUS_CHECK, name="ck_jamsos_member_status"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_jamsos_member_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_member"),
    )
    op.create_index("ix_jamsos_member_person", "jamsos_member", ["person_id"])
    op.create_index("ix_jamsos_member_months", "jamsos_member", ["first_month", "last_month"])
    op.create_table(
        "jamsos_status_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("from_status", sa.String(10), nullable=True),
        sa.Column("to_status", sa.String(10), nullable=False),
        sa.Column("month", sa.String(7), nullable=True),
        sa.Column("kpj_number", sa.String(30), nullable=True),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("by_user", sa.String(32), nullable=True),
        _ts("at"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["jamsos_member.id"], name="fk_jamsos_status_event_member_id_jamsos_member"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_status_event"),
    )
    op.create_index("ix_jamsos_status_event_member", "jamsos_status_event", ["member_id", "id"])
    op.create_table(
        "jamsos_setting",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.String(2000), nullable=False),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_jamsos_setting"),
    )
    setting = sa.table(
        "jamsos_setting", sa.column("key"), sa.column("value"), sa.column("updated_at", sa.String())
    )
    op.bulk_insert(
        setting,
        [{"key": key, "value": value, "updated_at": CREATED_AT} for key, value in DEFAULT_SETTINGS.items()],
    )


def downgrade() -> None:
    for table in ("jamsos_setting", "jamsos_status_event", "jamsos_member", "jamsos_rate"):
        op.drop_table(table)
