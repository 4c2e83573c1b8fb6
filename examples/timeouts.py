# Timeouts and cancellation: wait_for, asyncio.timeout, cancelling a task.
import asyncio


async def slow_operation(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow_operation("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow_operation("wait_for", 1), timeout=0.02)
    except TimeoutError:
        print("wait_for gave up")
    try:
        async with asyncio.timeout(0.02):
            await slow_operation("timeout block", 1)
    except TimeoutError:
        print("timeout() block expired")
    task = asyncio.create_task(slow_operation("task", 1))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled() =", task.cancelled())


asyncio.run(main())
