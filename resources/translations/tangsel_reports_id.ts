<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/report_files.py" line="14"/>
        <source>Save the report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="75"/>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="80"/>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="81"/>
        <source>Save &amp;Excel…</source>
        <translation>Simpan &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="192"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="193"/>
        <source>Choose a report on the left.</source>
        <translation>Pilih laporan di sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="248"/>
        <source>There is nothing to report yet: no {what} is recorded.</source>
        <translation>Belum ada {what} yang tercatat, jadi belum ada yang dapat dilaporkan.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="301"/>
        <source>The report could not be made; see the log file.</source>
        <translation>Laporan tidak dapat dibuat; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../tangsel_desktop/ui/reports/reports_page.py" line="343"/>
        <source>Report saved: {path}</source>
        <translation>Laporan disimpan: {path}</translation>
    </message>
</context>
</TS>
