<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="85"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="86"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="87"/>
        <source>Jamsosnaker</source>
        <translation>Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="88"/>
        <source>Sembako</source>
        <translation>Sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="89"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="90"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="91"/>
        <source>Synchronization</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="92"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/areas.py" line="93"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="25"/>
        <source>Unexpected error — Tangsel Desktop</source>
        <translation>Kesalahan tak terduga — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="38"/>
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
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="55"/>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="84"/>
        <source>Show &amp;details</source>
        <translation>Tampilkan &amp;rincian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="58"/>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="60"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="62"/>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/crash_dialog.py" line="84"/>
        <source>Hide &amp;details</source>
        <translation>Sembunyikan &amp;rincian</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="41"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="43"/>
        <source>Address and telephone of the office</source>
        <translation>Alamat dan telepon kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="45"/>
        <source>Name of the lurah, as it is signed</source>
        <translation>Nama lurah, seperti ditandatangani</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="46"/>
        <source>Save office &amp;lines</source>
        <translation>Simpan &amp;data kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="55"/>
        <source>Save number f&amp;ormat</source>
        <translation>Simpan f&amp;ormat nomor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="67"/>
        <source>Office contact line:</source>
        <translation>Baris kontak kantor:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="68"/>
        <source>Head of office:</source>
        <translation>Kepala kantor:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="70"/>
        <source>Document kind:</source>
        <translation>Jenis dokumen:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="71"/>
        <source>Prefix:</source>
        <translation>Awalan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="72"/>
        <source>Pattern:</source>
        <translation>Pola:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="73"/>
        <source>Example:</source>
        <translation>Contoh:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="76"/>
        <source>A pattern uses {awalan} (the prefix), {kantor} (the office code), {tahun} (the year) and {urut} (the 6-digit serial, once). The serial of the year carries on when the format changes: no number is ever given twice.</source>
        <translation>Pola memakai {awalan}, {kantor} (kode kantor), {tahun} dan {urut} (nomor urut 6 angka, tepat sekali). Nomor urut tahun ini berlanjut saat format diubah: tidak ada nomor yang dipakai dua kali.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="85"/>
        <source>Document numbers</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="126"/>
        <source>(the pattern is not complete)</source>
        <translation>(pola belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="142"/>
        <source>The office lines are saved; the next documents print them.</source>
        <translation>Data kantor tersimpan; dokumen berikutnya mencetaknya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/document_settings_panel.py" line="159"/>
        <source>From now on %1 are numbered like %2.</source>
        <translation>Mulai sekarang %1 bernomor seperti %2.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../tangsel_desktop/ui/guide_window.py" line="61"/>
        <source>Guide — Tangsel Desktop</source>
        <translation>Panduan — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/guide_window.py" line="65"/>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/guide_window.py" line="85"/>
        <source>The guide is missing from this installation.</source>
        <translation>Panduan tidak ada di instalasi ini. Hubungi petugas TI Dinas Sosial.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="66"/>
        <source>Residents</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="67"/>
        <source>Families (KK)</source>
        <translation>Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="68"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="69"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="70"/>
        <source>People with a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="71"/>
        <source>In DTSEN decile 1–4</source>
        <translation>DTSEN desil 1–4</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="92"/>
        <source>No residents registered yet.</source>
        <translation>Belum ada penduduk yang terdaftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="99"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="108"/>
        <source>Residents per kelurahan</source>
        <translation>Penduduk per kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="143"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="167"/>
        <source>%1% of residents</source>
        <translation>%1% dari penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="172"/>
        <source>Updated at %1</source>
        <translation>Diperbarui pukul %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/home_page.py" line="177"/>
        <source>The counts could not be loaded.</source>
        <translation>Angka-angka tidak dapat dimuat.</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/lazy_table_model.py" line="187"/>
        <source>The next rows could not be read; see the log file.</source>
        <translation>Baris berikutnya tidak dapat dibaca; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="40"/>
        <source>Locked — Tangsel Desktop</source>
        <translation>Terkunci — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="49"/>
        <source>The window was locked to protect residents&apos; data. %1, type your password to continue where you left off. Another user may sign in here instead: the work of %1 that has not been saved is then discarded.</source>
        <translation>Jendela dikunci untuk melindungi data warga. %1, ketik kata sandi Anda untuk melanjutkan pekerjaan. Pengguna lain dapat masuk di sini; pekerjaan %1 yang belum disimpan akan dibuang.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="60"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="60"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="63"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="71"/>
        <source>The window is locked</source>
        <translation>Jendela terkunci</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="85"/>
        <source>Type the username and the password.</source>
        <translation>Ketik nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/lock_dialog.py" line="109"/>
        <source>The password could not be checked because of an error; see the log file.</source>
        <translation>Kata sandi tidak dapat diperiksa karena terjadi kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="65"/>
        <source>Sign in — Tangsel Desktop</source>
        <translation>Masuk — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="69"/>
        <source>Social Services Office, South Tangerang City</source>
        <translation>Dinas Sosial Kota Tangerang Selatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="74"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="74"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="88"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="94"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Lupa kata sandi?</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="106"/>
        <source>Tangsel Desktop</source>
        <translation>Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="130"/>
        <source>Demo office. Users: %1. Password for all: %2</source>
        <translation>Kantor demo. Pengguna: %1. Kata sandi semuanya: %2</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="151"/>
        <source>Preparing the demo office: %1 of %2 residents…</source>
        <translation>Menyiapkan kantor demo: %1 dari %2 penduduk…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="161"/>
        <source>Opening the office data…</source>
        <translation>Membuka data kantor…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="184"/>
        <source>Type your username.</source>
        <translation>Tulis nama pengguna Anda.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="193"/>
        <source>Preparing data…</source>
        <translation>Menyiapkan data…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="196"/>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="206"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/login_dialog.py" line="232"/>
        <source>Sign-in failed because of an error; see the log file.</source>
        <translation>Gagal masuk karena kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="62"/>
        <source>Tangsel Desktop — %1</source>
        <translation>Tangsel Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="72"/>
        <source>Areas</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="75"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="119"/>
        <source>Sign &amp;out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Kunci layar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="129"/>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="156"/>
        <source>&amp;About Tangsel Desktop</source>
        <translation>&amp;Tentang Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="159"/>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="167"/>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="174"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="176"/>
        <source>Database server: %1
Folder: %2</source>
        <translation>Server basis data: %1
Folder: %2</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="279"/>
        <source>About Tangsel Desktop</source>
        <translation>Tentang Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/main_window.py" line="281"/>
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
        <location filename="../../tangsel_desktop/ui/messages.py" line="26"/>
        <location filename="../../tangsel_desktop/ui/messages.py" line="31"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/messages.py" line="35"/>
        <source>Cannot continue</source>
        <translation>Tidak dapat melanjutkan</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../tangsel_desktop/ui/operations.py" line="404"/>
        <source>Office details missing</source>
        <translation>Keterangan kantor belum lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/operations.py" line="406"/>
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/operations.py" line="407"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/placeholder_page.py" line="13"/>
        <source>This area is not available yet in this version.</source>
        <translation>Bagian ini belum tersedia pada versi ini.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../tangsel_desktop/ui/widgets/progress_row.py" line="27"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="68"/>
        <source>Office data encrypted — Tangsel Desktop</source>
        <translation>Data kantor terenkripsi — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="77"/>
        <source>The office data was converted to the encrypted form just now. Other users get their key when they next sign in on this computer, or when an administrator resets their password. An administrator keeps the recovery code below.</source>
        <translation>Data kantor baru saja diubah ke bentuk terenkripsi. Pengguna lain mendapat kuncinya saat mereka masuk lagi di komputer ini, atau saat administrator mengatur ulang kata sandinya. Kode pemulihan di bawah disimpan oleh administrator.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="32"/>
        <source>The office data on this computer is encrypted. Every user opens it with their own password. If every administrator forgets their password, this recovery code opens it again (&quot;Forgot password?&quot; at sign-in). Print the sheet, sign it, keep it in the office&apos;s safe, then delete the PDF from this computer. The code is not shown again.</source>
        <translation>Data kantor di komputer ini terenkripsi. Setiap pengguna membukanya dengan kata sandinya sendiri. Bila semua administrator lupa kata sandinya, kode pemulihan ini membukanya kembali (&quot;Lupa kata sandi?&quot; pada jendela masuk). Cetak lembarnya, tanda tangani, simpan di brankas kantor, lalu hapus PDF-nya dari komputer ini. Kode ini tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="39"/>
        <source>Recovery sheet (PDF): %1</source>
        <translation>Lembar Kode Pemulihan (PDF): %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="41"/>
        <source>&amp;Open the PDF to print</source>
        <translation>&amp;Buka PDF untuk dicetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="44"/>
        <source>I have &amp;printed it — continue</source>
        <translation>Sudah &amp;dicetak — lanjutkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_code_view.py" line="53"/>
        <source>Recovery code</source>
        <translation>Kode Pemulihan</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="37"/>
        <source>Forgot password — Tangsel Desktop</source>
        <translation>Lupa kata sandi — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="46"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="51"/>
        <source>Recovery &amp;code</source>
        <translation>&amp;Kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="52"/>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="53"/>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="54"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="61"/>
        <source>&amp;Open the data</source>
        <translation>&amp;Buka data</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="61"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="64"/>
        <source>Open the data with the recovery code</source>
        <translation>Buka data dengan kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="68"/>
        <source>Type the code from the office&apos;s Recovery Code sheet (kept in the safe) and the username of an administrator: that administrator&apos;s password is set anew. The use of the code is recorded in the audit trail.</source>
        <translation>Ketik kode pada lembar Kode Pemulihan kantor (yang disimpan di brankas) dan nama pengguna seorang administrator: kata sandi administrator itu diatur ulang. Pemakaian kode tercatat dalam jejak audit.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="86"/>
        <source>Type the recovery code.</source>
        <translation>Ketik kode pemulihan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="90"/>
        <source>Type the administrator&apos;s username.</source>
        <translation>Tulis nama pengguna administrator.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="94"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="98"/>
        <source>Opening the data…</source>
        <translation>Membuka data…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/recovery_dialog.py" line="116"/>
        <source>Opening failed because of an error; see the log file.</source>
        <translation>Gagal membuka karena kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>ScreenLockPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="22"/>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="25"/>
        <source>The window locks itself when nobody has used the keyboard or the mouse for this many minutes, and asks for the password again (Ctrl+L locks it at once).</source>
        <translation>Jendela terkunci sendiri bila papan ketik dan tetikus tidak dipakai selama sekian menit ini, lalu meminta kata sandi lagi (Ctrl+L menguncinya seketika).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="34"/>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="35"/>
        <source>Idle minutes before the lock</source>
        <translation>Menit tanpa kegiatan sebelum terkunci</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="36"/>
        <source>Save &amp;lock time</source>
        <translation>Simpan waktu &amp;kunci</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock_panel.py" line="58"/>
        <source>The window now locks after %1 idle minutes.</source>
        <translation>Jendela kini terkunci setelah %1 menit tidak dipakai.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/settings_page.py" line="30"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/settings_page.py" line="36"/>
        <source>Office: %1
Data folder: %2
Signed in as: %3 (%4)</source>
        <translation>Kantor: %1
Folder data: %2
Masuk sebagai: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/settings_page.py" line="66"/>
        <source>Users and backups are managed by an administrator. Ask your office&apos;s administrator to add a user, reset a password or make a backup.</source>
        <translation>Pengguna dan cadangan data dikelola oleh administrator. Minta administrator kantor Anda untuk menambah pengguna, mengatur ulang kata sandi, atau membuat cadangan.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="100"/>
        <source>First set-up — Tangsel Desktop</source>
        <translation>Pengaturan awal — Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="104"/>
        <source>Dinas Sosial (central office)</source>
        <translation>Dinas Sosial (kantor pusat)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="107"/>
        <source>Type the kelurahan name…</source>
        <translation>Ketik nama kelurahan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="108"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="110"/>
        <source>&amp;Office where this computer is used</source>
        <translation>&amp;Kantor tempat komputer ini dipakai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="117"/>
        <source>for example: admin.sawah</source>
        <translation>contoh: admin.sawah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="121"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="123"/>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="127"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="128"/>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="129"/>
        <source>&amp;Password</source>
        <translation>Kata s&amp;andi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="130"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="138"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="144"/>
        <source>Welcome to Tangsel Desktop</source>
        <translation>Selamat datang di Tangsel Desktop</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="147"/>
        <source>This computer has no office data yet. Choose the office it serves and create the first administrator account; the administrator can add other users later.</source>
        <translation>Komputer ini belum berisi data kantor. Pilih kantor yang dilayaninya dan buat akun administrator pertama; administrator dapat menambah pengguna lain nanti.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="184"/>
        <source>Choose the office from the list.</source>
        <translation>Pilih kantor dari daftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="187"/>
        <source>Type the administrator&apos;s username.</source>
        <translation>Tulis nama pengguna administrator.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="190"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="193"/>
        <source>Saving and encrypting the office data…</source>
        <translation>Menyimpan dan mengenkripsi data kantor…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/setup_dialog.py" line="230"/>
        <source>Saving failed because of an error; see the log file.</source>
        <translation>Gagal menyimpan karena kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../tangsel_desktop/ui/startup.py" line="173"/>
        <source>The office data could not be opened. The details are in the log file: %1</source>
        <translation>Data kantor tidak dapat dibuka. Rinciannya ada di berkas log: %1</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="41"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="41"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="41"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="51"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="56"/>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="242"/>
        <source>&amp;Deactivate user</source>
        <translation>&amp;Nonaktifkan pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="59"/>
        <source>A deactivated user can no longer sign in; what they did stays in the history.</source>
        <translation>Pengguna nonaktif tidak dapat masuk lagi; semua yang pernah dikerjakannya tetap tercatat.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="66"/>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="75"/>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="81"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="82"/>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="83"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="84"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="85"/>
        <source>Re&amp;peat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="89"/>
        <source>&amp;Add user</source>
        <translation>T&amp;ambah pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="97"/>
        <source>Reset a password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="103"/>
        <source>A new password also unlocks an account locked after wrong tries.</source>
        <translation>Kata sandi baru juga membuka akun yang terkunci karena salah kata sandi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="108"/>
        <source>U&amp;ser</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="109"/>
        <source>New pass&amp;word</source>
        <translation>Kata sandi ba&amp;ru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="110"/>
        <source>Repeat new passwor&amp;d</source>
        <translation>Ulang&amp;i kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="114"/>
        <source>R&amp;eset password</source>
        <translation>Atur ulang kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="122"/>
        <source>Position and NIP for signatures</source>
        <translation>Jabatan dan NIP untuk tanda tangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="126"/>
        <source>e.g. Kasi Kesejahteraan Sosial</source>
        <translation>misalnya Kasi Kesejahteraan Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="129"/>
        <source>18 digits; empty if not a civil servant</source>
        <translation>18 angka; kosongkan bila bukan PNS</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="134"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="135"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="136"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="140"/>
        <source>Sa&amp;ve position and NIP</source>
        <translation>Si&amp;mpan jabatan dan NIP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="169"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="171"/>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="173"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="217"/>
        <source>Saved: %1 signs as %2.</source>
        <translation>Tersimpan: %1 menandatangani sebagai %2.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="242"/>
        <source>Re&amp;activate user</source>
        <translation>Aktifkan &amp;kembali</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="250"/>
        <source>Choose the user in the list.</source>
        <translation>Pilih pengguna di daftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="255"/>
        <source>Deactivate user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="257"/>
        <source>Deactivate %1 (%2)? They can no longer sign in. Everything they did stays in the history, and an administrator can reactivate the account later.</source>
        <translation>Nonaktifkan %1 (%2)? Pengguna ini tidak dapat masuk lagi. Semua yang pernah dikerjakannya tetap tercatat, dan administrator dapat mengaktifkannya kembali nanti.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="262"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="263"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="275"/>
        <source>User %1 is active again.</source>
        <translation>Pengguna %1 aktif kembali.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="277"/>
        <source>User %1 was deactivated; their history is kept.</source>
        <translation>Pengguna %1 dinonaktifkan; riwayatnya tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="290"/>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="329"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="312"/>
        <source>User %1 (%2) was added.</source>
        <translation>Pengguna %1 (%2) ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="203"/>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="326"/>
        <source>Choose the user.</source>
        <translation>Pilih penggunanya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/users_panel.py" line="346"/>
        <source>The password of %1 was reset; the account is unlocked.</source>
        <translation>Kata sandi %1 telah diatur ulang; akunnya tidak terkunci lagi.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../tangsel_desktop/ui/screen_lock.py" line="106"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
</context>
</TS>
