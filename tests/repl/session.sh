#!/bin/sh
# A whole session on a terminal: banner, echo and `_`, a multi-line def, a
# traceback and then more work, a SyntaxError with its caret, Tab completion
# of `str.up`, help, and Ctrl-D leaving with status 0.
. "$(dirname "$0")/common.inc"
drive <<'END' || exit 1
expect asp 0.1
expect Type "help", "copyright", "credits" or "license" for more information.\n>>> 
send 6 * 7\r
expect \n42\n>>> 
send _ + 1\r
expect \n43\n>>> 
send None\r
expect \n>>> 
send def twice(x):\r
expect \n... 
send     y = x * 2\r
expect \n... 
send     return y\r
expect \n... 
send \r
expect \n>>> 
send twice(21)\r
expect \n42\n>>> 
send 1 / 0\r
expect \nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> 
send twice('ab')\r
expect \n'abab'\n>>> 
send 1 +\r
expect \n  File "<stdin>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>> 
send str.up\t
expect str.upper(
send 'x')\r
expect \n'X'\n>>> 
send help\r
expect docs.python.org
expect >>> 
send \x04
exit 0
END
echo ok
