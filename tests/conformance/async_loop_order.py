# Event loop scheduling order: call_soon FIFO, timers by deadline then creation,
# sleep(0) as one round, done callbacks through call_soon.
import asyncio

log = []


async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon1")
    loop.call_soon(log.append, "soon2")
    loop.call_later(0.02, log.append, "later-b")
    loop.call_later(0.01, log.append, "later-a")
    h = loop.call_later(0.015, log.append, "cancelled")
    h.cancel()
    loop.call_at(loop.time() + 0.02, log.append, "at-c")
    await asyncio.gather(worker("x", 3), worker("y", 2))
    await asyncio.sleep(0.05)
    print(log)
    fut = loop.create_future()
    order = []
    fut.add_done_callback(lambda f: order.append("cb1"))
    fut.add_done_callback(lambda f: order.append("cb2"))
    fut.set_result(1)
    order.append("after set_result")
    await asyncio.sleep(0)
    print(order)
    print(loop.is_running(), loop.is_closed(), type(loop.time()).__name__)
    t1 = asyncio.create_task(worker("t", 1))
    t2 = asyncio.ensure_future(worker("u", 1))
    log.clear()
    await asyncio.sleep(0)
    print(log, t1.done(), t2.done())
    await t1
    await t2


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "rc")))
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(1)
except ValueError as e:
    print(e)


async def inner_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    await coro


asyncio.run(inner_run())
