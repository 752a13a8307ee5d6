<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/month_picker.py" line="27"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/month_picker.py" line="28"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
</context>
<context>
    <name>RecapTab</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="61"/>
        <source>Save the recap as</source>
        <translation>Simpan rekap sebagai</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="87"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="102"/>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="103"/>
        <source>Save &amp;Excel…</source>
        <translation>Simpan &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="105"/>
        <source>Save the recap signed by you as a PDF for BPJS and the city</source>
        <translation>Simpan rekap bertanda tangan Anda sebagai PDF untuk BPJS dan Pemkot</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="106"/>
        <source>Save the recap as an Excel workbook</source>
        <translation>Simpan rekap sebagai berkas Excel</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="110"/>
        <source>Only supervisors and administrators may sign and save</source>
        <translation>Hanya supervisor dan administrator yang boleh menandatangani dan menyimpan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="147"/>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="157"/>
        <source>The month at a glance</source>
        <translation>Ringkasan bulan ini</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="161"/>
        <source>Members covered:</source>
        <translation>Peserta ditanggung:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="163"/>
        <source>Premium this month:</source>
        <translation>Iuran bulan ini:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="165"/>
        <source>In words:</source>
        <translation>Terbilang:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="167"/>
        <source>Rate in force:</source>
        <translation>Tarif berlaku:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="172"/>
        <source>Projection for a year:</source>
        <translation>Proyeksi setahun:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="176"/>
        <source>By kelurahan, RW and occupation</source>
        <translation>Per kelurahan, RW dan pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="177"/>
        <source>Per kelurahan</source>
        <translation>Per kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="244"/>
        <source>The recap could not be computed; see the log file.</source>
        <translation>Rekap tidak dapat dihitung; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="256"/>
        <source>{count} people</source>
        <translation>{count} orang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="261"/>
        <source>January to {month}:</source>
        <translation>Januari – {month}:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="263"/>
        <source>{month}, the year so far:</source>
        <translation>{month}, sejak awal tahun:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="267"/>
        <source>Members this month × the rate × 12 months</source>
        <translation>Peserta bulan ini × tarif × 12 bulan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="273"/>
        <source>No member is covered in {month}.</source>
        <translation>Tidak ada peserta yang ditanggung pada {month}.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="331"/>
        <source>Recap of {month} saved: {path}</source>
        <translation>Rekap {month} disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_tab.py" line="344"/>
        <source>The recap could not be saved; see the log file.</source>
        <translation>Rekap tidak dapat disimpan; lihat berkas log.</translation>
    </message>
</context>
<context>
    <name>RecapTableModel</name>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="68"/>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="79"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="69"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="70"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="71"/>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="80"/>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="72"/>
        <location filename="../../tangsel_desktop/ui/jamsos/recap_table_model.py" line="81"/>
        <source>Premium</source>
        <translation>Iuran</translation>
    </message>
</context>
</TS>
