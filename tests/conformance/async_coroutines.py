# Coroutine objects: state machine, messages, attributes.
import asyncio
import types


class Yielder:
    def __await__(self):
        value = yield "pause"
        return value


async def simple(x):
    return x * 2


async def waits():
    got = await Yielder()
    return got


c = simple(4)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

w = waits()
print(w.send(None))
print(w.cr_await is not None)
try:
    w.send("sent")
except StopIteration as e:
    print("waits returned", e.value)

w2 = waits()
try:
    w2.send("x")
except TypeError as e:
    print(e)
w2.close()

try:
    iter(simple(1))
except TypeError as e:
    print(e)


async def uses_twice():
    co = simple(1)
    await co
    try:
        await co
    except RuntimeError as e:
        print(e)


try:
    uses_twice().send(None)
except StopIteration:
    pass


async def bad_stop():
    raise StopIteration("inner")


try:
    bad_stop().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


async def ignores_exit():
    try:
        await Yielder()
    except GeneratorExit:
        await Yielder()


ig = ignores_exit()
ig.send(None)
try:
    ig.close()
except RuntimeError as e:
    print(e)

thrower = waits()
thrower.send(None)
try:
    thrower.throw(KeyError("k"))
except KeyError as e:
    print("thrown through:", repr(e))

print(asyncio.iscoroutine(simple(1)), asyncio.iscoroutinefunction(simple), asyncio.iscoroutinefunction(print))
print(isinstance(simple(2), types.CoroutineType))
aw = simple(3).__await__()
try:
    next(aw)
except StopIteration as e:
    print("via __await__:", e.value)


async def nested(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await nested(n - 1)


print(asyncio.run(nested(50)))
