# The self-tests of the chat and HTTP examples, run as child processes of this
# interpreter (sys.executable) through asyncio subprocess pipes.
import asyncio
import sys


async def run_example(name):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, f"../../examples/{name}", "--self-test",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    print(f"--- {name} (exit {proc.returncode})")
    print(out.decode(), end="")


async def main():
    await run_example("chat_server.py")
    await run_example("http_server.py")


asyncio.run(main())
