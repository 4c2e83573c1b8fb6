# asyncio streams over TCP: echo server, several clients, extra info, EOF handling.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    sock = writer.get_extra_info("sockname")
    print("server: peer host", peer[0], "sock host", sock[0], type(peer[1]).__name__)
    while True:
        data = await reader.read(100)
        if not data:
            break
        writer.write(data[::-1])
        await writer.drain()
    print("server: client EOF, at_eof =", reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def client(port, msgs):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: connected, closing =", writer.is_closing())
    out = []
    for m in msgs:
        writer.write(m)
        await writer.drain()
        out.append(await reader.readexactly(len(m)))
    writer.write_eof()
    rest = await reader.read()
    print("client: rest after EOF", rest, reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("client: closing =", writer.is_closing())
    return out


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    addr = server.sockets[0].getsockname()
    print("listening on", addr[0], type(addr[1]).__name__, server.is_serving())
    print(len(server.sockets), server.sockets[0].family, server.sockets[0].type)
    r1 = await client(addr[1], [b"hello", b"world"])
    print(r1)
    results = await asyncio.gather(*(client(addr[1], [str(i).encode() * 3]) for i in range(3)))
    print(results)
    # writelines and readline on the same connection
    reader, writer = await asyncio.open_connection("127.0.0.1", addr[1])
    writer.writelines([b"ab", b"cd", b"\n"])
    print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("serving:", server.is_serving(), server.sockets)


asyncio.run(main())
