"""asyncio — asp's event loop, Futures, Tasks and the library around them.

Written in Python and frozen into the binary; behaviour, ordering and messages
follow CPython 3.11's asyncio."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *
from .protocols import *
from .transports import *
from .streams import *
from .threads import *
from .subprocess import *
from .uv_events import AbstractServer, Server
from .coroutines import iscoroutine, iscoroutinefunction
from .events import AbstractEventLoop, get_event_loop_policy

BaseEventLoop = events.EventLoop
