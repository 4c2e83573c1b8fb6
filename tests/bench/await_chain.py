# Deep await chains without the loop: coroutine call/return overhead.
import asyncio


async def leaf(x):
    return x + 1


async def middle(x):
    return await leaf(x) + await leaf(x)


async def main():
    total = 0
    for i in range(200_000):
        total += await middle(i)
    print(total)


asyncio.run(main())
