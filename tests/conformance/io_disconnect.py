# A peer that goes away: EOF mid-read, reset connections, writes to a closed
# peer, abort(); nothing crashes and no fd leaks.
import asyncio
import os


def open_fds():
    return len(os.listdir("/proc/self/fd"))


async def main():
    # libuv keeps one reserve fd (for EMFILE) once anything has listened:
    # count from after a first server.
    warm = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    warm.close()
    await warm.wait_closed()
    before = open_fds()
    done = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        try:
            print("server read:", await reader.readexactly(100))
        except asyncio.IncompleteReadError as e:
            print("server: peer left after", len(e.partial), "bytes")
        writer.close()
        await writer.wait_closed()
        done.set_result(None)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"partial")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await done

    # The server aborts: the client sees EOF or a reset, then writes fail.
    async def rude(reader, writer):
        writer.transport.abort()

    server2 = await asyncio.start_server(rude, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server2.sockets[0].getsockname()[1])
    data = await reader.read(10)
    print("client read after abort:", data)
    failed = None
    for i in range(50):
        writer.write(b"z" * 10000)
        try:
            await writer.drain()
        except (ConnectionResetError, BrokenPipeError) as e:
            failed = type(e).__name__
            break
        await asyncio.sleep(0.01)
    print("write to a closed peer failed:", failed is not None)
    print("is_closing:", writer.is_closing())
    writer.close()
    try:
        await writer.wait_closed()
    except (ConnectionResetError, BrokenPipeError):
        pass
    for s in (server, server2):
        s.close()
        await s.wait_closed()
    await asyncio.sleep(0)
    print("fds back to start:", open_fds() == before)


asyncio.run(main())
