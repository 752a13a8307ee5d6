<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>No registered person looks like this one so far. The check runs as you type the NIK, the name and the date of birth.</source>
        <translation>Belum ada orang terdaftar yang mirip. Pemeriksaan berjalan saat NIK, nama, dan tanggal lahir diketik.</translation>
    </message>
    <message>
        <source>{name}
NIK {nik} · born {date}
{kelurahan} · {reason}</source>
        <translation>{name}
NIK {nik} · lahir {date}
{kelurahan} · {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open this registered person instead of adding a new one</source>
        <translation>Buka data orang yang sudah terdaftar ini, bukan menambah orang baru</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export people to</source>
        <translation>Ekspor data penduduk ke</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Ekspor data penduduk</translation>
    </message>
    <message>
        <source>The file holds personal data (NIK, KK number, disability). Keep it in a safe place and share it only with those who need it.</source>
        <translation>Berkas ini berisi data pribadi (NIK, No. KK, disabilitas). Simpan di tempat yang aman dan bagikan hanya kepada yang memerlukannya.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>{count} people written to:
{path}</source>
        <translation>Data {count} orang ditulis ke:
{path}</translation>
    </message>
    <message>
        <source>The export stopped because of an unexpected error.</source>
        <translation>Ekspor berhenti karena kesalahan yang tidak terduga.</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Make head of household</source>
        <translation>Jadikan kepala keluarga</translation>
    </message>
    <message>
        <source>Change the family&apos;s KK number…</source>
        <translation>Ganti No. KK keluarga…</translation>
    </message>
    <message>
        <source>New KK number (16 digits)</source>
        <translation>No. KK baru (16 angka)</translation>
    </message>
    <message>
        <source>Save new KK number</source>
        <translation>Simpan No. KK baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>KK number {kk} · {count} members</source>
        <translation>No. KK {kk} · {count} anggota</translation>
    </message>
    <message>
        <source>No KK number recorded yet: fill in the KK number in the form and save.</source>
        <translation>Belum ada No. KK: isi No. KK di formulir lalu simpan.</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Head of household changed.</source>
        <translation>Kepala keluarga sudah diganti.</translation>
    </message>
    <message>
        <source>The whole family now has KK number {kk}.</source>
        <translation>Seluruh keluarga sekarang memakai No. KK {kk}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Impor data penduduk</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file with a header row</source>
        <translation>Berkas .xlsx atau .csv dengan baris judul kolom</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Try first (save nothing)</source>
        <translation>Coba dulu (tanpa menyimpan)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Required columns: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Optional: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, KEPALA_KELUARGA, CATATAN. People already registered are matched by NIK and updated; rejected rows and their reasons are listed in the report.</source>
        <translation>Kolom wajib: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Kolom tambahan: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, KEPALA_KELUARGA, CATATAN. Orang yang sudah terdaftar dicocokkan menurut NIK lalu diperbarui; baris yang ditolak beserta alasannya tercantum di laporan.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Trying the file; nothing is saved…</source>
        <translation>Mencoba berkas; tidak ada yang disimpan…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be saved…</source>
        <translation>Menghentikan; tidak ada yang akan disimpan…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Trial finished: nothing was saved. Read the report, then choose Import now.</source>
        <translation>Percobaan selesai: tidak ada yang disimpan. Baca laporannya, lalu pilih Impor sekarang.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error; nothing was saved.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, NIK, KK number or address (Ctrl+F)</source>
        <translation>Cari nama, NIK, No. KK, atau alamat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Daftarkan penduduk baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Buka data orang yang dipilih (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <source>Import people from an Excel or CSV file (Ctrl+I)</source>
        <translation>Impor data penduduk dari berkas Excel atau CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Print beneficiary cards for the selected people (Ctrl+P)</source>
        <translation>Cetak kartu penerima manfaat untuk orang yang dipilih (Ctrl+P)</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may print cards</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak kartu</translation>
    </message>
    <message>
        <source>Export everyone to an Excel or CSV file (Ctrl+E)</source>
        <translation>Ekspor semua penduduk ke berkas Excel atau CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may export people&apos;s data</source>
        <translation>Hanya supervisor dan administrator yang boleh mengekspor data penduduk</translation>
    </message>
    <message>
        <source>The search failed unexpectedly; see the log file.</source>
        <translation>Pencarian gagal karena kesalahan yang tidak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Add a person (Ctrl+N) or import a file.</source>
        <translation>Belum ada penduduk terdaftar. Tambah orang (Ctrl+N) atau impor berkas.</translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation>{total} orang</translation>
    </message>
    <message>
        <source>{shown} of {total} people, scroll for more</source>
        <translation>{shown} dari {total} orang, gulir untuk lebih</translation>
    </message>
    <message>
        <source>{shown} of more than {total} people, scroll for more</source>
        <translation>{shown} dari lebih dari {total} orang, gulir untuk lebih</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>No. KK</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not saved. Correct the form, or open the registered person.</source>
        <translation>Belum disimpan. Perbaiki isian, atau buka data penduduk yang sudah terdaftar.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Before saving, please check:

{points}

Save anyway?</source>
        <translation>Sebelum menyimpan, mohon periksa:

{points}

Tetap simpan?</translation>
    </message>
    <message>
        <source>{name} (NIK {nik}, born {date}) is already registered with a similar name and the same date of birth: is this the same person?</source>
        <translation>{name} (NIK {nik}, lahir {date}) sudah terdaftar dengan nama mirip dan tanggal lahir sama: apakah ini orang yang sama?</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Hapus data penduduk</translation>
    </message>
    <message>
        <source>Why is {name} deleted? (e.g. duplicate record, moved away)</source>
        <translation>Mengapa data {name} dihapus? (misalnya: data ganda, pindah domisili)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Supervisors and administrators can delete a person</source>
        <translation>Supervisor dan administrator dapat menghapus data penduduk</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tambah penduduk</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Penduduk: {name}</translation>
    </message>
    <message>
        <source>This is the registered person&apos;s stored record. What you had typed for the new person was not saved.</source>
        <translation>Ini data orang yang sudah terdaftar. Isian untuk orang baru tadi tidak disimpan.</translation>
    </message>
    <message>
        <source>The form now shows that stored record; what you typed was not saved.</source>
        <translation>Formulir sekarang menampilkan data yang sudah tersimpan itu; isian Anda tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, sesuai KTP</translation>
    </message>
    <message>
        <source>Open the registered person</source>
        <translation>Buka data yang sudah terdaftar</translation>
    </message>
    <message>
        <source>16 digits, as on the family card (may be empty)</source>
        <translation>16 angka, sesuai Kartu Keluarga (boleh kosong)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>L — Male</source>
        <translation>L — Laki-laki</translation>
    </message>
    <message>
        <source>P — Female</source>
        <translation>P — Perempuan</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Street, alley or kampung, house number</source>
        <translation>Jalan, gang atau kampung, nomor rumah</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Type part of the kelurahan&apos;s name</source>
        <translation>Ketik sebagian nama kelurahan</translation>
    </message>
    <message>
        <source>e.g. 081234567890</source>
        <translation>contoh 081234567890</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>DTSEN decile</source>
        <translation>Desil DTSEN</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Open {name}&apos;s record</source>
        <translation>Buka data {name}</translation>
    </message>
    <message>
        <source>This NIK is already registered to {name}. Open that record instead of registering the person twice.</source>
        <translation>NIK ini sudah terdaftar atas nama {name}. Buka data itu; jangan mendaftarkan orang yang sama dua kali.</translation>
    </message>
    <message>
        <source>By the NIK: {sex}, born {date}.</source>
        <translation>Menurut NIK: {sex}, lahir {date}.</translation>
    </message>
</context>
<context>
    <name>ProgramsPanel</name>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>No program is recorded for this person yet.</source>
        <translation>Belum ada program yang tercatat untuk orang ini.</translation>
    </message>
</context>
</TS>
