# Queue.join when items are pending before anyone joined; Barrier messages;
# lock reprs name user subclasses; Semaphore under cancellation.
import asyncio
import re


def addr(s):
    return re.sub(r"0x[0-9a-f]+", "0x?", s)


async def consumer(q, name):
    while True:
        item = await q.get()
        try:
            if item is None:
                return
            print(name, "got", item)
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q)
    c = asyncio.create_task(consumer(q, "c"))
    await q.join()          # first join: three items still unfinished
    print("joined", q)
    q.put_nowait(None)
    await q.join()
    print("joined again", c.done())
    q.put_nowait(1)
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join waiting:", not j.done())
    q.get_nowait()
    q.task_done()
    await j
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    # Barrier: a waiter sees "Abort or reset of barrier"; a later one "Barrier aborted"
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(addr(repr(b)))
    await b.abort()
    for coro in (t, b.wait()):
        try:
            await coro
        except asyncio.BrokenBarrierError as e:
            print("broken:", e)
    print(addr(repr(b)))
    await b.reset()
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("reset:", e)

    class MyLock(asyncio.Lock):
        pass

    class MySem(asyncio.BoundedSemaphore):
        pass

    class MyEvent(asyncio.Event):
        pass

    for obj in (MyLock(), MySem(2), MyEvent(), asyncio.Condition(MyLock()), asyncio.Lock()):
        print(addr(repr(obj)))

    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(addr(repr(sem)))
    waiters[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print([w.done() and not w.cancelled() for w in waiters], addr(repr(sem)))
    sem.release()
    await asyncio.sleep(0)
    print([w.done() for w in waiters], sem.locked())


asyncio.run(main())
