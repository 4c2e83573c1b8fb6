import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(f.__name__, [type(x).__name__ if type(x).__name__ == 'C' else x for x in a], k, '->', repr(r))
for v in [0, 1, -1, 0.5, 2, 10, 1e-300, 1e300, -2.5, float('inf'), float('nan'), 10**400, True]:
    for fn in [math.sqrt, math.exp, math.log, math.log2, math.log10, math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh, math.fabs, math.floor, math.ceil, math.trunc, math.degrees, math.radians, math.isfinite, math.isinf, math.isnan, math.erf, math.erfc, math.expm1, math.log1p, math.frexp, math.modf, math.ulp, math.cbrt, math.exp2]:
        t(fn, v)
t(math.log, 100, 10); t(math.log, 8, 2); t(math.log, 2**1000, 2); t(math.log, 1, 1); t(math.log, 0, 2)
t(math.pow, 2, 10); t(math.pow, 2, -1); t(math.pow, 0, 0); t(math.pow, 0, -1); t(math.pow, -2, 0.5); t(math.pow, 10, 400); t(math.pow, float('inf'), 2); t(math.pow, -1, float('inf')); t(math.pow, float('nan'), 0)
t(math.atan2, 1, 1); t(math.atan2, -0.0, -1); t(math.atan2, 0, 0); t(math.hypot, 3, 4); t(math.hypot); t(math.hypot, 1e200, 1e200); t(math.hypot, 1, 2, 3, 4, 5); t(math.hypot, float('inf'), float('nan')); t(math.hypot, -5)
t(math.copysign, 1, -0.0); t(math.fmod, 7, -3); t(math.fmod, -7, 3); t(math.fmod, 1, 0); t(math.fmod, float('inf'), 1); t(math.fmod, 5, float('inf')); t(math.remainder, 7, 2); t(math.nextafter, 1, 0)
t(math.ldexp, 1.5, 3); t(math.ldexp, 1, 2000); t(math.ldexp, 1, -2000); t(math.ldexp, 1, 10**30); t(math.ldexp, 1, 2.0)
t(math.factorial, 0); t(math.factorial, 20); t(math.factorial, 30); t(math.factorial, -1); t(math.factorial, 2.0); t(math.factorial, True)
t(math.gcd); t(math.gcd, 12, 18); t(math.gcd, -12, 18, 30); t(math.gcd, 2**100, 6**50); t(math.gcd, 0, 0); t(math.lcm, 4, 6); t(math.lcm); t(math.lcm, 0, 5); t(math.lcm, -4, 6)
t(math.comb, 10, 3); t(math.comb, 3, 10); t(math.comb, 100, 50); t(math.comb, -1, 2); t(math.comb, 5, -1); t(math.perm, 5); t(math.perm, 5, 2); t(math.perm, 5, 6); t(math.perm, 5, None); t(math.comb, 5.0, 2)
t(math.isqrt, 0); t(math.isqrt, 99); t(math.isqrt, 10**50); t(math.isqrt, -1); t(math.isqrt, 2.0)
t(math.isclose, 1, 1 + 1e-10); t(math.isclose, 1, 1.1); t(math.isclose, 1, 1.1, rel_tol=0.2); t(math.isclose, 0, 1e-10, abs_tol=1e-9); t(math.isclose, 1, 2, rel_tol=-1); t(math.isclose, float('inf'), float('inf')); t(math.isclose, 1, 2, 3)
t(math.fsum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100]); t(math.fsum, []); t(math.fsum, [float('inf'), 1]); t(math.fsum, [float('inf'), -float('inf')]); t(math.fsum, [1e308, 1e308]); t(math.fsum, range(10)); t(math.fsum, [float('nan')])
t(math.prod, [1, 2, 3, 4]); t(math.prod, []); t(math.prod, [1.5, 2]); t(math.prod, [2, 3], start=10); t(math.prod, ['a', 3]); t(math.prod, [3, 'a'])
t(math.dist, (0, 0), (3, 4)); t(math.dist, [1], [1, 2]); t(math.dist, (1, 2, 3), (4, 5, 6))
t(math.floor, 2**100); t(math.floor, -1e300); t(math.ceil, 1e20); t(math.floor, 'a'); t(math.trunc, 'a'); t(math.sqrt, 'x'); t(math.sqrt, 1, 2); t(math.sqrt); t(math.atan2, 1); t(math.log); t(math.sqrt, x=4)
t(math.gamma, 5); t(math.gamma, 0); t(math.gamma, -1); t(math.gamma, 200); t(math.lgamma, 0); t(math.lgamma, -1)
class C:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
t(math.floor, C()); t(math.ceil, C()); t(math.trunc, C()); t(math.sqrt, C())
print(math.sqrt(2), math.exp(1), math.log(10), math.sin(1), math.cos(1), math.tan(1), math.atan(1) * 4, math.degrees(math.pi), math.radians(180))
