# StreamReader fed by hand: separators split across chunks, limits, EOF,
# errors, concurrent readers, flow control against a fake transport, repr.
import asyncio


class FakeTransport:
    def __init__(self):
        self.log = []

    def pause_reading(self):
        self.log.append("pause")

    def resume_reading(self):
        self.log.append("resume")

    def __repr__(self):
        return "<FakeTransport>"


async def feed_later(reader, chunks, eof=True):
    for c in chunks:
        await asyncio.sleep(0)
        reader.feed_data(c)
    if eof:
        reader.feed_eof()


async def attempt(label, coro):
    try:
        print(label, repr(await coro))
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as e:
        print(label, type(e).__name__, e, getattr(e, "partial", None), getattr(e, "consumed", None))
    except (ValueError, RuntimeError) as e:
        print(label, type(e).__name__, e)


async def main():
    r = asyncio.StreamReader()
    print(repr(r), r.at_eof())
    asyncio.create_task(feed_later(r, [b"ab", b"c\r", b"\nde", b"f\r\n", b"tail"]))
    await attempt("until", r.readuntil(b"\r\n"))
    await attempt("until", r.readuntil(b"\r\n"))
    await attempt("until", r.readuntil(b"\r\n"))
    print(r.at_eof(), repr(r))

    for limit in (3, 4, 5, 6, 7):
        r = asyncio.StreamReader(limit=limit)
        r.feed_data(b"abcdef\nxyz")
        r.feed_eof()
        await attempt(f"limit {limit}", r.readuntil(b"\n"))
        await attempt(f"limit {limit} line", r.readline())
        await attempt(f"limit {limit} rest", r.read())

    r = asyncio.StreamReader(limit=4)
    asyncio.create_task(feed_later(r, [b"ab", b"cd", b"ef", b"gh\n", b"ok\n"]))
    await attempt("overrun line", r.readline())
    await attempt("after overrun", r.readline())
    await attempt("at eof", r.readline())

    r = asyncio.StreamReader(limit=4)
    asyncio.create_task(feed_later(r, [b"ab", b"cdef--", b"g"]))
    await attempt("sep found late", r.readuntil(b"--"))
    await attempt("rest", r.read(100))

    r = asyncio.StreamReader()
    await attempt("empty sep", r.readuntil(b""))
    await attempt("negative", r.readexactly(-1))
    await attempt("zero", r.readexactly(0))
    await attempt("read 0", r.read(0))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)

    r = asyncio.StreamReader()
    asyncio.create_task(feed_later(r, [b"12", b"345", b"6"]))
    await attempt("exactly", r.readexactly(4))
    await attempt("exactly", r.readexactly(4))

    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(5))
    await asyncio.sleep(0)
    await attempt("second reader", r.readline())
    r.feed_data(b"hello world")
    print("first reader:", await t)
    r.set_exception(ConnectionResetError("gone"))
    print(repr(r))
    try:
        await r.read()
    except ConnectionResetError as e:
        print("exception:", e, r.exception() is e)

    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readexactly(3))
    await asyncio.sleep(0)
    r.set_exception(OSError(5, "io"))
    try:
        await t
    except OSError as e:
        print("waiter got:", e)

    # flow control: pause above 2 * limit, resume at limit
    r = asyncio.StreamReader(limit=10)
    tr = FakeTransport()
    r.set_transport(tr)
    r.feed_data(b"x" * 20)
    print(tr.log, r._paused)
    r.feed_data(b"x")
    print(tr.log, r._paused, repr(r))
    r.feed_data(b"x" * 5)
    print(tr.log)
    print(len(await r.read(10)), tr.log)
    print(len(await r.read(6)), tr.log, r._paused)
    r.feed_data(b"y" * 30)
    print(tr.log)
    print(len(await r.read()) if r.feed_eof() is None else None, tr.log)

    r = asyncio.StreamReader(limit=2)
    tr = FakeTransport()
    r.set_transport(tr)
    r.feed_data(b"abcde")
    t = asyncio.create_task(r.readuntil(b"!"))
    await asyncio.sleep(0)
    print("waiting resumes:", tr.log, t.done())
    r.feed_data(b"!")
    await asyncio.sleep(0)
    print(t.done(), t.exception() if t.done() else None)

    r = asyncio.StreamReader()
    asyncio.create_task(feed_later(r, [b"one\ntw", b"o\n", b"three"]))
    async for line in r:
        print("line:", line)


asyncio.run(main())
