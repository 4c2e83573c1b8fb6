class Y:
    def __await__(self):
        yield "y"
async def inner():
    await Y()
    return 1
async def a1(c):
    return await c
c = inner()
x = a1(c); print(x.send(None))
y = a1(c)
try: y.send(None)
except RuntimeError as e: print(e)
print(c.cr_await is not None, x.cr_await is c, c.cr_running)
def g():
    yield me.send(None)
me = g()
try: next(me)
except ValueError as e: print(e)
async def selfawait():
    await cc
cc = selfawait()
try: cc.send(None)
except (RuntimeError, ValueError) as e: print(type(e).__name__, e)
async def agen():
    yield 1
    yield 2
async def runner():
    g = agen()
    a = g.__anext__()
    b = g.__anext__()
    print(await a)
    print(await b)
    n = g.__anext__()
    n.send(None) if False else None
c2 = runner()
try: c2.send(None)
except StopIteration: pass
async def agen2():
    await Y()
    yield 5
async def runner2():
    g = agen2()
    a = g.__anext__()
    print(a.send(None))
    try: g.__anext__().send(None)
    except RuntimeError as e: print(e)
    print(g.ag_running)
c3 = runner2()
try: c3.send(None)
except StopIteration: pass
async def agen3():
    yield 1
g = agen3()
try: g.asend(5).send(None)
except TypeError as e: print(e)
import sys
seen = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__))
g = agen3()
g.__anext__()
g.__anext__()
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
def gen_sent():
    yield
try: gen_sent().send(1)
except TypeError as e: print(e)
async def cr(): pass
try: cr().send(1)
except TypeError as e: print(e)
x = cr(); x.close()
try: x.send(None)
except RuntimeError as e: print(e)
