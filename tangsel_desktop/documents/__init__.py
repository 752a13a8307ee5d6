"""ReportLab only: plain data in, PDF out (cards, receipts, certificates, reports)."""
