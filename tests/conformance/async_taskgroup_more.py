# TaskGroup: several failures become one ExceptionGroup; siblings are
# cancelled; errors in the body; nested groups; create_task after exit.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def sleeper(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, ValueError("v")))
            tg.create_task(fail(0.01, TypeError("t")))
    except ExceptionGroup as eg:
        print(eg)
        print(sorted(type(e).__name__ for e in eg.exceptions))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s1", log))
            tg.create_task(sleeper("s2", log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]), sorted(log))

    try:
        async with asyncio.TaskGroup() as outer:
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail(0, RuntimeError("deep")))
            outer.create_task(fail(0, RuntimeError("not reached")))
    except ExceptionGroup as eg:
        print(eg, "->", eg.exceptions[0])

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0, "value"))
    print(t.result())
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e.args[0].split(" ")[0], "...")


asyncio.run(main())
