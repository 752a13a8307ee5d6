"""The "Koreksi bulan lalu" lines of a recap: stored corrections grouped per member, direction and reason."""

from collections.abc import Sequence

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.jamsos.corrections import span_text
from tangsel_desktop.services.jamsos.membership_views import CorrectionLine
from tangsel_desktop.storage.jamsos.correction_store import CorrectionRow


def correction_lines(rows: Sequence[CorrectionRow], names: dict[str, str]) -> tuple[CorrectionLine, ...]:
    """One line per member, direction and reason, in the order the rows come (kelurahan, RW, name)."""
    grouped: dict[tuple[str, int, str], list[CorrectionRow]] = {}
    for row in rows:
        grouped.setdefault((row.member_id, row.change, row.reason), []).append(row)
    lines = []
    for (_member, change, reason), group in grouped.items():
        first = group[0]
        name = names.get(first.kelurahan_code)
        if name is None:
            name = names[first.kelurahan_code] = kelurahan_name(first.kelurahan_code)
        lines.append(
            CorrectionLine(
                kelurahan=name,
                rw=first.rw,
                nik=first.nik,
                full_name=first.full_name,
                months=span_text([YearMonth.parse(row.month) for row in group]),
                change=change,
                month_count=len(group),
                amount=sum(row.change * row.amount for row in group),
                reason=reason,
            )
        )
    return tuple(lines)
