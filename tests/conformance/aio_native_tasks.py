# Native Task: reprs in each state, cancellation messages and counts,
# errors thrown back into a task, subclassing, current_task / all_tasks.
import asyncio
import types


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def boom():
    await asyncio.sleep(0)
    raise KeyError("boom")


class MyTask(asyncio.Task):
    def __init__(self, coro, **kw):
        super().__init__(coro, **kw)
        self.extra = "x"


class Bad:
    def __await__(self):
        yield 42


class Yielder:
    def __await__(self):
        yield (yield)


@types.coroutine
def gen_yield():
    yield (lambda: 0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(0))
    print(repr(t).replace(__file__, "F"))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "F"))
    print(await t, repr(t).replace(__file__, "F"))
    t = asyncio.create_task(sleeper(10))
    await asyncio.sleep(0)
    print(t.cancel("first msg"), t.cancelling(), t.cancel("second"), t.cancelling())
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())
    print(repr(t).split(" coro=")[0])
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", e.args)
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("boom:", repr(e), repr(t.exception()))
    print(repr(t).split(" coro=")[0], repr(t).split(">> ")[-1] if ">> " in repr(t) else "")
    t = asyncio.create_task(sleeper(0))
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel before start:", e.args)
    for aw in (Bad(), gen_yield()):
        async def use(x=aw):
            await x
        t = asyncio.create_task(use())
        try:
            await t
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" in task")[0].split(" at 0x")[0], "...")
    async def selfwait():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(selfwait())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def wrong_loop():
        await foreign
    t = asyncio.create_task(wrong_loop())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got Future")[0].split("<")[0], "got Future ... attached to a different loop" in str(e))
    other.close()
    mt = MyTask(sleeper(0), name=17)
    print(type(mt).__name__, mt.get_name(), mt.extra, isinstance(mt, asyncio.Task))
    print(await mt, repr(mt).split(" coro=")[0])
    print(asyncio.current_task() is asyncio.current_task(loop), asyncio.current_task().get_name())
    bg = asyncio.create_task(sleeper(5), name="bg")
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print(names)
    bg.set_name(("tuple", 1))
    print(bg.get_name(), repr(bg.get_name()))
    try:
        bg.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        bg.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    print([(f.f_code.co_name, f.f_lineno) for f in bg.get_stack()], bg.get_stack(limit=0), bg.get_coro().__qualname__)
    bg.cancel()
    await asyncio.sleep(0)
    print(bg.cancelled())
    t = asyncio.create_task(Yielder().__await__.__self__.__await__() if False else sleeper(0))
    await t
    try:
        asyncio.Task(sleeper(0).__await__() if False else 5, loop=loop)
    except TypeError as e:
        print(e)
    co = sleeper(0)
    try:
        asyncio.Task(co, loop=loop, bogus=1)
    except TypeError as e:
        print(e)
    co.close()


asyncio.run(main())
