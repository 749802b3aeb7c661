"""The arithmetic of evidence of learning: per-learner gain and the group figures built from it.

A learner with a score on both the pre-check and the post-check (0–100 each) has a *difference*
(post − pre, in points) and, unless they scored 100 before, a *normalised gain*
((post − pre) / (100 − pre): the share of what they could still learn that they did learn).
A group (a cohort, a city, a country, a course, one cell of a disaggregation table) is summarised
by the mean, the median, the number of learners with both checks and a 95 % t-interval around
the mean. No figure is ever computed from fewer than ``MIN_GROUP`` learners: such a group gets a
``Suppressed`` marker with no numbers, so that no learner's score can be read off a small group.

Pure functions on plain numbers: no Django models, no database. scipy and numpy are not installed,
so the t quantile comes from a table (df 1–30, three decimals) and a Cornish–Fisher expansion above
30 degrees of freedom, which agrees with the table at df 30 to within 0.001.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean
from statistics import median as _median

__all__ = [
    "CONFIDENCE_LEVEL",
    "MIN_GROUP",
    "SUPPRESSED",
    "SUPPRESSED_STATS",
    "GroupStats",
    "GroupSummary",
    "Interval",
    "LearnerGain",
    "Suppressed",
    "is_suppressed",
    "learner_gain",
    "mean_interval",
    "summarise",
    "summarise_gains",
    "summarise_learner_gains",
    "t_quantile_975",
]

#: The smallest group from which any figure is published.
MIN_GROUP = 5

#: The two-sided confidence level of the interval around a mean.
CONFIDENCE_LEVEL = 0.95

# Two-sided 95 % quantiles of Student's t (the 0.975 quantile), df 1..30, to three decimals
# (the values of every printed table; checked against scipy.stats.t.ppf(0.975, df)).
_T_975 = {
    1: 12.706,
    2: 4.303,
    3: 3.182,
    4: 2.776,
    5: 2.571,
    6: 2.447,
    7: 2.365,
    8: 2.306,
    9: 2.262,
    10: 2.228,
    11: 2.201,
    12: 2.179,
    13: 2.160,
    14: 2.145,
    15: 2.131,
    16: 2.120,
    17: 2.110,
    18: 2.101,
    19: 2.093,
    20: 2.086,
    21: 2.080,
    22: 2.074,
    23: 2.069,
    24: 2.064,
    25: 2.060,
    26: 2.056,
    27: 2.052,
    28: 2.048,
    29: 2.045,
    30: 2.042,
}

# The 0.975 quantile of the standard normal distribution.
_Z_975 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Suppressed:
    """In place of a figure computed from fewer than MIN_GROUP learners (or hidden to protect such a figure).

    ``reason`` is "small" for a group below the threshold (primary suppression) and "complementary"
    for a figure hidden only so that a small one cannot be recovered by subtraction.
    """

    reason: str = "small"

    def __bool__(self) -> bool:  # a suppressed figure never passes for a present one in `if value:`
        return False

    def __str__(self) -> str:
        return "–"


#: The marker for a group too small to publish.
SUPPRESSED = Suppressed("small")


def is_suppressed(value: object) -> bool:
    return isinstance(value, Suppressed)


@dataclass(frozen=True, slots=True)
class LearnerGain:
    """One learner's pre and post scores and what follows from them.

    ``normalised`` is None when the learner scored 100 on the pre-check: there was nothing left to
    gain, and (post − pre) / 0 is undefined. Such learners count in the difference but not in the
    normalised gain; the group summary counts them separately (``at_ceiling``).
    """

    pre: float
    post: float
    difference: float
    normalised: float | None

    @property
    def at_ceiling(self) -> bool:
        return self.normalised is None


def learner_gain(pre: float, post: float) -> LearnerGain:
    """The difference (post − pre, in points) and the normalised gain of one learner.

    The normalised gain of a learner who scored 100 before is undefined (None). It can be negative
    (a learner who did worse after) and is at most 1 (a perfect post-check).
    """
    for name, value in (("pre", pre), ("post", post)):
        if not 0 <= value <= 100:
            raise ValueError(f"{name} score {value} is not between 0 and 100")
    difference = post - pre
    normalised = None if pre >= 100 else difference / (100 - pre)
    return LearnerGain(pre=pre, post=post, difference=difference, normalised=normalised)


def t_quantile_975(df: int) -> float:
    """The 0.975 quantile of Student's t with ``df`` degrees of freedom (the multiplier of a 95 % interval).

    df 1–30 from the table; above, the Cornish–Fisher expansion of t around the normal quantile
    (Abramowitz & Stegun 26.7.5), accurate to better than 1e-4 from df 30 on.
    """
    if df < 1:
        raise ValueError("a t interval needs at least one degree of freedom")
    if df in _T_975:
        return _T_975[df]
    z = _Z_975
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


@dataclass(frozen=True, slots=True)
class Interval:
    """A 95 % t-interval around a mean: mean ± t(0.975, n − 1) · s / √n."""

    low: float
    high: float

    @property
    def half_width(self) -> float:
        return (self.high - self.low) / 2


def mean_interval(values: Sequence[float]) -> Interval | Suppressed:
    """The 95 % t-interval of the mean of ``values``, or SUPPRESSED below MIN_GROUP values."""
    if len(values) < MIN_GROUP:
        return SUPPRESSED
    return _t_interval(values)


def _t_interval(values: Sequence[float], mean: float | None = None) -> Interval:
    n = len(values)
    mean = fmean(values) if mean is None else mean
    # Sample standard deviation (n − 1 in the denominator); sumprod runs in C (ten thousand learners).
    deviations = [v - mean for v in values]
    sd = math.sqrt(math.sumprod(deviations, deviations) / (n - 1))
    half = t_quantile_975(n - 1) * sd / math.sqrt(n)
    return Interval(low=mean - half, high=mean + half)


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """Mean, median and 95 % interval of one measure over a group of at least MIN_GROUP learners."""

    n: int
    mean: float
    median: float
    interval: Interval


def summarise(values: Iterable[float]) -> GroupSummary | Suppressed:
    """Mean, median, n and interval of ``values``; SUPPRESSED when there are fewer than MIN_GROUP."""
    values = list(values)
    if len(values) < MIN_GROUP:
        return SUPPRESSED
    mean = fmean(values)
    return GroupSummary(n=len(values), mean=mean, median=float(_median(values)), interval=_t_interval(values, mean))


@dataclass(frozen=True, slots=True)
class GroupStats:
    """The gain of a group of learners with both checks.

    ``n`` is the number of learners with both checks (published only from MIN_GROUP on: below it,
    ``n`` itself is a Suppressed marker too, because "3 learners, all gained" already says a lot).
    ``difference`` summarises post − pre over all of them; ``normalised`` over those below 100 on
    the pre-check (``at_ceiling`` counts the others), so it may be suppressed when ``difference``
    is not.
    """

    n: int | Suppressed
    difference: GroupSummary | Suppressed
    normalised: GroupSummary | Suppressed
    at_ceiling: int | Suppressed
    pre: GroupSummary | Suppressed
    post: GroupSummary | Suppressed

    @property
    def suppressed(self) -> bool:
        return is_suppressed(self.n)


#: The statistics of a group too small to publish: nothing but markers.
SUPPRESSED_STATS = GroupStats(
    n=SUPPRESSED,
    difference=SUPPRESSED,
    normalised=SUPPRESSED,
    at_ceiling=SUPPRESSED,
    pre=SUPPRESSED,
    post=SUPPRESSED,
)


def summarise_gains(pairs: Iterable[tuple[float, float]]) -> GroupStats:
    """The gain statistics of a group, from each learner's (pre, post) scores.

    Only learners with both checks belong in ``pairs``. Fewer than MIN_GROUP of them: every figure
    (including n) is suppressed.
    """
    return summarise_learner_gains([learner_gain(pre, post) for pre, post in pairs])


def summarise_learner_gains(gains: Sequence[LearnerGain]) -> GroupStats:
    """``summarise_gains`` from gains already computed: a report computes each learner's gain once and
    summarises it in every group the learner is in (their cohort, city, course, each table's cells)."""
    if len(gains) < MIN_GROUP:
        return SUPPRESSED_STATS
    normalised = [g.normalised for g in gains if g.normalised is not None]
    return GroupStats(
        n=len(gains),
        difference=summarise(g.difference for g in gains),
        normalised=summarise(normalised),
        at_ceiling=len(gains) - len(normalised),
        pre=summarise(g.pre for g in gains),
        post=summarise(g.post for g in gains),
    )
