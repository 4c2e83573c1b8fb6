# readuntil / readline with separators, limits, LimitOverrunError, async iteration.
import asyncio


async def main():
    async def handle(reader, writer):
        writer.write(b"line one\nline two\r\nsep--part--end" + b"x" * 30 + b"\n" + b"tail\n" + b"y" * 40)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    print(await reader.readline())
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil(b"--"))
    print(await reader.readuntil(b"--"))
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    print(await reader.readexactly(3))
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await reader.readline())
    try:
        await reader.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    print(await reader.read(100))
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial)
    writer.close()
    await writer.wait_closed()

    async def handle2(reader, writer):
        writer.writelines([b"a\n", b"bb\n", b"ccc"])
        writer.close()

    server2 = await asyncio.start_server(handle2, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server2.sockets[0].getsockname())
    async for line in reader:
        print("line", line)
    writer.close()
    for s in (server, server2):
        s.close()
        await s.wait_closed()
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b"abcdefgh\n")
    r.feed_eof()
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await r.read(), r.at_eof())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
