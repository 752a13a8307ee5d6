"""The Cetak area: beneficiary cards, the register of printed documents, and checking a document's QR."""
