"""Reads a date the command line was given in an option, naming the option when it cannot be read."""

from datetime import date

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import parse_date_text


def option_date(text: str, option: str) -> date:
    """The date written in option (e.g. "--date"); a refusal that names the option otherwise."""
    try:
        return parse_date_text(text)
    except UserError as error:
        raise UserError(f"{option}: {error.message}") from None


def optional_date(text: str | None, option: str) -> date | None:
    """As option_date, or None when the option was left out."""
    return None if text is None else option_date(text, option)
