"""The command `jamsos recap`: the month's figures as JSON, and with --out the signed PDF or the workbook."""

import argparse
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_views import JamsosRecap
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]


def recap_json(recap: JamsosRecap) -> dict[str, Any]:
    return {
        "month": recap.month,
        "members": recap.members,
        "amount": recap.amount,
        "amount_words": recap.amount_words,
        "by_kelurahan": [
            {"code": total.code, "name": total.name, "members": total.members, "amount": total.amount}
            for total in recap.by_kelurahan
        ],
        "year_to_date": recap.year_to_date,
        "projection": recap.projection,
        "rate": {"jkk": recap.jkk, "jkm": recap.jkm, "jht": recap.jht, "premium": recap.premium},
    }


def run_recap(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """The figures for anyone signed in; --out FILE.pdf|FILE.xlsx saves them signed (supervisor)."""
    month = YearMonth.parse(args.month)
    out: Path | None = args.out
    if out is None:
        recap = services.jamsos.recap(actor=actor, month=month)
        payload = recap_json(recap)
    else:
        saved = services.jamsos_recap_files.save_recap(actor=actor, month=month, target=out.expanduser())
        recap = saved.recap
        payload = {**recap_json(recap), "file": str(saved.path), "pages": saved.pages}
    lines = [
        f"  {t.name}: {format_count(t.members)} peserta, Rp{format_count(t.amount)}"
        for t in recap.by_kelurahan
    ]
    text = [
        f"Rekap Jamsosnaker {recap.month}: {format_count(recap.members)} peserta, "
        f"Rp{format_count(recap.amount)} ({recap.amount_words})",
        *lines,
    ]
    if out is not None:
        text.append(f"Disimpan ke {payload['file']}.")
    return payload, "\n".join(text)
