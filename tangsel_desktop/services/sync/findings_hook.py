"""Where the centre's findings join the sync: after each import, and in each office's answer.

The findings review (services/sync/findings.py) registers itself here when imported: a refresher that looks
again, in the import's own transaction, at what the office's package may have changed, and a finder that
returns the stored findings concerning an office as JSON-ready dicts ({"id", "kind", "subject", "offices",
"detail", "status", "decision", "note", "rows": the office's own rows only, ...}).
"""

from collections.abc import Callable
from typing import Any

from tangsel_desktop.storage.transaction import Transaction

Finder = Callable[[Transaction, str], list[dict[str, Any]]]
FINDERS: list[Finder] = []
# Run in the import's own transaction after an office's package is applied (services/sync/findings.py
# looks again at what that office's rows may have changed), before its findings are read.
Refresher = Callable[[Transaction, str], None]
REFRESHERS: list[Refresher] = []


def after_import(tx: Transaction, office_code: str) -> None:
    """Every refresher, after one office's package was applied (in the same transaction)."""
    for refresher in REFRESHERS:
        refresher(tx, office_code)


def findings_for(tx: Transaction, office_code: str) -> list[dict[str, Any]]:
    """Every finder's findings that concern one office, in the finders' order."""
    found: list[dict[str, Any]] = []
    for finder in FINDERS:
        found.extend(finder(tx, office_code))
    return found
