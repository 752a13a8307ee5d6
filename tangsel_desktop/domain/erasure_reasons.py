"""Why a person's data is erased (UU 27/2022): a category, never free text (no story kept)."""

from enum import StrEnum

from tangsel_desktop.domain.errors import UserError


class ErasureReason(StrEnum):
    REQUEST = "permintaan"
    CONSENT_WITHDRAWN = "tarik-persetujuan"
    RETENTION_ENDED = "retensi-habis"
    NO_LEGAL_BASIS = "tanpa-dasar"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ErasureReason.REQUEST: "atas permintaan yang bersangkutan (Pasal 8)",
    ErasureReason.CONSENT_WITHDRAWN: "persetujuan pemrosesan ditarik (Pasal 9)",
    ErasureReason.RETENTION_ENDED: "masa retensi data berakhir (Pasal 43)",
    ErasureReason.NO_LEGAL_BASIS: "data diproses tanpa dasar hukum (Pasal 43)",
}


def parse_reason(text: str) -> ErasureReason:
    """A reason by its code or its label's first words, in any case; the refusal lists the choices."""
    cleaned = " ".join(text.split()).lower()
    for reason in ErasureReason:
        if cleaned and (cleaned == reason.value or reason.label.lower().startswith(cleaned)):
            return reason
    choices = "; ".join(f"{reason.value} ({reason.label})" for reason in ErasureReason)
    raise UserError(f"Alasan penghapusan '{text}' tidak dikenal. Pilihan: {choices}.", field="reason")
