"""What a signature block prints under a name: the signer's position and civil-servant NIP."""

from tangsel_desktop.domain.errors import UserError

MAX_POSITION = 100
NIP_DIGITS = 18  # NIP PNS: birth date (8), appointment month (6), sex (1), serial (3)


def tidy_position(text: str) -> str:
    """The position as printed, e.g. 'Kasi Kesejahteraan Sosial'; blank is allowed (the role is printed)."""
    position = " ".join(text.split())
    if len(position) > MAX_POSITION:
        raise UserError(f"Jabatan paling panjang {MAX_POSITION} karakter.", field="position")
    return position


def tidy_nip(text: str) -> str:
    """A NIP as 18 digits (spaces typed between its groups dropped); blank for staff without one."""
    nip = "".join(text.split())
    if not nip:
        return ""
    if not (nip.isascii() and nip.isdigit()) or len(nip) != NIP_DIGITS:
        raise UserError(
            f"NIP '{text.strip()[:30]}' harus {NIP_DIGITS} angka (contoh 19780101 200501 1 001). "
            "Kosongkan bila pengguna ini bukan PNS.",
            field="nip",
        )
    return nip


def printed_nip(nip: str) -> str:
    """'NIP 19780101 200501 1 001' as official papers print it; empty for no NIP."""
    if not nip:
        return ""
    return f"NIP {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
