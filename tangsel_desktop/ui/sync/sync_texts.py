"""What the Sinkronisasi area says about packages, answers, offices and findings, in plain rows of text."""

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tangsel_desktop.domain.formatting import format_count, format_datetime
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.sync.answers import AnswerApplied
from tangsel_desktop.services.sync.central_import import ImportResult
from tangsel_desktop.services.sync.package_export import ExportResult

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate

# An office that has not sent a package for longer than this is flagged ("more than a month"), as
# services/sync/sync_status.LATE and the city picture flag it.
LATE_AFTER_DAYS = 31


def table_title(table: str) -> str:
    """The name a supervisor knows a table by; a table not named here shows as the store calls it."""
    titles = {
        "household": translate("SyncTexts", "Households (KK)"),
        "household_kk_history": translate("SyncTexts", "KK history"),
        "person": translate("SyncTexts", "People"),
        "person_photo": translate("SyncTexts", "Photos"),
        "document_register": translate("SyncTexts", "Document register"),
        "jamsos_member": translate("SyncTexts", "Jamsosnaker members"),
        "jamsos_status_event": translate("SyncTexts", "Jamsosnaker status changes"),
        "jamsos_claim": translate("SyncTexts", "Jamsosnaker claims"),
        "sembako_round": translate("SyncTexts", "Sembako rounds"),
        "sembako_recipient": translate("SyncTexts", "Sembako recipients"),
        "sembako_handover": translate("SyncTexts", "Sembako handovers"),
        "sembako_stock_move": translate("SyncTexts", "Sembako stock moves"),
        "training": translate("SyncTexts", "Trainings"),
        "training_participant": translate("SyncTexts", "Training participants"),
        "jamsos_rate": translate("SyncTexts", "Jamsosnaker rates"),
        "jamsos_setting": translate("SyncTexts", "Jamsosnaker rules and occupations"),
    }
    return titles.get(table, table)


def when(text: str | None) -> str:
    """An ISO timestamp from the status as the clerk reads it, in local time; '-' when never."""
    if not text:
        return "-"
    try:
        return format_datetime(datetime.fromisoformat(text))
    except ValueError:
        return text


def _count_lines(counts: Mapping[str, int]) -> list[str]:
    shown = [(table_title(table), count) for table, count in counts.items() if count]
    width = max((len(title) for title, _ in shown), default=0)
    return [f"  {title:<{width}}  {format_count(count):>9}" for title, count in shown]


def export_summary(result: ExportResult) -> str:
    """The package just written, as the supervisor checks it before carrying it away."""
    first = result.from_sequence == 0
    lines = [
        translate("SyncTexts", "Office       : {office}").format(office=result.office),
        translate("SyncTexts", "Sequences    : {start} - {end}").format(
            start=result.from_sequence, end=result.to_sequence
        )
        + (translate("SyncTexts", " (the first package: the whole store)") if first else ""),
        translate("SyncTexts", "File         : {path} ({size} bytes)").format(
            path=str(result.path), size=format_count(result.size_bytes)
        ),
        translate("SyncTexts", "Rows         : {rows}").format(
            rows=format_count(sum(result.counts.values()))
        ),
        *_count_lines(result.counts),
    ]
    if result.tombstones:
        lines.append(
            translate("SyncTexts", "Deletions    : {rows}").format(
                rows=format_count(sum(result.tombstones.values()))
            )
        )
        lines.extend(_count_lines(result.tombstones))
    if not any(result.counts.values()) and not result.tombstones:
        lines.append(translate("SyncTexts", "Nothing changed since the last package: it only says so."))
    return "\n".join(lines)


def answer_summary(result: AnswerApplied) -> str:
    if result.already_applied:
        return translate("SyncTexts", "This answer was already read; nothing changed.")
    return translate(
        "SyncTexts", "Answer no. {number} read: Dinas Sosial acknowledges the sequences up to {sequence}."
    ).format(number=result.answer_no, sequence=result.acknowledged_to)


def reference_lines(updates: Mapping[str, int]) -> str:
    """The reference data the answer brought: one line per kind, how many rows changed here."""
    if not updates:
        return translate("SyncTexts", "Reference data: no change.")
    parts = [
        translate("SyncTexts", "{what}: {rows} changed").format(
            what=table_title(name), rows=format_count(rows)
        )
        for name, rows in updates.items()
    ]
    return translate("SyncTexts", "Reference data updated: {parts}.").format(parts="; ".join(parts))


def finding_row(finding: Mapping[str, Any]) -> tuple[str, ...]:
    """(kind, subject, offices, detail, decision) of one finding as the centre's answer carries it
    (services/sync/findings.findings_concerning: the centre's own Indonesian labels)."""
    offices = finding.get("offices") or []
    if isinstance(offices, str):
        offices = [offices]
    decision = str(finding.get("decision_label") or "") if finding.get("decision") else ""
    return (
        str(finding.get("kind_label") or finding.get("kind") or ""),
        str(finding.get("subject", "") or ""),
        ", ".join(str(code) for code in offices),
        str(finding.get("detail", "") or ""),
        decision or translate("SyncTexts", "not decided yet"),
    )


def import_row(source: Path, result: ImportResult | str) -> tuple[tuple[str, ...], str]:
    """One package read at the centre: (file, office, sequences, result, rows) and how it is marked."""
    if isinstance(result, str):
        return (
            source.name,
            "-",
            "-",
            translate("SyncTexts", "Refused: {reason}").format(reason=result),
            "0",
        ), ("error")
    sequences = f"{result.from_sequence} - {result.to_sequence}"
    rows = format_count(sum(result.package_counts.values()))
    if result.held_for_gap and result.missing is not None:
        text = translate("SyncTexts", "Held: the sequences {start} - {end} have not arrived").format(
            start=result.missing[0], end=result.missing[1]
        )
        return (source.name, result.office, sequences, text, "-"), "warning"
    if result.already_applied:
        text = translate("SyncTexts", "Already applied; nothing changed")
        return (source.name, result.office, sequences, text, "0"), ""
    text = translate("SyncTexts", "Applied")
    if result.released:
        held = ", ".join(f"{start} - {end}" for start, end in result.released)
        text += translate("SyncTexts", ", and the held packages {held}").format(held=held)
    return (source.name, result.office, sequences, text, rows), ""


def days_since(text: str | None, today: date) -> int | None:
    if not text:
        return None
    try:
        return (today - datetime.fromisoformat(text).astimezone().date()).days
    except ValueError:
        return None


def office_row(entry: Mapping[str, Any], today: date) -> tuple[tuple[str, ...], str]:
    """One office at the centre: what it last sent, its rows held here, and whether it is late."""
    counts: Mapping[str, int] = entry.get("counts") or {}
    waited = days_since(entry.get("last_received_at"), today)
    held = entry.get("held") or []
    if waited is None:
        state, mark = translate("SyncTexts", "Never sent"), "error"
    elif waited > LATE_AFTER_DAYS or entry.get("late"):
        state, mark = translate("SyncTexts", "Late: {days} days").format(days=waited), "error"
    else:
        state, mark = translate("SyncTexts", "On time"), ""
    if held:
        state += translate("SyncTexts", "; held: {ranges}").format(
            ranges=", ".join(f"{start} - {end}" for start, end in held)
        )
        mark = mark or "warning"
    code = str(entry.get("office", ""))
    row = (
        code,
        kelurahan_name(code),
        when(entry.get("last_received_at")),
        str(entry.get("last_sequence_received", 0)),
        *(
            format_count(int(counts.get(table, 0)))
            for table in ("person", "household", "jamsos_member", "sembako_handover")
        ),
        str(entry.get("last_answer", 0)),
        state,
    )
    return row, mark


def status_lines(status: Mapping[str, Any]) -> str:
    """The office's own position: its journal, what it sent, what Dinas Sosial acknowledged."""
    return "\n".join(
        (
            translate("SyncTexts", "Last change in this store: sequence {sequence}").format(
                sequence=status.get("last_sequence", 0)
            ),
            translate("SyncTexts", "Last package sent: up to sequence {sequence}, {when}").format(
                sequence=status.get("last_sequence_sent", 0), when=when(status.get("last_sent_at"))
            ),
            translate("SyncTexts", "Acknowledged by Dinas Sosial: up to sequence {sequence}, {when}").format(
                sequence=status.get("last_sequence_acknowledged", 0),
                when=when(status.get("last_acknowledged_at")),
            ),
            translate("SyncTexts", "Last answer read: no. {number}").format(
                number=status.get("last_answer", 0)
            ),
        )
    )
