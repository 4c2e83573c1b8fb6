# asyncio.wait with every return_when, timeouts, and as_completed with a timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.01), ("b", 0.03))]
    done, pending = await asyncio.wait(tasks)
    print("ALL_COMPLETED", names(done), names(pending))

    tasks = [asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in (("ok", 0.005, False), ("bad", 0.01, True), ("slow", 0.05, False))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in done:
        if t.exception():
            print("  exception:", t.exception())
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("x", 0.05), ("y", 0.06))]
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in tasks])

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    slow = [job("s1", 1), job("s2", 1)]
    try:
        for fut in asyncio.as_completed(slow, timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0)
    for task in asyncio.all_tasks():
        if task is not asyncio.current_task():
            task.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
