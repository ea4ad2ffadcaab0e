"""The settings a person can change, declared once: key, default, kind, label and section.

The settings page is built from these declarations, and the store validates against them, so a
later feature adds a setting by adding one ``SettingSpec`` to ``SETTINGS`` (see
docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

from app.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP


class SettingKind(Enum):
    CHOICE = "choice"
    BOOL = "bool"
    INT = "int"
    TEXT = "text"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str  # marked with QT_TRANSLATE_NOOP in context "Settings"; may be an endonym
    translate: bool = True


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    kind: SettingKind
    label: str
    section: str
    help: str = ""
    choices: tuple[Choice, ...] = ()
    minimum: int = 0
    maximum: int = 0
    order: int = 0

    def validate(self, value: object) -> object:
        """Return ``value`` as this setting's type, or raise ``ValueError`` saying why not."""
        if self.kind is SettingKind.CHOICE:
            # A list, not a set: a hand-edited file may hold a list or an object here, which
            # cannot be hashed.
            if value not in [c.value for c in self.choices]:
                raise ValueError(f"{self.key}: {value!r} is not one of the choices")
            return value
        if self.kind is SettingKind.BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"{self.key}: expected true or false, got {value!r}")
            return value
        if self.kind is SettingKind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{self.key}: expected a whole number, got {value!r}")
            if not self.minimum <= value <= self.maximum:
                raise ValueError(f"{self.key}: {value} is outside {self.minimum}..{self.maximum}")
            return value
        if not isinstance(value, str):
            raise ValueError(f"{self.key}: expected text, got {value!r}")
        return value


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    order: int
    own_panel: bool = False  # the Settings page shows it with a panel of its own (coach sync)


SECTION_GENERAL: Final = Section("general", QT_TRANSLATE_NOOP("Settings", "General"), 0)
SECTIONS: dict[str, Section] = {SECTION_GENERAL.key: SECTION_GENERAL}

LANGUAGE: Final = "general/language"
THEME: Final = "general/theme"
SYSTEM: Final = "system"

SETTINGS: dict[str, SettingSpec] = {}


def register(spec: SettingSpec) -> SettingSpec:
    if spec.key in SETTINGS:
        raise ValueError(f"setting {spec.key} is declared twice")
    if spec.section not in SECTIONS:
        raise ValueError(f"setting {spec.key} names an unknown section {spec.section}")
    if spec.kind is not SettingKind.CHOICE or spec.default in {c.value for c in spec.choices}:
        spec.validate(spec.default)
    else:
        raise ValueError(f"setting {spec.key}: the default is not one of its choices")
    SETTINGS[spec.key] = spec
    return spec


def add_section(section: Section) -> Section:
    SECTIONS.setdefault(section.key, section)
    return section


register(
    SettingSpec(
        key=LANGUAGE,
        default=SYSTEM,
        kind=SettingKind.CHOICE,
        label=QT_TRANSLATE_NOOP("Settings", "Language"),
        section=SECTION_GENERAL.key,
        help=QT_TRANSLATE_NOOP("Settings", "The language of menus, lessons and writing checks."),
        choices=(
            Choice(SYSTEM, QT_TRANSLATE_NOOP("Settings", "Same as the system")),
            *(Choice(code, name, translate=False) for code, name in LANGUAGES.items()),
        ),
        order=0,
    )
)
register(
    SettingSpec(
        key=THEME,
        default=SYSTEM,
        kind=SettingKind.CHOICE,
        label=QT_TRANSLATE_NOOP("Settings", "Appearance"),
        section=SECTION_GENERAL.key,
        choices=(
            Choice(SYSTEM, QT_TRANSLATE_NOOP("Settings", "Follow the system")),
            Choice("light", QT_TRANSLATE_NOOP("Settings", "Light")),
            Choice("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
        ),
        order=1,
    )
)

# -- Habits & reminders (issue 4) ----------------------------------------------------------------

SECTION_HABITS: Final = add_section(
    Section("habits", QT_TRANSLATE_NOOP("Settings", "Habits & reminders"), 20)
)
TRAY: Final = "habits/tray"
START_AT_LOGIN: Final = "habits/start_at_login"
SNOOZE_MINUTES: Final = "habits/snooze_minutes"

register(
    SettingSpec(
        key=TRAY,
        default=False,
        kind=SettingKind.BOOL,
        label=QT_TRANSLATE_NOOP("Settings", "Keep running in the system tray"),
        section=SECTION_HABITS.key,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "Closing the window keeps OwnVoice in the system tray, so that habit reminders "
            "can appear at their time.",
        ),
        order=0,
    )
)
register(
    SettingSpec(
        key=START_AT_LOGIN,
        default=False,
        kind=SettingKind.BOOL,
        label=QT_TRANSLATE_NOOP("Settings", "Start at login"),
        section=SECTION_HABITS.key,
        help=QT_TRANSLATE_NOOP(
            "Settings", "Start OwnVoice when you log in to this computer, for the reminders."
        ),
        order=1,
    )
)
register(
    SettingSpec(
        key=SNOOZE_MINUTES,
        default=15,
        kind=SettingKind.INT,
        label=QT_TRANSLATE_NOOP("Settings", "Snooze a reminder for (minutes)"),
        section=SECTION_HABITS.key,
        minimum=5,
        maximum=240,
        order=2,
    )
)

# -- Writing checks (the drafting studio's voice check) --------------------------------------

SECTION_WRITING: Final = add_section(
    Section("writing", QT_TRANSLATE_NOOP("Settings", "Writing checks"), 20)
)
SENSITIVE_WORDS: Final = "writing/sensitive_words"
EMPLOYER: Final = "writing/employer"
EMPLOYER_BUSINESS: Final = "writing/employer_business"
MASTODON_SERVER: Final = "writing/mastodon_server"

register(
    SettingSpec(
        key=SENSITIVE_WORDS,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Words to keep out of posts"),
        section=SECTION_WRITING.key,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "Unannounced projects, customers and other names that must not go public; separate "
            "them with commas. Drafts that mention one are flagged.",
        ),
        order=0,
    )
)
register(
    SettingSpec(
        key=EMPLOYER,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Your employer"),
        section=SECTION_WRITING.key,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "When a draft is about your employer's business but does not name your employer, "
            "you are reminded to say who you work for.",
        ),
        order=1,
    )
)
register(
    SettingSpec(
        key=EMPLOYER_BUSINESS,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Your employer's business"),
        section=SECTION_WRITING.key,
        help=QT_TRANSLATE_NOOP(
            "Settings", "Products, services and other words for it; separate them with commas."
        ),
        order=2,
    )
)
register(
    SettingSpec(
        key=MASTODON_SERVER,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Your Mastodon server"),
        section=SECTION_WRITING.key,
        help=QT_TRANSLATE_NOOP(
            "Settings", "For example mastodon.social; drafts then open in your server's editor."
        ),
        order=3,
    )
)


# -- Writing assistant (issue 17): off until the person turns it on -------------------------------
# The Settings page shows these in its own panel (app/ui/settings/assistant.py): the model is
# picked from the server's list, and the API key goes to the keychain only.

SECTION_ASSISTANT: Final = add_section(
    Section("assistant", QT_TRANSLATE_NOOP("Settings", "Writing assistant"), 30)
)
ASSISTANT_ENABLED: Final = "assistant/enabled"
ASSISTANT_PRESET: Final = "assistant/preset"
ASSISTANT_URL: Final = "assistant/url"
ASSISTANT_MODEL: Final = "assistant/model"

register(
    SettingSpec(
        key=ASSISTANT_ENABLED,
        default=False,
        kind=SettingKind.BOOL,
        label=QT_TRANSLATE_NOOP("Settings", "Use a writing assistant"),
        section=SECTION_ASSISTANT.key,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "A language model on this computer or your company's server suggests openers, "
            "tighter wording and translations in your voice. Nothing is sent until you ask.",
        ),
        order=0,
    )
)
register(
    SettingSpec(
        key=ASSISTANT_PRESET,
        default="ollama",
        kind=SettingKind.CHOICE,
        label=QT_TRANSLATE_NOOP("Settings", "Server"),
        section=SECTION_ASSISTANT.key,
        choices=(  # their addresses: app/domain/assistant/endpoints.py
            Choice("ollama", QT_TRANSLATE_NOOP("Settings", "Ollama on this computer")),
            Choice("llamacpp", QT_TRANSLATE_NOOP("Settings", "llama.cpp server on this computer")),
            Choice("lmstudio", QT_TRANSLATE_NOOP("Settings", "LM Studio on this computer")),
            Choice("custom", QT_TRANSLATE_NOOP("Settings", "Another address (company server)")),
        ),
        order=1,
    )
)
register(
    SettingSpec(
        key=ASSISTANT_URL,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Server address"),
        section=SECTION_ASSISTANT.key,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "The address of an OpenAI-compatible API, such as https://llm.example.com/v1.",
        ),
        order=2,
    )
)
register(
    SettingSpec(
        key=ASSISTANT_MODEL,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Model"),
        section=SECTION_ASSISTANT.key,
        order=3,
    )
)


# -- Passwords ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PasswordSpec:
    """A password some feature keeps in the system keychain (coach sync, later): the Settings
    page shows where passwords are kept only once at least one is declared."""

    key: str  # its name in the keychain
    label: str  # what it opens, marked with QT_TRANSLATE_NOOP in context "Settings"


# Coach sync declares its password; the writing assistant's optional API key says itself
# where it is kept, beside it.
PASSWORDS: dict[str, PasswordSpec] = {}


def register_password(spec: PasswordSpec) -> PasswordSpec:
    if spec.key in PASSWORDS:
        raise ValueError(f"password {spec.key} is declared twice")
    PASSWORDS[spec.key] = spec
    return spec


# -- Coach sync (issue 16): shown by its own panel (app/ui/sync/panel.py) ------------------------

SECTION_SYNC: Final = add_section(
    Section("sync", QT_TRANSLATE_NOOP("Settings", "Coach sync"), 40, own_panel=True)
)
SYNC_MODE: Final = "sync/mode"
SYNC_URL: Final = "sync/url"
SYNC_USER: Final = "sync/user"
SYNC_CA_BUNDLE: Final = "sync/ca_bundle"

register(
    SettingSpec(
        key=SYNC_MODE,
        default="folder",
        kind=SettingKind.CHOICE,
        label=QT_TRANSLATE_NOOP("Settings", "Kind of place"),
        section=SECTION_SYNC.key,
        choices=(
            Choice("folder", QT_TRANSLATE_NOOP("Settings", "A shared folder (WebDAV)")),
            Choice("drop", QT_TRANSLATE_NOOP("Settings", "A file drop link (upload only)")),
        ),
        order=0,
    )
)
register(
    SettingSpec(
        key=SYNC_URL,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Address"),
        section=SECTION_SYNC.key,
        order=1,
    )
)
register(
    SettingSpec(
        key=SYNC_USER,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "User name"),
        section=SECTION_SYNC.key,
        order=2,
    )
)
register(
    SettingSpec(
        key=SYNC_CA_BUNDLE,
        default="",
        kind=SettingKind.TEXT,
        label=QT_TRANSLATE_NOOP("Settings", "Company certificate file"),
        section=SECTION_SYNC.key,
        order=3,
    )
)
register_password(
    PasswordSpec("sync/password", QT_TRANSLATE_NOOP("Settings", "Coach sync password"))
)


def word_list(text: str) -> tuple[str, ...]:
    """A comma-separated setting as its words, blanks dropped."""
    return tuple(word.strip() for word in text.split(",") if word.strip())
