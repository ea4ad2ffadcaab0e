"""Numbers over posts for the voice profile: quartiles, stats and order-independent examples."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.domain.text.tokens import Span
from app.domain.voice.features import Features
from app.domain.voice.model import Excerpt, Stat

# A candidate example: a sort key (smaller is better; ends with text id and position, so the
# choice never depends on the order texts came in) and a way to make the excerpt.
Candidate = tuple[tuple[float, str, int], Features, Span, Span]


def quartiles(ordered: Sequence[float]) -> tuple[float, float, float]:
    """First quartile, median and third quartile of sorted values (linear interpolation)."""
    if not ordered:
        return 0.0, 0.0, 0.0
    return _at(ordered, 0.25), _at(ordered, 0.5), _at(ordered, 0.75)


def _at(ordered: Sequence[float], q: float) -> float:
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (pos - low))


def stat(values: Iterable[float], example: Excerpt | None = None) -> Stat:
    """Quartiles, mean and share above zero of ``values``."""
    ordered = sorted(values)
    low, median, high = quartiles(ordered)
    n = len(ordered)
    mean = sum(ordered) / n if n else 0.0
    share = sum(1 for v in ordered if v > 0) / n if n else 0.0
    return Stat(median, low, high, mean, share, n, example)


def excerpt(features: Features, span: Span, focus: Span | None = None) -> Excerpt:
    start, end = span
    return Excerpt(features.text_id, start, end, features.body[start:end], focus or span)


def candidate(score: float, features: Features, span: Span, focus: Span | None = None) -> Candidate:
    return (score, features.text_id, span[0]), features, span, focus or span


def best(candidates: Iterable[Candidate]) -> Excerpt | None:
    """The candidate with the smallest key, as an excerpt."""
    chosen = min(candidates, default=None, key=lambda c: c[0])
    return None if chosen is None else excerpt(chosen[1], chosen[2], chosen[3])


def per_post(
    posts: Sequence[Features],
    value: Callable[[Features], float],
    show: Callable[[Features], Span | None],
) -> Stat:
    """A stat of ``value`` over posts; the example is the post closest to the median."""
    values = [value(f) for f in posts]
    if not values:
        return stat(values)
    median = quartiles(sorted(values))[1]
    # Posts come sorted by id, so the first closest post is the same whatever the input order.
    closest = min(range(len(values)), key=lambda i: abs(values[i] - median))
    span = show(posts[closest])
    return stat(values, None if span is None else excerpt(posts[closest], span))


def first_sentence(features: Features) -> Span | None:
    return (features.sentences[0].start, features.sentences[0].end) if features.sentences else None


def whole(features: Features) -> Span | None:
    return 0, len(features.body)


def readable(words: int) -> float:
    """How well a sentence of ``words`` words suits as an example: near 12 words is best."""
    return abs(words - 12) / 12
