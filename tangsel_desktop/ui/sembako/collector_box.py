"""The desk's 'who collects' box: the proxy's name, NIK and relation, and signature or thumbprint."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from tangsel_desktop.domain.sembako.round_rules import Mark


class CollectorBox(QGroupBox):
    """Empty proxy fields mean the beneficiary collects; every field has its Alt key for the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who collects"))
        self.proxy_name = QLineEdit(self)
        self.proxy_name.setPlaceholderText(self.tr("empty: the beneficiary collects"))
        self.proxy_nik = QLineEdit(self)
        self.proxy_nik.setMaxLength(16)
        self.proxy_nik.setPlaceholderText(self.tr("optional"))
        self.relation = QLineEdit(self)
        self.relation.setPlaceholderText(self.tr("e.g. child, neighbour, RT head"))
        self.signature = QRadioButton(self.tr("&Signature"), self)
        self.thumbprint = QRadioButton(self.tr("&Thumbprint"), self)
        self.signature.setChecked(True)
        self.marks = QButtonGroup(self)
        self.marks.addButton(self.signature)
        self.marks.addButton(self.thumbprint)
        marks = QHBoxLayout()
        marks.addWidget(self.signature)
        marks.addWidget(self.thumbprint)
        marks.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self._buddy(self.tr("Pro&xy's name:"), self.proxy_name), self.proxy_name)
        form.addRow(self._buddy(self.tr("Proxy's NI&K:"), self.proxy_nik), self.proxy_nik)
        form.addRow(self._buddy(self.tr("Re&lation:"), self.relation), self.relation)
        form.addRow(self.tr("Acknowledged by:"), marks)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def typed(self) -> tuple[str, str, str]:
        """The proxy's name, NIK and relation as typed (the domain checks them, on the worker)."""
        return self.proxy_name.text(), self.proxy_nik.text(), self.relation.text()

    def mark(self) -> Mark:
        return Mark.THUMBPRINT if self.thumbprint.isChecked() else Mark.SIGNATURE

    def reset(self) -> None:
        self.proxy_name.clear()
        self.proxy_nik.clear()
        self.relation.clear()
        self.signature.setChecked(True)
