# SystemExit in a task nobody awaits ends the run (exit status 3) and, as in
# CPython, the task's exception is reported as never retrieved.
import asyncio


async def leaves():
    await asyncio.sleep(0)
    raise SystemExit(3)


async def main():
    t = asyncio.create_task(leaves())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


asyncio.run(main())
