# The HTTP example under a small load, in-process: a few hundred kept-alive
# requests over a handful of connections, pipelined requests, a POST whose body
# arrives in pieces, clients that vanish mid-request, and Connection: close.
# Afterwards the process must hold exactly the file descriptors it held before
# (no transport, handle or socket outlives its connection).
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples"))
import http_server

CONNECTIONS = 8
REQUESTS = 40          # per connection


def open_fds():
    return len(os.listdir("/proc/self/fd"))


async def read_response(reader):
    status = (await reader.readline()).decode().rstrip()
    headers = {}
    while (line := await reader.readline()) != b"\r\n":
        name, _, value = line.decode().partition(":")
        headers[name.lower()] = value.strip()
    body = await reader.readexactly(int(headers["content-length"]))
    return status, headers, body


async def client(port, k):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    good = 0
    for i in range(REQUESTS):
        writer.write(f"GET /hello?name=c{k}r{i} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        status, headers, body = await read_response(reader)
        good += (status == "HTTP/1.1 200 OK" and headers["connection"] == "keep-alive"
                 and body == f"Hello, c{k}r{i}!\n".encode())
    writer.close()
    await writer.wait_closed()
    return good


async def pipelined(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\n\r\nGET /nowhere HTTP/1.1\r\n\r\n"
                 b"POST /echo HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
    for _ in range(3):
        status, _, body = await read_response(reader)
        print("pipelined:", status, body)
    writer.close()
    await writer.wait_closed()


async def slow_post(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = b"x" * 100_000
    writer.write(b"POST /echo HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % len(body))
    for i in range(0, len(body), 30_000):
        writer.write(body[i:i + 30_000])
        await writer.drain()
        await asyncio.sleep(0.01)
    status, _, echoed = await read_response(reader)
    print("slow post:", status, len(echoed), echoed == body)
    writer.close()
    await writer.wait_closed()


async def vanishing(port):
    # Half a request, then gone: abort() resets the connection.
    for how in ("close", "abort"):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n")
        await writer.drain()
        await asyncio.sleep(0.01)
        if how == "abort":
            writer.transport.abort()
        else:
            writer.close()
        await writer.wait_closed()
    print("vanishing clients: done")


async def connection_close(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
    status, headers, body = await read_response(reader)
    print("close:", status, headers["connection"], body, await reader.read() == b"")
    writer.close()
    await writer.wait_closed()


async def main():
    handlers = []

    async def handle(reader, writer):
        task = asyncio.current_task()
        handlers.append(task)
        await http_server.handle(reader, writer)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, k) for k in range(CONNECTIONS)))
    print("keep-alive responses:", sum(results), "of", CONNECTIONS * REQUESTS)
    await pipelined(port)
    await slow_post(port)
    await vanishing(port)
    await connection_close(port)
    await asyncio.gather(*handlers)
    print("handlers finished:", len(handlers), all(t.done() for t in handlers))
    server.close()
    await server.wait_closed()
    # Let the transports' connection_lost callbacks run and close their sockets.
    for _ in range(5):
        await asyncio.sleep(0)


# The first round may open what lives as long as the process (asp's libuv loop
# keeps its epoll fd and, once something listens, a reserve fd for EMFILE);
# from then on every round must end where it began.
asyncio.run(main())
before = open_fds()
for round in range(3):
    asyncio.run(main())
    print("round", round, "fds as before:", open_fds() == before)
