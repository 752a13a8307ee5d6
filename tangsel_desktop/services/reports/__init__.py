"""The Laporan area's services: every report the office makes, listed once, and the registry summary."""
