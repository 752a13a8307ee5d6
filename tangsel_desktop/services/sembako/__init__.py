"""The Sembako program: evidence, rounds and their lists, stock, the handover ledger and its documents."""
