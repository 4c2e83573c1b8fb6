import statistics as st
from fractions import Fraction as F
import random
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2]), st.mean([F(1, 2), F(1, 3)]), st.mean([True, False, True]))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2, 3], weights=[1, 1, 2]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 1.25, 1.5]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]), st.stdev([F(1, 3), F(2, 3), 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.fmean, []), (st.quantiles, [1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
r = random.Random(5)
data = [r.random() * 100 for _ in range(2000)]
print(st.mean(data), st.stdev(data), st.pstdev(data), st.median(data), st.variance(data))
ints = [r.randrange(1000) for _ in range(2000)]
print(st.mean(ints), st.stdev(ints), st.variance(ints), st.pvariance(ints))
n = st.NormalDist(100, 15)
print(n, n.pdf(110), n.cdf(110), n.zscore(130), n + 5, n * 2, n.mean, n.variance)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
