"""fractions — Fraction, exact rational numbers.

A Fraction is always normalised (gcd 1, positive denominator).  It mixes
with int (exact), float (the result is a float) and other Fractions, hashes
equal to the int or float of the same value, and parses strings like
'3/4', '-1.25e2' or ' 7 '.  Fraction is registered as a numbers.Rational
instead of inheriting from it, so creating one does not go through the ABC
machinery (type(Fraction) is type, not ABCMeta as in CPython).
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus if hasattr(sys, 'hash_info') else (1 << 61) - 1
_PyHASH_INF = sys.hash_info.inf if hasattr(sys, 'hash_info') else 314159

_DIGITS = frozenset("0123456789")


def _parse(s):
    """(numerator, denominator) for a Fraction literal, or None if invalid."""
    s = s.strip()
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        num = num.rstrip()
        den = den.lstrip()
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    mant, exp = s, 0
    for e in ("e", "E"):
        if e in mant:
            mant, _, es = mant.partition(e)
            es_body = es[1:] if es[:1] in ("+", "-") else es
            if not _is_digits(es_body):
                return None
            exp = int(es)
            break
    intpart, dot, frac = mant.partition(".")
    if dot:
        if not intpart and not frac:
            return None
        if intpart and not _is_digits(intpart):
            return None
        if frac and not _is_digits(frac):
            return None
    elif not _is_digits(intpart):
        return None
    digits = (intpart + frac).replace("_", "")
    num = int(digits) if digits else 0
    den = 10 ** len(frac.replace("_", ""))
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _is_digits(s):
    """Decimal digits, with single underscores between digits allowed."""
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    for ch in s:
        if ch not in _DIGITS and ch != "_":
            return False
    return True


class Fraction:
    """A rational number numerator/denominator, kept in lowest terms.

    Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(Fraction(3, 4))
    all give Fraction(3, 4).
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, numbers.Rational):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, type):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
                isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not hasattr(dec, "as_integer_ratio"):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; stop at the last convergent
        # whose denominator fits, then weigh it against the best
        # semiconvergent between it and the previous one.
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_q = prev_q + term * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + term * cur_p, next_q
            num, den = den, num - term * den
        steps = (max_denominator - prev_q) // cur_q
        semi = Fraction(prev_p + steps * cur_p, prev_q + steps * cur_q)
        conv = Fraction(cur_p, cur_q)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        else:
            return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic
    #
    # _operand() turns the other operand into a Fraction when the result can
    # stay exact, into a float when a float is involved, and into None when
    # the operation is not ours (NotImplemented).

    @staticmethod
    def _operand(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        if isinstance(x, float):
            return x
        if isinstance(x, numbers.Rational):
            return Fraction(x.numerator, x.denominator)
        if isinstance(x, numbers.Real):
            return float(x)
        return None

    def _binary(self, other, exact, inexact, reflected):
        o = Fraction._operand(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return inexact(o, float(self)) if reflected else inexact(float(self), o)
        return exact(o, self) if reflected else exact(self, o)

    @staticmethod
    def _exact_add(x, y):
        return Fraction(x._numerator * y._denominator + y._numerator * x._denominator,
                        x._denominator * y._denominator)

    @staticmethod
    def _exact_sub(x, y):
        return Fraction(x._numerator * y._denominator - y._numerator * x._denominator,
                        x._denominator * y._denominator)

    @staticmethod
    def _exact_mul(x, y):
        return Fraction(x._numerator * y._numerator, x._denominator * y._denominator)

    @staticmethod
    def _exact_div(x, y):
        if y._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (x._numerator * y._denominator))
        return Fraction(x._numerator * y._denominator, x._denominator * y._numerator)

    @staticmethod
    def _exact_floordiv(x, y):
        return (x._numerator * y._denominator) // (x._denominator * y._numerator)

    @staticmethod
    def _exact_mod(x, y):
        den = x._denominator * y._denominator
        return Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator), den)

    @staticmethod
    def _exact_divmod(x, y):
        q, r = divmod(x._numerator * y._denominator, x._denominator * y._numerator)
        return q, Fraction(r, x._denominator * y._denominator)

    def __add__(self, other):
        return self._binary(other, Fraction._exact_add, operator.add, False)

    def __radd__(self, other):
        return self._binary(other, Fraction._exact_add, operator.add, True)

    def __sub__(self, other):
        return self._binary(other, Fraction._exact_sub, operator.sub, False)

    def __rsub__(self, other):
        return self._binary(other, Fraction._exact_sub, operator.sub, True)

    def __mul__(self, other):
        return self._binary(other, Fraction._exact_mul, operator.mul, False)

    def __rmul__(self, other):
        return self._binary(other, Fraction._exact_mul, operator.mul, True)

    def __truediv__(self, other):
        return self._binary(other, Fraction._exact_div, operator.truediv, False)

    def __rtruediv__(self, other):
        return self._binary(other, Fraction._exact_div, operator.truediv, True)

    def __floordiv__(self, other):
        return self._binary(other, Fraction._exact_floordiv, operator.floordiv, False)

    def __rfloordiv__(self, other):
        return self._binary(other, Fraction._exact_floordiv, operator.floordiv, True)

    def __mod__(self, other):
        return self._binary(other, Fraction._exact_mod, operator.mod, False)

    def __rmod__(self, other):
        return self._binary(other, Fraction._exact_mod, operator.mod, True)

    def __divmod__(self, other):
        return self._binary(other, Fraction._exact_divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._binary(other, Fraction._exact_divmod, divmod, True)

    def __pow__(self, other):
        if isinstance(other, float):
            return float(self) ** other
        o = Fraction._operand(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float) or o._denominator != 1:
            return float(self) ** float(o)
        n = o._numerator
        num, den = self._numerator, self._denominator
        if n < 0:
            if num == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (den ** -n))
            num, den, n = den, num, -n
            if den < 0:
                num, den = -num, -den
        return Fraction(num ** n, den ** n, _normalize=False)

    def __rpow__(self, base):
        if self._denominator == 1 and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, (int, Fraction)) or isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        else:
            return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        # hash() of an equal int or float: the value modulo the hash prime P,
        # i.e. |numerator| times the inverse of the denominator mod P.
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of P: the value "is infinite".
            h = _PyHASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (Fraction, int)) or isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            else:
                return a == a.from_float(b)
        else:
            return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (Fraction, int)) or isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            else:
                return op(self, self.from_float(other))
        else:
            return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    # numbers.Real's mixins, spelled out since Fraction is registered only.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


numbers.Rational.register(Fraction)
