# contextlib's async helpers: asynccontextmanager, AsyncExitStack, aclosing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b"):
            raise ValueError("inside b")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            print("entered", await stack.enter_async_context(resource(n)))
        stack.push_async_callback(asyncio.sleep, 0)
    async with contextlib.aclosing(numbers()) as gen:
        async for i in gen:
            if i == 2:
                break
    with contextlib.suppress(KeyError):
        {}["missing"]
    print("suppressed")
    async with contextlib.nullcontext(42) as v:
        print("nullcontext", v)


asyncio.run(main())
