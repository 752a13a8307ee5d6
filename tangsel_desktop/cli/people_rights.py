"""`people report` and `people erase`: a person's rights under UU PDP from the command line."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.erasure_reasons import ErasureReason
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.services.actor import Actor

if TYPE_CHECKING:
    # Only for hints: cli/arguments.py imports this module, and `python -m tangsel_desktop` parses
    # the arguments before the window's first paint, which must not wait for the services' imports.
    from tangsel_desktop.services.people.people_views import PersonDetail
    from tangsel_desktop.services.service_set import Services

RIGHTS_COMMANDS = frozenset({"report", "erase"})


def add_rights_commands(people: "argparse._SubParsersAction[Any]") -> None:
    report = people.add_parser(
        "report", help="laporan data pribadi seseorang (UU PDP) sebagai PDF (supervisor)"
    )
    report.add_argument("--nik", required=True, help="NIK penduduk")
    report.add_argument("file", metavar="BERKAS.pdf", help="berkas PDF tujuan")
    erase = people.add_parser(
        "erase", help="hapus data pribadi seseorang atas permintaannya (UU PDP; administrator)"
    )
    erase.add_argument("--nik", required=True, help="NIK penduduk")
    choices = ", ".join(reason.value for reason in ErasureReason)
    erase.add_argument("--reason", required=True, help=f"kategori alasan: {choices}")
    erase.add_argument(
        "--yes",
        action="store_true",
        help="benar-benar hapus (tanpa ini: tampilkan saja apa yang akan dihapus)",
    )


def _person(services: "Services", actor: Actor, nik: str) -> "PersonDetail":
    person = services.people.find_by_nik(actor=actor, nik=nik)
    if person is None:
        raise UserError(f"NIK {clean_digits(nik) or nik!r} tidak terdaftar di kantor ini.", field="nik")
    return person


def run_rights_command(
    services: "Services", actor: Actor, args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    person = _person(services, actor, args.nik)
    if args.people_command == "report":
        saved, _ = services.pdp_reports.save(actor=actor, person_id=person.id, target=Path(args.file))
        text = f"Laporan data pribadi {person.full_name} disimpan di {saved.path} ({saved.pages} halaman)."
        return saved.as_json(), text
    plan = services.erasure.plan(actor=actor, person_id=person.id)
    if not plan.allowed:
        raise UserError(plan.refusal())
    lines = [f"Penghapusan data pribadi {plan.full_name} (NIK {plan.nik})", "Yang dihapus:"]
    lines += [f"  - {text}" for text in plan.removed]
    lines += ["Yang disimpan (pertanggungjawaban kantor), tanpa data pribadi:"]
    lines += [f"  - {text}" for text in plan.kept]
    if not args.yes:
        lines.append("Belum ada yang dihapus. Ulangi dengan --yes untuk menghapus.")
        return {"erased": False, "plan": plan.as_json()}, "\n".join(lines)
    done, _ = services.erasure.erase(actor=actor, person_id=person.id, reason=args.reason)
    lines.append(f"Selesai: data pribadi dihapus; {done.redacted_entries} entri audit disamarkan.")
    return {"erased": True, "plan": plan.as_json(), **done.as_json()}, "\n".join(lines)
