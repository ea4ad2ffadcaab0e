"""One network's text of a draft: the editor, its live counter and fold, Copy and Open."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.fold import Fold
from app.domain.drafts.networks import Network, compose_url, count
from app.ui.drafts.highlight import SpanHighlighter
from app.ui.drafts.texts import network_name


def has_compose_page(network: Network, mastodon_instance: str) -> bool:
    return compose_url(network, "", instance=mastodon_instance or None) is not None


class VariantEditor(QWidget):
    """Signals:
    edited(object, str): (network, text) after each change the person makes.
    """

    edited = Signal(object, str)

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(f"editor-{network.value}")
        self.edit.setMinimumHeight(200)
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.edit.setFont(font)
        self.highlighter = SpanHighlighter(self.edit.document())
        layout.addWidget(self.edit, 1)
        row = QHBoxLayout()
        self.counter = QLabel(self)
        self.counter.setAccessibleName("counter")
        row.addWidget(self.counter)
        row.addStretch(1)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row.addWidget(self.copy_button)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.fold_label = QLabel(self)
        self.fold_label.setWordWrap(True)
        self.fold_label.setVisible(network is Network.LINKEDIN)
        layout.addWidget(self.fold_label)
        self.edit.textChanged.connect(self._on_text_changed)
        # No setting holds the person's Mastodon server yet: without it there is no compose link.
        self.mastodon_instance = ""
        self.open_button.setVisible(has_compose_page(network, self.mastodon_instance))
        self.retranslate()
        self._update_counter()

    def set_mastodon_instance(self, server: str) -> None:
        """The person's Mastodon server (Settings): Mastodon drafts then open in its editor."""
        self.mastodon_instance = server
        self.open_button.setVisible(has_compose_page(self.network, server))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Load stored text: not an edit (nothing is saved back)."""
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self._update_counter()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this text; paste it into the network yourself."))
        self.open_button.setText(self.tr("Open in %1").replace("%1", network_name(self.network)))
        self.open_button.setToolTip(
            self.tr("Opens the network's own compose page with this text. You post it there.")
        )
        self._update_counter()

    def show_fold(self, found: Fold | None, ok_mobile: bool, ok_desktop: bool) -> None:
        if found is None or (found.mobile_cut is None and found.desktop_cut is None):
            self.fold_label.setText(self.tr("The whole post shows without “…see more”."))
            return
        yes, no = "✓", "✗"
        self.fold_label.setText(
            self.tr("Opening line above “…see more”: phone %1, desktop %2")
            .replace("%1", yes if ok_mobile else no)
            .replace("%2", yes if ok_desktop else no)
        )

    def _on_text_changed(self) -> None:
        self._update_counter()
        if not self._loading:
            self.edited.emit(self.network, self.text())

    def _update_counter(self) -> None:
        counted = count(self.text(), self.network)
        if counted.limit is None:
            self.counter.setText(self.tr("%n character(s)", "", counted.used))
            self.counter.setStyleSheet("")
            return
        self.counter.setText(
            self.tr("%1 of %2").replace("%1", str(counted.used)).replace("%2", str(counted.limit))
        )
        self.counter.setStyleSheet("color: #c62828; font-weight: bold;" if counted.over else "")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def compose_link(self) -> str | None:
        instance = self.mastodon_instance if self.network is Network.MASTODON else None
        return compose_url(self.network, self.text(), instance=instance or None)

    def _on_open_clicked(self) -> None:
        link = self.compose_link()
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))
