<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="59"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="63"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="59"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="63"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="63"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="63"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="63"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="89"/>
        <source>Oven listrik, Mixer, Stiker merek</source>
        <translation>Oven listrik, Mixer, Stiker merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="91"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="273"/>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="92"/>
        <source>Record &amp;kit</source>
        <translation>Catat &amp;paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="93"/>
        <source>Print kit &amp;receipts</source>
        <translation>Cetak &amp;tanda terima paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="97"/>
        <source>Kit and brand</source>
        <translation>Paket usaha dan merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="99"/>
        <source>Items:</source>
        <translation>Barang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="100"/>
        <source>Brand:</source>
        <translation>Merek:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="109"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="111"/>
        <source>DD-MM-YYYY (optional)</source>
        <translation>HH-BB-TTTT (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="114"/>
        <source>DD-MM-YYYY, when the internship ended</source>
        <translation>HH-BB-TTTT, tanggal magang selesai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="115"/>
        <source>Record &amp;internship</source>
        <translation>Catat &amp;magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="117"/>
        <source>Internship</source>
        <translation>Magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="119"/>
        <source>Host business:</source>
        <translation>Tempat magang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="120"/>
        <source>Starts / ends:</source>
        <translation>Mulai / selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="121"/>
        <source>Supervisor&apos;s name:</source>
        <translation>Nama pembimbing:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="122"/>
        <source>Completed on:</source>
        <translation>Selesai pada:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="126"/>
        <source>Month 3</source>
        <translation>Bulan ke-3</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="127"/>
        <source>Month 6</source>
        <translation>Bulan ke-6</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="128"/>
        <source>&amp;Working</source>
        <translation>Sudah &amp;bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="129"/>
        <source>&amp;Own business</source>
        <translation>&amp;Usaha sendiri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="131"/>
        <source>e.g. 1-2 juta</source>
        <translation>misalnya 1-2 juta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="132"/>
        <source>Record &amp;follow-up</source>
        <translation>Catat pe&amp;mantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="133"/>
        <source>Follow-up</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="139"/>
        <source>Monthly income:</source>
        <translation>Penghasilan sebulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="141"/>
        <source>Selected participants</source>
        <translation>Peserta terpilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="143"/>
        <source>Follow-ups due</source>
        <translation>Pemantauan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="236"/>
        <source>Choose a participant on the left.</source>
        <translation>Pilih peserta di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="242"/>
        <source>{jp} of {total} JP</source>
        <translation>{jp} dari {total} JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="244"/>
        <source>kit: {items}</source>
        <translation>paket: {items}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="246"/>
        <source>brand: {brand}</source>
        <translation>merek: {brand}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="248"/>
        <source>in internship</source>
        <translation>sedang magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="250"/>
        <source>working</source>
        <translation>sudah bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="269"/>
        <source>The brand&apos;s logo</source>
        <translation>Logo merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="273"/>
        <source>Logo: {name}</source>
        <translation>Logo: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="278"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="307"/>
        <source>Choose a participant on the left first.</source>
        <translation>Pilih dulu pesertanya di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="297"/>
        <source>Kit of {name} recorded; receipt {number}.</source>
        <translation>Paket usaha {name} dicatat; tanda terima {number}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="318"/>
        <source>{count} receipt(s), numbers {numbers}: {path}</source>
        <translation>{count} tanda terima, nomor {numbers}: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="353"/>
        <source>Internship of {name} at {host} completed on {day}.</source>
        <translation>Magang {name} di {host} selesai pada {day}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="355"/>
        <source>Internship of {name} at {host} recorded.</source>
        <translation>Magang {name} di {host} dicatat.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="382"/>
        <source>Follow-up of {name}, month {month}, recorded.</source>
        <translation>Pemantauan {name} bulan ke-{month} dicatat.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="86"/>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="90"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="90"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="118"/>
        <source>Accompanied by %1</source>
        <translation>Didampingi %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="43"/>
        <source>Scan the card&apos;s QR code or type the NIK, then Enter</source>
        <translation>Pindai kode QR kartu atau ketik NIK, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="47"/>
        <source>Companion&apos;s name (blind participant)</source>
        <translation>Nama pendamping (peserta tunanetra)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="49"/>
        <source>Relation, e.g. istri</source>
        <translation>Hubungan, misalnya istri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="50"/>
        <source>&amp;Large print</source>
        <translation>Huruf &amp;besar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="51"/>
        <source>Print the day&apos;s &amp;sheet</source>
        <translation>Cetak &amp;daftar hadir hari itu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="60"/>
        <source>Keys: H present, A absent, I excused; arrows move. JP and % are green when the minimum is met, red when not yet.</source>
        <translation>Tombol: H hadir, A absen, I izin; panah untuk berpindah. JP dan % hijau bila kehadiran minimal terpenuhi, merah bila belum.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="65"/>
        <source>At the &amp;door:</source>
        <translation>Di &amp;pintu:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="69"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="76"/>
        <source>&amp;Companion:</source>
        <translation>P&amp;endamping:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="150"/>
        <source>Choose the session day first.</source>
        <translation>Pilih dulu hari sesinya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="185"/>
        <source>{name}: {mark} on {day}; {jp} of {total} JP.</source>
        <translation>{name}: {mark} pada {day}; {jp} dari {total} JP.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="190"/>
        <source>Companion: {name} ({relation}).</source>
        <translation>Pendamping: {name} ({relation}).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="207"/>
        <source>Choose a batch and a session day first.</source>
        <translation>Pilih dulu angkatan dan hari sesinya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="222"/>
        <source>Attendance sheet, {pages} page(s): {path}</source>
        <translation>Daftar hadir, {pages} halaman: {path}</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="34"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Angkatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="36"/>
        <source>No batch yet: a supervisor adds one.</source>
        <translation>Belum ada angkatan: supervisor menambahkannya.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="57"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="57"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="57"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="57"/>
        <source>Min. %</source>
        <translation>Min. %</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="57"/>
        <source>Rules</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="60"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="60"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="60"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="60"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="60"/>
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="83"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="85"/>
        <source>Batches</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="106"/>
        <source>Add a training</source>
        <translation>Tambah pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="109"/>
        <source>General (umum)</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="110"/>
        <source>BNSP certified</source>
        <translation>Bersertifikat BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="116"/>
        <source>e.g. 4 (empty: any)</source>
        <translation>misalnya 4 (kosong: semua)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="120"/>
        <source>e.g. netra (empty: anyone)</source>
        <translation>misalnya netra (kosong: siapa saja)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="121"/>
        <source>Add &amp;training</source>
        <translation>Tambah pe&amp;latihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="124"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="125"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="126"/>
        <source>LSP (BNSP):</source>
        <translation>LSP (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="127"/>
        <source>Scheme (BNSP):</source>
        <translation>Skema (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="128"/>
        <source>Total JP:</source>
        <translation>Jumlah JP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="129"/>
        <source>Minimum attendance %:</source>
        <translation>Kehadiran minimal %:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="130"/>
        <source>Highest desil:</source>
        <translation>Desil tertinggi:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="134"/>
        <source>Age from / to:</source>
        <translation>Umur dari / sampai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="135"/>
        <source>Disability kinds:</source>
        <translation>Jenis disabilitas:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="144"/>
        <source>Add a batch</source>
        <translation>Tambah angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="147"/>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="149"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="151"/>
        <source>02-11-2026:8, 03-11-2026:8 (empty: one a day)</source>
        <translation>02-11-2026:8, 03-11-2026:8 (kosong: satu sesi sehari)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="159"/>
        <source>Add &amp;batch</source>
        <translation>Tambah a&amp;ngkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="162"/>
        <source>Training:</source>
        <translation>Pelatihan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="163"/>
        <source>Starts:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="164"/>
        <source>Ends:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="165"/>
        <source>Sessions (date:JP):</source>
        <translation>Sesi (tanggal:JP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="166"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="167"/>
        <source>Quota:</source>
        <translation>Kuota:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="168"/>
        <source>Organiser:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="169"/>
        <source>Trainers:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="170"/>
        <source>Certificate signatory:</source>
        <translation>Penanda tangan sertifikat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="171"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="172"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="256"/>
        <source>Training &apos;{name}&apos; added.</source>
        <translation>Pelatihan &apos;{name}&apos; ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="303"/>
        <source>&apos;{name}&apos; added: {sessions} session(s), {jp} JP.</source>
        <translation>&apos;{name}&apos; ditambahkan: {sessions} sesi, {jp} JP.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="64"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="73"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="77"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="90"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="64"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="46"/>
        <source>Save the batch report as</source>
        <translation>Simpan laporan angkatan sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="64"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="64"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="73"/>
        <source>Certificate or reason</source>
        <translation>Sertifikat atau alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="77"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="77"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="77"/>
        <source>LSP number</source>
        <translation>Nomor LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="96"/>
        <source>LSP certificate number</source>
        <translation>Nomor sertifikat LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="98"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="99"/>
        <source>Record &amp;result</source>
        <translation>Catat &amp;hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="102"/>
        <source>&amp;Large print (low vision)</source>
        <translation>Huruf &amp;besar (low vision)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="103"/>
        <source>Print &amp;certificates</source>
        <translation>Cetak &amp;sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="105"/>
        <source>Batch report (P&amp;DF)</source>
        <translation>Laporan angkatan (P&amp;DF)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="106"/>
        <source>Batch report (&amp;Excel)</source>
        <translation>Laporan angkatan (&amp;Excel)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="111"/>
        <source>BNSP competency result</source>
        <translation>Hasil uji kompetensi BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="124"/>
        <source>Participation certificates</source>
        <translation>Sertifikat pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="133"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="135"/>
        <source>Competency certificates ending in three months</source>
        <translation>Sertifikat kompetensi yang berakhir dalam tiga bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="169"/>
        <source>LSP {lsp}, scheme {scheme}.</source>
        <translation>LSP {lsp}, skema {scheme}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="173"/>
        <source>A general (umum) course: it has no BNSP assessment.</source>
        <translation>Pelatihan umum: tidak ada uji kompetensi BNSP.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="205"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="240"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="261"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="228"/>
        <source>{name}: {result}, valid until {until}.</source>
        <translation>{name}: {result}, berlaku sampai {until}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="250"/>
        <source>Batch report saved: {path}</source>
        <translation>Laporan angkatan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="280"/>
        <source>{number} (SALINAN)</source>
        <translation>{number} (SALINAN)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="282"/>
        <source>None: {reason}</source>
        <translation>Tidak ada: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="286"/>
        <source>{issued} certificate(s) ({numbers}), {refused} refused; {path}</source>
        <translation>{issued} sertifikat ({numbers}), {refused} tidak diberi; {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="46"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="50"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="46"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="50"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="46"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="50"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="46"/>
        <source>Fits</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="46"/>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="47"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="92"/>
        <source>On the batch</source>
        <translation>Di angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="50"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="68"/>
        <source>NIK (or pick a row)</source>
        <translation>NIK (atau pilih baris)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="72"/>
        <source>Reason for withdrawing</source>
        <translation>Alasan mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="73"/>
        <source>&amp;Propose</source>
        <translation>&amp;Usulkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="74"/>
        <source>&amp;Select</source>
        <translation>Pi&amp;lih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="75"/>
        <source>&amp;Waiting list</source>
        <translation>Daftar &amp;tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="76"/>
        <source>Wit&amp;hdraw</source>
        <translation>Undur &amp;diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="79"/>
        <source>Select up to the quota</source>
        <translation>Pilih sampai kuota penuh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="80"/>
        <source>Put on the waiting list</source>
        <translation>Masukkan ke daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="82"/>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="90"/>
        <source>Candidates from the registry</source>
        <translation>Calon peserta dari data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="129"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="129"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="153"/>
        <source>Quota {quota}: {selected} selected, {waiting} waiting, {proposed} proposed, {withdrawn} withdrawn</source>
        <translation>Kuota {quota}: {selected} terpilih, {waiting} daftar tunggu, {proposed} diusulkan, {withdrawn} mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="167"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="181"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="184"/>
        <source>Next on the waiting list: {name}.</source>
        <translation>Berikutnya di daftar tunggu: {name}.</translation>
    </message>
</context>
<context>
    <name>TrainingHistorySection</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="23"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="47"/>
        <source>{status}; {jp} of {total} JP</source>
        <translation>{status}; {jp} dari {total} JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="52"/>
        <source>certificate {number}</source>
        <translation>sertifikat {number}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="56"/>
        <source>kit: {items}</source>
        <translation>paket: {items}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="58"/>
        <source>brand {brand}</source>
        <translation>merek {brand}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="60"/>
        <source>internship</source>
        <translation>magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="62"/>
        <source>working</source>
        <translation>sudah bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_history.py" line="94"/>
        <source>In no training.</source>
        <translation>Belum pernah ikut pelatihan.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_page.py" line="30"/>
        <source>&amp;Trainings and batches</source>
        <translation>Pelatihan dan &amp;angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_page.py" line="31"/>
        <source>&amp;Participants</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_page.py" line="32"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Kehadiran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_page.py" line="33"/>
        <source>Results and &amp;certificates</source>
        <translation>&amp;Hasil dan sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_page.py" line="34"/>
        <source>&amp;Kit, internship, follow-up</source>
        <translation>Paket, &amp;magang, pemantauan</translation>
    </message>
</context>
<context>
    <name>TrainingProgram</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/program_parts.py" line="26"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/program_parts.py" line="28"/>
        <source>Training batches running</source>
        <translation>Angkatan pelatihan yang berjalan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/program_parts.py" line="29"/>
        <source>Follow-ups due</source>
        <translation>Pemantauan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/program_parts.py" line="34"/>
        <source>&amp;Training participants</source>
        <translation>Peserta pelat&amp;ihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/program_parts.py" line="35"/>
        <source>Add the people selected on a training batch that has started (of the RW, if one is typed); their card&apos;s Program line names the training</source>
        <translation>Tambahkan penduduk yang terpilih pada angkatan pelatihan yang sudah dimulai (di RW itu, bila RW diisi); baris Program pada kartunya menyebut nama pelatihannya</translation>
    </message>
</context>
<context>
    <name>TrainingRoles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/training_common.py" line="28"/>
        <source>Only supervisors and administrators may do this</source>
        <translation>Hanya supervisor dan administrator yang boleh melakukan ini</translation>
    </message>
</context>
</TS>
