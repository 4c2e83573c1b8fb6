# asyncio and threads: call_soon_threadsafe waking a sleeping loop,
# run_coroutine_threadsafe, wrap_future, run_in_executor with an executor,
# and an event loop running in a background thread (the running loop is per
# thread).
import asyncio
import concurrent.futures
import threading
import time


async def wake_from_thread():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def in_thread():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, "woken by " + threading.current_thread().name)

    threading.Thread(target=in_thread, name="waker").start()
    # Nothing else is scheduled: the loop sleeps in libuv until the wake-up.
    print(await asyncio.wait_for(fut, 5))


async def executor_calls():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="mine") as ex:
        r = await loop.run_in_executor(ex, lambda: threading.current_thread().name)
        print("run_in_executor", r)
        cfut = ex.submit(time.sleep, 0.02)
        afut = asyncio.wrap_future(cfut)
        print("wrap_future", type(afut).__name__, await afut, cfut.done())
        bad = asyncio.wrap_future(ex.submit(int, "x"))
        try:
            await bad
        except ValueError as e:
            print("wrapped error:", e)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError", e)


async def answer(x):
    await asyncio.sleep(0.01)
    return x * 2


async def boom():
    await asyncio.sleep(0)
    raise KeyError("in coroutine")


def background_loop():
    """An event loop in its own thread, fed from the main thread."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run():
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        loop.run_forever()

    t = threading.Thread(target=run, name="loop-thread")
    t.start()
    ready.wait()
    print("main has no running loop:", asyncio._get_running_loop() is None)
    f = asyncio.run_coroutine_threadsafe(answer(21), loop)
    print("run_coroutine_threadsafe", type(f).__name__, f.result(timeout=5))
    g = asyncio.run_coroutine_threadsafe(boom(), loop)
    try:
        g.result(timeout=5)
    except KeyError as e:
        print("raised in loop thread:", e)

    async def where():
        return threading.current_thread().name, asyncio.get_running_loop() is loop

    print(asyncio.run_coroutine_threadsafe(where(), loop).result(5))
    try:
        asyncio.run_coroutine_threadsafe(answer, loop)
    except TypeError as e:
        print("TypeError", e)
    loop.call_soon_threadsafe(loop.stop)
    t.join()
    loop.close()
    print("loop thread done", t.is_alive())


async def main():
    await wake_from_thread()
    await executor_calls()
    # asyncio.run inside a worker thread while this loop runs.
    res = await asyncio.to_thread(asyncio.run, answer(5))
    print("asyncio.run in a thread", res)


asyncio.run(main())
background_loop()
print("threads", threading.active_count())
