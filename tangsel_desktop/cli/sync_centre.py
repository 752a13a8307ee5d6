"""The centre's `sync` commands: the findings (list, export, decide), the offices' table, the city picture."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor

if TYPE_CHECKING:
    # Only for hints: cli/arguments.py imports this module, and `python -m tangsel_desktop` parses
    # the arguments before the window's first paint, which must not wait for the services' imports.
    from tangsel_desktop.services.service_set import Services

CENTRE_ACTIONS = frozenset({"findings", "decide", "offices", "city"})
Result = tuple[dict[str, Any], str]


def add_centre_commands(actions: "argparse._SubParsersAction[Any]") -> None:
    findings = actions.add_parser(
        "findings", help="pusat: temuan antar kantor (NIK ganda, tagihan ganda, ...)"
    )
    findings.add_argument("--status", choices=("open", "decided"), help="hanya yang terbuka / diputuskan")
    findings.add_argument("--kind", help="nik_two_offices, member_two_offices, sembako_twice, data_differs")
    findings.add_argument("--office", help="hanya yang menyangkut kantor ini (kode kelurahan)")
    findings.add_argument("--all", action="store_true", help="juga temuan yang sudah selesai (data cocok)")
    findings.add_argument(
        "--refresh", action="store_true", help="periksa ulang semua kantor dulu (supervisor)"
    )
    findings.add_argument("--xlsx", type=Path, metavar="OUT", help="simpan ke berkas Excel (supervisor)")
    decide = actions.add_parser("decide", help="pusat: putuskan sebuah temuan (supervisor)")
    # Checked by the command, not by type=int, so a wrong number gets the Indonesian message.
    decide.add_argument("finding", metavar="FINDING_ID", help="nomor temuan (lihat sync findings)")
    decide.add_argument(
        "--keep", metavar="KANTOR", help="kantor yang memegang orang / kepesertaan / data benar"
    )
    decide.add_argument("--decision", choices=("sah", "tarik"), help="temuan sembako: sah atau tarik")
    decide.add_argument("--note", required=True, help="catatan keputusan (dasar, surat rujukan)")
    actions.add_parser("offices", help="pusat: tabel kantor (paket terakhir, urutan, jumlah, terlambat)")
    city = actions.add_parser("city", help="pusat: gambaran seluruh kota untuk sebulan")
    city.add_argument("--month", required=True, help="bulan, YYYY-MM")


def _finding_id(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(
            f"Nomor temuan harus bilangan bulat, bukan {text!r}. Lihat daftarnya dengan sync findings."
        )
    return int(text)


def run_centre_command(services: "Services", actor: Actor, args: argparse.Namespace) -> Result:
    action = args.sync_command
    findings = services.sync_findings
    if action == "findings":
        refreshed = None
        if args.refresh:
            refreshed, _ = findings.refresh(actor=actor)
        found = findings.findings(
            actor=actor, status=args.status, kind=args.kind, office=args.office, include_cleared=args.all
        )
        payload: dict[str, Any] = {"findings": [item.as_json() for item in found], "count": len(found)}
        if refreshed is not None:
            payload["refresh"] = refreshed.as_json()
        lines = [
            f"#{item.id:<6} {item.kind_label}: {item.subject} ({', '.join(item.offices)}) "
            f"{item.detail + ' ' if item.detail else ''}[{item.status_label}"
            f"{': ' + item.decision_label if item.decision else ''}]"
            for item in found
        ]
        if args.xlsx is not None:
            saved = findings.export_xlsx(
                actor=actor, target=args.xlsx.expanduser(), status=args.status, include_cleared=args.all
            )
            payload["file"] = str(saved.path)
            lines.append(f"{format_count(saved.count)} temuan disimpan ke {saved.path}.")
        return payload, "\n".join(lines) or "Tidak ada temuan."
    if action == "decide":
        decided, _ = findings.decide(
            actor=actor,
            finding_id=_finding_id(args.finding),
            keep=args.keep,
            decision=args.decision,
            note=args.note,
        )
        return decided.as_json(), f"Temuan #{decided.id} diputuskan: {decided.decision_label}."
    if action == "offices":
        offices = services.city.offices(actor=actor)
        lines = [
            f"{o.code:15} {o.name:24} urutan {o.last_sequence:>8}  "
            f"{o.last_package_at.isoformat()[:10] if o.last_package_at else 'belum pernah':12}  "
            f"penduduk {format_count(o.people)}" + ("  TERLAMBAT (> 1 bulan)" if o.stale else "")
            for o in offices
        ]
        return {"offices": [o.as_json() for o in offices]}, "\n".join(
            lines
        ) or "Belum ada kantor yang dikenal."
    picture = services.city.picture(actor=actor, month=YearMonth.parse(args.month))
    total = picture.total
    lines = [
        f"Kota Tangerang Selatan {picture.month}: {format_count(total.people)} penduduk, "
        f"{format_count(total.households)} keluarga, {format_count(total.members)} peserta Jamsosnaker, "
        f"premi Rp{format_count(total.premium)}",
        *(
            f"  Kec. {k.total.name}: {format_count(k.total.people)} penduduk, "
            f"premi Rp{format_count(k.total.premium)}"
            for k in picture.kecamatan
        ),
        *(f"  Kantor {o.code} belum mengirim paket lebih dari sebulan." for o in picture.offices if o.stale),
    ]
    return picture.as_json(), "\n".join(lines)
