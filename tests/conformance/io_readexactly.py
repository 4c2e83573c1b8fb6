# StreamReader.readexactly / read / at_eof and IncompleteReadError.
import asyncio


async def main():
    async def handle(reader, writer):
        writer.write(b"0123456789")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(4))
    print(await reader.readexactly(0))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e)
        print(e.partial, e.expected, isinstance(e, EOFError))
    print(reader.at_eof(), await reader.read(), await reader.read(5))
    writer.close()
    await writer.wait_closed()

    # read(n) returns what is there; read() reads to EOF
    async def handle2(reader, writer):
        writer.write(b"abc")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(b"defgh")
        writer.write_eof()
        print("server got", await reader.read())
        writer.close()

    server2 = await asyncio.start_server(handle2, "127.0.0.1", 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port2)
    print(await reader.read(100))
    print(await reader.read(2))
    print(await reader.read())
    print(reader.at_eof())
    writer.write(b"bye")
    writer.write_eof()
    print(writer.can_write_eof())
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.sleep(0.05)
    writer.close()
    await writer.wait_closed()
    for s in (server, server2):
        s.close()
        await s.wait_closed()
    e = asyncio.IncompleteReadError(b"xy", None)
    print(e, repr(e.partial), e.expected)


asyncio.run(main())
