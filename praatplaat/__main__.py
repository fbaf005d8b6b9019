"""python -m praatplaat"""

import gc
import sys

from .cli import main

code = main()
gc.freeze()  # the process ends here: the interpreter's final collections need not walk every object again
sys.exit(code)
