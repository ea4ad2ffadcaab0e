"""Translations are complete, match the code, and ship in the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_is_translated_and_the_qm_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "i18n" / "update.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_notices_an_untranslated_string(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "i18n"))
    try:
        import update
    finally:
        sys.path.pop(0)
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fi">'
        "<context><name>C</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Bye</source><translation>Hei hei</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert update.unfinished(ts) == ["C: Hello"]


@pytest.mark.slow
def test_the_wheel_carries_translations_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("ownvoice-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("fi", "sv", "en"):  # en: the English plural forms
        assert f"app/i18n/ownvoice_{lang}.qm" in names
    assert "app/storage/migrations/versions/0001_initial.py" in names
    assert "app/storage/migrations/script.py.mako" in names
    assert any(name.startswith("app/resources/") for name in names)


def test_english_says_one_post_and_two_posts(qapp: object) -> None:
    """English plural forms come from ownvoice_en.qm; Finnish and Swedish from theirs."""
    from app.ui.drafts.variant_editor import VariantEditor
    from app.ui.kit.i18n import Translations

    translations = Translations()
    said = {}
    for language in ("en", "fi", "sv"):
        translations.apply(language)
        said[language] = [VariantEditor.tr("%Ln characters", "", n) for n in (1, 2)]
    translations.apply("en")
    assert said["en"] == ["1 character", "2 characters"]
    assert said["fi"] == ["1 merkki", "2 merkkiä"]
    assert said["sv"][0] != said["sv"][1]
