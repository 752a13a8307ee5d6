"""The command line's exchange with BPJS: `jamsos bpjs-export FILE` and `jamsos bpjs-import FILE`."""

import argparse
from typing import Any

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.bpjs_findings import kind_label
from tangsel_desktop.services.service_set import Services

BPJS_ACTIONS = frozenset({"bpjs-export", "bpjs-import"})


def run_bpjs_command(
    services: Services, actor: Actor, args: argparse.Namespace
) -> tuple[dict[str, Any], str]:
    """Export the verified members for BPJS, or import BPJS's answer with its reconciliation report."""
    if args.jamsos_command == "bpjs-export":
        exported, _ = services.bpjs.export_for_bpjs(
            actor=actor,
            target=args.file,
            month=None if args.month is None else YearMonth.parse(args.month),
            mark_submitted=args.mark_submitted,
        )
        text = (
            f"{format_count(exported.members)} peserta ({exported.program}, mulai {exported.month}) "
            f"ditulis ke {exported.path}."
        )
        if exported.marked_submitted:
            text += f" {format_count(exported.marked_submitted)} peserta kini berstatus diajukan."
        return exported.as_json(), text
    result, _ = services.bpjs.import_bpjs_answer(
        actor=actor, source=args.file, report=args.report, dry_run=args.dry_run
    )
    lines = [
        f"{'Uji coba: ' if result.dry_run else ''}{format_count(result.rows)} baris dibaca, "
        f"{format_count(result.activated)} peserta {'akan ' if result.dry_run else ''}diaktifkan, "
        f"{format_count(result.already_active)} sudah aktif, "
        f"{format_count(result.mismatch_total)} temuan perlu diperiksa.",
        *(f"  {kind_label(kind)}: {format_count(count)}" for kind, count in result.mismatches.items()),
        f"Laporan rekonsiliasi: {result.report_path}",
    ]
    return result.as_json(), "\n".join(lines)
