"""Tests of the domain rules: NIK and No. KK, person records, wilayah, Indonesian formatting."""
