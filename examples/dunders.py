# The five async dunder methods, each reached through its own expression:
#   await x          -> type(x).__await__
#   async with x     -> type(x).__aenter__ / __aexit__
#   async for y in x -> type(x).__aiter__, then __anext__ until StopAsyncIteration
import asyncio


class Ticket:
    """Awaitable: `await Ticket(n)` waits one loop round, then gives n back."""

    def __init__(self, number):
        self.number = number

    def __await__(self):
        yield  # a bare yield hands control to the event loop for one round
        return self.number


class Counter:
    """Asynchronous context manager that counts how often it was entered."""

    entered = 0

    async def __aenter__(self):
        Counter.entered += 1
        print("enter", Counter.entered)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError  # swallow KeyError only


class Countdown:
    """Asynchronous iterator."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return await Ticket(self.n + 1)


async def main():
    print("ticket", await Ticket(7))
    async with Counter():
        print("inside")
    async with Counter():
        raise KeyError("swallowed by __aexit__")
    async for n in Countdown(3):
        print("countdown", n)
    print([n * n async for n in Countdown(4)])


asyncio.run(main())
