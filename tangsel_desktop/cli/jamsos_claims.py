"""The command line's Jamsosnaker deaths and settings: death, claim, checklist, rules, occupations."""

import argparse
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_rupiah
from tangsel_desktop.domain.jamsos.claim_rules import parse_stage
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.claim_views import ClaimView
from tangsel_desktop.services.service_set import Services

CLAIM_COMMANDS = frozenset({"death", "claim", "checklist", "rules", "occupations"})
Result = tuple[dict[str, Any], str]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"Tanggal '{text}' tidak dikenali. Tulis TTTT-BB-HH, misalnya 2025-03-14.", field="tanggal"
        ) from None


def _yes_no(text: str, what: str) -> bool:
    cleaned = text.strip().lower()
    if cleaned in ("yes", "ya", "y"):
        return True
    if cleaned in ("no", "tidak", "t", "n"):
        return False
    raise UserError(f"{what}: tulis yes/ya atau no/tidak, bukan '{text}'.")


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UserError(f"{what} '{text}' bukan bilangan bulat.") from None


def claim_json(claim: ClaimView) -> dict[str, Any]:
    member, benefits = claim.member, claim.benefits
    return {
        "id": claim.id,
        "member_id": member.id,
        "nik": member.nik,
        "name": member.full_name,
        "kpj": member.kpj_number,
        "status": member.status.value,
        "end_reason": member.end_reason,
        "first_month": member.first_month,
        "last_month": member.last_month,
        "died_on": claim.died_on.isoformat(),
        "work_accident": claim.work_accident,
        "heir": {"name": claim.heir_name, "relation": claim.heir_relation, "phone": claim.heir_phone},
        "months": benefits.months,
        "jkm": benefits.jkm,
        "scholarship": benefits.scholarship,
        "jkk": benefits.jkk,
        "stage": claim.stage.value,
        "stage_label": claim.stage.label,
        "notes": [
            {"at": note.at.isoformat(), "by": note.by, "stage": note.stage.value, "note": note.note}
            for note in claim.notes
        ],
    }


def _claim_text(claim: ClaimView) -> str:
    benefits = claim.benefits
    lines = [
        f"{claim.member.full_name}: meninggal {claim.died_on:%d-%m-%Y}, masa iuran {benefits.months} bulan, "
        f"klaim JKM {format_rupiah(benefits.jkm)}"
        + (f", JKK {format_rupiah(benefits.jkk)}" if benefits.work_accident else "")
        + (", beasiswa anak berlaku" if benefits.scholarship else ""),
        f"Tahap: {claim.stage.label}",
        *(f"  {note.at:%d-%m-%Y} {note.stage.label}: {note.note}" for note in claim.notes),
    ]
    return "\n".join(lines)


def run_claim_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """Run one of CLAIM_COMMANDS for a signed-in user."""
    claims, action = services.jamsos_claims, args.jamsos_command
    if action == "death":
        if args.checklist is not None:
            # Refused before the death is recorded: a bad path must not leave half the command done.
            claims.check_checklist_target(args.checklist)
        claim, _ = claims.record_death(
            actor=actor,
            nik=args.nik,
            died_on=_date(args.died_on),
            last_month=None if args.month is None else YearMonth.parse(args.month),
            work_accident=args.work_accident,
            heir_name=args.heir,
            heir_relation=args.heir_relation,
            heir_phone=args.heir_phone,
            correction_reason=args.reason,
        )
        payload = claim_json(claim)
        text = f"Kematian dicatat; kepesertaan berhenti.\n{_claim_text(claim)}"
        if args.checklist is not None:
            claims.checklist(actor=actor, nik=args.nik, target=args.checklist)
            payload["checklist"] = str(args.checklist)
            text += f"\nDaftar berkas klaim: {args.checklist}"
        return payload, text
    if action == "claim":
        if args.stage is not None:
            claim, _ = claims.add_note(
                actor=actor, nik=args.nik, stage=parse_stage(args.stage), note=args.note
            )
        elif args.note:
            raise UserError("Pilih tahap klaim dengan --stage untuk catatan ini.", field="tahap")
        else:
            found = claims.claim(actor=actor, nik=args.nik)
            if found is None:
                raise UserError("Belum ada kematian yang dicatat untuk peserta ini (lihat: jamsos death).")
            claim = found
        return claim_json(claim), _claim_text(claim)
    if action == "checklist":
        written = claims.checklist(actor=actor, nik=args.nik, target=args.file)
        return {"file": str(written)}, f"Daftar berkas klaim ditulis ke {written}"
    if action == "rules":
        return _rules(services, actor, args)
    return _occupations(services, actor, args)


def _rules(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    rules = services.jamsos_settings.rules()
    changes: dict[str, Any] = {}
    if args.max_desil is not None:
        changes["max_desil"] = _whole(args.max_desil, "Batas desil")
    if args.min_age is not None:
        changes["min_age"] = _whole(args.min_age, "Umur minimal")
    if args.max_age is not None:
        changes["max_age"] = _whole(args.max_age, "Umur maksimal")
    if args.office_kelurahan_only is not None:
        changes["require_office_kelurahan"] = _yes_no(args.office_kelurahan_only, "--office-kelurahan-only")
    if changes:
        rules = replace(rules, **changes)  # checks the bounds
        services.jamsos_settings.set_rules(actor=actor, rules=rules)
    if args.kpj_length is not None:
        length = _whole(args.kpj_length, "Panjang nomor KPJ")
        services.jamsos_settings.set_kpj_length(actor=actor, length=length)
    if args.four_eyes is not None:
        services.jamsos_settings.set_four_eyes(actor=actor, on=_yes_no(args.four_eyes, "--four-eyes"))
    digits = services.jamsos_settings.kpj_length()
    four_eyes = services.jamsos_settings.four_eyes()
    where = "hanya warga kelurahan kantor" if rules.require_office_kelurahan else "warga kelurahan mana pun"
    text = (
        f"Syarat: desil 1-{rules.max_desil}, umur {rules.min_age}-{rules.max_age} tahun, {where}. "
        f"Nomor KPJ {digits} angka. Aturan empat mata {'aktif' if four_eyes else 'mati'}."
    ) + (" (disimpan)" if changes or args.kpj_length is not None or args.four_eyes is not None else "")
    return {**asdict(rules), "kpj_length": digits, "four_eyes": four_eyes}, text


def _occupations(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    settings = services.jamsos_settings
    current = settings.occupations()
    if args.add or args.remove:
        names = list(current)
        for name in args.remove:
            wanted = " ".join(name.split()).casefold()
            matches = [known for known in names if known.casefold() == wanted]
            if not matches:
                raise UserError(f"Pekerjaan '{name}' tidak ada di daftar. Daftar: {', '.join(current)}.")
            names.remove(matches[0])
        names.extend(args.add)
        settings.set_occupations(actor=actor, occupations=names)
        current = settings.occupations()
    return {"occupations": current}, "\n".join(current)
