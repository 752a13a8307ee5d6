"""The command line's Sembako commands: rounds and lists, evidence letters, stock, handovers, the status."""

import argparse
from typing import Any

from tangsel_desktop.cli.option_dates import option_date, optional_date
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_rupiah
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_rt_rw
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.domain.sembako.round_rules import HandoverDay, Mark, StockMove, Unit, handover_day, proxy
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import RoundStatusView
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]


def run_sembako_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """Run one `sembako` action for a signed-in user."""
    action = args.sembako_command
    if action == "round":
        return _round(services, actor, args)
    if action == "evidence":
        return _evidence(services, actor, args)
    if action == "stock":
        return _stock(services, actor, args)
    if action == "handover":
        collector = proxy(args.proxy_name, args.proxy_nik, args.relation)
        handed, _ = services.sembako_handovers.hand_over(
            actor=actor,
            round_id=args.round,
            who=Who(nik=args.nik),
            proxy=collector,
            mark=Mark.THUMBPRINT if args.thumbprint else Mark.SIGNATURE,
        )
        by = f", diwakilkan kepada {handed.proxy_name}" if handed.by_proxy else ""
        return (
            handed.as_json(),
            f"{handed.full_name} menerima paket{by}. Tanda terima {handed.receipt_number}.",
        )
    if action == "void":
        voided, _ = services.sembako_handovers.void(
            actor=actor, round_id=args.round, nik=args.nik, reason=args.reason
        )
        return voided.as_json(), f"Serah terima {voided.receipt_number} dibatalkan: {voided.void_reason}."
    if action == "status":
        status = services.sembako_stock.status(actor=actor, round_id=args.round)
        return status.as_json(), _status_text(status)
    if action == "ledger":
        ledger = services.sembako_handovers.ledger(actor=actor, round_id=args.round, rw=_rw(args.rw))
        lines = [
            f"{h.receipt_number}  {h.full_name}  {h.handed_at:%d-%m-%Y %H:%M}"
            + ("  BATAL" if h.voided_at else "")
            for h in ledger
        ]
        return {"handovers": [h.as_json() for h in ledger]}, "\n".join(lines) or "Belum ada serah terima."
    if action in ("receipts", "sheet", "bast", "report"):
        return _papers(services, actor, args)
    raise UserError(f"Perintah sembako {action!r} tidak dikenal.")


def _papers(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    documents = services.sembako_documents
    action = args.sembako_command
    if action == "report":
        report, _ = services.sembako_reports.save(actor=actor, round_id=args.round, target=args.file)
        return {**report.as_json(), "file": str(args.file)}, f"Laporan putaran disimpan di {args.file}."
    if action == "receipts":
        result, _ = documents.receipts(actor=actor, round_id=args.round, target=args.file, rw=args.rw)
    elif action == "sheet":
        day = optional_date(args.date, "--date")
        result, _ = documents.signing_sheet(
            actor=actor, round_id=args.round, rw=args.rw, target=args.file, handed_on=day
        )
    else:
        result, _ = documents.handover_report(
            actor=actor, round_id=args.round, target=args.file,
            from_name=args.from_name, from_position=args.from_position, from_nip=args.from_nip,
            to_name=args.to_name, to_position=args.to_position, to_nip=args.to_nip,
        )  # fmt: skip
    numbers = list(result.numbers)
    payload = {
        "file": str(result.path),
        "documents": result.documents,
        "pages": result.pages,
        "count": len(numbers),
    }
    if numbers:
        payload.update(first=numbers[0], last=numbers[-1])
    return payload, f"{result.documents} dokumen, {result.pages} halaman, disimpan di {result.path}."


def _round(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    rounds = services.sembako_rounds
    action = args.round_command
    if action == "create":
        view, _ = rounds.create(
            actor=actor,
            name=args.name,
            month=YearMonth.parse(args.month),
            categories=args.category,
            items=[parse_item(text) for text in args.item],
            unit=Unit.parse(args.per),
            days=[_day(text) for text in args.day],
        )
        return view.as_json(), (
            f"Putaran '{view.name}' dibuat (kode {view.id[:8]}); paket senilai "
            f"{format_rupiah(view.package_value)}."
        )
    if action == "list":
        views = rounds.rounds(actor=actor)
        text = "\n".join(f"{v.id[:8]}  {v.month}  {v.status.label:10}  {v.name}" for v in views)
        return {"rounds": [v.as_json() for v in views]}, text or "Belum ada putaran."
    if action == "propose":
        proposal, _ = rounds.propose(actor=actor, round_id=args.round)
        return proposal.as_json(), (
            f"{format_count(proposal.proposed)} diusulkan, {format_count(proposal.already_listed)} sudah "
            f"ada di daftar, {format_count(len(proposal.left_out))} tidak diusulkan (alasannya: --json)."
        )
    if action == "approve":
        view, _ = rounds.approve(actor=actor, round_id=args.round)
        return view.as_json(), f"Daftar putaran '{view.name}' disetujui dan dibekukan."
    if action == "close":
        view, _ = rounds.close(actor=actor, round_id=args.round)
        return view.as_json(), f"Putaran '{view.name}' ditutup."
    if action == "show":
        view = rounds.round(actor=actor, round_id=args.round)
        lines = rounds.recipients(actor=actor, round_id=view.id, rw=_rw(args.rw))
        payload = {**view.as_json(), "recipients": [line.as_json() for line in lines]}
        text = "\n".join(f"RW {line.rw}  {line.nik}  {line.full_name}" for line in lines)
        return payload, f"{view.name} ({view.status.label}): {len(lines)} penerima\n{text}"
    if action == "add-day":
        view, _ = rounds.add_day(actor=actor, round_id=args.round, day=_day(args.day))
        days = "; ".join(f"{d.day:%d-%m-%Y} {d.place}" for d in view.days)
        return view.as_json(), f"Hari pembagian putaran '{view.name}': {days}."
    if action == "add":
        line, _ = rounds.add(actor=actor, round_id=args.round, nik=args.nik, reason=args.reason)
        return line.as_json(), f"{line.full_name} ditambahkan ke daftar."
    if action == "remove":
        line, _ = rounds.remove(actor=actor, round_id=args.round, nik=args.nik, reason=args.reason)
        return line.as_json(), f"{line.full_name} dikeluarkan dari daftar: {line.removed_reason}."
    raise UserError(f"Perintah sembako round {action!r} tidak dikenal.")


def _evidence(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    evidence = services.sembako_evidence
    action = args.evidence_command
    if action == "add":
        view, _ = evidence.add(
            actor=actor,
            nik=args.nik,
            category=args.category,
            document=args.document,
            valid_from=option_date(args.valid_from, "--from"),
            valid_until=optional_date(args.until, "--until"),
            child_name=args.child_name,
            child_birth_date=optional_date(args.child_birth_date, "--child-birth-date"),
        )
        until = "" if view.valid_until is None else f" sampai {view.valid_until:%d-%m-%Y}"
        return (
            view.as_json(),
            f"Surat {view.category.value} {view.full_name} dicatat, berlaku "
            f"{view.valid_from:%d-%m-%Y}{until}.",
        )
    if action == "ending":
        month = None if args.month is None else YearMonth.parse(args.month)
        views = evidence.ending(actor=actor, month=month)
        text = "\n".join(
            f"{v.valid_until:%d-%m-%Y}  {v.category.value:9}  {v.nik}  {v.full_name}"
            for v in views
            if v.valid_until
        )
        return {
            "ending": [v.as_json() for v in views]
        }, text or "Tidak ada surat yang berakhir pada bulan itu."
    if action == "list":
        views = evidence.of_nik(actor=actor, nik=args.nik)
        text = "\n".join(
            f"{v.id}  {v.category.value:9}  {v.valid_from:%d-%m-%Y}"
            + (f" s.d. {v.valid_until:%d-%m-%Y}" if v.valid_until else "")
            + ("  DICABUT" if v.revoked else "")
            + f"  {v.document}"
            for v in views
        )
        return {"letters": [v.as_json() for v in views]}, text or "Belum ada surat untuk NIK itu."
    if action == "revoke":
        view, _ = evidence.revoke(actor=actor, evidence_id=args.id.strip(), reason=args.reason)
        return view.as_json(), f"Surat {view.category.value} {view.full_name} dicabut."
    if action == "remote-rw":
        evidence.set_remote_rw(actor=actor, rw=args.rw, note=args.note, remote=not args.remove)
        rws = evidence.remote_rws()
        return {"remote_rws": rws}, "RW terpencil: " + (", ".join(rws) or "tidak ada")
    raise UserError(f"Perintah sembako evidence {action!r} tidak dikenal.")


def _stock(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    stock = services.sembako_stock
    if args.stock_command == "report":
        result, _ = services.sembako_documents.stock_report(
            actor=actor, round_id=args.round, target=args.file
        )
        return {"file": str(result.path), "pages": result.pages}, f"Laporan stok disimpan di {result.path}."
    on = optional_date(args.date, "--date")
    if args.stock_command == "receive":
        status, _ = stock.receive(
            actor=actor, round_id=args.round, count=args.count, bast=args.bast, party=args.party, on=on
        )
    else:
        kind = StockMove.RETURNED if args.stock_command == "return" else StockMove.DAMAGED
        status, _ = stock.write_off(
            actor=actor, round_id=args.round, kind=kind, count=args.count, reason=args.reason, on=on
        )
    return status.as_json(), _status_text(status)


def _status_text(status: RoundStatusView) -> str:
    return (
        f"Daftar {format_count(status.planned)}, sudah menerima {format_count(status.handed_over)} "
        f"({format_count(status.by_proxy)} diwakilkan), belum {format_count(status.remaining)}. Stok: "
        f"diterima {format_count(status.stock_received)}, "
        f"dikembalikan {format_count(status.stock_returned)}, rusak {format_count(status.stock_damaged)}, "
        f"di tangan {format_count(status.stock_on_hand)}."
    )


def _day(text: str) -> HandoverDay:
    day, separator, place = text.partition(":")
    if not separator:
        raise UserError(
            f"--day '{text}' tidak terbaca: tulis TTTT-BB-HH:tempat, misalnya 2026-11-20:Aula Kelurahan."
        )
    return handover_day(option_date(day.strip(), "--day"), place)


def _rw(text: str | None) -> str | None:
    return (parse_rt_rw(text, "RW") or None) if text else None
