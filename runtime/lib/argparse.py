"""argparse — command-line parsing: ArgumentParser, actions, help and usage text.

Covers the common API of CPython 3.11: positional and optional arguments
with type, default, choices, nargs (N, ?, *, +, REMAINDER), dest, metavar,
required; the actions store, store_const, store_true/false, append,
append_const, count, extend, help, version and BooleanOptionalAction;
argument groups, mutually exclusive groups, subparsers (with aliases),
parents, set_defaults, abbreviations of long options, '--', negative-number
arguments, fromfile_prefix_chars, parse_known_args; the help formatters
(HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter).  Usage lines, help
layout and error messages (printed with the usage to stderr, exit status 2)
are CPython's.  asp has no re module, so the matching of argument patterns
is done by a small backtracking matcher here.
"""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_WHITESPACE = ' \t\n\r\x0b\x0c'


def _collapse_ws(text):
    """Runs of whitespace as single spaces, ends stripped."""
    out = []
    in_ws = False
    for ch in text:
        if ch in _WHITESPACE:
            in_ws = True
        else:
            if in_ws and out:
                out.append(' ')
            in_ws = False
            out.append(ch)
    return ''.join(out)


def _squeeze_blank_lines(text):
    """Three or more newlines in a row become two."""
    while '\n\n\n' in text:
        text = text.replace('\n\n\n', '\n\n')
    return text


def _is_negative_number(s):
    # -12 or -1.5 or -.5
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdigit() and body.isascii():
        return True
    intpart, dot, frac = body.partition('.')
    return bool(dot) and (not intpart or (intpart.isdigit() and intpart.isascii())) \
        and frac.isdigit() and frac.isascii()


# ---- attribute holders ----------------------------------------------------

class _AttributeHolder(object):
    """repr() as Name(arg, key=value, ...)."""

    def __repr__(self):
        type_name = type(self).__name__
        arg_strings = []
        star_args = {}
        for arg in self._get_args():
            arg_strings.append(repr(arg))
        for name, value in self._get_kwargs():
            if name.isidentifier():
                arg_strings.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append('**%s' % repr(star_args))
        return '%s(%s)' % (type_name, ', '.join(arg_strings))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---- help formatting ------------------------------------------------------

def _split_usage_parts(text):
    """Usage text cut into '(...)' and '[...]' groups and other words."""
    parts = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _WHITESPACE:
            i += 1
            continue
        end = -1
        if text[i] in '([':
            close = ')' if text[i] == '(' else ']'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m] in _WHITESPACE:
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and text[end] not in _WHITESPACE:
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _tidy_group_marks(text):
    """'[ x ]' -> '[x]', '( x )' -> '(x)', and empty '[ ]' / '()' removed."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in '[(' and i + 1 < n and text[i + 1] == ' ':
            out.append(ch)
            i += 2
            continue
        if ch == ' ' and i + 1 < n and text[i + 1] in '])':
            i += 1
            continue
        out.append(ch)
        i += 1
    text = ''.join(out)
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in '[(':
            k = i + 1
            while k < n and text[k] == ' ':
                k += 1
            if k < n and text[k] in '])':
                i = k + 1
                continue
        out.append(ch)
        i += 1
    return ''.join(out).strip()


class HelpFormatter(object):
    """Lays out usage, descriptions and argument help within a width."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            if self.parent is not None:
                self.formatter._indent()
            item_help = self.formatter._join_parts(
                [func(*args) for func, args in self.items])
            if self.parent is not None:
                self.formatter._dedent()
            if not item_help:
                return ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = ' ' * self.formatter._current_indent + self.heading + ':\n'
            else:
                heading = ''
            return self.formatter._join_parts(['\n', heading, item_help, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for subaction in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(subaction))
            invocation_length = max(len(s) for s in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, invocation_length)
            self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        help = self._root_section.format_help()
        if help:
            help = _squeeze_blank_lines(help)
            help = help.strip('\n') + '\n'
        return help

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings
                        if part and part is not SUPPRESS])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_parts = _split_usage_parts(self._format_actions_usage(optionals, groups))
                pos_parts = _split_usage_parts(self._format_actions_usage(positionals, groups))
                usage = '\n'.join(self._wrap_usage(prog, prefix, opt_parts, pos_parts,
                                                   text_width))
        return '%s%s\n\n' % (prefix, usage)

    @staticmethod
    def _usage_lines(parts, indent, text_width, prefix=None):
        lines = []
        line = []
        used = (len(prefix) if prefix is not None else len(indent)) - 1
        for part in parts:
            if used + 1 + len(part) > text_width and line:
                lines.append(indent + ' '.join(line))
                line = []
                used = len(indent) - 1
            line.append(part)
            used += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    def _wrap_usage(self, prog, prefix, opt_parts, pos_parts, text_width):
        get_lines = self._usage_lines
        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after "usage: prog ".
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, text_width, prefix)
                lines.extend(get_lines(pos_parts, indent, text_width))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, text_width, prefix)
            else:
                lines = [prog]
        else:
            # A long prog name: everything on the lines below it.
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent, text_width)
            if len(lines) > 1:
                lines = (get_lines(opt_parts, indent, text_width) +
                         get_lines(pos_parts, indent, text_width))
            lines = [prog] + lines
        return lines

    def _format_actions_usage(self, actions, groups):
        # Where mutually exclusive groups open, separate and close.
        in_group = set()
        marks = {}

        def add_mark(i, text, sep=' '):
            marks[i] = marks[i] + sep + text if i in marks else text

        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            shown = 0
            for action in group._group_actions:
                in_group.add(action)
                if action.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                add_mark(start, '[')
                add_mark(end, ']', '')
            elif shown > 1:
                add_mark(start, '(')
                add_mark(end, ')', '')
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args_string = self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], args_string)
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join([item for item in parts if item is not None])
        return _tidy_group_marks(text)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        action_header = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        if not action.help:
            action_header = pad + action_header + '\n'
            indent_first = 0
        elif len(action_header) <= action_width:
            action_header = pad + action_header.ljust(action_width) + '  '
            indent_first = 0
        else:
            action_header = pad + action_header + '\n'
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append(' ' * indent_first + help_lines[0] + '\n')
                for line in help_lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not action_header.endswith('\n'):
            parts.append('\n')
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args_string = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args_string) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            pass
        else:
            self._indent()
            yield from get_subactions()
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_ws(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_ws(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (argument help too) exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                    help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- errors ---------------------------------------------------------------

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """A type= function raises this to give its own error message."""
    pass


# ---- actions ----------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument: __call__(parser, namespace, values, option_string)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(option_strings=_option_strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            sup = super(_SubParsersAction._ChoicesPseudoAction, self)
            sup.__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super(_SubParsersAction, self).__init__(
            option_strings=option_strings, dest=dest, nargs=PARSER,
            choices=self._name_parser_map, required=required, help=help,
            metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = 'unknown parser %r (choices: %s)' % (
                parser_name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---- FileType and Namespace -------------------------------------------------

class FileType(object):
    """type=FileType('r') opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            elif any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            kwargs = {}
            if self._encoding is not None:
                kwargs['encoding'] = self._encoding
            if self._errors is not None:
                kwargs['errors'] = self._errors
            return open(string, self._mode, **kwargs)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs
                              if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


class Namespace(_AttributeHolder):
    """A simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---- argument pattern matching ----------------------------------------------
#
# Each argument string is classified 'A' (argument), 'O' (option) or '-'
# (the '--' separator).  An action's nargs becomes a list of steps
# (allowed characters, min, max); a list of actions is matched greedily with
# backtracking against the classification string, anchored at its start.

_INF = 1 << 30


def _nargs_steps(action):
    nargs = action.nargs
    if nargs is None:
        steps = [('-', 0, _INF), ('A', 1, 1), ('-', 0, _INF)]
    elif nargs == OPTIONAL:
        steps = [('-', 0, _INF), ('A', 0, 1), ('-', 0, _INF)]
    elif nargs == ZERO_OR_MORE:
        steps = [('-', 0, _INF), ('A-', 0, _INF)]
    elif nargs == ONE_OR_MORE:
        steps = [('-', 0, _INF), ('A', 1, 1), ('A-', 0, _INF)]
    elif nargs == REMAINDER:
        steps = [('-AO', 0, _INF)]
    elif nargs == PARSER:
        steps = [('-', 0, _INF), ('A', 1, 1), ('-AO', 0, _INF)]
    elif nargs == SUPPRESS:
        steps = [('-', 0, _INF), ('-', 0, _INF)]
    else:
        steps = [('-', 0, _INF)]
        for _ in range(nargs):
            steps += [('A', 1, 1), ('-', 0, _INF)]
    if action.option_strings:
        # An option's own arguments never include the '--' separator.
        steps = [(cs.replace('-', ''), lo, hi) for cs, lo, hi in steps if cs != '-']
    return steps


def _match_steps(groups, s):
    """Lengths matched by each group (a list of steps), or None."""
    flat = []
    for g, steps in enumerate(groups):
        for cs, lo, hi in steps:
            flat.append((cs, lo, hi, g))
    counts = [0] * len(flat)

    def rec(k, pos):
        if k == len(flat):
            return True
        cs, lo, hi, g = flat[k]
        m = 0
        while m < hi and pos + m < len(s) and s[pos + m] in cs:
            m += 1
        c = m
        while c >= lo:
            counts[k] = c
            if rec(k + 1, pos + c):
                return True
            c -= 1
        return False

    if not rec(0, 0):
        return None
    lengths = [0] * len(groups)
    for (cs, lo, hi, g), c in zip(flat, counts):
        lengths[g] += c
    return lengths


# ---- action containers -------------------------------------------------------

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super(_ActionsContainer, self).__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self.register('action', None, _StoreAction)
        self.register('action', 'store', _StoreAction)
        self.register('action', 'store_const', _StoreConstAction)
        self.register('action', 'store_true', _StoreTrueAction)
        self.register('action', 'store_false', _StoreFalseAction)
        self.register('action', 'append', _AppendAction)
        self.register('action', 'append_const', _AppendConstAction)
        self.register('action', 'count', _CountAction)
        self.register('action', 'help', _HelpAction)
        self.register('action', 'version', _VersionAction)
        self.register('action', 'parsers', _SubParsersAction)
        self.register('action', 'extend', _ExtendAction)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        registry = self._registries.setdefault(registry_name, {})
        registry[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _is_negative_number(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        title_group_map = {}
        for group in self._action_groups:
            if group.title in title_group_map:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title))
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex_group = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex_group
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        handler_func_name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, handler_func_name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)

    def _check_conflict(self, action):
        confl_optionals = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                confl_optional = self._option_string_actions[option_string]
                confl_optionals.append((option_string, confl_optional))
        if confl_optionals:
            conflict_handler = self._get_handler()
            conflict_handler(action, confl_optionals)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ('conflicting option string: %s' if len(conflicting_actions) == 1
                   else 'conflicting option strings: %s')
        conflict_string = ', '.join([option_string
                                     for option_string, action in conflicting_actions])
        raise ArgumentError(action, message % conflict_string)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, action in conflicting_actions:
            action.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not action.option_strings:
                action.container._remove_action(action)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        update = kwargs.setdefault
        update('conflict_handler', container.conflict_handler)
        update('prefix_chars', container.prefix_chars)
        update('argument_default', container.argument_default)
        super_init = super(_ArgumentGroup, self).__init__
        super_init(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group shares the bookkeeping of its parser.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super(_ArgumentGroup, self)._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super(_ArgumentGroup, self)._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super(_MutuallyExclusiveGroup, self).__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- one parse -------------------------------------------------------------------

class _ParseRun:
    """The state of one parse_known_args() call: the argument strings, what
    kind each is, which positionals are still to fill, what was seen."""

    def __init__(self, parser, namespace, args):
        self.parser = parser
        self.namespace = namespace
        self.args = args
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for action in members:
                self.conflicts.setdefault(action, []).extend(
                    a for a in members if a is not action)
        # 'A' argument, 'O' option, '-' the '--' that ends the options.
        self.options = {}
        kinds = []
        for i, arg in enumerate(args):
            if '-' in kinds:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
            else:
                found = parser._parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    self.options[i] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)

    def run(self):
        i = 0
        while True:
            later = [k for k in self.options if k >= i]
            if not later:
                break
            next_option = min(later)
            if i < next_option:
                j = self.take_positionals(i)
                if j > i:
                    i = j
                    continue
                if i not in self.options:
                    # Plain strings no positional wants: left over.
                    self.extras.extend(self.args[i:next_option])
                    i = next_option
            i = self.take_option(i)
        i = self.take_positionals(i)
        self.extras.extend(self.args[i:])

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, ()):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if value is not SUPPRESS:
            action(parser, self.namespace, value, option_string)

    def take_option(self, i):
        """Apply the option at index i (and flags joined to it, as in -xvf);
        return the index after what it consumed."""
        parser = self.parser
        action, flag, explicit = self.options[i]
        if action is None:
            self.extras.append(self.args[i])
            return i + 1
        todo = []
        while explicit is not None:
            count = parser._match_argument(action, 'A')
            if count == 1:
                todo.append((action, [explicit], flag))
                stop = i + 1
                break
            if count == 0 and flag[1] not in parser.prefix_chars and explicit != '':
                todo.append((action, [], flag))
                following = flag[0] + explicit[0]
                if following not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action = parser._option_string_actions[following]
                flag = following
                explicit = explicit[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
        else:
            start = i + 1
            count = parser._match_argument(action, self.kinds[start:])
            todo.append((action, self.args[start:start + count], flag))
            stop = start + count
        for action, strings, flag in todo:
            self.apply(action, strings, flag)
        return stop

    def take_positionals(self, i):
        """Fill as many pending positionals as the strings from i allow."""
        counts = self.parser._match_arguments_partial(self.positionals, self.kinds[i:])
        for action, count in zip(self.positionals, counts):
            self.apply(action, self.args[i:i + count])
            i += count
        del self.positionals[:len(counts)]
        return i

    def finish(self):
        parser = self.parser
        ns = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(ns, action.dest)
                  and action.default is getattr(ns, action.dest)):
                # String defaults go through type= like given values.
                setattr(ns, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))


# ---- the parser ----------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace, with help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        superinit = super(ArgumentParser, self).__init__
        superinit(description=description, prefix_chars=prefix_chars,
                  argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        add_group = self.add_argument_group
        self._positionals = add_group('positional arguments')
        self._optionals = add_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            try:
                defaults = parent._defaults
            except AttributeError:
                pass
            else:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _ParseRun(self, namespace, arg_strings)
        run.run()
        run.finish()
        return namespace, run.extras

    def _read_args_from_files(self, arg_strings):
        new_arg_strings = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                new_arg_strings.append(arg_string)
            else:
                try:
                    with open(arg_string[1:]) as args_file:
                        arg_strings = []
                        for arg_line in args_file.read().splitlines():
                            for arg in self.convert_arg_line_to_args(arg_line):
                                arg_strings.append(arg)
                        arg_strings = self._read_args_from_files(arg_strings)
                        new_arg_strings.extend(arg_strings)
                except OSError as err:
                    self.error(str(err))
        return new_arg_strings

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        lengths = _match_steps([_nargs_steps(action)], arg_strings_pattern)
        if lengths is None:
            nargs_errors = {
                None: 'expected one argument',
                OPTIONAL: 'expected at most one argument',
                ONE_OR_MORE: 'expected at least one argument',
            }
            msg = nargs_errors.get(action.nargs)
            if msg is None:
                n = action.nargs
                msg = ('expected %s argument' if n == 1 else 'expected %s arguments') % n
            raise ArgumentError(action, msg)
        return lengths[0]

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            lengths = _match_steps([_nargs_steps(a) for a in actions[:i]],
                                   arg_strings_pattern)
            if lengths is not None:
                return lengths
        return []

    def _parse_optional(self, arg_string):
        """(action or None, option string, explicit argument or None) when
        arg_string is an option; None when it is a plain argument."""
        chars = self.prefix_chars
        if not arg_string or arg_string[0] not in chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        flag, eq, value = arg_string.partition('=')
        if eq and flag in known:
            return known[flag], flag, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join(c[1] for c in candidates)))
        if candidates:
            return candidates[0]
        if _is_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """Options option_string may abbreviate (or, for -xVALUE, start)."""
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        if option_string[1] in chars:
            if self.allow_abbrev:
                prefix, eq, value = option_string.partition('=')
                explicit = value if eq else None
                for flag in known:
                    if flag.startswith(prefix):
                        found.append((known[flag], flag, explicit))
        else:
            short, rest = option_string[:2], option_string[2:]
            for flag in known:
                if flag == short:
                    found.append((known[flag], flag, rest))
                elif self.allow_abbrev and flag.startswith(option_string):
                    found.append((known[flag], flag, None))
        return found

    def _get_values(self, action, arg_strings):
        """The value for action from its argument strings (converted, checked)."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, v) for v in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for v in values:
                self._check_value(action, v)
        return values

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # ---- help and errors

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr; exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog,
                                                          'message': message})
