<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CentreSyncPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/centre_panel.py" line="25"/>
        <source>Synchronization: Dinas Sosial</source>
        <translation>Sinkronisasi: Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/centre_panel.py" line="29"/>
        <source>&amp;Packages in</source>
        <translation>&amp;Paket masuk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/centre_panel.py" line="32"/>
        <source>&amp;Offices and answers</source>
        <translation>&amp;Kantor dan jawaban</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/centre_panel.py" line="33"/>
        <source>&amp;Findings</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/centre_panel.py" line="34"/>
        <source>&amp;City dashboard</source>
        <translation>&amp;Dasbor kota</translation>
    </message>
</context>
<context>
    <name>CityChartView</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_chart.py" line="30"/>
        <source>People, households and Jamsosnaker members per kecamatan</source>
        <translation>Penduduk, KK, dan peserta Jamsosnaker per kecamatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_chart.py" line="35"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_chart.py" line="36"/>
        <source>Households</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_chart.py" line="37"/>
        <source>Jamsosnaker members</source>
        <translation>Peserta Jamsosnaker</translation>
    </message>
</context>
<context>
    <name>CityTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="76"/>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="83"/>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="84"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="85"/>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="86"/>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="87"/>
        <source>Paid this month</source>
        <translation>Ditanggung bulan ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="88"/>
        <source>Premium</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="97"/>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="112"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="98"/>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="99"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="101"/>
        <source>Listed</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="102"/>
        <source>Handed</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="103"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="104"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="105"/>
        <source>In stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="113"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="114"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="115"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="116"/>
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="117"/>
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="118"/>
        <source>Waiting</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="124"/>
        <source>Per kecamatan and kelurahan</source>
        <translation>Per kecamatan dan kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="125"/>
        <source>Sembako rounds and stock</source>
        <translation>Putaran dan stok sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="126"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="175"/>
        <source>{city}, {month}: {people} people, {households} KK, {members} Jamsosnaker members; the month&apos;s bill to BPJS {premium} for {covered} members.</source>
        <translation>{city}, {month}: {people} penduduk, {households} KK, {members} peserta Jamsosnaker; tagihan BPJS bulan ini {premium} untuk {covered} peserta.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/city_tab.py" line="231"/>
        <source>The figures could not be read; see the log file.</source>
        <translation>Angka tidak dapat dibaca; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="69"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="70"/>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="71"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="75"/>
        <source>Every kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="78"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="80"/>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="82"/>
        <source>Check a&amp;gain</source>
        <translation>Periksa &amp;ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="83"/>
        <source>Look again at every office&apos;s rows</source>
        <translation>Periksa ulang data semua kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="84"/>
        <source>Save &amp;Excel…</source>
        <translation>Simpan &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="85"/>
        <source>The findings as filtered, with the rows they name</source>
        <translation>Temuan sesuai saringan, dengan baris data yang disebutnya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="88"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="89"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="90"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="91"/>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="92"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="94"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="95"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="103"/>
        <source>Note: the reason, or the letter it rests on</source>
        <translation>Catatan: alasan keputusan, atau surat yang menjadi dasarnya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="104"/>
        <source>&amp;Decide</source>
        <translation>&amp;Putuskan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="120"/>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="179"/>
        <source>{count} finding(s) shown.</source>
        <translation>{count} temuan ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="208"/>
        <source>Held by {office}</source>
        <translation>Dipegang oleh {office}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="234"/>
        <source>Finding {number} decided: {decision}.</source>
        <translation>Temuan {number} diputuskan: {decision}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="255"/>
        <source>Checked again: {added} new, {reopened} reopened, {cleared} settled; {open} open.</source>
        <translation>Diperiksa ulang: {added} baru, {reopened} dibuka lagi, {cleared} selesai; {open} terbuka.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="283"/>
        <source>{count} finding(s) saved: {path}</source>
        <translation>{count} temuan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/findings_tab.py" line="292"/>
        <source>The work could not be done; see the log file.</source>
        <translation>Pekerjaan tidak dapat diselesaikan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>OfficeSyncPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="46"/>
        <source>Synchronization with Dinas Sosial</source>
        <translation>Sinkronisasi dengan Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="50"/>
        <source>Package for Dinas Sosial</source>
        <translation>Paket untuk Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="51"/>
        <source>&amp;Write package…</source>
        <translation>&amp;Tulis paket…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="52"/>
        <source>Re-send from se&amp;quence</source>
        <translation>Kirim ulang sejak &amp;urutan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="57"/>
        <source>The changes since the last package, signed and encrypted</source>
        <translation>Perubahan sejak paket terakhir, ditandatangani dan dienkripsi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="58"/>
        <source>When a package was lost: send again from this sequence</source>
        <translation>Bila paket hilang: kirim lagi sejak urutan ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="60"/>
        <source>The package written is summed up here.</source>
        <translation>Ringkasan paket yang ditulis tampil di sini.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="71"/>
        <source>Answer of Dinas Sosial</source>
        <translation>Jawaban Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="72"/>
        <source>&amp;Read answer…</source>
        <translation>&amp;Baca jawaban…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="73"/>
        <source>The acknowledgement, the findings and the reference data</source>
        <translation>Pengakuan urutan, temuan, dan data rujukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="76"/>
        <source>Findings of Dinas Sosial</source>
        <translation>Temuan Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="77"/>
        <source>Findings of Dinas Sosial for this office:</source>
        <translation>Temuan Dinas Sosial untuk kantor ini:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="80"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="81"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="82"/>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="83"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="84"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="137"/>
        <source>Findings of Dinas Sosial for this office: none.</source>
        <translation>Temuan Dinas Sosial untuk kantor ini: tidak ada.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="142"/>
        <source>Findings of Dinas Sosial for this office: {count}. Check each with the data.</source>
        <translation>Temuan Dinas Sosial untuk kantor ini: {count}. Periksa masing-masing dengan datanya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="179"/>
        <source>Package written: {path}. Carry it to Dinas Sosial.</source>
        <translation>Paket ditulis: {path}. Bawa ke Dinas Sosial.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/office_panel.py" line="213"/>
        <source>The work could not be done; see the log file.</source>
        <translation>Pekerjaan tidak dapat diselesaikan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="38"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="39"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="40"/>
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="41"/>
        <source>Sequence</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="42"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="43"/>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="44"/>
        <source>Jamsosnaker</source>
        <translation>Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="45"/>
        <source>Sembako handed</source>
        <translation>Sembako diserahkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="46"/>
        <source>Answer no.</source>
        <translation>Jawaban no.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="47"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="52"/>
        <source>Write &amp;answer for the chosen office…</source>
        <translation>Tulis &amp;jawaban untuk kantor terpilih…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="56"/>
        <source>The acknowledgement, the office&apos;s findings and the reference data, signed</source>
        <translation>Pengakuan urutan, temuan kantor itu, dan data rujukan, ditandatangani</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="58"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="108"/>
        <source>{count} office(s) known here; {late} late (no package for more than {days} days).</source>
        <translation>{count} kantor dikenal di sini; {late} terlambat (tidak ada paket lebih dari {days} hari).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="128"/>
        <source>Choose an office in the table first.</source>
        <translation>Pilih dulu sebuah kantor di tabel.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="149"/>
        <source>Answer no. {number} for {office} written: acknowledges up to {sequence}, {findings} finding(s). File: {path}</source>
        <translation>Jawaban no. {number} untuk {office} ditulis: mengakui sampai urutan {sequence}, {findings} temuan. Berkas: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/offices_tab.py" line="166"/>
        <source>The work could not be done; see the log file.</source>
        <translation>Pekerjaan tidak dapat diselesaikan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="43"/>
        <source>&amp;Read packages…</source>
        <translation>&amp;Baca paket…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="44"/>
        <source>Choose one or many .tsync files at once</source>
        <translation>Pilih satu atau banyak berkas .tsync sekaligus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="49"/>
        <source>Each package is checked (signature, sender, sequence) and applied whole, or refused with the store unchanged. A package that comes after a missing one is held until it arrives.</source>
        <translation>Setiap paket diperiksa (tanda tangan, pengirim, urutan) lalu diterapkan utuh, atau ditolak tanpa mengubah data. Paket yang datang setelah paket yang hilang disimpan dulu sampai paket itu tiba.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="54"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="54"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="54"/>
        <source>Sequences</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="54"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="54"/>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="117"/>
        <source>{count} package(s) read: {applied} applied, {held} held, {refused} refused.</source>
        <translation>{count} paket dibaca: {applied} diterapkan, {held} ditahan, {refused} ditolak.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/packages_tab.py" line="136"/>
        <source>The packages could not be read; see the log file.</source>
        <translation>Paket tidak dapat dibaca; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>SyncCommon</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_common.py" line="26"/>
        <source>Only supervisors and administrators may do this</source>
        <translation>Hanya supervisor dan administrator yang boleh melakukan ini</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_files.py" line="21"/>
        <source>Save the package as</source>
        <translation>Simpan paket sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_files.py" line="30"/>
        <source>Read the offices&apos; packages</source>
        <translation>Baca paket kantor kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_files.py" line="41"/>
        <source>Read the answer of Dinas Sosial</source>
        <translation>Baca jawaban Dinas Sosial</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="27"/>
        <source>Households (KK)</source>
        <translation>Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="28"/>
        <source>KK history</source>
        <translation>Riwayat KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="29"/>
        <source>People</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="30"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="31"/>
        <source>Document register</source>
        <translation>Register dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="32"/>
        <source>Jamsosnaker members</source>
        <translation>Peserta Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="33"/>
        <source>Jamsosnaker status changes</source>
        <translation>Perubahan status Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="34"/>
        <source>Jamsosnaker claims</source>
        <translation>Klaim Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="35"/>
        <source>Sembako rounds</source>
        <translation>Putaran sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="36"/>
        <source>Sembako recipients</source>
        <translation>Penerima sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="37"/>
        <source>Sembako handovers</source>
        <translation>Penyerahan sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="38"/>
        <source>Sembako stock moves</source>
        <translation>Mutasi stok sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="39"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="40"/>
        <source>Training participants</source>
        <translation>Peserta pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="41"/>
        <source>Jamsosnaker rates</source>
        <translation>Tarif Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="42"/>
        <source>Jamsosnaker rules and occupations</source>
        <translation>Aturan dan daftar pekerjaan Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="67"/>
        <source>Office       : {office}</source>
        <translation>Kantor       : {office}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="68"/>
        <source>Sequences    : {start} - {end}</source>
        <translation>Urutan       : {start} - {end}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="71"/>
        <source> (the first package: the whole store)</source>
        <translation> (paket pertama: seluruh data)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="72"/>
        <source>File         : {path} ({size} bytes)</source>
        <translation>Berkas       : {path} ({size} bita)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="75"/>
        <source>Rows         : {rows}</source>
        <translation>Baris        : {rows}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="82"/>
        <source>Deletions    : {rows}</source>
        <translation>Penghapusan  : {rows}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="88"/>
        <source>Nothing changed since the last package: it only says so.</source>
        <translation>Tidak ada perubahan sejak paket terakhir: paket ini hanya memberitahukannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="94"/>
        <source>This answer was already read; nothing changed.</source>
        <translation>Jawaban ini sudah dibaca; tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="95"/>
        <source>Answer no. {number} read: Dinas Sosial acknowledges the sequences up to {sequence}.</source>
        <translation>Jawaban no. {number} dibaca: Dinas Sosial mengakui urutan sampai {sequence}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="103"/>
        <source>Reference data: no change.</source>
        <translation>Data rujukan: tidak ada perubahan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="105"/>
        <source>{what}: {rows} changed</source>
        <translation>{what}: {rows} berubah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="110"/>
        <source>Reference data updated: {parts}.</source>
        <translation>Data rujukan diperbarui: {parts}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="125"/>
        <source>not decided yet</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="136"/>
        <source>Refused: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="142"/>
        <source>Held: the sequences {start} - {end} have not arrived</source>
        <translation>Ditahan: urutan {start} - {end} belum diterima</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="147"/>
        <source>Already applied; nothing changed</source>
        <translation>Sudah diterapkan; tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="149"/>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="152"/>
        <source>, and the held packages {held}</source>
        <translation>, juga paket yang ditahan {held}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="171"/>
        <source>Never sent</source>
        <translation>Belum pernah mengirim</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="173"/>
        <source>Late: {days} days</source>
        <translation>Terlambat: {days} hari</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="175"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="177"/>
        <source>; held: {ranges}</source>
        <translation>; ditahan: {ranges}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="201"/>
        <source>Last change in this store: sequence {sequence}</source>
        <translation>Perubahan terakhir di kantor ini: urutan {sequence}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="204"/>
        <source>Last package sent: up to sequence {sequence}, {when}</source>
        <translation>Paket terakhir terkirim: sampai urutan {sequence}, {when}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="207"/>
        <source>Acknowledged by Dinas Sosial: up to sequence {sequence}, {when}</source>
        <translation>Diakui Dinas Sosial: sampai urutan {sequence}, {when}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sync/sync_texts.py" line="211"/>
        <source>Last answer read: no. {number}</source>
        <translation>Jawaban terakhir dibaca: no. {number}</translation>
    </message>
</context>
</TS>
