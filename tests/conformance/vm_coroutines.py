import types
class Fut:
    def __await__(self):
        x = yield "fut"
        return x
async def a():
    v = await Fut()
    return v + 1
async def b():
    r = await a()
    return r * 10
c = b()
print(c.send(None))
try: c.send(4)
except StopIteration as e: print("result", e.value)
try: c.send(None)
except RuntimeError as e: print(e)
async def agen():
    yield 1
    v = await Fut()
    yield v
async def use():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = use()
print(c.send(None))
try: c.send(7)
except StopIteration as e: print(e.value)
class ACM:
    async def __aenter__(self): print("aenter"); return 1
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def w():
    async with ACM() as v:
        print("in", v)
    return "done"
try: w().send(None)
except StopIteration as e: print(e.value)
async def bad_await():
    await 3
try: bad_await().send(None)
except TypeError as e: print(e)
async def bad_for():
    async for x in [1]: pass
try: bad_for().send(None)
except TypeError as e: print(e)
class NoAexit:
    async def __aenter__(self): pass
async def bad_with():
    async with NoAexit(): pass
try: bad_with().send(None)
except TypeError as e: print(e)
co = a()
print(repr(co)[:22], hasattr(co, "__await__"), hasattr(42, "__await__"))
try: iter(co)
except TypeError as e: print(e)
co.close()
async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("ag finally")
async def drive():
    g = ag2()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
try: drive().send(None)
except StopIteration: pass
