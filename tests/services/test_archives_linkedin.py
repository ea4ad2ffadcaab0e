"""LinkedIn export: posts, comments, reactions, profile and network growth, field by field."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind, Channel
from app.services.archives import (
    ArchiveError,
    ImportedItem,
    ImportSource,
    ParseResult,
    ProfileFacts,
    Skip,
    Visibility,
    parse_archive,
    parse_linkedin,
)
from app.services.archives.csv_table import unwrap_quoted_lines, year_month
from tests.services.archive_factory import (
    FINNISH_POST,
    LINKEDIN_ROOT,
    Comment,
    Share,
    comments_csv,
    connections_csv,
    linkedin_files,
    shares_csv,
    write_folder,
    write_zip,
)

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # the time of the import


@pytest.fixture
def result(tmp_path: Path) -> ParseResult:
    return parse_linkedin(write_zip(tmp_path / "Basic_LinkedInDataExport.zip", linkedin_files()))


def by_id(result: ParseResult) -> dict[str, ImportedItem]:
    return {item.external_id: item for item in result.items}


def test_a_multiline_finnish_post_with_quotes(result: ParseResult) -> None:
    post = by_id(result)["urn:li:share:7169000000000000001"]
    assert post == ImportedItem(  # every field
        source=ImportSource.LINKEDIN,
        kind=ActivityKind.OWN_POST,
        external_id="urn:li:share:7169000000000000001",
        posted_at=datetime(2024, 3, 1, 7, 45, 12, tzinfo=UTC),
        text=FINNISH_POST,
        link="https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7169000000000000001",
        channel=Channel.LINKEDIN,
        language_hint=None,
        own_words=True,
        visibility=Visibility.PUBLIC,
        target="",
    )
    assert '"Kysy ensin, automatisoi sitten."' in post.text
    assert post.day.isoformat() == "2024-03-01"


def test_shares_are_told_apart(result: ParseResult) -> None:
    items = by_id(result)
    with_comment = items["urn:li:share:7171000000000000002"]
    assert with_comment.kind is ActivityKind.SHARE_WITH_COMMENT
    assert with_comment.target == "https://example.fi/blogi/hiljainen-tieto"
    assert with_comment.text == 'Hyvä kirjoitus aiheesta "hiljainen tieto". Suosittelen!'
    repost = items["urn:li:share:7180000000000000003"]
    assert repost.kind is ActivityKind.SHARE
    assert (repost.text, repost.own_words, repost.for_corpus) == ("", False, False)
    network_only = items["urn:li:share:7187000000000000004"]
    assert network_only.visibility is Visibility.LIMITED
    assert not network_only.is_public
    assert network_only.for_corpus


def test_comments_with_backslash_quotes(result: ParseResult) -> None:
    comments = [i for i in result.items if i.kind in (ActivityKind.COMMENT, ActivityKind.REPLY)]
    assert [c.text for c in comments] == [
        'Tämä on "juuri näin" – kiitos jakamisesta!',
        "Kiitos kaikille kommenteista!\nJatketaan keskustelua ensi viikolla.",
        r"Shrug ¯\_(ツ)_/¯ but a good point.",
    ]
    first, answer, _ = comments
    assert first.kind is ActivityKind.COMMENT
    assert (
        first.link
        == first.target
        == ("https://www.linkedin.com/feed/update/urn:li:activity:7169500000000000000")
    )
    assert first.external_id.startswith("comment:")
    assert first.posted_at == datetime(2024, 3, 2, 10, 15, tzinfo=UTC)
    # Under one's own post: answering one's commenters. The comment URN is its stable id.
    assert answer.kind is ActivityKind.REPLY
    assert answer.external_id == "urn:li:comment:(share:7169000000000000001,7169600000000000000)"


def test_comments_with_doubled_quotes_too(tmp_path: Path) -> None:
    doubled = 'Date,Link,Message\n2024-01-01 10:00:00,https://x/1,"Sanoin ""kyllä"", \\o/"\n'
    files = linkedin_files(replace={"Comments.csv": doubled.encode()})
    result = parse_linkedin(write_folder(tmp_path, files))
    (comment,) = [i for i in result.items if i.kind is ActivityKind.COMMENT]
    assert comment.text == 'Sanoin "kyllä", \\o/'


def test_reactions_profile_and_connections(result: ParseResult) -> None:
    (reaction,) = [i for i in result.items if i.kind is ActivityKind.REACTION]
    assert reaction.link == "https://www.linkedin.com/feed/update/urn:li:activity:1"
    assert (reaction.text, reaction.own_words) == ("", False)
    assert result.profile == ProfileFacts(
        "Data engineer | Datainsinööri", 'Rakennan "datan" putkia.\nI build data pipelines.'
    )
    assert result.connections_per_month == {"2023-01": 1, "2024-04": 1, "2024-05": 2}
    assert result.skipped == (
        Skip("bad_date", f"Basic_LinkedInDataExport.zip/{LINKEDIN_ROOT}/Connections.csv", 1),
    )


def test_no_personal_data_of_other_people_is_kept(result: ParseResult) -> None:
    kept = repr(result)
    for private in ("Person0", "Surname1", "linkedin.com/in/p2", "Firma", "Virtanen", "Katu 1"):
        assert private not in kept
    assert "1 Jan 1990" not in kept and "00100" not in kept


def test_summary_helpers(result: ParseResult) -> None:
    assert result.counts_by_kind() == {
        ActivityKind.OWN_POST: 2,
        ActivityKind.COMMENT: 2,
        ActivityKind.REPLY: 1,
        ActivityKind.REACTION: 1,
        ActivityKind.SHARE_WITH_COMMENT: 1,
        ActivityKind.SHARE: 1,
    }
    assert [d.isoformat() for d in result.date_range() or ()] == ["2024-03-01", "2024-04-20"]
    assert result.skipped_total() == 1
    assert result.languages() == {}


def test_files_are_found_anywhere_in_any_case_with_member_ids(tmp_path: Path) -> None:
    files = {
        "deep/er/SHARES_181682616.csv": shares_csv(),
        "comments.CSV": comments_csv(),
        "Shares_backup.csv": b"not, read\n",
    }
    result = parse_archive("linkedin", write_zip(tmp_path / "x.zip", files), now=NOW)
    assert len(result.items) == 7
    assert result.profile is None
    assert result.connections_per_month == {}


def test_a_repeated_export_in_one_archive_counts_once(tmp_path: Path) -> None:
    files = {**linkedin_files("old"), **linkedin_files("new")}
    result = parse_linkedin(write_zip(tmp_path / "both.zip", files))
    assert len(result.items) == 8
    assert sum(s.count for s in result.skipped if s.reason_key == "duplicate") == 8


def test_connections_dates_over_the_years() -> None:
    assert year_month("14 May 2024") == "2024-05"
    assert year_month("4-Sep-19") == "2019-09"
    assert year_month("Sept 3, 2021") == "2021-09"
    assert year_month("December 31 2020") == "2020-12"
    assert year_month("5/14/24") == "2024-05"
    assert year_month("14/05/2024") == "2024-05"
    assert year_month("2018-07-01") == "2018-07"
    assert year_month("14 Toukokuu 2024") is None
    assert year_month("") is None


def test_connections_header_is_found_after_any_preamble(tmp_path: Path) -> None:
    body = connections_csv(["01 Feb 2024"]).decode().replace("Notes:\n", "Notes:\nMore, notes\n")
    files = linkedin_files(replace={"Connections.csv": body.encode("utf-8-sig")})
    result = parse_linkedin(write_folder(tmp_path, files))
    assert result.connections_per_month == {"2024-02": 1}


def test_linkedins_line_quoting_quirk_is_undone() -> None:
    assert unwrap_quoted_lines('Eka rivi"\n""\n"Toka rivi') == "Eka rivi\n\nToka rivi"
    assert unwrap_quoted_lines('"Be brave"\n"Be kind"') == '"Be brave"\n"Be kind"'
    assert unwrap_quoted_lines('Yksi"\n"kaksi\nkolme') == 'Yksi"\n"kaksi\nkolme'


def test_media_posts_and_unreadable_rows(tmp_path: Path) -> None:
    shares = [
        Share("2024-01-01 10:00:00", "", "https://li/1", media_url="https://media/1.jpg"),
        Share("yesterday", "Ei päivää", "https://li/2"),
        Share("2024-01-03T10:00:00Z", "ISO date", "https://li/3"),
    ]
    comments = [Comment("2024-01-01 10:00:00", "https://li/9", "   ")]
    files = linkedin_files(
        replace={"Shares.csv": shares_csv(shares), "Comments.csv": comments_csv(comments)}
    )
    result = parse_linkedin(write_folder(tmp_path, files))
    items = by_id(result)
    assert items["https://li/1"].kind is ActivityKind.OWN_POST
    assert items["https://li/3"].posted_at == datetime(2024, 1, 3, 10, tzinfo=UTC)
    reasons = {(s.reason_key, s.detail.rsplit("/", 1)[1], s.count) for s in result.skipped}
    assert reasons == {
        ("bad_date", "Shares.csv", 1),
        ("empty", "Comments.csv", 1),
        ("bad_date", "Connections.csv", 1),
    }


def test_a_missing_column_names_file_and_column(tmp_path: Path) -> None:
    files = linkedin_files(
        replace={"Shares.csv": b"Date,ShareLink,Text\n2024-01-01 10:00:00,x,y\n"}
    )
    with pytest.raises(ArchiveError) as caught:
        parse_linkedin(write_zip(tmp_path / "e.zip", files))
    error = caught.value
    assert (error.problem_key, error.detail) == ("missing_column", "ShareCommentary")
    assert error.file == f"e.zip/{LINKEDIN_ROOT}/Shares.csv"
    assert str(error) == (
        f"e.zip/{LINKEDIN_ROOT}/Shares.csv: a required column is missing: ShareCommentary"
    )


def test_an_excel_saved_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    text = shares_csv().decode().replace("\n", "\r\n")
    files = linkedin_files(replace={"Shares.csv": text.encode("cp1252", errors="replace")})
    with pytest.raises(ArchiveError) as caught:
        parse_linkedin(write_zip(tmp_path / "e.zip", files))
    assert caught.value.problem_key == "encoding"
    assert caught.value.file.endswith("Shares.csv")


def test_utf16_with_a_bom_and_crlf_line_ends_are_read(tmp_path: Path) -> None:
    text = shares_csv().decode().replace("\n", "\r\n")
    files = linkedin_files(replace={"Shares.csv": text.encode("utf-16")})
    post = by_id(parse_linkedin(write_folder(tmp_path, files)))["urn:li:share:7169000000000000001"]
    assert post.text == FINNISH_POST


def test_an_archive_without_linkedin_files(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        parse_linkedin(write_zip(tmp_path / "other.zip", {"readme.txt": b"hello"}))
    assert (caught.value.problem_key, caught.value.file) == ("nothing_found", "other.zip")
    assert "Shares.csv" in str(caught.value)
