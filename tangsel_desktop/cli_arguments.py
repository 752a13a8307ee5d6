"""The command line's arguments, apart from the commands so that starting the window stays light."""

import argparse
from pathlib import Path
from typing import NoReturn

from tangsel_desktop import __version__
from tangsel_desktop.domain.enums import Role


class ArgumentError(Exception):
    """Words on the command line that do not form a command; exit code 1 like any other error."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        command = self.prog.split(" ", 1)[-1]
        raise ArgumentError(
            f"Argumen tidak sesuai ({message}). Lihat: python -m tangsel_desktop {command} --help"
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tangsel-desktop",
        description="Tangsel Desktop: tanpa perintah membuka jendela aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"Tangsel Desktop {__version__}")
    parser.add_argument("--data-dir", help="folder data kantor (atau variabel TANGSEL_DATA_DIR)")
    parser.add_argument("--json", action="store_true", help="cetak tepat satu objek JSON")
    parser.add_argument("--user", help="nama pengguna (kata sandi dari TANGSEL_PASSWORD)")
    parser.add_argument("--demo", action="store_true", help="buka jendela dengan kantor contoh")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    init = commands.add_parser("init", help="pengaturan awal kantor dan administrator pertama")
    init.add_argument("--office", required=True, help="kode kelurahan (36.74.04.1004) atau DINSOS")
    init.add_argument("--admin", required=True, help="nama pengguna administrator")
    init.add_argument("--admin-name", default="", help="nama lengkap administrator")

    users = commands.add_parser("users", help="pengguna kantor").add_subparsers(
        dest="users_command", required=True
    )
    add = users.add_parser("add", help="tambah pengguna (kata sandi dari TANGSEL_NEW_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--full-name", default="")
    users.add_parser("list", help="daftar pengguna")
    reset = users.add_parser("reset-password", help="atur ulang kata sandi (TANGSEL_NEW_PASSWORD)")
    reset.add_argument("name")

    demo = commands.add_parser("demo", help="isi kantor dengan penduduk contoh (sintetis)")
    demo.add_argument("--people", type=int, default=5000)
    demo.add_argument("--seed", type=int, default=2025)

    people = commands.add_parser("people", help="data penduduk").add_subparsers(
        dest="people_command", required=True
    )
    importing = people.add_parser("import", help="impor .xlsx atau .csv")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan")
    exporting = people.add_parser("export", help="ekspor ke .xlsx atau .csv")
    exporting.add_argument("file", type=Path)
    find = people.add_parser("find", help="cari nama, NIK, No. KK atau alamat")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=20)

    commands.add_parser("check", help="periksa keutuhan data dan jejak audit")
    commands.add_parser("backup", help="salin basis data ke folder cadangan (administrator)")
    return parser
