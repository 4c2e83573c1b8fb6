# a Latin-1 byte without an encoding declaration
print("café")
