# Loop methods: run_forever/stop, run_until_complete, exception handlers,
# debug flags, new/set/get_event_loop, Runner.
import asyncio


def callback(loop, log, n):
    log.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(callback, loop, log, n + 1)


loop = asyncio.new_event_loop()
log = []
loop.call_soon(callback, loop, log, 1)
loop.run_forever()
print("run_forever stopped after", log, loop.is_running())


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(loop.run_until_complete(add(2, 3)))
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)


def handler(lp, context):
    print("handler got:", context["message"].replace(__file__, "FILE"), repr(context.get("exception")))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def broken():
    raise RuntimeError("callback broke")


loop.call_soon(broken)
loop.run_until_complete(asyncio.sleep(0.001))
loop.set_exception_handler(None)
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError:", e)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)

asyncio.set_event_loop(asyncio.new_event_loop())
lp = asyncio.get_event_loop()
print(lp.run_until_complete(add(10, 20)), lp is asyncio.get_event_loop())
lp.close()
asyncio.set_event_loop(None)

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    print(type(runner.get_loop()).__name__ != "")
try:
    runner.run(add(0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)


async def uses_loop():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "later")
    h = loop.call_at(loop.time() + 0.002, print, "call_at fired")
    print(type(h).__name__, h.cancelled())
    print(await fut)
    await asyncio.sleep(0.005)
    print(asyncio.get_event_loop() is loop)


asyncio.run(uses_loop())
