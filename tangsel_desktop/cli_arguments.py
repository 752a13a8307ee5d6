"""The command line's arguments, apart from the commands so that starting the window stays light."""

import argparse
from pathlib import Path
from typing import NoReturn

from tangsel_desktop import __version__
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.jamsos_rules import EndReason


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
    _add_document_commands(commands)
    _add_jamsos_commands(commands)
    return parser


def _add_document_commands(commands: "argparse._SubParsersAction[_Parser]") -> None:
    cards = commands.add_parser("cards", help="cetak kartu penerima manfaat ke PDF (supervisor)")
    cards.add_argument("file", type=Path, help="berkas PDF tujuan")
    cards.add_argument("--all", action="store_true", help="semua penduduk")
    cards.add_argument("--nik", nargs="+", default=[], help="NIK penduduk yang dicetak kartunya")
    # Checked by the service, not by choices=, so a wrong layout gets the Indonesian message.
    cards.add_argument("--layout", default="a4", help="a4 (10 kartu per halaman) atau cr80 (printer kartu)")

    documents = commands.add_parser("documents", help="daftar dokumen resmi dan pemeriksaan kode QR")
    actions = documents.add_subparsers(dest="documents_command", required=True)
    listing = actions.add_parser("list", help="daftar dokumen, terbaru dahulu")
    listing.add_argument("--kind", help="card, receipt, certificate, report (atau kartu, tanda-terima, ...)")
    listing.add_argument("--text", default="", help="sebagian nomor atau nama")
    listing.add_argument("--limit", type=int, default=50)
    verify = actions.add_parser("verify", help="periksa kode QR sebuah dokumen (tanpa --user)")
    verify.add_argument("payload", help="teks kode QR, dalam tanda kutip")

    keys = commands.add_parser("keys", help="kunci tanda tangan kantor").add_subparsers(
        dest="keys_command", required=True
    )
    exporting = keys.add_parser("export", help="simpan kunci publik kantor untuk kantor pusat")
    exporting.add_argument("file", type=Path)
    importing = keys.add_parser("import", help="percayai kunci publik kantor lain (administrator)")
    importing.add_argument("file", type=Path)


def _add_jamsos_commands(commands: "argparse._SubParsersAction[_Parser]") -> None:
    jamsos = commands.add_parser("jamsos", help="Jamsosnaker: iuran BPJS Ketenagakerjaan pekerja rentan")
    actions = jamsos.add_subparsers(dest="jamsos_command", required=True)
    enroll = actions.add_parser("enroll", help="usulkan penduduk sebagai peserta")
    enroll.add_argument("--nik", required=True)
    enroll.add_argument("--occupation", required=True, help="pekerjaan, misalnya pemulung")
    enroll.add_argument("--location", default="", help="lokasi kerja")
    enroll.add_argument("--income", default="1000000", help="penghasilan yang dilaporkan (rupiah)")
    enroll.add_argument("--override", default="", help="alasan pengecualian syarat (supervisor)")
    rate = actions.add_parser("rate", help="tarif iuran baru mulai suatu bulan (administrator)")
    rate.add_argument("--from", dest="effective_from", required=True, help="TTTT-BB")
    rate.add_argument("--jkk", required=True, help="rupiah")
    rate.add_argument("--jkm", required=True, help="rupiah")
    rate.add_argument("--jht", default="0", help="rupiah")
    status = actions.add_parser("status", help="ubah status peserta (supervisor)")
    status.add_argument("--nik", required=True)
    # Checked here, not by choices=, so a wrong word gets the Indonesian message.
    status.add_argument("--to", required=True, help="proposed, verified, submitted, active atau ended")
    status.add_argument("--kpj", help="nomor KPJ (untuk active)")
    status.add_argument("--month", help="bulan pertama (active) atau terakhir (ended), TTTT-BB")
    status.add_argument("--end-reason", help=", ".join(reason.value for reason in EndReason))
    status.add_argument("--reason", default="", help="alasan melewati atau mundur langkah (supervisor)")
    recap = actions.add_parser("recap", help="rekap peserta dan iuran sebulan")
    recap.add_argument("--month", required=True, help="TTTT-BB")
    recap.add_argument(
        "--out", type=Path, help="simpan rekap bertanda tangan ke FILE.pdf atau FILE.xlsx (supervisor)"
    )
