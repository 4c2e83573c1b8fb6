# Futures that are subclasses or duck types: the task reaches them through
# their methods (add_done_callback(wakeup, context=...), cancel(msg), result()).
import asyncio
class F(asyncio.Future):
    def add_done_callback(self, fn, **kw):
        print("adc", sorted(kw), fn.__qualname__)
        super().add_done_callback(fn, **kw)
    def cancel(self, *a, **kw):
        print("cancel", a, kw)
        return super().cancel(*a, **kw)
    def result(self):
        print("result()")
        return super().result()
class Duck:
    _asyncio_future_blocking = False
    def __init__(self, loop): self._loop = loop; self.cbs = []
    def get_loop(self): print("get_loop"); return self._loop
    def add_done_callback(self, fn, **kw): print("duck adc", sorted(kw)); self.cbs.append(fn)
    def result(self): print("duck result"); return "duck!"
    def cancel(self, *a, **kw): print("duck cancel", a, kw); return False
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()
async def main():
    loop = asyncio.get_running_loop()
    f = F(loop=loop)
    async def w(): return await f
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    f.set_result(5)
    print(await t)
    f = F(loop=loop)
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel("m")
    try: await t
    except asyncio.CancelledError as e: print("cancelled", e.args)
    d = Duck(loop)
    async def wd(): return await d
    t = asyncio.create_task(wd())
    await asyncio.sleep(0)
    for cb in d.cbs: loop.call_soon(cb, d)
    print(await t)
    d = Duck(loop)
    t = asyncio.create_task(wd())
    t.cancel("early")
    try: await t
    except asyncio.CancelledError as e: print("cancelled", e.args)
asyncio.run(main())
