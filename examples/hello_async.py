# asp's first async program: three tasks sharing one event loop.
import asyncio


async def greeter(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        print(f"{name}: hello #{i + 1}")
    return f"{name} done"


async def main():
    results = await asyncio.gather(
        greeter("fast", 0.01, 3),
        greeter("slow", 0.025, 2),
    )
    print(results)


asyncio.run(main())
