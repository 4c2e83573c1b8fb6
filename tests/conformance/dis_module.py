# The dis module shows asp's own bytecode (the expected output is asp's, by
# hand-checked design, not CPython's: see NAME.manual in tests/run).
import dis


async def f(source):
    async for item in source:
        await item


dis.dis(f)
print(dis.get_code(f).co_name, "ok")
