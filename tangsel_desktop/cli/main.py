"""Headless commands for staff, scheduled jobs and tests; the same services as the window."""

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from tangsel_desktop.cli.arguments import ArgumentError, build_parser
from tangsel_desktop.cli.backup_commands import BACKUP_COMMANDS, run_backup_command
from tangsel_desktop.cli.central import CENTRAL_COMMAND
from tangsel_desktop.cli.documents import DOCUMENT_COMMANDS, run_document_command
from tangsel_desktop.cli.jamsos import JAMSOS_COMMAND, run_jamsos_command
from tangsel_desktop.cli.people_rights import RIGHTS_COMMANDS, run_rights_command
from tangsel_desktop.cli.person_commands import PERSON_COMMANDS, run_person_command
from tangsel_desktop.cli.reports_arguments import REPORTS_COMMAND
from tangsel_desktop.cli.sembako_arguments import SEMBAKO_COMMAND
from tangsel_desktop.cli.sync import SYNC_COMMAND
from tangsel_desktop.cli.training_arguments import TRAINING_COMMAND
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.log_setup import configure_logging
from tangsel_desktop.paths import DataPaths, locate_data_paths, no_office_message, require_office_folder
from tangsel_desktop.scratch import private_files
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.store_unlock import Unlocked
from tangsel_desktop.storage.store_errors import store_user_error

log = logging.getLogger(__name__)
PASSWORD_VARIABLE = "TANGSEL_PASSWORD"  # noqa: S105 - a variable name, not a password
NEW_PASSWORD_VARIABLE = "TANGSEL_NEW_PASSWORD"  # noqa: S105


class CommandError(Exception):
    """A command's own refusal, reported like a UserError."""


def _password(variable: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(
            f"Kata sandi tidak diberikan: setel variabel {variable} atau jalankan di terminal."
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi kata sandi: ") != value:
        raise CommandError("Kedua kata sandi tidak sama.")
    return value


def _open(paths: DataPaths, args: argparse.Namespace) -> Unlocked:
    """The store opened the one way it can be: set-up (init), the recovery code, or a user's password
    unwrapping the key (services/store_unlock.py); the store stays closed until then."""
    if args.command == "init":
        from tangsel_desktop.services.store_setup import set_up_new_office

        return set_up_new_office(
            paths,
            office_code=args.office,
            admin_username=args.admin,
            admin_full_name=args.admin_name,
            admin_password=_password(NEW_PASSWORD_VARIABLE, "Kata sandi administrator baru: ", confirm=True),
        )
    if not args.user:
        raise CommandError(
            "Perintah ini butuh --user NAMA (kata sandi dari TANGSEL_PASSWORD): data kantor terenkripsi "
            "dan hanya terbuka dengan kata sandi seorang pengguna."
        )
    from tangsel_desktop.services.store_unlock import unlock, unlock_with_code

    if args.command == "recovery":
        return unlock_with_code(
            paths,
            args.code,
            args.user,
            _password(NEW_PASSWORD_VARIABLE, f"Kata sandi baru untuk {args.user}: ", confirm=True),
        )
    return unlock(paths, args.user, _password(PASSWORD_VARIABLE, f"Kata sandi {args.user}: "))


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if args.json or not sys.stderr or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{format_count(done)} / {format_count(total)} baris")
        sys.stderr.flush()

    return show


def run_command(opened: Unlocked, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    """Run one command on the opened store; returns its JSON object and its human-readable text."""
    command = args.command
    services, actor = opened.services, opened.actor
    if services.office.get() is None:
        # A store whose set-up never finished is no office either.
        raise UserError(no_office_message(services.paths))
    if command == "init":
        office = services.office.require()
        if opened.recovery is None:  # the central office on its database server: no key, no recovery code
            return (
                {"office": office.code, "name": office.name, "admin": args.admin, "recovery_code_pdf": None},
                f"Kantor {office.name} siap di server basis data. Administrator: {args.admin}.",
            )
        return (
            {
                "office": office.code,
                "name": office.name,
                "admin": args.admin,
                "recovery_code_pdf": str(opened.recovery.pdf),
            },
            f"Kantor {office.name} siap. Administrator: {args.admin}.\n"
            f"Kode pemulihan ditulis ke {opened.recovery.pdf}: cetak, simpan di brankas kantor, lalu "
            "hapus berkas itu dari laptop.",
        )
    if command == "recovery":
        return (
            {"user": actor.username, "recovered": True},
            f"Data dibuka dengan kode pemulihan; kata sandi baru {actor.username} berlaku sekarang.",
        )
    if command == "check":
        from tangsel_desktop.storage.integrity import check_store

        report = check_store(services.database, services.paths.backups)
        text = "Data utuh." if report.ok else "Ditemukan masalah:\n" + "\n".join(report.problems)
        return (
            {
                "ok": report.ok,
                "problems": list(report.problems),
                "audit_entries": report.audit_entries,
                "people": report.people,
            },
            text,
        )
    if command in DOCUMENT_COMMANDS:
        return run_document_command(services, args, lambda: actor, _progress(args))
    if command == "users":
        return _users(services, actor, args)
    if command == "demo":
        from tangsel_desktop.services.demo.demo_service import DemoService

        result, _ = DemoService(services.database, services.office).fill(
            actor=actor, people=args.people, seed=args.seed, progress=_progress(args)
        )
        return result.as_json(), f"{format_count(result.people)} penduduk contoh ditambahkan."
    if command == "people":
        return _people(services, actor, args)
    if command == JAMSOS_COMMAND:
        return run_jamsos_command(services, actor, args)
    if command == SEMBAKO_COMMAND:
        from tangsel_desktop.cli.sembako import run_sembako_command

        return run_sembako_command(services, actor, args)
    if command == TRAINING_COMMAND:
        from tangsel_desktop.cli.training import run_training_command

        return run_training_command(services, actor, args)
    if command == REPORTS_COMMAND:
        from tangsel_desktop.cli.reports import run_reports_command

        return run_reports_command(services, actor, args)
    if command == SYNC_COMMAND:
        from tangsel_desktop.cli.sync import run_sync_command

        return run_sync_command(services, actor, args)
    if command in BACKUP_COMMANDS:
        return run_backup_command(services, actor, args)
    if command == CENTRAL_COMMAND:
        from tangsel_desktop.cli.central import run_central_command

        return run_central_command(services, actor, args)
    raise CommandError(f"Perintah {command!r} tidak dikenal.")


def _profile(services: Services, actor: Actor, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    """Show a user's position and NIP, or change what is given (an option left out stays as it is)."""
    known = {u.username: u for u in services.auth.list_users(actor=actor)}
    user = known.get(args.name.strip().lower())
    if user is None:
        raise UserError(f"Pengguna {args.name!r} tidak ada.")
    if args.position is not None or args.nip is not None:
        user, _ = services.auth.set_profile(
            actor=actor,
            username=user.username,
            position=user.position if args.position is None else args.position,
            nip=user.nip if args.nip is None else args.nip,
        )
    text = f"{user.username}: jabatan {user.position or '-'}, NIP {user.nip or '-'}"
    return {"user": user.username, "position": user.position, "nip": user.nip}, text


def _users(services: Services, actor: Actor, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    if args.users_command == "add":
        user, _ = services.auth.add_user(
            actor=actor,
            username=args.name,
            full_name=args.full_name,
            role=Role(args.role),
            password=_password(NEW_PASSWORD_VARIABLE, f"Kata sandi baru untuk {args.name}: ", confirm=True),
        )
        return {
            "user": user.username,
            "role": user.role.value,
        }, f"Pengguna {user.username} ditambahkan."
    if args.users_command == "password":
        user, _ = services.auth.change_own_password(
            actor=actor,
            old_password=_password(PASSWORD_VARIABLE, "Kata sandi lama: "),
            new_password=_password(NEW_PASSWORD_VARIABLE, "Kata sandi baru: ", confirm=True),
        )
        return {"user": user.username}, f"Kata sandi {user.username} diganti."
    if args.users_command == "reset-password":
        user, _ = services.auth.reset_password(
            actor=actor,
            username=args.name,
            new_password=_password(
                NEW_PASSWORD_VARIABLE, f"Kata sandi baru untuk {args.name}: ", confirm=True
            ),
        )
        return {"user": user.username}, f"Kata sandi {user.username} diatur ulang."
    if args.users_command in ("deactivate", "activate"):
        active = args.users_command == "activate"
        user, _ = services.auth.set_active(actor=actor, username=args.name, active=active)
        state = "diaktifkan kembali" if active else "dinonaktifkan; riwayatnya tetap tersimpan"
        if active and services.keyring is not None:
            state += "; atur ulang kata sandinya (users reset-password) agar ia dapat membuka data lagi"
        return {"user": user.username, "active": user.active}, f"Pengguna {user.username} {state}."
    if args.users_command == "profile":
        return _profile(services, actor, args)
    users = services.auth.list_users(actor=actor)
    return (
        {
            "users": [
                {
                    "name": u.username,
                    "full_name": u.full_name,
                    "role": u.role.value,
                    "active": u.active,
                    "position": u.position,
                    "nip": u.nip,
                }
                for u in users
            ]
        },
        "\n".join(
            f"{u.username:20} {u.role.label:14} {'aktif' if u.active else 'nonaktif':9} {u.full_name}"
            for u in users
        ),
    )


def _people(services: Services, actor: Actor, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    if args.people_command in PERSON_COMMANDS:
        return run_person_command(services, actor, args)
    if args.people_command in RIGHTS_COMMANDS:
        return run_rights_command(services, actor, args)
    if args.people_command == "find":
        if args.limit < 1:
            raise CommandError("--limit harus 1 atau lebih.")
        rows = services.people.search(actor=actor, text=args.text, limit=args.limit)
        text = "\n".join(
            f"{row.nik}  {row.full_name:40}  {row.kelurahan}  RT {row.rt}/RW {row.rw}" for row in rows
        )
        return {"results": [row.as_json() for row in rows]}, text or "Tidak ada yang cocok."
    if args.people_command == "photo":
        from tangsel_desktop.cli.people_photos import run_photo_command

        return run_photo_command(services, actor, args)
    if args.people_command == "import":
        result, _ = services.people_import.run(
            actor=actor, source=args.file, dry_run=args.dry_run, progress=_progress(args)
        )
        text = (
            f"{'Uji coba (tidak disimpan)' if result.dry_run else 'Impor selesai'}: "
            f"{result.imported} baru, {result.updated} diperbarui, "
            f"{result.unchanged} tidak berubah, {result.rejected} ditolak, "
            f"{result.warnings} peringatan"
            + (f" ({result.other_kelurahan} warga kelurahan lain)" if result.other_kelurahan else "")
            + f". Laporan: {result.report_path}"
        )
        return result.as_json(), text
    result_export, _ = services.people_export.export(actor=actor, target=args.file, progress=_progress(args))
    return result_export.as_json(), f"{result_export.rows} orang diekspor ke {result_export.path}"


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if args.json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    elif text:
        sys.stdout.write(text + "\n")


def run_cli(argv: Sequence[str]) -> int:
    """Run a command; 0 on success, 1 on an error with its message on stderr (or in the JSON)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except ArgumentError as error:
        if "--json" in argv:
            sys.stdout.write(json.dumps({"ok": False, "error": str(error)}, ensure_ascii=False) + "\n")
        else:
            sys.stderr.write(f"Gagal: {error}\n")
        return 1
    paths = locate_data_paths(args.data_dir)
    try:
        _prepare(paths, args)
        opened = _open(paths, args)
        try:
            payload, text = run_command(opened, args)
        finally:
            opened.services.database.dispose()
    except (UserError, CommandError) as error:
        return _refuse(args, error.message if isinstance(error, UserError) else str(error))
    except Exception as error:
        known = store_user_error(error, paths.database)
        if known is not None:
            log.warning("command %s failed: %s", args.command, error)
            return _refuse(args, known.message)
        log.exception("command %s failed", args.command)
        return _refuse(args, f"Terjadi kesalahan program. Rincian tercatat di {paths.log_file}")
    payload.setdefault("ok", True)
    _emit(args, payload, text)
    # A check that found problems is a failure for scripts, though its output is a report.
    return 0 if payload["ok"] else 1


def _prepare(paths: DataPaths, args: argparse.Namespace) -> None:
    """Only init makes a new office: any other command refuses a folder without one, and creates nothing."""
    if args.command != "init":
        require_office_folder(paths)
    private_files()
    try:
        paths.ensure()
        configure_logging(paths, console=not args.json)
    except OSError as error:
        raise store_user_error(error, paths.database) or error from error


def _refuse(args: argparse.Namespace, message: str) -> int:
    # The refusal's words may quote a NIK or a name the clerk typed: the log keeps only that it happened.
    log.info("command %s refused", args.command)
    if args.json:
        _emit(args, {"ok": False, "error": message}, "")
    else:
        sys.stderr.write(f"Gagal: {message}\n")
    return 1
