"""The window: the only package that imports PySide6."""

from tangsel_desktop.ui import qt_fixes

# Before any module of the window can emit a signal (see qt_fixes for why).
qt_fixes.install()
