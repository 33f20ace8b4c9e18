"""A real desktop for the tests in tests/desktop: the app as a person meets it.

- X11: Xvfb with a window manager (openbox), so windows are mapped, raised and given the
  keyboard focus the way a desktop does it; keys are real X key events (xdotool), the
  clipboard is owned by another program (xclip).
- Wayland: sway's headless backend, run as an unprivileged user (sway refuses root) in a
  runtime folder that user owns; the app connects to the socket by its full path.
- Both: the accessibility bus (at-spi-bus-launcher), so the tests read the window as a screen
  reader does (tests/support/atspi_tree.py), and a screenshot of the whole screen.

Every process started here is stopped by its pid (or its process group) in `close`.
Text that may be a key is handed to xdotool and xclip on their standard input, never in argv.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"  # has Debian's AT-SPI bindings (gir1.2-atspi-2.0, python3-gi)
ATSPI_TREE = Path(__file__).with_name("atspi_tree.py")
ATSPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SCREEN = (1280, 800)
App = subprocess.Popen[bytes]  # a linkwizard process on the desktop


# What the window did, checked from the command line, as a script would see it ------------
# The script `exec` runs: it prints a hash of the key it was given, never the key.
HASH_OF_THE_KEY = "import hashlib, os; print(hashlib.sha256(os.environ['STRIPE_API_KEY'].encode()).hexdigest())"


def accounts() -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, "-m", "linkwizard", "accounts", "--json"], capture_output=True,
                          text=True, timeout=60, check=True)
    return list(json.loads(done.stdout))


def names() -> list[str]:
    return [str(account["name"]) for account in accounts()]


def key_given_to_scripts(name: str) -> str:
    done = subprocess.run([sys.executable, "-m", "linkwizard", "exec", name, "--", sys.executable, "-c",
                           HASH_OF_THE_KEY], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()



def eventually(condition: Callable[[], object], seconds: float = 20, every: float = 0.1) -> bool:
    """Polls `condition` until it is true (True) or `seconds` pass (False): tests wait on what
    they expect to see, never for a fixed time, so a loaded machine only makes them slower."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True


@dataclass
class Node:
    """One object of the accessibility tree, as AT-SPI reports it."""

    role: str
    name: str
    description: str = ""
    text: str | None = None
    focused: bool = False
    showing: bool = False
    enabled: bool = False
    checked: bool = False
    default: bool = False
    active: bool = False
    children: list[Node] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Node:
        children = [cls.from_json(child) for child in data.pop("children", [])]
        return cls(**data, children=children)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, name: str | None = None, role: str | None = None, showing: bool = True) -> list[Node]:
        return [node for node in self.walk() if (name is None or node.name == name)
                and (role is None or node.role == role) and (not showing or node.showing)]

    def focus(self) -> Node | None:
        """What has the keyboard focus. Qt marks a list's current item focused even while the
        focus is elsewhere, so an item counts only when nothing else is focused."""
        found = [node for node in self.walk() if node.focused and node.showing]
        widgets = [node for node in found if node.role not in ("list item", "table cell")]
        return (widgets or found)[-1] if found else None

    def texts(self) -> list[str]:
        """Every name and text that is on screen: what a person can read."""
        shown: list[str] = []
        for node in self.walk():
            if node.showing:
                shown += [t for t in (node.name, node.text or "") if t]
        return shown


class Desktop:
    """What both display servers share: the accessibility bus, apps, the tree, screenshots."""

    platform = ""

    def __init__(self) -> None:
        self._processes: list[App] = []
        self._groups: list[App] = []
        self.apps: list[App] = []
        self._start_accessibility_bus()

    def _start_accessibility_bus(self) -> None:
        """The bus screen readers use; Qt joins it at start when it is there."""
        launcher = subprocess.Popen([ATSPI_LAUNCHER, "--launch-immediately"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
        self._groups.append(launcher)
        # Asked whether the name has an owner, not by calling it: a call would have the session
        # bus start a launcher of its own, which no test would know to stop.
        assert eventually(lambda: "true" in subprocess.run(
            ["dbus-send", "--session", "--print-reply=literal", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"], capture_output=True, text=True,
            check=False).stdout, 10), "the accessibility bus did not start"

    def display_env(self) -> dict[str, str]:
        raise NotImplementedError

    def app_env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
        env.update(self.display_env(), QT_QPA_PLATFORM=self.platform, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   **extra)
        return env

    def launch(self, *args: str, **env: str) -> App:
        """linkwizard's window (`python -m linkwizard ARGS`), its output kept for a failure."""
        log = tempfile.TemporaryFile()  # noqa: SIM115  # closed with the process
        app = subprocess.Popen([sys.executable, "-m", "linkwizard", *args], env=self.app_env(**env),
                               stdout=log, stderr=subprocess.STDOUT)
        app.log = log  # type: ignore[attr-defined]
        self.apps.append(app)
        return app

    def output(self, app: App) -> str:
        log = app.log  # type: ignore[attr-defined]
        log.seek(0)
        return str(log.read().decode(errors="replace"))

    def tree(self, app: App) -> Node | None:
        """The app's accessibility tree now, or None while it has not joined the bus yet."""
        done = subprocess.run([SYSTEM_PYTHON, str(ATSPI_TREE), str(app.pid)], capture_output=True, text=True,
                              timeout=60, check=False, env=self.app_env())
        return Node.from_json(json.loads(done.stdout)) if done.returncode == 0 and done.stdout else None

    def wait_for(self, app: App, condition: Callable[[Node], object],
                 seconds: float = 20) -> Node:
        """The tree once `condition` holds for it; fails with what was on screen otherwise."""
        seen: list[Node | None] = [None]

        def holds() -> bool:
            assert app.poll() is None, f"the app ended ({app.returncode}):\n{self.output(app)}"
            seen[0] = self.tree(app)
            return seen[0] is not None and bool(condition(seen[0]))

        if not eventually(holds, seconds, every=0.2):
            shown = seen[0].texts() if seen[0] is not None else "no accessibility tree"
            focus = seen[0].focus() if seen[0] is not None else None
            raise AssertionError(f"not seen within {seconds} s; focus on {focus and (focus.role, focus.name)}; "
                                 f"on screen: {shown}")
        assert seen[0] is not None
        return seen[0]

    def wait_focus(self, app: App, name: str, seconds: float = 20) -> Node:
        def focused(tree: Node) -> bool:
            focus = tree.focus()
            return focus is not None and focus.name == name
        return self.wait_for(app, focused, seconds)

    def screenshot(self, path: Path) -> Path:
        raise NotImplementedError

    def keep_screenshot(self, name: str) -> None:
        """With LINKWIZARD_KEEP_SCREENSHOTS=FOLDER, the screen as FOLDER/NAME, to look at."""
        if folder := os.environ.get("LINKWIZARD_KEEP_SCREENSHOTS"):
            self.screenshot(Path(folder) / name)

    def _start(self, argv: list[str], **kwargs: Any) -> App:
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
        self._processes.append(process)
        return process

    def close(self) -> None:
        """Every app, then the desktop's own processes, newest first, each by its pid."""
        for app in self.apps:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(20)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait(10)
            app.log.close()  # type: ignore[attr-defined]
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        for group in self._groups:  # the accessibility bus, its dbus-daemon and registry
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group.pid, signal.SIGTERM)
            group.wait(10)


class X11Desktop(Desktop):
    """Xvfb with openbox: a window manager maps, raises and focuses windows as a desktop does."""

    platform = "xcb"

    def __init__(self) -> None:
        super().__init__()
        read, write = os.pipe()
        self._start(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                     "-nolisten", "tcp"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        self.display = f":{number}"
        self._clipboard: App | None = None
        self._start(["openbox", "--sm-disable"], env=self._env())
        assert eventually(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self._run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK"), 15), "openbox did not start"

    def _env(self) -> dict[str, str]:
        return dict(os.environ, DISPLAY=self.display)

    def display_env(self) -> dict[str, str]:
        return {"DISPLAY": self.display}

    def _run(self, *argv: str, text_in: str | None = None) -> str:
        done = subprocess.run(argv, env=self._env(), input=text_in, capture_output=True, text=True, timeout=60,
                              check=False)
        return done.stdout.strip()

    def windows(self, app: App) -> list[str]:
        return [w for w in self._run("xdotool", "search", "--onlyvisible", "--pid", str(app.pid)).split() if w]

    def active_window(self) -> str:
        return self._run("xdotool", "getactivewindow")

    def window_name(self, window: str) -> str:
        return self._run("xdotool", "getwindowname", window)

    def wait_window(self, app: App, seconds: float = 45) -> str:
        """The app's window, once it is mapped and the window manager gave it the focus."""
        assert eventually(lambda: app.poll() is not None or (
            bool(self.windows(app)) and self.active_window() in self.windows(app)), seconds), \
            f"no window of the app was mapped and focused:\n{self.output(app)}"
        assert app.poll() is None, f"the app ended ({app.returncode}):\n{self.output(app)}"
        return self.active_window()

    def keys(self, *keys: str) -> None:
        """Key presses (xdotool names: Return, alt+n, ctrl+v) to whatever has the focus now."""
        self._run("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        """Types `text` key by key, as a person would; read from stdin, so no key is in argv."""
        self._run("xdotool", "type", "--delay", "25", "--file", "-", text_in=text)

    def set_clipboard(self, text: str) -> None:
        """Another program owns the clipboard with `text` (xclip, from stdin), as after a copy
        in the browser; it keeps serving it until the test ends or it is replaced."""
        if self._clipboard is not None:
            self._clipboard.terminate()
            self._clipboard.wait(10)
        clip = subprocess.Popen(["xclip", "-quiet", "-selection", "clipboard", "-in"], env=self._env(),
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert clip.stdin is not None
        clip.stdin.write(text.encode())
        clip.stdin.close()
        self._processes.append(clip)
        self._clipboard = clip
        assert eventually(lambda: self._run("xclip", "-selection", "clipboard", "-out") == text.strip(), 10)

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(path)], env=self._env(), timeout=60, check=True)
        return path


class SwayDesktop(Desktop):
    """sway's headless backend with the pixman renderer. sway refuses to run as root: it runs
    as `nobody` in a runtime folder that user owns; the app (root in CI) connects by path."""

    platform = "wayland"
    user = "nobody"

    def __init__(self) -> None:
        super().__init__()
        self._folder = Path(tempfile.mkdtemp(prefix="linkwizard-sway-"))
        runtime = self._folder / "runtime"
        home = self._folder / "home"
        for folder in (runtime, home):
            folder.mkdir(mode=0o700)
        config = home / "config"
        config.write_text(f"output HEADLESS-1 resolution {SCREEN[0]}x{SCREEN[1]}\n"
                          "default_border normal\n")
        if os.geteuid() == 0:
            shutil.chown(self._folder, self.user)
            for path in (runtime, home, config):
                shutil.chown(path, self.user)
            as_user = ["setpriv", f"--reuid={self.user}", "--regid=nogroup", "--clear-groups"]
        else:
            as_user = []
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
               "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}
        self._sway = self._start([*as_user, "sway", "--config", str(config)], env=env)

        def socket() -> Path | None:
            found = sorted(p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock"))
            return found[0] if found else None

        assert eventually(lambda: self._sway.poll() is not None or socket() is not None, 20), "sway made no socket"
        assert self._sway.poll() is None, "sway ended at start"
        found = socket()
        assert found is not None
        self.socket = str(found)

    def display_env(self) -> dict[str, str]:
        return {"WAYLAND_DISPLAY": self.socket}

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["grim", str(path)], env=dict(os.environ, WAYLAND_DISPLAY=self.socket), timeout=60,
                       check=True)
        return path

    # wtype's virtual keyboard is the seat's only keyboard: sway gives the focused window the
    # keyboard a moment after wtype connects, so each call waits that moment before its keys.
    SEAT_SETTLES_MS = "700"

    def _wtype(self, *args: str, text_in: str | None = None) -> None:
        done = subprocess.run(["wtype", "-s", self.SEAT_SETTLES_MS, *args], input=text_in, text=True,
                              env=dict(os.environ, WAYLAND_DISPLAY=self.socket), capture_output=True, timeout=60,
                              check=False)
        assert done.returncode == 0, done.stderr

    def keys(self, *keys: str) -> None:
        """Key presses in xdotool's names (Return, alt+n, ctrl+a), sent by wtype."""
        args: list[str] = []
        for key in keys:
            *modifiers, name = key.split("+")
            for modifier in modifiers:
                args += ["-M", modifier]
            args += ["-k", name, "-s", "60"]
            for modifier in reversed(modifiers):
                args += ["-m", modifier]
        self._wtype(*args)

    def type(self, text: str) -> None:
        """Types `text` key by key (from stdin: no key is in argv)."""
        self._wtype("-d", "25", "-", text_in=text)

    def close(self) -> None:
        super().close()
        shutil.rmtree(self._folder, ignore_errors=True)
