# A blocking socket client in a worker thread talks to an asyncio server in
# the main thread: blocking socket calls release the GIL, so the loop runs.
import asyncio, socket, threading

def blocking_client(port, out):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", port))
    s.sendall(b"ping")
    out.append(s.recv(100))
    s.close()

async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    out = []
    await asyncio.to_thread(blocking_client, port, out)
    print(out)
    server.close()
    await server.wait_closed()

asyncio.run(main())
