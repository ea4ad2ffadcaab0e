"""The voice check beside the editor: the flags (each dismissable), the comparison with the
person's own voice, and the copy-paste guard."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks.flags import Flag
from app.domain.checks.voice_check import CheckResult
from app.ui.drafts.texts import flag_message, flag_title, measure_name, measure_reason
from app.ui.kit.widgets import clear_layout, heading_font, wrapped_label
from app.ui.voice.corpus_model import language_name


class FlagRow(QFrame):
    """Signals:
    dismissRequested(object): the Flag to dismiss for this draft.
    """

    dismissRequested = Signal(object)

    def __init__(self, flag: Flag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        self.setObjectName("flagRow")
        self.setStyleSheet("#flagRow { border-left: 3px solid #d97706; padding-left: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 0, 2)
        layout.setSpacing(2)
        title = QLabel(flag_title(flag.kind), self)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.message = wrapped_label(self)
        self.message.setText(flag_message(flag))
        layout.addWidget(self.message)
        self.dismiss = QPushButton(self.tr("Dismiss for this draft"), self)
        self.dismiss.setFlat(True)
        self.dismiss.setStyleSheet("text-align: left; padding: 0; text-decoration: underline;")
        self.dismiss.clicked.connect(lambda: self.dismissRequested.emit(self.flag))
        layout.addWidget(self.dismiss)


class CheckPanel(QWidget):
    """Signals:
    dismissRequested(object): a Flag.
    sourceChanged(str): the pasted source text changed.
    """

    dismissRequested = Signal(object)
    sourceChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.summary = wrapped_label(self)
        self.summary.setAccessibleName("check-summary")
        layout.addWidget(self.summary)
        self.flags_title = QLabel(self)
        self.flags_title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.flags_title)
        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(8)
        layout.addLayout(self.flags_box)
        self.no_flags = wrapped_label(self)
        layout.addWidget(self.no_flags)
        self.voice_title = QLabel(self)
        self.voice_title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.voice_title)
        self.voice_grid = QGridLayout()
        self.voice_grid.setHorizontalSpacing(10)
        layout.addLayout(self.voice_grid)
        self.no_profile = wrapped_label(self)
        layout.addWidget(self.no_profile)
        self.source_toggle = QPushButton(self)
        self.source_toggle.setCheckable(True)
        self.source_toggle.toggled.connect(self._on_source_toggled)
        layout.addWidget(self.source_toggle)
        self.source = QPlainTextEdit(self)
        self.source.setAccessibleName("source")
        self.source.setMaximumHeight(110)
        self.source.setVisible(False)
        self.source.textChanged.connect(lambda: self.sourceChanged.emit(self.source.toPlainText()))
        layout.addWidget(self.source)
        self.similarity = wrapped_label(self)
        self.similarity.setAccessibleName("similarity")
        self.similarity.setVisible(False)
        layout.addWidget(self.similarity)
        layout.addStretch(1)
        self.rows: list[FlagRow] = []
        self._result: CheckResult | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.flags_title.setText(self.tr("Flags"))
        self.voice_title.setText(self.tr("Your own voice"))
        self.no_flags.setText(self.tr("Nothing to flag. It reads like you."))
        self.no_profile.setText(
            self.tr("No voice profile in this language yet: import your posts to compare.")
        )
        self.source_toggle.setText(self.tr("Responding to a text? Paste it here"))
        self.source.setPlaceholderText(
            self.tr("The company news or the colleague's post you respond to")
        )
        if self._result is not None:
            self.show_result(self._result)
        else:
            self.summary.setText(self.tr("The check runs as you type."))

    def set_source(self, text: str) -> None:
        self.source.blockSignals(True)
        self.source.setPlainText(text)
        self.source.blockSignals(False)
        self.source_toggle.setChecked(bool(text.strip()))

    def _on_source_toggled(self, on: bool) -> None:
        self.source.setVisible(on)

    def show_result(self, result: CheckResult) -> None:
        self._result = result
        language = language_name(result.language) if result.language else ""
        self.summary.setText(
            self.tr("%1 words, %2 sentences, LIX %3. Language: %4.")
            .replace("%1", str(result.words))
            .replace("%2", str(result.sentences))
            .replace("%3", f"{result.lix:.0f}")
            .replace("%4", language or self.tr("not sure yet"))
        )
        clear_layout(self.flags_box)
        self.rows = []
        for flag in result.flags:
            row = FlagRow(flag, self)
            row.dismissRequested.connect(self.dismissRequested)
            self.flags_box.addWidget(row)
            self.rows.append(row)
        self.no_flags.setVisible(not result.flags)
        self._show_voice(result.profile_match)
        self._show_similarity(result)

    def _show_voice(self, match: Mapping[str, Any]) -> None:
        while self.voice_grid.count():
            item = self.voice_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (kind, values) in enumerate(match.items()):
            name = QLabel(measure_name(kind), self)
            reason = wrapped_label(self)
            reason.setText(measure_reason(kind, values))
            if values.get("direction") != "within":
                reason.setStyleSheet("color: #b45309;")
            self.voice_grid.addWidget(name, row, 0)
            self.voice_grid.addWidget(reason, row, 1)
        self.no_profile.setVisible(not match)

    def _show_similarity(self, result: CheckResult) -> None:
        found = result.similarity
        self.similarity.setVisible(found is not None)
        if found is None:
            return
        share = f"{found.score:.0%}"
        if found.too_similar:
            self.similarity.setText(
                self.tr(
                    "%1 of your draft repeats the source (highlighted). Readers have seen that "
                    "already: what is your own view? What did you notice, or disagree with?"
                ).replace("%1", share)
            )
            self.similarity.setStyleSheet("color: #b45309; font-weight: bold;")
        else:
            self.similarity.setText(
                self.tr("%1 of your draft repeats the source: it is in your own words.").replace(
                    "%1", share
                )
            )
            self.similarity.setStyleSheet("")
