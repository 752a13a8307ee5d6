"""Members at each step of the BPJS exchange, for the export, import, command-line and window tests."""

from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step

FIRST_MONTH = YearMonth(2025, 1)


def nik(number: int) -> str:
    return f"36740457088500{number:02d}"


def member(
    services: Services,
    supervisor: Actor,
    number: int,
    status: MemberStatus,
    *,
    name: str | None = None,
    kpj: str = "",
    first: YearMonth = FIRST_MONTH,
    **person: object,
) -> str:
    """Register a resident and step them to the status (active with a KPJ and first month); their NIK."""
    values: dict[str, object] = {"nik": nik(number), "full_name": name or f"Warga {number}", **person}
    services.people.register(actor=supervisor, draft=make_draft(**values))
    services.jamsos.enroll(
        actor=supervisor, nik=str(values["nik"]), occupation="pemulung", work_location="Pasar"
    )
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED, MemberStatus.ACTIVE):
        if list(MemberStatus).index(step) > list(MemberStatus).index(status):
            break
        four_eyes_step(
            services,
            str(values["nik"]),
            step,
            supervisor,
            kpj=(kpj or f"9{number:010d}") if step is MemberStatus.ACTIVE else None,
            month=first if step is MemberStatus.ACTIVE else None,
        )
    return str(values["nik"])


def sheet_rows(path: Path, sheet: int = 0) -> list[list[object]]:
    """A written workbook read back with calamine, one list per row."""
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return [list(row) for row in workbook.get_sheet_by_index(sheet).to_python()]
    finally:
        workbook.close()


def write_answer(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """BPJS's answer as Excel writes it (openpyxl: numbers stay numbers, dates stay dates)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    workbook.close()
    return path
