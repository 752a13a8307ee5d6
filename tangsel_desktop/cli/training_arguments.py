"""The command line's `training` arguments: trainings, batches, participants, attendance, status."""

import argparse
from pathlib import Path
from typing import Any

TRAINING_COMMAND = "training"


def add_training_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    training = commands.add_parser(
        TRAINING_COMMAND, help="Pelatihan: pelatihan, angkatan, peserta, kehadiran"
    )
    actions = training.add_subparsers(dest="training_command", required=True)

    add = actions.add_parser("add", help="tambah pelatihan (supervisor)")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, help="umum atau bnsp")
    add.add_argument("--jp", type=int, required=True, help="jumlah jam pelajaran")
    add.add_argument("--min-attendance", type=int, required=True, help="kehadiran minimal, persen JP")
    add.add_argument("--lsp", default="", help="LSP penguji (bnsp)")
    add.add_argument("--scheme", default="", help="skema sertifikasi (bnsp)")
    add.add_argument("--max-desil", type=int, help="syarat: desil paling tinggi")
    add.add_argument("--min-age", type=int, help="syarat: umur paling rendah")
    add.add_argument("--max-age", type=int, help="syarat: umur paling tinggi")
    add.add_argument(
        "--disability", action="append", default=[], help="syarat: jenis disabilitas (boleh ulang)"
    )
    actions.add_parser("list", help="daftar pelatihan")

    batch = actions.add_parser("batch", help="angkatan pelatihan").add_subparsers(
        dest="batch_command", required=True
    )
    batch_add = batch.add_parser("add", help="tambah angkatan (supervisor)")
    batch_add.add_argument("--training", required=True, help="kode atau nama pelatihan")
    batch_add.add_argument("--start", required=True, help="TTTT-BB-HH")
    batch_add.add_argument("--end", required=True, help="TTTT-BB-HH")
    batch_add.add_argument("--quota", type=int, required=True)
    batch_add.add_argument("--place", required=True)
    batch_add.add_argument("--session", action="append", default=[], help="sesi TTTT-BB-HH:JP (boleh ulang)")
    batch_add.add_argument("--organiser", default="")
    batch_add.add_argument("--trainer", action="append", default=[], help="nama pelatih (boleh ulang)")
    batch_add.add_argument("--signatory-name", default="", help="penandatangan sertifikat")
    batch_add.add_argument("--signatory-position", default="")
    batch_add.add_argument("--signatory-nip", default="")
    batch_list = batch.add_parser("list", help="daftar angkatan")
    batch_list.add_argument("--training")

    candidates = actions.add_parser("candidates", help="penduduk yang memenuhi syarat, dengan alasannya")
    candidates.add_argument("--batch", required=True)
    for name, what in (
        ("enroll", "usulkan peserta"),
        ("select", "pilih peserta dalam kuota (supervisor)"),
        ("wait", "masukkan ke daftar tunggu (supervisor)"),
    ):
        parser = actions.add_parser(name, help=what)
        parser.add_argument("--batch", required=True)
        parser.add_argument("--nik", required=True)
    withdraw = actions.add_parser("withdraw", help="peserta mengundurkan diri, dengan alasan")
    withdraw.add_argument("--batch", required=True)
    withdraw.add_argument("--nik", required=True)
    withdraw.add_argument("--reason", required=True)
    participants = actions.add_parser("participants", help="peserta angkatan")
    participants.add_argument("--batch", required=True)

    attend = actions.add_parser("attend", help="catat kehadiran satu sesi")
    attend.add_argument("--batch", required=True)
    attend.add_argument("--date", required=True, help="TTTT-BB-HH")
    who = attend.add_mutually_exclusive_group(required=True)
    who.add_argument("--nik")
    who.add_argument("--card", help="isi kode QR kartu penerima manfaat yang dipindai")
    attend.add_argument("--status", required=True, help="hadir, absen atau izin")
    attend.add_argument("--companion", default="", help="nama pendamping yang mencatatkan (tunanetra)")
    attend.add_argument("--relation", default="", help="hubungan pendamping dengan peserta")
    status = actions.add_parser("status", help="kemajuan angkatan")
    status.add_argument("--batch", required=True)
    result = actions.add_parser("result", help="catat hasil uji kompetensi BNSP (supervisor)")
    result.add_argument("--batch", required=True)
    result.add_argument("--nik", required=True)
    result.add_argument("--result", required=True, help="kompeten atau belum-kompeten")
    result.add_argument("--lsp-number", required=True, help="nomor sertifikat dari LSP")
    result.add_argument("--date", required=True, help="tanggal sertifikat LSP TTTT-BB-HH")
    actions.add_parser("expiring", help="sertifikat kompetensi yang berakhir dalam tiga bulan")
    certificates = actions.add_parser(
        "certificates", help="sertifikat pelatihan angkatan ke PDF (supervisor)"
    )
    certificates.add_argument("--batch", required=True)
    certificates.add_argument("file", type=Path)
    certificates.add_argument("--large-print", action="store_true", help="huruf besar untuk semua peserta")
    kit = actions.add_parser(
        "kit", help="catat paket usaha yang diserahkan, dengan tanda terima (supervisor)"
    )
    kit.add_argument("--batch", required=True)
    kit.add_argument("--nik", required=True)
    kit.add_argument("--item", action="append", required=True, help="barang yang diserahkan (boleh ulang)")
    kit.add_argument("--brand", default="", help="nama merek usaha peserta")
    kit.add_argument("--logo", type=Path, help="berkas logo merek (PNG atau JPEG)")
    receipts = actions.add_parser("kit-receipts", help="tanda terima paket usaha ke PDF (supervisor)")
    receipts.add_argument("--batch", required=True)
    receipts.add_argument("file", type=Path)
    receipts.add_argument("--nik", help="hanya satu peserta")
    internship = actions.add_parser("internship", help="catat magang peserta (supervisor)")
    internship.add_argument("--batch", required=True)
    internship.add_argument("--nik", required=True)
    internship.add_argument("--host", required=True, help="usaha tempat magang")
    internship.add_argument("--start", required=True, help="TTTT-BB-HH")
    internship.add_argument("--end", help="TTTT-BB-HH rencana selesai")
    internship.add_argument("--supervisor", default="", help="nama pembimbing di tempat magang")
    internship.add_argument("--completed", help="TTTT-BB-HH magang selesai")
    follow = actions.add_parser("follow-up", help="catat pemantauan bulan ke-3 atau ke-6")
    follow.add_argument("--batch", required=True)
    follow.add_argument("--nik", required=True)
    follow.add_argument("--month", type=int, required=True, help="3 atau 6")
    follow.add_argument("--working", required=True, help="yes atau no")
    follow.add_argument("--own-business", default="no", help="yes atau no: usaha sendiri")
    follow.add_argument("--income-band", default="", help="penghasilan sebulan, misalnya: 1-3 juta")
    actions.add_parser("follow-ups-due", help="pemantauan yang sudah jatuh tempo")
    report = actions.add_parser("report", help="laporan angkatan ke PDF atau Excel (supervisor)")
    report.add_argument("--batch", required=True)
    report.add_argument("file", type=Path)
    sheet = actions.add_parser("sheet", help="daftar hadir satu sesi ke PDF, untuk ditandatangani")
    sheet.add_argument("--batch", required=True)
    sheet.add_argument("--date", required=True, help="hari sesi TTTT-BB-HH")
    sheet.add_argument("file", type=Path)
    sheet.add_argument("--large-print", action="store_true", help="huruf besar")
    grid = actions.add_parser("attendance", help="daftar hadir angkatan: peserta x sesi")
    grid.add_argument("--batch", required=True)
