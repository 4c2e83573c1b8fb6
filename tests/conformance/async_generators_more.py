# Async generators: asend/athrow/aclose, ag_* attributes, errors, hooks.
import asyncio


async def agen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("handled", e)
        yield "after error"
    finally:
        print("agen finally")


async def main():
    g = agen()
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen()
    try:
        await g2.asend("x")
    except TypeError as e:
        print(e)
    await g2.aclose()
    g3 = agen()
    await g3.__anext__()
    await g3.aclose()
    print(await anext(agen()))
    print(await anext(g3, "fallback"))
    aw = g3.__anext__()
    print(type(aw).__name__)
    try:
        await aw
    except StopAsyncIteration:
        print("closed generator stops")

    async def countdown(n):
        while n:
            yield n
            n -= 1

    print([x async for x in countdown(3)])
    print([x * y async for x in countdown(2) for y in range(2)])
    print({x: x async for x in countdown(2)})
    total = 0
    async for v in countdown(4):
        if v == 2:
            break
        total += v
    print("total", total)

    async def bad():
        yield 1
        raise StopAsyncIteration

    try:
        async for _ in bad():
            pass
    except RuntimeError as e:
        print(e)

    async def ignore_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    ie = ignore_exit()
    await ie.__anext__()
    try:
        await ie.aclose()
    except RuntimeError as e:
        print(e)


asyncio.run(main())


async def leftover():
    try:
        yield 1
        yield 2
    finally:
        print("leftover finalised at shutdown")


async def main2():
    g = leftover()
    await g.__anext__()
    print("main2 returns with g suspended")


asyncio.run(main2())
