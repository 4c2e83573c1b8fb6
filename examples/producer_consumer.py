# A producer/consumer pipeline over asyncio.Queue with backpressure.
import asyncio


async def producer(queue, count):
    for i in range(count):
        await queue.put(i)
        print(f"produced {i} (queue size {queue.qsize()})")
    await queue.put(None)


async def consumer(queue, results):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.001)
        results.append(item * item)
        print(f"consumed {item}")
        queue.task_done()
    queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(queue, 5), consumer(queue, results))
    await queue.join()
    print("results:", results)


asyncio.run(main())
