# Handle/TimerHandle reprs (callback source, shortened arguments) and task names
# (a named task still takes its Task-N number, as in CPython 3.11).
import asyncio, functools
def cb(a, b=2): pass
async def work(): pass
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "x" * 50)
    print(repr(h).replace(__file__, "F"))
    t = loop.call_later(10, functools.partial(cb, 5), 7)
    print(repr(t).split(" when=")[0].replace(__file__, "F"), "when=" in repr(t))
    t.cancel(); h.cancel()
    print(repr(h))
    a = asyncio.create_task(work(), name="named")
    b = asyncio.create_task(work())
    print(a.get_name(), b.get_name())
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(work(), name="g")
        d = tg.create_task(work())
    print(c.get_name(), d.get_name())
asyncio.run(main())
