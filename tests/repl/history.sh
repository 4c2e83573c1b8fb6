#!/bin/sh
# History persists in ~/.asp_history across sessions: the second session
# recalls the first one's line with Up and with a Ctrl-R search.
. "$(dirname "$0")/common.inc"
drive <<'END' || exit 1
expect >>> 
send secret = 6 * 7\r
expect \n>>> 
send other = 1\r
expect \n>>> 
send \x04
exit 0
END
[ -s "$HOME/.asp_history" ] || { echo "no ~/.asp_history written"; exit 1; }
drive <<'END' || exit 1
expect >>> 
send secret = 0\r
expect \n>>> 
send \e[A\e[A\e[A\r
expect secret = 6 * 7\n>>> 
send secret\r
expect \n42\n>>> 
send secret = 0\r
expect \n>>> 
send \x12= 6\r
expect \n>>> 
send secret\r
expect \n42\n>>> 
send \x04
exit 0
END
echo ok
