"""Money and signatures: a user's position and NIP for signature blocks, and Jamsosnaker corrections.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # server_default fills the rows already there; the tables keep it, as the model declares it.
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("position", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("nip", sa.String(18), nullable=False, server_default=""))
    op.create_table(
        "jamsos_correction",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reported_in", sa.String(7), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("created_at", UtcTimestamp(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=True),
        sa.CheckConstraint("change IN (-1, 1)", name="ck_jamsos_correction_change"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["jamsos_member.id"], name="fk_jamsos_correction_member_id_jamsos_member"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_correction"),
    )
    op.create_index("ix_jamsos_correction_month", "jamsos_correction", ["month"])
    op.create_index("ix_jamsos_correction_reported", "jamsos_correction", ["reported_in"])
    change_journal.install_triggers(op.get_bind(), "jamsos_correction")


def downgrade() -> None:
    connection = op.get_bind()
    for name in change_journal.journal_trigger_names("jamsos_correction"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("jamsos_correction")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("nip")
        batch.drop_column("position")
