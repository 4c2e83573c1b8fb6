# asyncio.TaskGroup: structured concurrency; one failure cancels the siblings.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()


async def flaky(delay):
    await asyncio.sleep(delay)
    raise ConnectionError("flaky service went away")


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, d)) for n, d in (("a", 0.02), ("b", 0.01))]
    print("all done:", [t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("never", 1))
            tg.create_task(flaky(0.01))
    except* ConnectionError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])


asyncio.run(main())
