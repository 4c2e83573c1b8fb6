# Many small tasks, each awaiting a few times: the event loop's hot path.
import asyncio


async def worker(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total


async def main():
    results = await asyncio.gather(*(worker(20) for _ in range(5000)))
    print(sum(results))


asyncio.run(main())
