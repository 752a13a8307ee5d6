<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CardLayouts</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_layouts.py" line="16"/>
        <source>A4 sheet: 10 cards per sheet, both sides (duplex)</source>
        <translation>Lembar A4: 10 kartu per lembar, bolak-balik (dupleks)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_layouts.py" line="17"/>
        <source>CR80 card printer: one card per page</source>
        <translation>Printer kartu CR80: satu kartu per halaman</translation>
    </message>
</context>
<context>
    <name>CardSelection</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="134"/>
        <source>Name, NIK or KK number</source>
        <translation>Nama, NIK, atau No. KK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="137"/>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="146"/>
        <source>Add &amp;selected</source>
        <translation>Tambahkan yang &amp;dipilih</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="147"/>
        <source>Add all &amp;results</source>
        <translation>Tambahkan se&amp;mua hasil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="148"/>
        <source>&amp;Everyone</source>
        <translation>Semua &amp;penduduk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="150"/>
        <source>Add every registered person (at most {count} per run)</source>
        <translation>Tambahkan semua penduduk terdaftar (paling banyak {count} sekali cetak)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="154"/>
        <source>&amp;Jamsosnaker members</source>
        <translation>Peserta &amp;Jamsosnaker</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="156"/>
        <source>Add the people whose Jamsosnaker cover is paid this month (of the RW, if one is typed)</source>
        <translation>Tambahkan penduduk yang iuran Jamsosnakernya dibayar bulan ini (dari RW yang diketik, bila ada)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="158"/>
        <source>Re&amp;move</source>
        <translation>H&amp;apus</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="159"/>
        <source>Remove the selected people from the list (Delete)</source>
        <translation>Hapus orang yang dipilih dari daftar (Delete)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="160"/>
        <source>Clear &amp;list</source>
        <translation>K&amp;osongkan daftar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="179"/>
        <source>Se&amp;arch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="181"/>
        <source>R&amp;W:</source>
        <translation>R&amp;W:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="203"/>
        <source>Found:</source>
        <translation>Hasil pencarian:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="204"/>
        <source>Will get a card:</source>
        <translation>Akan mendapat kartu:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="296"/>
        <source>The search failed unexpectedly; see the log file.</source>
        <translation>Pencarian gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="309"/>
        <source>Type a name or NIK, or an RW number, to find people.</source>
        <translation>Ketik nama atau NIK, atau nomor RW, untuk mencari penduduk.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="311"/>
        <source>Nobody matches.</source>
        <translation>Tidak ada yang cocok.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="313"/>
        <source>The first {count} matches; narrow the search to see the rest.</source>
        <translation>{count} hasil pertama; persempit pencarian untuk melihat sisanya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="317"/>
        <source>{count} found. Enter or a double click adds the selected people.</source>
        <translation>{count} ditemukan. Enter atau klik dua kali menambahkan orang yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="352"/>
        <source>{refused} people were not added: one run makes at most {count} cards. Make these cards first, then choose the rest (for example by RW).</source>
        <translation>{refused} orang tidak ditambahkan: sekali cetak paling banyak {count} kartu. Buat kartu ini dulu, lalu pilih sisanya (misalnya per RW).</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="374"/>
        <source>{count} people will get a card.</source>
        <translation>{count} orang akan mendapat kartu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="376"/>
        <source>Nobody chosen yet.</source>
        <translation>Belum ada yang dipilih.</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="49"/>
        <source>&amp;Make PDF</source>
        <translation>B&amp;uat PDF</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="50"/>
        <source>Make the cards as a PDF to check and print (Ctrl+Enter)</source>
        <translation>Buat kartu sebagai PDF untuk diperiksa dan dicetak (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="59"/>
        <source>Each card gets a new number in the document register. A card printed again later is marked SALINAN (copy): use the Register tab for that.</source>
        <translation>Setiap kartu mendapat nomor baru di register dokumen. Kartu yang dicetak ulang kemudian diberi tanda SALINAN: gunakan tab Register dokumen untuk itu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="63"/>
        <source>&amp;Layout:</source>
        <translation>Tata &amp;letak:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="87"/>
        <source>Only supervisors and administrators may print cards</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="163"/>
        <source>Cancelled. Numbers already taken are recorded as void in the register. The list is kept: make the PDF again when ready.</source>
        <translation>Dibatalkan. Nomor yang sempat diambil dicatat batal di register. Daftar penerima tetap ada: buat PDF lagi bila sudah siap.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="173"/>
        <source>{cards} card(s) on {pages} page(s), numbers {numbers}. Saved as {path}</source>
        <translation>{cards} kartu dalam {pages} halaman, nomor {numbers}. Disimpan sebagai {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/cards_tab.py" line="189"/>
        <source>Making the cards failed unexpectedly; see the log file.</source>
        <translation>Pembuatan kartu gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="38"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="49"/>
        <source>Save a copy of the PDF</source>
        <translation>Simpan salinan PDF</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="68"/>
        <source>Preview: {name}</source>
        <translation>Pratinjau: {name}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="87"/>
        <source>Print at actual size, without fitting to the page (Ctrl+P)</source>
        <translation>Cetak dengan ukuran sebenarnya, tanpa disesuaikan ke halaman (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="90"/>
        <source>&amp;Save a PDF copy…</source>
        <translation>&amp;Simpan salinan PDF…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="92"/>
        <source>Save a copy of this PDF elsewhere, e.g. on a USB stick (Ctrl+S)</source>
        <translation>Simpan salinan PDF ini di tempat lain, misalnya flashdisk (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="96"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="97"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="98"/>
        <source>&amp;Fit width</source>
        <translation>Pas &amp;lebar</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="99"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="140"/>
        <source>The PDF file could not be opened: {path}</source>
        <translation>Berkas PDF tidak dapat dibuka: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="146"/>
        <source>{pages} page(s) · {path}</source>
        <translation>{pages} halaman · {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="195"/>
        <source>Printing was cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="201"/>
        <source>{pages} page(s) sent to the printer.</source>
        <translation>{pages} halaman dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="229"/>
        <source>The copy could not be saved to {path} ({reason}). Check that the folder exists and the disk or USB stick is not full or write-protected.</source>
        <translation>Salinan tidak dapat disimpan ke {path} ({reason}). Periksa apakah foldernya ada dan disk atau flashdisk tidak penuh atau terkunci.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_preview_dialog.py" line="236"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_print_job.py" line="90"/>
        <source>There is no page to print.</source>
        <translation>Tidak ada halaman untuk dicetak.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_print_job.py" line="95"/>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>Printer tidak dapat dibuka. Periksa apakah printer menyala dan tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_print_job.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Printer berhenti menerima halaman.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/pdf_print_job.py" line="131"/>
        <source>A page could not be prepared for the printer (not enough memory?). Close other programs and try again.</source>
        <translation>Sebuah halaman tidak dapat disiapkan untuk printer (memori kurang?). Tutup program lain lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="55"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="55"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="55"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/card_selection.py" line="55"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>PrintFiles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_files.py" line="46"/>
        <source>The folder {folder} could not be made ({reason}). Check that the data folder is not full or locked and that no file there has the same name.</source>
        <translation>Folder {folder} tidak dapat dibuat ({reason}). Periksa bahwa folder data tidak penuh atau terkunci, dan tidak ada berkas bernama sama di sana.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="39"/>
        <source>Save the office&apos;s public key</source>
        <translation>Simpan kunci publik kantor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="41"/>
        <source>Public key (*.txt);;All files (*)</source>
        <translation>Kunci publik (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="56"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="62"/>
        <source>Printing cards and documents needs a supervisor or an administrator; your role is {role}. You can still check whether a printed document is genuine on the Verify tab.</source>
        <translation>Mencetak kartu dan dokumen memerlukan supervisor atau administrator; peran Anda {role}. Anda tetap dapat memeriksa keaslian dokumen tercetak di tab Verifikasi.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="67"/>
        <source>&amp;Export public key…</source>
        <translation>&amp;Ekspor kunci publik…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="72"/>
        <source>Save this office&apos;s public key in a file for the central office, so that it can check the documents printed here</source>
        <translation>Simpan kunci publik kantor ini ke sebuah berkas untuk kantor pusat, agar kantor pusat dapat memeriksa dokumen yang dicetak di sini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="76"/>
        <source>Only supervisors and administrators may export the public key</source>
        <translation>Hanya supervisor dan administrator yang boleh mengekspor kunci publik</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="83"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="84"/>
        <source>&amp;Register</source>
        <translation>&amp;Register dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="85"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="147"/>
        <source>Public key saved: {path}. Send this file to the central office.</source>
        <translation>Kunci publik disimpan: {path}. Kirim berkas ini ke kantor pusat.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/print_page.py" line="156"/>
        <source>Saving the key failed unexpectedly; see the log file.</source>
        <translation>Penyimpanan kunci gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="67"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="72"/>
        <source>Number or name</source>
        <translation>Nomor atau nama</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="77"/>
        <source>Print &amp;again (COPY)…</source>
        <translation>Cetak &amp;ulang (SALINAN)…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="80"/>
        <source>Print the selected documents again, marked SALINAN, with a reason</source>
        <translation>Cetak ulang dokumen yang dipilih dengan tanda SALINAN, disertai alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="82"/>
        <source>Only supervisors and administrators may print</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="138"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="140"/>
        <source>Se&amp;arch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="195"/>
        <source>The register could not be read; see the log file.</source>
        <translation>Register tidak dapat dibaca; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="201"/>
        <source>No document matches.</source>
        <translation>Tidak ada dokumen yang cocok.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="203"/>
        <source>Nothing has been printed yet.</source>
        <translation>Belum ada yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="205"/>
        <source>{count} document(s)</source>
        <translation>{count} dokumen</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="207"/>
        <source>{count} newest document(s), scroll for more</source>
        <translation>{count} dokumen terbaru, gulir untuk melihat lebih banyak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="280"/>
        <source>Cancelled: nothing was printed again.</source>
        <translation>Dibatalkan: tidak ada yang dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="284"/>
        <source>{count} copy(ies) made: {numbers}. Saved as {path}</source>
        <translation>{count} salinan dibuat: {numbers}. Disimpan sebagai {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_tab.py" line="298"/>
        <source>Printing again failed unexpectedly; see the log file.</source>
        <translation>Cetak ulang gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="19"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="20"/>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="21"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="22"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="30"/>
        <source>Being printed</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="31"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="32"/>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="57"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="58"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="59"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="61"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="62"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="63"/>
        <source>Copy / reason</source>
        <translation>Salinan/alasan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="99"/>
        <source>COPY: {reason}</source>
        <translation>SALINAN: {reason}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/register_table_model.py" line="99"/>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="36"/>
        <source>Print again as COPY</source>
        <translation>Cetak ulang sebagai SALINAN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="39"/>
        <source>{count} document(s) will be printed again under their own numbers, marked SALINAN (copy). The register records each copy with its reason.</source>
        <translation>{count} dokumen akan dicetak ulang dengan nomornya sendiri dan diberi tanda SALINAN. Register mencatat setiap salinan beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="48"/>
        <source>and {more} more</source>
        <translation>dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="54"/>
        <source>e.g. the card was lost, damaged or misprinted</source>
        <translation>mis. kartu hilang, rusak, atau salah cetak</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="57"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="59"/>
        <source>Card &amp;layout:</source>
        <translation>&amp;Tata letak kartu:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="64"/>
        <source>&amp;Print again</source>
        <translation>Cetak &amp;ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/reprint_dialog.py" line="66"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="68"/>
        <source>Scan the QR code on the document, or paste its text</source>
        <translation>Pindai kode QR pada dokumen, atau tempel isinya</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="69"/>
        <source>QR &amp;content:</source>
        <translation>&amp;Isi kode QR:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="71"/>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="72"/>
        <source>Check the document (Enter)</source>
        <translation>Periksa dokumen (Enter)</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="75"/>
        <source>A USB barcode scanner types the code and presses Enter by itself: click in the field, then scan. The check works without internet.</source>
        <translation>Pemindai barcode USB mengetik kodenya dan menekan Enter sendiri: klik di kolom ini, lalu pindai. Pemeriksaan berjalan tanpa internet.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="94"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="95"/>
        <source>Number:</source>
        <translation>Nomor:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="96"/>
        <source>Issued by:</source>
        <translation>Diterbitkan oleh:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="97"/>
        <source>Copy:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="98"/>
        <source>Note:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="141"/>
        <source>Scan or paste the QR content first.</source>
        <translation>Pindai atau tempel isi kode QR terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="172"/>
        <source>The check failed unexpectedly; see the log file.</source>
        <translation>Pemeriksaan gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="182"/>
        <source>✔ VALID: the document is genuine and has not been altered.</source>
        <translation>✔ SAH: dokumen ini asli dan isinya tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="188"/>
        <source>Yes, a reprint marked SALINAN</source>
        <translation>Ya, cetak ulang bertanda SALINAN</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="188"/>
        <source>No, the original</source>
        <translation>Tidak, dokumen asli</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="196"/>
        <source>✘ NOT VALID: this document cannot be confirmed as genuine.</source>
        <translation>✘ TIDAK SAH: keaslian dokumen ini tidak dapat dipastikan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/printing/verify_panel.py" line="199"/>
        <source>The QR content is not recognised.</source>
        <translation>Isi kode QR tidak dikenali.</translation>
    </message>
</context>
</TS>
