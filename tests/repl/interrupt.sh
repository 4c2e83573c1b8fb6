#!/bin/sh
# Ctrl-C at the prompt, in a busy loop and in time.sleep; exit() and an
# uncaught SystemExit end the session with their status.
. "$(dirname "$0")/common.inc"
drive <<'END' || exit 1
expect >>> 
send half a line
send \x03
expect \nKeyboardInterrupt\n>>> 
send while True: pass\r
expect \n... 
send \r
sleep 300
send \x03
expect Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> 
send import time; time.sleep(30)\r
sleep 300
send \x03
expect Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> 
send 'still', 'here'\r
expect ('still', 'here')\n>>> 
send exit()\r
exit 0
END
drive <<'END' || exit 1
expect >>> 
send raise SystemExit(3)\r
exit 3
END
echo ok
