"""The `backup` and `restore` commands: a verified copy now, or a backup put back after it was shown."""

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.errors import UserError

if TYPE_CHECKING:
    # Only for hints: cli/arguments.py imports this module, and `python -m tangsel_desktop` parses
    # the arguments before the window's first paint, which must not wait for the services' imports.
    from tangsel_desktop.services.actor import Actor
    from tangsel_desktop.services.service_set import Services

BACKUP_COMMANDS = ("backup", "restore")
PASSWORD_VARIABLE = "TANGSEL_PASSWORD"  # noqa: S105 - a variable name, the one sign-in reads
CONFIRM_WORD = "YA"


def add_backup_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    backup = commands.add_parser("backup", help="salin basis data ke folder cadangan (administrator)")
    backup.add_argument("--to", type=Path, help="simpan salinan di folder ini (misalnya flashdisk)")
    restore = commands.add_parser("restore", help="pulihkan data kantor dari berkas cadangan (administrator)")
    restore.add_argument("file", type=Path, help="berkas cadangan tangsel-....sqlite3")
    restore.add_argument("--yes", action="store_true", help="pulihkan tanpa ditanya (untuk skrip)")
    restore.add_argument(
        "--recovery-code",
        default="",
        help="kode pemulihan kantor, untuk cadangan dari laptop lama yang kata sandinya tidak diketahui",
    )


def run_backup_command(
    services: "Services", actor: "Actor", args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    if args.command == "backup":
        view, _ = services.backup.backup_now(actor=actor, to=args.to)
        text = "\n".join([f"Cadangan disimpan di {view.path}", *view.warnings])
        return {
            "file": str(view.path),
            "backup": str(view.path),  # the key scripts read before `file` was added
            "bytes": view.size_bytes,
            "counts": view.counts,
            "warnings": list(view.warnings),
        }, text
    from tangsel_desktop.services.restore_service import BackupUnlock  # the services load only when run

    # A backup from the office's old laptop is keyed with that laptop's key: its own key-slot copy opens
    # it with the same user's password there (TANGSEL_PASSWORD, as at sign-in) or the recovery code.
    unlock = BackupUnlock(
        username=actor.username,
        password=os.environ.get(PASSWORD_VARIABLE, ""),
        recovery_code=args.recovery_code.strip(),
    )
    preview = services.restore.preview(actor=actor, file=args.file, unlock=unlock)
    if not args.yes and not _confirmed(args, preview.text()):
        raise UserError(
            f"{preview.text()}\nData kantor tidak diubah. Untuk memulihkan, jalankan lagi dengan --yes."
        )
    result, _ = services.restore.restore(actor=actor, file=args.file, unlock=unlock)
    return {
        "restored": str(result.preview.file),
        "safety_copy": str(result.safety_copy),
        **result.preview.as_json(),
    }, (
        f"Data kantor dipulihkan dari {result.preview.file.name} "
        f"(dibuat {result.preview.made_at:%d-%m-%Y %H:%M}). Data sebelum pemulihan disalin ke "
        f"{result.safety_copy}."
    )


def _confirmed(args: argparse.Namespace, shown: str) -> bool:
    """Asked on a terminal only; a script (no terminal, or --json) must say --yes."""
    if args.json or not sys.stdin or not sys.stdin.isatty():
        return False
    sys.stdout.write(shown + "\nSemua data kantor saat ini diganti dengan isi cadangan ini.\n")
    sys.stdout.write(f"Ketik {CONFIRM_WORD} untuk memulihkan: ")
    sys.stdout.flush()
    return sys.stdin.readline().strip().upper() == CONFIRM_WORD
