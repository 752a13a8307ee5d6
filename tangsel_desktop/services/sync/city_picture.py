"""The city-wide picture at Dinas Sosial: every office's people, households, members and premium by
kecamatan and kelurahan, sembako rounds' progress and stock, trainings, and where each office's sync stands.

Plain typed views for the Sinkronisasi window and the command line. The month's premium is the Jamsosnaker
recap's own (services/jamsos), so the picture and the signed recap never disagree.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.wilayah import DINSOS_CODE, wilayah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_service import JamsosService
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import city_queries, package_rows, sync_store
from tangsel_desktop.storage.sync.city_queries import BatchProgress, RoundProgress

# "Has not sent for more than a month": 31 days without a package applied here.
STALE_AFTER = timedelta(days=31)


@dataclass(frozen=True)
class AreaFigures:
    """One kelurahan (or a kecamatan's total): people, households, running members, the month's bill."""

    code: str
    name: str
    people: int
    households: int
    members: int
    covered: int  # members the city pays for this month
    premium: int  # rupiah

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class KecamatanFigures:
    total: AreaFigures
    kelurahan: tuple[AreaFigures, ...]

    def as_json(self) -> dict[str, Any]:
        return {**self.total.as_json(), "kelurahan": [k.as_json() for k in self.kelurahan]}


@dataclass(frozen=True)
class OfficeSync:
    """One office as the centre knows it: its last package, sequence, counts; stale past a month."""

    code: str
    name: str
    last_package_at: datetime | None
    last_sequence: int
    people: int
    households: int
    members: int
    handovers: int
    held: int
    last_answer: int
    stale: bool

    def as_json(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "last_package_at": None if self.last_package_at is None else self.last_package_at.isoformat(),
        }


@dataclass(frozen=True)
class CityView:
    month: str
    kecamatan: tuple[KecamatanFigures, ...]
    total: AreaFigures
    rounds: tuple[RoundProgress, ...]
    batches: tuple[BatchProgress, ...]
    offices: tuple[OfficeSync, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "total": self.total.as_json(),
            "kecamatan": [k.as_json() for k in self.kecamatan],
            "sembako_rounds": [dict(r.__dict__) for r in self.rounds],
            "trainings": [dict(b.__dict__) for b in self.batches],
            "offices": [o.as_json() for o in self.offices],
        }


def _name(code: str) -> str:
    if not code or code == DINSOS_CODE:
        return "Dinas Sosial"
    try:
        return wilayah().get(code).name
    except (UserError, KeyError):
        return code


def _sum(code: str, name: str, parts: list[AreaFigures]) -> AreaFigures:
    return AreaFigures(
        code,
        name,
        sum(p.people for p in parts),
        sum(p.households for p in parts),
        sum(p.members for p in parts),
        sum(p.covered for p in parts),
        sum(p.premium for p in parts),
    )


class CityPicture:
    """Read-only figures of the whole city (at the centre) for the window and `sync offices`/`sync city`."""

    def __init__(self, database: Database, jamsos: JamsosService) -> None:
        self._db = database
        self._jamsos = jamsos

    def _require_centre(self) -> None:
        with self._db.read() as tx:
            if require_office_in(tx).kind is not OfficeKind.DINSOS:
                raise UserError(
                    "Gambaran seluruh kota hanya ada di Dinas Sosial (kantor pusat), yang menerima paket "
                    "semua kantor."
                )

    def offices(self, *, actor: Actor, now: datetime | None = None) -> list[OfficeSync]:
        """Each office known here (its keys imported), its last package, and whether it is overdue."""
        actor.require(Role.OPERATOR, "melihat tabel kantor")
        self._require_centre()
        moment = now or utc_now()
        with self._db.read() as tx:
            held = sync_store.held(tx)
            found = []
            for peer in sync_store.peers(tx):
                counts = package_rows.own_counts(tx, peer.code)
                found.append(
                    OfficeSync(
                        peer.code,
                        _name(peer.code),
                        peer.applied_at,
                        peer.applied_to,
                        counts.get("person", 0),
                        counts.get("household", 0),
                        counts.get("jamsos_member", 0),
                        counts.get("sembako_handover", 0),
                        sum(1 for h in held if h.office_code == peer.code),
                        peer.answer_no,
                        peer.applied_at is None or moment - peer.applied_at > STALE_AFTER,
                    )
                )
        return found

    def picture(self, *, actor: Actor, month: YearMonth, now: datetime | None = None) -> CityView:
        actor.require(Role.OPERATOR, "melihat gambaran seluruh kota")
        offices = self.offices(actor=actor, now=now)
        recap = self._jamsos.recap(actor=actor, month=month)
        billed = {total.code: total for total in recap.by_kelurahan}
        with self._db.read() as tx:
            areas = city_queries.area_counts(tx)
            rounds = city_queries.round_progress(tx)
            batches = city_queries.batch_progress(tx)
        places = wilayah()
        by_kecamatan: dict[str, list[AreaFigures]] = {}
        seen = set()
        for area in areas:
            bill = billed.get(area.kelurahan_code)
            seen.add(area.kelurahan_code)
            by_kecamatan.setdefault(area.kelurahan_code[:8], []).append(
                AreaFigures(
                    area.kelurahan_code,
                    _name(area.kelurahan_code),
                    area.people,
                    area.households,
                    area.members,
                    bill.members if bill else 0,
                    bill.amount if bill else 0,
                )
            )
        for code, bill in billed.items():
            if code not in seen:  # members billed whose people are all gone from the listing
                by_kecamatan.setdefault(code[:8], []).append(
                    AreaFigures(code, _name(code), 0, 0, 0, bill.members, bill.amount)
                )
        names = dict(places.kecamatan_names())
        kecamatan = tuple(
            KecamatanFigures(_sum(code, names.get(code, code), parts), tuple(parts))
            for code, parts in sorted(by_kecamatan.items())
        )
        total = _sum("36.74", "Kota Tangerang Selatan", [k.total for k in kecamatan])
        return CityView(str(month), kecamatan, total, tuple(rounds), tuple(batches), tuple(offices))
