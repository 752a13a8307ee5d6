"""The office's recovery code: 24 base32 characters from `secrets` (120 bits), shown in groups of four."""

import base64
import secrets

from tangsel_desktop.domain.errors import UserError

LENGTH = 24
GROUP = 4
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Characters a person copying the sheet by hand may type for the ones base32 has (it has no 0, 1 or 8).
LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_code() -> str:
    """A fresh code, in its canonical form (no separators)."""
    return base64.b32encode(secrets.token_bytes(LENGTH * 5 // 8)).decode("ascii")[:LENGTH]


def grouped(code: str) -> str:
    """ABCD-EFGH-…: how the sheet prints it and how a person reads it aloud."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize(text: str) -> str:
    """The canonical code from what was typed (any case, spaces or dashes), or a UserError saying why not."""
    code = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-").translate(LOOKALIKES)
    if len(code) != LENGTH or any(ch not in ALPHABET for ch in code):
        raise UserError(
            f"Kode pemulihan terdiri dari {LENGTH} huruf dan angka 2-7 dalam kelompok empat, seperti "
            "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ. Periksa lagi kode pada lembar Kode Pemulihan kantor."
        )
    return code
