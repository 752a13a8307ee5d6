<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="52"/>
        <source>Enrol a worker</source>
        <translation>Daftarkan pekerja</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="54"/>
        <source>Type the NIK or the name of the resident</source>
        <translation>Ketik NIK atau nama penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="65"/>
        <source>choose or type, e.g. pemulung</source>
        <translation>pilih atau ketik, mis. pemulung</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="68"/>
        <source>e.g. Pasar Ciputat</source>
        <translation>mis. Pasar Ciputat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="70"/>
        <source>Declared monthly income in whole rupiah; JKK is 1% of it</source>
        <translation>Penghasilan sebulan yang dilaporkan, rupiah bulat; iuran JKK 1% darinya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="73"/>
        <source>Why this worker is enrolled despite the rules above</source>
        <translation>Mengapa pekerja ini didaftarkan walau tidak memenuhi syarat di atas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="77"/>
        <source>Propose</source>
        <translation>Usulkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="92"/>
        <source>Resident:</source>
        <translation>Penduduk:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="95"/>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="96"/>
        <source>Work location:</source>
        <translation>Lokasi kerja:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="97"/>
        <source>Declared income (Rp):</source>
        <translation>Penghasilan (Rp):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="99"/>
        <source>Exception reason:</source>
        <translation>Alasan pengecualian:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="133"/>
        <source>Nobody found. Register the resident in Penduduk first.</source>
        <translation>Tidak ditemukan. Daftarkan dulu penduduknya di Penduduk.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="143"/>
        <source>Chosen: {name} (NIK {nik})</source>
        <translation>Dipilih: {name} (NIK {nik})</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="157"/>
        <source>Not eligible:</source>
        <translation>Tidak memenuhi syarat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="159"/>
        <source>Not eligible (only a supervisor may enrol by exception):</source>
        <translation>Tidak memenuhi syarat (hanya supervisor yang boleh mendaftarkan dengan pengecualian):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="189"/>
        <source>Choose the resident first.</source>
        <translation>Pilih penduduknya dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/enrol_dialog.py" line="193"/>
        <source>Write the reason for enrolling despite the rules.</source>
        <translation>Tulis alasan mendaftarkan walau tidak memenuhi syarat.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="55"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="55"/>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="55"/>
        <source>When / by</source>
        <translation>Waktu / oleh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="68"/>
        <source>(new)</source>
        <translation>(baru)</translation>
    </message>
</context>
<context>
    <name>JamsosPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/jamsos_page.py" line="17"/>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="28"/>
        <source>Member</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="32"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="33"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="34"/>
        <source>Kelurahan / RW:</source>
        <translation>Kelurahan / RW:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="35"/>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="36"/>
        <source>Work location:</source>
        <translation>Lokasi kerja:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="37"/>
        <source>Declared income:</source>
        <translation>Penghasilan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="38"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="39"/>
        <source>KPJ number:</source>
        <translation>Nomor KPJ:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="40"/>
        <source>Covered months:</source>
        <translation>Bulan ditanggung:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="41"/>
        <source>End reason:</source>
        <translation>Alasan berhenti:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="48"/>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_detail_panel.py" line="62"/>
        <source>Select a member in the table to see the details and history.</source>
        <translation>Pilih peserta di tabel untuk melihat rincian dan riwayatnya.</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="22"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="28"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="31"/>
        <source>Only members living in this RW (e.g. 3)</source>
        <translation>Hanya peserta yang tinggal di RW ini (mis. 3)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="33"/>
        <source>Month YYYY-MM</source>
        <translation>Bulan TTTT-BB</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="35"/>
        <source>Only members covered (paid for) in this month, as in the recap</source>
        <translation>Hanya peserta yang ditanggung (dibayar iurannya) pada bulan ini, sama dengan rekap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="37"/>
        <source>Search name, NIK or KPJ number</source>
        <translation>Cari nama, NIK, atau nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="46"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="48"/>
        <source>Occupation:</source>
        <translation>Pekerjaan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/member_filter_bar.py" line="62"/>
        <source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="64"/>
        <source>Enrol a worker…</source>
        <translation>Daftarkan pekerja…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="65"/>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="307"/>
        <source>Next status…</source>
        <translation>Status berikutnya…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="66"/>
        <source>Change status by exception…</source>
        <translation>Ubah status (pengecualian)…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="67"/>
        <source>Record death…</source>
        <translation>Catat kematian…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="68"/>
        <source>Open person…</source>
        <translation>Buka data penduduk…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="203"/>
        <source>The listing failed unexpectedly; see the log file.</source>
        <translation>Daftar gagal dimuat karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="210"/>
        <source>No member yet. Enrol a worker to start.</source>
        <translation>Belum ada peserta. Daftarkan pekerja untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="212"/>
        <source>No member matches the filters.</source>
        <translation>Tidak ada peserta yang cocok dengan saringan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="214"/>
        <source>{total} members ({shown} shown, scroll for more)</source>
        <translation>{total} peserta ({shown} ditampilkan, gulir untuk selebihnya)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="218"/>
        <source>{total} members</source>
        <translation>{total} peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="262"/>
        <source>Only a supervisor or an administrator may change a member&apos;s status</source>
        <translation>Hanya supervisor atau administrator yang boleh mengubah status peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="263"/>
        <source>Propose a resident as a member (eligibility is checked)</source>
        <translation>Usulkan penduduk sebagai peserta (syarat diperiksa)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="266"/>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="299"/>
        <source>Select a member first</source>
        <translation>Pilih peserta dulu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="278"/>
        <source>Move the member to “{status}”</source>
        <translation>Ubah status peserta menjadi “{status}”</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="280"/>
        <source>This membership has ended; enrol the worker again to start a new one</source>
        <translation>Kepesertaan ini sudah berhenti; daftarkan pekerja lagi untuk kepesertaan baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="285"/>
        <source>Skip a step or go back, with a written reason</source>
        <translation>Lewati langkah atau mundur, dengan alasan tertulis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="288"/>
        <source>This membership has already ended</source>
        <translation>Kepesertaan ini sudah berhenti</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="291"/>
        <source>End the membership because the member died, and print the JKM claim checklist</source>
        <translation>Akhiri kepesertaan karena peserta meninggal, dan cetak daftar periksa klaim JKM</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="297"/>
        <source>Open the resident&apos;s record in Penduduk (Enter or double-click)</source>
        <translation>Buka data penduduk ini di Penduduk (Enter atau klik ganda)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_tab.py" line="305"/>
        <source>Next status: {status}…</source>
        <translation>Status berikutnya: {status}…</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="30"/>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="42"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="43"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="44"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="45"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="47"/>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="48"/>
        <source>Covered months</source>
        <translation>Bulan ditanggung</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/members_table_model.py" line="64"/>
        <source>Ended: {reason}</source>
        <translation>Berhenti: {reason}</translation>
    </message>
</context>
<context>
    <name>MembershipHistory</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="40"/>
        <source>KPJ {kpj}</source>
        <translation>KPJ {kpj}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="42"/>
        <source>exception: {reason}</source>
        <translation>pengecualian: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="88"/>
        <source>{occupation} — {status}</source>
        <translation>{occupation} — {status}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="93"/>
        <source>KPJ number: {kpj}</source>
        <translation>Nomor KPJ: {kpj}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="95"/>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="97"/>
        <source>Covered: {first} – {last}</source>
        <translation>Ditanggung: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="103"/>
        <source>Ended because: {reason}</source>
        <translation>Berhenti karena: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="108"/>
        <source>Works at: {place}</source>
        <translation>Lokasi kerja: {place}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="110"/>
        <source>Declared income: {income}</source>
        <translation>Penghasilan: {income}</translation>
    </message>
</context>
<context>
    <name>MembershipHistoryPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="121"/>
        <source>Jamsosnaker membership</source>
        <translation>Kepesertaan Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/membership_history.py" line="152"/>
        <source>Not a Jamsosnaker member.</source>
        <translation>Bukan peserta Jamsosnaker.</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="30"/>
        <source>from BPJS Ketenagakerjaan, e.g. 25012345678</source>
        <translation>dari BPJS Ketenagakerjaan, mis. 25012345678</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="32"/>
        <source>YYYY-MM, e.g. 2025-09</source>
        <translation>TTTT-BB, mis. 2025-09</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="34"/>
        <source>Choose a reason…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="39"/>
        <source>KPJ number:</source>
        <translation>Nomor KPJ:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="40"/>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="51"/>
        <source>First covered month:</source>
        <translation>Bulan pertama ditanggung:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="41"/>
        <source>End reason:</source>
        <translation>Alasan berhenti:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_fields.py" line="51"/>
        <source>Last covered month:</source>
        <translation>Bulan terakhir ditanggung:</translation>
    </message>
</context>
<context>
    <name>StatusOverrideDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="35"/>
        <source>Change status by exception</source>
        <translation>Ubah status dengan pengecualian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="40"/>
        <source>{name} is “{current}”. Skipping a step or going back is an exception: write why; the reason is kept in the audit log with your name.</source>
        <translation>{name} berstatus “{current}”. Melewati langkah atau mundur adalah pengecualian: tulis alasannya; alasan disimpan di jejak audit bersama nama Anda.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="49"/>
        <source>e.g. BPJS activated the member before our submission</source>
        <translation>mis. BPJS sudah mengaktifkan peserta sebelum kami ajukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="54"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="57"/>
        <source>New status:</source>
        <translation>Status baru:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="58"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_override_dialog.py" line="83"/>
        <source>Write the reason for this exception.</source>
        <translation>Tulis alasan pengecualian ini.</translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="33"/>
        <source>Next status: {status}</source>
        <translation>Status berikutnya: {status}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="37"/>
        <source>{name} (NIK {nik}) moves from “{current}” to “{target}”.</source>
        <translation>Status {name} (NIK {nik}) berubah dari “{current}” menjadi “{target}”.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="45"/>
        <source>optional, e.g. the number of the BPJS letter</source>
        <translation>boleh kosong, mis. nomor surat BPJS</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="48"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/status_step_dialog.py" line="52"/>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
</TS>
