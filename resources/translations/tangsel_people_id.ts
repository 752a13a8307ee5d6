<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="71"/>
        <source>Take a photo with the camera</source>
        <translation>Ambil foto dengan kamera</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="81"/>
        <source>&amp;Take photo</source>
        <translation>&amp;Ambil foto</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="82"/>
        <source>&amp;Use this photo</source>
        <translation>&amp;Pakai foto ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="83"/>
        <source>Take &amp;again</source>
        <translation>Ambil &amp;ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="84"/>
        <source>Choose a &amp;file instead…</source>
        <translation>Pilih &amp;berkas saja…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="85"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="122"/>
        <source>No camera was found on this laptop. Plug in a webcam and open this again, or choose a photo file instead.</source>
        <translation>Tidak ada kamera di laptop ini. Pasang kamera (webcam) lalu buka lagi, atau pilih berkas foto saja.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="145"/>
        <source>The photo is cut upright (3:4) from the middle: put the face in the middle of the picture.</source>
        <translation>Foto dipotong tegak (3:4) dari tengah gambar: letakkan wajah di tengah.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/camera_dialog.py" line="204"/>
        <source>The camera does not answer ({error}). Close other programs that use it, or choose a file.</source>
        <translation>Kamera tidak menjawab ({error}). Tutup program lain yang memakai kamera, atau pilih berkas foto.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="31"/>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="39"/>
        <source>No registered person looks like this one so far. The check runs as you type the NIK, the name and the date of birth.</source>
        <translation>Belum ada orang terdaftar yang mirip. Pemeriksaan berjalan saat NIK, nama, dan tanggal lahir diketik.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="75"/>
        <source>{name}
NIK {nik} · born {date}
{kelurahan} · {reason}</source>
        <translation>{name}
NIK {nik} · lahir {date}
{kelurahan} · {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="84"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/duplicates_panel.py" line="86"/>
        <source>Open this registered person instead of adding a new one</source>
        <translation>Buka data orang yang sudah terdaftar ini, bukan menambah orang baru</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="40"/>
        <source>Export people to</source>
        <translation>Ekspor data penduduk ke</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="56"/>
        <source>Export people</source>
        <translation>Ekspor data penduduk</translation>
    </message>
    <message>
        <source>The file holds personal data (NIK, KK number, disability). Keep it in a safe place and share it only with those who need it.</source>
        <translation type="vanished">Berkas ini berisi data pribadi (NIK, No. KK, disabilitas). Simpan di tempat yang aman dan bagikan hanya kepada yang memerlukannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="61"/>
        <source>The file holds personal data (NIK, KK number, disability). Keep it in a safe place and share it only with those who need it. Photos are not in it: they stay in the office&apos;s data and its backups.</source>
        <translation>Berkas ini berisi data pribadi (NIK, No. KK, disabilitas). Simpan di tempat yang aman dan bagikan hanya kepada yang memerlukannya. Foto tidak ikut: foto tetap di data kantor dan cadangannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="68"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="69"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="123"/>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="139"/>
        <source>{count} people written to:
{path}</source>
        <translation>Data {count} orang ditulis ke:
{path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/export_dialog.py" line="157"/>
        <source>The export stopped because of an unexpected error.</source>
        <translation>Ekspor berhenti karena kesalahan yang tidak terduga.</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="36"/>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="41"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="41"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="41"/>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="50"/>
        <source>Make head of household</source>
        <translation>Jadikan kepala keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="51"/>
        <source>Change the family&apos;s KK number…</source>
        <translation>Ganti No. KK keluarga…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="54"/>
        <source>New KK number (16 digits)</source>
        <translation>No. KK baru (16 angka)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="56"/>
        <source>Save new KK number</source>
        <translation>Simpan No. KK baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="57"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="98"/>
        <source>KK number {kk} · {count} members</source>
        <translation>No. KK {kk} · {count} anggota</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="106"/>
        <source>No KK number recorded yet: fill in the KK number in the form and save.</source>
        <translation>Belum ada No. KK: isi No. KK di formulir lalu simpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="114"/>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="135"/>
        <source>{relation}, head of household</source>
        <translation>{relation}, kepala keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="138"/>
        <source>Head of household</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="139"/>
        <source>not recorded</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="141"/>
        <source>Open this member and choose their relationship as the KK writes it.</source>
        <translation>Buka data anggota ini lalu pilih hubungannya seperti tertulis di KK.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="172"/>
        <source>Head of household changed.</source>
        <translation>Kepala keluarga sudah diganti.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="204"/>
        <source>The whole family now has KK number {kk}.</source>
        <translation>Seluruh keluarga sekarang memakai No. KK {kk}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="42"/>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="44"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel atau CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="65"/>
        <source>Import people</source>
        <translation>Impor data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="67"/>
        <source>An .xlsx or .csv file with a header row</source>
        <translation>Berkas .xlsx atau .csv dengan baris judul kolom</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="68"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="69"/>
        <source>Try first (save nothing)</source>
        <translation>Coba dulu (tanpa menyimpan)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="71"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="74"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="77"/>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="81"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="81"/>
        <source>NIK / name</source>
        <translation>NIK / nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="81"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="93"/>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="98"/>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="211"/>
        <source>Copy location</source>
        <translation>Salin lokasi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="99"/>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="299"/>
        <source>would be stored</source>
        <translation>akan disimpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="347"/>
        <source>No program on this computer opens the report. It is saved at:
{path}</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka laporan. Laporan tersimpan di:
{path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="361"/>
        <source>Location copied</source>
        <translation>Lokasi tersalin</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="152"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="153"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="154"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="155"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="156"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="157"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="158"/>
        <source>Residents of other kelurahan</source>
        <translation>Warga kelurahan lain</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="260"/>
        <source>Trying the file; nothing is saved…</source>
        <translation>Mencoba berkas; tidak ada yang disimpan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="260"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="109"/>
        <source>Stopping; nothing will be saved…</source>
        <translation>Menghentikan; tidak ada yang akan disimpan…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="124"/>
        <source>Required columns: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Optional: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, HUBUNGAN (as on the KK), KEPALA_KELUARGA, CATATAN. People already registered are matched by NIK and updated; rejected rows and their reasons are shown below and listed in the report.</source>
        <translation>Kolom wajib: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. Kolom tambahan: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, HUBUNGAN (seperti di KK), KEPALA_KELUARGA, CATATAN. Orang yang sudah terdaftar dicocokkan menurut NIK lalu diperbarui; baris yang ditolak beserta alasannya tampil di bawah dan tercantum di laporan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="278"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>Dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="280"/>
        <source>Trial finished: nothing was saved. Read the report, then choose Import now.</source>
        <translation>Percobaan selesai: tidak ada yang disimpan. Baca laporannya, lalu pilih Impor sekarang.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="282"/>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="295"/>
        <source>{count} row(s) are residents of another kelurahan. They are {kept}, each with a warning in the report: check that this office serves them.</source>
        <translation>{count} baris adalah warga kelurahan lain. Baris itu {kept}, masing-masing dengan peringatan di laporan: periksa apakah kantor ini memang melayani mereka.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="299"/>
        <source>stored</source>
        <translation>sudah disimpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="319"/>
        <source>The first {shown} of {total} rejected rows; the report lists them all.</source>
        <translation>{shown} baris pertama dari {total} baris yang ditolak; semuanya tercantum di laporan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="323"/>
        <source>Fix these rows in the file, then import it again.</source>
        <translation>Perbaiki baris-baris ini di berkas, lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="326"/>
        <source>Rejected rows ({count})</source>
        <translation>Baris yang ditolak ({count})</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/import_dialog.py" line="335"/>
        <source>The import stopped because of an unexpected error; nothing was saved.</source>
        <translation>Impor berhenti karena kesalahan yang tidak terduga; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>PdpActions</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="25"/>
        <source>Save the personal data report as</source>
        <translation>Simpan laporan data pribadi sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="44"/>
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="47"/>
        <source>Erase the personal data of {name} (NIK {nik})? This cannot be undone.</source>
        <translation>Hapus data pribadi {name} (NIK {nik})? Penghapusan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="57"/>
        <source>Erased:</source>
        <translation>Yang dihapus:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="61"/>
        <source>Kept for the office&apos;s accountability, without personal data:</source>
        <translation>Yang disimpan untuk pertanggungjawaban kantor, tanpa data pribadi:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="73"/>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="76"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/pdp_actions.py" line="83"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="86"/>
        <source>Search name, NIK, KK number or address (Ctrl+F)</source>
        <translation>Cari nama, NIK, No. KK, atau alamat (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="118"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="119"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="120"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="121"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="122"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="123"/>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="124"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Daftarkan penduduk baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="125"/>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Buka data orang yang dipilih (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="126"/>
        <source>Import people from an Excel or CSV file (Ctrl+I)</source>
        <translation>Impor data penduduk dari berkas Excel atau CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="130"/>
        <source>Print beneficiary cards for the selected people (Ctrl+P)</source>
        <translation>Cetak kartu penerima manfaat untuk orang yang dipilih (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="132"/>
        <source>Only supervisors and administrators may print cards</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="136"/>
        <source>Export everyone to an Excel or CSV file (Ctrl+E)</source>
        <translation>Ekspor semua penduduk ke berkas Excel atau CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="138"/>
        <source>Only supervisors and administrators may export people&apos;s data</source>
        <translation>Hanya supervisor dan administrator yang boleh mengekspor data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="257"/>
        <source>The search failed unexpectedly; see the log file.</source>
        <translation>Pencarian gagal karena kesalahan yang tidak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="263"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="265"/>
        <source>Nobody is registered yet. Add a person (Ctrl+N) or import a file.</source>
        <translation>Belum ada penduduk terdaftar. Tambah orang (Ctrl+N) atau impor berkas.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="267"/>
        <source>{total} people</source>
        <translation>{total} orang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="273"/>
        <source>{shown} of {total} people, scroll for more</source>
        <translation>{shown} dari {total} orang, gulir untuk lebih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_page.py" line="269"/>
        <source>{shown} of more than {total} people, scroll for more</source>
        <translation>{shown} dari lebih dari {total} orang, gulir untuk lebih</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="37"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="39"/>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="40"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="41"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="42"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="43"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/people_table_model.py" line="44"/>
        <source>KK number</source>
        <translation>No. KK</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="346"/>
        <source>Not saved. Correct the form, or open the registered person.</source>
        <translation>Belum disimpan. Perbaiki isian, atau buka data penduduk yang sudah terdaftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="343"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="343"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="343"/>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="339"/>
        <source>Before saving, please check:

{points}

Save anyway?</source>
        <translation>Sebelum menyimpan, mohon periksa:

{points}

Tetap simpan?</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="333"/>
        <source>{name} (NIK {nik}, born {date}) is already registered with a similar name and the same date of birth: is this the same person?</source>
        <translation>{name} (NIK {nik}, lahir {date}) sudah terdaftar dengan nama mirip dan tanggal lahir sama: apakah ini orang yang sama?</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="48"/>
        <source>Delete person</source>
        <translation>Hapus data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="50"/>
        <source>Why is {name} deleted? (e.g. duplicate record, moved away)</source>
        <translation>Mengapa data {name} dihapus? (misalnya: data ganda, pindah domisili)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="55"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="56"/>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="98"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="100"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="102"/>
        <source>Supervisors and administrators can delete a person</source>
        <translation>Supervisor dan administrator dapat menghapus data penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="104"/>
        <source>Personal data report…</source>
        <translation>Laporan data pribadi…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="106"/>
        <source>Everything the office holds about this person, as a PDF</source>
        <translation>Semua data yang disimpan kantor tentang orang ini, sebagai PDF (supervisor)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="107"/>
        <source>Erase personal data…</source>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="110"/>
        <source>Administrators erase a person who asks, when no program runs for them</source>
        <translation>Administrator menghapus data pribadi orang yang memintanya (UU PDP), bila ia tidak sedang mengikuti program yang berjalan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="171"/>
        <source>Add a person</source>
        <translation>Tambah penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="196"/>
        <source>Person: {name}</source>
        <translation>Penduduk: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="277"/>
        <source>This is the registered person&apos;s stored record. What you had typed for the new person was not saved.</source>
        <translation>Ini data orang yang sudah terdaftar. Isian untuk orang baru tadi tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="380"/>
        <source>The form now shows that stored record; what you typed was not saved.</source>
        <translation>Formulir sekarang menampilkan data yang sudah tersimpan itu; isian Anda tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_dialog.py" line="431"/>
        <source>Personal data report saved: {path} ({pages} pages)</source>
        <translation>Laporan data pribadi disimpan: {path} ({pages} halaman)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="56"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="58"/>
        <source>Open the registered person</source>
        <translation>Buka data yang sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="63"/>
        <source>16 digits, as on the family card (may be empty)</source>
        <translation>16 angka, sesuai Kartu Keluarga (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="75"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="76"/>
        <source>L — Male</source>
        <translation>L — Laki-laki</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="77"/>
        <source>P — Female</source>
        <translation>P — Perempuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="81"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="84"/>
        <source>Street, alley or kampung, house number</source>
        <translation>Jalan, gang atau kampung, nomor rumah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="87"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="90"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="105"/>
        <source>Type part of the kelurahan&apos;s name</source>
        <translation>Ketik sebagian nama kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="107"/>
        <source>e.g. 081234567890</source>
        <translation>contoh 081234567890</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="65"/>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="116"/>
        <source>(not recorded)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="70"/>
        <source>The relationship to the head of family, as the Kartu Keluarga writes it.</source>
        <translation>Hubungan dengan kepala keluarga, seperti tertulis di Kartu Keluarga.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="135"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="136"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="137"/>
        <source>Relationship in the family</source>
        <translation>Hubungan dalam keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="138"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="139"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="140"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="147"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="148"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="156"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="157"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="158"/>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="159"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="160"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="161"/>
        <source>DTSEN decile</source>
        <translation>Desil DTSEN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="162"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="323"/>
        <source>Open {name}&apos;s record</source>
        <translation>Buka data {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="343"/>
        <source>This NIK is already registered to {name}. Open that record instead of registering the person twice.</source>
        <translation>NIK ini sudah terdaftar atas nama {name}. Buka data itu; jangan mendaftarkan orang yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/person_form.py" line="356"/>
        <source>By the NIK: {sex}, born {date}.</source>
        <translation>Menurut NIK: {sex}, lahir {date}.</translation>
    </message>
</context>
<context>
    <name>PersonPhotoView</name>
    <message>
        <location filename="../../tangsel_desktop/ui/widgets/person_photo_view.py" line="25"/>
        <source>No photo yet</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/widgets/person_photo_view.py" line="35"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="28"/>
        <source>Choose a photo of the person</source>
        <translation>Pilih foto orang ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="30"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="51"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="55"/>
        <source>Take with camera…</source>
        <translation>Ambil dari kamera…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="56"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="57"/>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="152"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="97"/>
        <source>The card prints an empty photo box.</source>
        <translation>Kartu dicetak dengan kotak foto kosong.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="99"/>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="99"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="102"/>
        <source>From the {source}, {date}, by {name} · {size} KB</source>
        <translation>Dari {source}, {date}, oleh {name} · {size} KB</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="105"/>
        <source>the system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="145"/>
        <source>Photo saved; the next card printed carries it.</source>
        <translation>Foto disimpan; kartu yang dicetak berikutnya memuatnya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="153"/>
        <source>Remove this person&apos;s photo? Cards printed from now on show an empty photo box.</source>
        <translation>Hapus foto orang ini? Kartu yang dicetak sesudah ini memuat kotak foto kosong.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="154"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="155"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/photo_panel.py" line="165"/>
        <source>Photo removed.</source>
        <translation>Foto dihapus.</translation>
    </message>
</context>
<context>
    <name>ProgramsPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="231"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/people/household_panel.py" line="233"/>
        <source>No program is recorded for this person yet.</source>
        <translation>Belum ada program yang tercatat untuk orang ini.</translation>
    </message>
</context>
</TS>
