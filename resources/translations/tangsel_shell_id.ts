<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Jamsosnaker</source>
        <translation>Jamsosnaker</translation>
    </message>
    <message>
        <source>Sembako</source>
        <translation>Sembako</translation>
    </message>
    <message>
        <source>It will record staple-food package aid for families with a stunted child, TB patients, people with disabilities and residents of remote areas, with signed or thumb-printed handovers, numbered receipts and the handover report.</source>
        <translation>Bagian ini akan mencatat bantuan paket sembako bagi keluarga dengan anak stunting, penderita TBC, penyandang disabilitas, dan warga daerah terpencil, dengan serah terima bertanda tangan atau cap jempol, tanda terima bernomor, dan berita acara serah terima.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>It will record the city&apos;s trainings (cake making, massage for blind people, BNSP-certified vocational training) with their participants, results and certificates.</source>
        <translation>Bagian ini akan mencatat pelatihan Pemerintah Kota (membuat kue, pijat tunanetra, pelatihan vokasi bersertifikat BNSP) beserta peserta, hasil, dan sertifikatnya.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>It will exchange encrypted data packages between the kelurahan offices and the Dinas Sosial central office, on a USB stick or by e-mail, without a constant internet connection.</source>
        <translation>Bagian ini akan bertukar paket data terenkripsi antara kantor kelurahan dan kantor pusat Dinas Sosial, lewat flashdisk atau surel, tanpa perlu tersambung ke internet terus-menerus.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>It will compile program reports (beneficiaries, contributions, sembako handovers, trainings) per kelurahan and per period, to print or to export to Excel.</source>
        <translation>Bagian ini akan menyusun laporan program (penerima manfaat, iuran, penyaluran sembako, pelatihan) per kelurahan dan per periode, untuk dicetak atau diekspor ke Excel.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backup</source>
        <translation>Cadangan data</translation>
    </message>
    <message>
        <source>A copy of the whole database is written to the backups folder. Copy that folder to a USB stick regularly, and keep the stick somewhere safe: it holds personal data.</source>
        <translation>Salinan seluruh basis data ditulis ke folder cadangan. Salin folder itu ke flashdisk secara berkala dan simpan flashdisk di tempat yang aman: isinya data pribadi warga.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Buat &amp;cadangan sekarang</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Buka &amp;folder cadangan</translation>
    </message>
    <message>
        <source>Backup made: %1 (%2)</source>
        <translation>Cadangan dibuat: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error — Tangsel Desktop</source>
        <translation>Kesalahan tak terduga — Tangsel Desktop</translation>
    </message>
    <message>
        <source>Tangsel Desktop ran into an unexpected error. Data that was already saved is safe; the last action may not have finished.

The details were written to the log file:
%1

Send this file to the IT officer of Dinas Sosial. You may continue working; if the error comes back, close the application and open it again.</source>
        <translation>Tangsel Desktop mengalami kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman; tindakan terakhir mungkin belum selesai.

Rincian kesalahan ditulis ke berkas log:
%1

Kirimkan berkas itu kepada petugas TI Dinas Sosial. Anda boleh melanjutkan pekerjaan; bila kesalahan muncul lagi, tutup aplikasi lalu buka kembali.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Tampilkan &amp;rincian</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Sembunyikan &amp;rincian</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsPanel</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Address and telephone of the office</source>
        <translation>Alamat dan telepon kantor</translation>
    </message>
    <message>
        <source>Name of the lurah, as it is signed</source>
        <translation>Nama lurah, seperti ditandatangani</translation>
    </message>
    <message>
        <source>Save office &amp;lines</source>
        <translation>Simpan &amp;data kantor</translation>
    </message>
    <message>
        <source>Save number f&amp;ormat</source>
        <translation>Simpan f&amp;ormat nomor</translation>
    </message>
    <message>
        <source>Office contact line:</source>
        <translation>Baris kontak kantor:</translation>
    </message>
    <message>
        <source>Head of office:</source>
        <translation>Kepala kantor:</translation>
    </message>
    <message>
        <source>Document kind:</source>
        <translation>Jenis dokumen:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Awalan:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Pola:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Contoh:</translation>
    </message>
    <message>
        <source>A pattern uses {prefix}, {office}, {year} and {seq} (the 6-digit serial, once). The serial of the year carries on when the format changes: no number is ever given twice.</source>
        <translation>Pola memakai {prefix} (awalan), {office} (kode kantor), {year} (tahun) dan {seq} (nomor urut 6 angka, tepat sekali). Nomor urut tahun ini berlanjut saat format diubah: tidak ada nomor yang dipakai dua kali.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>(the pattern is not complete)</source>
        <translation>(pola belum lengkap)</translation>
    </message>
    <message>
        <source>The office lines are saved; the next documents print them.</source>
        <translation>Data kantor tersimpan; dokumen berikutnya mencetaknya.</translation>
    </message>
    <message>
        <source>From now on %1 are numbered like %2.</source>
        <translation>Mulai sekarang %1 bernomor seperti %2.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Residents</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Families (KK)</source>
        <translation>Keluarga (KK)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>People with a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>In DTSEN decile 1–4</source>
        <translation>DTSEN desil 1–4</translation>
    </message>
    <message>
        <source>No residents registered yet.</source>
        <translation>Belum ada penduduk yang terdaftar.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Residents per kelurahan</source>
        <translation>Penduduk per kelurahan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>%1% of residents</source>
        <translation>%1% dari penduduk</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Diperbarui pukul %1</translation>
    </message>
    <message>
        <source>The counts could not be loaded.</source>
        <translation>Angka-angka tidak dapat dimuat.</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>The next rows could not be read; see the log file.</source>
        <translation>Baris berikutnya tidak dapat dibaca; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Tangsel Desktop</source>
        <translation>Masuk — Tangsel Desktop</translation>
    </message>
    <message>
        <source>Social Services Office, South Tangerang City</source>
        <translation>Dinas Sosial Kota Tangerang Selatan</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>Tangsel Desktop</source>
        <translation>Tangsel Desktop</translation>
    </message>
    <message>
        <source>Demo office. Users: %1. Password for all: %2</source>
        <translation>Kantor demo. Pengguna: %1. Kata sandi semuanya: %2</translation>
    </message>
    <message>
        <source>Preparing the demo office: %1 of %2 residents…</source>
        <translation>Menyiapkan kantor demo: %1 dari %2 penduduk…</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Tulis nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Menyiapkan data…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Sign-in failed because of an error; see the log file.</source>
        <translation>Gagal masuk karena kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tangsel Desktop — %1</source>
        <translation>Tangsel Desktop — %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Tangsel Desktop</source>
        <translation>&amp;Tentang Tangsel Desktop</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>About Tangsel Desktop</source>
        <translation>Tentang Tangsel Desktop</translation>
    </message>
    <message>
        <source>Tangsel Desktop %1

Offline office application for the social protection programs of Dinas Sosial Kota Tangerang Selatan.

Office: %2
Data folder: %3</source>
        <translation>Tangsel Desktop %1

Aplikasi kantor luring untuk program perlindungan sosial Dinas Sosial Kota Tangerang Selatan.

Kantor: %2
Folder data: %3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Tidak dapat melanjutkan</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Office details missing</source>
        <translation>Keterangan kantor belum lengkap</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version.</source>
        <translation>Bagian ini belum tersedia pada versi ini.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Office: %1
Data folder: %2
Signed in as: %3 (%4)</source>
        <translation>Kantor: %1
Folder data: %2
Masuk sebagai: %3 (%4)</translation>
    </message>
    <message>
        <source>Users and backups are managed by an administrator. Ask your office&apos;s administrator to add a user, reset a password or make a backup.</source>
        <translation>Pengguna dan cadangan data dikelola oleh administrator. Minta administrator kantor Anda untuk menambah pengguna, mengatur ulang kata sandi, atau membuat cadangan.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First set-up — Tangsel Desktop</source>
        <translation>Pengaturan awal — Tangsel Desktop</translation>
    </message>
    <message>
        <source>Dinas Sosial (central office)</source>
        <translation>Dinas Sosial (kantor pusat)</translation>
    </message>
    <message>
        <source>Type the kelurahan name…</source>
        <translation>Ketik nama kelurahan…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>&amp;Office where this computer is used</source>
        <translation>&amp;Kantor tempat komputer ini dipakai</translation>
    </message>
    <message>
        <source>for example: admin.sawah</source>
        <translation>contoh: admin.sawah</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata s&amp;andi</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Welcome to Tangsel Desktop</source>
        <translation>Selamat datang di Tangsel Desktop</translation>
    </message>
    <message>
        <source>This computer has no office data yet. Choose the office it serves and create the first administrator account; the administrator can add other users later.</source>
        <translation>Komputer ini belum berisi data kantor. Pilih kantor yang dilayaninya dan buat akun administrator pertama; administrator dapat menambah pengguna lain nanti.</translation>
    </message>
    <message>
        <source>Choose the office from the list.</source>
        <translation>Pilih kantor dari daftar.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s username.</source>
        <translation>Tulis nama pengguna administrator.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Menyiapkan data…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saving failed because of an error; see the log file.</source>
        <translation>Gagal menyimpan karena kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <source>The office data could not be opened. The details are in the log file: %1</source>
        <translation>Data kantor tidak dapat dibuka. Rinciannya ada di berkas log: %1</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>T&amp;ambah pengguna</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>A new password also unlocks an account locked after wrong tries.</source>
        <translation>Kata sandi baru juga membuka akun yang terkunci karena salah kata sandi.</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>Kata sandi ba&amp;ru</translation>
    </message>
    <message>
        <source>Repeat new passwor&amp;d</source>
        <translation>Ulang&amp;i kata sandi baru</translation>
    </message>
    <message>
        <source>R&amp;eset password</source>
        <translation>Atur ulang kata &amp;sandi</translation>
    </message>
    <message>
        <source>Position and NIP for signatures</source>
        <translation>Jabatan dan NIP untuk tanda tangan</translation>
    </message>
    <message>
        <source>e.g. Kasi Kesejahteraan Sosial</source>
        <translation>misalnya Kasi Kesejahteraan Sosial</translation>
    </message>
    <message>
        <source>18 digits; empty if not a civil servant</source>
        <translation>18 angka; kosongkan bila bukan PNS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Sa&amp;ve position and NIP</source>
        <translation>Si&amp;mpan jabatan dan NIP</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Saved: %1 signs as %2.</source>
        <translation>Tersimpan: %1 menandatangani sebagai %2.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>User %1 (%2) was added.</source>
        <translation>Pengguna %1 (%2) ditambahkan.</translation>
    </message>
    <message>
        <source>Choose the user.</source>
        <translation>Pilih penggunanya.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; the account is unlocked.</source>
        <translation>Kata sandi %1 telah diatur ulang; akunnya tidak terkunci lagi.</translation>
    </message>
</context>
</TS>
