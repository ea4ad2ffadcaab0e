"""The writing check beside the editor: how many flags, how hard the text is to read, what the
marks in the text mean, each flag (dismissable), the comparison with the person's own voice,
and the copy-paste guard. Everything wraps: no width here fits English only."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.domain.checks.flags import Flag
from app.domain.checks.voice_check import CheckResult
from app.domain.text.wordlists import LANGUAGES
from app.ui.drafts.check_rows import FlagRow, LegendRow
from app.ui.drafts.marks import MARK_OF, Mark, flag_spans
from app.ui.drafts.text_edit import TextEdit
from app.ui.drafts.texts import measure_line, measure_reason, percent_text, readability_name
from app.ui.guard import qt_override
from app.ui.kit.colors import css, warning
from app.ui.kit.numbers import integer_text
from app.ui.kit.widgets import clear_layout, heading_font, wrapped_label
from app.ui.voice.languages import language_name


def marks_of(result: CheckResult) -> list[Mark]:
    """The kinds of marks painted in the text for ``result``, in the legend's order."""
    found = {MARK_OF[f.kind] for f in result.flags if flag_spans(f)}
    if result.similarity is not None and result.similarity.too_similar:
        found.add(Mark.SHARED)
    if result.over_limit:
        found.add(Mark.OVER)
    return [m for m in Mark if m in found]


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
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        self.count = wrapped_label(self)
        self.count.setObjectName("flagCount")
        self.count.setFont(heading_font(self.font(), 1.15))
        layout.addWidget(self.count)
        self.summary = wrapped_label(self)
        layout.addWidget(self.summary)
        self.reading = wrapped_label(self)
        self.reading.setObjectName("readability")
        layout.addWidget(self.reading)
        self.spelling = wrapped_label(self)  # misspelt words, and where their menu is
        self.spelling.setObjectName("spellingCount")
        self.spelling.setVisible(False)
        layout.addWidget(self.spelling)
        self.legend_title = wrapped_label(self)
        layout.addWidget(self.legend_title)
        self.legend_box = QVBoxLayout()
        self.legend_box.setSpacing(4)
        layout.addLayout(self.legend_box)
        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(10)
        layout.addLayout(self.flags_box)
        self.voice_title = wrapped_label(self)
        self.voice_title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.voice_title)
        self.voice_box = QVBoxLayout()
        self.voice_box.setSpacing(6)
        layout.addLayout(self.voice_box)
        self.no_profile = wrapped_label(self)
        layout.addWidget(self.no_profile)
        self.source_intro = wrapped_label(self)
        layout.addWidget(self.source_intro)
        self.source_toggle = QPushButton(self)
        self.source_toggle.setObjectName("pasteSource")
        self.source_toggle.setCheckable(True)
        self.source_toggle.toggled.connect(self._on_source_toggled)
        self.source_toggle.clicked.connect(self._on_source_clicked)
        layout.addWidget(self.source_toggle)
        self.source = TextEdit(self)
        self.source.setObjectName("source")
        self.source.setMaximumHeight(110)
        self.source.setVisible(False)
        self.source.textChanged.connect(lambda: self.sourceChanged.emit(self.source.toPlainText()))
        layout.addWidget(self.source)
        self.similarity = wrapped_label(self)
        self.similarity.setObjectName("similarity")
        self.similarity.setVisible(False)
        layout.addWidget(self.similarity)
        layout.addStretch(1)
        self.rows: list[FlagRow] = []
        self.legend: list[LegendRow] = []
        self.tab_before: QWidget | None = None  # what Tab comes from before the first flag
        self._result: CheckResult | None = None
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.voice_title.setText(self.tr("Your own voice"))
        self.legend_title.setText(self.tr("Marked in the text:"))
        self.source_intro.setText(
            self.tr("Responding to a text? Paste it to see how much of it your post repeats.")
        )
        self._source_button_text()
        self.source.setAccessibleName(self.tr("The text you respond to"))
        self.source.setPlaceholderText(
            self.tr("The company news or the colleague's post you respond to")
        )
        for row in self.rows:
            row.retranslate()
        for legend in self.legend:
            legend.retranslate()
        if self._result is not None:
            self.show_result(self._result)
        else:
            self.count.setText(self.tr("The check runs as you type."))
            for empty in (self.summary, self.reading, self.legend_title, self.no_profile):
                empty.setVisible(False)

    def _source_button_text(self) -> None:
        on = self.source_toggle.isChecked()
        self.source_toggle.setText(self.tr("Hide it") if on else self.tr("Paste it here"))
        # Its name is its words (as a person says them to voice control); what "it" is, is
        # told by the line above it, and by its description to a screen reader.
        self.source_toggle.setAccessibleDescription(self.source_intro.text())

    def set_source(self, text: str) -> None:
        self.source.blockSignals(True)
        self.source.setPlainText(text)
        self.source.blockSignals(False)
        self.source_toggle.setChecked(bool(text.strip()))

    def _on_source_toggled(self, on: bool) -> None:
        self.source.setVisible(on)
        self._source_button_text()

    def _on_source_clicked(self, on: bool) -> None:
        if on:  # the person asked for the box: ready to paste (not when a draft is opened)
            self.source.setFocus()

    # -- the result -----------------------------------------------------------------------------

    def show_result(self, result: CheckResult) -> None:
        self._result = result
        flags = len(result.flags)
        if flags:
            self.count.setText(self.tr("%Ln flags", "", flags))
        elif result.profile_match and all(
            v.get("direction") == "within" for v in result.profile_match.values()
        ):
            self.count.setText(self.tr("Nothing to flag. It reads like your own posts."))
        else:
            self.count.setText(self.tr("Nothing to flag."))
        language = language_name(result.language) if result.language else ""
        self.summary.setText(
            self.tr("{words}, {sentences}. Language: {language}.").format(
                words=self.tr("%Ln words", "", result.words),
                sentences=self.tr("%Ln sentences", "", result.sentences),
                language=language or self.tr("not sure yet"),
            )
        )
        if not result.language_checked:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "OwnVoice checks Finnish, Swedish and English: in this text it counts only "
                    "the characters and the opening line before “…see more”."
                )
            )
        self.summary.setVisible(True)
        self.reading.setText(
            self.tr("Readability: {grade} (LIX {lix})").format(
                grade=readability_name(result.readability), lix=integer_text(round(result.lix))
            )
        )
        self.reading.setVisible(result.words > 0 and result.language_checked)
        misspelt = len(result.spelling)
        self.spelling.setText(
            self.tr(
                "%Ln misspelt words, underlined in red: right-click one for suggestions, or to "
                "add it to your own words.",
                "",
                misspelt,
            )
            if misspelt
            else ""
        )
        self.spelling.setVisible(misspelt > 0)
        self._show_legend(result)
        self._show_flags(result.flags)
        self._show_voice(result.profile_match, result.language)
        self._show_similarity(result)

    def _show_legend(self, result: CheckResult) -> None:
        marks = marks_of(result)
        if [row.mark for row in self.legend] != marks:
            clear_layout(self.legend_box)
            self.legend = [LegendRow(mark, self) for mark in marks]
            for row in self.legend:
                self.legend_box.addWidget(row)
        self.legend_title.setVisible(bool(marks))

    def _show_flags(self, flags: tuple[Flag, ...]) -> None:
        if len(flags) == len(self.rows) and all(
            row.same(flag) for row, flag in zip(self.rows, flags, strict=True)
        ):
            return  # unchanged: keep the rows (and the focus, if it is on one)
        clear_layout(self.flags_box)
        self.rows = []
        for flag in flags:
            row = FlagRow(flag, self)
            row.dismissRequested.connect(self.dismissRequested)
            self.flags_box.addWidget(row)
            self.rows.append(row)
        # New widgets join the end of the window's Tab chain: put them where they are seen.
        chain = [w for w in (self.tab_before,) if w is not None]
        chain += [row.dismiss for row in self.rows] + [self.source_toggle, self.source]
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)

    def _show_voice(self, match: Mapping[str, Any], language: str | None) -> None:
        clear_layout(self.voice_box)
        color = css(warning(self.palette()))
        for kind, values in match.items():
            name = wrapped_label(self)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            name.setText(measure_line(kind, values))
            reason = wrapped_label(self)
            reason.setText(measure_reason(kind, values))
            if values.get("direction") != "within":  # also said in words: "more than …"
                reason.setStyleSheet(f"color: {color};")
            self.voice_box.addWidget(name)
            self.voice_box.addWidget(reason)
        if match or (language is not None and language not in LANGUAGES):
            # A draft in another language is not compared: the summary says why.
            self.no_profile.setVisible(False)
            return
        # No profile to compare with: say so, and never that it "reads like you".
        if language:
            self.no_profile.setText(
                self.tr(
                    "There is no voice profile in {language} yet, so this draft is not compared "
                    "with your own posts. Import your posts on Your voice to compare."
                ).format(language=language_name(language))
            )
        else:
            self.no_profile.setText(
                self.tr(
                    "The language is not clear yet, so this draft is not compared with your "
                    "own posts."
                )
            )
        self.no_profile.setVisible(True)

    def _show_similarity(self, result: CheckResult) -> None:
        found = result.similarity
        self.similarity.setVisible(found is not None)
        if found is None:
            return
        share = percent_text(found.score)
        if found.too_similar:
            self.similarity.setText(
                self.tr(
                    "{share} of your draft repeats the source (marked). Readers have seen that "
                    "already: what is your own view? What did you notice, or disagree with?"
                ).format(share=share)
            )
            self.similarity.setStyleSheet(
                f"color: {css(warning(self.palette()))}; font-weight: bold;"
            )
        else:
            own = self.tr("{share} of your draft repeats the source: it is in your own words.")
            self.similarity.setText(own.format(share=share))
            self.similarity.setStyleSheet("")

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for row in self.rows:
                row.restyle()
            if self._result is not None:
                self._show_voice(self._result.profile_match, self._result.language)
                self._show_similarity(self._result)
