# A minimal HTTP/1.1 server with keep-alive on asyncio streams.
#
#   asp examples/http_server.py [PORT]      serve on 127.0.0.1:PORT (default: $PORT or 8080;
#                                           0: any free port, printed), then:
#       curl -v http://127.0.0.1:8080/ http://127.0.0.1:8080/hello?name=asp
#       curl -d 'some data' http://127.0.0.1:8080/echo
#   asp examples/http_server.py --self-test requests over one kept-alive connection
import asyncio
import os
import sys

REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}


def route(method, path, body):
    target, _, query = path.partition("?")
    params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
    if target == "/" and method in ("GET", "HEAD"):
        return 200, "Welcome to asp's HTTP server.\n"
    if target == "/hello" and method in ("GET", "HEAD"):
        return 200, f"Hello, {params.get('name', 'world')}!\n"
    if target == "/echo":
        if method != "POST":
            return 405, "POST something to /echo\n"
        return 200, body.decode("utf-8", "replace")
    return 404, f"No such page: {target}\n"


async def read_request(reader):
    """(method, path, version, headers, body), or None at the end of the connection."""
    line = await reader.readline()
    if not line.strip():
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3:
        raise ValueError("bad request line")
    method, path, version = parts
    headers = {}
    while (h := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = h.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return method, path, version, headers, body


async def handle(reader, writer):
    try:
        while True:
            try:
                request = await read_request(reader)
            except (ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                request = ("GET", "", "HTTP/1.0", {}, b"")
                status, text, keep_alive = 400, "Bad request\n", False
            else:
                if request is None:
                    break
                method, path, version, headers, body = request
                status, text = route(method, path, body)
                connection = headers.get("connection", "").lower()
                keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
            payload = text.encode()
            head = (f"HTTP/1.1 {status} {REASONS[status]}\r\n"
                    f"Content-Type: text/plain; charset=utf-8\r\n"
                    f"Content-Length: {len(payload)}\r\n"
                    f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n")
            writer.write(head.encode() + (b"" if request[0] == "HEAD" else payload))
            await writer.drain()
            if not keep_alive:
                break
    except ConnectionError:
        pass
    writer.close()


async def fetch(reader, writer, method, path, body=b"", close=False):
    request = f"{method} {path} HTTP/1.1\r\nHost: localhost\r\n"
    if body:
        request += f"Content-Length: {len(body)}\r\n"
    if close:
        request += "Connection: close\r\n"
    writer.write(request.encode() + b"\r\n" + body)
    status = (await reader.readline()).decode().rstrip()
    headers = {}
    while (h := await reader.readline()) != b"\r\n":
        name, _, value = h.decode().partition(":")
        headers[name.lower()] = value.strip()
    data = await reader.readexactly(int(headers["content-length"])) if method != "HEAD" else b""
    print(f"{method} {path} -> {status} [{headers['connection']}] {data!r}")


async def self_test():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await fetch(reader, writer, "GET", "/")
        await fetch(reader, writer, "GET", "/hello?name=asp")
        await fetch(reader, writer, "HEAD", "/")
        await fetch(reader, writer, "POST", "/echo", b"echo this body")
        await fetch(reader, writer, "GET", "/echo")
        await fetch(reader, writer, "GET", "/missing", close=True)
        print("server closed the connection:", await reader.read() == b"")
        writer.close()
        await writer.wait_closed()


async def serve(port):
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    port = server.sockets[0].getsockname()[1]       # the one chosen for port 0
    print(f"HTTP server on http://127.0.0.1:{port}/ (Ctrl-C stops it)", flush=True)
    async with server:
        await server.serve_forever()


def main(argv):
    if "--self-test" in argv:
        asyncio.run(self_test())
        return
    port = int(argv[0]) if argv else int(os.environ.get("PORT", "8080"))
    try:
        asyncio.run(serve(port))
    except KeyboardInterrupt:
        print("bye")


if __name__ == "__main__":
    main(sys.argv[1:])
