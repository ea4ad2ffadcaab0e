"""The Progress page's words: range names, series names and insights as sentences.

Every text is a literal in ``QCoreApplication.translate("ProgressWords", ...)`` so that
pyside6-lupdate finds it; numbers go through app/ui/kit/numbers.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.progress import Insight, InsightKind, Range, Series
from app.ui.kit.numbers import decimal_text, integer_text


def range_name(chosen: Range) -> str:
    names = {
        Range.FOUR_WEEKS: QCoreApplication.translate("ProgressWords", "Last 4 weeks"),
        Range.QUARTER: QCoreApplication.translate("ProgressWords", "Last quarter"),
        Range.YEAR: QCoreApplication.translate("ProgressWords", "Last year"),
        Range.ALL: QCoreApplication.translate("ProgressWords", "All time"),
    }
    return names[chosen]


def series_name(series: Series) -> str:
    names = {
        Series.OWN_POSTS: QCoreApplication.translate("ProgressWords", "Own posts"),
        Series.COMMENTS: QCoreApplication.translate("ProgressWords", "Comments"),
        Series.REPLIES: QCoreApplication.translate("ProgressWords", "Replies"),
        Series.SHARES: QCoreApplication.translate("ProgressWords", "Shares"),
        Series.REACTIONS: QCoreApplication.translate("ProgressWords", "Reactions"),
    }
    return names[series]


def weekday_name(key: str) -> str:
    names = {
        "monday": QCoreApplication.translate("ProgressWords", "Monday"),
        "tuesday": QCoreApplication.translate("ProgressWords", "Tuesday"),
        "wednesday": QCoreApplication.translate("ProgressWords", "Wednesday"),
        "thursday": QCoreApplication.translate("ProgressWords", "Thursday"),
        "friday": QCoreApplication.translate("ProgressWords", "Friday"),
        "saturday": QCoreApplication.translate("ProgressWords", "Saturday"),
        "sunday": QCoreApplication.translate("ProgressWords", "Sunday"),
    }
    return names.get(key, key)


def language_posts(code: str) -> str:
    """Posts in a language, as the word before "posts" (Finnish, suomenkieliset, finskspråkiga)."""
    names = {
        "fi": QCoreApplication.translate("ProgressWords", "Finnish", "posts in this language"),
        "sv": QCoreApplication.translate("ProgressWords", "Swedish", "posts in this language"),
        "en": QCoreApplication.translate("ProgressWords", "English", "posts in this language"),
    }
    return names.get(code, code)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_name(kind: InsightKind, key: str) -> str:
    """A group of posts compared by an insight, as words that follow "posts": a length band,
    an opener kind, or a topic (the person's own word, shown as it is)."""
    names = {
        "short": QCoreApplication.translate("ProgressWords", "short posts"),
        "medium": QCoreApplication.translate("ProgressWords", "medium-length posts"),
        "long": QCoreApplication.translate("ProgressWords", "long posts"),
        "question": QCoreApplication.translate("ProgressWords", "posts that open with a question"),
        "exclamation": QCoreApplication.translate(
            "ProgressWords", "posts that open with an exclamation"
        ),
        "number": QCoreApplication.translate("ProgressWords", "posts that open with a number"),
        "statement": QCoreApplication.translate(
            "ProgressWords", "posts that open with a statement"
        ),
    }
    if kind is InsightKind.TOPIC_COMMENTS or key not in names:
        return QCoreApplication.translate("ProgressWords", "posts about “{topic}”").format(
            topic=key
        )
    return names[key]


def _times(value: float) -> str:
    return decimal_text(value, 1)


def insight_text(insight: Insight) -> str:
    """One insight as a sentence with its evidence (in some languages the group or the
    language comes first: the sentence starts with a capital all the same)."""
    return _sentence(_insight_text(insight))


def _insight_text(insight: Insight) -> str:
    kind = insight.kind
    if kind is InsightKind.QUESTION_ENDING_COMMENTS:
        return QCoreApplication.translate(
            "ProgressWords",
            "Posts that end with a question got {times}× the comments of your other posts "
            "({value} against {versus} per post, {n} and {versus_n} posts).",
        ).format(
            times=_times(insight.ratio),
            value=decimal_text(insight.value, 1),
            versus=decimal_text(insight.versus_value, 1),
            n=integer_text(insight.n),
            versus_n=integer_text(insight.versus_n),
        )
    if kind in (
        InsightKind.TOPIC_COMMENTS,
        InsightKind.LENGTH_COMMENTS,
        InsightKind.OPENER_COMMENTS,
    ):
        return QCoreApplication.translate(
            "ProgressWords",
            "Your {group} got {times}× the comments of your other posts "
            "({value} against {versus} per post, {n} and {versus_n} posts).",
        ).format(
            group=group_name(kind, insight.subject),
            times=_times(insight.ratio),
            value=decimal_text(insight.value, 1),
            versus=decimal_text(insight.versus_value, 1),
            n=integer_text(insight.n),
            versus_n=integer_text(insight.versus_n),
        )
    if kind is InsightKind.COMMENT_WEEKDAY:
        return QCoreApplication.translate(
            "ProgressWords",
            "Your busiest day for comments is {day}: {n} of your {total} comments.",
        ).format(
            day=weekday_name(insight.subject),
            n=integer_text(insight.n),
            total=integer_text(insight.total),
        )
    if kind is InsightKind.LANGUAGE_LENGTH:
        return _sentence(
            QCoreApplication.translate(
                "ProgressWords",
                "Your {language} posts are longer than your {other} ones: {value} against "
                "{versus} characters on average.",
            ).format(
                language=language_posts(insight.subject),
                other=language_posts(insight.versus),
                value=integer_text(round(insight.value)),
                versus=integer_text(round(insight.versus_value)),
            )
        )
    return QCoreApplication.translate(
        "ProgressWords",
        "Your conversation grew: {value} comments and replies per own post lately, against "
        "{versus} earlier in this range.",
    ).format(value=decimal_text(insight.value, 1), versus=decimal_text(insight.versus_value, 1))


def no_insights_text() -> str:
    return QCoreApplication.translate(
        "ProgressWords",
        "Insights appear here once there is enough data: a few weeks of activity and posts "
        "with their comments entered.",
    )
