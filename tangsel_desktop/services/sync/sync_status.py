"""Where the sync stands: at an office, what it sent and the centre acked; at the centre, each office."""

from datetime import datetime, timedelta
from typing import Any

from tangsel_desktop.domain.enums import OfficeKind
from tangsel_desktop.domain.wilayah import DINSOS_CODE
from tangsel_desktop.services.office_service import require_office_in
from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import package_rows, sync_store

LATE = timedelta(days=31)


def _when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class SyncStatus:
    """Read-only figures for `sync status` and the Sinkronisasi area."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def status(self) -> dict[str, Any]:
        with self._db.read() as tx:
            office = require_office_in(tx)
            if office.kind is OfficeKind.DINSOS:
                held, now = sync_store.held(tx), utc_now()
                offices = [
                    {
                        "office": peer.code,
                        "last_sequence_received": peer.applied_to,
                        "last_received_at": _when(peer.applied_at),
                        "last_sequence_acknowledged": peer.acknowledged_to,
                        # Nothing received for more than a month (or ever): the city's picture flags it.
                        "late": peer.applied_at is None or now - peer.applied_at > LATE,
                        "last_answer": peer.answer_no,
                        "last_answer_at": _when(peer.answer_at),
                        "counts": peer.applied_counts,
                        "held": [
                            [h.from_sequence, h.to_sequence] for h in held if h.office_code == peer.code
                        ],
                    }
                    for peer in sync_store.peers(tx)
                ]
                return {"role": "dinsos", "office": office.code, "offices": offices}
            peer = sync_store.peer(tx, DINSOS_CODE)
            last = change_journal.last_sequence(tx)
            return {
                "role": "kelurahan",
                "office": office.code,
                "last_sequence": last,
                "last_sequence_sent": 0 if peer is None else peer.sent_to,
                "last_sent_at": None if peer is None else _when(peer.sent_at),
                "last_sequence_acknowledged": 0 if peer is None else peer.acknowledged_to,
                "last_acknowledged_at": None if peer is None else _when(peer.acknowledged_at),
                "last_answer": 0 if peer is None else peer.answer_no,
                "findings": [] if peer is None else peer.findings,
                "counts": package_rows.own_counts(tx),
            }
