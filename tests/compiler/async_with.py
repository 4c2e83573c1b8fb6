async def main(lock):
    async with lock as held:
        print(held)
