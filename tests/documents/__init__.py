"""Tests of the printed documents: real PDFs read back with qpdf, poppler and zbar."""
