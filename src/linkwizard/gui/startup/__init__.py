"""The window's start: its first paint, the single instance, and the work spread over the
event loop so that no single event holds the window up (docs/performance.md).

`scheduling` runs work in steps of the event loop; `warmup` is the one ordered plan of what
is loaded ahead of need; `probes` are the benchmark's hooks.
"""
