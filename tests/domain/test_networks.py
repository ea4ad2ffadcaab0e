"""Counting rules per network, grapheme clusters, the LinkedIn fold and compose links."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.drafts.fold import fold_cut
from app.domain.drafts.networks import LIMITS, Count, Network, compose_url, count, fold, x_weight
from app.domain.text.graphemes import count_graphemes, graphemes
from app.domain.text.links import url_spans

FAMILY = "👨‍👩‍👧‍👦"  # four people joined by ZWJ
THUMB_TONE = "👍🏽"
FLAG_FI = "🇫🇮"
SCOTLAND = "🏴󠁧󠁢󠁳󠁣󠁴󠁿"  # a tag sequence
KEYCAP = "1️⃣"
E_ACUTE_DECOMPOSED = "e\u0301"


# --- grapheme clusters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        ("", []),
        ("abc", ["a", "b", "c"]),
        (FAMILY + "x", [FAMILY, "x"]),
        (THUMB_TONE * 2, [THUMB_TONE, THUMB_TONE]),
        ("🇫🇮🇸🇪🇫", ["🇫🇮", "🇸🇪", "🇫"]),  # regional indicators pair up from the left
        (SCOTLAND, [SCOTLAND]),
        (KEYCAP, [KEYCAP]),
        ("❤️‍🔥", ["❤️‍🔥"]),
        ("🧑🏿‍💻!", ["🧑🏿‍💻", "!"]),
        (E_ACUTE_DECOMPOSED + "a\u0308\u0304", [E_ACUTE_DECOMPOSED, "a\u0308\u0304"]),
        ("a\r\nb\n\r", ["a", "\r\n", "b", "\n", "\r"]),
        ("\u1100\u1161\u11a8각", ["\u1100\u1161\u11a8", "각"]),  # Hangul jamo and a syllable
        ("ก่ำ", ["ก่ำ"]),  # Thai: tone mark (Extend) and sara am (SpacingMark)
        ("a\u200db", ["a\u200d", "b"]),  # ZWJ joins only emoji to emoji
        ("\u0600a", ["\u0600a"]),  # a Prepend sign attaches forward
    ],
)
def test_grapheme_clusters(text: str, clusters: list[str]) -> None:
    assert graphemes(text) == clusters
    assert count_graphemes(text) == len(clusters)


@given(st.text())
def test_graphemes_cover_the_text_exactly(text: str) -> None:
    clusters = graphemes(text)
    assert "".join(clusters) == text
    assert all(clusters)


# --- counting per network ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("Read https://example.com/a/very/long/path?x=1 now", 5 + 23 + 4),
        ("see www.example.org.", 4 + 23 + 1),  # the final dot is not part of the link
        ("at example.fi/jobs", 3 + 23),  # X counts a bare domain as a link
        ("anna@firma.fi", 13),  # an e-mail address is no link
        ("Node.js e.g. v1.2", 17),
        ("日本語", 6),  # CJK counts 2
        ("äöå é", 5),  # Latin-1 letters count 1
        (E_ACUTE_DECOMPOSED, 1),  # NFC first: one letter
        ("…", 2),  # outside the light ranges
        ("— “quote” –", 11),  # dashes and curly quotes are in a light range
        ("👍", 2),
        (THUMB_TONE, 2),
        (FAMILY, 2),  # a ZWJ sequence is one emoji
        (FLAG_FI, 2),
        (KEYCAP, 2),
        ("❤️", 2),  # made emoji by VS16
        ("©", 1),  # text-style pictograph in a light range
        ("☕", 2),
        ("Hi 👋🏻 " + FLAG_FI, 3 + 2 + 1 + 2),
    ],
)
def test_x_weighted_count(text: str, expected: int) -> None:
    assert x_weight(text) == expected
    assert count(text, Network.X) == Count(expected, 280, 0)


def test_x_limit_and_over() -> None:
    assert count("a" * 280, Network.X) == Count(280, 280, 0)
    assert count("a" * 281, Network.X) == Count(281, 280, 1)
    assert count("日" * 141, Network.X).over == 2  # 141 CJK characters weigh 282
    assert count("https://example.com " * 12, Network.X).used == 12 * (23 + 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@anna@mastodon.social hi", len("@anna hi")),
        ("cc @anna", len("cc @anna")),
        ("https://example.com/" + "x" * 80, 23),
        ("example.com/path", 16),  # no scheme: Mastodon counts it in full
        ("mail anna@firma.fi", 18),  # an address is not a mention
        (FAMILY + FLAG_FI + THUMB_TONE, 3),  # grapheme clusters
        ("Hei @ville@some.fi, katso https://a.example/x " + FAMILY, 4 + 6 + 8 + 23 + 1 + 1),
    ],
)
def test_mastodon_count(text: str, expected: int) -> None:
    assert count(text, Network.MASTODON).used == expected


def test_mastodon_limit_is_an_instance_setting() -> None:
    assert count("a" * 600, Network.MASTODON) == Count(600, 500, 100)
    assert count("a" * 600, Network.MASTODON, limit=1000) == Count(600, 1000, 0)


def test_bluesky_counts_grapheme_clusters() -> None:
    text = FAMILY + FLAG_FI + THUMB_TONE + E_ACUTE_DECOMPOSED + SCOTLAND + "ok"
    assert count(text, Network.BLUESKY) == Count(7, 300, 0)
    assert count(FAMILY * 301, Network.BLUESKY) == Count(301, 300, 1)
    link = "https://example.com/" + "x" * 30
    assert count(link, Network.BLUESKY).used == len(link)  # links count in full here


@pytest.mark.parametrize("network", [Network.LINKEDIN, Network.THREADS])
def test_linkedin_and_threads_count_characters(network: Network) -> None:
    assert count("abc " + E_ACUTE_DECOMPOSED, network).used == 5
    assert count("👍", network).used == 1
    assert count("https://example.com/" + "x" * 30, network).used == 50
    limit = LIMITS[network]
    assert limit is not None
    assert count("a" * (limit + 3), network) == Count(limit + 3, limit, 3)


@pytest.mark.parametrize("network", [Network.INTERNAL, Network.BLOG])
def test_internal_and_blog_have_no_limit(network: Network) -> None:
    assert count("a" * 100_000, network) == Count(100_000, None, 0)


def test_limits_follow_the_formats_table() -> None:
    assert LIMITS == {
        Network.LINKEDIN: 3000,
        Network.X: 280,
        Network.MASTODON: 500,
        Network.BLUESKY: 300,
        Network.THREADS: 500,
        Network.INTERNAL: None,
        Network.BLOG: None,
    }


def test_url_spans_trim_sentence_punctuation_but_keep_balanced_brackets() -> None:
    text = "See (https://en.wikipedia.org/wiki/Lix_(readability)), and https://a.fi/x!"
    assert [text[a:b] for a, b in url_spans(text)] == [
        "https://en.wikipedia.org/wiki/Lix_(readability)",
        "https://a.fi/x",
    ]


@given(st.text(), st.sampled_from(list(Network)))
def test_counting_never_fails(text: str, network: Network) -> None:
    result = count(text, network)
    assert result.used >= 0
    assert result.over >= 0


# --- the LinkedIn fold -------------------------------------------------------------------------


def test_a_short_post_has_no_fold() -> None:
    result = fold("Short and sweet. Two sentences.")
    assert (result.mobile_cut, result.desktop_cut) == (None, None)
    assert result.opening_survives_mobile and result.opening_survives_desktop


def test_one_long_paragraph_folds_at_the_character_limits() -> None:
    text = "I learned one thing this week. " + "word " * 80
    result = fold(text)
    # On a phone, three word-wrapped lines of ~47 characters end a little before 140.
    assert result.mobile_cut is not None and 120 < result.mobile_cut <= 140
    assert result.desktop_cut == 210
    assert result.opening_end == len("I learned one thing this week.")
    assert result.opening_survives_mobile and result.opening_survives_desktop


def test_a_long_opening_sentence_survives_on_desktop_only() -> None:
    opening = "This is an opening sentence that goes on " + "and on " * 18 + "until it ends."
    assert 140 < len(opening) <= 210
    result = fold(opening + " More text follows here. " * 10)
    assert not result.opening_survives_mobile
    assert result.opening_survives_desktop


def test_line_breaks_use_whole_lines() -> None:
    text = "Line one\n\nLine two\n\nLine three is hidden"
    result = fold(text)
    # Three lines: "Line one", the empty line, "Line two"; the fold follows the third.
    assert result.mobile_cut == result.desktop_cut == len("Line one\n\nLine two")
    assert result.opening_survives_mobile
    assert fold("One\nTwo\nThree").mobile_cut is None  # exactly three lines: nothing hidden


def test_wrapped_lines_count_toward_the_three() -> None:
    first = "word " * 19  # 95 characters: three phone lines, two desktop lines (words wrap)
    text = first.strip() + "\nSecond paragraph.\nThird."
    result = fold(text)
    assert result.mobile_cut is not None and result.mobile_cut < len(first)
    assert result.desktop_cut == len(first.strip() + "\nSecond paragraph.")


def test_the_opening_is_the_first_line_when_it_has_no_full_stop() -> None:
    text = "\n\nHook without a full stop\nrest of the post " + "x " * 200
    result = fold(text)
    assert text[: result.opening_end].strip() == "Hook without a full stop"


@given(st.text())
def test_fold_cuts_stay_in_the_text(text: str) -> None:
    result = fold(text)
    for cut in (result.mobile_cut, result.desktop_cut):
        assert cut is None or 0 <= cut <= len(text)
    assert 0 <= result.opening_end <= len(text)


def test_fold_cut_is_none_exactly_when_everything_shows() -> None:
    from app.domain.drafts.fold import MOBILE

    assert fold_cut("a" * 140, MOBILE) is None
    assert fold_cut("a" * 141, MOBILE) == 140


# --- compose links -----------------------------------------------------------------------------

TEXT = "Hei & moi\n#tag ä?"
ENCODED = "Hei%20%26%20moi%0A%23tag%20%C3%A4%3F"


@pytest.mark.parametrize(
    ("network", "expected"),
    [
        (Network.LINKEDIN, f"https://www.linkedin.com/feed/?shareActive=true&text={ENCODED}"),
        (Network.X, f"https://x.com/intent/post?text={ENCODED}"),
        (Network.BLUESKY, f"https://bsky.app/intent/compose?text={ENCODED}"),
        (Network.THREADS, f"https://www.threads.net/intent/post?text={ENCODED}"),
        (Network.INTERNAL, None),
        (Network.BLOG, None),
    ],
)
def test_compose_links(network: Network, expected: str | None) -> None:
    assert compose_url(network, TEXT) == expected


@pytest.mark.parametrize(
    "instance",
    [
        "mastodon.social",
        "https://Mastodon.Social/",
        "https://mastodon.social/@me",
        "@me@mastodon.social",
    ],
)
def test_mastodon_compose_link_needs_an_instance(instance: str) -> None:
    assert compose_url(Network.MASTODON, TEXT, instance) == (
        f"https://mastodon.social/share?text={ENCODED}"
    )


@pytest.mark.parametrize("instance", [None, "", "not a host", "javascript:alert(1)", "x/../y"])
def test_mastodon_without_a_usable_instance_has_no_link(instance: str | None) -> None:
    assert compose_url(Network.MASTODON, TEXT, instance) is None
