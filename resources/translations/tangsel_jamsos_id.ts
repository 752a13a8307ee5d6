<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BpjsExportPanel</name>
    <message>
        <source>1. Send the verified members to BPJS</source>
        <translation>1. Kirim peserta terverifikasi ke BPJS</translation>
    </message>
    <message>
        <source>The Excel list holds NIK, name, place and date of birth, sex, address with RT/RW, kelurahan and kecamatan, phone, occupation, income, program and the first month to cover.</source>
        <translation>Daftar Excel berisi NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat dengan RT/RW, kelurahan dan kecamatan, nomor HP, pekerjaan, penghasilan, program dan bulan pertama yang ditanggung.</translation>
    </message>
    <message>
        <source>First &amp;month to cover:</source>
        <translation>&amp;Bulan pertama ditanggung:</translation>
    </message>
    <message>
        <source>Mark the exported members as &apos;submitted&apos;</source>
        <translation>Tandai peserta yang diekspor sebagai &apos;diajukan&apos;</translation>
    </message>
    <message>
        <source>&amp;Save list as…</source>
        <translation>&amp;Simpan daftar sebagai…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>{count} member(s) verified and ready to send to BPJS.</source>
        <translation>{count} peserta sudah diverifikasi dan siap dikirim ke BPJS.</translation>
    </message>
    <message>
        <source>No member is verified and waiting to be sent. Verify proposed members first.</source>
        <translation>Belum ada peserta terverifikasi yang menunggu dikirim. Verifikasi dulu peserta yang diusulkan.</translation>
    </message>
    <message>
        <source>{count} member(s) for {month}, program {program}, saved as {path}.</source>
        <translation>{count} peserta untuk {month}, program {program}, disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>{count} member(s) are now &apos;submitted&apos;.</source>
        <translation>{count} peserta kini berstatus &apos;diajukan&apos;.</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; see the log file.</source>
        <translation>Ekspor gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>BpjsFiles</name>
    <message>
        <source>Save the list for BPJS as</source>
        <translation>Simpan daftar untuk BPJS sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose BPJS&apos;s answer</source>
        <translation>Pilih berkas jawaban BPJS</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>BpjsImportPanel</name>
    <message>
        <source>2. Read BPJS&apos;s answer</source>
        <translation>2. Baca jawaban BPJS</translation>
    </message>
    <message>
        <source>Columns are found by their header: NIK, NO_KPJ (or KPJ, Nomor KPJ), STATUS (or Status Kepesertaan), BULAN_MULAI (or TMT, Mulai); NAMA is compared when present. Only submitted members whose BPJS status is active are changed; everything else goes to the report.</source>
        <translation>Kolom dikenali dari judulnya: NIK, NO_KPJ (atau KPJ, Nomor KPJ), STATUS (atau Status Kepesertaan), BULAN_MULAI (atau TMT, Mulai); NAMA dicocokkan bila ada. Hanya peserta berstatus diajukan yang status BPJS-nya aktif yang diubah; selebihnya dicatat di laporan.</translation>
    </message>
    <message>
        <source>BPJS&apos;s answer as .xlsx or .csv</source>
        <translation>Jawaban BPJS berupa .xlsx atau .csv</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Try first (change nothing)</source>
        <translation>Uji coba dulu (tidak mengubah data)</translation>
    </message>
    <message>
        <source>&amp;Read answer</source>
        <translation>&amp;Baca jawaban</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>Buka folder laporan</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <source>Made active</source>
        <translation>Diaktifkan</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Sudah aktif</translation>
    </message>
    <message>
        <source>{count} member(s) submitted and waiting for BPJS&apos;s answer.</source>
        <translation>{count} peserta sudah diajukan dan menunggu jawaban BPJS.</translation>
    </message>
    <message>
        <source>No member is waiting for BPJS&apos;s answer.</source>
        <translation>Tidak ada peserta yang menunggu jawaban BPJS.</translation>
    </message>
    <message>
        <source>Trying the answer; nothing is changed…</source>
        <translation>Menguji jawaban; tidak ada data yang diubah…</translation>
    </message>
    <message>
        <source>Reading the answer…</source>
        <translation>Membaca jawaban…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be changed…</source>
        <translation>Menghentikan; tidak ada data yang akan diubah…</translation>
    </message>
    <message>
        <source>Trial: {active} member(s) would become active, {found} finding(s) to check. Nothing was changed. Read the report, then choose Import now.</source>
        <translation>Uji coba: {active} peserta akan diaktifkan, {found} temuan perlu diperiksa. Tidak ada data yang diubah. Baca laporannya, lalu pilih Impor sekarang.</translation>
    </message>
    <message>
        <source>Done: {active} member(s) made active, {found} finding(s) to check in the report.</source>
        <translation>Selesai: {active} peserta diaktifkan, {found} temuan perlu diperiksa di laporan.</translation>
    </message>
    <message>
        <source>Reading the answer stopped because of an unexpected error; nothing was changed.</source>
        <translation>Pembacaan jawaban berhenti karena kesalahan tak terduga; tidak ada data yang diubah.</translation>
    </message>
</context>
<context>
    <name>ClaimChecklist</name>
    <message>
        <source>Checklist saved: {path}</source>
        <translation>Daftar berkas disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Progress notes</source>
        <translation>Catatan kemajuan</translation>
    </message>
    <message>
        <source>JKM death claim</source>
        <translation>Klaim kematian JKM</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>e.g. submitted at the BPJS branch, receipt no. …</source>
        <translation>mis. diajukan di kantor cabang BPJS, tanda terima no. …</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Tambah catatan</translation>
    </message>
    <message>
        <source>&amp;Checklist…</source>
        <translation>&amp;Daftar berkas…</translation>
    </message>
    <message>
        <source>Save the family&apos;s claim checklist again and show it</source>
        <translation>Simpan lagi daftar berkas klaim untuk keluarga dan tampilkan</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ta&amp;hap:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Choose a member to see their death claim.</source>
        <translation>Pilih peserta untuk melihat klaim kematiannya.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No death is recorded for this member.</source>
        <translation>Belum ada kematian yang dicatat untuk peserta ini.</translation>
    </message>
    <message>
        <source>a work accident</source>
        <translation>kecelakaan kerja</translation>
    </message>
    <message>
        <source>not a work accident</source>
        <translation>bukan kecelakaan kerja</translation>
    </message>
    <message>
        <source>{name} died on {date} ({cause}); {months} months of contributions.</source>
        <translation>{name} meninggal pada {date} ({cause}); masa iuran {months} bulan.</translation>
    </message>
    <message>
        <source>JKM benefit {jkm}.</source>
        <translation>Manfaat JKM {jkm}.</translation>
    </message>
    <message>
        <source>Work accident (JKK): {jkk}.</source>
        <translation>Kecelakaan kerja (JKK): {jkk}.</translation>
    </message>
    <message>
        <source>Scholarship for up to 2 children: applies.</source>
        <translation>Beasiswa untuk paling banyak 2 anak: berlaku.</translation>
    </message>
    <message>
        <source>Scholarship: not yet (needs 36 months).</source>
        <translation>Beasiswa: belum berlaku (perlu 36 bulan).</translation>
    </message>
    <message>
        <source>Heir: {heir}. Stage: {stage}.</source>
        <translation>Ahli waris: {heir}. Tahap: {stage}.</translation>
    </message>
    <message>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Catatan ditambahkan.</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Record a death</source>
        <translation>Catat kematian</translation>
    </message>
    <message>
        <source>{name}, NIK {nik}, KPJ {kpj}, covered since {first}.</source>
        <translation>{name}, NIK {nik}, KPJ {kpj}, ditanggung sejak {first}.</translation>
    </message>
    <message>
        <source>YYYY-MM; blank: the month of death</source>
        <translation>TTTT-BB; kosong: bulan meninggal</translation>
    </message>
    <message>
        <source>Died from a &amp;work accident</source>
        <translation>Meninggal karena &amp;kecelakaan kerja</translation>
    </message>
    <message>
        <source>only if a signed recap&apos;s month changes</source>
        <translation>hanya bila bulan yang rekapnya sudah ditandatangani berubah</translation>
    </message>
    <message>
        <source>&amp;Record the death</source>
        <translation>&amp;Catat kematian</translation>
    </message>
    <message>
        <source>&amp;Save and show the checklist…</source>
        <translation>&amp;Simpan dan tampilkan daftar berkas…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may record a death.</source>
        <translation>Hanya supervisor dan administrator yang boleh mencatat kematian.</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Tanggal meninggal:</translation>
    </message>
    <message>
        <source>&amp;Last covered month:</source>
        <translation>&amp;Bulan terakhir ditanggung:</translation>
    </message>
    <message>
        <source>&amp;Heir&apos;s name:</source>
        <translation>&amp;Nama ahli waris:</translation>
    </message>
    <message>
        <source>Heir&apos;s r&amp;elation:</source>
        <translation>H&amp;ubungan ahli waris:</translation>
    </message>
    <message>
        <source>Heir&apos;s &amp;phone:</source>
        <translation>T&amp;elepon ahli waris:</translation>
    </message>
    <message>
        <source>C&amp;orrection reason:</source>
        <translation>Alasan k&amp;oreksi:</translation>
    </message>
    <message>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <source>Recorded. The membership ended with {month}. JKM benefit {jkm}; {months} months of contributions.</source>
        <translation>Tercatat. Kepesertaan berakhir pada {month}. Manfaat JKM {jkm}; masa iuran {months} bulan.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Write the monthly income the worker declares, in rupiah (e.g. 1.500.000).</source>
        <translation>Tulis penghasilan sebulan yang dinyatakan pekerja, dalam rupiah (misalnya 1.500.000).</translation>
    </message>
    <message>
        <source>as the worker declares it, e.g. 1.500.000</source>
        <translation>sesuai yang dinyatakan pekerja, misalnya 1.500.000</translation>
    </message>
    <message>
        <source>Enrol a worker</source>
        <translation>Daftarkan pekerja</translation>
    </message>
    <message>
        <source>Type the NIK or the name of the resident</source>
        <translation>Ketik NIK atau nama penduduk</translation>
    </message>
    <message>
        <source>choose or type, e.g. pemulung</source>
        <translation>pilih atau ketik, mis. pemulung</translation>
    </message>
    <message>
        <source>e.g. Pasar Ciputat</source>
        <translation>mis. Pasar Ciputat</translation>
    </message>
    <message>
        <source>Declared monthly income in whole rupiah; JKK is 1% of it</source>
        <translation>Penghasilan sebulan yang dilaporkan, rupiah bulat; iuran JKK 1% darinya</translation>
    </message>
    <message>
        <source>Why this worker is enrolled despite the rules above</source>
        <translation>Mengapa pekerja ini didaftarkan walau tidak memenuhi syarat di atas</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Usulkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>Penduduk:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <source>Work location:</source>
        <translation>Lokasi kerja:</translation>
    </message>
    <message>
        <source>Declared income (Rp):</source>
        <translation>Penghasilan (Rp):</translation>
    </message>
    <message>
        <source>Exception reason:</source>
        <translation>Alasan pengecualian:</translation>
    </message>
    <message>
        <source>Nobody found. Register the resident in Penduduk first.</source>
        <translation>Tidak ditemukan. Daftarkan dulu penduduknya di Penduduk.</translation>
    </message>
    <message>
        <source>Chosen: {name} (NIK {nik})</source>
        <translation>Dipilih: {name} (NIK {nik})</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Tidak memenuhi syarat:</translation>
    </message>
    <message>
        <source>Not eligible (end the running membership first; no exception is possible):</source>
        <translation>Tidak memenuhi syarat (hentikan dulu kepesertaan yang berjalan; tidak ada pengecualian):</translation>
    </message>
    <message>
        <source>Not eligible (only a supervisor may enrol by exception):</source>
        <translation>Tidak memenuhi syarat (hanya supervisor yang boleh mendaftarkan dengan pengecualian):</translation>
    </message>
    <message>
        <source>Choose the resident first.</source>
        <translation>Pilih penduduknya dulu.</translation>
    </message>
    <message>
        <source>Write the reason for enrolling despite the rules.</source>
        <translation>Tulis alasan mendaftarkan walau tidak memenuhi syarat.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>When / by</source>
        <translation>Waktu / oleh</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(baru)</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Only supervisors and administrators exchange files with BPJS: the list carries NIKs out of the office and BPJS&apos;s answer makes members active. Ask your supervisor.</source>
        <translation>Hanya supervisor dan administrator yang bertukar berkas dengan BPJS: daftarnya membawa NIK keluar kantor dan jawaban BPJS mengaktifkan peserta. Minta bantuan supervisor Anda.</translation>
    </message>
</context>
<context>
    <name>JamsosPage</name>
    <message>
        <source>JKM claim</source>
        <translation>Klaim JKM</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>P&amp;eserta</translation>
    </message>
    <message>
        <source>Premium re&amp;cap</source>
        <translation>Re&amp;kap iuran</translation>
    </message>
    <message>
        <source>BPJS e&amp;xchange</source>
        <translation>Pertukaran BP&amp;JS</translation>
    </message>
    <message>
        <source>Program settin&amp;gs</source>
        <translation>Pen&amp;gaturan program</translation>
    </message>
</context>
<context>
    <name>JamsosProgram</name>
    <message>
        <source>Jamsosnaker</source>
        <translation>Jamsosnaker</translation>
    </message>
    <message>
        <source>Jamsosnaker members paid for this month</source>
        <translation>Peserta Jamsosnaker yang dibayar bulan ini</translation>
    </message>
    <message>
        <source>Premium the city owes BPJS this month</source>
        <translation>Iuran yang dibayar kota ke BPJS bulan ini</translation>
    </message>
    <message>
        <source>Members proposed, verified or submitted to BPJS</source>
        <translation>Peserta diusulkan, diverifikasi atau diajukan ke BPJS</translation>
    </message>
    <message>
        <source>&amp;Jamsosnaker members</source>
        <translation>Peserta &amp;Jamsosnaker</translation>
    </message>
    <message>
        <source>Add the people whose Jamsosnaker cover is paid this month (of the RW, if one is typed)</source>
        <translation>Tambahkan penduduk yang iuran Jamsosnakernya dibayar bulan ini (dari RW yang diketik, bila ada)</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Member</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Kelurahan / RW:</source>
        <translation>Kelurahan / RW:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <source>Work location:</source>
        <translation>Lokasi kerja:</translation>
    </message>
    <message>
        <source>Declared income:</source>
        <translation>Penghasilan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>KPJ number:</source>
        <translation>Nomor KPJ:</translation>
    </message>
    <message>
        <source>Covered months:</source>
        <translation>Bulan ditanggung:</translation>
    </message>
    <message>
        <source>End reason:</source>
        <translation>Alasan berhenti:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>Select a member in the table to see the details and history.</source>
        <translation>Pilih peserta di tabel untuk melihat rincian dan riwayatnya.</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Only members living in this RW (e.g. 3)</source>
        <translation>Hanya peserta yang tinggal di RW ini (mis. 3)</translation>
    </message>
    <message>
        <source>Month YYYY-MM</source>
        <translation>Bulan TTTT-BB</translation>
    </message>
    <message>
        <source>Only members covered (paid for) in this month, as in the recap</source>
        <translation>Hanya peserta yang ditanggung (dibayar iurannya) pada bulan ini, sama dengan rekap</translation>
    </message>
    <message>
        <source>Search name, NIK or KPJ number</source>
        <translation>Cari nama, NIK, atau nomor KPJ</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Enrol a worker…</source>
        <translation>Daftarkan pekerja…</translation>
    </message>
    <message>
        <source>Next status…</source>
        <translation>Status berikutnya…</translation>
    </message>
    <message>
        <source>Change status by exception…</source>
        <translation>Ubah status (pengecualian)…</translation>
    </message>
    <message>
        <source>Record death…</source>
        <translation>Catat kematian…</translation>
    </message>
    <message>
        <source>Open person…</source>
        <translation>Buka data penduduk…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>The listing failed unexpectedly; see the log file.</source>
        <translation>Daftar gagal dimuat karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <source>No member yet. Enrol a worker to start.</source>
        <translation>Belum ada peserta. Daftarkan pekerja untuk memulai.</translation>
    </message>
    <message>
        <source>No member matches the filters.</source>
        <translation>Tidak ada peserta yang cocok dengan saringan.</translation>
    </message>
    <message>
        <source>{shown} of {total} members, scroll for more</source>
        <translation>{shown} dari {total} peserta, gulir untuk selebihnya</translation>
    </message>
    <message>
        <source>{total} members</source>
        <translation>{total} peserta</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change a member&apos;s status</source>
        <translation>Hanya supervisor atau administrator yang boleh mengubah status peserta</translation>
    </message>
    <message>
        <source>Propose a resident as a member (eligibility is checked)</source>
        <translation>Usulkan penduduk sebagai peserta (syarat diperiksa)</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Pilih peserta dulu</translation>
    </message>
    <message>
        <source>Move the member to “{status}”</source>
        <translation>Ubah status peserta menjadi “{status}”</translation>
    </message>
    <message>
        <source>This membership has ended; enrol the worker again to start a new one</source>
        <translation>Kepesertaan ini sudah berhenti; daftarkan pekerja lagi untuk kepesertaan baru</translation>
    </message>
    <message>
        <source>Skip a step or go back, with a written reason</source>
        <translation>Lewati langkah atau mundur, dengan alasan tertulis</translation>
    </message>
    <message>
        <source>This membership has already ended</source>
        <translation>Kepesertaan ini sudah berhenti</translation>
    </message>
    <message>
        <source>End the membership because the member died, and print the JKM claim checklist</source>
        <translation>Akhiri kepesertaan karena peserta meninggal, dan cetak daftar periksa klaim JKM</translation>
    </message>
    <message>
        <source>Open the resident&apos;s record in Penduduk (Enter or double-click)</source>
        <translation>Buka data penduduk ini di Penduduk (Enter atau klik ganda)</translation>
    </message>
    <message>
        <source>Next status: {status}…</source>
        <translation>Status berikutnya: {status}…</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>Covered months</source>
        <translation>Bulan ditanggung</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Berhenti: {reason}</translation>
    </message>
</context>
<context>
    <name>MembershipHistory</name>
    <message>
        <source>KPJ {kpj}</source>
        <translation>KPJ {kpj}</translation>
    </message>
    <message>
        <source>exception: {reason}</source>
        <translation>pengecualian: {reason}</translation>
    </message>
    <message>
        <source>{occupation} — {status}</source>
        <translation>{occupation} — {status}</translation>
    </message>
    <message>
        <source>KPJ number: {kpj}</source>
        <translation>Nomor KPJ: {kpj}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Covered: {first} – {last}</source>
        <translation>Ditanggung: {first} – {last}</translation>
    </message>
    <message>
        <source>Ended because: {reason}</source>
        <translation>Berhenti karena: {reason}</translation>
    </message>
    <message>
        <source>Works at: {place}</source>
        <translation>Lokasi kerja: {place}</translation>
    </message>
    <message>
        <source>Declared income: {income}</source>
        <translation>Penghasilan: {income}</translation>
    </message>
</context>
<context>
    <name>MembershipHistoryPanel</name>
    <message>
        <source>Jamsosnaker membership</source>
        <translation>Kepesertaan Jamsosnaker</translation>
    </message>
    <message>
        <source>Not a Jamsosnaker member.</source>
        <translation>Bukan peserta Jamsosnaker.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsTab</name>
    <message>
        <source>Only administrators change the program&apos;s settings.</source>
        <translation>Hanya administrator yang mengubah pengaturan program.</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Syarat kepesertaan</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Only residents of this office&apos;s kelurahan</source>
        <translation>Hanya warga kelurahan kantor ini</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> angka</translation>
    </message>
    <message>
        <source>Digits only, this many (11 on current cards).</source>
        <translation>Angka saja, sebanyak ini (11 pada kartu sekarang).</translation>
    </message>
    <message>
        <source>Four eyes: proposer, verifier and submitter differ</source>
        <translation>Empat mata: pengusul, pemverifikasi dan pengaju berbeda orang</translation>
    </message>
    <message>
        <source>Turn off only in a one-person office; each step one person then takes twice is audited.</source>
        <translation>Matikan hanya di kantor dengan satu petugas; setiap langkah yang diambil orang yang sama dicatat di log audit.</translation>
    </message>
    <message>
        <source>Save &amp;rules</source>
        <translation>Simpan &amp;syarat</translation>
    </message>
    <message>
        <source>Highest DTSEN desil:</source>
        <translation>Desil DTSEN tertinggi:</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Umur termuda:</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Umur tertua:</translation>
    </message>
    <message>
        <source>KPJ number length:</source>
        <translation>Panjang nomor KPJ:</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>e.g. juru parkir</source>
        <translation>mis. juru parkir</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Save &amp;occupations</source>
        <translation>Simpan &amp;pekerjaan</translation>
    </message>
    <message>
        <source>Monthly premium per member</source>
        <translation>Iuran bulanan per peserta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Paid by the city</source>
        <translation>Dibayar kota</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>TTTT-BB</translation>
    </message>
    <message>
        <source>Add a rate from this &amp;month</source>
        <translation>Tambah tarif mulai &amp;bulan ini</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>Mulai bulan:</translation>
    </message>
    <message>
        <source>JHT (Rp, optional):</source>
        <translation>JHT (Rp, pilihan):</translation>
    </message>
    <message>
        <source>A rate applies from its month on, never back. A month&apos;s rate cannot be changed.</source>
        <translation>Tarif berlaku mulai bulannya, tidak pernah mundur. Tarif suatu bulan tidak bisa diubah.</translation>
    </message>
    <message>
        <source>Where families take a death claim</source>
        <translation>Tempat keluarga mengajukan klaim kematian</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>Simpan &amp;teks</translation>
    </message>
    <message>
        <source>Printed on the family&apos;s claim checklist.</source>
        <translation>Dicetak pada daftar berkas klaim untuk keluarga.</translation>
    </message>
    <message>
        <source>Something went wrong; the error was logged.</source>
        <translation>Terjadi kesalahan; kesalahannya sudah dicatat di log.</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Syarat disimpan.</translation>
    </message>
    <message>
        <source>Added to the list; save the occupations to keep it.</source>
        <translation>Ditambahkan ke daftar; simpan pekerjaan agar tersimpan.</translation>
    </message>
    <message>
        <source>Removed from the list; save the occupations to keep it. Members keep theirs.</source>
        <translation>Dihapus dari daftar; simpan pekerjaan agar tersimpan. Peserta tetap dengan pekerjaannya.</translation>
    </message>
    <message>
        <source>Occupations saved.</source>
        <translation>Daftar pekerjaan disimpan.</translation>
    </message>
    <message>
        <source>Rate from {month} added.</source>
        <translation>Tarif mulai {month} ditambahkan.</translation>
    </message>
    <message>
        <source>Text saved.</source>
        <translation>Teks disimpan.</translation>
    </message>
</context>
<context>
    <name>RecapTab</name>
    <message>
        <source>Save the recap as</source>
        <translation>Simpan rekap sebagai</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Excel…</source>
        <translation>Simpan &amp;Excel…</translation>
    </message>
    <message>
        <source>Save the recap signed by you as a PDF for BPJS and the city</source>
        <translation>Simpan rekap bertanda tangan Anda sebagai PDF untuk BPJS dan Pemkot</translation>
    </message>
    <message>
        <source>Save the recap as an Excel workbook</source>
        <translation>Simpan rekap sebagai berkas Excel</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may sign and save</source>
        <translation>Hanya supervisor dan administrator yang boleh menandatangani dan menyimpan</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>The month at a glance</source>
        <translation>Ringkasan bulan ini</translation>
    </message>
    <message>
        <source>Members covered:</source>
        <translation>Peserta ditanggung:</translation>
    </message>
    <message>
        <source>Premium this month:</source>
        <translation>Iuran bulan ini:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Terbilang:</translation>
    </message>
    <message>
        <source>Rate in force:</source>
        <translation>Tarif berlaku:</translation>
    </message>
    <message>
        <source>Projection for a year:</source>
        <translation>Proyeksi setahun:</translation>
    </message>
    <message>
        <source>By kelurahan, RW and occupation</source>
        <translation>Per kelurahan, RW dan pekerjaan</translation>
    </message>
    <message>
        <source>Per kelurahan</source>
        <translation>Per kelurahan</translation>
    </message>
    <message>
        <source>Koreksi bulan lalu (corrections of signed months)</source>
        <translation>Koreksi bulan lalu (bulan yang rekapnya sudah ditandatangani)</translation>
    </message>
    <message>
        <source>The recap could not be computed; see the log file.</source>
        <translation>Rekap tidak dapat dihitung; lihat berkas log.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} orang</translation>
    </message>
    <message>
        <source>January to {month}:</source>
        <translation>Januari – {month}:</translation>
    </message>
    <message>
        <source>{month}, the year so far:</source>
        <translation>{month}, sejak awal tahun:</translation>
    </message>
    <message>
        <source>Members this month × the rate × 12 months</source>
        <translation>Peserta bulan ini × tarif × 12 bulan</translation>
    </message>
    <message>
        <source>{amount} billed with this month; with the corrections: {total}</source>
        <translation>Koreksi {amount} diperhitungkan bersama bulan ini; jumlah termasuk koreksi: {total}</translation>
    </message>
    <message>
        <source>No member is covered in {month}.</source>
        <translation>Tidak ada peserta yang ditanggung pada {month}.</translation>
    </message>
    <message>
        <source>Recap of {month} saved: {path}</source>
        <translation>Rekap {month} disimpan: {path}</translation>
    </message>
    <message>
        <source>The recap could not be saved; see the log file.</source>
        <translation>Rekap tidak dapat disimpan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RecapTableModel</name>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Name (NIK)</source>
        <translation>Nama (NIK)</translation>
    </message>
    <message>
        <source>Months corrected</source>
        <translation>Bulan yang dikoreksi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>added: {months}</source>
        <translation>ditambah: {months}</translation>
    </message>
    <message>
        <source>taken out: {months}</source>
        <translation>dikurangi: {months}</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <source>from BPJS Ketenagakerjaan, e.g. 25012345678</source>
        <translation>dari BPJS Ketenagakerjaan, mis. 25012345678</translation>
    </message>
    <message>
        <source>YYYY-MM, e.g. 2025-09</source>
        <translation>TTTT-BB, mis. 2025-09</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <source>KPJ number:</source>
        <translation>Nomor KPJ:</translation>
    </message>
    <message>
        <source>First covered month:</source>
        <translation>Bulan pertama ditanggung:</translation>
    </message>
    <message>
        <source>End reason:</source>
        <translation>Alasan berhenti:</translation>
    </message>
    <message>
        <source>Last covered month:</source>
        <translation>Bulan terakhir ditanggung:</translation>
    </message>
</context>
<context>
    <name>StatusOverrideDialog</name>
    <message>
        <source>Change status by exception</source>
        <translation>Ubah status dengan pengecualian</translation>
    </message>
    <message>
        <source>{name} is “{current}”. Skipping a step or going back is an exception: write why; the reason is kept in the audit log with your name.</source>
        <translation>{name} berstatus “{current}”. Melewati langkah atau mundur adalah pengecualian: tulis alasannya; alasan disimpan di jejak audit bersama nama Anda.</translation>
    </message>
    <message>
        <source>e.g. BPJS activated the member before our submission</source>
        <translation>mis. BPJS sudah mengaktifkan peserta sebelum kami ajukan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Status baru:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Write the reason for this exception.</source>
        <translation>Tulis alasan pengecualian ini.</translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <source>Next status: {status}</source>
        <translation>Status berikutnya: {status}</translation>
    </message>
    <message>
        <source>{name} (NIK {nik}) moves from “{current}” to “{target}”.</source>
        <translation>Status {name} (NIK {nik}) berubah dari “{current}” menjadi “{target}”.</translation>
    </message>
    <message>
        <source>optional, e.g. the number of the BPJS letter</source>
        <translation>boleh kosong, mis. nomor surat BPJS</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
</TS>
