# Exceptions nobody retrieved, errors in done callbacks, SystemExit in a task.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"lost {n}")


class Checker:
    def bad_callback(self, fut):
        raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task done:", t.done())
    f = loop.create_future()
    f.add_done_callback(Checker().bad_callback)
    f.set_result(None)
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(KeyError("never read"))
    h = loop.create_future()
    h.set_exception(KeyError("read"))
    h.exception()
    print("end of main")


asyncio.run(main())
print("after run")


async def exits():
    await asyncio.sleep(0)
    raise SystemExit(3)

asyncio.run(exits())
