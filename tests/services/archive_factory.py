"""Realistic LinkedIn, X and Mastodon exports built in code, for tests, the bench and the demo.

Each builder returns the archive's files as {inner path: bytes}; `write_zip` or `write_folder`
puts them on disk. The contents follow ../shared/FORMATS.md and the quirks of real exports.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

Files = dict[str, bytes]
LINKEDIN_ROOT = "Basic_LinkedInDataExport_05-14-2024"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def write_zip(path: Path, files: Files, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def write_folder(path: Path, files: Files) -> Path:
    for name, data in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


# --- LinkedIn ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    date: str
    text: str
    link: str
    shared_url: str = ""
    media_url: str = ""
    visibility: str = "MEMBER_NETWORK"


@dataclass(frozen=True)
class Comment:
    date: str
    link: str
    message: str


FINNISH_POST = (
    'Kävin eilen "Tekoäly ja työ" -seminaarissa.\n'
    "\n"
    "Kolme ajatusta jäi mieleen:\n"
    '1. "Kysy ensin, automatisoi sitten."\n'
    "2. Pienet kokeilut voittavat isot suunnitelmat.\n"
    "3. Ihmiset ratkaisevat, eivät työkalut.\n"
    "\n"
    "Mitä mieltä olet? #tekoäly #työelämä"
)
SHARES = (
    Share(
        "2024-03-01 07:45:12",
        FINNISH_POST,
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7169000000000000001",
    ),
    Share(
        "2024-03-08 16:02:00",
        'Hyvä kirjoitus aiheesta "hiljainen tieto". Suosittelen!',
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7171000000000000002",
        shared_url="https://example.fi/blogi/hiljainen-tieto",
    ),
    Share(
        "2024-04-02 09:00:00",
        "",
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7180000000000000003",
        shared_url="https://www.linkedin.com/feed/update/urn:li:activity:7179999999999999999",
    ),
    Share(
        "2024-04-20 18:30:00",
        "Only for my network: we are hiring.",
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7187000000000000004",
        visibility="CONNECTIONS",
    ),
)
COMMENTS = (
    Comment(
        "2024-03-02 10:15:00",
        "https://www.linkedin.com/feed/update/urn:li:activity:7169500000000000000",
        'Tämä on "juuri näin" – kiitos jakamisesta!',
    ),
    Comment(
        "2024-03-03 11:00:00",
        "https://www.linkedin.com/feed/update/urn:li:share:7169000000000000001"
        "?commentUrn=urn%3Ali%3Acomment%3A%28share%3A7169000000000000001%2C7169600000000000000%29",
        "Kiitos kaikille kommenteista!\nJatketaan keskustelua ensi viikolla.",
    ),
    Comment(
        "2024-03-05 12:00:00",
        "https://www.linkedin.com/feed/update/urn:li:ugcPost:7170000000000000000",
        r"Shrug ¯\_(ツ)_/¯ but a good point.",
    ),
)
CONNECTED_ON = ("14 May 2024", "02 May 2024", "28 Apr 2024", "1 Jan 2023", "garbage")
PROFILE = ("Data engineer | Datainsinööri", 'Rakennan "datan" putkia.\nI build data pipelines.')
NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address using this setting, see Settings."\n'
    "\n"
)


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def shares_csv(shares: tuple[Share, ...] | list[Share] = SHARES) -> bytes:
    lines = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"]
    for s in shares:
        # LinkedIn always quotes the commentary and writes an empty media field as "".
        fields = (s.date, s.link, _quoted(s.text), s.shared_url, _quoted(s.media_url), s.visibility)
        lines.append(",".join(fields))
    return ("\n".join(lines) + "\n").encode()


def comments_csv(comments: tuple[Comment, ...] | list[Comment] = COMMENTS) -> bytes:
    lines = ["Date,Link,Message"]
    for c in comments:
        # Seen in real exports: quotes escaped with a backslash instead of doubled.
        escaped = c.message.replace('"', '\\"')
        lines.append(f'{c.date},{c.link},"{escaped}"')
    return ("\n".join(lines) + "\n").encode()


def connections_csv(connected_on: tuple[str, ...] | list[str] = CONNECTED_ON) -> bytes:
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    rows = "".join(
        f'Person{n},Surname{n},https://www.linkedin.com/in/p{n},,"Firma {n}, Oy",CTO,{day}\n'
        for n, day in enumerate(connected_on)
    )
    return ("\ufeff" + NOTES + header + rows).encode()


def profile_csv(headline: str = PROFILE[0], summary: str = PROFILE[1]) -> bytes:
    header = (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    )
    row = f'Aino,Virtanen,,"Katu 1, Helsinki","1 Jan 1990",{_quoted(headline)},'
    row += f'{_quoted(summary)},IT,00100,"Helsinki, Finland",,,\n'
    return (header + row).encode()


def linkedin_files(root: str = LINKEDIN_ROOT, replace: Files | None = None) -> Files:
    """A basic export in folder `root` ("" for none); `replace` swaps files by name."""
    files = {
        "Shares.csv": shares_csv(),
        "Comments.csv": comments_csv(),
        "Connections.csv": connections_csv(),
        "Profile.csv": profile_csv(),
        "Reactions.csv": b"Date,Type,Link\n2024-03-04 08:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:1\n",
        "Skills.csv": b"Name\nPython\nSQL\n",
        "messages.csv": b"CONVERSATION ID,FROM,TO,CONTENT\n1,Someone,Me,private\n",
    }
    files.update(replace or {})
    return {f"{root}/{name}" if root else name: data for name, data in files.items()}


_BULK_SPAN = timedelta(days=3652)  # ten years, as a heavy user's export holds


def _bulk_date(n: int, count: int) -> str:
    """The n-th of ``count`` records spread evenly over ten years up to 2024-06-01, so that a
    bulk export has as many different days and weeks as a real one (about 3,650 and 520)."""
    moment = datetime(2014, 6, 1) + _BULK_SPAN * n / max(count, 1) + timedelta(minutes=n % 600)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


# A post made after the standard export: a newer export of the same account holds it too.
NEWER_SHARE = Share(
    "2024-05-01 10:00:00",
    "Uusi julkaisu tekoälystä ja työstä, ja siitä mitä opin tänään tiimiltäni.",
    "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7190000000000000009",
)


def linkedin_newer_files() -> Files:
    """The standard export taken a little later: everything in it plus ``NEWER_SHARE``."""
    return linkedin_files(replace={"Shares.csv": shares_csv([*SHARES, NEWER_SHARE])})


def linkedin_bulk(posts: int, comments: int) -> Files:
    """A heavy user's export, for the bench: `posts` shares and `comments` comments."""
    text = FINNISH_POST + "\n" + "Lisää ajatuksia aiheesta. " * 20
    shares = [
        Share(
            _bulk_date(n, posts),
            f"{text} ({n})",
            f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{7000000000000000000 + n}",
        )
        for n in range(posts)
    ]
    notes = [
        Comment(
            _bulk_date(n, comments),
            f"https://www.linkedin.com/feed/update/urn:li:activity:{6000000000000000000 + n}",
            f'Hyvä pointti "tästä" ({n}). Kiitos!',
        )
        for n in range(comments)
    ]
    return linkedin_files(
        replace={"Shares.csv": shares_csv(shares), "Comments.csv": comments_csv(notes)}
    )


# --- X ----------------------------------------------------------------------------------------


def created_at(moment: datetime) -> str:
    """X's date form, written without the locale (strftime's %a/%b would follow it)."""
    day, month = _DAYS[moment.weekday()], _MONTHS[moment.month - 1]
    return f"{day} {month} {moment.day:02d} {moment:%H:%M:%S} +0000 {moment.year}"


def tweet(
    tweet_id: int,
    text: str,
    when: datetime,
    *,
    lang: str = "fi",
    urls: tuple[tuple[str, str], ...] = (),
    reply_to: tuple[str, str, str] | None = None,  # status id, user id, screen name
) -> dict[str, object]:
    body: dict[str, object] = {
        "edit_info": {"initial": {"editTweetIds": [str(tweet_id)], "editableUntil": "x"}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [],
            "symbols": [],
            "user_mentions": [],
            "urls": [
                {"url": short, "expanded_url": full, "display_url": full[8:30], "indices": []}
                for short, full in urls
            ],
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "3",
        "id_str": str(tweet_id),
        "truncated": False,
        "retweet_count": "1",
        "id": str(tweet_id),
        "created_at": created_at(when),
        "favorited": False,
        "full_text": text,
        "lang": lang,
    }
    if reply_to is not None:
        body["in_reply_to_status_id_str"] = reply_to[0]
        body["in_reply_to_status_id"] = reply_to[0]
        body["in_reply_to_user_id_str"] = reply_to[1]
        body["in_reply_to_screen_name"] = reply_to[2]
    return {"tweet": body}


ACCOUNT_ID = "1234567890"
USERNAME = "ainovirtanen"


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 12, day, hour, 20, 30, tzinfo=UTC)


def x_tweets() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Two parts, as large archives split them: tweets.js and tweets-part1.js."""
    part0 = [
        tweet(
            1001,
            "Uusi blogikirjoitus: datan laatu &amp; luottamus. https://t.co/AbC123",
            _at(6, 18),
            urls=(("https://t.co/AbC123", "https://example.fi/blogi/datan-laatu"),),
        ),
        tweet(1002, "RT @toinen: Tärkeä ketju &gt; lukekaa", _at(7)),
        tweet(
            1003,
            "@toinen @kolmas Samaa mieltä, kiitos!",
            _at(8),
            reply_to=("999", "555", "toinen"),
        ),
    ]
    part1 = [
        tweet(
            1004,
            "2/ Ja vielä yksi ajatus ketjuun.",
            _at(9),
            reply_to=("1001", ACCOUNT_ID, USERNAME),
        ),
        tweet(
            1005,
            "Worth reading: https://t.co/QqQ",
            _at(10),
            lang="en",
            urls=(("https://t.co/QqQ", "https://twitter.com/someone/status/42"),),
        ),
        tweet(1006, "😀", _at(11), lang="und"),
    ]
    return part0, part1


def js(name: str, part: int, data: object) -> bytes:
    return (
        f"window.YTD.{name}.part{part} = {json.dumps(data, indent=2, ensure_ascii=False)}".encode()
    )


def x_files() -> Files:
    part0, part1 = x_tweets()
    account = [
        {"account": {"email": "aino@example.fi", "accountId": ACCOUNT_ID, "username": USERNAME}}
    ]
    return {
        "Your archive.html": b"<html>...</html>",
        "data/account.js": js("account", 0, account),
        "data/tweets.js": js("tweets", 0, part0),
        "data/tweets-part1.js": js("tweets", 1, part1),
        "data/like.js": js("like", 0, [{"like": {"tweetId": "1", "fullText": "x"}}]),
        "data/tweets_media/1001-a.jpg": b"\xff\xd8\xff",
    }


# --- Mastodon ---------------------------------------------------------------------------------

ACTOR = "https://mastodon.example/users/aino"
FOLLOWERS = f"{ACTOR}/followers"
MASTODON_HTML = (
    '<p>Hei <span class="h-card" translate="no"><a href="https://other.example/@bob" '
    'class="u-url mention">@<span>bob</span></a></span>! Katso '
    '<a href="https://example.fi/hyvin/pitka/osoite" target="_blank" rel="nofollow noopener">'
    '<span class="invisible">https://</span><span class="ellipsis">example.fi/hyvin/pitka</span>'
    '<span class="invisible">/osoite</span></a></p><p>Toinen kappale &amp; rivi<br />ja uusi '
    'rivi. <a href="https://mastodon.example/tags/data" class="mention hashtag" rel="tag">'
    "#<span>data</span></a></p>"
)


@dataclass
class Outbox:
    items: list[dict[str, object]] = field(default_factory=list)

    def note(
        self,
        number: int,
        html: str,
        *,
        to: list[str] | None = None,
        cc: list[str] | None = None,
        reply_to: str | None = None,
        lang: str = "fi",
        kind: str = "Note",
    ) -> Outbox:
        status = f"{ACTOR}/statuses/{number}"
        published = f"2025-11-{number % 28 + 1:02d}T08:30:00Z"
        self.items.append(
            {
                "id": f"{status}/activity",
                "type": "Create",
                "actor": ACTOR,
                "published": published,
                "to": [PUBLIC] if to is None else to,
                "cc": [FOLLOWERS] if cc is None else cc,
                "object": {
                    "id": status,
                    "type": kind,
                    "summary": None,
                    "inReplyTo": reply_to,
                    "published": published,
                    "url": f"https://mastodon.example/@aino/{number}",
                    "attributedTo": ACTOR,
                    "to": [PUBLIC] if to is None else to,
                    "cc": [FOLLOWERS] if cc is None else cc,
                    "sensitive": False,
                    "content": html,
                    "contentMap": {lang: html},
                    "attachment": [],
                    "tag": [],
                },
            }
        )
        return self

    def boost(self, number: int, url: str) -> Outbox:
        self.items.append(
            {
                "id": f"{ACTOR}/statuses/{number}/activity",
                "type": "Announce",
                "actor": ACTOR,
                "published": f"2025-11-{number % 28 + 1:02d}T09:00:00Z",
                "to": [PUBLIC],
                "cc": [FOLLOWERS, "https://other.example/users/bob"],
                "object": url,
            }
        )
        return self

    def json(self) -> bytes:
        return json.dumps(
            {
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": "outbox.json",
                "type": "OrderedCollection",
                "totalItems": len(self.items),
                "orderedItems": self.items,
            },
            ensure_ascii=False,
        ).encode()


def mastodon_outbox() -> Outbox:
    return (
        Outbox()
        .note(101, MASTODON_HTML)
        .note(102, "<p>Vastaus sinulle</p>", reply_to="https://other.example/users/bob/statuses/9")
        .note(103, "<p>Ketjun jatko</p>", reply_to=f"{ACTOR}/statuses/101")
        .note(104, "<p>Unlisted in English</p>", to=[FOLLOWERS], cc=[PUBLIC], lang="en")
        .note(105, "<p>Vain seuraajille</p>", to=[FOLLOWERS], cc=[])
        .note(106, "<p>Salainen viesti</p>", to=["https://other.example/users/bob"], cc=[])
        .note(107, "<p>Mikä on paras?</p>", kind="Question")
        .boost(108, "https://other.example/users/bob/statuses/77")
    )


def mastodon_files(outbox: Outbox | None = None) -> Files:
    actor = {"id": ACTOR, "type": "Person", "preferredUsername": "aino", "outbox": "outbox.json"}
    return {
        "actor.json": json.dumps(actor).encode(),
        "outbox.json": (outbox or mastodon_outbox()).json(),
        "likes.json": b'{"type": "OrderedCollection", "orderedItems": []}',
        "media_attachments/files/1/original/a.png": b"\x89PNG",
    }
