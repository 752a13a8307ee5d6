<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="52"/>
        <source>JKM death claim</source>
        <translation>Klaim kematian JKM</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="57"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="57"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="57"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="57"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="70"/>
        <source>e.g. submitted at the BPJS branch, receipt no. …</source>
        <translation>mis. diajukan di kantor cabang BPJS, tanda terima no. …</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="71"/>
        <source>&amp;Add note</source>
        <translation>&amp;Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="72"/>
        <source>&amp;Checklist…</source>
        <translation>&amp;Daftar berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="73"/>
        <source>Save the family&apos;s claim checklist again and show it</source>
        <translation>Simpan lagi daftar berkas klaim untuk keluarga dan tampilkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="86"/>
        <source>&amp;Stage:</source>
        <translation>Ta&amp;hap:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="115"/>
        <source>Choose a member to see their death claim.</source>
        <translation>Pilih peserta untuk melihat klaim kematiannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="117"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="129"/>
        <source>No death is recorded for this member.</source>
        <translation>Belum ada kematian yang dicatat untuk peserta ini.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="141"/>
        <source>a work accident</source>
        <translation>kecelakaan kerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="141"/>
        <source>not a work accident</source>
        <translation>bukan kecelakaan kerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="143"/>
        <source>{name} died on {date} ({cause}); {months} months of contributions.</source>
        <translation>{name} meninggal pada {date} ({cause}); masa iuran {months} bulan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="149"/>
        <source>JKM benefit {jkm}.</source>
        <translation>Manfaat JKM {jkm}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="151"/>
        <source>Work accident (JKK): {jkk}.</source>
        <translation>Kecelakaan kerja (JKK): {jkk}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="157"/>
        <source>Scholarship for up to 2 children: applies.</source>
        <translation>Beasiswa untuk paling banyak 2 anak: berlaku.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="159"/>
        <source>Scholarship: not yet (needs 36 months).</source>
        <translation>Beasiswa: belum berlaku (perlu 36 bulan).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="161"/>
        <source>Heir: {heir}. Stage: {stage}.</source>
        <translation>Ahli waris: {heir}. Tahap: {stage}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="201"/>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="229"/>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/claim_panel.py" line="253"/>
        <source>Checklist saved: {path}</source>
        <translation>Daftar berkas disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="58"/>
        <source>Record a death</source>
        <translation>Catat kematian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="63"/>
        <source>{name}, NIK {nik}, KPJ {kpj}, covered since {first}.</source>
        <translation>{name}, NIK {nik}, KPJ {kpj}, ditanggung sejak {first}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="73"/>
        <source>YYYY-MM; blank: the month of death</source>
        <translation>TTTT-BB; kosong: bulan meninggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="74"/>
        <source>Died from a &amp;work accident</source>
        <translation>Meninggal karena &amp;kecelakaan kerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="87"/>
        <source>&amp;Record the death</source>
        <translation>&amp;Catat kematian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="89"/>
        <source>&amp;Save and show the checklist…</source>
        <translation>&amp;Simpan dan tampilkan daftar berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="102"/>
        <source>Only supervisors and administrators may record a death.</source>
        <translation>Hanya supervisor dan administrator yang boleh mencatat kematian.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="111"/>
        <source>&amp;Date of death:</source>
        <translation>&amp;Tanggal meninggal:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="112"/>
        <source>&amp;Last covered month:</source>
        <translation>&amp;Bulan terakhir ditanggung:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="113"/>
        <source>&amp;Heir&apos;s name:</source>
        <translation>&amp;Nama ahli waris:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="114"/>
        <source>Heir&apos;s r&amp;elation:</source>
        <translation>H&amp;ubungan ahli waris:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="115"/>
        <source>Heir&apos;s &amp;phone:</source>
        <translation>T&amp;elepon ahli waris:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="169"/>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="213"/>
        <source>Recorded. The membership ended with {month}. JKM benefit {jkm}; {months} months of contributions.</source>
        <translation>Tercatat. Kepesertaan berakhir pada {month}. Manfaat JKM {jkm}; masa iuran {months} bulan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/death_dialog.py" line="240"/>
        <source>Checklist saved: {path}</source>
        <translation>Daftar berkas disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="81"/>
        <source>Only administrators change the program&apos;s settings.</source>
        <translation>Hanya administrator yang mengubah pengaturan program.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="97"/>
        <source>Eligibility rules</source>
        <translation>Syarat kepesertaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="105"/>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="106"/>
        <source>Only residents of this office&apos;s kelurahan</source>
        <translation>Hanya warga kelurahan kantor ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="107"/>
        <source>Save &amp;rules</source>
        <translation>Simpan &amp;syarat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="110"/>
        <source>Highest DTSEN desil:</source>
        <translation>Desil DTSEN tertinggi:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="111"/>
        <source>Youngest age:</source>
        <translation>Umur termuda:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="112"/>
        <source>Oldest age:</source>
        <translation>Umur tertua:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="118"/>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="122"/>
        <source>e.g. juru parkir</source>
        <translation>mis. juru parkir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="123"/>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="124"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="125"/>
        <source>Save &amp;occupations</source>
        <translation>Simpan &amp;pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="144"/>
        <source>Monthly premium per member</source>
        <translation>Iuran bulanan per peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="147"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="147"/>
        <source>Paid by the city</source>
        <translation>Dibayar kota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="153"/>
        <source>YYYY-MM</source>
        <translation>TTTT-BB</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="158"/>
        <source>Add a rate from this &amp;month</source>
        <translation>Tambah tarif mulai &amp;bulan ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="161"/>
        <source>From month:</source>
        <translation>Mulai bulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="164"/>
        <source>JHT (Rp, optional):</source>
        <translation>JHT (Rp, pilihan):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="167"/>
        <source>A rate applies from its month on, never back. A month&apos;s rate cannot be changed.</source>
        <translation>Tarif berlaku mulai bulannya, tidak pernah mundur. Tarif suatu bulan tidak bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="177"/>
        <source>Where families take a death claim</source>
        <translation>Tempat keluarga mengajukan klaim kematian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="180"/>
        <source>Save &amp;text</source>
        <translation>Simpan &amp;teks</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="182"/>
        <source>Printed on the family&apos;s claim checklist.</source>
        <translation>Dicetak pada daftar berkas klaim untuk keluarga.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="277"/>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="304"/>
        <source>Rules saved.</source>
        <translation>Syarat disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="314"/>
        <source>Added to the list; save the occupations to keep it.</source>
        <translation>Ditambahkan ke daftar; simpan pekerjaan agar tersimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="323"/>
        <source>Removed from the list; save the occupations to keep it. Members keep theirs.</source>
        <translation>Dihapus dari daftar; simpan pekerjaan agar tersimpan. Peserta tetap dengan pekerjaannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="330"/>
        <source>Occupations saved.</source>
        <translation>Daftar pekerjaan disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="347"/>
        <source>Rate from {month} added.</source>
        <translation>Tarif mulai {month} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/program_settings_tab.py" line="355"/>
        <source>Text saved.</source>
        <translation>Teks disimpan.</translation>
    </message>
</context>
</TS>
