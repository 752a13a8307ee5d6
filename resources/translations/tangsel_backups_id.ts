<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="58"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="61"/>
        <source>A verified copy of the whole database is made every day at the first start, before every update and sync import, and when you press Back up now. The last 7 days, 4 weeks and 12 months are kept. Copies hold personal data: keep the USB stick somewhere safe.</source>
        <translation>Salinan seluruh basis data yang sudah diperiksa dibuat setiap hari saat aplikasi pertama kali dibuka, sebelum setiap pembaruan dan impor sinkronisasi, dan saat Anda menekan Buat cadangan sekarang. Salinan 7 hari, 4 minggu dan 12 bulan terakhir disimpan. Salinan memuat data pribadi: simpan flashdisk di tempat yang aman.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="69"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="69"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="69"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="69"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="69"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="79"/>
        <source>Back up &amp;now</source>
        <translation>Buat &amp;cadangan sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="81"/>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="84"/>
        <source>Restore from a &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="86"/>
        <source>Open backups &amp;folder</source>
        <translation>Buka &amp;folder cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="93"/>
        <source>Second folder (USB stick):</source>
        <translation>Folder kedua (flashdisk):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="96"/>
        <source>&amp;Choose folder…</source>
        <translation>Pi&amp;lih folder…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="98"/>
        <source>No second folder</source>
        <translation>Tanpa folder kedua</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="148"/>
        <source>none (copies stay on this laptop only)</source>
        <translation>tidak ada (salinan hanya di laptop ini)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="154"/>
        <source>%1: not found (plug the USB stick in)</source>
        <translation>%1: tidak ditemukan (pasang flashdisk-nya)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="181"/>
        <source>Backup made: %1 (%2)</source>
        <translation>Cadangan dibuat: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="203"/>
        <source>Second folder for backups</source>
        <translation>Folder kedua untuk cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="220"/>
        <source>From now on every backup is also copied to %1.</source>
        <translation>Mulai sekarang setiap cadangan juga disalin ke %1.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="229"/>
        <source>Restore from a backup file</source>
        <translation>Pulihkan dari berkas cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="231"/>
        <source>Tangsel Desktop backups (tangsel-*.sqlite3)</source>
        <translation>Cadangan Tangsel Desktop (tangsel-*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="262"/>
        <source>The backup could not be read. See the log file.</source>
        <translation>Cadangan tidak dapat dibaca. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="304"/>
        <source>The restore failed. The details are in the log file.</source>
        <translation>Pemulihan gagal. Rinciannya tercatat di berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="313"/>
        <source>Data restored</source>
        <translation>Data dipulihkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_panel.py" line="315"/>
        <source>The office&apos;s data was restored from %1. The data as it was before is kept in %2. Sign in again to go on.</source>
        <translation>Data kantor telah dipulihkan dari %1. Data sebelum pemulihan disimpan di %2. Masuk lagi untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>BackupUnlockDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="24"/>
        <source>Backup from another laptop</source>
        <translation>Cadangan dari laptop lain</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="36"/>
        <source>&amp;Username there</source>
        <translation>&amp;Nama pengguna di sana</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="37"/>
        <source>&amp;Password there</source>
        <translation>&amp;Kata sandi di sana</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="38"/>
        <source>or recovery &amp;code</source>
        <translation>atau kode &amp;pemulihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="44"/>
        <source>&amp;Open the backup</source>
        <translation>&amp;Buka cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="44"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="47"/>
        <source>Open a backup from another laptop</source>
        <translation>Buka cadangan dari laptop lain</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="51"/>
        <source>This backup was made on another laptop of this office, locked with that laptop&apos;s key. Type the username and password used there, or the office&apos;s recovery code. After the restore, everyone signs in with their passwords from that laptop.</source>
        <translation>Cadangan ini dibuat di laptop lain kantor ini dan dikunci dengan kunci laptop itu. Ketik nama pengguna dan kata sandi yang dipakai di sana, atau kode pemulihan kantor. Sesudah pemulihan, semua pengguna masuk dengan kata sandi mereka dari laptop itu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="67"/>
        <source>Type the username and password used on that laptop, or the recovery code.</source>
        <translation>Ketik nama pengguna dan kata sandi yang dipakai di laptop itu, atau kode pemulihan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/backup_unlock_dialog.py" line="70"/>
        <source>Opening the backup…</source>
        <translation>Membuka cadangan…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="38"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="40"/>
        <source>Replace the office&apos;s data with this backup?</source>
        <translation>Ganti data kantor dengan cadangan ini?</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="44"/>
        <source>Backup %1
made %2 (%3)</source>
        <translation>Cadangan %1
dibuat %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="50"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="50"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="50"/>
        <source>In the backup</source>
        <translation>Dalam cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="66"/>
        <source>Everything in the office&apos;s data now is replaced by the backup: what was entered after %1 is no longer in it. A copy of the data as it is now is made first, in the backups folder. After the restore everyone is signed out; sign in again.</source>
        <translation>Seluruh data kantor saat ini diganti dengan isi cadangan: yang dimasukkan sesudah %1 tidak ada lagi. Salinan data saat ini dibuat lebih dahulu di folder cadangan. Sesudah pemulihan semua pengguna keluar; masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="74"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="75"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/backups/restore_dialog.py" line="97"/>
        <source>Restoring… a copy of the current data is made first.</source>
        <translation>Memulihkan… salinan data saat ini dibuat lebih dahulu.</translation>
    </message>
</context>
</TS>
