"""The one palette of the window and every style sheet built from it; no other module names a colour."""

# The palette: one error red, one success green, one accent blue; the rest are greys and tints.
ERROR_COLOR = "#b3261e"
SUCCESS_COLOR = "#1b6e35"
MUTED_COLOR = "#555555"
FAINT_COLOR = "#777777"
WARNING_COLOR = "#7a4a00"
WARNING_TINT = "#fff3d6"
ACCENT_COLOR = "#123c69"
ACCENT_BRIGHT = "#1f5fa8"
BAR_COLOR = "#3b78b8"
SIDE_TINT = "#eef2f7"
HOVER_TINT = "#e1e8f0"
CARD_BORDER = "#d5dde6"
HINT_TINT = "#eef4fb"
HINT_BORDER = "#c5d7ea"
SUCCESS_TINT = "#e3f4e8"
ERROR_TINT = "#fde7e9"
WHITE = "#ffffff"
# A person's photo box when there is no photo: the printed card's own placeholder greys.
PHOTO_EMPTY_COLOR = "#e8edf0"
PHOTO_FIGURE_COLOR = "#b3c0c8"

# Text lines.
ERROR_STYLE = f"color: {ERROR_COLOR};"
SUCCESS_STYLE = f"color: {SUCCESS_COLOR};"
HINT_STYLE = f"color: {MUTED_COLOR};"
FAINT_STYLE = f"color: {FAINT_COLOR};"
WARNING_STYLE = f"color: {WARNING_COLOR}; background: {WARNING_TINT}; padding: 2px 4px; border-radius: 3px;"
ALERT_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"
ACCENT_TEXT_STYLE = f"color: {ACCENT_COLOR};"
BOLD_STYLE = "font-weight: bold;"
BIG_BOLD_STYLE = "font-weight: bold; font-size: 15pt;"
LOUD_TEXT_STYLE = "font-weight: bold; font-size: 20pt;"  # the distribution desk: read from a step away
LOUD_MESSAGE_STYLE = "font-weight: bold; font-size: 12pt;"
# The recovery code, shown once: boxed like the sheet it is printed on.
CODE_BOX_STYLE = f"border: 2px solid {ACCENT_COLOR}; padding: 12px; background: {WHITE};"
HINT_BOX_STYLE = f"background: {HINT_TINT}; border: 1px solid {HINT_BORDER}; padding: 6px;"

# Frames.
CARD_STYLE = f"QFrame#card {{ background: {WHITE}; border: 1px solid {CARD_BORDER}; border-radius: 6px; }}"
VALID_FRAME_STYLE = (
    f"QFrame#outcome {{ background: {SUCCESS_TINT}; border: 2px solid {SUCCESS_COLOR}; border-radius: 6px; }}"
)
INVALID_FRAME_STYLE = (
    f"QFrame#outcome {{ background: {ERROR_TINT}; border: 2px solid {ERROR_COLOR}; border-radius: 6px; }}"
)

# The main window's side navigation and status bar.
UNKNOWN_FRAME_STYLE = (
    f"QFrame#outcome {{ background: {WARNING_TINT}; border: 2px solid {WARNING_COLOR}; border-radius: 6px; }}"
)
WARNING_TEXT_STYLE = f"color: {WARNING_COLOR};"

NAVIGATION_STYLE = f"""
QListWidget#navigation {{ border: none; background: {SIDE_TINT}; font-size: 11pt; outline: none; }}
QListWidget#navigation::item {{ padding: 9px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{ background: {WHITE}; color: {ACCENT_COLOR};
    border-left: 4px solid {ACCENT_BRIGHT}; font-weight: bold; }}
QListWidget#navigation::item:hover:!selected {{ background: {HOVER_TINT}; }}
"""
SIDE_STYLE = f"QWidget#side {{ background: {SIDE_TINT}; }}"
STATUS_BAR_STYLE = "QStatusBar::item { border: none; } QStatusBar QLabel { padding: 0 10px; }"
