"""getopt — parser for command line options in the style of C's getopt().

getopt() stops at the first non-option argument; gnu_getopt() lets options
and arguments mix (and honours POSIXLY_CORRECT or a leading '+').  Long
options may be abbreviated to a unique prefix.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """(options as (name, value) pairs, remaining arguments)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        arg = args.pop(0)
        if arg.startswith('--'):
            args = _long(opts, arg[2:], longopts, args)
        else:
            args = _short(opts, arg[1:], shortopts, args)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt() that also finds options after plain arguments."""
    opts = []
    prog_args = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first = True
    args = list(args)
    while args:
        if args[0] == '--':
            prog_args += args[1:]
            break
        arg = args[0]
        if arg[:2] == '--':
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _short(opts, arg[1:], shortopts, args[1:])
        elif stop_at_first:
            prog_args += args
            break
        else:
            prog_args.append(arg)
            args = args[1:]
    return opts, prog_args


def _long(opts, opt, longopts, args):
    name, eq, value = opt.partition('=')
    has_arg, name = _long_has_args(name, longopts)
    if has_arg:
        if not eq:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value = args.pop(0)
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value if has_arg else ''))
    return args


def _long_has_args(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    only = matches[0]
    if only.endswith('='):
        return True, only[:-1]
    return False, only


def _short(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
