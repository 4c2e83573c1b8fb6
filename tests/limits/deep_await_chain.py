# A 100,000-deep chain of coroutines, each awaiting the next, with a sleep(0)
# at the bottom, run by asyncio under `ulimit -s 1024`: every level is a heap
# frame, and suspending/resuming the chain never recurses on the C stack.
# (CPython 3.11 crashes with a segmentation fault here.)
import asyncio
import sys

sys.setrecursionlimit(1_000_000)


async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return await chain(n - 1) + 1


async def main():
    print(await chain(100_000))
    task = asyncio.create_task(chain(100_000))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled through 100000 frames")


asyncio.run(main())
