# Flow control: a large write pauses the writer until the peer reads; drain()
# waits; the reader pauses its transport above 2 * limit and resumes below.
import asyncio

SIZE = 4 * 1024 * 1024


async def main():
    got = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        await asyncio.sleep(0.1)    # let the client's buffer fill up first
        total = 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            total += len(chunk)
        got.set_result(total)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = writer.transport
    print("limits:", transport.get_write_buffer_limits())
    writer.write(b"x" * SIZE)
    print("buffered a lot:", transport.get_write_buffer_size() > 64 * 1024)
    print("protocol paused:", writer._protocol._paused)
    await writer.drain()
    print("after drain:", transport.get_write_buffer_size() <= 16 * 1024, writer._protocol._paused)
    for i in range(20):
        writer.write(bytes([65 + i]) * 100000)
        await writer.drain()
    writer.write_eof()
    print("server received:", await got, SIZE + 20 * 100000)
    writer.close()
    await writer.wait_closed()

    # reading side: the reader pauses its transport when it holds > 2 * limit
    big = asyncio.get_running_loop().create_future()

    async def sender(reader, writer):
        writer.write(b"y" * 300000)
        await writer.drain()
        writer.close()
        big.set_result(True)

    server2 = await asyncio.start_server(sender, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server2.sockets[0].getsockname()[1], limit=1024)
    await asyncio.sleep(0.1)
    print("reader paused:", reader._paused, len(reader._buffer) >= 2048)
    data = await reader.read()
    print("read all:", len(data), await big)
    writer.close()
    await writer.wait_closed()
    transport.set_write_buffer_limits(high=100, low=10)
    print(transport.get_write_buffer_limits())
    try:
        transport.set_write_buffer_limits(high=1, low=10)
    except ValueError as e:
        print("ValueError:", e)
    for s in (server, server2):
        s.close()
        await s.wait_closed()


asyncio.run(main())
