"""Tangsel Desktop: the offline office application for Kota Tangerang Selatan's social programs."""

__version__ = "0.1.0"
