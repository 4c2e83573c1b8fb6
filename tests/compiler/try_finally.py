def f(x):
    try:
        return x()
    except ValueError as e:
        print(e)
    finally:
        print("cleanup")
