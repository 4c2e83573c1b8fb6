class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield ("sleep", self.v)
        return r
def run(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("loop got", y)
        v = y[1] * 2 if isinstance(y, tuple) else None
async def agen(n):
    for i in range(n):
        x = await Sleep(i)
        yield (i, x)
    print("agen done")
async def main():
    res = []
    async for item in agen(3):
        res.append(item)
    g = agen(5)
    print(await g.asend(None))
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")
    return res
print(run(main()))
async def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"
    yield "end"
async def m2():
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(KeyError))
    print(await g.__anext__())
    aw = g.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        print("stop")
    try:
        await aw
    except RuntimeError as e:
        print(e)
    print(await g.aclose())
run(m2())
async def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def m3():
    g = ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    g2 = catcher()
    print(g2.ag_running, g2.__name__, repr(g2)[:34])
    a = g2.asend(None)
    print(type(a).__name__)
    ac = g2.aclose()
    print(type(ac).__name__)
run(m3())
async def ret_agen():
    yield 1
    raise StopAsyncIteration
async def m4():
    try:
        async for x in ret_agen(): print("x", x)
    except RuntimeError as e:
        print(e)
run(m4())
async def coro():
    return 1
c = coro()
w = c.__await__()
print(type(w).__name__)
try: next(w)
except StopIteration as e: print("w", e.value)
async def awaiter(c):
    return await c
c = coro()
run(awaiter(c))
try: run(awaiter(c))
except RuntimeError as e: print(e)
try:
    c = coro(); c.send(1)
except TypeError as e: print(e)
class BadAwait:
    def __await__(self): return 5
async def m5():
    try: await BadAwait()
    except TypeError as e: print(e)
    class CoroAwait:
        def __await__(self): return coro()
    try: await CoroAwait()
    except TypeError as e: print(e)
    class AIt:
        def __aiter__(self): return 1
    try:
        async for x in AIt(): pass
    except TypeError as e: print(e)
    class AIt2:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for x in AIt2(): pass
    except TypeError as e: print(e, repr(e.__cause__))
    class AW:
        async def __aenter__(self): return 1
        def __aexit__(self, *a): return 3
    try:
        async with AW(): pass
    except TypeError as e: print(e)
    class AW2:
        def __aenter__(self): return 3
        async def __aexit__(self, *a): pass
    try:
        async with AW2(): pass
    except TypeError as e: print(e)
run(m5())
async def gen_in_coro():
    async def inner():
        await Sleep(1)
        return "inner"
    t = inner()
    r = await t
    return r
print(run(gen_in_coro()))
async def thrown():
    try:
        await Sleep(5)
    except KeyError as e:
        return "handled " + repr(e)
c = thrown()
print(c.send(None))
try: c.throw(KeyError("kk"))
except StopIteration as e: print(e.value)
