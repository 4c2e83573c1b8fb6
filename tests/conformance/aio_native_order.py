# Scheduling order with native tasks: sleep(0) rounds, wake-ups, cancellation
# at every kind of suspension point, sleep(0) driven by hand.
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def waits_on(fut, name):
    try:
        v = await fut
        log.append(f"{name} got {v}")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise


async def cancel_in_sleep0():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append(f"sleep0 loop cancelled {e.args}")
        return "swallowed"


async def nested(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await nested(depth - 1)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(ticker(c, 3)) for c in "abc"]
    print(await asyncio.gather(*ts))
    print(" ".join(log))
    log.clear()

    fut = loop.create_future()
    ws = [asyncio.create_task(waits_on(fut, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_soon(log.append, "soon-before")
    fut.set_result("R")
    loop.call_soon(log.append, "soon-after")
    await asyncio.gather(*ws)
    print(" ".join(log))
    log.clear()

    fut = loop.create_future()
    w = asyncio.create_task(waits_on(fut, "waiter"))
    await asyncio.sleep(0)
    w.cancel("stop waiting")
    print(fut.cancelled(), w.cancelling())
    try:
        await w
    except asyncio.CancelledError as e:
        print("waiter:", e.args)
    s = asyncio.create_task(cancel_in_sleep0())
    for _ in range(3):
        await asyncio.sleep(0)
    s.cancel("enough")
    print(await s, s.cancelled(), s.cancelling())
    print(" ".join(log))
    log.clear()

    print(await nested(50), await asyncio.create_task(nested(200)))

    c = asyncio.sleep(0, "hand")
    print(c.send(None))
    try:
        c.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    c = asyncio.sleep(0)
    c.send(None)
    try:
        c.throw(ValueError("into sleep"))
    except ValueError as e:
        print("thrown:", e)

    async def gather_cancel():
        await asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    g = asyncio.create_task(gather_cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g.cancel("from outside")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled:", e.args)

    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError as e:
        print("wait_for timeout:", type(e).__name__)
    print(await asyncio.wait_for(ticker("z", 2), 1), " ".join(log))

    async def shielded():
        await asyncio.sleep(0.01)
        return "inner done"
    inner = asyncio.create_task(shielded())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.001))
    try:
        await outer
    except TimeoutError:
        print("shield timed out, inner:", await inner)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ticker("g", 2))
            tg.create_task(asyncio.sleep(0))
            async def fails():
                await asyncio.sleep(0)
                raise KeyError("in group")
            tg.create_task(fails())
    except* KeyError as eg:
        print("group:", [repr(e) for e in eg.exceptions])

    async def timeout_block():
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    try:
        await timeout_block()
    except TimeoutError:
        print("timeout block")

    t = asyncio.create_task(ticker("q", 1))
    print(t in asyncio.all_tasks(), asyncio.current_task() in asyncio.all_tasks())
    await t
    print(t in asyncio.all_tasks())


asyncio.run(main())
