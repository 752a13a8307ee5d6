<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CollectorBox</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="87"/>
        <source>Who collects</source>
        <translation>Yang mengambil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="89"/>
        <source>empty: the beneficiary collects</source>
        <translation>kosong: penerima mengambil sendiri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="92"/>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="94"/>
        <source>e.g. child, neighbour, RT head</source>
        <translation>misalnya anak, tetangga, ketua RT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="95"/>
        <source>&amp;Signature</source>
        <translation>&amp;Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="96"/>
        <source>&amp;Thumbprint</source>
        <translation>Cap &amp;jempol</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="106"/>
        <source>Pro&amp;xy&apos;s name:</source>
        <translation>Nama &amp;wakil:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="107"/>
        <source>Proxy&apos;s NI&amp;K:</source>
        <translation>NI&amp;K wakil:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="108"/>
        <source>Re&amp;lation:</source>
        <translation>&amp;Hubungan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="109"/>
        <source>Acknowledged by:</source>
        <translation>Bukti terima:</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="78"/>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="441"/>
        <source>Scan a card, type a NIK, or type a name, then press Enter.</source>
        <translation>Pindai kartu, ketik NIK, atau ketik nama, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="91"/>
        <source>Scan the card&apos;s QR code, or type a NIK or a name</source>
        <translation>Pindai kode QR kartu, atau ketik NIK atau nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="93"/>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="118"/>
        <source>&amp;Queue receipts for a batch print</source>
        <translation>&amp;Antrekan tanda terima untuk dicetak sekaligus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="120"/>
        <source>Receipts wait and print together with the &apos;Print queue&apos; button (Ctrl+P)</source>
        <translation>Tanda terima menunggu dan dicetak bersama dengan tombol &apos;Cetak antrean&apos; (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="123"/>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="468"/>
        <source>Hand over and print receipt (F12)</source>
        <translation>Serahkan dan cetak tanda terima (F12)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="126"/>
        <source>Records the handover and prints its receipt (F12 or Ctrl+Enter)</source>
        <translation>Mencatat serah terima dan mencetak tanda terimanya (F12 atau Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="132"/>
        <source>Handed over at this desk</source>
        <translation>Sudah diserahkan di meja ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="223"/>
        <source>Choose a round at the top of the page.</source>
        <translation>Pilih putaran di bagian atas halaman.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="229"/>
        <source>Handed out {handed} of {planned} · not yet {remaining} · by proxy {proxy} · stock on hand {stock}</source>
        <translation>Diserahkan {handed} dari {planned} · belum {remaining} · diwakilkan {proxy} · stok di tangan {stock}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="239"/>
        <source>round {status}: no handover</source>
        <translation>putaran {status}: tidak ada penyerahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="249"/>
        <source>Choose a round at the top of the page first.</source>
        <translation>Pilih putaran di bagian atas halaman dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="281"/>
        <source>(↓ and Enter)</source>
        <translation>(↓ lalu Enter)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="293"/>
        <source>Check the person at the desk, then press F12 to hand over.</source>
        <translation>Periksa orang di meja, lalu tekan F12 untuk menyerahkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="302"/>
        <source>ALREADY COLLECTED %1</source>
        <translation>SUDAH MENERIMA %1</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="307"/>
        <source>NOT YET COLLECTED</source>
        <translation>BELUM MENERIMA</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="308"/>
        <source>ALREADY COLLECTED</source>
        <translation>SUDAH MENERIMA</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="309"/>
        <source>HANDED OVER</source>
        <translation>SUDAH DISERAHKAN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="310"/>
        <source>NOT RECORDED</source>
        <translation>TIDAK DICATAT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="311"/>
        <source>SEVERAL NAMES FOUND</source>
        <translation>BEBERAPA NAMA COCOK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="312"/>
        <source>HANDOVER CANCELLED</source>
        <translation>SERAH TERIMA DIBATALKAN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="336"/>
        <source>Nobody is shown: scan a card or type a NIK first.</source>
        <translation>Belum ada penerima yang tampil: pindai kartu atau ketik NIK dulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="371"/>
        <source>collected by {proxy} ({relation})</source>
        <translation>diambil oleh {proxy} ({relation})</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="375"/>
        <source>collected in person</source>
        <translation>diambil sendiri</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="379"/>
        <source>{name}, {by}, {mark}, at {time}. Receipt {receipt}.</source>
        <translation>{name}, {by}, {mark}, pada {time}. Tanda terima {receipt}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="413"/>
        <source>Receipt {receipt} of {name} is void: {reason}. The family may collect again.</source>
        <translation>Tanda terima {receipt} atas nama {name} batal: {reason}. Keluarga ini boleh mengambil lagi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="460"/>
        <source>&amp;Print queue ({count})</source>
        <translation>C&amp;etak antrean ({count})</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="466"/>
        <source>Hand over, receipt to the queue (F12)</source>
        <translation>Serahkan, tanda terima ke antrean (F12)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_tab.py" line="503"/>
        <source>Something went wrong; see the log file.</source>
        <translation>Terjadi kesalahan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="60"/>
        <source>number and issuer, e.g. 440/123/Puskesmas Ciputat</source>
        <translation>nomor dan penerbit, misalnya 440/123/Puskesmas Ciputat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="62"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="64"/>
        <source>DD-MM-YYYY, empty: the category&apos;s usual term</source>
        <translation>HH-BB-TTTT, kosong: masa berlaku biasa kategori</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="66"/>
        <source>stunting only</source>
        <translation>khusus stunting</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="68"/>
        <source>DD-MM-YYYY, stunting only</source>
        <translation>HH-BB-TTTT, khusus stunting</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="69"/>
        <source>&amp;Record the letter</source>
        <translation>&amp;Catat surat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="73"/>
        <source>e.g. 007</source>
        <translation>misalnya 007</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="75"/>
        <source>why: e.g. across the river, no road</source>
        <translation>alasan: misalnya seberang sungai, tanpa jalan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="76"/>
        <source>&amp;Mark remote</source>
        <translation>&amp;Jadikan terpencil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="77"/>
        <source>&amp;No longer remote</source>
        <translation>&amp;Hapus status terpencil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="86"/>
        <source>Ends on</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="86"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="86"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="86"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="87"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="92"/>
        <source>This NIK&apos;s le&amp;tters</source>
        <translation>Surat NIK &amp;ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="93"/>
        <source>&amp;Ending this month</source>
        <translation>Berakhir b&amp;ulan ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="96"/>
        <source>Withdraw the &amp;selected letter</source>
        <translation>Cabut surat &amp;yang dipilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="140"/>
        <source>Withdr&amp;awal reason:</source>
        <translation>Alasan &amp;pencabutan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="95"/>
        <source>why: recorded by mistake, treatment stopped</source>
        <translation>alasannya: salah catat, pengobatan berhenti</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="108"/>
        <source>Record a letter (stunting, TBC)</source>
        <translation>Catat surat keterangan (stunting, TBC)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="110"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="111"/>
        <source>&amp;Category:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="112"/>
        <source>&amp;Letter:</source>
        <translation>Su&amp;rat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="113"/>
        <source>Valid &amp;from:</source>
        <translation>&amp;Berlaku dari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="114"/>
        <source>Valid &amp;until:</source>
        <translation>Berlaku &amp;sampai:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="115"/>
        <source>C&amp;hild&apos;s name:</source>
        <translation>Nama &amp;anak:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="116"/>
        <source>Child&apos;s &amp;birth date:</source>
        <translation>&amp;Tanggal lahir anak:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="119"/>
        <source>Remote RWs (supervisor)</source>
        <translation>RW terpencil (supervisor)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="121"/>
        <source>R&amp;W:</source>
        <translation>R&amp;W:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="122"/>
        <source>N&amp;ote:</source>
        <translation>Ket&amp;erangan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="163"/>
        <source> (withdrawn)</source>
        <translation> (dicabut)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="178"/>
        <source>Letters that end this month: {count} (ask the family for a new one)</source>
        <translation>Surat yang berakhir bulan ini: {count} (minta surat baru kepada keluarganya)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="184"/>
        <source>Remote now: {rws}</source>
        <translation>RW terpencil sekarang: {rws}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="184"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="219"/>
        <source>Letter of {name} recorded: {category}, {start}{until}.</source>
        <translation>Surat {name} dicatat: {category}, {start}{until}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="243"/>
        <source>Letters of {name}: {count}</source>
        <translation>Surat {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="260"/>
        <source>Select the letter to withdraw in the table first.</source>
        <translation>Pilih dulu surat yang akan dicabut di tabel.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="263"/>
        <source>That letter is already withdrawn.</source>
        <translation>Surat itu sudah dicabut.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="271"/>
        <source>The {category} letter of {name} is withdrawn.</source>
        <translation>Surat {category} atas nama {name} dicabut.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/evidence_tab.py" line="287"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>FamilyBox</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="32"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="42"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="43"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="44"/>
        <source>No. KK:</source>
        <translation>No. KK:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="45"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="46"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="47"/>
        <source>Receives:</source>
        <translation>Menerima:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/desk_boxes.py" line="78"/>
        <source>No photo yet</source>
        <translation>Belum ada foto</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="42"/>
        <source>Save the round report as</source>
        <translation>Simpan laporan putaran sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="62"/>
        <source>empty: all RWs</source>
        <translation>kosong: semua RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="66"/>
        <source>&amp;Receipts (PDF)</source>
        <translation>&amp;Tanda terima (PDF)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="67"/>
        <source>&amp;Signing sheet of the RW (PDF)</source>
        <translation>Daftar tanda tangan RW (PD&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="68"/>
        <source>Round report &amp;PDF…</source>
        <translation>Laporan putaran PDF…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="69"/>
        <source>Round report &amp;Excel…</source>
        <translation>Laporan putaran &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="73"/>
        <source>Every receipt of the round (or of the RW): first prints, SALINAN, BATAL</source>
        <translation>Semua tanda terima putaran (atau RW itu): cetakan pertama, SALINAN, BATAL</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="75"/>
        <source>A numbered list of the RW&apos;s families with a signature box each</source>
        <translation>Daftar bernomor keluarga RW itu, masing-masing dengan kotak tanda tangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="78"/>
        <source>Planned, handed over, by proxy, not collected; who to visit; a sample</source>
        <translation>Rencana, diserahkan, diwakilkan, belum diambil; yang perlu dikunjungi; sampel pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="80"/>
        <source>The same report as an Excel workbook</source>
        <translation>Laporan yang sama sebagai berkas Excel</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="85"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="85"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="85"/>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="85"/>
        <source>By proxy</source>
        <translation>Diwakilkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="86"/>
        <source>Not collected</source>
        <translation>Belum diambil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="91"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="91"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="91"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="91"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="103"/>
        <source>Papers</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="105"/>
        <source>R&amp;W:</source>
        <translation>R&amp;W:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="116"/>
        <source>Per RW and category</source>
        <translation>Per RW dan kategori</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="117"/>
        <source>Not collected yet (to visit)</source>
        <translation>Belum mengambil (untuk dikunjungi)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="151"/>
        <source>Planned {planned} · handed over {handed} · by proxy {proxy} · not collected {left}</source>
        <translation>Rencana {planned} · diserahkan {handed} · diwakilkan {proxy} · belum diambil {left}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="161"/>
        <source>Families to visit after the distribution (random sample, in the report): {names}</source>
        <translation>Keluarga yang dikunjungi sesudah pembagian (sampel acak, ada di laporan): {names}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="202"/>
        <source>{count} document(s), numbers {numbers}: {path}</source>
        <translation>{count} dokumen, nomor {numbers}: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/reports_tab.py" line="222"/>
        <source>Round report saved: {path}</source>
        <translation>Laporan putaran disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>RoundChooser</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_chooser.py" line="32"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_chooser.py" line="31"/>
        <source>R&amp;ound:</source>
        <translation>Putara&amp;n:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_chooser.py" line="33"/>
        <source>No round yet: a supervisor creates one.</source>
        <translation>Belum ada putaran: supervisor membuatnya.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="66"/>
        <source>New sembako round</source>
        <translation>Putaran sembako baru</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="70"/>
        <source>e.g. Sembako Stunting December 2026</source>
        <translation>misalnya Sembako Stunting Desember 2026</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="72"/>
        <source>YYYY-MM</source>
        <translation>TTTT-BB</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="79"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="79"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="79"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="79"/>
        <source>Unit price (Rp)</source>
        <translation>Harga satuan (Rp)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="90"/>
        <source>One a line: 10-12-2026: Aula Kelurahan</source>
        <translation>Satu per baris: 10-12-2026: Aula Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="97"/>
        <source>Create round</source>
        <translation>Buat putaran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="105"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="106"/>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="107"/>
        <source>Categories:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="108"/>
        <source>&amp;Per:</source>
        <translation>&amp;Satuan pembagian:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="109"/>
        <source>Package items:</source>
        <translation>Isi paket:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/round_dialog.py" line="110"/>
        <source>Handover &amp;days:</source>
        <translation>&amp;Hari pembagian:</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="67"/>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="67"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="67"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="68"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="68"/>
        <source>Package</source>
        <translation>Nilai paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="72"/>
        <source>&amp;New round…</source>
        <translation>Putaran &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="73"/>
        <source>Pro&amp;pose the list</source>
        <translation>Usul&amp;kan daftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="74"/>
        <source>&amp;Approve and freeze</source>
        <translation>Se&amp;tujui dan bekukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="75"/>
        <source>Close the ro&amp;und</source>
        <translation>Tutup putar&amp;an</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="79"/>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="79"/>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="86"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="79"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="79"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="79"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="80"/>
        <source>On the list</source>
        <translation>Di daftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="80"/>
        <source>Collected</source>
        <translation>Sudah mengambil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="86"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="86"/>
        <source>Why not</source>
        <translation>Alasan tidak diusulkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="96"/>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="98"/>
        <source>why the family is added or taken off</source>
        <translation>alasan keluarga ditambahkan atau dikeluarkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="99"/>
        <source>A&amp;dd</source>
        <translation>Tamba&amp;h</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="100"/>
        <source>&amp;Remove selected</source>
        <translation>K&amp;eluarkan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="102"/>
        <source>10-12-2026: Balai RW 05</source>
        <translation>10-12-2026: Balai RW 05</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="106"/>
        <source>Add the da&amp;y</source>
        <translation>Tambah har&amp;i</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="159"/>
        <source>Anot&amp;her handover day:</source>
        <translation>Hari pembagian lai&amp;nnya:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="146"/>
        <source>Change the list by hand</source>
        <translation>Ubah daftar secara manual</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="148"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="150"/>
        <source>Reas&amp;on:</source>
        <translation>Ala&amp;san:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="207"/>
        <source>No round chosen.</source>
        <translation>Belum ada putaran yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="211"/>
        <source>approved by {name} on {when}</source>
        <translation>disetujui {name} pada {when}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="219"/>
        <source>{unit}, package worth {value}: {items}. Handover days: {days}. List {approved}.</source>
        <translation>{unit}, paket senilai {value}: {items}. Hari pembagian: {days}. Daftar {approved}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="254"/>
        <source>On the list: {count}</source>
        <translation>Di daftar: {count}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="256"/>
        <source>Left out by the rules: {count}</source>
        <translation>Tidak diusulkan menurut aturan: {count}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="261"/>
        <source>taken off: {reason}</source>
        <translation>dikeluarkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="263"/>
        <source>added after approval: {reason}</source>
        <translation>ditambahkan sesudah disetujui: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="265"/>
        <source>added: {reason}</source>
        <translation>ditambahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="266"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="272"/>
        <source>Create a round: name, month, categories, package</source>
        <translation>Buat putaran: nama, bulan, kategori, isi paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="275"/>
        <source>Add every eligible family not yet listed; shows who was left out and why</source>
        <translation>Tambahkan semua keluarga yang berhak dan belum terdaftar; menampilkan siapa yang tidak diusulkan dan alasannya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="277"/>
        <source>Approve the list: it is frozen from then on</source>
        <translation>Setujui daftar: sejak itu daftar dibekukan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="279"/>
        <source>End the distribution: no more handovers</source>
        <translation>Akhiri pembagian: tidak ada penyerahan lagi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="286"/>
        <source>After approval only supervisors and administrators change the list, with a reason</source>
        <translation>Sesudah disetujui hanya supervisor dan administrator yang mengubah daftar, dengan alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="292"/>
        <source>Add a day and place of handing out to this round</source>
        <translation>Tambah hari dan tempat pembagian putaran ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="332"/>
        <source>Handover days of &apos;{name}&apos;: {days}.</source>
        <translation>Hari pembagian &apos;{name}&apos;: {days}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="348"/>
        <source>{proposed} proposed, {listed} already on the list, {left} left out (see right).</source>
        <translation>{proposed} diusulkan, {listed} sudah ada di daftar, {left} tidak diusulkan (lihat kanan).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="367"/>
        <source>The list of &apos;{name}&apos; is approved and frozen.</source>
        <translation>Daftar &apos;{name}&apos; disetujui dan dibekukan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="377"/>
        <source>Round &apos;{name}&apos; is closed.</source>
        <translation>Putaran &apos;{name}&apos; ditutup.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="390"/>
        <source>{name} is on the list.</source>
        <translation>{name} masuk daftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="402"/>
        <source>Select the family to take off the list first.</source>
        <translation>Pilih dulu keluarga yang akan dikeluarkan dari daftar.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/rounds_tab.py" line="412"/>
        <source>{name} is taken off the list.</source>
        <translation>{name} dikeluarkan dari daftar.</translation>
    </message>
</context>
<context>
    <name>SembakoHistorySection</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="23"/>
        <source>Sembako</source>
        <translation>Sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="52"/>
        <source>Received {when} by {who}; clerk {clerk}; receipt {receipt}.</source>
        <translation>Diterima {when} oleh {who}; petugas {clerk}; tanda terima {receipt}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="64"/>
        <source>Not collected (round {status}).</source>
        <translation>Belum diambil (putaran {status}).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="67"/>
        <source>Receipt {number} void: {reason}.</source>
        <translation>Tanda terima {number} batal: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="46"/>
        <source>{proxy} ({relation}) for the family</source>
        <translation>{proxy} ({relation}) mewakili keluarga</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_history.py" line="86"/>
        <source>On no sembako list.</source>
        <translation>Tidak ada di daftar sembako mana pun.</translation>
    </message>
</context>
<context>
    <name>SembakoPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_page.py" line="29"/>
        <source>Rounds and &amp;list</source>
        <translation>&amp;Daftar putaran</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_page.py" line="30"/>
        <source>E&amp;vidence</source>
        <translation>S&amp;urat keterangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_page.py" line="31"/>
        <source>S&amp;tock</source>
        <translation>St&amp;ok</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_page.py" line="32"/>
        <source>&amp;Distribution day</source>
        <translation>Hari &amp;pembagian</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_page.py" line="33"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Laporan</translation>
    </message>
</context>
<context>
    <name>SembakoProgram</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="26"/>
        <source>Sembako</source>
        <translation>Sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="28"/>
        <source>Sembako rounds running</source>
        <translation>Putaran sembako berjalan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="29"/>
        <source>Families on their approved lists</source>
        <translation>Keluarga di daftar yang disetujui</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="30"/>
        <source>Packages handed out</source>
        <translation>Paket sudah diserahkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="31"/>
        <source>Packages still on hand</source>
        <translation>Paket masih di tangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="36"/>
        <source>Sem&amp;bako recipients</source>
        <translation>Penerima &amp;Sembako</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/program_parts.py" line="37"/>
        <source>Add the people whose family is on the list of a running sembako round (of the RW, if one is typed)</source>
        <translation>Tambahkan warga yang keluarganya ada di daftar putaran sembako yang berjalan (dari RW itu, bila RW diketik)</translation>
    </message>
</context>
<context>
    <name>SembakoRoles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/sembako_common.py" line="19"/>
        <source>Only supervisors and administrators may do this</source>
        <translation>Hanya supervisor dan administrator yang boleh melakukan ini</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="71"/>
        <source>e.g. BAST/DINSOS/2026/12/001</source>
        <translation>misalnya BAST/DINSOS/2026/12/001</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="73"/>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="84"/>
        <source>DD-MM-YYYY, empty: today</source>
        <translation>HH-BB-TTTT, kosong: hari ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="77"/>
        <source>&amp;Receive packages</source>
        <translation>Terima pa&amp;ket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="86"/>
        <source>e.g. sacks torn by rain; returned to Dinas Sosial</source>
        <translation>misalnya karung sobek kena hujan; dikembalikan ke Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="87"/>
        <source>Record &amp;write-off</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="88"/>
        <source>Outgoing &amp;BAST (PDF)</source>
        <translation>BAST keluar (PDF)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="89"/>
        <source>Stock re&amp;port (PDF)</source>
        <translation>Laporan stok (PDF)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="91"/>
        <source>Record packages received from Dinas Sosial</source>
        <translation>Catat paket yang diterima dari Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="92"/>
        <source>Record packages returned or damaged</source>
        <translation>Catat paket yang dikembalikan atau rusak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="95"/>
        <source>The handover record by which the kelurahan accounts to Dinas Sosial</source>
        <translation>Berita acara serah terima sebagai pertanggungjawaban kelurahan kepada Dinas Sosial</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="97"/>
        <source>Every stock move with the balance after it</source>
        <translation>Setiap mutasi stok dengan saldo sesudahnya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="102"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="103"/>
        <source>Move</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="104"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="105"/>
        <source>BAST / reason</source>
        <translation>BAST / alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="106"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="125"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="128"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="129"/>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="130"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="131"/>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="132"/>
        <source>On hand</source>
        <translation>Di tangan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="139"/>
        <source>Packages received</source>
        <translation>Paket diterima</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="141"/>
        <source>BAST &amp;number:</source>
        <translation>Nomor &amp;BAST:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="142"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="143"/>
        <source>&amp;Count:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="144"/>
        <source>&amp;From:</source>
        <translation>Dar&amp;i:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="146"/>
        <source>Returned or damaged</source>
        <translation>Dikembalikan atau rusak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="149"/>
        <source>Coun&amp;t:</source>
        <translation>Jumla&amp;h:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="150"/>
        <source>Dat&amp;e:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="151"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="223"/>
        <source>{count} packages received.</source>
        <translation>{count} paket diterima.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="237"/>
        <source>{count} packages recorded as {kind}.</source>
        <translation>{count} paket dicatat {kind}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/stock_tab.py" line="258"/>
        <source>Saved: {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>VoidRow</name>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/void_row.py" line="26"/>
        <source>why this handover was recorded by mistake</source>
        <translation>mengapa serah terima ini keliru dicatat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/void_row.py" line="27"/>
        <source>Cancel this &amp;handover</source>
        <translation>Batalkan serah terima ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/void_row.py" line="29"/>
        <source>The receipt stays in the register as BATAL</source>
        <translation>Tanda terimanya tetap di register sebagai BATAL</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/sembako/void_row.py" line="32"/>
        <source>Cancellation reason:</source>
        <translation>&amp;Batalkan karena:</translation>
    </message>
</context>
</TS>
