"""The command line's `reports` group: the Laporan area's catalogue, listed, previewed and saved headless."""

import argparse
from pathlib import Path
from typing import Any

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.reports.report_catalogue import Choice, ReportCatalogue, Selection
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]


def _choices(found: list[Choice]) -> list[dict[str, str]]:
    return [{"key": choice.key, "label": choice.label} for choice in found]


def run_reports_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    catalogue = ReportCatalogue(services)
    action = args.reports_command
    if action == "list":
        listed = []
        for entry in catalogue.entries():
            periods, areas = (
                catalogue.choices(actor=actor, key=entry.key) if entry.may_make(actor) else ([], [])
            )
            listed.append(
                {
                    "key": entry.key,
                    "group": entry.group,
                    "title": entry.title,
                    "role": entry.role.value,
                    "may_make": entry.may_make(actor),
                    "period": entry.period_label,
                    "periods": _choices(periods),
                    "areas": _choices(areas),
                }
            )
        text = "\n".join(
            f"{item['key']:12} {item['title']}" + ("" if item["may_make"] else " (tidak untuk peran Anda)")
            for item in listed
        )
        return {"reports": listed}, text
    selection = Selection(period=args.period.strip(), area=args.area.strip())
    if action == "show":
        preview = catalogue.build(actor=actor, key=args.report, selection=selection)
        rows = [list(row) for row in preview.rows]
        text = "\n".join(
            [f"{preview.title} — {preview.subtitle}", " | ".join(preview.headers)]
            + [" | ".join("" if cell is None else str(cell) for cell in row) for row in rows]
        )
        payload = {"title": preview.title, "subtitle": preview.subtitle, "headers": list(preview.headers)}
        return {**payload, "rows": rows}, text
    target = Path(args.file)
    kind = target.suffix.lower().lstrip(".")
    catalogue.save(actor=actor, key=args.report, selection=selection, target=target, kind=kind)
    return {"report": args.report, "file": str(target), "kind": kind}, f"Laporan disimpan di {target}."
