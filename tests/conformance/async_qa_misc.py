# Small CPython 3.11 details: partial callbacks in reprs, generic Queue,
# TaskGroup/timeout misuse messages, debug-mode handle reprs, and the
# cancelling count a TaskGroup leaves on its parent.
import asyncio
import functools


def cb(fut, x=1):
    pass


def show(obj):
    print(repr(obj).replace(__file__, "F"))


async def fail():
    await asyncio.sleep(0)
    raise ValueError("child")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, x=2))
    show(f)
    f.add_done_callback(functools.partial(functools.partial(cb, 1)))
    show(f)
    h = loop.call_soon(functools.partial(print, "p"), "q")
    show(h)
    h.cancel()
    f.cancel()
    print(asyncio.Queue[int], asyncio.LifoQueue[str])

    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)
    async with t:
        pass
    for attempt in (lambda: t.reschedule(1), None):
        try:
            if attempt:
                attempt()
            else:
                async with t:
                    pass
        except RuntimeError as e:
            print(e)

    # The body swallows the cancellation a failing child caused.
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError("body")
    except* ValueError as eg:
        print("child:", eg.exceptions)
    except* KeyError as eg:
        print("body:", eg.exceptions)
    print("cancelling:", asyncio.current_task().cancelling())


async def debug_main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, None)
    show(h)
    h.cancel()
    show(h)
    th = loop.call_later(10, cb, None)
    print(repr(th).replace(__file__, "F").split(" when=")[0])
    th.cancel()


asyncio.run(main())
asyncio.run(debug_main(), debug=True)
