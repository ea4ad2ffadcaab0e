"""Every page fits at 1024x600 and 1600x1000 in English, Finnish and Swedish (issue 13):
no label or button whose words are cut, no column header cut, no sideways scrolling."""

from __future__ import annotations

import pytest

from tests.ui.pages_harness import LANGUAGES, PAGES, SIZES, OpenPage, demo_template, open_page
from tests.ui.walk import Where, fit_problems

__all__ = ["demo_template", "open_page"]  # fixtures


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_fits(open_page: OpenPage, page: str, language: str) -> None:
    found = []
    for size in SIZES:
        window = open_page(page, language, size)
        where = Where(page, language, f"{size[0]}x{size[1]}")
        found += fit_problems(window, where)
    assert not found, "\n" + "\n".join(found)
