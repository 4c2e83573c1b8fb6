"""statistics — averages and measures of spread of numeric data.

mean, fmean, geometric_mean, harmonic_mean, median (and _low, _high,
_grouped), mode, multimode, quantiles, variance, pvariance, stdev, pstdev,
covariance, correlation, linear_regression and NormalDist (without
inv_cdf/quantiles/overlap).  Sums are exact (through Fractions) and the
result keeps the type of the data (int data with a fractional mean gives a
float, Fraction data a Fraction), as in CPython; stdev and pstdev are
correctly rounded square roots of the exact variance.
"""

import math
from collections import Counter, namedtuple
from fractions import Fraction
from bisect import bisect_left, bisect_right

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers ------------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a mix of T and S values is reported in."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count); the total is a Fraction, or a float
    when the data holds an infinity or a NaN."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
            continue
        partials[d] = partials.get(d, 0) + n
    if special is not None:
        return (T, special, count)
    total = Fraction(0)
    for d, n in partials.items():
        total += Fraction(n, d)
    return (T, total, count)


def _convert(value, T):
    """value (a Fraction or float) as type T, falling back to float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, float):
            return float(value)
        raise


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, count)
    count = 0
    T = int
    sx = {}
    sxx = {}
    special = None
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif special is not None:
        ssd = c = special
    else:
        tx = Fraction(0)
        for d, n in sx.items():
            tx += Fraction(n, d)
        txx = Fraction(0)
        for d, n in sxx.items():
            txx += Fraction(n, d * d)
        ssd = (count * txx - tx * tx) / count
        c = tx / count
    return (T, ssd, c, count)


def _sqrt_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    # Scale so the integer square root carries more than 53 significant bits,
    # then make the last bit sticky (odd when inexact): the one rounding of
    # the int-to-float division is then correct.
    shift = max(0, 116 - (n.bit_length() - m.bit_length())) // 2
    num = n << (2 * shift)
    root = math.isqrt(num // m)
    if root * root * m != num:
        root |= 1
    return root / (1 << shift) if shift < 1000 else float(Fraction(root, 1 << shift))


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# ---- averages ----------------------------------------------------------------

def mean(data):
    """The arithmetic mean, in the type of the data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean as a float (faster, no exactness)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum([x * w for x, w in zip(data, weights)])
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (reciprocal of the mean of reciprocals)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = list(_fail_neg(data, errmsg))
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The 50th percentile of continuous data grouped in classes of width interval."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo)
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """All the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if isinstance(mss, float):
        return math.sqrt(mss)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if isinstance(mss, float):
        return math.sqrt(mss)
    return _sqrt_frac(mss.numerator, mss.denominator)


def _sumprod(p, q):
    return math.fsum([x * y for x, y in zip(p, q)])


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum_mean(x, n)
    ybar = fsum_mean(y, n)
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def fsum_mean(v, n):
    return math.fsum(v) / n


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = math.fsum([(d := xi - xbar) * d for xi in x])
    syy = math.fsum([(d := yi - ybar) * d for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = math.fsum([(d := xi - xbar) * d for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution -------------------------------------------------

class NormalDist:
    """Normal distribution of a random variable (mean mu, deviation sigma)."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
