#!/bin/sh
# Top-level await and the event loop running while the prompt waits: a
# background task prints on lines of its own (the line being typed is erased
# first and shown again after), and Ctrl-C interrupts an await.
. "$(dirname "$0")/common.inc"
drive <<'END' || exit 1
expect >>> 
send import asyncio\r
expect \n>>> 
send await asyncio.sleep(0.05, result='slept')\r
expect \n'slept'\n>>> 
send async def ticker(n):\r
send     for i in range(n):\r
send         await asyncio.sleep(0.2)\r
send         print('tick', i)\r
send     return 'ticked'\r
send \r
expect \n>>> 
send t = asyncio.create_task(ticker(3))\r
expect \n>>> 
send x = 4
expect \ntick 0\n
expect \ntick 1\n
send 2\r
expect \ntick 2\n
send x, t.done(), t.result()\r
expect \n(42, True, 'ticked')\n>>> 
send await asyncio.sleep(10)\r
sleep 200
send \x03
expect Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> 
send async def agen():\r
send     yield 1\r
send     yield 2\r
send \r
expect \n>>> 
send [x async for x in agen()]\r
expect \n[1, 2]\n>>> 
send async for v in agen(): print("v", v)\r
expect \n... 
send \r
expect \nv 1\nv 2\n>>> 
send async with asyncio.timeout(1): await asyncio.sleep(0, "in")\r
expect \n... 
send \r
expect \n>>> 
send await asyncio.sleep(0, 1) / 0\r
expect \nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> 
send \x04
exit 0
END
echo ok
