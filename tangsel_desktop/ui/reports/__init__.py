"""The Laporan area: every report the office makes, with its filters, preview, chart, PDF and Excel."""
