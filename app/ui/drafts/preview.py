"""The post as the feed will show it: the person's name, the text up to LinkedIn's "…see more"
or to what a network's limit lets through, and a card where a link will show its preview."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.networks import Network
from app.domain.drafts.preview import Cut, Device, FeedPreview, feed_preview
from app.ui.drafts.texts import network_name
from app.ui.guard import qt_override
from app.ui.kit.colors import css, error, muted
from app.ui.kit.numbers import integer_text
from app.ui.kit.widgets import wrapped_label

# A label wraps only at spaces: a long link or word would widen the card past the panel. A
# zero-width space every so often inside such a word lets it wrap (and is only in the preview).
_LONG_WORD = re.compile(r"\S{24,}")


def _breakable(text: str) -> str:
    return _LONG_WORD.sub(lambda m: "\u200b".join(re.findall(r".{1,16}", m.group())), text)


class PreviewPanel(QWidget):
    """The feed's view of the current variant; ``show_text`` updates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = Network.LINKEDIN
        self.text = ""
        self.limit: int | None = None
        self.person = ""  # the person's name, from their profile; "" for "You"
        self.preview: FeedPreview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        self.caption = wrapped_label(self)
        layout.addWidget(self.caption)
        devices = QHBoxLayout()
        devices.setContentsMargins(0, 0, 0, 0)
        self.phone = QRadioButton(self)
        self.phone.setChecked(True)
        self.desktop = QRadioButton(self)
        self.device_group = QButtonGroup(self)
        for button in (self.phone, self.desktop):
            self.device_group.addButton(button)
            devices.addWidget(button)
            button.toggled.connect(self._on_device_toggled)
        devices.addStretch(1)
        layout.addLayout(devices)
        self.card = QFrame(self)
        self.card.setObjectName("feedCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)  # a post on the feed's white
        self.card.setAutoFillBackground(True)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(12, 10, 12, 10)
        card.setSpacing(6)
        self.name_line = wrapped_label(self.card)
        self.name_line.setObjectName("previewName")
        font = self.name_line.font()
        font.setBold(True)
        self.name_line.setFont(font)
        card.addWidget(self.name_line)
        self.where = wrapped_label(self.card)
        card.addWidget(self.where)
        self.body = wrapped_label(self.card)
        self.body.setObjectName("previewText")
        card.addWidget(self.body)
        self.more = wrapped_label(self.card)
        self.more.setObjectName("previewMore")
        card.addWidget(self.more)
        self.link_card = QFrame(self.card)
        self.link_card.setObjectName("linkCard")
        self.link_card.setFrameShape(QFrame.Shape.StyledPanel)
        link_layout = QVBoxLayout(self.link_card)
        link_layout.setContentsMargins(10, 8, 10, 8)
        self.link_host = wrapped_label(self.link_card)
        link_layout.addWidget(self.link_host)
        self.link_note = wrapped_label(self.link_card)
        link_layout.addWidget(self.link_note)
        card.addWidget(self.link_card)
        layout.addWidget(self.card)
        self.note = wrapped_label(self)
        self.note.setObjectName("previewNote")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._restyle()
        self.retranslate()

    # -- what it shows --------------------------------------------------------------------------

    def set_person(self, name: str) -> None:
        self.person = name.strip()
        self._show_name()

    def show_text(self, network: Network, text: str, limit: int | None = None) -> None:
        self.network, self.text, self.limit = network, text, limit
        self._render()

    def device(self) -> Device:
        return Device.DESKTOP if self.desktop.isChecked() else Device.PHONE

    def retranslate(self) -> None:
        self.phone.setText(self.tr("Phone"))
        self.desktop.setText(self.tr("Desktop"))
        self.link_note.setText(self.tr("The link's preview shows here: its picture and title."))
        self._render()

    def _show_name(self) -> None:
        self.name_line.setText(self.person or self.tr("You"))

    def _render(self) -> None:
        self._show_name()
        network = self.network
        linkedin = network is Network.LINKEDIN
        self.phone.setVisible(linkedin)
        self.desktop.setVisible(linkedin)
        preview = feed_preview(self.text, network, device=self.device(), limit=self.limit)
        self.preview = preview
        self.caption.setText(
            self.tr("How the %1 feed shows this post:").replace("%1", network_name(network))
        )
        self.where.setText(self.tr("now · %1").replace("%1", network_name(network)))
        shown = preview.shown
        self.body.setText(_breakable(shown) if shown else self.tr("(nothing written yet)"))
        if preview.cut is Cut.SEE_MORE:
            self.more.setText(self.tr("…see more"))
            self.note.setText(
                self.tr("Readers see this much before “…see more”: make the opening line count.")
            )
        elif preview.cut is Cut.OVER_LIMIT:
            self.more.setText(
                self.tr("%Ln characters past the limit are left out.", "", preview.over)
            )
            self.note.setText(
                self.tr("%1 takes %2 characters: shorten the text, or it cannot be posted.")
                .replace("%1", network_name(network))
                .replace("%2", integer_text(self.limit or _limit(network)))
            )
        else:
            self.more.setText("")
            self.note.setText(self.tr("The whole post shows in the feed."))
        self.more.setVisible(preview.cut is not Cut.NONE)
        self.link_card.setVisible(preview.link is not None)
        self.link_host.setText(preview.link_host)
        self._restyle()

    def _restyle(self) -> None:
        palette = self.palette()
        self.where.setStyleSheet(f"color: {css(muted(palette))};")
        self.link_note.setStyleSheet(f"color: {css(muted(palette))};")
        over = self.preview is not None and self.preview.cut is Cut.OVER_LIMIT
        self.more.setStyleSheet(
            f"color: {css(error(palette))}; font-weight: bold;"
            if over
            else f"color: {css(muted(palette))};"
        )

    def _on_device_toggled(self, on: bool) -> None:
        if on:
            self._render()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


def _limit(network: Network) -> int:
    from app.domain.drafts.networks import LIMITS

    return LIMITS[network] or 0
