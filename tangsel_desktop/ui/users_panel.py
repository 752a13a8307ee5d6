"""Pengaturan for administrators: the office's users, adding, deactivating and resetting a password."""

import logging
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.auth_service import UserView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import labelled_rows, muted, password_field, right_aligned
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)


class UsersPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.users: list[UserView] = []

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Full name"), self.tr("Role"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._pick_selected)
        users_box = QGroupBox(self.tr("Users"), self)
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.table)
        # A user who left the office is deactivated, never deleted: the audit trail keeps naming them.
        self.active_message = InlineMessage(users_box)
        self.active_button = QPushButton(self.tr("&Deactivate user"), users_box)
        self.active_button.setEnabled(False)
        self.active_button.setToolTip(
            self.tr("A deactivated user can no longer sign in; what they did stays in the history.")
        )
        self.active_button.clicked.connect(self.toggle_active)
        users_layout.addWidget(self.active_message)
        users_layout.addLayout(right_aligned(self.active_button))

        # Adding a user.
        add_box = QGroupBox(self.tr("Add a user"), self)
        self.new_username = QLineEdit(add_box)
        self.new_username.setMaxLength(60)
        self.new_full_name = QLineEdit(add_box)
        self.new_full_name.setMaxLength(120)
        self.new_role = QComboBox(add_box)
        for role in (Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN):
            self.new_role.addItem(role.label, role)
        self.new_password = password_field(add_box)
        self.new_password.setPlaceholderText(self.tr("at least 8 characters"))
        self.new_repeat = password_field(add_box)
        add_form = QFormLayout(add_box)
        labelled_rows(
            add_form,
            (
                (self.tr("&Username"), self.new_username),
                (self.tr("Full &name"), self.new_full_name),
                (self.tr("&Role"), self.new_role),
                (self.tr("&Password"), self.new_password),
                (self.tr("Re&peat password"), self.new_repeat),
            ),
        )
        self.add_message = InlineMessage(add_box)
        self.add_button = QPushButton(self.tr("&Add user"), add_box)
        self.add_button.clicked.connect(self.add_user)
        add_form.addRow(self.add_message)
        add_form.addRow(right_aligned(self.add_button))
        for field in (self.new_username, self.new_full_name, self.new_password, self.new_repeat):
            field.returnPressed.connect(self.add_user)

        # Resetting a password.
        reset_box = QGroupBox(self.tr("Reset a password"), self)
        self.reset_user = QComboBox(reset_box)
        self.reset_password_field = password_field(reset_box)
        self.reset_repeat = password_field(reset_box)
        reset_form = QFormLayout(reset_box)
        reset_form.addRow(
            muted(self.tr("A new password also unlocks an account locked after wrong tries."), reset_box)
        )
        labelled_rows(
            reset_form,
            (
                (self.tr("U&ser"), self.reset_user),
                (self.tr("New pass&word"), self.reset_password_field),
                (self.tr("Repeat new passwor&d"), self.reset_repeat),
            ),
        )
        self.reset_message = InlineMessage(reset_box)
        self.reset_button = QPushButton(self.tr("R&eset password"), reset_box)
        self.reset_button.clicked.connect(self.reset_password)
        reset_form.addRow(self.reset_message)
        reset_form.addRow(right_aligned(self.reset_button))
        for field in (self.reset_password_field, self.reset_repeat):
            field.returnPressed.connect(self.reset_password)

        # What a signature block prints under a user's name (the recap, for one).
        profile_box = QGroupBox(self.tr("Position and NIP for signatures"), self)
        self.profile_user = QComboBox(profile_box)
        self.position_edit = QLineEdit(profile_box)
        self.position_edit.setMaxLength(100)
        self.position_edit.setPlaceholderText(self.tr("e.g. Kasi Kesejahteraan Sosial"))
        self.nip_edit = QLineEdit(profile_box)
        self.nip_edit.setMaxLength(30)
        self.nip_edit.setPlaceholderText(self.tr("18 digits; empty if not a civil servant"))
        profile_form = QFormLayout(profile_box)
        labelled_rows(
            profile_form,
            (
                (self.tr("User"), self.profile_user),
                (self.tr("Position"), self.position_edit),
                (self.tr("NIP"), self.nip_edit),
            ),
        )
        self.profile_message = InlineMessage(profile_box)
        self.profile_button = QPushButton(self.tr("Sa&ve position and NIP"), profile_box)
        self.profile_button.clicked.connect(self.save_profile)
        profile_form.addRow(self.profile_message)
        profile_form.addRow(right_aligned(self.profile_button))
        self.profile_user.currentIndexChanged.connect(lambda _index: self._show_profile())

        forms = QVBoxLayout()
        forms.addWidget(add_box)
        forms.addWidget(reset_box)
        forms.addWidget(profile_box)
        forms.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(users_box, 3)
        layout.addLayout(forms, 2)
        self.reload()

    def reload(self) -> None:
        auth, actor = self._ctx.services.auth, self._ctx.actor
        Operation(self._ctx, self, lambda _h: auth.list_users(actor=actor)).success(self._show_users).failure(
            self._list_failed
        ).run()

    def _show_users(self, users: list[UserView]) -> None:
        self.users = users
        now = datetime.now(UTC)
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            if not user.active:
                status = self.tr("Inactive")
            elif user.locked_until is not None and user.locked_until > now:
                status = self.tr("Locked until %1").replace("%1", format_datetime(user.locked_until))
            else:
                status = self.tr("Active")
            for column, text in enumerate((user.username, user.full_name, user.role.label, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        chosen = self.reset_user.currentData()
        self.reset_user.clear()
        for user in users:
            self.reset_user.addItem(f"{user.username} — {user.full_name}", user.username)
        if chosen is not None:
            self.reset_user.setCurrentIndex(max(0, self.reset_user.findData(chosen)))
        profiled = self.profile_user.currentData()
        self.profile_user.blockSignals(True)
        self.profile_user.clear()
        for user in users:
            self.profile_user.addItem(f"{user.username} — {user.full_name}", user.username)
        if profiled is not None:
            self.profile_user.setCurrentIndex(max(0, self.profile_user.findData(profiled)))
        self.profile_user.blockSignals(False)
        self._show_profile()
        self._pick_selected()  # the deactivate button follows the reloaded row

    def _show_profile(self) -> None:
        username = self.profile_user.currentData()
        user = next((u for u in self.users if u.username == username), None)
        self.position_edit.setText("" if user is None else user.position)
        self.nip_edit.setText("" if user is None else user.nip)

    def save_profile(self) -> None:
        self.profile_message.clear_message()
        username = self.profile_user.currentData()
        if username is None:
            self.profile_message.show_error(self.tr("Choose the user."))
            return
        auth, actor = self._ctx.services.auth, self._ctx.actor
        position, nip = self.position_edit.text(), self.nip_edit.text()
        self.profile_button.setEnabled(False)
        Operation(
            self._ctx,
            self,
            lambda _h: auth.set_profile(actor=actor, username=username, position=position, nip=nip),
        ).changes().success(self._profile_saved).failure(self._profile_failed).run()

    def _profile_saved(self, user: UserView) -> None:
        self.profile_button.setEnabled(True)
        self.profile_message.show_success(
            self.tr("Saved: %1 signs as %2.").replace("%1", user.username).replace("%2", user.position or "-")
        )
        self.reload()

    def _profile_failed(self, error: BaseException) -> None:
        self.profile_button.setEnabled(True)
        if isinstance(error, UserError):
            self.profile_message.show_error(error.message)

    def _list_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.add_message.show_error(error.message)

    def selected_user(self) -> UserView | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.users[rows.pop()] if len(rows) == 1 and self.users else None

    def _pick_selected(self) -> None:
        user = self.selected_user()
        self.active_button.setEnabled(user is not None)
        if user is None:
            return
        self.reset_user.setCurrentIndex(self.reset_user.findData(user.username))
        self.profile_user.setCurrentIndex(self.profile_user.findData(user.username))
        self.active_button.setText(
            self.tr("&Deactivate user") if user.active else self.tr("Re&activate user")
        )

    def toggle_active(self) -> None:
        """Deactivate the chosen user (after asking), or bring a deactivated one back."""
        self.active_message.clear_message()
        user = self.selected_user()
        if user is None:
            self.active_message.show_error(self.tr("Choose the user in the list."))
            return
        active = not user.active
        if not active and not self._ctx.messages.confirm(
            self,
            self.tr("Deactivate user"),
            self.tr(
                "Deactivate %1 (%2)? They can no longer sign in. Everything they did stays in the "
                "history, and an administrator can reactivate the account later."
            )
            .replace("%1", user.username)
            .replace("%2", user.full_name),
            yes=self.tr("Deactivate"),
            no=self.tr("Cancel"),
        ):
            return
        auth, actor, username = self._ctx.services.auth, self._ctx.actor, user.username
        self.active_button.setEnabled(False)
        Operation(
            self._ctx, self, lambda _h: auth.set_active(actor=actor, username=username, active=active)
        ).changes().success(self._active_changed).failure(self._active_failed).run()

    def _active_changed(self, user: UserView) -> None:
        self.active_button.setEnabled(True)
        text = (
            self.tr("User %1 is active again.")
            if user.active
            else self.tr("User %1 was deactivated; their history is kept.")
        )
        self.active_message.show_success(text.replace("%1", user.username))
        self.reload()

    def _active_failed(self, error: BaseException) -> None:
        self.active_button.setEnabled(True)
        if isinstance(error, UserError):
            self.active_message.show_error(error.message)

    def add_user(self) -> None:
        self.add_message.clear_message()
        if self.new_password.text() != self.new_repeat.text():
            self.add_message.show_error(self.tr("The two passwords are not the same."))
            self.new_repeat.setFocus()
            return
        auth, actor = self._ctx.services.auth, self._ctx.actor
        username, full_name = self.new_username.text(), self.new_full_name.text()
        role = Role(self.new_role.currentData())  # item data comes back as a plain str
        password = self.new_password.text()
        self.add_button.setEnabled(False)
        Operation(
            self._ctx,
            self,
            lambda _h: auth.add_user(
                actor=actor, username=username, full_name=full_name, role=role, password=password
            ),
        ).changes().success(self._user_added).failure(self._add_failed).run()

    def _user_added(self, user: UserView) -> None:
        self.add_button.setEnabled(True)
        for field in (self.new_username, self.new_full_name, self.new_password, self.new_repeat):
            field.clear()
        self.new_role.setCurrentIndex(0)
        self.add_message.show_success(
            self.tr("User %1 (%2) was added.").replace("%1", user.username).replace("%2", user.role.label)
        )
        self.reload()
        self.new_username.setFocus()

    def _add_failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, UserError):
            self.add_message.show_error(error.message)

    def reset_password(self) -> None:
        self.reset_message.clear_message()
        username = self.reset_user.currentData()
        if username is None:
            self.reset_message.show_error(self.tr("Choose the user."))
            return
        if self.reset_password_field.text() != self.reset_repeat.text():
            self.reset_message.show_error(self.tr("The two passwords are not the same."))
            self.reset_repeat.setFocus()
            return
        auth, actor = self._ctx.services.auth, self._ctx.actor
        password = self.reset_password_field.text()
        self.reset_button.setEnabled(False)
        Operation(
            self._ctx,
            self,
            lambda _h: auth.reset_password(actor=actor, username=username, new_password=password),
        ).changes().success(self._password_reset).failure(self._reset_failed).run()

    def _password_reset(self, user: UserView) -> None:
        self.reset_button.setEnabled(True)
        self.reset_password_field.clear()
        self.reset_repeat.clear()
        self.reset_message.show_success(
            self.tr("The password of %1 was reset; the account is unlocked.").replace("%1", user.username)
        )
        self.reload()

    def _reset_failed(self, error: BaseException) -> None:
        self.reset_button.setEnabled(True)
        if isinstance(error, UserError):
            self.reset_message.show_error(error.message)
