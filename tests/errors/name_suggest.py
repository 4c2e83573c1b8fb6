def main():
    count = 1
    return cout + 1
main()
