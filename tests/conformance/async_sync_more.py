# More synchronisation: PriorityQueue, LifoQueue, QueueFull, BoundedSemaphore,
# Barrier, Condition.notify, Event.clear.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)], lq.empty(), lq.qsize())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q.maxsize)
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print(e)
    barrier = asyncio.Barrier(3)
    arrived = []

    async def party(n):
        arrived.append(n)
        pos = await barrier.wait()
        return pos

    positions = await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(positions), arrived)
    cond = asyncio.Condition()
    woken = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", woken)
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    await lock.acquire()
    print(lock.locked())
    lock.release()


asyncio.run(main())
