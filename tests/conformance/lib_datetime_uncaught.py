# An uncaught strptime mismatch: message and traceback on stderr, exit status 1.
from datetime import datetime

print(datetime.strptime("2024-01-02", "%Y-%m-%d"))
datetime.strptime("2024", "%Y-%m-%d")
print("not reached")
