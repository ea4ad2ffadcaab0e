"""Settings → Writing assistant: on or off, the server (a preset or an address), the model
from the server's own list, the API key (to the keychain only), and a test in plain words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import settings as decl
from app.domain.assistant.endpoints import CUSTOM
from app.domain.assistant.protocol import FAILURE_TEXTS, AssistantError, failure_text
from app.services.assistant.config import API_KEY, AssistantConfig, load_config
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import wrapped_label
from app.ui.settings.editors import editor_for


class AssistantSettings(QGroupBox):
    """Signals:
    tested(): the test's answer is on screen.
    """

    tested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantSettings")
        self.ctx = ctx
        self._key_saved: bool | None = None
        self._in_keychain = True
        self._result: tuple[str, object] | None = None  # ("ok", models) | ("error", (err, cfg))
        settings = ctx.settings
        layout = QVBoxLayout(self)
        enabled = editor_for(decl.SETTINGS[decl.ASSISTANT_ENABLED], settings, self)
        assert isinstance(enabled, QCheckBox)
        self.enabled: QCheckBox = enabled
        self.enabled.toggled.connect(self._on_enabled_toggled)
        layout.addWidget(self.enabled)
        self.about = wrapped_label(self)
        layout.addWidget(self.about)
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        preset = editor_for(decl.SETTINGS[decl.ASSISTANT_PRESET], settings, self.details)
        assert isinstance(preset, QComboBox)
        self.preset: QComboBox = preset
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        url = editor_for(decl.SETTINGS[decl.ASSISTANT_URL], settings, self.details)
        assert isinstance(url, QLineEdit)
        self.url: QLineEdit = url
        self.url.setMinimumWidth(380)
        self.model = QComboBox(self.details)
        self.model.setObjectName("assistantModel")
        self.model.setMinimumContentsLength(24)
        self._show_models([])
        self.model.activated.connect(self._on_model_chosen)
        self.test_button = QPushButton(self.details)
        self.test_button.setObjectName("assistantTest")
        self.test_button.clicked.connect(self.test)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test_button)
        self.key = QLineEdit(self.details)
        self.key.setObjectName("assistantKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_key = QPushButton(self.details)
        self.save_key.clicked.connect(self._on_save_key)
        self.forget_key = QPushButton(self.details)
        self.forget_key.clicked.connect(self._on_forget_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.save_key)
        key_row.addWidget(self.forget_key)
        self.labels = [QLabel(self.details) for _ in range(4)]
        for label, field in zip(self.labels, (self.preset, self.url), strict=False):
            label.setBuddy(field)
        self.labels[2].setBuddy(self.model)
        self.labels[3].setBuddy(self.key)
        form.addRow(self.labels[0], self.preset)
        form.addRow(self.labels[1], self.url)
        form.addRow(self.labels[2], model_row)
        form.addRow(self.labels[3], key_row)
        self.key_state = wrapped_label(self.details)
        form.addRow("", self.key_state)
        self.result = wrapped_label(self.details, selectable=True)
        self.result.setObjectName("assistantTestResult")
        form.addRow("", self.result)
        layout.addWidget(self.details)
        self._sync()
        self.retranslate()
        secrets = ctx.secrets
        ctx.after_content(  # the keychain after the first page's content (see KeychainPanel)
            lambda: ctx.tasks.run(
                lambda: (bool(secrets.get(API_KEY)), secrets.status().in_keychain),
                self._on_key_found,
            )
        )

    # -- showing ----------------------------------------------------------------------------------

    def _sync(self) -> None:
        on = bool(self.ctx.settings.get(decl.ASSISTANT_ENABLED))
        self.details.setVisible(on)
        custom = self.ctx.settings.get_str(decl.ASSISTANT_PRESET) == CUSTOM
        self.url.setEnabled(custom)
        self.labels[1].setEnabled(custom)

    def _show_models(self, models: list[str]) -> None:
        current = self.ctx.settings.get_str(decl.ASSISTANT_MODEL)
        self.model.clear()
        names = list(models)
        if current and current not in names:
            names.insert(0, current)
        for name in names:
            self.model.addItem(name, name)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        if not names:
            self.model.addItem(self.tr("Press Test to list the server's models"), "")

    def retranslate(self) -> None:
        self.setTitle(translated("Settings", decl.SECTION_ASSISTANT.title))
        spec = decl.SETTINGS[decl.ASSISTANT_ENABLED]
        self.enabled.setText(translated("Settings", spec.label))
        self.about.setText(translated("Settings", spec.help))
        for label, key in zip(
            self.labels,
            (decl.ASSISTANT_PRESET, decl.ASSISTANT_URL, decl.ASSISTANT_MODEL),
            strict=False,
        ):
            label.setText(translated("Settings", decl.SETTINGS[key].label) + ":")
        self.labels[3].setText(self.tr("API key:"))
        self.url.setToolTip(translated("Settings", decl.SETTINGS[decl.ASSISTANT_URL].help))
        self.url.setPlaceholderText("https://llm.example.com/v1")
        self.model.setAccessibleName(self.tr("Model"))
        self.test_button.setText(self.tr("Test"))
        self.test_button.setToolTip(self.tr("Ask the server for its models"))
        self.key.setPlaceholderText(self.tr("Only if the server asks for one"))
        self.key.setAccessibleName(self.tr("API key"))
        self.save_key.setText(self.tr("Save key"))
        self.forget_key.setText(self.tr("Remove key"))
        self.forget_key.setEnabled(bool(self._key_saved))
        if self._key_saved is None:
            self.key_state.setText("")
        elif self._key_saved and self._in_keychain:
            self.key_state.setText(self.tr("A key is saved in the system keychain."))
        elif self._key_saved:
            self.key_state.setText(
                self.tr(
                    "No system keychain is available: the key is kept only until you close "
                    "OwnVoice, never in a file."
                )
            )
        else:
            self.key_state.setText(self.tr("No key saved. Servers on this computer need none."))
        self.result.setText(self._result_text())

    def _result_text(self) -> str:
        if self._result is None:
            return ""
        kind, value = self._result
        if kind == "testing":
            return self.tr("Asking the server…")
        if kind == "ok" and isinstance(value, list):
            model = self.ctx.settings.get_str(decl.ASSISTANT_MODEL)
            if not value:
                return self.tr("The server answers, but offers no models yet.")
            shown = ", ".join(str(name) for name in value[:6]) + (", …" if len(value) > 6 else "")
            text = self.tr("The server answers. Its models: {models}.").format(models=shown)
            if model and model not in value:
                text += " " + self.tr("“{model}” is not one of them: choose one.").format(
                    model=model
                )
            elif model:
                text += " " + self.tr("“{model}” is ready to use.").format(model=model)
            else:
                text += " " + self.tr("Choose the model to use.")
            return text
        if kind == "error" and isinstance(value, tuple):
            error, config = value
            assert isinstance(error, AssistantError) and isinstance(config, AssistantConfig)
            template = translated("Assistant", FAILURE_TEXTS[error.failure])
            return failure_text(error.failure, template, error.detail, config.url, config.model)
        return ""

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def editors(self) -> dict[str, QWidget]:
        """The editor of each of the section's settings (the page keeps them in step)."""
        return {
            decl.ASSISTANT_ENABLED: self.enabled,
            decl.ASSISTANT_PRESET: self.preset,
            decl.ASSISTANT_URL: self.url,
            decl.ASSISTANT_MODEL: self.model,
        }

    def show_setting(self, key: str, value: object) -> None:
        """A setting changed (here or elsewhere), its editor already in step: show the rest."""
        if key == decl.ASSISTANT_MODEL and self.model.findData(value) < 0:
            self._show_models(
                [str(self.model.itemData(i) or "") for i in range(self.model.count())]
            )
        self._sync()

    # -- acting -----------------------------------------------------------------------------------

    def _on_enabled_toggled(self, _on: bool) -> None:
        self._sync()

    def _on_preset_changed(self, _index: int) -> None:
        self._sync()
        self._result = None
        self.retranslate()

    def _on_model_chosen(self, index: int) -> None:
        name = self.model.itemData(index)
        if isinstance(name, str) and name:
            self.ctx.settings.set(decl.ASSISTANT_MODEL, name)
            self.retranslate()

    def test(self) -> None:
        """Ask the server for its models; say in plain words what came back."""
        from app.services.assistant.client import list_models

        self.ctx.settings.set(decl.ASSISTANT_URL, self.url.text())
        settings, secrets = self.ctx.settings, self.ctx.secrets
        self.test_button.setEnabled(False)
        self._result = ("testing", None)
        self.retranslate()
        holder: list[AssistantConfig] = []

        def work() -> list[str]:
            config = load_config(settings, secrets)
            holder.append(config)
            return list_models(config)

        def failed(error: BaseException) -> None:
            if not isinstance(error, AssistantError):
                raise error
            self._done(("error", (error, holder[0])))

        self.ctx.tasks.run(work, lambda models: self._done(("ok", models)), failed)

    def _done(self, result: tuple[str, object]) -> None:
        self._result = result
        self.test_button.setEnabled(True)
        kind, value = result
        if kind == "ok" and isinstance(value, list):
            self._show_models([str(v) for v in value])
            if value and not self.ctx.settings.get_str(decl.ASSISTANT_MODEL):
                self.ctx.settings.set(decl.ASSISTANT_MODEL, str(value[0]))
        self.retranslate()
        self.tested.emit()

    def _on_save_key(self) -> None:
        value = self.key.text().strip()
        if not value:
            return
        secrets = self.ctx.secrets
        self.key.clear()  # never kept in a widget longer than needed
        self.ctx.tasks.run(
            lambda: secrets.set(API_KEY, value), lambda kept: self._on_key_found((True, kept))
        )

    def _on_forget_key(self) -> None:
        secrets = self.ctx.secrets
        self.ctx.tasks.run(lambda: secrets.delete(API_KEY), lambda _r: self._on_key_state(False))

    def _on_key_found(self, found: tuple[bool, bool]) -> None:
        self._in_keychain = found[1]
        self._on_key_state(found[0])

    def _on_key_state(self, saved: object) -> None:
        self._key_saved = bool(saved)
        self.retranslate()
