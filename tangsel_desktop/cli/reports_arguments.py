"""The command line's `reports` arguments (kept apart from cli/reports.py so that parsing stays light)."""

import argparse
from pathlib import Path
from typing import Any

REPORTS_COMMAND = "reports"


def add_reports_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    reports = commands.add_parser(
        REPORTS_COMMAND, help="Laporan: daftar laporan, pratinjau, simpan PDF/Excel"
    )
    actions = reports.add_subparsers(dest="reports_command", required=True, metavar="PERINTAH")
    actions.add_parser("list", help="laporan yang ada, dengan pilihan periode dan wilayahnya")
    for name, what in (
        ("show", "angka laporan tanpa menyimpan"),
        ("save", "simpan laporan ke PDF atau Excel"),
    ):
        action = actions.add_parser(name, help=what)
        action.add_argument("report", help="kunci laporan dari `reports list` (misalnya penduduk)")
        if name == "save":
            action.add_argument("file", type=Path, help="berkas tujuan .pdf atau .xlsx")
        action.add_argument("--period", default="", help="bulan TTTT-BB, kode putaran atau angkatan")
        action.add_argument("--area", default="", help="kode kelurahan, atau KODE:RW (laporan penduduk)")
