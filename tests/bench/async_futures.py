# Futures resolved by loop callbacks and awaited by many tasks: Future
# creation, done callbacks, task wake-ups and `await fut` (the native core).
import asyncio


async def worker(loop, n):
    total = 0
    for i in range(n):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, i)
        total += await fut
    return total


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(worker(loop, 50) for _ in range(2000)))
    print(sum(results))


asyncio.run(main())
