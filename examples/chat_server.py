# A line-based chat server: every line a client sends goes to all the others.
#
#   asp examples/chat_server.py [PORT]      serve on 127.0.0.1:PORT (default 8888);
#                                           try two terminals with: nc 127.0.0.1 8888
#   asp examples/chat_server.py --self-test start it, connect two clients, exit
import asyncio
import sys


class ChatServer:
    def __init__(self):
        self.clients = {}          # writer -> nickname

    async def handle(self, reader, writer):
        writer.write(b"nickname? ")
        await writer.drain()
        name = (await reader.readline()).decode().strip() or "anonymous"
        self.clients[writer] = name
        await self.broadcast(f"* {name} joined ({len(self.clients)} online)\n", None)
        try:
            while line := await reader.readline():
                text = line.decode().rstrip()
                if text == "/quit":
                    break
                if text == "/who":
                    writer.write((", ".join(sorted(self.clients.values())) + "\n").encode())
                    await writer.drain()
                    continue
                await self.broadcast(f"<{name}> {text}\n", writer)
        except ConnectionError:
            pass
        finally:
            del self.clients[writer]
            writer.close()
            await self.broadcast(f"* {name} left\n", None)

    async def broadcast(self, message, sender):
        data = message.encode()
        for writer in list(self.clients):
            if writer is not sender and not writer.is_closing():
                writer.write(data)
        for writer in list(self.clients):
            if writer is not sender and not writer.is_closing():
                try:
                    await writer.drain()
                except ConnectionError:
                    pass


async def expect(reader, who):
    line = await asyncio.wait_for(reader.readline(), 5)
    print(f"{who} sees: {line.decode().rstrip()}")


async def self_test():
    chat = ChatServer()
    server = await asyncio.start_server(chat.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        ra, wa = await asyncio.open_connection("127.0.0.1", port)
        print("ann is asked:", (await ra.readexactly(10)).decode())
        wa.write(b"ann\n")
        await expect(ra, "ann")
        rb, wb = await asyncio.open_connection("127.0.0.1", port)
        await rb.readexactly(10)
        wb.write(b"bob\n")
        await expect(ra, "ann")
        await expect(rb, "bob")
        wa.write(b"hi bob\n")
        await expect(rb, "bob")
        wb.write(b"/who\n")
        await expect(rb, "bob")
        wb.write(b"hello ann, bye\n/quit\n")
        await expect(ra, "ann")
        await expect(ra, "ann")
        print("bob's stream at EOF:", await rb.read() == b"")
        wa.close()
        wb.close()
        await wa.wait_closed()
        await wb.wait_closed()
        while chat.clients:
            await asyncio.sleep(0.01)
    print("chat server closed")


async def serve(port):
    server = await asyncio.start_server(ChatServer().handle, "127.0.0.1", port)
    print(f"chat server on 127.0.0.1:{port} (Ctrl-C stops it)")
    async with server:
        await server.serve_forever()


if "--self-test" in sys.argv[1:]:
    asyncio.run(self_test())
else:
    try:
        asyncio.run(serve(int(sys.argv[1]) if len(sys.argv) > 1 else 8888))
    except KeyboardInterrupt:
        print("bye")
