<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="44"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="48"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="44"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="48"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="48"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="48"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="48"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="69"/>
        <source>Oven listrik, Mixer, Stiker merek</source>
        <translation>Oven listrik, Mixer, Stiker merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="71"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="228"/>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="72"/>
        <source>Record &amp;kit</source>
        <translation>Catat &amp;paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="75"/>
        <source>Kit and brand</source>
        <translation>Paket usaha dan merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="77"/>
        <source>Items:</source>
        <translation>Barang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="78"/>
        <source>Brand:</source>
        <translation>Merek:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="86"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="88"/>
        <source>DD-MM-YYYY (optional)</source>
        <translation>HH-BB-TTTT (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="90"/>
        <source>Record &amp;internship</source>
        <translation>Catat &amp;magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="92"/>
        <source>Internship</source>
        <translation>Magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="94"/>
        <source>Host business:</source>
        <translation>Tempat magang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="95"/>
        <source>Starts / ends:</source>
        <translation>Mulai / selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="96"/>
        <source>Supervisor&apos;s name:</source>
        <translation>Nama pembimbing:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="100"/>
        <source>Month 3</source>
        <translation>Bulan ke-3</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="101"/>
        <source>Month 6</source>
        <translation>Bulan ke-6</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="102"/>
        <source>&amp;Working</source>
        <translation>Sudah &amp;bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="103"/>
        <source>&amp;Own business</source>
        <translation>&amp;Usaha sendiri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="105"/>
        <source>e.g. 1-2 juta</source>
        <translation>misalnya 1-2 juta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="106"/>
        <source>Record &amp;follow-up</source>
        <translation>Catat pe&amp;mantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="107"/>
        <source>Follow-up</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="113"/>
        <source>Monthly income:</source>
        <translation>Penghasilan sebulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="115"/>
        <source>Selected participants</source>
        <translation>Peserta terpilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="117"/>
        <source>Follow-ups due</source>
        <translation>Pemantauan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="191"/>
        <source>Choose a participant on the left.</source>
        <translation>Pilih peserta di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="197"/>
        <source>{jp} of {total} JP</source>
        <translation>{jp} dari {total} JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="199"/>
        <source>kit: {items}</source>
        <translation>paket: {items}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="201"/>
        <source>brand: {brand}</source>
        <translation>merek: {brand}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="203"/>
        <source>in internship</source>
        <translation>sedang magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="205"/>
        <source>working</source>
        <translation>sudah bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="224"/>
        <source>The brand&apos;s logo</source>
        <translation>Logo merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="224"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="228"/>
        <source>Logo: {name}</source>
        <translation>Logo: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="233"/>
        <source>Choose a participant on the left first.</source>
        <translation>Pilih dulu pesertanya di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="252"/>
        <source>Kit of {name} recorded; receipt {number}.</source>
        <translation>Paket usaha {name} dicatat; tanda terima {number}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="283"/>
        <source>Internship of {name} at {host} recorded.</source>
        <translation>Magang {name} di {host} dicatat.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="308"/>
        <source>Follow-up of {name}, month {month}, recorded.</source>
        <translation>Pemantauan {name} bulan ke-{month} dicatat.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="76"/>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="80"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="80"/>
        <source>%</source>
        <translation>%</translation>
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
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="46"/>
        <source>Companion&apos;s name (blind participant)</source>
        <translation>Nama pendamping (peserta tunanetra)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="48"/>
        <source>Relation, e.g. istri</source>
        <translation>Hubungan, misalnya istri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="49"/>
        <source>&amp;Large print</source>
        <translation>Huruf &amp;besar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="50"/>
        <source>Print the day&apos;s &amp;sheet</source>
        <translation>Cetak &amp;daftar hadir hari itu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="59"/>
        <source>Keys: H present, A absent, I excused; arrows move. JP and % are green when the minimum is met, red when not yet.</source>
        <translation>Tombol: H hadir, A absen, I izin; panah untuk berpindah. JP dan % hijau bila kehadiran minimal terpenuhi, merah bila belum.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="64"/>
        <source>At the &amp;door:</source>
        <translation>Di &amp;pintu:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="68"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="75"/>
        <source>&amp;Companion:</source>
        <translation>P&amp;endamping:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="149"/>
        <source>Choose the session day first.</source>
        <translation>Pilih dulu hari sesinya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="185"/>
        <source>{name}: {mark} on {day}; {jp} of {total} JP.</source>
        <translation>{name}: {mark} pada {day}; {jp} dari {total} JP.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="203"/>
        <source>Choose a batch and a session day first.</source>
        <translation>Pilih dulu angkatan dan hari sesinya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_tab.py" line="218"/>
        <source>Attendance sheet, {pages} page(s): {path}</source>
        <translation>Daftar hadir, {pages} halaman: {path}</translation>
    </message>
</context>
<context>
    <name>BatchChooser</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="31"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="34"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Angkatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/batch_chooser.py" line="80"/>
        <source>No batch yet: a supervisor adds one.</source>
        <translation>Belum ada angkatan: supervisor menambahkannya.</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="62"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="62"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="62"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="62"/>
        <source>Min. %</source>
        <translation>Min. %</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="62"/>
        <source>Rules</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="65"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="65"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="65"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="65"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="65"/>
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="73"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="75"/>
        <source>Batches</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="96"/>
        <source>Add a training</source>
        <translation>Tambah pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="99"/>
        <source>General (umum)</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="100"/>
        <source>BNSP certified</source>
        <translation>Bersertifikat BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="106"/>
        <source>e.g. 4 (empty: any)</source>
        <translation>misalnya 4 (kosong: semua)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="110"/>
        <source>e.g. netra (empty: anyone)</source>
        <translation>misalnya netra (kosong: siapa saja)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="111"/>
        <source>Add &amp;training</source>
        <translation>Tambah pe&amp;latihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="114"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="115"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="116"/>
        <source>LSP (BNSP):</source>
        <translation>LSP (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="117"/>
        <source>Scheme (BNSP):</source>
        <translation>Skema (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="118"/>
        <source>Total JP:</source>
        <translation>Jumlah JP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="119"/>
        <source>Minimum attendance %:</source>
        <translation>Kehadiran minimal %:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="120"/>
        <source>Highest desil:</source>
        <translation>Desil tertinggi:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="124"/>
        <source>Age from / to:</source>
        <translation>Umur dari / sampai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="125"/>
        <source>Disability kinds:</source>
        <translation>Jenis disabilitas:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="134"/>
        <source>Add a batch</source>
        <translation>Tambah angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="137"/>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="139"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="141"/>
        <source>02-11-2026:8, 03-11-2026:8 (empty: one a day)</source>
        <translation>02-11-2026:8, 03-11-2026:8 (kosong: satu sesi sehari)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="149"/>
        <source>Add &amp;batch</source>
        <translation>Tambah a&amp;ngkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="152"/>
        <source>Training:</source>
        <translation>Pelatihan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="153"/>
        <source>Starts:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="154"/>
        <source>Ends:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="155"/>
        <source>Sessions (date:JP):</source>
        <translation>Sesi (tanggal:JP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="156"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="157"/>
        <source>Quota:</source>
        <translation>Kuota:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="158"/>
        <source>Organiser:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="159"/>
        <source>Trainers:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="160"/>
        <source>Certificate signatory:</source>
        <translation>Penanda tangan sertifikat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="161"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="162"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="246"/>
        <source>Training &apos;{name}&apos; added.</source>
        <translation>Pelatihan &apos;{name}&apos; ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="293"/>
        <source>&apos;{name}&apos; added: {sessions} session(s), {jp} JP.</source>
        <translation>&apos;{name}&apos; ditambahkan: {sessions} sesi, {jp} JP.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="44"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="49"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="54"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="44"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="49"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="62"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="44"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="44"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="44"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="49"/>
        <source>Certificate or reason</source>
        <translation>Sertifikat atau alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="54"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="54"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="54"/>
        <source>LSP number</source>
        <translation>Nomor LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="68"/>
        <source>LSP certificate number</source>
        <translation>Nomor sertifikat LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="70"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="71"/>
        <source>Record &amp;result</source>
        <translation>Catat &amp;hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="74"/>
        <source>&amp;Large print (low vision)</source>
        <translation>Huruf &amp;besar (low vision)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="75"/>
        <source>Print &amp;certificates</source>
        <translation>Cetak &amp;sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="79"/>
        <source>BNSP competency result</source>
        <translation>Hasil uji kompetensi BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="92"/>
        <source>Participation certificates</source>
        <translation>Sertifikat pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="101"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="103"/>
        <source>Competency certificates ending in three months</source>
        <translation>Sertifikat kompetensi yang berakhir dalam tiga bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="130"/>
        <source>LSP {lsp}, scheme {scheme}.</source>
        <translation>LSP {lsp}, skema {scheme}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="134"/>
        <source>A general (umum) course: it has no BNSP assessment.</source>
        <translation>Pelatihan umum: tidak ada uji kompetensi BNSP.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="166"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="199"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="189"/>
        <source>{name}: {result}, valid until {until}.</source>
        <translation>{name}: {result}, berlaku sampai {until}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="218"/>
        <source>{number} (SALINAN)</source>
        <translation>{number} (SALINAN)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="222"/>
        <source>None: {reason}</source>
        <translation>Tidak ada: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="226"/>
        <source>{issued} certificate(s) ({numbers}), {refused} refused; {path}</source>
        <translation>{issued} sertifikat ({numbers}), {refused} tidak diberi; {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="40"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="44"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="40"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="44"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="40"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="44"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="40"/>
        <source>Fits</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="40"/>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="41"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="75"/>
        <source>On the batch</source>
        <translation>Di angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="44"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="45"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="52"/>
        <source>NIK (or pick a row)</source>
        <translation>NIK (atau pilih baris)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>Reason for withdrawing</source>
        <translation>Alasan mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="56"/>
        <source>&amp;Propose</source>
        <translation>&amp;Usulkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="57"/>
        <source>&amp;Select</source>
        <translation>Pi&amp;lih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="58"/>
        <source>&amp;Waiting list</source>
        <translation>Daftar &amp;tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="59"/>
        <source>Wit&amp;hdraw</source>
        <translation>Undur &amp;diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="62"/>
        <source>Select up to the quota</source>
        <translation>Pilih sampai kuota penuh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="63"/>
        <source>Put on the waiting list</source>
        <translation>Masukkan ke daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="65"/>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="73"/>
        <source>Candidates from the registry</source>
        <translation>Calon peserta dari data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="112"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="112"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="136"/>
        <source>Quota {quota}: {selected} selected, {waiting} waiting, {proposed} proposed, {withdrawn} withdrawn</source>
        <translation>Kuota {quota}: {selected} terpilih, {waiting} daftar tunggu, {proposed} diusulkan, {withdrawn} mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="150"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="164"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="167"/>
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
        <translation>Peserta &amp;pelatihan</translation>
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
        <location filename="../../tangsel_desktop/ui/training/training_common.py" line="33"/>
        <source>Only supervisors and administrators may do this</source>
        <translation>Hanya supervisor dan administrator yang boleh melakukan ini</translation>
    </message>
</context>
</TS>
