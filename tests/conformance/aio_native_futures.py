# Native Future: states, reprs, callbacks order, errors, subclassing.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def __repr__(self):
        return f"MyFuture({self.tag}, {super().__repr__()})"

    def set_result(self, value):
        print("MyFuture.set_result", value)
        super().set_result(value * 2)


def show(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f._state)
    show("result", f.result)
    show("exception", f.exception)
    order = []
    f.add_done_callback(lambda fut: order.append("a"))
    f.add_done_callback(lambda fut: order.append("b"))
    f.add_done_callback(lambda fut: order.append("c"))
    loop.call_soon(order.append, "soon")
    f.set_result(42)
    print(order)
    await asyncio.sleep(0)
    print(order)
    f.add_done_callback(lambda fut: order.append("late"))
    await asyncio.sleep(0)
    print(order, f.result(), f._state)
    show("set again", lambda: f.set_result(1))
    show("set exc again", lambda: f.set_exception(ValueError()))
    show("cancel done", f.cancel)

    g = loop.create_future()
    show("bad exc", lambda: g.set_exception(5))
    show("stopiter", lambda: g.set_exception(StopIteration))
    g.set_exception(ValueError)
    print(repr(g), repr(g.exception()), g._log_traceback)
    show("g.result", g.result)

    h = loop.create_future()
    print(h.cancel(msg="stop it"), h.cancelled(), h.done(), repr(h))
    show("h.result", h.result)
    show("h.exception", h.exception)
    e1 = h._make_cancelled_error()
    print(type(e1).__name__, e1.args)

    k = loop.create_future()
    cb = print
    for _ in range(3):
        k.add_done_callback(cb)
    k.add_done_callback(repr)
    print(repr(k))
    print(k.remove_done_callback(cb), repr(k))
    print(k.remove_done_callback(cb))

    m = MyFuture("t", loop=loop)
    print(repr(m), isinstance(m, asyncio.Future), asyncio.isfuture(m), m.tag)
    m.set_result(21)
    print(await m, repr(m))
    print(asyncio.Future[int], type(f.__await__()).__name__)
    it = loop.create_future().__await__()
    print(next(it) is not None)
    show("await twice", lambda: next(it))

    async def waiter(fut):
        return await fut
    p = loop.create_future()
    ts = [asyncio.create_task(waiter(p), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0)
    print(repr(p))
    p.set_result("shared")
    print(await asyncio.gather(*ts))

    q = loop.create_future()
    loop.call_soon(q.set_result, [1, 2, 3, 4, 5, 6, 7, 8])
    print(await q, repr(q))
    s = loop.create_future()
    s.set_result({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
    print(repr(s))
    s = loop.create_future()
    s.set_result(10 ** 50)
    print(repr(s))
    s = loop.create_future()
    s.set_result(("x",))
    print(repr(s))
    s = loop.create_future()
    s.set_result(object)
    print(repr(s))
    s = loop.create_future()
    s.set_result({3, 1, 2})
    print(repr(s))


asyncio.run(main())
