# A task still pending when its loop closes is reported as CPython reports it
# when it is garbage collected; asyncio.run cancels leftovers instead.
import asyncio


async def forever():
    await asyncio.Event().wait()


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup begins")
        await asyncio.sleep(0.01)
        print("cleanup ends")


async def main():
    asyncio.create_task(slow_cleanup())
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(forever(), name="left")
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("closed", t.done())
