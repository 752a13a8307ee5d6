<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="29"/>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="37"/>
        <source>No registered person looks like this one so far. The check runs as you type the NIK, the name and the date of birth.</source>
        <translation>Belum ada orang terdaftar yang mirip. Pemeriksaan berjalan saat NIK, nama, dan tanggal lahir diketik.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="73"/>
        <source>{name}
NIK {nik} · born {date}
{kelurahan} · {reason}</source>
        <translation>{name}
NIK {nik} · lahir {date}
{kelurahan} · {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="82"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="84"/>
        <source>Open this registered person instead of adding a new one</source>
        <translation>Buka data orang yang sudah terdaftar ini, bukan menambah orang baru</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="47"/>
        <source>Export people to</source>
        <translation>Ekspor data penduduk ke</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="64"/>
        <source>Export people</source>
        <translation>Ekspor data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="69"/>
        <source>The file holds personal data (NIK, KK number, disability). Keep it in a safe place and share it only with those who need it.</source>
        <translation>Berkas ini berisi data pribadi (NIK, No. KK, disabilitas). Simpan di tempat yang aman dan bagikan hanya kepada yang memerlukannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="75"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="76"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="77"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="132"/>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="158"/>
        <source>{count} people written to:
{path}</source>
        <translation>Data {count} orang ditulis ke:
{path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="179"/>
        <source>The export stopped because of an unexpected error.</source>
        <translation>Ekspor berhenti karena kesalahan yang tidak terduga.</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="38"/>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="43"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="43"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="43"/>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="52"/>
        <source>Make head of household</source>
        <translation>Jadikan kepala keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="53"/>
        <source>Change the family&apos;s KK number…</source>
        <translation>Ganti No. KK keluarga…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="56"/>
        <source>New KK number (16 digits)</source>
        <translation>No. KK baru (16 angka)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="58"/>
        <source>Save new KK number</source>
        <translation>Simpan No. KK baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="59"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="100"/>
        <source>KK number {kk} · {count} members</source>
        <translation>No. KK {kk} · {count} anggota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="108"/>
        <source>No KK number recorded yet: fill in the KK number in the form and save.</source>
        <translation>Belum ada No. KK: isi No. KK di formulir lalu simpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="116"/>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="123"/>
        <source>Head of household</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="155"/>
        <source>Head of household changed.</source>
        <translation>Kepala keluarga sudah diganti.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="182"/>
        <source>The whole family now has KK number {kk}.</source>
        <translation>Seluruh keluarga sekarang memakai No. KK {kk}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="40"/>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="42"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="60"/>
        <source>Import people</source>
        <translation>Impor data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="62"/>
        <source>An .xlsx or .csv file with a header row</source>
        <translation>Berkas .xlsx atau .csv dengan baris judul kolom</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="63"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="64"/>
        <source>Try first (save nothing)</source>
        <translation>Coba dulu (tanpa menyimpan)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="66"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="69"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="71"/>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="72"/>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="73"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="93"/>
        <source>Required columns: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Optional: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, KEPALA_KELUARGA, CATATAN. People already registered are matched by NIK and updated; rejected rows and their reasons are listed in the report.</source>
        <translation>Kolom wajib: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Kolom tambahan: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, KEPALA_KELUARGA, CATATAN. Orang yang sudah terdaftar dicocokkan menurut NIK lalu diperbarui; baris yang ditolak beserta alasannya tercantum di laporan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="113"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="114"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="115"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="116"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="117"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="118"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="201"/>
        <source>Trying the file; nothing is saved…</source>
        <translation>Mencoba berkas; tidak ada yang disimpan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="201"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="219"/>
        <source>Stopping; nothing will be saved…</source>
        <translation>Menghentikan; tidak ada yang akan disimpan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="232"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>Dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="234"/>
        <source>Trial finished: nothing was saved. Read the report, then choose Import now.</source>
        <translation>Percobaan selesai: tidak ada yang disimpan. Baca laporannya, lalu pilih Impor sekarang.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="236"/>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="254"/>
        <source>The import stopped because of an unexpected error; nothing was saved.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="78"/>
        <source>Search name, NIK, KK number or address (Ctrl+F)</source>
        <translation>Cari nama, NIK, No. KK, atau alamat (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="110"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="111"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="112"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="113"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="114"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="115"/>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="116"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Daftarkan penduduk baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="117"/>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Buka data orang yang dipilih (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="118"/>
        <source>Import people from an Excel or CSV file (Ctrl+I)</source>
        <translation>Impor data penduduk dari berkas Excel atau CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="122"/>
        <source>Print beneficiary cards for the selected people (Ctrl+P)</source>
        <translation>Cetak kartu penerima manfaat untuk orang yang dipilih (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="124"/>
        <source>Only supervisors and administrators may print cards</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="128"/>
        <source>Export everyone to an Excel or CSV file (Ctrl+E)</source>
        <translation>Ekspor semua penduduk ke berkas Excel atau CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="130"/>
        <source>Only supervisors and administrators may export people&apos;s data</source>
        <translation>Hanya supervisor dan administrator yang boleh mengekspor data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="255"/>
        <source>The search failed unexpectedly; see the log file.</source>
        <translation>Pencarian gagal karena kesalahan yang tidak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="261"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="263"/>
        <source>Nobody is registered yet. Add a person (Ctrl+N) or import a file.</source>
        <translation>Belum ada penduduk terdaftar. Tambah orang (Ctrl+N) atau impor berkas.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="265"/>
        <source>Showing {count} people</source>
        <translation>Menampilkan {count} orang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="267"/>
        <source>Showing {count} people, scroll for more</source>
        <translation>Menampilkan {count} orang, gulir untuk lebih</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="34"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="35"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="36"/>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="37"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="38"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="39"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="40"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="41"/>
        <source>KK number</source>
        <translation>No. KK</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="43"/>
        <source>Delete person</source>
        <translation>Hapus data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="45"/>
        <source>Why is {name} deleted? (e.g. duplicate record, moved away)</source>
        <translation>Mengapa data {name} dihapus? (misalnya: data ganda, pindah domisili)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="50"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="51"/>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="75"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="77"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="79"/>
        <source>Supervisors and administrators can delete a person</source>
        <translation>Supervisor dan administrator dapat menghapus data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="129"/>
        <source>Add a person</source>
        <translation>Tambah penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="148"/>
        <source>Person: {name}</source>
        <translation>Penduduk: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="212"/>
        <source>This is the registered person&apos;s stored record. What you had typed for the new person was not saved.</source>
        <translation>Ini data orang yang sudah terdaftar. Isian untuk orang baru tadi tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="240"/>
        <source>The form now shows that stored record; what you typed was not saved.</source>
        <translation>Formulir sekarang menampilkan data yang sudah tersimpan itu; isian Anda tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="74"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="76"/>
        <source>Open the registered person</source>
        <translation>Buka data yang sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="81"/>
        <source>16 digits, as on the family card (may be empty)</source>
        <translation>16 angka, sesuai Kartu Keluarga (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="85"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="86"/>
        <source>L — Male</source>
        <translation>L — Laki-laki</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="87"/>
        <source>P — Female</source>
        <translation>P — Perempuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="91"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="94"/>
        <source>Street, alley or kampung, house number</source>
        <translation>Jalan, gang atau kampung, nomor rumah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="97"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="100"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="115"/>
        <source>Type part of the kelurahan&apos;s name</source>
        <translation>Ketik sebagian nama kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="117"/>
        <source>e.g. 081234567890</source>
        <translation>contoh 081234567890</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="126"/>
        <source>(not recorded)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="145"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="146"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="147"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="148"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="149"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="156"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="157"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="165"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="166"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="167"/>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="168"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="169"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="170"/>
        <source>DTSEN decile</source>
        <translation>Desil DTSEN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="171"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="325"/>
        <source>Open {name}&apos;s record</source>
        <translation>Buka data {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="345"/>
        <source>This NIK is already registered to {name}. Open that record instead of registering the person twice.</source>
        <translation>NIK ini sudah terdaftar atas nama {name}. Buka data itu; jangan mendaftarkan orang yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="358"/>
        <source>By the NIK: {sex}, born {date}.</source>
        <translation>Menurut NIK: {sex}, lahir {date}.</translation>
    </message>
</context>
<context>
    <name>ProgramsPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="210"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="212"/>
        <source>No program is recorded for this person yet.</source>
        <translation>Belum ada program yang tercatat untuk orang ini.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/progress_row.py" line="13"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
</context>
</TS>
