# A background task keeps running while a blocking call runs in a worker
# thread: asyncio.to_thread hands time.sleep to the default executor and the
# event loop (waiting in libuv without the GIL) keeps stepping the ticker.
import asyncio
import threading
import time


async def ticker(n, step):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(step)


def blocking(seconds, tag):
    time.sleep(seconds)
    return tag, threading.current_thread().name


def fails():
    raise ValueError("bad input in worker")


async def main():
    t = asyncio.create_task(ticker(3, 0.1))
    await asyncio.sleep(0.05)
    print("to_thread starts")
    r = await asyncio.to_thread(time.sleep, 0.4)
    print("to_thread done", r)
    await t
    print(await asyncio.to_thread(blocking, 0.01, "kw"), threading.active_count() >= 2)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("caught", type(e).__name__, e)
    # Several blocking calls at once overlap: 4 x 0.2 s take well under 0.8 s.
    start = time.monotonic()
    res = await asyncio.gather(*(asyncio.to_thread(blocking, 0.2, i) for i in range(4)))
    elapsed = time.monotonic() - start
    print(sorted(tag for tag, _ in res), elapsed < 0.6)
    print(sorted({name for _, name in res}) <= ["asyncio_%d" % i for i in range(8)])


asyncio.run(main())
print("threads left", threading.active_count())
