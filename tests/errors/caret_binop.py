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
print(isinstance(1, int), issubclass(bool, int), callable(len), getattr(1, 'real'), hasattr(1, 'x'))
g(1, 0)
