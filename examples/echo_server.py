# A TCP echo server and its clients in one script, over asyncio streams.
#
#   asp examples/echo_server.py            server and three clients, then exit
#   asp examples/echo_server.py serve 8888 just the server (try: nc 127.0.0.1 8888)
import asyncio
import sys


async def handle_client(reader, writer):
    peer = writer.get_extra_info("peername")
    print(f"server: connection from {peer[0]}")
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    print("server: client closed the connection")
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in lines:
        writer.write(f"{name}: {text}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        print(f"{name} got back {reply.decode().rstrip()!r}")
    writer.close()
    await writer.wait_closed()


async def demo():
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await client(port, "alice", ["hello", "echo?"])
        await asyncio.gather(client(port, "bob", ["one", "two"]),
                             client(port, "carol", ["three"]))
    print("server closed:", not server.is_serving())


async def serve(port):
    server = await asyncio.start_server(handle_client, "127.0.0.1", port)
    print(f"echo server on 127.0.0.1:{server.sockets[0].getsockname()[1]} (Ctrl-C stops it)")
    async with server:
        await server.serve_forever()


if len(sys.argv) > 1 and sys.argv[1] == "serve":
    try:
        asyncio.run(serve(int(sys.argv[2]) if len(sys.argv) > 2 else 8888))
    except KeyboardInterrupt:
        print("bye")
else:
    asyncio.run(demo())
