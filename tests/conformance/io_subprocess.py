# asyncio subprocesses: communicate, returncode, pipes, STDOUT merge, DEVNULL,
# signals, shell commands, a missing program.
import asyncio
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def main():
    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    print(repr(proc) == f"<Process {proc.pid}>", proc.returncode)
    out, err = await proc.communicate(b"hello through cat\n")
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo out; echo err >&2; exit 3",
                                                 stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo a; echo b >&2", stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo hidden", stdout=DEVNULL)
    print(await proc.wait(), proc.stdout)

    proc = await asyncio.create_subprocess_exec("sleep", "10")
    proc.terminate()
    print("terminated:", await proc.wait())
    proc = await asyncio.create_subprocess_exec("sleep", "10")
    proc.kill()
    print("killed:", await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        print("ProcessLookupError", repr(e))

    proc = await asyncio.create_subprocess_exec("sh", "-c", "read x; echo got $x; exit 7",
                                                stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b"42\n")
    await proc.stdin.drain()
    line = await proc.stdout.readline()
    print(line, await proc.wait())
    print(await proc.stdout.read())

    proc = await asyncio.create_subprocess_exec("seq", "1", "20000", stdout=PIPE)
    data = await proc.stdout.read()
    print(len(data), data[-6:], await proc.wait())

    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    proc = await asyncio.create_subprocess_exec("pwd", stdout=PIPE, cwd="/tmp")
    print((await proc.communicate())[0])
    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo $ASP_TEST_VAR", stdout=PIPE,
                                                env={"ASP_TEST_VAR": "from env", "PATH": "/usr/bin:/bin"})
    print((await proc.communicate())[0])
    results = await asyncio.gather(*(asyncio.create_subprocess_shell(f"exit {i}") for i in range(3)))
    print([await p.wait() for p in results])


asyncio.run(main())
