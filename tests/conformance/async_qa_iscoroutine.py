# asyncio.iscoroutine is CPython's: native coroutines, generators and anything
# with the Coroutine ABC's methods (an async generator's asend/athrow/aclose
# objects too), so tasks can drive them.
import asyncio
import collections.abc
import functools
import types


async def agen():
    yield 1


class Co:
    """A hand-written coroutine: two bare yields, then returns 3."""
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


@types.coroutine
def gen_coro():
    yield
    return "gen"


def plain_gen():
    yield


async def f(x):
    return x


class K:
    async def m(self):
        pass


async def main():
    g = agen()
    objs = [g.aclose(), g.__anext__(), g.asend(None), Co(), gen_coro(), plain_gen(), f(1), 1, None]
    print([asyncio.iscoroutine(o) for o in objs])
    print(isinstance(Co(), collections.abc.Coroutine))
    for o in objs[:3] + objs[4:7]:
        o.close()
    print(await asyncio.create_task(Co()), await asyncio.ensure_future(Co()))
    print(await asyncio.create_task(g.__anext__()))
    print([asyncio.iscoroutinefunction(x) for x in
           (f, functools.partial(f, 1), K().m, K.m, len, lambda: 1, plain_gen)])


print(asyncio.run(Co()))
asyncio.run(main())
