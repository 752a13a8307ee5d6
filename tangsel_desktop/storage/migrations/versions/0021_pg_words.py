"""The central office's name search by a word table: person_word, kept by the server, replaces the GIN index.

PostgreSQL only; nothing on SQLite (an office's FTS5 table is untouched).
- person_word(word, full_name, local_no): each distinct word of a live person's name, address and NIK (the
  words person.search_document held: to_tsvector('simple', ...), lower-cased by the server), with the
  person's name beside it. A B-tree on (word, full_name, local_no) makes a typed prefix a range whose
  people come out in name order from the index alone (storage/people/search_postgres.py); one on
  (local_no, word) answers "has this person a word starting so" for the other words typed, and finds a
  person's words when they change. `word` is in byte order (COLLATE "C") whatever the database's
  collation, so a prefix's range is computed exactly in Python.
- Kept by statement-level triggers with transition tables: a COPY or the merge's one INSERT of a package's
  people adds their words in one set-based statement, not one function call per row; an update rewrites
  the words only of the people whose name, address, NIK or liveness changed.
- person.search_document and its GIN index ix_person_search are dropped: search, its count and the
  Jamsosnaker listing's word filter all read person_word (fewer indexes for the merge to maintain).
- The people already stored get their words here (1,400,000 demo people: 9.9 million words, 95 s).
- The cost is paid on writes: 100,000 people inserted in one statement took 24.4 s against 16.4 s with
  0020's GIN index (both with the journal's triggers; medians of 3, 3 December 2026), nearly all of it the
  two B-trees' insertions (about 7 words a person); the merge benchmark (6 offices, 60,000 people) did
  not tell the two apart through the shared machine's noise.
- The NIK and No. KK prefix indexes hold live rows only (and the household's id beside its No. KK), so that
  counting a NIK prefix's people ("N ditemukan", up to 10,001) reads the index alone: through the whole
  index and the person rows it cost 150 ms at 1,400,000 people.

Revision ID: 0021_pg_words
Revises: 0020_pg_search
Create Date: 2026-12-03
"""

from typing import Any

from alembic import op

revision = "0021_pg_words"
down_revision = "0020_pg_search"
branch_labels = None
depends_on = None

# Written here, not imported, so that this step stays what it was (0020's words, the same lexemes).
DOCUMENT = "to_tsvector('simple', {row}.full_name || ' ' || {row}.address || ' ' || {row}.nik)"
WORDS = "unnest(tsvector_to_array(" + DOCUMENT + "))"
CHANGED = (
    "(o.full_name, o.address, o.nik, o.deleted_at IS NULL) "
    "IS DISTINCT FROM (n.full_name, n.address, n.nik, n.deleted_at IS NULL)"
)
# The transition tables vary from one row to a package's hundred thousand: planned on each call.
SETTING = "SET plan_cache_mode = force_custom_plan"
FUNCTIONS = {
    "person_word_inserted": (
        "INSERT INTO person_word (word, full_name, local_no) "
        f"SELECT w.word, n.full_name, n.local_no FROM new_rows n, {WORDS.format(row='n')} AS w(word) "
        "WHERE n.deleted_at IS NULL"
    ),
    "person_word_updated": (
        "DELETE FROM person_word pw USING old_rows o JOIN new_rows n ON n.local_no = o.local_no "
        f"WHERE pw.local_no = o.local_no AND {CHANGED}; "
        "INSERT INTO person_word (word, full_name, local_no) "
        f"SELECT w.word, n.full_name, n.local_no FROM old_rows o JOIN new_rows n ON n.local_no = o.local_no, "
        f"{WORDS.format(row='n')} AS w(word) WHERE n.deleted_at IS NULL AND {CHANGED}"
    ),
    "person_word_deleted": "DELETE FROM person_word pw USING old_rows o WHERE pw.local_no = o.local_no",
}
TRIGGERS = {
    "person_word_insert": ("INSERT", "NEW TABLE AS new_rows", "person_word_inserted"),
    "person_word_update": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "person_word_updated"),
    "person_word_delete": ("DELETE", "OLD TABLE AS old_rows", "person_word_deleted"),
}


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    run = connection.exec_driver_sql
    run(
        'CREATE TABLE person_word (word text COLLATE "C" NOT NULL, full_name text NOT NULL, '
        "local_no bigint NOT NULL)"
    )
    # The people already stored, before the indexes (one sort each instead of a million insertions).
    run(
        "INSERT INTO person_word (word, full_name, local_no) "
        f"SELECT w.word, p.full_name, p.local_no FROM person p, {WORDS.format(row='p')} AS w(word) "
        "WHERE p.deleted_at IS NULL"
    )
    run("CREATE INDEX ix_person_word_prefix ON person_word (word, full_name, local_no)")
    run("CREATE INDEX ix_person_word_person ON person_word (local_no, word)")
    for function, body in FUNCTIONS.items():
        run(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql {SETTING} "
            f"AS $$BEGIN {body}; RETURN NULL; END$$"
        )
    for trigger, (event, transition, function) in TRIGGERS.items():
        run(
            f"CREATE TRIGGER {trigger} AFTER {event} ON person REFERENCING {transition} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    run("DROP INDEX ix_person_search")
    run("ALTER TABLE person DROP COLUMN search_document")
    _prefix_indexes(run, live=True)
    run("ANALYZE person_word")


def _prefix_indexes(run: Any, *, live: bool) -> None:
    run("DROP INDEX ix_person_nik_prefix")
    run("DROP INDEX ix_household_kk_prefix")
    where = " WHERE deleted_at IS NULL" if live else ""
    run(f"CREATE INDEX ix_person_nik_prefix ON person (nik text_pattern_ops){where}")
    include = " INCLUDE (id)" if live else ""
    run(f"CREATE INDEX ix_household_kk_prefix ON household (kk_number text_pattern_ops){include}{where}")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    run = connection.exec_driver_sql
    _prefix_indexes(run, live=False)
    for trigger in TRIGGERS:
        run(f"DROP TRIGGER {trigger} ON person")
    for function in FUNCTIONS:
        run(f"DROP FUNCTION {function}()")
    run("DROP TABLE person_word")
    document = DOCUMENT.format(row="person").replace("person.", "")
    run(f"ALTER TABLE person ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({document}) STORED")
    run("CREATE INDEX ix_person_search ON person USING gin (search_document) WHERE deleted_at IS NULL")
    run("ANALYZE person")
