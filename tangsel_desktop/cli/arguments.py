"""The command line's arguments, apart from the commands so that starting the window stays light."""

import argparse
from pathlib import Path
from typing import NoReturn

from tangsel_desktop import __version__
from tangsel_desktop.cli import argparse_id
from tangsel_desktop.cli.backup_commands import add_backup_commands
from tangsel_desktop.cli.central import add_central_commands
from tangsel_desktop.cli.people_rights import add_rights_commands
from tangsel_desktop.cli.person_commands import add_person_commands
from tangsel_desktop.cli.reports_arguments import add_reports_commands
from tangsel_desktop.cli.sembako_arguments import add_sembako_commands
from tangsel_desktop.cli.sync import add_sync_commands
from tangsel_desktop.cli.training_arguments import add_training_commands
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.jamsos.membership_rules import EndReason


class ArgumentError(Exception):
    """Words on the command line that do not form a command; exit code 1 like any other error."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # A subcommand's prog is "tangsel-desktop jamsos status"; the top parser's is the program alone.
        command = self.prog.partition(" ")[2]
        where = f"{command} --help" if command else "--help"
        raise ArgumentError(f"Argumen tidak sesuai ({message}). Lihat: python -m tangsel_desktop {where}")


def build_parser() -> argparse.ArgumentParser:
    argparse_id.install()
    parser = _Parser(
        prog="tangsel-desktop",
        description="Tangsel Desktop: tanpa perintah membuka jendela aplikasi.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Tangsel Desktop {__version__}",
        help=argparse_id.VERSION_HELP,
    )
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
        dest="users_command", required=True, metavar="PERINTAH"
    )
    add = users.add_parser("add", help="tambah pengguna (kata sandi dari TANGSEL_NEW_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--full-name", default="")
    users.add_parser("list", help="daftar pengguna")
    users.add_parser(
        "password",
        help="ganti kata sandi Anda sendiri (lama: TANGSEL_PASSWORD, baru: TANGSEL_NEW_PASSWORD)",
    )
    reset = users.add_parser("reset-password", help="atur ulang kata sandi (TANGSEL_NEW_PASSWORD)")
    reset.add_argument("name")
    deactivate = users.add_parser(
        "deactivate", help="nonaktifkan pengguna yang sudah tidak bertugas (riwayatnya tetap tersimpan)"
    )
    deactivate.add_argument("name")
    activate = users.add_parser("activate", help="aktifkan kembali pengguna yang dinonaktifkan")
    activate.add_argument("name")
    profile = users.add_parser("profile", help="jabatan dan NIP untuk blok tanda tangan (administrator)")
    profile.add_argument("name")
    profile.add_argument("--position", help="jabatan, misalnya: Kasi Kesejahteraan Sosial")
    profile.add_argument("--nip", help="NIP 18 angka; kosongkan ('') bila bukan PNS")

    demo = commands.add_parser("demo", help="isi kantor dengan penduduk contoh (sintetis)")
    demo.add_argument("--people", type=int, default=5000)
    demo.add_argument("--seed", type=int, default=2025)

    people = commands.add_parser("people", help="data penduduk").add_subparsers(
        dest="people_command", required=True, metavar="PERINTAH"
    )
    importing = people.add_parser("import", help="impor .xlsx atau .csv")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--replace", action="store_true", help="ganti kunci yang sudah dipercayai untuk kantor itu"
    )
    importing.add_argument("--reason", default="", help="alasan penggantian kunci (wajib dengan --replace)")
    importing.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan")
    exporting = people.add_parser("export", help="ekspor ke .xlsx atau .csv")
    exporting.add_argument("file", type=Path)
    find = people.add_parser("find", help="cari nama, NIK, No. KK atau alamat")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=20)
    photo = people.add_parser("photo", help="foto penduduk untuk kartu: pasang, hapus, atau simpan ke berkas")
    photo.add_argument("--nik", required=True, help="NIK penduduk")
    action = photo.add_mutually_exclusive_group(required=True)
    action.add_argument("--file", type=Path, help="pasang foto dari berkas JPEG/PNG (dipotong tegak 3:4)")
    action.add_argument("--remove", action="store_true", help="hapus foto")
    action.add_argument("--out", type=Path, help="simpan foto ke berkas .jpg (supervisor)")
    add_person_commands(people)
    add_rights_commands(people)

    commands.add_parser("check", help="periksa keutuhan data dan jejak audit")
    recovery = commands.add_parser("recovery", help="kode pemulihan kantor").add_subparsers(
        dest="recovery_command", required=True, metavar="PERINTAH"
    )
    recovery_unlock = recovery.add_parser(
        "unlock",
        help="buka data dengan kode pemulihan; sandi administrator --user diganti (TANGSEL_NEW_PASSWORD)",
    )
    recovery_unlock.add_argument("--code", required=True, help="kode pada lembar Kode Pemulihan")
    add_backup_commands(commands)
    _add_document_commands(commands)
    _add_jamsos_commands(commands)
    add_sembako_commands(commands)
    add_training_commands(commands)
    add_reports_commands(commands)
    add_sync_commands(commands)
    add_central_commands(commands)
    return parser


def _add_document_commands(commands: "argparse._SubParsersAction[_Parser]") -> None:
    cards = commands.add_parser("cards", help="cetak kartu penerima manfaat ke PDF (supervisor)")
    cards.add_argument("file", type=Path, help="berkas PDF tujuan")
    cards.add_argument("--all", action="store_true", help="semua penduduk")
    cards.add_argument("--nik", nargs="+", default=[], help="NIK penduduk yang dicetak kartunya")
    cards.add_argument("--program", help="peserta sebuah program bulan ini: jamsosnaker")
    # Checked by the service, not by choices=, so a wrong layout gets the Indonesian message.
    cards.add_argument("--layout", default="a4", help="a4 (10 kartu per halaman) atau cr80 (printer kartu)")
    cards.add_argument(
        "--yes", action="store_true", help="cetak lebih dari 100 kartu tanpa ditanya (untuk skrip)"
    )

    documents = commands.add_parser("documents", help="daftar dokumen resmi dan pemeriksaan kode QR")
    actions = documents.add_subparsers(dest="documents_command", required=True, metavar="PERINTAH")
    listing = actions.add_parser("list", help="daftar dokumen, terbaru dahulu")
    listing.add_argument("--kind", help="card, receipt, certificate, report (atau kartu, tanda-terima, ...)")
    listing.add_argument("--text", default="", help="sebagian nomor atau nama")
    listing.add_argument("--limit", type=int, default=50)
    verify = actions.add_parser("verify", help="periksa kode QR sebuah dokumen")
    verify.add_argument("payload", help="teks kode QR, dalam tanda kutip")
    voiding = actions.add_parser("void", help="batalkan nomor dokumen yang sudah dicetak (supervisor)")
    voiding.add_argument("number", help="nomor dokumen, misalnya KPM/36.74.04.1004/2026/000123")
    voiding.add_argument("--reason", required=True, help="alasan pembatalan, misalnya: kartu ditarik")
    details = actions.add_parser("office", help="kontak dan kepala kantor pada dokumen (tanpa opsi: lihat)")
    details.add_argument("--contact", help="baris kontak kantor, misalnya alamat dan telepon")
    details.add_argument("--head-name", help="nama kepala kantor (lurah)")
    numbering = actions.add_parser("number-format", help="format nomor per jenis dokumen (tanpa opsi: lihat)")
    numbering.add_argument(
        "--kind", help="card, receipt, certificate, report (atau kartu, tanda-terima, ...)"
    )
    numbering.add_argument("--pattern", help="pola dengan {prefix}, {office}, {year} dan {seq}")
    numbering.add_argument("--prefix", help="awalan 1-10 huruf kapital atau angka, misalnya TT")

    keys = commands.add_parser("keys", help="kunci tanda tangan kantor").add_subparsers(
        dest="keys_command", required=True, metavar="PERINTAH"
    )
    exporting = keys.add_parser(
        "export", help="simpan kunci publik kantor (.json: kunci sinkronisasi; .txt: kunci dokumen saja)"
    )
    exporting.add_argument("file", type=Path)
    importing = keys.add_parser("import", help="percayai kunci publik kantor lain (administrator)")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--replace", action="store_true", help="ganti kunci yang sudah dipercayai untuk kantor itu"
    )
    importing.add_argument("--reason", default="", help="alasan penggantian kunci (wajib dengan --replace)")


def _add_jamsos_commands(commands: "argparse._SubParsersAction[_Parser]") -> None:
    jamsos = commands.add_parser("jamsos", help="Jamsosnaker: iuran BPJS Ketenagakerjaan pekerja rentan")
    actions = jamsos.add_subparsers(dest="jamsos_command", required=True, metavar="PERINTAH")
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
    status.add_argument(
        "--reason",
        default="",
        help="alasan melewati atau mundur langkah, atau koreksi bulan yang rekapnya sudah ditandatangani "
        "(supervisor)",
    )
    recap = actions.add_parser("recap", help="rekap peserta dan iuran sebulan")
    recap.add_argument("--month", required=True, help="TTTT-BB")
    recap.add_argument(
        "--out", type=Path, help="simpan rekap bertanda tangan ke FILE.pdf atau FILE.xlsx (supervisor)"
    )
    bpjs_export = actions.add_parser(
        "bpjs-export", help="daftar peserta diverifikasi untuk BPJS (supervisor)"
    )
    bpjs_export.add_argument("file", type=Path, help="berkas .xlsx yang dibuat")
    bpjs_export.add_argument("--month", help="bulan pertama yang diajukan, TTTT-BB (bawaan: bulan depan)")
    bpjs_export.add_argument(
        "--mark-submitted", action="store_true", help="tandai peserta yang diekspor sebagai 'diajukan'"
    )
    bpjs_import = actions.add_parser("bpjs-import", help="impor jawaban BPJS dan buat laporan rekonsiliasi")
    bpjs_import.add_argument("file", type=Path, help="jawaban BPJS (.xlsx atau .csv)")
    bpjs_import.add_argument("--report", type=Path, help="laporan .xlsx (bawaan: folder reports)")
    bpjs_import.add_argument("--dry-run", action="store_true", help="uji coba: tidak mengubah data")
    members = actions.add_parser("members", help="daftar peserta dengan saringan")
    members.add_argument("--status", help="proposed, verified, submitted, active atau ended")
    members.add_argument("--occupation", help="pekerjaan (nama lengkap, huruf besar/kecil sama)")
    members.add_argument("--rw", help="nomor RW, misalnya 3 atau 003")
    members.add_argument("--month", help="peserta yang ditanggung pada bulan TTTT-BB")
    members.add_argument("--search", help="nama, awal NIK atau nomor KPJ")
    members.add_argument("--limit", type=int, default=200)
    history = actions.add_parser("history", help="riwayat kepesertaan seorang penduduk")
    history.add_argument("--nik", required=True)
    _add_jamsos_claim_commands(actions)


def _add_jamsos_claim_commands(actions: "argparse._SubParsersAction[_Parser]") -> None:
    death = actions.add_parser("death", help="catat kematian peserta dan buka klaim JKM (supervisor)")
    death.add_argument("--nik", required=True)
    death.add_argument("--died-on", required=True, help="tanggal meninggal, TTTT-BB-HH")
    death.add_argument("--month", help="bulan terakhir yang ditanggung, TTTT-BB (bawaan: bulan meninggal)")
    death.add_argument("--work-accident", action="store_true", help="meninggal karena kecelakaan kerja")
    death.add_argument("--heir", default="", help="nama ahli waris")
    death.add_argument("--heir-relation", default="", help="hubungan ahli waris, misalnya istri")
    death.add_argument("--heir-phone", default="", help="telepon ahli waris")
    death.add_argument("--checklist", type=Path, help="tulis daftar berkas klaim ke PDF ini")
    death.add_argument(
        "--reason",
        default="",
        help="alasan koreksi bila bulan itu sudah direkap dan ditandatangani (supervisor)",
    )
    claim = actions.add_parser("claim", help="lihat klaim kematian, atau tambah catatan kemajuan")
    claim.add_argument("--nik", required=True)
    # Checked by the domain, not by choices=, so a wrong word gets the Indonesian message.
    claim.add_argument("--stage", help="checklist_given, documents_complete, submitted, paid atau refused")
    claim.add_argument("--note", default="", help="catatan kemajuan")
    checklist = actions.add_parser("checklist", help="cetak daftar berkas klaim JKM ke PDF")
    checklist.add_argument("--nik", required=True)
    checklist.add_argument("file", type=Path)
    rules = actions.add_parser("rules", help="lihat atau ubah syarat kepesertaan (administrator)")
    rules.add_argument("--max-desil", help="desil DTSEN tertinggi, 1-10")
    rules.add_argument("--min-age", help="umur minimal")
    rules.add_argument("--max-age", help="umur maksimal")
    rules.add_argument("--office-kelurahan-only", help="yes atau no: hanya warga kelurahan kantor")
    rules.add_argument("--kpj-length", help="jumlah angka nomor KPJ (bawaan 11)")
    rules.add_argument(
        "--four-eyes",
        help="yes atau no: pengusul, pemverifikasi dan pengaju harus orang berbeda (bawaan yes)",
    )
    occupations = actions.add_parser("occupations", help="lihat atau ubah daftar pekerjaan (administrator)")
    occupations.add_argument("--add", action="append", default=[], help="tambah pekerjaan (boleh berulang)")
    occupations.add_argument("--remove", action="append", default=[], help="hapus pekerjaan (boleh berulang)")
