# Future and Task APIs, states, reprs and errors.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x + 1


async def fail():
    await asyncio.sleep(0)
    raise ValueError("nope")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(5)
    print(repr(f), f.result(), f.exception())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g), repr(g.exception()))
    h = loop.create_future()
    print(h.cancel("why"), h.cancelled(), h.cancel())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    t = asyncio.create_task(work(1), name="worker")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    t.set_name("renamed")
    print(t.get_name(), t.get_coro().__name__ if t.get_coro() else None)
    bad = asyncio.create_task(fail())
    try:
        await bad
    except ValueError as e:
        print("task raised", e, repr(bad.exception()))
    c = asyncio.create_task(work(2))
    await asyncio.sleep(0)
    print(c.cancel(), c.cancelling())
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled task:", c.cancelled(), c.done())
    removed = loop.create_future()
    cb = lambda fut: print("never")
    removed.add_done_callback(cb)
    print(removed.remove_done_callback(cb))
    removed.set_result(None)
    await asyncio.sleep(0)
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)
    t2 = asyncio.ensure_future(work(10))
    print(await asyncio.shield(t2))
    print(await asyncio.gather(), await asyncio.gather(work(1), work(2), return_exceptions=True))
    print(await asyncio.gather(fail(), work(3), return_exceptions=True))


asyncio.run(main())
