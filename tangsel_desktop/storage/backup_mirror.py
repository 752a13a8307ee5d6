"""A finished backup copied to a second folder (a USB stick), proven by its hash before it gets its name."""

import contextlib
import os
import shutil
from pathlib import Path

from tangsel_desktop.storage import backup_manifest
from tangsel_desktop.storage.backup import PARTIAL, fsync_path, remove_partial_backups, sidecars_of
from tangsel_desktop.storage.backup_rotation import rotate


class MirrorError(Exception):
    """The copy in the second folder did not match the backup; it was deleted."""


def _copy_private(source: Path, target: Path) -> None:
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out, source.open("rb") as handle:
        shutil.copyfileobj(handle, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def mirror_backup(backup: Path, folder: Path) -> Path:
    """Copy the backup and its sidecars into `folder` (which must exist: a stick that is not plugged in
    raises FileNotFoundError, and nothing is created in its place), then rotate the folder."""
    if not folder.is_dir():
        raise FileNotFoundError(f"folder {folder} is not there")
    manifest = backup_manifest.read(backup)
    remove_partial_backups(folder)
    target = folder / backup.name
    partial = target.with_name(target.name + PARTIAL)
    try:
        for sidecar in sidecars_of(backup):
            if sidecar.is_file():
                placed = folder / sidecar.name
                _copy_private(sidecar, placed.with_name(placed.name + PARTIAL))
                os.replace(placed.with_name(placed.name + PARTIAL), placed)
        _copy_private(backup, partial)
        if backup_manifest.sha256_of(partial) != manifest.sha256:
            raise MirrorError(f"copy of {backup.name} in {folder} differs from the backup")
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, *sidecars_of(target)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    with contextlib.suppress(OSError):
        fsync_path(folder)
    rotate(folder)
    return target
