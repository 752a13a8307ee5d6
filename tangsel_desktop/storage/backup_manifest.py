"""The plain JSON sidecar beside each backup: whose it is, when and why it was made, what it holds, its hash.

The manifest (`<backup>.json`) is what a restore reads before it opens anything: the office, the schema
revision and the row counts to show the administrator, and the sha256 that tells a copy damaged on a USB
stick (truncated, one byte changed) from a good one. It holds no personal data: counts, codes and dates.
A backup is finished only when its manifest is there and names its size: a file without one is never
offered for a restore nor removed by the rotation.
"""

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_SUFFIX = ".json"
KEYS_SUFFIX = ".keys"  # the store's key-slot file, copied byte for byte beside an encrypted backup
FORMAT = 1
_CHUNK = 1 << 20


class ManifestError(Exception):
    """The manifest is missing, unreadable or not a Tangsel Desktop backup's."""


@dataclass(frozen=True)
class BackupManifest:
    office_code: str
    made_at: str  # UTC, ISO 8601
    reason: str  # harian, manual, sebelum-migrasi-0011, sebelum-sinkron, sebelum-pemulihan
    schema_revision: str
    counts: dict[str, int]
    sha256: str
    bytes: int
    encrypted: bool
    app_version: str
    format: int = FORMAT
    kind: str = field(default="tangsel-desktop-backup")

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def keys_path(backup: Path) -> Path:
    return backup.with_name(backup.name + KEYS_SUFFIX)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_private(target: Path, data: bytes, *, partial_suffix: str) -> None:
    """Write under a temporary name, sync, then rename: a kill leaves the old file or the new, never half."""
    temporary = target.with_name(target.name + partial_suffix)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write(backup: Path, manifest: BackupManifest, *, partial_suffix: str) -> Path:
    path = manifest_path(backup)
    text = json.dumps(manifest.as_json(), sort_keys=True, indent=1)
    write_private(path, text.encode("ascii"), partial_suffix=partial_suffix)
    return path


def read(backup: Path) -> BackupManifest:
    """The backup's manifest; ManifestError when there is none or it is not one of ours."""
    path = manifest_path(backup)
    try:
        data = json.loads(path.read_text(encoding="ascii"))
    except FileNotFoundError as error:
        raise ManifestError(f"no manifest {path.name}") from error
    except (OSError, ValueError) as error:
        raise ManifestError(f"unreadable manifest {path.name}: {error}") from error
    if not isinstance(data, dict) or data.get("kind") != "tangsel-desktop-backup":
        raise ManifestError(f"{path.name} is not a Tangsel Desktop backup manifest")
    try:
        return BackupManifest(
            office_code=str(data["office_code"]),
            made_at=str(data["made_at"]),
            reason=str(data["reason"]),
            schema_revision=str(data["schema_revision"]),
            counts={str(name): int(count) for name, count in dict(data["counts"]).items()},
            sha256=str(data["sha256"]),
            bytes=int(data["bytes"]),
            encrypted=bool(data["encrypted"]),
            app_version=str(data["app_version"]),
            format=int(data["format"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ManifestError(f"incomplete manifest {path.name}: {error}") from error


def is_finished(backup: Path) -> bool:
    """A backup's file with its manifest beside it and the size the manifest names: cheap, for listings.

    The full proof (integrity check, counts, hash) ran before the file got its name; a restore repeats it.
    """
    try:
        return backup.is_file() and read(backup).bytes == backup.stat().st_size
    except (ManifestError, OSError):
        return False
