"""The machine's limit for start-up: a bare PySide6 window that quits after its first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaintLabel(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    label = FirstPaintLabel("Tangsel Desktop")
    label.resize(400, 300)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
