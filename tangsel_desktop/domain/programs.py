"""The programs a resident can be in, named as the beneficiary card and the card selection name them."""

from enum import StrEnum

from tangsel_desktop.domain.errors import UserError


class Program(StrEnum):
    """Only the programs that exist in the store: sembako and training join when they are built."""

    JAMSOSNAKER = "jamsosnaker"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {Program.JAMSOSNAKER: "Jamsosnaker (BPJS Ketenagakerjaan)"}


def parse_program(text: str) -> Program:
    """A program by its code or its label, in any case; the refusal lists the choices."""
    cleaned = " ".join(text.split()).lower()
    for program in Program:
        if cleaned in (program.value, program.label.lower()):
            return program
    choices = ", ".join(f"{program.value} ({program.label})" for program in Program)
    raise UserError(f"Program '{text}' tidak dikenal. Pilihan: {choices}.", field="program")
