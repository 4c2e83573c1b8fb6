# Unix domain sockets: start_unix_server / open_unix_connection, extra info,
# and no file descriptor left open afterwards.
import asyncio
import os

PATH = f"/tmp/asp-io-unix-{os.getpid()}.sock"


def open_fds():
    return len(os.listdir("/proc/self/fd"))


async def handle(reader, writer):
    print("server sockname is the path:", writer.get_extra_info("sockname") == PATH)
    print("server peername:", repr(writer.get_extra_info("peername")))
    async for line in reader:
        writer.write(line.upper())
    writer.close()
    await writer.wait_closed()


async def main():
    # libuv keeps one reserve fd (for EMFILE) once anything has listened:
    # count from after a first server.
    warm = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    warm.close()
    await warm.wait_closed()
    before = open_fds()
    server = await asyncio.start_unix_server(handle, PATH)
    print("socket:", server.sockets[0].getsockname() == PATH, server.sockets[0].family)
    reader, writer = await asyncio.open_unix_connection(PATH)
    print("client peername is the path:", writer.get_extra_info("peername") == PATH)
    writer.write(b"hello\nunix\n")
    print(await reader.readline(), await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0)
    print("fds back to start:", open_fds() == before)
    os.remove(PATH)


asyncio.run(main())
