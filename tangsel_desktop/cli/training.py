"""The command line's training commands: trainings, batches, participants, attendance, the status."""

import argparse
from typing import Any

from tangsel_desktop.cli.option_dates import option_date, optional_date
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.training.training_rules import Eligibility, Session, parse_disabilities
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]


def run_training_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """Run one `training` action for a signed-in user."""
    action = args.training_command
    courses, people = services.training_courses, services.training_participants
    if action == "add":
        rules = Eligibility(args.max_desil, args.min_age, args.max_age, parse_disabilities(args.disability))
        view, _ = courses.add_training(
            actor=actor,
            name=args.name,
            kind=args.kind,
            total_jp=args.jp,
            min_attendance=args.min_attendance,
            lsp=args.lsp,
            scheme=args.scheme,
            eligibility=rules,
        )
        return view.as_json(), f"Pelatihan '{view.name}' ditambahkan (kode {view.id[:8]})."
    if action == "list":
        views = courses.trainings(actor=actor)
        text = "\n".join(f"{v.id[:8]}  {v.kind.value:5} {v.total_jp:4} JP  {v.name}" for v in views)
        return {"trainings": [v.as_json() for v in views]}, text or "Belum ada pelatihan."
    if action == "batch":
        return _batch(services, actor, args)
    if action == "candidates":
        found = people.candidates(actor=actor, batch_id=args.batch)
        text = "\n".join(f"{c.nik}  {c.full_name:40} {c.reasons}" for c in found)
        return {
            "candidates": [c.as_json() for c in found]
        }, text or "Tidak ada penduduk yang memenuhi syarat."
    if action in ("enroll", "select", "wait"):
        step = {"enroll": people.enroll, "select": people.select, "wait": people.wait}[action]
        person, _ = step(actor=actor, batch_id=args.batch, nik=args.nik)
        return person.as_json(), f"{person.full_name}: {person.status.label} ({person.reasons})."
    if action == "withdraw":
        withdrawal, _ = people.withdraw(actor=actor, batch_id=args.batch, nik=args.nik, reason=args.reason)
        after = withdrawal.next_waiting
        hint = f" Berikutnya di daftar tunggu: {after.full_name}." if after else ""
        return withdrawal.as_json(), f"{withdrawal.participant.full_name} mengundurkan diri.{hint}"
    if action == "participants":
        listed = people.participants(actor=actor, batch_id=args.batch)
        text = "\n".join(f"{p.nik}  {p.status.label:18} {p.full_name}" for p in listed)
        return {"participants": [p.as_json() for p in listed]}, text or "Belum ada peserta."
    if action == "attend":
        mark, _ = services.training_attendance.attend(
            actor=actor,
            batch_id=args.batch,
            day=option_date(args.date, "--date"),
            nik=args.nik or "",
            card=args.card or "",
            mark=args.status,
            companion_name=args.companion,
            companion_relation=args.relation,
        )
        return mark.as_json(), (
            f"{mark.participant.full_name}: {mark.mark.value} {mark.day:%d-%m-%Y}; "
            f"{mark.attended_jp} dari {mark.total_jp} JP."
        )
    if action == "result":
        recorded, _ = services.training_outcomes.record_result(
            actor=actor,
            batch_id=args.batch,
            nik=args.nik,
            result=args.result,
            lsp_number=args.lsp_number,
            certified_on=option_date(args.date, "--date"),
        )
        return recorded.as_json(), (
            f"{recorded.full_name}: {recorded.result.label}, berlaku sampai {recorded.valid_until:%d-%m-%Y}."
        )
    if action == "expiring":
        ending = services.training_outcomes.expiring(actor=actor)
        rows = [
            {
                "nik": e.nik,
                "name": e.full_name,
                "batch": e.batch_name,
                "lsp_number": e.lsp_number,
                "valid_until": e.valid_until.isoformat(),
            }
            for e in ending
        ]
        text = "\n".join(f"{e.valid_until:%d-%m-%Y}  {e.nik}  {e.full_name}" for e in ending)
        return {"expiring": rows}, text or "Tidak ada sertifikat kompetensi yang berakhir dalam tiga bulan."
    if action == "certificates":
        run, _ = services.training_outcomes.certificates(
            actor=actor, batch_id=args.batch, target=args.file, large_print=args.large_print
        )
        return run.as_json(), (
            f"{len(run.issued)} sertifikat, {run.pages} halaman, disimpan di {run.path}; "
            f"{len(run.refused)} peserta tidak memenuhi syarat."
        )
    if action == "kit-receipts":
        printed, _ = services.training_aftercare.receipts(
            actor=actor, batch_id=args.batch, target=args.file, nik=args.nik
        )
        return (
            printed.as_json(),
            f"{printed.documents} tanda terima, {printed.pages} halaman, di {printed.path}.",
        )
    if action in ("kit", "internship", "follow-up", "follow-ups-due"):
        return _aftercare(services, actor, args)
    if action == "report":
        report, _ = services.training_reports.save(actor=actor, batch_id=args.batch, target=args.file)
        return {**report.as_json(), "file": str(args.file)}, f"Laporan angkatan disimpan di {args.file}."
    if action == "sheet":
        pages, _ = services.training_attendance.sheet(
            actor=actor,
            batch_id=args.batch,
            day=option_date(args.date, "--date"),
            target=args.file,
            large_print=args.large_print,
        )
        return {
            "file": str(args.file),
            "pages": pages,
        }, f"Daftar hadir disimpan di {args.file} ({pages} halaman)."
    if action == "attendance":
        grid = services.training_attendance.grid(actor=actor, batch_id=args.batch)
        grid_rows: list[dict[str, Any]] = [
            {
                "nik": row.participant.nik,
                "name": row.participant.full_name,
                "marks": [None if m is None else m.value for m in row.marks],
                "attended_jp": row.attended_jp,
                "percent": row.percent,
                "meets_minimum": row.meets_minimum,
            }
            for row in grid.rows
        ]
        payload = {"sessions": [s.day.isoformat() for s in grid.batch.sessions], "rows": grid_rows}
        text = "\n".join(
            f"{r['nik']}  {r['attended_jp']:4} JP  {r['percent']:3}%  {r['name']}" for r in grid_rows
        )
        return payload, text or "Belum ada peserta terpilih."
    if action == "status":
        status = services.training_attendance.status(actor=actor, batch_id=args.batch)
        return status.as_json(), (
            f"Kuota {status.quota}: terpilih {status.selected}, daftar tunggu {status.waiting}, "
            f"hadir cukup {status.attended_min}, bersertifikat {status.certified}, "
            f"kompeten {status.competent}, paket {status.kits}, magang {status.interns}."
        )
    raise UserError(f"Perintah training {action!r} tidak dikenal.")


def _batch(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    courses = services.training_courses
    if args.batch_command == "list":
        views = courses.batches(actor=actor, training_id=args.training)
        text = "\n".join(
            f"{v.id[:8]}  {v.starts_on:%d-%m-%Y} s.d. {v.ends_on:%d-%m-%Y}  {v.name}" for v in views
        )
        return {"batches": [v.as_json() for v in views]}, text or "Belum ada angkatan."
    view, _ = courses.add_batch(
        actor=actor,
        training_id=args.training,
        starts_on=option_date(args.start, "--start"),
        ends_on=option_date(args.end, "--end"),
        quota=args.quota,
        place=args.place,
        sessions=[_session(text) for text in args.session],
        organiser=args.organiser,
        trainers=", ".join(args.trainer),
        signatory_name=args.signatory_name,
        signatory_position=args.signatory_position,
        signatory_nip=args.signatory_nip,
    )
    return (
        view.as_json(),
        f"'{view.name}' ditambahkan (kode {view.id[:8]}), {len(view.sessions)} sesi, {view.total_jp} JP.",
    )


def _aftercare(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    aftercare = services.training_aftercare
    action = args.training_command
    if action == "kit":
        kit, _ = aftercare.hand_kit(
            actor=actor,
            batch_id=args.batch,
            nik=args.nik,
            items=args.item,
            brand_name=args.brand,
            logo=args.logo,
        )
        return kit.as_json(), f"Paket usaha {kit.full_name} dicatat; tanda terima {kit.receipt_number}."
    if action == "internship":
        shown, _ = aftercare.internship(
            actor=actor,
            batch_id=args.batch,
            nik=args.nik,
            host=args.host,
            starts_on=option_date(args.start, "--start"),
            ends_on=optional_date(args.end, "--end"),
            supervisor_name=args.supervisor,
            completed_on=optional_date(args.completed, "--completed"),
        )
        return shown, f"Magang {shown['name']} di {shown['host']} dicatat."
    if action == "follow-up":
        shown, _ = aftercare.follow_up(
            actor=actor,
            batch_id=args.batch,
            nik=args.nik,
            month=args.month,
            working=_yes(args.working, "--working"),
            own_business=_yes(args.own_business, "--own-business"),
            income_band=args.income_band,
        )
        return shown, f"Pemantauan bulan ke-{shown['month']} {shown['name']} dicatat."
    due = aftercare.follow_ups_due(actor=actor)
    rows = [
        {
            "nik": d.nik,
            "name": d.full_name,
            "batch": d.batch_name,
            "month": d.month,
            "due": d.due_on.isoformat(),
        }
        for d in due
    ]
    text = "\n".join(f"{d.due_on:%d-%m-%Y}  bulan ke-{d.month}  {d.nik}  {d.full_name}" for d in due)
    return {"due": rows}, text or "Tidak ada pemantauan yang jatuh tempo."


def _yes(text: str, option: str) -> bool:
    cleaned = text.strip().lower()
    if cleaned in ("yes", "ya", "y"):
        return True
    if cleaned in ("no", "tidak", "n"):
        return False
    raise UserError(f"{option}: tulis yes atau no.")


def _session(text: str) -> Session:
    day, separator, jp = text.rpartition(":")
    if not separator or not jp.strip().isdigit():
        raise UserError(f"--session '{text}' tidak terbaca: tulis TTTT-BB-HH:JP, misalnya 2026-11-02:8.")
    return Session(option_date(day.strip(), "--session"), int(jp))
