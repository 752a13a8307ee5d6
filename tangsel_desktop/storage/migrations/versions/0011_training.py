"""Trainings: trainings, batches and sessions, participants, attendance, results, certificates, kits,
internships and follow-ups.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Written here, not imported from the tables module, so that this step stays what it was.
TABLES = (
    "training",
    "training_batch",
    "training_session",
    "training_participant",
    "training_attendance",
    "training_result",
    "training_certificate",
    "training_kit",
    "training_internship",
    "training_follow_up",
)


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def _id(name: str = "id") -> sa.Column[object]:
    return sa.Column(name, sa.String(32), nullable=False)


def _text(name: str, length: int, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def _participant_fk(table: str) -> sa.ForeignKeyConstraint:
    return _fk("participant_id", table, "training_participant")


def upgrade() -> None:
    op.create_table(
        "training",
        _id(),
        _text("name", 150),
        _text("kind", 4),
        _text("lsp", 200),
        _text("scheme", 200),
        _int("total_jp"),
        _int("min_attendance"),
        _int("max_desil", nullable=True),
        _int("min_age", nullable=True),
        _int("max_age", nullable=True),
        _text("disabilities", 100),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        sa.CheckConstraint("kind IN ('umum', 'bnsp')", name="ck_training_kind"),
        sa.CheckConstraint("total_jp > 0", name="ck_training_total_jp"),
        sa.CheckConstraint("min_attendance BETWEEN 1 AND 100", name="ck_training_min_attendance"),
        _pk("training"),
    )
    op.create_table(
        "training_batch",
        _id(),
        _id("training_id"),
        _int("number"),
        _text("name", 200),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        _text("place", 200),
        _int("quota"),
        _text("organiser", 200),
        _text("trainers", 500),
        _text("signatory_name", 200),
        _text("signatory_position", 200),
        _text("signatory_nip", 18),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        sa.CheckConstraint("quota > 0", name="ck_training_batch_quota"),
        sa.CheckConstraint("ends_on >= starts_on", name="ck_training_batch_dates"),
        _fk("training_id", "training_batch", "training"),
        _pk("training_batch"),
        sa.UniqueConstraint("training_id", "number", name="uq_training_batch_training_id"),
    )
    op.create_index("ix_training_batch_dates", "training_batch", ["starts_on", "ends_on"])
    op.create_table(
        "training_session",
        _id(),
        _id("batch_id"),
        sa.Column("day", sa.Date(), nullable=False),
        _int("jp"),
        sa.CheckConstraint("jp > 0", name="ck_training_session_jp"),
        _fk("batch_id", "training_session", "training_batch"),
        _pk("training_session"),
        sa.UniqueConstraint("batch_id", "day", name="uq_training_session_batch_id"),
    )
    op.create_table(
        "training_participant",
        _id(),
        _id("batch_id"),
        _id("person_id"),
        _text("full_name", 150),
        _text("nik", 16),
        _text("kelurahan_code", 13),
        _text("rw", 3),
        _text("disability", 20),
        _text("status", 10),
        _text("reasons", 500),
        _text("withdraw_reason", 500),
        _ts("waiting_since", nullable=True),
        _ts("selected_at", nullable=True),
        _text("selected_by", 32, nullable=True),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        _ts("updated_at"),
        _text("updated_by", 32, nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'selected', 'waiting', 'withdrawn')",
            name="ck_training_participant_status",
        ),
        _fk("batch_id", "training_participant", "training_batch"),
        _fk("person_id", "training_participant", "person"),
        _pk("training_participant"),
        sa.UniqueConstraint("batch_id", "person_id", name="uq_training_participant_batch_id"),
    )
    op.create_index("ix_training_participant_person", "training_participant", ["person_id"])
    op.create_table(
        "training_attendance",
        _id(),
        _id("batch_id"),
        _id("session_id"),
        _id("participant_id"),
        _text("mark", 5),
        _text("companion_name", 150),
        _text("companion_relation", 50),
        _ts("marked_at"),
        _text("marked_by", 32, nullable=True),
        sa.CheckConstraint("mark IN ('hadir', 'absen', 'izin')", name="ck_training_attendance_mark"),
        _fk("batch_id", "training_attendance", "training_batch"),
        _fk("session_id", "training_attendance", "training_session"),
        _participant_fk("training_attendance"),
        _pk("training_attendance"),
        sa.UniqueConstraint("session_id", "participant_id", name="uq_training_attendance_session_id"),
    )
    op.create_index("ix_training_attendance_batch", "training_attendance", ["batch_id", "participant_id"])
    op.create_table(
        "training_result",
        _id(),
        _id("participant_id"),
        _text("result", 15),
        _text("lsp_number", 100),
        sa.Column("certified_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        _ts("recorded_at"),
        _text("recorded_by", 32, nullable=True),
        sa.CheckConstraint("result IN ('kompeten', 'belum-kompeten')", name="ck_training_result_result"),
        _participant_fk("training_result"),
        _pk("training_result"),
        sa.UniqueConstraint("participant_id", name="uq_training_result_participant_id"),
    )
    op.create_index("ix_training_result_valid_until", "training_result", ["valid_until"])
    op.create_table(
        "training_certificate",
        _id(),
        _id("participant_id"),
        sa.Column("document_id", sa.Integer(), nullable=False),
        _text("number", 60),
        _ts("issued_at"),
        _participant_fk("training_certificate"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document_register.id"],
            name="fk_training_certificate_document_id_document_register",
        ),
        _pk("training_certificate"),
        sa.UniqueConstraint("participant_id", name="uq_training_certificate_participant_id"),
    )
    op.create_table(
        "training_kit",
        _id(),
        _id("participant_id"),
        _text("items", 2000),
        sa.Column("document_id", sa.Integer(), nullable=True),
        _text("receipt_number", 60),
        _text("brand_name", 150),
        _text("logo_name", 200),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        _ts("handed_at", nullable=True),
        _text("handed_by", 32, nullable=True),
        _ts("updated_at"),
        _participant_fk("training_kit"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document_register.id"], name="fk_training_kit_document_id_document_register"
        ),
        _pk("training_kit"),
        sa.UniqueConstraint("participant_id", name="uq_training_kit_participant_id"),
    )
    op.create_table(
        "training_internship",
        _id(),
        _id("participant_id"),
        _text("host", 200),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        _text("supervisor_name", 150),
        sa.Column("completed_on", sa.Date(), nullable=True),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        _ts("updated_at"),
        _participant_fk("training_internship"),
        _pk("training_internship"),
        sa.UniqueConstraint("participant_id", name="uq_training_internship_participant_id"),
    )
    op.create_table(
        "training_follow_up",
        _id(),
        _id("participant_id"),
        _int("month"),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("own_business", sa.Boolean(), nullable=False),
        _text("income_band", 40),
        _ts("recorded_at"),
        _text("recorded_by", 32, nullable=True),
        sa.CheckConstraint("month IN (3, 6)", name="ck_training_follow_up_month"),
        _participant_fk("training_follow_up"),
        _pk("training_follow_up"),
        sa.UniqueConstraint("participant_id", "month", name="uq_training_follow_up_participant_id"),
    )
    connection = op.get_bind()
    for table in TABLES:
        change_journal.install_triggers(connection, table)


def downgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        for name in change_journal.journal_trigger_names(table):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in reversed(TABLES):
        op.drop_table(table)
