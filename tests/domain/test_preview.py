"""A post as the feed shows it: LinkedIn's fold, a limit's cut, the link card (issue 13)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.drafts.fold import DESKTOP, MOBILE, fold_cut
from app.domain.drafts.networks import Network, count
from app.domain.drafts.preview import Cut, Device, feed_preview, fitting_end, over_span

LONG = (
    "Last week I tested a new seal for a hydrogen pipe. Three things surprised me, and none "
    "of them was the one I expected when we planned the test in the spring.\n\n"
    "First, the leaks were in the joints, not in the pipe. Second, frost was no problem, but "
    "the swings of temperature were. Third, the best finding came from the fitter.\n\n"
    "What have you learned from field tests?"
)


def test_linkedin_shows_the_start_and_then_see_more() -> None:
    phone = feed_preview(LONG, Network.LINKEDIN)
    assert phone.cut is Cut.SEE_MORE
    assert phone.shown_end == fold_cut(LONG, MOBILE)
    assert LONG.startswith(phone.shown) and phone.hidden
    desktop = feed_preview(LONG, Network.LINKEDIN, device=Device.DESKTOP)
    assert desktop.shown_end == fold_cut(LONG, DESKTOP) and desktop.shown_end > phone.shown_end


def test_a_short_post_shows_whole() -> None:
    preview = feed_preview("Short and sweet. What do you think?", Network.LINKEDIN)
    assert preview.cut is Cut.NONE and preview.hidden == "" and preview.link is None


def test_x_cuts_at_280_weighted_characters() -> None:
    text = "a" * 300
    preview = feed_preview(text, Network.X)
    assert preview.cut is Cut.OVER_LIMIT
    assert preview.shown == "a" * 280 and preview.over == 20
    # CJK letters weigh 2: 140 of them fill the post.
    wide = "漢" * 150
    assert feed_preview(wide, Network.X).shown == "漢" * 140


def test_a_cut_never_splits_a_link_or_an_emoji() -> None:
    link = "https://example.com/a/very/long/path"
    text = "x" * 270 + " " + link + " more"
    end = fitting_end(text, Network.X)
    assert end == 271  # the link (23) would not fit whole: it is left out whole
    family = "👨‍👩‍👧"
    text = "x" * 279 + family
    assert fitting_end(text, Network.X) == 279


def test_the_first_link_gets_a_card() -> None:
    preview = feed_preview("Read https://www.Example.com/blog/x?utm=1 and tell me.", Network.X)
    assert preview.link == "https://www.Example.com/blog/x?utm=1"
    assert preview.link_host == "example.com"


def test_what_must_shrink() -> None:
    text = "word " * 70  # 350 characters
    assert over_span(text, Network.BLUESKY) == (300, len(text.rstrip()))
    assert over_span(text, Network.LINKEDIN) is None
    assert over_span(text, Network.BLOG) is None


@settings(max_examples=150, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.sampled_from(list(Network)),
)
def test_what_is_shown_always_fits(text: str, network: Network) -> None:
    preview = feed_preview(text, network)
    assert 0 <= preview.shown_end <= len(text)
    assert count(text[: preview.shown_end], network).over == 0
    if preview.cut is Cut.NONE:
        assert preview.shown_end == len(text)


@pytest.mark.parametrize("network", [Network.INTERNAL, Network.BLOG])
def test_no_limit_no_cut(network: Network) -> None:
    assert feed_preview("y" * 10_000, network).cut is Cut.NONE
