<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BpjsExportPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="40"/>
        <source>1. Send the verified members to BPJS</source>
        <translation>1. Kirim peserta terverifikasi ke BPJS</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="52"/>
        <source>The Excel list holds NIK, name, place and date of birth, sex, address with RT/RW, kelurahan and kecamatan, phone, occupation, income, program and the first month to cover.</source>
        <translation>Daftar Excel berisi NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat dengan RT/RW, kelurahan dan kecamatan, nomor HP, pekerjaan, penghasilan, program dan bulan pertama yang ditanggung.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="62"/>
        <source>First &amp;month to cover:</source>
        <translation>&amp;Bulan pertama ditanggung:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="64"/>
        <source>Mark the exported members as &apos;submitted&apos;</source>
        <translation>Tandai peserta yang diekspor sebagai &apos;diajukan&apos;</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="66"/>
        <source>&amp;Save list as…</source>
        <translation>&amp;Simpan daftar sebagai…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="71"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="102"/>
        <source>{count} member(s) verified and ready to send to BPJS.</source>
        <translation>{count} peserta sudah diverifikasi dan siap dikirim ke BPJS.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="106"/>
        <source>No member is verified and waiting to be sent. Verify proposed members first.</source>
        <translation>Belum ada peserta terverifikasi yang menunggu dikirim. Verifikasi dulu peserta yang diusulkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="174"/>
        <source>{count} member(s) for {month}, program {program}, saved as {path}.</source>
        <translation>{count} peserta untuk {month}, program {program}, disimpan sebagai {path}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="181"/>
        <source>{count} member(s) are now &apos;submitted&apos;.</source>
        <translation>{count} peserta kini berstatus &apos;diajukan&apos;.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_export_panel.py" line="194"/>
        <source>The export failed unexpectedly; see the log file.</source>
        <translation>Ekspor gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>BpjsFiles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_files.py" line="16"/>
        <source>Save the list for BPJS as</source>
        <translation>Simpan daftar untuk BPJS sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_files.py" line="18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_files.py" line="30"/>
        <source>Choose BPJS&apos;s answer</source>
        <translation>Pilih berkas jawaban BPJS</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_files.py" line="32"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>BpjsImportPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="46"/>
        <source>2. Read BPJS&apos;s answer</source>
        <translation>2. Baca jawaban BPJS</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="57"/>
        <source>Columns are found by their header: NIK, NO_KPJ (or KPJ, Nomor KPJ), STATUS (or Status Kepesertaan), BULAN_MULAI (or TMT, Mulai); NAMA is compared when present. Only submitted members whose BPJS status is active are changed; everything else goes to the report.</source>
        <translation>Kolom dikenali dari judulnya: NIK, NO_KPJ (atau KPJ, Nomor KPJ), STATUS (atau Status Kepesertaan), BULAN_MULAI (atau TMT, Mulai); NAMA dicocokkan bila ada. Hanya peserta berstatus diajukan yang status BPJS-nya aktif yang diubah; selebihnya dicatat di laporan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="63"/>
        <source>BPJS&apos;s answer as .xlsx or .csv</source>
        <translation>Jawaban BPJS berupa .xlsx atau .csv</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="64"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="65"/>
        <source>Try first (change nothing)</source>
        <translation>Uji coba dulu (tidak mengubah data)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="67"/>
        <source>&amp;Read answer</source>
        <translation>&amp;Baca jawaban</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="71"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="73"/>
        <source>Open report folder</source>
        <translation>Buka folder laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="74"/>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="101"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="102"/>
        <source>Made active</source>
        <translation>Diaktifkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="103"/>
        <source>Already active</source>
        <translation>Sudah aktif</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="131"/>
        <source>{count} member(s) submitted and waiting for BPJS&apos;s answer.</source>
        <translation>{count} peserta sudah diajukan dan menunggu jawaban BPJS.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="135"/>
        <source>No member is waiting for BPJS&apos;s answer.</source>
        <translation>Tidak ada peserta yang menunggu jawaban BPJS.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="177"/>
        <source>Trying the answer; nothing is changed…</source>
        <translation>Menguji jawaban; tidak ada data yang diubah…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="177"/>
        <source>Reading the answer…</source>
        <translation>Membaca jawaban…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="196"/>
        <source>Stopping; nothing will be changed…</source>
        <translation>Menghentikan; tidak ada data yang akan diubah…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="217"/>
        <source>Trial: {active} member(s) would become active, {found} finding(s) to check. Nothing was changed. Read the report, then choose Import now.</source>
        <translation>Uji coba: {active} peserta akan diaktifkan, {found} temuan perlu diperiksa. Tidak ada data yang diubah. Baca laporannya, lalu pilih Impor sekarang.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="221"/>
        <source>Done: {active} member(s) made active, {found} finding(s) to check in the report.</source>
        <translation>Selesai: {active} peserta diaktifkan, {found} temuan perlu diperiksa di laporan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/bpjs_import_panel.py" line="238"/>
        <source>Reading the answer stopped because of an unexpected error; nothing was changed.</source>
        <translation>Pembacaan jawaban berhenti karena kesalahan tak terduga; tidak ada data yang diubah.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/exchange_tab.py" line="41"/>
        <source>Only supervisors and administrators exchange files with BPJS: the list carries NIKs out of the office and BPJS&apos;s answer makes members active. Ask your supervisor.</source>
        <translation>Hanya supervisor dan administrator yang bertukar berkas dengan BPJS: daftarnya membawa NIK keluar kantor dan jawaban BPJS mengaktifkan peserta. Minta bantuan supervisor Anda.</translation>
    </message>
</context>
</TS>
