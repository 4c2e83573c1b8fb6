"""signal — signal numbers, Signals and the handler queries asyncio needs.

Python-level handlers run through the event loop (loop.add_signal_handler, on
libuv signal handles); outside it SIGINT keeps raising KeyboardInterrupt, which
is what default_int_handler stands for here."""

import _uv
from enum import IntEnum

__all__ = ["Signals", "SIGABRT", "SIGALRM", "SIGCHLD", "SIGCONT", "SIGHUP", "SIGINT",
           "SIGKILL", "SIGPIPE", "SIGQUIT", "SIGSEGV", "SIGSTOP", "SIGTERM", "SIGUSR1",
           "SIGUSR2", "SIGWINCH", "SIG_DFL", "SIG_IGN", "NSIG", "default_int_handler",
           "getsignal", "raise_signal", "strsignal", "valid_signals"]


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGWINCH = 28


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65

_descriptions = {
    1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
    5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error", 8: "Floating point exception",
    9: "Killed", 10: "User defined signal 1", 11: "Segmentation fault",
    12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated",
    17: "Child exited", 18: "Continued", 19: "Stopped (signal)", 20: "Stopped",
    21: "Stopped (tty input)", 22: "Stopped (tty output)", 28: "Window changed",
}


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def getsignal(signalnum):
    if signalnum == SIGINT:
        return default_int_handler
    if signalnum == SIGPIPE:
        return SIG_IGN
    return SIG_DFL


def strsignal(signalnum):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return _descriptions.get(int(signalnum))


def valid_signals():
    return set(range(1, 32)) | set(range(34, NSIG))


def raise_signal(signalnum):
    import os
    _uv.kill(os.getpid(), signalnum)


def _kill(pid, signalnum):
    _uv.kill(pid, signalnum)
