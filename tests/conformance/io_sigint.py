# SIGINT during asyncio.run cancels the main task; the run ends with
# KeyboardInterrupt (exit status 130), after the task's cleanup ran.
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("cleanup")


asyncio.run(main())
