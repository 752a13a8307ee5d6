"""The year's Jamsosnaker recap statement in PostgreSQL's spelling (the central office's city recap).

The same sums as SQLite's in storage/jamsos/membership_store.py: a member's covered months in the year are
the span from max(first month, January) to min(last month, the month), per run of months at one premium.
PostgreSQL casts text to numbers only when told, counts a true condition only as an integer, and takes the
larger or smaller of two values with greatest/least rather than max/min.
"""

MONTH = "CAST(substr({}, 6, 2) AS integer)"


def year_sql(runs: list[tuple[int, int, int]], months_count: int, parameters: dict[str, object]) -> str:
    """The statement, its parameters added to `parameters` (first, month are there already)."""
    if len(runs) == 1 and runs[0][:2] == (1, months_count):
        parameters.update({"number": months_count, "p0": runs[0][2]})
        year = (
            f"CAST(:number AS integer) - CASE WHEN m.first_month > :first "
            f"THEN {MONTH.format('m.first_month')} - 1 ELSE 0 END "
            "- CASE WHEN m.last_month < :month "
            f"THEN CAST(:number AS integer) - {MONTH.format('m.last_month')} ELSE 0 END"
        )
        spent = f"CAST(sum({year}) AS bigint) * CAST(:p0 AS bigint)"
    else:
        start = MONTH.format("greatest(m.first_month, :first)")
        end = MONTH.format("least(coalesce(m.last_month, '9999-12'), :month)")
        terms = []
        for number, (run_start, run_end, premium) in enumerate(runs):
            parameters.update({f"a{number}": run_start, f"b{number}": run_end, f"p{number}": premium})
            last, first = f"CAST(:b{number} AS integer)", f"CAST(:a{number} AS integer)"
            span = f"least({end}, {last}) - greatest({start}, {first}) + 1"
            terms.append(f"greatest(0, {span}) * CAST(:p{number} AS bigint)")
        spent = f"CAST(sum({' + '.join(terms) or '0'}) AS bigint)"
    return f"""
        SELECT p.kelurahan_code, p.rw, m.occupation,
               CAST(sum(CASE WHEN coalesce(m.last_month, '9999-12') >= :month THEN 1 ELSE 0 END) AS bigint)
                 AS members,
               {spent} AS year_to_date
        FROM jamsos_member AS m JOIN person AS p ON p.id = m.person_id
        WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
          AND m.first_month <= :month AND (m.last_month IS NULL OR m.last_month >= :first)
        GROUP BY p.kelurahan_code, p.rw, m.occupation
    """  # only our own placeholders are formatted in: every value is a bound parameter
    # No ORDER BY: the recap orders its lines itself (services/jamsos/membership_service.py sorts them by
    # kelurahan, RW and occupation), and the server's sort of a few thousand lines in the database's
    # collation cost a tenth of the statement at 25,000 members.
