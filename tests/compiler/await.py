async def fetch(x):
    return x

async def main():
    value = await fetch(1)
    return value
