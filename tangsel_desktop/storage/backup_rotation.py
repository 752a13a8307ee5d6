"""Which backups to keep: grandfather-father-son over the dated names, plus the newest few of each occasion.

Every finished backup is a whole copy of the store at the moment its name carries, so the rotation treats
all of them alike on the calendar: it keeps the newest copy of each of the last 7 days that have one, of
each of the last 4 ISO weeks, of each of the last 12 months. On top of that it keeps the newest few taken
for a reason of their own, which a calendar slot could otherwise swallow: 5 manual copies (an
administrator made them on purpose), 3 taken before a migration, 3 before a sync import, 3 before a
restore. The newest copy is always kept. A file that is not a finished backup (no manifest, a .partial,
a copy of an older version) is never touched.
"""

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tangsel_desktop.storage.backup import backup_name_parts, finished_backups, sidecars_of

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# Reasons (or their first word: sebelum-migrasi-0011) and how many of the newest are kept whatever the date.
KEEP_PER_REASON = {"manual": 5, "sebelum-migrasi": 3, "sebelum-sinkron": 3, "sebelum-pemulihan": 3}


@dataclass(frozen=True)
class Dated:
    path: Path
    at: datetime
    reason: str


def _reason_group(reason: str) -> str:
    return next((group for group in KEEP_PER_REASON if reason.startswith(group)), reason)


def _newest_per_bucket(copies: list[Dated], bucket: str, limit: int) -> set[Path]:
    """The newest copy in each of the `limit` most recent buckets (days, weeks, months) that have one."""
    kept: set[Path] = set()
    seen: set[str] = set()
    for copy in copies:  # newest first
        slot = copy.at.strftime(bucket)
        if slot in seen:
            continue
        if len(seen) == limit:
            break
        seen.add(slot)
        kept.add(copy.path)
    return kept


def to_keep(copies: Iterable[Dated]) -> set[Path]:
    """The copies the policy keeps (see the module's docstring)."""
    ordered = sorted(copies, key=lambda copy: (copy.at, copy.path.name), reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0].path}
    kept |= _newest_per_bucket(ordered, "%Y-%m-%d", KEEP_DAILY)
    kept |= _newest_per_bucket(ordered, "%G-W%V", KEEP_WEEKLY)
    kept |= _newest_per_bucket(ordered, "%Y-%m", KEEP_MONTHLY)
    for group, count in KEEP_PER_REASON.items():
        of_reason = [copy.path for copy in ordered if _reason_group(copy.reason) == group]
        kept.update(of_reason[:count])
    return kept


def dated_backups(folder: Path) -> list[Dated]:
    found = []
    for path in finished_backups(folder):
        parts = backup_name_parts(path)
        if parts is not None:
            found.append(Dated(path, parts[0], parts[1]))
    return found


def rotate(folder: Path) -> list[Path]:
    """Delete the finished backups the policy does not keep (each with its sidecars); returns them."""
    copies = dated_backups(folder)
    keep = to_keep(copies)
    removed = []
    for copy in copies:
        if copy.path in keep:
            continue
        # The backup first: a kill between leaves orphan sidecars (cleaned later), never a backup without one.
        try:
            copy.path.unlink()
        except OSError as error:
            log.warning("old backup %s not removed: %s", copy.path, error)
            continue
        for sidecar in sidecars_of(copy.path):
            with contextlib.suppress(OSError):
                sidecar.unlink()
        removed.append(copy.path)
    if removed:
        log.info("rotation removed %s old backups from %s", len(removed), folder)
    return removed
