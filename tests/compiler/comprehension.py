def squares(n):
    return [i * i for i in range(n) if i % 2]

async def collect(source):
    return [x async for x in source]
