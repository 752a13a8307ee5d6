"""The demo office: synthetic residents and program members, written through the bulk paths."""
