# StreamReader.readline() edge cases around its fast path (a line taken without
# readuntil()): limits, overlong lines, lines split across feeds, EOF, errors,
# a second concurrent reader, cancellation.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for limit in (4, 5, 6):
        r = asyncio.StreamReader(limit=limit)
        r.feed_data(b"abcd\nabcde\nab")
        r.feed_data(b"cdefgh\nxy\n")
        r.feed_eof()
        out = []
        for _ in range(6):
            try:
                out.append(await r.readline())
            except ValueError as e:
                out.append(("ValueError", str(e), bytes(r._buffer)))
        print(limit, out)
    r = asyncio.StreamReader(limit=8)
    async def feeder():
        for piece in (b"ab", b"cd", b"ef\ngh", b"ijklmnopq", b"\n", b"tail"):
            await asyncio.sleep(0.01)
            r.feed_data(piece)
        r.feed_eof()
    t = asyncio.create_task(feeder())
    res = []
    for _ in range(5):
        try:
            res.append(await r.readline())
        except ValueError as e:
            res.append(("ValueError", str(e)))
    print(res)
    await t
    r = asyncio.StreamReader()
    async def boom():
        await asyncio.sleep(0.01); r.set_exception(ConnectionResetError("gone"))
    t = asyncio.create_task(boom())
    try:
        await r.readline()
    except ConnectionResetError as e:
        print("raised", e)
    r2 = asyncio.StreamReader()
    t1 = asyncio.create_task(r2.readline())
    await asyncio.sleep(0)
    try:
        await r2.readline()
    except RuntimeError as e:
        print(e)
    t1.cancel()
    try:
        await t1
    except asyncio.CancelledError:
        print("cancelled; waiter", r2._waiter)
asyncio.run(main())
