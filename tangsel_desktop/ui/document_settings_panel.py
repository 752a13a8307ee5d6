"""Pengaturan's Dokumen panel: the office's contact line and head on documents, and number formats."""

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.services.documents.document_numbers import (
    DEFAULT_PATTERN,
    NumberFormat,
    pattern_from_words,
    pattern_in_words,
)
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_views import OfficeDetails
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading, muted
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)
EXAMPLE_YEAR = 2026


class DocumentSettingsPanel(QGroupBox):
    """An administrator's settings for what documents print; each save is one audited change."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = ctx.services.documents.settings
        self._formats: dict[DocumentKind, NumberFormat] = {}
        self.setTitle(self.tr("Documents"))
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setPlaceholderText(self.tr("Address and telephone of the office"))
        self.head_edit = QLineEdit(self)
        self.head_edit.setPlaceholderText(self.tr("Name of the lurah, as it is signed"))
        self.save_details_button = QPushButton(self.tr("Save office &lines"), self)
        self.kind_combo = QComboBox(self)
        for kind in DocumentKind:
            self.kind_combo.addItem(kind.label, kind)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setMaxLength(10)
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setPlaceholderText(pattern_in_words(DEFAULT_PATTERN))
        self.example = muted("", self)
        self.save_format_button = QPushButton(self.tr("Save number f&ormat"), self)
        self.message = InlineMessage(self)
        self._lay_out()
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._show_format())
        self.prefix_edit.textChanged.connect(lambda _text: self._show_example())
        self.pattern_edit.textChanged.connect(lambda _text: self._show_example())
        self.save_details_button.clicked.connect(self.save_details)
        self.save_format_button.clicked.connect(self.save_format)
        self.load()

    def _lay_out(self) -> None:
        details = QFormLayout()
        details.addRow(self.tr("Office contact line:"), self.contact_edit)
        details.addRow(self.tr("Head of office:"), self.head_edit)
        numbering = QFormLayout()
        numbering.addRow(self.tr("Document kind:"), self.kind_combo)
        numbering.addRow(self.tr("Prefix:"), self.prefix_edit)
        numbering.addRow(self.tr("Pattern:"), self.pattern_edit)
        numbering.addRow(self.tr("Example:"), self.example)
        hint = muted(
            self.tr(
                "A pattern uses {awalan} (the prefix), {kantor} (the office code), {tahun} (the year) "
                "and {urut} (the 6-digit serial, once). The serial of the year carries on when the "
                "format changes: no number is ever given twice."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addLayout(_right(self.save_details_button))
        layout.addWidget(heading(self.tr("Document numbers"), self, size_delta=0))
        layout.addWidget(hint)
        layout.addLayout(numbering)
        layout.addLayout(_right(self.save_format_button))
        layout.addWidget(self.message)

    def load(self) -> None:
        """Read the stored values off the GUI thread."""
        settings = self._settings
        Operation(self._ctx, self, lambda _h: (settings.office_details(), settings.number_formats())).inline(
            self.message
        ).success(self._loaded).run()

    def _loaded(self, stored: tuple[OfficeDetails, dict[DocumentKind, NumberFormat]]) -> None:
        details, self._formats = stored
        self.contact_edit.setText(details.contact)
        self.head_edit.setText(details.head_name)
        self._show_format()

    def _kind(self) -> DocumentKind:
        # Qt hands a str subclass back as a plain str: the enum is made again from its value.
        return DocumentKind(self.kind_combo.currentData())

    def _show_format(self) -> None:
        current = self._formats.get(self._kind())
        if current is None:
            return  # not read yet
        self.prefix_edit.setText(current.prefix)
        self.pattern_edit.setText(pattern_in_words(current.pattern))
        self._show_example()

    def _show_example(self) -> None:
        candidate = NumberFormat(
            self._kind(),
            self.prefix_edit.text().strip().upper(),
            pattern_from_words(self.pattern_edit.text()),
        )
        try:
            text = candidate.number(office=self._ctx.office.code, year=EXAMPLE_YEAR, seq=123)
        except (KeyError, IndexError, ValueError):
            # Checked properly on saving; here an unfinished pattern only has no example yet.
            text = self.tr("(the pattern is not complete)")
        self.example.setText(text)

    def save_details(self) -> None:
        self.message.clear_message()
        settings, actor = self._settings, self._ctx.actor
        contact, head = self.contact_edit.text(), self.head_edit.text()
        Operation(
            self._ctx,
            self,
            lambda _h: settings.set_office_details(actor=actor, contact=contact, head_name=head),
        ).changes().inline(self.message).success(self._saved_details).run()

    def _saved_details(self, details: OfficeDetails) -> None:
        self.contact_edit.setText(details.contact)
        self.head_edit.setText(details.head_name)
        self.message.show_success(self.tr("The office lines are saved; the next documents print them."))

    def save_format(self) -> None:
        self.message.clear_message()
        kind = self._kind()
        settings, actor = self._settings, self._ctx.actor
        pattern, prefix = self.pattern_edit.text(), self.prefix_edit.text()
        Operation(
            self._ctx,
            self,
            lambda _h: settings.set_number_format(actor=actor, kind=kind, pattern=pattern, prefix=prefix),
        ).changes().inline(self.message).success(lambda saved: self._saved_format(kind, saved)).run()

    def _saved_format(self, kind: DocumentKind, saved: NumberFormat) -> None:
        self._formats[kind] = saved
        self._show_format()
        self.message.show_success(
            self.tr("From now on %1 are numbered like %2.")
            .replace("%1", kind.label.lower())
            .replace("%2", saved.number(office=self._ctx.office.code, year=EXAMPLE_YEAR, seq=123))
        )


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
