# types.coroutine: a generator function made awaitable (a bare yield goes to the loop).
import types, asyncio

@types.coroutine
def legacy():
    value = yield
    return "legacy done"

async def main():
    print(await legacy())
    print(asyncio.iscoroutine(legacy()))

asyncio.run(main())
