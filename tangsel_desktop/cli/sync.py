"""The command line's `sync` commands: an office's package, the centre's import and answer, the status."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tangsel_desktop.cli.sync_centre import CENTRE_ACTIONS, add_centre_commands, run_centre_command
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor

if TYPE_CHECKING:
    # Only for hints: cli/arguments.py imports this module, and `python -m tangsel_desktop` parses
    # the arguments before the window's first paint, which must not wait for the services' imports.
    from tangsel_desktop.services.service_set import Services

SYNC_COMMAND = "sync"
Result = tuple[dict[str, Any], str]


def add_sync_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    sync = commands.add_parser(SYNC_COMMAND, help="sinkronisasi dengan Dinas Sosial (paket, jawaban, status)")
    actions = sync.add_subparsers(dest="sync_command", required=True, metavar="PERINTAH")
    export = actions.add_parser(
        "export", help="kantor: tulis paket perubahan untuk Dinas Sosial (supervisor)"
    )
    export.add_argument("file", type=Path, help="berkas paket tujuan (.tsync)")
    # Checked by the service, not by type=int, so a wrong number gets the Indonesian message.
    export.add_argument("--from", dest="from_sequence", help="kirim ulang sejak urutan N (paket hilang)")
    importing = actions.add_parser(
        "import", help="pusat: baca paket kantor; kantor: baca jawaban Dinas Sosial (supervisor)"
    )
    importing.add_argument("file", type=Path, help="berkas paket (.tsync)")
    answer = actions.add_parser("answer", help="pusat: tulis jawaban untuk sebuah kantor (supervisor)")
    answer.add_argument("--office", required=True, help="kode kelurahan, misalnya 36.74.04.1004")
    answer.add_argument("file", type=Path, help="berkas jawaban tujuan (.tsync)")
    actions.add_parser("status", help="urutan terkirim, diterima, diakui, dan jumlah baris")
    add_centre_commands(actions)  # findings, decide, offices, city (cli/sync_centre.py)


def _from_sequence(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit():
        raise UserError(f"--from harus bilangan bulat 0 atau lebih, bukan {text!r}.")
    return int(text)


def run_sync_command(services: "Services", actor: Actor, args: argparse.Namespace) -> Result:
    """Run one `sync` action for a signed-in user."""
    sync = services.sync
    action = args.sync_command
    if action in CENTRE_ACTIONS:
        return run_centre_command(services, actor, args)
    if action == "export":
        exported, _ = sync.export(
            actor=actor, target=args.file, from_sequence=_from_sequence(args.from_sequence)
        )
        rows = sum(exported.counts.values())
        return exported.as_json(), (
            f"Paket urutan {exported.from_sequence}-{exported.to_sequence} ({rows} baris) disimpan di "
            f"{exported.path}."
        )
    if action == "import":
        result, _ = sync.import_file(actor=actor, source=args.file)
        from tangsel_desktop.services.sync.answers import AnswerApplied

        if isinstance(result, AnswerApplied):
            text = (
                f"Jawaban Dinas Sosial diterapkan: urutan sampai {result.acknowledged_to} diakui, "
                f"{len(result.findings)} temuan."
            )
            if result.already_applied:
                text = "Jawaban ini sudah diterapkan sebelumnya; tidak ada yang berubah."
            return result.as_json(), text
        return result.as_json(), result.message
    if action == "answer":
        written, _ = sync.answer(actor=actor, office_code=args.office, target=args.file)
        return written.as_json(), (
            f"Jawaban untuk {written.office} (mengakui urutan sampai {written.acknowledged_to}, "
            f"{len(written.findings)} temuan) disimpan di {written.path}."
        )
    status = sync.status()
    return status, _status_text(status)


def _status_text(status: dict[str, Any]) -> str:
    if status["role"] == "dinsos":
        lines = [
            f"{office['office']:15} diterima s.d. {office['last_sequence_received']:>8}  "
            f"{office['last_received_at'] or '-':32}  penduduk {office['counts'].get('person', 0)}"
            + (f"  DITAHAN {office['held']}" if office["held"] else "")
            for office in status["offices"]
        ]
        return "\n".join(lines) or "Belum ada kantor yang dikenal."
    return (
        f"Urutan terakhir {status['last_sequence']}, terkirim s.d. {status['last_sequence_sent']}, "
        f"diakui Dinas Sosial s.d. {status['last_sequence_acknowledged']}."
    )
