<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CardLayouts</name>
    <message>
        <source>A4 sheet: 10 cards per sheet, both sides (duplex)</source>
        <translation>Lembar A4: 10 kartu per lembar, bolak-balik (dupleks)</translation>
    </message>
    <message>
        <source>CR80 card printer: one card per page</source>
        <translation>Printer kartu CR80: satu kartu per halaman</translation>
    </message>
</context>
<context>
    <name>CardSelection</name>
    <message>
        <source>Name, NIK or KK number</source>
        <translation>Nama, NIK, atau No. KK</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>Tambahkan yang &amp;dipilih</translation>
    </message>
    <message>
        <source>Add all &amp;results</source>
        <translation>Tambahkan se&amp;mua hasil</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>Semua &amp;penduduk</translation>
    </message>
    <message>
        <source>Add every registered person (at most {count} per run)</source>
        <translation>Tambahkan semua penduduk terdaftar (paling banyak {count} sekali cetak)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>H&amp;apus</translation>
    </message>
    <message>
        <source>Remove the selected people from the list (Delete)</source>
        <translation>Hapus orang yang dipilih dari daftar (Delete)</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>K&amp;osongkan daftar</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>R&amp;W:</source>
        <translation>R&amp;W:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Hasil pencarian:</translation>
    </message>
    <message>
        <source>Will get a card:</source>
        <translation>Akan mendapat kartu:</translation>
    </message>
    <message>
        <source>Only the first {taken} of {total} people (in name order) were taken: one run makes at most {count} cards. Make these cards first, then choose the rest by RW.</source>
        <translation>Hanya {taken} dari {total} orang pertama (menurut urutan nama) yang diambil: sekali cetak paling banyak {count} kartu. Buat kartu ini dulu, lalu pilih sisanya per RW.</translation>
    </message>
    <message>
        <source>The search failed unexpectedly; see the log file.</source>
        <translation>Pencarian gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <source>Type a name or NIK, or an RW number, to find people.</source>
        <translation>Ketik nama atau NIK, atau nomor RW, untuk mencari penduduk.</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>Tidak ada yang cocok.</translation>
    </message>
    <message>
        <source>The first {count} of {total} matches; narrow the search to see the rest.</source>
        <translation>{count} hasil pertama dari {total} yang cocok; persempit pencarian untuk melihat sisanya.</translation>
    </message>
    <message>
        <source>The first {count} matches; narrow the search to see the rest.</source>
        <translation>{count} hasil pertama; persempit pencarian untuk melihat sisanya.</translation>
    </message>
    <message>
        <source>{count} found. Enter or a double click adds the selected people.</source>
        <translation>{count} ditemukan. Enter atau klik dua kali menambahkan orang yang dipilih.</translation>
    </message>
    <message>
        <source>{refused} people were not added: one run makes at most {count} cards. Make these cards first, then choose the rest (for example by RW).</source>
        <translation>{refused} orang tidak ditambahkan: sekali cetak paling banyak {count} kartu. Buat kartu ini dulu, lalu pilih sisanya (misalnya per RW).</translation>
    </message>
    <message>
        <source>{count} people will get a card.</source>
        <translation>{count} orang akan mendapat kartu.</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Belum ada yang dipilih.</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>&amp;Make PDF</source>
        <translation>B&amp;uat PDF</translation>
    </message>
    <message>
        <source>Make the cards as a PDF to check and print (Ctrl+Enter)</source>
        <translation>Buat kartu sebagai PDF untuk diperiksa dan dicetak (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Each card gets a new number in the document register. A card printed again later is marked SALINAN (copy): use the Register tab for that.</source>
        <translation>Setiap kartu mendapat nomor baru di register dokumen. Kartu yang dicetak ulang kemudian diberi tanda SALINAN: gunakan tab Register dokumen untuk itu.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Tata &amp;letak:</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may print cards</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak kartu</translation>
    </message>
    <message>
        <source>Cancelled. Numbers already taken are recorded as void in the register. The list is kept: make the PDF again when ready.</source>
        <translation>Dibatalkan. Nomor yang sempat diambil dicatat batal di register. Daftar penerima tetap ada: buat PDF lagi bila sudah siap.</translation>
    </message>
    <message>
        <source>{cards} card(s) on {pages} page(s), numbers {numbers}. Saved as {path}</source>
        <translation>{cards} kartu dalam {pages} halaman, nomor {numbers}. Disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Making the cards failed unexpectedly; see the log file.</source>
        <translation>Pembuatan kartu gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Simpan salinan PDF</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Pratinjau: {name}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print at actual size, without fitting to the page (Ctrl+P)</source>
        <translation>Cetak dengan ukuran sebenarnya, tanpa disesuaikan ke halaman (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save a PDF copy…</source>
        <translation>&amp;Simpan salinan PDF…</translation>
    </message>
    <message>
        <source>Save a copy of this PDF elsewhere, e.g. on a USB stick (Ctrl+S)</source>
        <translation>Simpan salinan PDF ini di tempat lain, misalnya flashdisk (Ctrl+S)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Pas &amp;lebar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>The PDF file could not be opened: {path}</source>
        <translation>Berkas PDF tidak dapat dibuka: {path}</translation>
    </message>
    <message>
        <source>{pages} page(s) · {path}</source>
        <translation>{pages} halaman · {path}</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message>
        <source>{pages} page(s) sent to the printer.</source>
        <translation>{pages} halaman dikirim ke printer.</translation>
    </message>
    <message>
        <source>The copy could not be saved to {path} ({reason}). Check that the folder exists and the disk or USB stick is not full or write-protected.</source>
        <translation>Salinan tidak dapat disimpan ke {path} ({reason}). Periksa apakah foldernya ada dan disk atau flashdisk tidak penuh atau terkunci.</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>There is no page to print.</source>
        <translation>Tidak ada halaman untuk dicetak.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>Printer tidak dapat dibuka. Periksa apakah printer menyala dan tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Printer berhenti menerima halaman.</translation>
    </message>
    <message>
        <source>A page could not be prepared for the printer (not enough memory?). Close other programs and try again.</source>
        <translation>Sebuah halaman tidak dapat disiapkan untuk printer (memori kurang?). Tutup program lain lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>PrintFiles</name>
    <message>
        <source>The folder {folder} could not be made ({reason}). Check that the data folder is not full or locked and that no file there has the same name.</source>
        <translation>Folder {folder} tidak dapat dibuat ({reason}). Periksa bahwa folder data tidak penuh atau terkunci, dan tidak ada berkas bernama sama di sana.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Save the office&apos;s public key</source>
        <translation>Simpan kunci publik kantor</translation>
    </message>
    <message>
        <source>Public key (*.txt);;All files (*)</source>
        <translation>Kunci publik (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Printing cards and documents needs a supervisor or an administrator; your role is {role}. You can still check whether a printed document is genuine on the Verify tab.</source>
        <translation>Mencetak kartu dan dokumen memerlukan supervisor atau administrator; peran Anda {role}. Anda tetap dapat memeriksa keaslian dokumen tercetak di tab Verifikasi.</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Ekspor kunci publik…</translation>
    </message>
    <message>
        <source>Save this office&apos;s public key in a file for the central office, so that it can check the documents printed here</source>
        <translation>Simpan kunci publik kantor ini ke sebuah berkas untuk kantor pusat, agar kantor pusat dapat memeriksa dokumen yang dicetak di sini</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may export the public key</source>
        <translation>Hanya supervisor dan administrator yang boleh mengekspor kunci publik</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Kartu</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register dokumen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Public key saved: {path}. Send this file to the central office.</source>
        <translation>Kunci publik disimpan: {path}. Kirim berkas ini ke kantor pusat.</translation>
    </message>
    <message>
        <source>Saving the key failed unexpectedly; see the log file.</source>
        <translation>Penyimpanan kunci gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Nomor atau nama</translation>
    </message>
    <message>
        <source>Print &amp;again (COPY)…</source>
        <translation>Cetak &amp;ulang (SALINAN)…</translation>
    </message>
    <message>
        <source>Print the selected documents again, marked SALINAN, with a reason</source>
        <translation>Cetak ulang dokumen yang dipilih dengan tanda SALINAN, disertai alasan</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may print</source>
        <translation>Hanya supervisor dan administrator yang boleh mencetak</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>The register could not be read; see the log file.</source>
        <translation>Register tidak dapat dibaca; lihat berkas log.</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Tidak ada dokumen yang cocok.</translation>
    </message>
    <message>
        <source>Nothing has been printed yet.</source>
        <translation>Belum ada yang dicetak.</translation>
    </message>
    <message>
        <source>{count} document(s)</source>
        <translation>{count} dokumen</translation>
    </message>
    <message>
        <source>{shown} newest of {total} documents, scroll for more</source>
        <translation>{shown} terbaru dari {total} dokumen, gulir untuk melihat lebih banyak</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed again.</source>
        <translation>Dibatalkan: tidak ada yang dicetak ulang.</translation>
    </message>
    <message>
        <source>{count} copy(ies) made: {numbers}. Saved as {path}</source>
        <translation>{count} salinan dibuat: {numbers}. Disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Printing again failed unexpectedly; see the log file.</source>
        <translation>Cetak ulang gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Being printed</source>
        <translation>Sedang dicetak</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Copy / reason</source>
        <translation>Salinan/alasan</translation>
    </message>
    <message>
        <source>COPY: {reason}</source>
        <translation>SALINAN: {reason}</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Print again as COPY</source>
        <translation>Cetak ulang sebagai SALINAN</translation>
    </message>
    <message>
        <source>{count} document(s) will be printed again under their own numbers, marked SALINAN (copy). The register records each copy with its reason.</source>
        <translation>{count} dokumen akan dicetak ulang dengan nomornya sendiri dan diberi tanda SALINAN. Register mencatat setiap salinan beserta alasannya.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>dan {more} lainnya</translation>
    </message>
    <message>
        <source>e.g. the card was lost, damaged or misprinted</source>
        <translation>mis. kartu hilang, rusak, atau salah cetak</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>Card &amp;layout:</source>
        <translation>&amp;Tata letak kartu:</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>Cetak &amp;ulang</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Scan the QR code on the document, or paste its text</source>
        <translation>Pindai kode QR pada dokumen, atau tempel isinya</translation>
    </message>
    <message>
        <source>QR &amp;content:</source>
        <translation>&amp;Isi kode QR:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Check the document (Enter)</source>
        <translation>Periksa dokumen (Enter)</translation>
    </message>
    <message>
        <source>A USB barcode scanner types the code and presses Enter by itself: click in the field, then scan. The check works without internet.</source>
        <translation>Pemindai barcode USB mengetik kodenya dan menekan Enter sendiri: klik di kolom ini, lalu pindai. Pemeriksaan berjalan tanpa internet.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nomor:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Diterbitkan oleh:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <source>Scan or paste the QR content first.</source>
        <translation>Pindai atau tempel isi kode QR terlebih dahulu.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log file.</source>
        <translation>Pemeriksaan gagal karena kesalahan tak terduga; lihat berkas log.</translation>
    </message>
    <message>
        <source>✔ VALID: the document is genuine and has not been altered.</source>
        <translation>✔ SAH: dokumen ini asli dan isinya tidak diubah.</translation>
    </message>
    <message>
        <source>Yes, a reprint marked SALINAN</source>
        <translation>Ya, cetak ulang bertanda SALINAN</translation>
    </message>
    <message>
        <source>No, the original</source>
        <translation>Tidak, dokumen asli</translation>
    </message>
    <message>
        <source>✘ NOT VALID: this document cannot be confirmed as genuine.</source>
        <translation>✘ TIDAK SAH: keaslian dokumen ini tidak dapat dipastikan.</translation>
    </message>
    <message>
        <source>The QR content is not recognised.</source>
        <translation>Isi kode QR tidak dikenali.</translation>
    </message>
    <message>
        <source>✘ NOT VALID: the signature is genuine, but this number was voided here.</source>
        <translation>✘ TIDAK SAH: tanda tangannya asli, tetapi nomor ini telah dibatalkan di kantor ini.</translation>
    </message>
    <message>
        <source>✘ NOT VALID: the signature matches, but this office never issued this document.</source>
        <translation>✘ TIDAK SAH: tanda tangannya cocok, tetapi kantor ini tidak pernah menerbitkan dokumen ini.</translation>
    </message>
    <message>
        <source>? SIGNATURE GENUINE: whether the number is still valid only the issuing office can confirm.</source>
        <translation>? TANDA TANGAN ASLI: apakah nomornya masih berlaku hanya dapat dipastikan oleh kantor penerbitnya.</translation>
    </message>
</context>
</TS>
