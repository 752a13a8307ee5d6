"""What the Jamsosnaker service hands out: plain, frozen values safe to pass to the window or the CLI."""

from dataclasses import dataclass

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus


@dataclass(frozen=True)
class MemberView:
    """One membership with the person it covers."""

    id: str
    person_id: str
    nik: str
    full_name: str
    occupation: str
    work_location: str
    declared_income: int
    status: MemberStatus
    kpj_number: str | None
    first_month: str | None
    last_month: str | None
    end_reason: str | None

    @property
    def status_label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class KelurahanTotal:
    """Members of one kelurahan covered in the month, and their premium."""

    name: str
    members: int
    amount: int
    code: str = ""  # the kelurahan's Kemendagri code: the city-wide picture joins on it


@dataclass(frozen=True)
class RecapLine:
    """Members of one kelurahan, RW and occupation covered in the month, and their premium."""

    kelurahan: str
    rw: str
    occupation: str
    members: int
    amount: int


@dataclass(frozen=True)
class CorrectionLine:
    """One member's correction of earlier, signed months, listed on the recap it is reported in."""

    kelurahan: str
    rw: str
    nik: str
    full_name: str
    months: str  # 'Januari 2026 – September 2026'
    change: int  # +1: added to those months; -1: taken out of them
    month_count: int
    amount: int  # signed rupiah: what the city owes more (+) or less (-)
    reason: str


@dataclass(frozen=True)
class JamsosRecap:
    """What the city owes BPJS for one month, the year so far, and a year ahead at this month's size."""

    month: str
    members: int
    amount: int
    amount_words: str
    by_kelurahan: tuple[KelurahanTotal, ...]
    lines: tuple[RecapLine, ...]
    year_to_date: int
    # Members this month x the premium in force this month x 12: the figure a budget request starts from.
    projection: int
    # The rate in force this month, in whole rupiah, and the month it took effect.
    jkk: int = 0
    jkm: int = 0
    jht: int = 0
    premium: int = 0
    rate_from: str = ""
    # Corrections of earlier, signed months reported in this month ("Koreksi bulan lalu"): listed apart,
    # never folded into this month's members or amount.
    corrections: tuple[CorrectionLine, ...] = ()
    correction_amount: int = 0


@dataclass(frozen=True)
class EnrolmentCheck:
    """What the service will say when this person is enrolled: the rules they fail (Indonesian
    reasons), whether a membership of theirs is running, and whether this user may enrol them by
    exception."""

    problems: tuple[str, ...]
    running: bool
    may_override: bool
    occupation: str = ""  # the person's occupation in the registry (offered, never forced)
