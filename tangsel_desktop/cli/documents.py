"""The command line's document commands: cards, the register, checking a QR payload, keys, settings.

`documents verify` exits 0 whenever it could check the payload, valid or not: the answer is in "valid"
(true/false), so scripts read one field instead of telling a forged document from a broken command.
"""

import argparse
import sys
from collections.abc import Callable
from typing import Any

from tangsel_desktop.cli.document_settings import run_number_format, run_office_details
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_service import ALL_PEOPLE
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.service_set import Services

DOCUMENT_COMMANDS = frozenset({"cards", "documents", "keys"})
Result = tuple[dict[str, Any], str]
# Every card takes a register number for good: a run larger than this is asked about first.
CARDS_WITHOUT_ASKING = 100


def _confirm_many_cards(count: int, yes: bool) -> None:
    """Go on with a large run only with --yes or a "ya" typed at a terminal; refuse otherwise."""
    if count <= CARDS_WITHOUT_ASKING or yes:
        return
    question = (
        f"{format_count(count)} kartu akan dicetak dan mengambil {format_count(count)} nomor register "
        "yang tidak dapat dipakai ulang."
    )
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(
            f"{question} Lebih dari {CARDS_WITHOUT_ASKING} kartu: tambahkan --yes untuk melanjutkan "
            "tanpa ditanya."
        )
    sys.stderr.write(f"{question}\nLanjutkan? Ketik ya untuk mencetak: ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in {"ya", "y", "yes"}:
        raise UserError("Dibatalkan: tidak ada kartu yang dicetak.")


def cards_json(result: PrintResult) -> dict[str, Any]:
    """The run in a few fields: thousands of numbers make no JSON a script wants to read."""
    return {
        "documents": result.documents,
        "pages": result.pages,
        "path": str(result.path),
        "count": len(result.numbers),
        "first_number": result.numbers[0] if result.numbers else None,
        "last_number": result.numbers[-1] if result.numbers else None,
        "cancelled": result.cancelled,
    }


def run_document_command(
    services: Services,
    args: argparse.Namespace,
    login: Callable[[], Actor],
    progress: Callable[[int, int], None] | None,
) -> Result:
    """Run cards, documents or keys; login is called only by the commands that need a user."""
    if args.command == "documents" and args.documents_command == "verify":
        # Anyone may check a document: no user, no password.
        check = services.documents.verify(payload=args.payload)
        return check.as_json(), ("SAH. " if check.valid else "TIDAK SAH. ") + check.reason
    actor = login()
    documents = services.documents
    if args.command == "cards":
        if [bool(args.all), bool(args.nik), args.program is not None].count(True) != 1:
            raise UserError(
                "Pilih penduduk: --all untuk semua penduduk, --nik NIK [NIK ...], atau --program "
                "jamsosnaker (salah satu saja)."
            )
        if args.program is not None:
            program = services.programs.parse(args.program)
            people = documents.people_for_cards(actor=actor, limit=ALL_PEOPLE, program=program.code)
            if not people:
                raise UserError(f"Belum ada peserta {program.label} bulan ini; tidak ada kartu yang dicetak.")
        elif args.all:
            people = documents.people_for_cards(actor=actor, limit=ALL_PEOPLE)
        else:
            people = documents.people_by_nik(actor=actor, niks=args.nik)
        if not people:
            raise UserError("Belum ada penduduk terdaftar; tidak ada kartu yang dicetak.")
        _confirm_many_cards(len(people), args.yes)
        result, _ = documents.print_cards(
            actor=actor,
            person_ids=[person.id for person in people],
            target=args.file,
            layout=args.layout,
            progress=progress,
        )
        numbers = f" ({result.numbers[0]} s.d. {result.numbers[-1]})" if result.numbers else ""
        return cards_json(result), (
            f"{format_count(result.documents)} kartu{numbers}, {format_count(result.pages)} halaman: "
            f"{result.path}"
        )
    if args.command == "documents" and args.documents_command == "office":
        return run_office_details(services, actor, args)
    if args.command == "documents" and args.documents_command == "number-format":
        return run_number_format(services, actor, args)
    if args.command == "documents" and args.documents_command == "void":
        voided = documents.void(actor=actor, number=args.number, reason=args.reason)
        return (
            {"number": args.number.strip(), "voided": len(voided)},
            f"Nomor {args.number.strip()} dibatalkan ({len(voided)} dokumen).",
        )
    if args.command == "documents":
        if args.limit < 1:
            raise UserError("--limit harus 1 atau lebih.")
        entries = documents.list_documents(actor=actor, kind=args.kind, text=args.text, limit=args.limit)
        text = "\n".join(
            f"{entry.id:>7}  {entry.number:32}  {entry.status_label:14}  {entry.person_name}"
            + ("  SALINAN: " + entry.reason if entry.is_copy else "")
            for entry in entries
        )
        return {"documents": [entry.as_json() for entry in entries]}, text or "Belum ada dokumen."
    if args.keys_command == "export":
        # Both public keys (signing and sync encryption) and the fingerprint to read over the phone.
        path, fingerprint = services.sync.keys.export_keys(actor=actor, target=args.file)
        return (
            {"path": str(path), "fingerprint": fingerprint},
            f"Kunci publik kantor disimpan di {path}. Sidik jari: {fingerprint}",
        )
    imported, _ = services.sync.keys.import_keys(
        actor=actor, source=args.file, replace=args.replace, reason=args.reason
    )
    return (
        imported.as_json(),
        f"Kunci publik kantor {imported.office} diimpor (sidik jari {imported.fingerprint}).",
    )
