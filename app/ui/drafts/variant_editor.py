"""One network's text of a draft: the editor, its live counter and fold, Copy, Open and Carry
over; what is past the network's limit is marked in the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QMenu, QPushButton, QVBoxLayout, QWidget

from app.domain.drafts.fold import Fold
from app.domain.drafts.networks import Count, Network, compose_url, count
from app.domain.drafts.preview import over_span
from app.ui.drafts.flow import FlowLayout, expanding_row
from app.ui.drafts.highlight import SpanHighlighter, to_utf16
from app.ui.drafts.marks import Mark, mark_format
from app.ui.drafts.spelling import SpellingMarks
from app.ui.drafts.text_edit import TextEdit
from app.ui.drafts.texts import network_name
from app.ui.guard import qt_override
from app.ui.kit.colors import css, error
from app.ui.kit.numbers import integer_text
from app.ui.kit.widgets import wrapped_label


def has_compose_page(network: Network, mastodon_instance: str) -> bool:
    return compose_url(network, "", instance=mastodon_instance or None) is not None


class VariantEditor(QWidget):
    """Signals:
    edited(object, str): (network, text) after each change the person makes.
    carryOverRequested(object, object): (this network, the network to start from this text).
    """

    edited = Signal(object, str)
    carryOverRequested = Signal(object, object)

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self._loading = False
        self._saved_text = ""  # the text last loaded or announced as edited
        self._fold: tuple[bool, bool] | None = None  # (phone, desktop) of the last check
        self._fold_fits = False  # the whole post shows above the fold
        self._carried_from: Network | None = None
        self.counted: Count = count("", network)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        # Above the text, so that they show at 1024x600 too: Copy, Open, Carry over.
        row_widget = QWidget(self)
        row_widget.setSizePolicy(expanding_row())
        row = FlowLayout(row_widget)
        self.copy_button = QPushButton(row_widget)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row.addWidget(self.copy_button)
        self.open_button = QPushButton(row_widget)
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        self.carry_button = QPushButton(row_widget)
        self.carry_button.setObjectName("carryOver")
        self.carry_menu = QMenu(self.carry_button)
        self.carry_button.setMenu(self.carry_menu)
        row.addWidget(self.carry_button)
        layout.addWidget(row_widget)
        self.edit = TextEdit(self)
        self.edit.setObjectName(f"editor-{network.value}")
        self.edit.setMinimumHeight(110)
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.edit.setFont(font)
        self.highlighter = SpanHighlighter(self.edit.document())
        self.spelling = SpellingMarks(self.edit, self.highlighter, self)
        self.edit.extend_menu = self.spelling.extend
        layout.addWidget(self.edit, 1)
        self.counter = wrapped_label(self)
        self.counter.setObjectName("counter")
        layout.addWidget(self.counter)
        self.carried = wrapped_label(self)
        self.carried.setObjectName("carriedOver")
        self.carried.setVisible(False)
        layout.addWidget(self.carried)
        self.fold_label = wrapped_label(self)
        self.fold_label.setObjectName("foldLine")
        self.fold_label.setVisible(network is Network.LINKEDIN)
        layout.addWidget(self.fold_label)
        self.edit.textChanged.connect(self._on_text_changed)
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
        self._saved_text = self.text()
        self._fold = None
        self.carried.setVisible(False)
        self._update_counter()
        self._show_fold()

    def retranslate(self) -> None:
        name = network_name(self.network)
        self.edit.setAccessibleName(self.tr("Text for %1").replace("%1", name))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this text; paste it into the network yourself."))
        self.open_button.setText(self.tr("Open in %1").replace("%1", name))
        self.open_button.setToolTip(
            self.tr("Opens the network's own compose page with this text. You post it there.")
        )
        self.carry_button.setText(self.tr("Carry over to…"))
        self.carry_button.setToolTip(
            self.tr("Start another network's version from this text; what must shrink is marked.")
        )
        self.carry_menu.clear()
        for other in Network:
            if other is not self.network:
                action = self.carry_menu.addAction(network_name(other))
                action.triggered.connect(
                    lambda _checked=False, to=other: self.carryOverRequested.emit(self.network, to)
                )
        self._update_counter()
        self._show_fold()

    # -- the fold (LinkedIn) --------------------------------------------------------------------

    def show_fold(self, found: Fold | None, ok_mobile: bool, ok_desktop: bool) -> None:
        self._fold = None if found is None else (ok_mobile, ok_desktop)
        self._fold_fits = (
            found is not None and found.mobile_cut is None and found.desktop_cut is None
        )
        self._show_fold()

    def _show_fold(self) -> None:
        """In words, in the language of the moment: "phone: yes, desktop: no"."""
        if self.network is not Network.LINKEDIN:
            return
        if self._fold is None:
            self.fold_label.setText("")
            return
        if self._fold_fits:
            self.fold_label.setText(self.tr("The whole post shows without “…see more”."))
            return
        yes, no = self.tr("✓ yes"), self.tr("✗ no")
        phone, desktop = self._fold
        self.fold_label.setText(
            self.tr("Opening line above “…see more”: phone %1, desktop %2")
            .replace("%1", yes if phone else no)
            .replace("%2", yes if desktop else no)
        )

    # -- carrying over --------------------------------------------------------------------------

    def start_from(self, text: str, origin: Network) -> None:
        """Start this variant from another network's text, as an edit (saved like typing)."""
        self.edit.setPlainText(text)
        self._carried_from = origin
        self.carried.setVisible(True)
        self._show_carried()

    def _show_carried(self) -> None:
        origin = self._carried_from
        if origin is None or not self.carried.isVisibleTo(self):
            return
        started = self.tr("Started from the %1 text.").replace("%1", network_name(origin))
        if self.counted.over:
            started += " " + self.tr("What is past the limit is marked: shorten it to fit.")
        self.carried.setText(started)

    # -- counting -------------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._update_counter()
        self._mark_over()
        self._show_carried()
        text = self.text()
        # Qt says "changed" for a new highlighting too (each voice check's marks): only a
        # change of the text itself is an edit, written to the journal and saved.
        if not self._loading and text != self._saved_text:
            self._saved_text = text
            self.edited.emit(self.network, text)

    def _update_counter(self) -> None:
        counted = self.counted = count(self.text(), self.network)
        if counted.limit is None:
            self.counter.setText(self.tr("%Ln characters", "", counted.used))
            self.counter.setStyleSheet("")
            return
        text = (
            self.tr("%1 of %2")
            .replace("%1", integer_text(counted.used))
            .replace("%2", integer_text(counted.limit))
        )
        if counted.over:  # in words too, not by the colour alone
            text += " · " + self.tr("%Ln characters too many", "", counted.over)
        self.counter.setText(text)
        self.counter.setStyleSheet(
            f"color: {css(error(self.palette()))}; font-weight: bold;" if counted.over else ""
        )

    def _mark_over(self) -> None:
        text = self.text()
        span = over_span(text, self.network) if self.counted.over else None
        if span is None:
            self.highlighter.set_spans([], "over")
            return
        fmt = mark_format(Mark.OVER, self.edit.palette())
        self.highlighter.set_spans([(s, e, fmt) for s, e in to_utf16(text, [span])], "over")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def compose_link(self) -> str | None:
        instance = self.mastodon_instance if self.network is Network.MASTODON else None
        return compose_url(self.network, self.text(), instance=instance or None)

    def _on_open_clicked(self) -> None:
        link = self.compose_link()
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_counter()
            self.highlighter.set_spans([], "over")
            self._mark_over()
            self.spelling.repaint()
