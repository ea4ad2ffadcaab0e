"""The choice of network for a draft's text: all seven shown, wrapping to a second line when the
editor is narrow (a tab bar showed four and hid the rest); one Tab stop, the arrow keys choose."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QToolButton, QWidget

from app.domain.drafts.networks import Network
from app.ui.drafts.flow import FlowLayout, expanding_row
from app.ui.drafts.texts import network_name


class NetworkPicker(QWidget):
    """Signals:
    chosen(object): the Network now chosen.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networks")
        self.setSizePolicy(expanding_row())
        layout = FlowLayout(self, spacing=4)
        # The chosen network is told by its pressed look and in bold, not by a shade alone.
        self.setStyleSheet("QToolButton:checked { font-weight: bold; }")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Network, QToolButton] = {}
        for network in Network:
            button = QToolButton(self)
            button.setObjectName(f"network-{network.value}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setChecked(network is Network.LINKEDIN)
            button.toggled.connect(lambda on, picked=network: self._on_toggled(picked, on))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[network] = button
        self.retranslate()

    def retranslate(self) -> None:
        for network, button in self.buttons.items():
            button.setText(network_name(network))
            button.setAccessibleDescription(self.tr("Network"))

    def current(self) -> Network:
        return next((n for n, b in self.buttons.items() if b.isChecked()), Network.LINKEDIN)

    def select(self, network: Network) -> None:
        self.buttons[network].setChecked(True)

    def _on_toggled(self, network: Network, on: bool) -> None:
        if on:
            self.chosen.emit(network)
