"""Per-learner gain, group summaries and the 95 % t-interval, on data whose answers are worked out by hand."""

import math

import pytest

from courses.evidence.statistics import (
    MIN_GROUP,
    SUPPRESSED,
    GroupSummary,
    Interval,
    Suppressed,
    is_suppressed,
    learner_gain,
    mean_interval,
    summarise,
    summarise_gains,
    t_quantile_975,
)

# Five learners' (pre, post) scores.
FIVE = [(20, 50), (40, 60), (50, 70), (60, 60), (80, 90)]


def test_learner_gain_difference_and_normalised():
    """40 → 70: difference 30 points; normalised 30 / (100 − 40) = 0.5."""
    gain = learner_gain(40, 70)
    assert gain.difference == 30
    assert gain.normalised == pytest.approx(0.5)
    assert not gain.at_ceiling


def test_learner_gain_can_be_negative():
    """60 → 45: difference −15; normalised −15 / 40 = −0.375."""
    gain = learner_gain(60, 45)
    assert gain.difference == -15
    assert gain.normalised == pytest.approx(-0.375)


def test_learner_gain_at_ceiling_has_no_normalised_gain():
    """Pre = 100 leaves nothing to gain: (post − pre) / 0 is undefined, so normalised is None."""
    gain = learner_gain(100, 90)
    assert gain.difference == -10
    assert gain.normalised is None
    assert gain.at_ceiling


@pytest.mark.parametrize("pre, post", [(-1, 50), (50, 101)])
def test_learner_gain_rejects_scores_outside_0_100(pre, post):
    with pytest.raises(ValueError):
        learner_gain(pre, post)


def test_t_quantile_from_the_table_and_above_it():
    """Table values for small df; above 30 the expansion meets the exact quantiles (scipy's t.ppf(0.975, df))."""
    assert t_quantile_975(4) == 2.776
    assert t_quantile_975(30) == 2.042
    assert t_quantile_975(31) == pytest.approx(2.039513, abs=1e-4)
    assert t_quantile_975(40) == pytest.approx(2.021075, abs=1e-4)
    assert t_quantile_975(120) == pytest.approx(1.979930, abs=1e-4)
    assert t_quantile_975(100_000) == pytest.approx(1.959964, abs=1e-4)
    # It decreases with df, towards the normal quantile.
    values = [t_quantile_975(df) for df in range(1, 200)]
    assert values == sorted(values, reverse=True)


def test_group_gain_on_known_data():
    """Five learners, worked out by hand.

    Differences: 30, 20, 20, 0, 10 → mean 80 / 5 = 16, median 20.
    Deviations from 16: 14, 4, 4, −16, −6; squares 196 + 16 + 16 + 256 + 36 = 520;
    sample variance 520 / 4 = 130; standard error √(130 / 5) = √26 = 5.0990.
    t(0.975, df 4) = 2.776, so the half-width is 2.776 × 5.0990 = 14.155 and the interval
    16 ± 14.155 = [1.845, 30.155].
    Normalised gains: 30/80 = 0.375, 20/60 = 0.3333, 20/50 = 0.4, 0/40 = 0, 10/20 = 0.5 →
    mean 1.60833 / 5 = 0.32167, median 0.375.
    """
    stats = summarise_gains(FIVE)
    assert stats.n == 5
    assert stats.at_ceiling == 0
    assert isinstance(stats.difference, GroupSummary)
    assert stats.difference.mean == pytest.approx(16)
    assert stats.difference.median == pytest.approx(20)
    assert stats.difference.interval.low == pytest.approx(16 - 2.776 * math.sqrt(26))
    assert stats.difference.interval.high == pytest.approx(16 + 2.776 * math.sqrt(26))
    assert stats.difference.interval.low == pytest.approx(1.845, abs=1e-3)
    assert stats.difference.interval.high == pytest.approx(30.155, abs=1e-3)
    assert stats.normalised.n == 5
    assert stats.normalised.mean == pytest.approx((0.375 + 1 / 3 + 0.4 + 0 + 0.5) / 5)
    assert stats.normalised.median == pytest.approx(0.375)
    assert stats.pre.mean == pytest.approx(50)
    assert stats.post.mean == pytest.approx(66)


def test_learner_at_ceiling_counts_in_difference_not_in_normalised_gain():
    """A sixth learner 100 → 90: n 6, difference mean (80 − 10) / 6 = 11.667; normalised still over the five."""
    stats = summarise_gains([*FIVE, (100, 90)])
    assert stats.n == 6
    assert stats.at_ceiling == 1
    assert stats.difference.n == 6
    assert stats.difference.mean == pytest.approx(70 / 6)
    assert stats.normalised.n == 5
    assert stats.normalised.mean == pytest.approx((0.375 + 1 / 3 + 0.4 + 0 + 0.5) / 5)


def test_normalised_gain_suppressed_when_too_few_below_the_ceiling():
    """Five learners with both checks but two at 100 before: the difference is published, the normalised gain not."""
    stats = summarise_gains([(20, 50), (40, 60), (50, 70), (100, 100), (100, 90)])
    assert stats.n == 5
    assert isinstance(stats.difference, GroupSummary)
    assert is_suppressed(stats.normalised)
    assert stats.at_ceiling == 2


@pytest.mark.parametrize("size", range(0, MIN_GROUP))
def test_no_figure_from_fewer_than_five_learners(size):
    """Below five learners, every figure is a Suppressed marker, n included."""
    stats = summarise_gains(FIVE[:size])
    assert stats.suppressed
    for value in (stats.n, stats.difference, stats.normalised, stats.at_ceiling, stats.pre, stats.post):
        assert isinstance(value, Suppressed)
    assert is_suppressed(summarise([1.0] * size))
    assert is_suppressed(mean_interval([1.0] * size))


def test_five_learners_are_enough():
    assert not summarise_gains(FIVE).suppressed
    assert isinstance(mean_interval([1, 2, 3, 4, 5]), Interval)


def test_identical_values_give_a_zero_width_interval():
    interval = mean_interval([10.0] * 7)
    assert interval.low == interval.high == 10.0


def test_a_suppressed_marker_is_never_a_number():
    assert not SUPPRESSED
    assert str(SUPPRESSED) == "–"
    with pytest.raises(TypeError):
        SUPPRESSED + 1
