"""What the central merge refuses, whichever engine writes the rows."""


class ForeignRows(Exception):
    """A package named rows another office holds at the centre (a forged or mixed-up package)."""

    def __init__(self, table: str, row_ids: list[str]) -> None:
        super().__init__(table, row_ids)
        self.table = table
        self.row_ids = row_ids


class UnknownColumns(Exception):
    """A package carries columns this centre's tables do not have (written by a newer application)."""

    def __init__(self, table: str, columns: list[str]) -> None:
        super().__init__(table, columns)
        self.table = table
        self.columns = columns
