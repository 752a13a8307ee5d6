"""The papers of a round as the renderers take them: receipts, signing sheets, the BAST, the stock report.

Plain translation from the services' views to documents/document_models.py; no store and no register here.
"""

from collections.abc import Sequence
from datetime import date, datetime

from tangsel_desktop.documents.document_models import (
    HandoverParty,
    HandoverReportData,
    ReceiptData,
    ReceiptItem,
    SigningSheetData,
    SigningSheetRow,
    StockMove,
    StockReceipt,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.services.sembako.sembako_views import (
    HandoverView,
    RecipientView,
    RoundStatusView,
    RoundView,
)
from tangsel_desktop.storage.sembako.stock_store import StoredMove

CITY = "Tangerang Selatan"
PROGRAM_WORDS = {
    Category.STUNTING: "Keluarga Risiko Stunting",
    Category.TBC: "Pasien TBC",
    Category.DISABILITY: "Penyandang Disabilitas",
    Category.REMOTE: "Warga Daerah Terpencil",
}


def program_name(view: RoundView) -> str:
    """'Bantuan Sembako Keluarga Risiko Stunting dan Pasien TBC'."""
    words = [PROGRAM_WORDS[category] for category in view.categories]
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " dan " + words[-1]
    return f"Bantuan Sembako {joined}"


def receipt_items(view: RoundView) -> tuple[ReceiptItem, ...]:
    return tuple(
        ReceiptItem(item.name, item.quantity_text, item.unit, unit_price=item.unit_price, value=item.value)
        for item in view.items
    )


def receipt(
    view: RoundView,
    handed: HandoverView,
    *,
    number: str,
    payload: str | None,
    is_copy: bool,
    voided_by: str = "",
) -> ReceiptData:
    local = handed.handed_at.astimezone()
    return ReceiptData(
        number=number,
        handed_on=local.date(),
        place=CITY,
        recipient_name=handed.full_name,
        recipient_nik=handed.nik,
        recipient_address=handed.address,
        items=receipt_items(view),
        officer_name=handed.clerk_name,
        program=program_name(view),
        proxy_name=handed.proxy_name or None,
        proxy_relationship=handed.proxy_relation or None,
        qr_payload=payload,
        is_copy=is_copy,
        round_name=view.name,
        round_month=YearMonth.parse(view.month),
        family_kk=handed.kk_number,
        recipient_role=representative_role(handed),
        rt=handed.rt,
        rw=handed.rw,
        proxy_nik=handed.proxy_nik or None,
        mark=handed.mark.value,
        handed_at=local,  # the laptop's own zone: WIB in Tangerang Selatan
        package_value=view.package_value,
        is_void=handed.voided_at is not None,
        void_reason=handed.void_reason,
        voided_by=voided_by,
        voided_at=handed.voided_at,
    )


def representative_role(handed: HandoverView) -> str:
    """The family's package names whoever received it as the family's representative, by their KK relation."""
    relation = handed.family_relation
    if relation is None:
        return ""
    return f"{relation.label}, mewakili keluarga"


def signing_sheet(
    view: RoundView,
    lines: Sequence[RecipientView],
    *,
    rw: str,
    handed_on: date,
    place: str,
    officer_name: str,
    number: str,
    payload: str | None,
) -> SigningSheetData:
    rows = tuple(
        SigningSheetRow(
            recipient_name=line.full_name,
            recipient_nik=line.nik,
            address=f"{line.address}, RT {line.rt or '-'} / RW {line.rw or '-'}",
            items_summary="1 paket",
            family_kk=line.kk_number,
        )
        for line in lines
    )
    return SigningSheetData(
        title=f"Daftar Tanda Terima {program_name(view)}",
        handed_on=handed_on,
        place=place,
        officer_name=officer_name,
        rows=rows,
        number=number,
        qr_payload=payload,
        round_name=view.name,
        round_month=YearMonth.parse(view.month),
        rw=rw,
        items=receipt_items(view),
    )


def stock_moves(moves: Sequence[StoredMove], handovers: Sequence[HandoverView]) -> list[StockMove]:
    """The round's moves and its live handovers (one each; the report gathers a day's into one line)."""
    found = [
        StockMove(move.happened_on, move.kind, move.count, move.bast_number, move.reason or move.party)  # type: ignore[arg-type]
        for move in moves
    ]
    found.extend(
        StockMove(h.handed_at.astimezone().date(), "handed_over", 1, h.receipt_number)
        for h in handovers
        if h.voided_at is None
    )
    return found


def handover_report(
    view: RoundView,
    status: RoundStatusView,
    moves: Sequence[StoredMove],
    *,
    number: str,
    payload: str | None,
    signed_on: date,
    office_name: str,
    first_party: HandoverParty,
    second_party: HandoverParty,
    attachments: tuple[str, ...],
) -> HandoverReportData:
    received = tuple(
        StockReceipt(move.bast_number, move.happened_on, move.count, move.party)
        for move in moves
        if move.kind == "received"
    )
    return HandoverReportData(
        number=number,
        signed_on=signed_on,
        venue=f"Kantor {office_name.split(',')[0].strip()}",
        place=CITY,
        first_party=first_party,
        second_party=second_party,
        program=program_name(view),
        round_name=view.name,
        round_month=YearMonth.parse(view.month),
        items=receipt_items(view),
        received=received,
        handed_over=status.handed_over,
        by_proxy=status.by_proxy,
        returned=status.stock_returned,
        damaged=status.stock_damaged,
        planned=status.planned,
        package_value=view.package_value,
        attachments=attachments,
        qr_payload=payload,
    )


def printed_now() -> datetime:
    return datetime.now().astimezone()
