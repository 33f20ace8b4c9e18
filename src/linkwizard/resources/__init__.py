"""Files shipped with the package (icons), read with importlib.resources."""
