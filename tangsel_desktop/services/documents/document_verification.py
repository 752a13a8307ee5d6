"""A scanned document checked against the register of the office that holds it, beyond its signature.

A good signature says only that the office's key signed the payload: a number voided afterwards (a crash
mid-print, a card withdrawn), or a payload signed with a copied key for a number this office never issued,
carries a signature just as good. The office that issued a number holds its register and can say more.
"""

from dataclasses import replace

from tangsel_desktop.services.documents.document_payload import (
    REGISTER_ISSUED,
    REGISTER_NOT_ISSUED,
    REGISTER_VOID,
    VerifyResult,
)
from tangsel_desktop.storage.documents.register_lookup import PRINTED, RESERVED, VOID, NumberRow


def with_register(result: VerifyResult, payload: str, rows: list[NumberRow]) -> VerifyResult:
    """The signature check completed with what this office's register says of its number."""
    if not result.signature_valid:
        return result
    scanned = payload.strip().upper()
    # The payload as printed (signatures are deterministic): a row whose payload differs is another
    # document under the same number, e.g. the original when this one claims to be a copy.
    same = [row for row in rows if (row.payload or "") == scanned]
    label = result.kind.label.lower() if result.kind else "dokumen"
    copy = " (salinan)" if result.is_copy else ""
    if any(row.status == PRINTED for row in same):
        return replace(
            result,
            valid=True,
            register=REGISTER_ISSUED,
            reason=f"Sah: {label}{copy} nomor {result.number} dari kantor {result.office}, tercatat "
            "diterbitkan di register kantor ini.",
        )
    if same and all(row.status == VOID for row in same):
        why = same[-1].reason
        return replace(
            result,
            register=REGISTER_VOID,
            reason=f"Tanda tangan asli, tetapi nomor {result.number} telah DIBATALKAN di register kantor "
            f"ini{f' (alasan: {why})' if why else ''}: dokumen ini tidak berlaku.",
        )
    if any(row.status == RESERVED for row in same):
        return replace(
            result,
            register=REGISTER_NOT_ISSUED,
            reason=f"Tanda tangan asli, tetapi nomor {result.number} belum selesai dicetak menurut register "
            "kantor ini: dokumen ini belum berlaku. Periksa lagi setelah pencetakan selesai.",
        )
    return replace(
        result,
        register=REGISTER_NOT_ISSUED,
        reason=f"Tanda tangan cocok, tetapi {label}{copy} nomor {result.number} TIDAK PERNAH diterbitkan "
        "di kantor ini: dokumen ini palsu (kunci kantor mungkin telah disalin). Jangan terima dokumen "
        "ini dan laporkan kepada kepala kantor.",
    )
