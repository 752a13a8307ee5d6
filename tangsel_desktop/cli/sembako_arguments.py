"""The command line's `sembako` arguments: rounds and their lists, evidence, stock, handovers, status."""

import argparse
from pathlib import Path
from typing import Any

SEMBAKO_COMMAND = "sembako"


def add_sembako_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    sembako = commands.add_parser(
        SEMBAKO_COMMAND, help="Sembako: putaran, daftar penerima, stok, serah terima"
    )
    actions = sembako.add_subparsers(dest="sembako_command", required=True, metavar="PERINTAH")

    rounds = actions.add_parser("round", help="putaran pembagian sembako").add_subparsers(
        dest="round_command", required=True, metavar="PERINTAH"
    )
    create = rounds.add_parser("create", help="buat putaran baru (supervisor)")
    create.add_argument("--name", required=True)
    create.add_argument("--month", required=True, help="TTTT-BB")
    create.add_argument(
        "--category",
        action="append",
        required=True,
        help="stunting, tbc, disabilitas atau terpencil (boleh ulang)",
    )
    create.add_argument(
        "--item", action="append", required=True, help='isi paket "Nama,satuan,jumlah,harga" (boleh ulang)'
    )
    create.add_argument("--per", default="family", help="family (per KK, bawaan) atau person")
    create.add_argument(
        "--day", action="append", default=[], help='hari dan tempat "TTTT-BB-HH:Aula Kelurahan"'
    )
    rounds.add_parser("list", help="daftar putaran")
    for name, what in (
        ("propose", "usulkan penerima dari yang memenuhi syarat"),
        ("approve", "setujui dan bekukan daftar (supervisor)"),
        ("close", "tutup putaran (supervisor)"),
        ("show", "isi putaran dan daftarnya"),
    ):
        parser = rounds.add_parser(name, help=what)
        parser.add_argument("--round", required=True, help="kode atau nama putaran")
        if name == "show":
            parser.add_argument("--rw", help="hanya satu RW")
    day = rounds.add_parser("add-day", help="tambah hari dan tempat pembagian (supervisor)")
    day.add_argument("--round", required=True, help="kode atau nama putaran")
    day.add_argument("--day", required=True, help='hari dan tempat "TTTT-BB-HH:Balai RW 05"')
    add = rounds.add_parser("add", help="tambah satu keluarga/orang ke daftar")
    add.add_argument("--round", required=True)
    add.add_argument("--nik", required=True)
    add.add_argument(
        "--reason", default="", help="alasan (wajib sesudah disetujui atau bila tidak memenuhi syarat)"
    )
    remove = rounds.add_parser("remove", help="keluarkan dari daftar dengan alasan")
    remove.add_argument("--round", required=True)
    remove.add_argument("--nik", required=True)
    remove.add_argument("--reason", required=True)

    evidence = actions.add_parser("evidence", help="surat keterangan (stunting, TBC)").add_subparsers(
        dest="evidence_command", required=True, metavar="PERINTAH"
    )
    letter = evidence.add_parser("add", help="catat surat keterangan seorang penduduk")
    letter.add_argument("--nik", required=True)
    letter.add_argument("--category", required=True, help="stunting atau tbc")
    letter.add_argument("--document", required=True, help="nomor dan asal surat")
    letter.add_argument("--from", dest="valid_from", required=True, help="TTTT-BB-HH")
    letter.add_argument("--until", help="TTTT-BB-HH (TBC: akhir pengobatan)")
    letter.add_argument("--child-name", default="", help="nama anak (stunting)")
    letter.add_argument("--child-birth-date", help="tanggal lahir anak TTTT-BB-HH (stunting)")
    ending = evidence.add_parser("ending", help="surat yang berakhir bulan ini: perlu surat baru")
    ending.add_argument("--month", help="TTTT-BB (bawaan: bulan ini)")
    letters = evidence.add_parser("list", help="semua surat seorang penduduk (termasuk yang dicabut)")
    letters.add_argument("--nik", required=True)
    revoke = evidence.add_parser("revoke", help="cabut surat yang salah catat atau sudah tidak berlaku")
    revoke.add_argument("id", help="nomor surat dari `sembako evidence list`")
    revoke.add_argument("--reason", required=True)
    remote = evidence.add_parser("remote-rw", help="tetapkan RW terpencil (supervisor)")
    remote.add_argument("rw")
    remote.add_argument("--note", default="")
    remote.add_argument("--remove", action="store_true", help="bukan lagi RW terpencil")

    stock = actions.add_parser("stock", help="stok paket").add_subparsers(
        dest="stock_command", required=True, metavar="PERINTAH"
    )
    receive = stock.add_parser("receive", help="paket diterima dari Dinas Sosial (supervisor)")
    receive.add_argument("--round", required=True)
    receive.add_argument("--count", type=int, required=True)
    receive.add_argument("--bast", required=True, help="nomor berita acara serah terima")
    receive.add_argument("--from", dest="party", default="Dinas Sosial Kota Tangerang Selatan")
    receive.add_argument("--date", help="TTTT-BB-HH (bawaan: hari ini)")
    for name, what in (("return", "paket dikembalikan"), ("damage", "paket rusak")):
        move = stock.add_parser(name, help=f"{what} (supervisor)")
        move.add_argument("--round", required=True)
        move.add_argument("--count", type=int, required=True)
        move.add_argument("--reason", required=True)
        move.add_argument("--date", help="TTTT-BB-HH (bawaan: hari ini)")

    handover = actions.add_parser("handover", help="catat serah terima paket kepada satu keluarga/orang")
    handover.add_argument("--round", required=True)
    handover.add_argument("--nik", required=True, help="NIK penerima atau anggota keluarganya")
    handover.add_argument("--proxy-name", help="nama wakil (dengan surat kuasa)")
    handover.add_argument("--proxy-nik", help="NIK wakil, bila diketahui")
    handover.add_argument("--relation", help="hubungan wakil dengan penerima")
    handover.add_argument("--thumbprint", action="store_true", help="cap jempol, bukan tanda tangan")
    void = actions.add_parser("void", help="batalkan serah terima (supervisor)")
    void.add_argument("--round", required=True)
    void.add_argument("--nik", required=True)
    void.add_argument("--reason", required=True)
    status = actions.add_parser("status", help="kemajuan putaran: daftar, serah terima, stok")
    status.add_argument("--round", required=True)
    ledger = actions.add_parser("ledger", help="buku serah terima putaran")
    ledger.add_argument("--round", required=True)
    ledger.add_argument("--rw")

    receipts = actions.add_parser("receipts", help="tanda terima serah terima ke PDF (supervisor)")
    receipts.add_argument("--round", required=True)
    receipts.add_argument("file", type=Path)
    receipts.add_argument("--rw", help="hanya satu RW")
    sheet = actions.add_parser("sheet", help="daftar tanda terima satu RW ke PDF (supervisor)")
    sheet.add_argument("--round", required=True)
    sheet.add_argument("--rw", required=True)
    sheet.add_argument("file", type=Path)
    sheet.add_argument("--date", help="hari pembagian TTTT-BB-HH (bawaan: hari pertama putaran)")
    bast = actions.add_parser("bast", help="berita acara serah terima ke Dinas Sosial, PDF (supervisor)")
    bast.add_argument("--round", required=True)
    bast.add_argument("file", type=Path)
    for side, who in (("from", "pihak pertama (kelurahan)"), ("to", "pihak kedua (Dinas Sosial)")):
        bast.add_argument(f"--{side}-name", default="", help=f"nama {who}")
        bast.add_argument(f"--{side}-position", default="", help=f"jabatan {who}")
        bast.add_argument(f"--{side}-nip", default="", help=f"NIP {who}")
    stock_report = stock.add_parser("report", help="laporan stok putaran ke PDF (supervisor)")
    stock_report.add_argument("--round", required=True)
    stock_report.add_argument("file", type=Path)
    report = actions.add_parser("report", help="laporan putaran ke PDF atau Excel (supervisor)")
    report.add_argument("--round", required=True)
    report.add_argument("file", type=Path)
