"""inspect — examining live objects: type predicates, signatures, source, frames.

Owns the is*() predicates, Signature / Parameter / BoundArguments (str() and
binding errors as CPython 3.11 for Python functions, methods, classes and
functools.partial), getmembers, getdoc / cleandoc, getsource (found by
indentation from the code's first line), currentframe / stack, getmodule,
getfile and unwrap.  Native functions carry no __text_signature__, so
signature() of a builtin raises ValueError("no signature found for builtin
...") where CPython would often succeed.
"""

import sys
import types
import functools
import linecache
from collections import namedtuple

__all__ = [
    'ArgInfo', 'Attribute', 'BlockFinder', 'BoundArguments', 'CO_ASYNC_GENERATOR',
    'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED',
    'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
    'FrameInfo', 'FullArgSpec', 'Parameter', 'Signature', 'Traceback',
    'cleandoc', 'currentframe', 'getattr_static', 'getdoc', 'getfile',
    'getfullargspec', 'getmembers', 'getmodule', 'getmodulename', 'getmro',
    'getsource', 'getsourcefile', 'getsourcelines', 'isabstract',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass',
    'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor',
    'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'ismethod', 'ismethoddescriptor', 'ismodule', 'isroutine', 'istraceback',
    'signature', 'stack', 'trace', 'unwrap',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates ---------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), "__await__")


def istraceback(object):
    return isinstance(object, types.TracebackType) if hasattr(types, "TracebackType") \
        else type(object).__name__ == "traceback"


def isframe(object):
    return isinstance(object, types.FrameType) if hasattr(types, "FrameType") \
        else type(object).__name__ == "frame"


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return type(object).__name__ == "method-wrapper"


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return type(object).__name__ == "getset_descriptor"


def ismemberdescriptor(object):
    return type(object).__name__ == "member_descriptor"


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", None))


# ---- members, docs, modules ---------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    classes = (object,) + object.__mro__ if isclass(object) else ()
    members = {}
    for name in dir(object):
        if name in members:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            # Listed by dir() but not gettable (e.g. a failing descriptor):
            # take it raw from the class dict, as CPython does.
            for cls in classes:
                if name in cls.__dict__:
                    value = cls.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            members[name] = value
    return sorted(members.items(), key=lambda pair: pair[0])


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring without its indentation and leading/trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    # The common indentation of the lines after the first (blank ones aside).
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    cleaned = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    return '\n'.join(cleaned)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, "__name__", None)
        cls = getattr(obj, "__objclass__", None)
        if name is None or cls is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The cleaned docstring of object, inherited from a base when missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if f and _abspath(f) == file:
            return module
    return None


def _abspath(path):
    import os
    return os.path.normcase(os.path.abspath(path))


def getabsfile(object, _filename=None):
    return _abspath(_filename or getsourcefile(object) or getfile(object))


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getmodulename(path):
    import os
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.py'):
        return filename
    if filename.startswith('<'):
        return None
    return filename


# ---- source -------------------------------------------------------------------

def _indent_of(line):
    return len(line) - len(line.lstrip())


def _block_from(lines, start):
    """The lines of the def/class statement beginning at index start."""
    deco = start
    while start < len(lines) - 1 and lines[start].lstrip().startswith('@'):
        start += 1
    return lines[deco:start] + _statement_from(lines, start)


def _statement_from(lines, start):
    first = lines[start]
    base = _indent_of(first)
    end = start + 1
    # A one-line body ("def f(): return 1", lambdas) ends the block at once.
    header = first.split('#')[0].rstrip()
    if not header.endswith(':') and not _opens_bracket(first):
        while end < len(lines) and lines[end - 1].rstrip().endswith('\\'):
            end += 1
        return lines[start:end]
    depth = _bracket_depth(first)
    while end < len(lines) and depth > 0:
        depth += _bracket_depth(lines[end])
        end += 1
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip() == '' or line.lstrip().startswith('#') and _indent_of(line) > base:
            end += 1
            continue
        if _indent_of(line) <= base:
            break
        end += 1
        last = end
    return lines[start:last]


def _bracket_depth(line):
    d = 0
    for ch in line.split('#')[0]:
        if ch in '([{':
            d += 1
        elif ch in ')]}':
            d -= 1
    return d


def _opens_bracket(line):
    return _bracket_depth(line) > 0


def findsource(object):
    file = getsourcefile(object)
    if not file:
        raise OSError('could not get source code')
    lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        candidates = []
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith('class ' + name) and s[6 + len(name):6 + len(name) + 1] in ('(', ':', ' '):
                candidates.append(i)
        if not candidates:
            raise OSError('could not find class definition')
        depth = object.__qualname__.count('.')
        for i in candidates:
            if _indent_of(lines[i]) // 4 == depth:
                return lines, _with_decorators(lines, i)
        return lines, _with_decorators(lines, candidates[0])
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, _with_decorators(lines, lnum)
    raise OSError('could not find code object')


def _with_decorators(lines, i):
    indent = _indent_of(lines[i])
    while i > 0 and lines[i - 1].lstrip().startswith('@') and _indent_of(lines[i - 1]) == indent:
        i -= 1
    return i


def getsourcelines(object):
    """(list of source lines, first line number) of object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return _block_from(lines, lnum), lnum + 1


def getsource(object):
    """The source text of a module, class, method or function."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    return None


# ---- frames -------------------------------------------------------------------

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class Traceback(namedtuple('_Traceback', 'filename lineno function code_context index')):
    pass


class FrameInfo(namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    pass


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc else None, context)


def getgeneratorstate(generator):
    if generator.gi_running:
        return 'GEN_RUNNING'
    if getattr(generator, 'gi_suspended', False):
        return 'GEN_SUSPENDED'
    if generator.gi_frame is None:
        return 'GEN_CLOSED'
    return 'GEN_CREATED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return 'CORO_RUNNING'
    if getattr(coroutine, 'cr_suspended', False):
        return 'CORO_SUSPENDED'
    if coroutine.cr_frame is None:
        return 'CORO_CLOSED'
    return 'CORO_CREATED'


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain (functools.wraps) to the innermost function."""
    first = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen.add(id(func))
    return func


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """attr looked up in instance and class dicts, without running descriptors."""
    if not isclass(obj):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = None
        if isinstance(d, dict) and attr in d:
            return d[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if isclass(obj):
        for base in type(obj).__mro__:
            if attr in base.__dict__:
                return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif callable(obj) or ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = getattr(obj, '__globals__', None) or getattr(sys.modules.get(getattr(obj, '__module__', None)), '__dict__', {})
    return {k: v if not isinstance(v, str) else eval(v, globals, locals)
            for k, v in ann.items()}


# ---- signatures ---------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """The kind of a parameter; an int so kinds order by position."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __hash__(self):
        return int.__hash__(self)

    def __eq__(self, other):
        return int(self) == other


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_ParameterKind.POSITIONAL_ONLY = _POSITIONAL_ONLY
_ParameterKind.POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
_ParameterKind.VAR_POSITIONAL = _VAR_POSITIONAL
_ParameterKind.KEYWORD_ONLY = _KEYWORD_ONLY
_ParameterKind.VAR_KEYWORD = _VAR_KEYWORD
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
          _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = _KINDS[kind]
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional part of a call with these arguments."""
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind is _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        """The keyword part: what args cannot carry (after a gap, or keyword-only)."""
        out = {}
        positional = True
        for name, param in self._signature.parameters.items():
            if positional:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    positional = False
                elif name not in self.arguments:
                    positional = False
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind is _VAR_KEYWORD:
                out.update(self.arguments[name])
            else:
                out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        else:
            if __validate_parameters__:
                params = {}
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} '
                               'parameter')
                        msg = msg.format(top_kind.description,
                                         kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                msg = 'non-default argument follows default ' \
                                      'argument'
                                raise ValueError(msg)
                        else:
                            seen_default = True
                    if name in params:
                        msg = 'duplicate parameter name: {!r}'.format(name)
                        raise ValueError(msg)
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params) if hasattr(types, "MappingProxyType") else params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match args/kwargs to the parameters, raising TypeError as a call would."""
        kwargs = dict(kwargs)
        arguments = {}
        pos = 0
        var_keyword = None
        for param in self.parameters.values():
            kind = param.kind
            name = param.name
            if kind is _VAR_KEYWORD:
                var_keyword = param
                continue
            if kind is _VAR_POSITIONAL:
                if pos < len(args):
                    arguments[name] = tuple(args[pos:])
                    pos = len(args)
                continue
            if kind is _KEYWORD_ONLY:
                if pos < len(args):
                    raise TypeError('too many positional arguments') from None
            elif pos < len(args):
                if kind is _POSITIONAL_OR_KEYWORD and name in kwargs:
                    raise TypeError('multiple values for argument {!r}'.format(name)) from None
                arguments[name] = args[pos]
                pos += 1
                continue
            if name in kwargs:
                if kind is _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was '
                                    'passed as a keyword'.format(name)) from None
                arguments[name] = kwargs.pop(name)
            elif param.default is _empty and not partial:
                raise TypeError('missing a required argument: {!r}'.format(name)) from None
        if pos < len(args):
            raise TypeError('too many positional arguments') from None
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        rendered = []
        kinds = [p.kind for p in self.parameters.values()]
        for idx, param in enumerate(self.parameters.values()):
            kind = param.kind
            # A '*' marks the start of keyword-only parameters unless a
            # *args already does.
            if kind is _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds and \
                    (idx == 0 or kinds[idx - 1] is not _KEYWORD_ONLY):
                rendered.append('*')
            rendered.append(str(param))
            # A '/' follows the last positional-only parameter.
            if kind is _POSITIONAL_ONLY and (idx + 1 == len(kinds) or
                                             kinds[idx + 1] is not _POSITIONAL_ONLY):
                rendered.append('/')
        text = '(' + ', '.join(rendered) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def _chain(a, b):
    yield from a
    yield from b


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, eval_str=False):
    """A Signature built from a Python function's code object and defaults."""
    if not isfunction(func) and not _signature_is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    Parameter = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(defaults)
    params = []

    def make(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))

    for i in range(n_pos):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        make(names[i], kind, defaults[i - first_default] if i >= first_default else _empty)
    extra = n_pos + n_kwonly
    if code.co_flags & CO_VARARGS:
        make(names[extra], _VAR_POSITIONAL)
        extra += 1
    for name in names[n_pos:n_pos + n_kwonly]:
        make(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        make(names[extra], _VAR_KEYWORD)
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    """The signature without its first parameter (bound to self or cls)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params[param_name] = new_param
                _move_to_end(new_params, param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                _move_to_end(new_params, param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())


def _move_to_end(d, key):
    value = d.pop(key)
    d[key] = value


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, sigcls=None, eval_str=False):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    def recurse(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, sigcls=sigcls, eval_str=eval_str)

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(
                    'unexpected object {!r} in __signature__ '
                    'attribute'.format(sig))
            return sig

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, eval_str=eval_str)

    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    if isinstance(obj, type):
        call = _lookup_in_mro(type(obj), '__call__')
        if call is not None and call is not type.__call__ and not _is_native(call):
            sig = recurse(call)
            return _signature_bound_method(sig) if skip_bound_arg else sig
        new = _lookup_in_mro(obj, '__new__')
        init = _lookup_in_mro(obj, '__init__')
        for meth, is_new in ((init, False), (new, True)):
            if meth is None or _is_native(meth):
                continue
            if is_new and isinstance(meth, staticmethod):
                meth = meth.__func__
            sig = recurse(meth)
            return _signature_bound_method(sig) if skip_bound_arg else sig
        for base in obj.__mro__[:-1]:
            if base.__module__ == 'builtins' or getattr(base, '__text_signature__', None):
                raise ValueError(
                    'no signature found for builtin type {!r}'.format(obj))
        return sigcls([])

    if not isinstance(obj, (types.BuiltinFunctionType,)) and not _is_native(obj):
        call = _lookup_in_mro(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
            return _signature_bound_method(sig) if skip_bound_arg else sig

    raise ValueError('no signature found for builtin {!r}'.format(obj))


def _lookup_in_mro(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            if isinstance(value, classmethod):
                return value.__get__(None, cls)
            if isinstance(value, staticmethod):
                return value.__func__
            return value
    return None


def _is_native(obj):
    return type(obj).__name__ in ('builtin_function_or_method', 'wrapper_descriptor',
                                  'method_descriptor', 'method-wrapper',
                                  'classmethod_descriptor')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Attribute = namedtuple('Attribute', 'name kind defining_class object')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def getcallargs(func, /, *positional, **named):
    """{parameter name: value} for a call of func (deprecated in CPython)."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0
    n = min(npos, nargs)
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    allowed = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in allowed:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' %
                                (f_name, kw))
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError('%s() got multiple values for argument %r' %
                            (f_name, kw))
        values[kw] = value
    if npos > nargs and not varargs:
        raise TypeError('%s() takes %d positional arguments but %d were given' %
                        (f_name, nargs, npos))
    if npos < nargs:
        for arg in args[:nargs - ndefaults]:
            if arg not in values:
                raise TypeError('%s() missing required argument: %r' % (f_name, arg))
        for i, arg in enumerate(args[nargs - ndefaults:]):
            if arg not in values:
                values[arg] = defaults[i]
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError('%s() missing required keyword-only argument: %r'
                                % (f_name, kwarg))
    return values


class BlockFinder:
    """Kept for the API; getsource() finds blocks by indentation."""


class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    pass
