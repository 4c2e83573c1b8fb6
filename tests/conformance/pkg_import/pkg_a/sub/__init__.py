from .. import X
from ..mod1 import f as g
Y = X + 1
