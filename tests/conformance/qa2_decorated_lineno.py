"""co_firstlineno of a decorated function or class is its first decorator's
line (CPython 3.11); tracebacks and inspect rely on it (qa2)."""
import functools
import inspect
import sys
import traceback


def deco(*a):
    return lambda f: f


def plain(f):
    return f


@plain
def f():
    return 1


@plain
@functools.lru_cache
def g():
    pass


@deco(1,
      2)

@deco()
def h():
    pass


class C:
    @staticmethod
    def m():
        1 / 0

    @property
    def p(self):
        return 1 / 0

    @deco()
    async def am(self):
        pass


@deco()
class Z:
    line = sys._getframe().f_code.co_firstlineno


@deco()
def gen():
    yield sys._getframe().f_code.co_firstlineno


print(f.__code__.co_firstlineno, g.__wrapped__.__code__.co_firstlineno, h.__code__.co_firstlineno)
print(C.m.__code__.co_firstlineno, C.p.fget.__code__.co_firstlineno, C.am.__code__.co_firstlineno)
print(Z.line, next(gen()), gen.__code__.co_firstlineno)
print(inspect.getsource(f), end='')
print(inspect.getsourcelines(C.m)[1])


def frames(exc):
    return [(fr.lineno, fr.name, fr.line) for fr in traceback.extract_tb(exc.__traceback__)]


def bad(f):
    raise ValueError


for code in ['@plain\n@bad\ndef q(): pass\n', '@plain\n@bad\nclass Q: pass\n',
             '@plain\n@nosuch\ndef q(): pass\n', '@plain\ndef q(x=1/0): pass\n']:
    try:
        exec(compile(code, 'snippet', 'exec'), {'plain': plain, 'bad': bad})
    except Exception as e:
        print(type(e).__name__, frames(e)[1:])
try:
    C().p
except ZeroDivisionError as e:
    print(frames(e))
