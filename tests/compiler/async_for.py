async def main(source):
    async for item in source:
        if item:
            break
        print(item)
    else:
        print("done")
