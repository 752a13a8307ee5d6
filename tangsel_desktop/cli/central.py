"""The `central` command group: what only Dinas Sosial's administrator runs (moving its store to a server)."""

import argparse
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.actor import Actor

if TYPE_CHECKING:
    from tangsel_desktop.services.service_set import Services

CENTRAL_COMMAND = "central"


def add_central_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    central = commands.add_parser(
        CENTRAL_COMMAND, help="Dinas Sosial: pemindahan data ke server (administrator)"
    )
    actions = central.add_subparsers(dest="central_command", required=True, metavar="PERINTAH")
    move = actions.add_parser(
        "migrate-to-postgres",
        help="salin data Dinas Sosial (berkas SQLite) ke basis data PostgreSQL yang kosong, lalu buktikan",
    )
    move.add_argument("--url", required=True, help="postgresql://pengguna@server:5432/nama_basis_data")


def run_central_command(
    services: "Services", actor: Actor, args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    from tangsel_desktop.services.central_move import CentralMove

    moved = CentralMove(services.database, services.paths).migrate_to_postgres(actor=actor, url=args.url)
    rows = sum(proof.rows for proof in moved.report.tables.values())
    if not moved.report.ok:
        wrong = "; ".join(f"tabel {name}: {why}" for name, why in moved.report.mismatches.items())
        return moved.as_json(), (
            f"Salinan ke {moved.server} TIDAK cocok ({wrong}). Pengaturan kantor tidak diubah; aplikasi "
            "tetap memakai berkas SQLite. Hapus basis data tujuan, periksa servernya, lalu ulangi."
        )
    return moved.as_json(), (
        f"{len(moved.report.tables)} tabel ({format_count(rows)} baris) disalin ke {moved.server} dan cocok "
        f"(jumlah dan hash per tabel). Pengaturan kantor ({moved.settings_file}) kini menunjuk ke server "
        "itu: mulai berikutnya aplikasi membuka PostgreSQL. Berkas SQLite dibiarkan sebagai cadangan."
    )
