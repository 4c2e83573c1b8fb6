# asyncio.timeout / timeout_at: when(), reschedule(), expired(), nesting.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        print(cm.expired(), round(cm.when() - loop.time()) == 10)
        cm.reschedule(None)
        print(cm.when())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired, expired:", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer deadline won")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("fast block finished")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay expires at once")
    print(asyncio.current_task().cancelling())


asyncio.run(main())
