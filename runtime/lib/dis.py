"""dis — show the bytecode asp compiles Python to (the same listing as
`asp --dis`; asp's instruction set is its own, see src/opcodes.def)."""

import sys
import _dis

__all__ = ["dis", "code_info", "get_code"]


def get_code(x):
    """The code object behind a function, method, generator, coroutine or source string."""
    for attr in ("__func__", "__wrapped__"):
        while hasattr(x, attr):
            x = getattr(x, attr)
    for attr in ("__code__", "gi_code", "cr_code", "ag_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    if type(x).__name__ == "code":
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def dis(x=None, *, file=None, depth=None):
    if x is None:
        raise TypeError("dis() needs an object to disassemble in asp")
    out = sys.stdout if file is None else file
    if isinstance(x, type):
        for name, value in sorted(vars(x).items()):
            try:
                code = get_code(value)
            except TypeError:
                continue
            print(f"Disassembly of {name}:", file=out)
            out.write(_dis.disassemble(code))
            print(file=out)
        return
    out.write(_dis.disassemble(get_code(x)))


def code_info(x):
    code = get_code(x)
    return "\n".join([
        f"Name:              {code.co_name}",
        f"Filename:          {code.co_filename}",
        f"Argument count:    {code.co_argcount}",
        f"First line number: {code.co_firstlineno}",
    ])
