"""The Jamsosnaker area page: members (with deaths and claims), the monthly recap, BPJS exchange, settings."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.domain.jamsos.membership_rules import EndReason
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.ui.jamsos.claim_panel import ClaimPanel
from tangsel_desktop.ui.jamsos.death_dialog import DeathDialog
from tangsel_desktop.ui.jamsos.exchange_tab import ExchangeTab
from tangsel_desktop.ui.jamsos.members_tab import MembersTab
from tangsel_desktop.ui.jamsos.program_settings_tab import ProgramSettingsTab
from tangsel_desktop.ui.jamsos.recap_tab import RecapTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.dialog_slot import DialogSlot


class JamsosPage(QWidget):
    """Members first; a died member's claim is a tab beside their details; a death is recorded in a dialog."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialogs = DialogSlot()
        self._open_claim_of: str | None = None  # a death just recorded: its claim tab opens when shown
        self.tabs = QTabWidget(self)
        self.members_tab = MembersTab(ctx, self.tabs)
        self.claim_panel = ClaimPanel(ctx, self.members_tab)
        self.claim_tab = self.members_tab.add_side_panel(self.claim_panel, self.tr("JKM claim"))
        self.members_tab.side.setTabEnabled(self.claim_tab, False)
        self.recap_tab = RecapTab(ctx, self.tabs)
        self.exchange_tab = ExchangeTab(ctx, self.tabs)
        self.settings_tab = ProgramSettingsTab(ctx, self.tabs)
        self.tabs.addTab(self.members_tab, self.tr("M&embers"))
        self.tabs.addTab(self.recap_tab, self.tr("Premium re&cap"))
        self.tabs.addTab(self.exchange_tab, self.tr("BPJS e&xchange"))
        self.tabs.addTab(self.settings_tab, self.tr("Program settin&gs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.members_tab.member_shown.connect(self._show_claim)
        self.members_tab.death_requested.connect(self.record_death)

    @property
    def death_dialog(self) -> DeathDialog | None:
        current = self._dialogs.current
        return current if isinstance(current, DeathDialog) else None

    def claim_shown(self) -> bool:
        return self.members_tab.side.isTabEnabled(self.claim_tab)

    def _show_claim(self, member: MemberView | None) -> None:
        # Only a death opens a claim: for anyone else the tab would only say there is none.
        died = member is not None and member.end_reason == EndReason.DIED.value
        side = self.members_tab.side
        side.setTabEnabled(self.claim_tab, died)
        if not died and side.currentIndex() == self.claim_tab:
            side.setCurrentIndex(0)
        if died and member is not None and member.id == self._open_claim_of:
            self._open_claim_of = None
            side.setCurrentIndex(self.claim_tab)
        self.claim_panel.show_member(member.id if died and member is not None else None)

    def record_death(self, member: MemberView) -> None:
        """Open the death dialog for the member; it records, publishes the change and offers the checklist."""
        dialog = DeathDialog(self._ctx, member, self)
        dialog.recorded.connect(lambda _claim: self._claim_recorded(member.id))
        dialog.finished.connect(lambda _result: self.members_tab.select_member(member.id))
        self._dialogs.open(dialog)

    def _claim_recorded(self, member_id: str) -> None:
        # The listing refreshes on the change the dialog published; the member shown again opens the claim.
        self._open_claim_of = member_id
        self.members_tab.select_member(member_id)
