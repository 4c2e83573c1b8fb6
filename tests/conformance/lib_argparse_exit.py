import argparse
import sys

sys.argv[1:] = ["5", "--level", "high"]
parser = argparse.ArgumentParser(description="Exit status check.")
parser.add_argument("n", type=int)
parser.add_argument("--level", choices=["low", "mid"], default="low")
print("parsing", sys.argv[1:])
args = parser.parse_args()
print("not reached", args)
