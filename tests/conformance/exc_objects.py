x = [1,2]
def g(a, b):
    return a  /  b + x[5]
def h():
    return x[5]
try:
    h()
except IndexError as e:
    print("caught", e, repr(e), e.args)
print(ValueError(), repr(ValueError('x')), str(KeyError('k')), repr(KeyError('k')))
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
s = StopIteration(5); print(s.value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1,2).code)
import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
print(sys.version_info)
print(sys.platform, sys.maxsize, sys.getrecursionlimit())
print(len([1,2,3]), min(3,1,2), max([1,5,2]), sum([1,2,3]), sum([0.1]*10), sorted([3,1,2], reverse=True))
print(abs(-3), divmod(7,2), pow(2,10), pow(2,10,1000), hex(255), oct(8), bin(5), ord('a'), chr(97))
print(round(2.675, 2), round(3.5), format(3.14159, '.2f'), any([0,1]), all([1,0]))
eg = ExceptionGroup("eg", [ValueError(1), TypeError("x"), ExceptionGroup("inner", [KeyError('k')])])
print(eg, repr(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(m, r, m.exceptions, r.exceptions)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.split((TypeError, KeyError)))
for bad in [lambda: ExceptionGroup("x", 1), lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = ValueError("v")
e.add_note("note1")
e.add_note("line a\nline b")
print(e.__notes__)
