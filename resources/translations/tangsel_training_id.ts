<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="58"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="62"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="58"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="62"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="62"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="62"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="62"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="88"/>
        <source>Oven listrik, Mixer, Stiker merek</source>
        <translation>Oven listrik, Mixer, Stiker merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="90"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="251"/>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="91"/>
        <source>Record &amp;kit</source>
        <translation>Catat &amp;paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="92"/>
        <source>Print kit &amp;receipts</source>
        <translation>Cetak &amp;tanda terima paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="96"/>
        <source>Kit and brand</source>
        <translation>Paket usaha dan merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="98"/>
        <source>Items:</source>
        <translation>Barang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="99"/>
        <source>Brand:</source>
        <translation>Merek:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="108"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="110"/>
        <source>DD-MM-YYYY (optional)</source>
        <translation>HH-BB-TTTT (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="112"/>
        <source>Record &amp;internship</source>
        <translation>Catat &amp;magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="114"/>
        <source>Internship</source>
        <translation>Magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="116"/>
        <source>Host business:</source>
        <translation>Tempat magang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="117"/>
        <source>Starts / ends:</source>
        <translation>Mulai / selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="118"/>
        <source>Supervisor&apos;s name:</source>
        <translation>Nama pembimbing:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="122"/>
        <source>Month 3</source>
        <translation>Bulan ke-3</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="123"/>
        <source>Month 6</source>
        <translation>Bulan ke-6</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="124"/>
        <source>&amp;Working</source>
        <translation>Sudah &amp;bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="125"/>
        <source>&amp;Own business</source>
        <translation>&amp;Usaha sendiri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="127"/>
        <source>e.g. 1-2 juta</source>
        <translation>misalnya 1-2 juta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="128"/>
        <source>Record &amp;follow-up</source>
        <translation>Catat pe&amp;mantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="129"/>
        <source>Follow-up</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="135"/>
        <source>Monthly income:</source>
        <translation>Penghasilan sebulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="137"/>
        <source>Selected participants</source>
        <translation>Peserta terpilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="139"/>
        <source>Follow-ups due</source>
        <translation>Pemantauan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="214"/>
        <source>Choose a participant on the left.</source>
        <translation>Pilih peserta di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="220"/>
        <source>{jp} of {total} JP</source>
        <translation>{jp} dari {total} JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="222"/>
        <source>kit: {items}</source>
        <translation>paket: {items}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="224"/>
        <source>brand: {brand}</source>
        <translation>merek: {brand}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="226"/>
        <source>in internship</source>
        <translation>sedang magang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="228"/>
        <source>working</source>
        <translation>sudah bekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="247"/>
        <source>The brand&apos;s logo</source>
        <translation>Logo merek</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="247"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="251"/>
        <source>Logo: {name}</source>
        <translation>Logo: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="256"/>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="285"/>
        <source>Choose a participant on the left first.</source>
        <translation>Pilih dulu pesertanya di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="275"/>
        <source>Kit of {name} recorded; receipt {number}.</source>
        <translation>Paket usaha {name} dicatat; tanda terima {number}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="296"/>
        <source>{count} receipt(s), numbers {numbers}: {path}</source>
        <translation>{count} tanda terima, nomor {numbers}: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="329"/>
        <source>Internship of {name} at {host} recorded.</source>
        <translation>Magang {name} di {host} dicatat.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/aftercare_tab.py" line="354"/>
        <source>Follow-up of {name}, month {month}, recorded.</source>
        <translation>Pemantauan {name} bulan ke-{month} dicatat.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="77"/>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="81"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/attendance_grid.py" line="81"/>
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
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="88"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="90"/>
        <source>Batches</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="111"/>
        <source>Add a training</source>
        <translation>Tambah pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="114"/>
        <source>General (umum)</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="115"/>
        <source>BNSP certified</source>
        <translation>Bersertifikat BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="121"/>
        <source>e.g. 4 (empty: any)</source>
        <translation>misalnya 4 (kosong: semua)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="125"/>
        <source>e.g. netra (empty: anyone)</source>
        <translation>misalnya netra (kosong: siapa saja)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="126"/>
        <source>Add &amp;training</source>
        <translation>Tambah pe&amp;latihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="129"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="130"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="131"/>
        <source>LSP (BNSP):</source>
        <translation>LSP (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="132"/>
        <source>Scheme (BNSP):</source>
        <translation>Skema (BNSP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="133"/>
        <source>Total JP:</source>
        <translation>Jumlah JP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="134"/>
        <source>Minimum attendance %:</source>
        <translation>Kehadiran minimal %:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="135"/>
        <source>Highest desil:</source>
        <translation>Desil tertinggi:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="139"/>
        <source>Age from / to:</source>
        <translation>Umur dari / sampai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="140"/>
        <source>Disability kinds:</source>
        <translation>Jenis disabilitas:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="149"/>
        <source>Add a batch</source>
        <translation>Tambah angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="152"/>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="154"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="156"/>
        <source>02-11-2026:8, 03-11-2026:8 (empty: one a day)</source>
        <translation>02-11-2026:8, 03-11-2026:8 (kosong: satu sesi sehari)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="164"/>
        <source>Add &amp;batch</source>
        <translation>Tambah a&amp;ngkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="167"/>
        <source>Training:</source>
        <translation>Pelatihan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="168"/>
        <source>Starts:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="169"/>
        <source>Ends:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="170"/>
        <source>Sessions (date:JP):</source>
        <translation>Sesi (tanggal:JP):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="171"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="172"/>
        <source>Quota:</source>
        <translation>Kuota:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="173"/>
        <source>Organiser:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="174"/>
        <source>Trainers:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="175"/>
        <source>Certificate signatory:</source>
        <translation>Penanda tangan sertifikat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="176"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="177"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="261"/>
        <source>Training &apos;{name}&apos; added.</source>
        <translation>Pelatihan &apos;{name}&apos; ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/courses_tab.py" line="308"/>
        <source>&apos;{name}&apos; added: {sessions} session(s), {jp} JP.</source>
        <translation>&apos;{name}&apos; ditambahkan: {sessions} sesi, {jp} JP.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="69"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="78"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="82"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="95"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="69"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="51"/>
        <source>Save the batch report as</source>
        <translation>Simpan laporan angkatan sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="69"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="69"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="78"/>
        <source>Certificate or reason</source>
        <translation>Sertifikat atau alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="82"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="82"/>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="82"/>
        <source>LSP number</source>
        <translation>Nomor LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="101"/>
        <source>LSP certificate number</source>
        <translation>Nomor sertifikat LSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="103"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="104"/>
        <source>Record &amp;result</source>
        <translation>Catat &amp;hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="107"/>
        <source>&amp;Large print (low vision)</source>
        <translation>Huruf &amp;besar (low vision)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="108"/>
        <source>Print &amp;certificates</source>
        <translation>Cetak &amp;sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="110"/>
        <source>Batch report (P&amp;DF)</source>
        <translation>Laporan angkatan (P&amp;DF)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="111"/>
        <source>Batch report (&amp;Excel)</source>
        <translation>Laporan angkatan (&amp;Excel)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="116"/>
        <source>BNSP competency result</source>
        <translation>Hasil uji kompetensi BNSP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="129"/>
        <source>Participation certificates</source>
        <translation>Sertifikat pelatihan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="138"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="140"/>
        <source>Competency certificates ending in three months</source>
        <translation>Sertifikat kompetensi yang berakhir dalam tiga bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="174"/>
        <source>LSP {lsp}, scheme {scheme}.</source>
        <translation>LSP {lsp}, skema {scheme}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="178"/>
        <source>A general (umum) course: it has no BNSP assessment.</source>
        <translation>Pelatihan umum: tidak ada uji kompetensi BNSP.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="210"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="245"/>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="266"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="233"/>
        <source>{name}: {result}, valid until {until}.</source>
        <translation>{name}: {result}, berlaku sampai {until}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="255"/>
        <source>Batch report saved: {path}</source>
        <translation>Laporan angkatan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="285"/>
        <source>{number} (SALINAN)</source>
        <translation>{number} (SALINAN)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="287"/>
        <source>None: {reason}</source>
        <translation>Tidak ada: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/outcomes_tab.py" line="291"/>
        <source>{issued} certificate(s) ({numbers}), {refused} refused; {path}</source>
        <translation>{issued} sertifikat ({numbers}), {refused} tidak diberi; {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <source>Fits</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="51"/>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="52"/>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="97"/>
        <source>On the batch</source>
        <translation>Di angkatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="56"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="73"/>
        <source>NIK (or pick a row)</source>
        <translation>NIK (atau pilih baris)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="77"/>
        <source>Reason for withdrawing</source>
        <translation>Alasan mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="78"/>
        <source>&amp;Propose</source>
        <translation>&amp;Usulkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="79"/>
        <source>&amp;Select</source>
        <translation>Pi&amp;lih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="80"/>
        <source>&amp;Waiting list</source>
        <translation>Daftar &amp;tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="81"/>
        <source>Wit&amp;hdraw</source>
        <translation>Undur &amp;diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="84"/>
        <source>Select up to the quota</source>
        <translation>Pilih sampai kuota penuh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="85"/>
        <source>Put on the waiting list</source>
        <translation>Masukkan ke daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="87"/>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="95"/>
        <source>Candidates from the registry</source>
        <translation>Calon peserta dari data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="134"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="134"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="158"/>
        <source>Quota {quota}: {selected} selected, {waiting} waiting, {proposed} proposed, {withdrawn} withdrawn</source>
        <translation>Kuota {quota}: {selected} terpilih, {waiting} daftar tunggu, {proposed} diusulkan, {withdrawn} mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="172"/>
        <source>Choose a batch first.</source>
        <translation>Pilih angkatannya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="186"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/training/participants_tab.py" line="189"/>
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
        <location filename="../../tangsel_desktop/ui/training/training_common.py" line="38"/>
        <source>Only supervisors and administrators may do this</source>
        <translation>Hanya supervisor dan administrator yang boleh melakukan ini</translation>
    </message>
</context>
</TS>
