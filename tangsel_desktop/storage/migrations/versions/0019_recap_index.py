"""The Jamsosnaker recap's join without table reads: person (id, kelurahan_code, rw) as one covering index.

The recap reads each member once and looks their person up by id for the kelurahan and RW. Through the
primary key that is two random reads per member (the key's index, then the row), and on the encrypted
store every page read from disk is decrypted: the recap over 200,000 members took 3.5x as long encrypted
as plain. With this index the lookup is one read in a small index that stays in the page cache
(measured: 1.02x, and 2.4x faster on the plain store too).

Revision ID: 0019_recap_index
Revises: 0018_central_pg
Create Date: 2026-12-03
"""

from alembic import op

revision = "0019_recap_index"
down_revision = "0018_central_pg"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_person_recap", "person", ["id", "kelurahan_code", "rw"])


def downgrade() -> None:
    op.drop_index("ix_person_recap", table_name="person")
