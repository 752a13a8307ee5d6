"""How many Jamsosnaker members each month covers, for a year's chart: one pass over the memberships."""

from collections.abc import Sequence

from tangsel_desktop.storage.transaction import Transaction


def members_per_month(tx: Transaction, months: Sequence[str]) -> list[int]:
    """Members covered in each 'YYYY-MM' month, counted as the monthly recap counts them.

    One statement with a sum per month, rather than one recap per month: a year's chart of a city's
    tens of thousands of members reads the table once.
    """
    if not months:
        return []
    parameters = {f"m{index}": month for index, month in enumerate(months)}
    sums = ", ".join(
        # A condition summed as CASE: PostgreSQL (the centre) does not add up booleans as SQLite does.
        f"coalesce(sum(CASE WHEN m.first_month <= :m{index} AND coalesce(m.last_month, '9999-12') "
        f">= :m{index} THEN 1 ELSE 0 END), 0)"
        for index in range(len(months))
    )
    # SQLite: the members in their table's order. Without statistics (an office's store is never ANALYZEd)
    # its planner reads them through ix_jamsos_member_months, whose range holds nearly all of them, each
    # row fetched from elsewhere in the file (and, on the encrypted store, decrypted again). A server
    # keeps its statistics and has no such clause.
    in_order = "" if tx.is_server else " NOT INDEXED"
    sql = f"""
        SELECT {sums}
        FROM jamsos_member AS m{in_order} JOIN person AS p ON p.id = m.person_id
        WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
          AND m.first_month <= :m{len(months) - 1} AND (m.last_month IS NULL OR m.last_month >= :m0)
    """  # only our own placeholders are formatted in: every month is a bound parameter
    (row,) = tx.rows(sql, parameters)
    return [int(value) for value in row]
