#!/usr/bin/env python3
"""Reads Tilltro's accessibility tree through AT-SPI, as a screen reader (Orca) does.

    tst_a11y_atspi.py DRIVER [AT_SPI_BUS_LAUNCHER] [--xvfb] [--screen NAME ...]

Runs inside a private D-Bus session (CTest: dbus-run-session -- ...) on an X display: with
--xvfb on its own Xvfb.
Starts the accessibility bus, then DRIVER (tests/a11y/a11y_driver.cpp), which opens Tilltro's
screens on the demo database one at a time. For each screen it walks the program's tree and
fails on every control that is focusable and showing but has no name, naming the screen, the
role and the path. It also checks the radar's text alternative and that the change table is a
table a keyboard user can reach: focusable, with rows and named cells, taking the focus.
See docs/accessibility.md.
"""

import os
import select
import subprocess
import sys
import time

import pyatspi

# Roles that are containers or decoration even when Qt reports them focusable.
SKIPPED_ROLES = {pyatspi.ROLE_APPLICATION, pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW}
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
               pyatspi.ROLE_TREE, pyatspi.ROLE_LIST_BOX}
ITEM_ROLES = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
              pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_TABLE_ROW}

failures = []


def fail(screen, message):
    failures.append(f"[{screen}] {message}")
    print(f"FAIL [{screen}] {message}", flush=True)


def start_xvfb():
    """Starts an Xvfb and points DISPLAY at it. The display number is drawn at random from
    far above where xvfb-run -a (99 and up) and desktops (0 and up) look, and another is
    tried when the server does not come up (the number was taken meanwhile).

    Ready is what xvfb-run waits for: an X server whose SIGUSR1 is ignored when it starts sends
    SIGUSR1 to its parent once it accepts connections. Then a client connection is made to be
    sure (a loaded machine, a chroot). The server's own messages are kept and shown when it
    does not come up."""
    import random
    import signal
    import socket
    import tempfile
    ready = []
    # Kept for good: a server's SIGUSR1 that comes late must not end this script (the default).
    signal.signal(signal.SIGUSR1, lambda *_: ready.append(True))
    log = tempfile.TemporaryFile(mode="w+")
    try:
        for _ in range(10):
            number = random.randint(300, 899)
            if os.path.exists(f"/tmp/.X{number}-lock"):
                continue
            ready.clear()
            # -noreset: the probe below is the server's first client; without it the server
            # resets when the probe leaves, and the driver's connection can fall in that gap.
            proc = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                 "-noreset"],
                stdout=log, stderr=log,
                preexec_fn=lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN))
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and proc.poll() is None and not ready:
                time.sleep(0.05)
            path = f"/tmp/.X11-unix/X{number}"
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                        probe.connect(path)
                    os.environ["DISPLAY"] = f":{number}"
                    return proc
                except OSError:
                    time.sleep(0.1)
            if proc.poll() is None:
                proc.kill()
        log.seek(0)
        raise SystemExit("Xvfb did not start:\n" + log.read()[-2000:])
    finally:
        log.close()


def start_bus(launcher):
    """Starts the accessibility bus (and, through it, the registry) in this D-Bus session."""
    if not launcher:
        return None
    proc = subprocess.Popen([launcher, "--launch-immediately"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc


class Driver:
    def __init__(self, path):
        self.proc = subprocess.Popen([path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, bufsize=1)
        ready = self.read(60)
        if not ready.startswith("ready "):
            raise SystemExit(f"driver did not start: {ready!r}")
        self.pid = int(ready.split()[1])

    def read(self, timeout):
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise SystemExit("driver did not answer in time")
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"driver ended (exit code {self.proc.wait()})")
        return line.strip()

    def ask(self, command, timeout=60):
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.read(timeout)

    def quit(self):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(10)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.proc.kill()


def find_application(pid, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        time.sleep(0.2)
    return None


def uncache(app):
    try:
        app.set_cache_mask(pyatspi.Atspi.Cache.NONE)
    except Exception:
        pass
    try:
        app.clear_cache()
    except Exception:
        pass


def label(acc):
    try:
        return f"{acc.getRoleName()}:{acc.name!r}" if acc.name else acc.getRoleName()
    except Exception:
        return "?"


def walk(acc, path, visit, parent_role=None, depth=0):
    """Calls visit(acc, path, parent_role) on every showing object below `acc`."""
    if depth > 60:
        return
    try:
        role = acc.getRole()
        states = acc.getState()
    except Exception:
        return
    if role not in (pyatspi.ROLE_APPLICATION,) and not states.contains(pyatspi.STATE_SHOWING):
        return
    here = path + [label(acc)]
    visit(acc, here, parent_role)
    if role in TABLE_ROLES:
        # The items of a table or list are data, not controls; only editors inside them count,
        # and Qt makes those children of the table itself, which is walked below.
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is None:
                continue
            try:
                if child.getRole() in ITEM_ROLES:
                    continue
            except Exception:
                continue
            walk(child, here, visit, role, depth + 1)
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, here, visit, role, depth + 1)


def whois(driver, acc):
    """The Qt object behind `acc` (class#objectName in its parents), asked of the driver."""
    try:
        return driver.ask(f"whois {acc.path}").removeprefix("object ")
    except Exception:
        return "?"


def check_names(screen, app, driver):
    checked = 0

    def visit(acc, path, parent_role):
        nonlocal checked
        role = acc.getRole()
        if role in SKIPPED_ROLES:
            return
        if role in ITEM_ROLES and parent_role in TABLE_ROLES:
            return
        states = acc.getState()
        if not (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)):
            return
        checked += 1
        if not (acc.name or "").strip():
            fail(screen, f"focusable {acc.getRoleName()} without a name: {' > '.join(path)}"
                         f" ({whois(driver, acc)})")

    walk(app, [], visit)
    return checked


def find_all(app, predicate):
    found = []

    def visit(acc, path, parent_role):
        if predicate(acc):
            found.append((acc, path))

    walk(app, [], visit)
    return found


def check_radar(screen, app, driver):
    """Each radar shown is in the tree with a name, and its description gives, per occasion,
    a value (or "no answer") for every indicator: "<occasion>: <indicator>: <value>; …"."""
    paths = driver.ask("radars").split()[1:]
    if not paths:
        fail(screen, "no radar chart is shown")
    for path in paths:
        found = find_all(app, lambda a: a.path == path)
        if not found:
            fail(screen, f"the radar chart ({path}) is not in the accessibility tree")
            continue
        acc, _ = found[0]
        if not (acc.name or "").strip():
            fail(screen, "the radar chart has no name")
        lines = [line for line in (acc.description or "").splitlines() if line.strip()]
        if not lines:
            fail(screen, f"the radar chart {acc.name!r} has no description")
            continue
        for line in lines:
            occasion, _, values = line.partition(": ")
            entries = [e for e in values.rstrip(".").split("; ") if e]
            if len(entries) < 3 or not all(": " in e and e.split(": ")[-1].strip()
                                           for e in entries):
                fail(screen, f"the radar's description line gives no value per indicator: "
                             f"{line!r}")
        if not any(ch.isdigit() for line in lines for ch in line.partition(": ")[2]):
            fail(screen, f"the radar's description gives no values: {lines!r}")
        print(f"  radar {acc.name!r}: {len(lines)} outlines, e.g. {lines[0][:160]!r}",
              flush=True)


TAB, DOWN, RIGHT = 0xff09, 0xff54, 0xff53


def press_until(condition, keysym, presses, wait=0.5):
    """Presses `keysym` up to `presses` times until `condition()` holds; how many presses it
    took (0: it did not)."""
    for pressed in range(1, presses + 1):
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if condition():
                return pressed
            time.sleep(0.05)
    return 0


def focused_cell(table):
    """(row, column) of the table's cell with the keyboard focus, or None."""
    for row in range(table.nRows):
        for column in range(table.nColumns):
            cell = table.getAccessibleAt(row, column)
            if cell is not None and cell.getState().contains(pyatspi.STATE_FOCUSED):
                return (row, column)
    return None


def check_change_table(screen, app, driver):
    """The change table: a focusable table with rows and named cells that takes the focus."""
    tables = find_all(app, lambda a: a.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE)
                      and "förändring" in (a.name or "").lower())
    if not tables:
        fail(screen, "no table named as the change table (\"Förändring…\")")
        return
    acc, path = tables[0]
    if not acc.getState().contains(pyatspi.STATE_FOCUSABLE):
        fail(screen, "the change table cannot take the keyboard focus")
    table = acc.queryTable()
    if table.nRows < 1 or table.nColumns < 2:
        fail(screen, f"the change table has {table.nRows} rows and {table.nColumns} columns")
        return
    header = table.getColumnHeader(0)
    row_header = (table.getAccessibleAt(0, 0).name or "").strip()
    if not row_header:
        fail(screen, "the change table's first cell (the indicator) has no text")
    named = sum(1 for c in range(table.nColumns) if table.getColumnDescription(c)
                or (table.getColumnHeader(c) is not None and table.getColumnHeader(c).name))
    if named < table.nColumns:
        fail(screen, f"only {named} of the change table's {table.nColumns} columns have a header")
    # Reached by the keyboard: Tab, pressed as a user does (XTest through the registry), comes
    # to the table, and then the arrow keys move from cell to cell.
    reached = press_until(lambda: acc.getState().contains(pyatspi.STATE_FOCUSED), TAB, 40)
    if not reached:
        fail(screen, f"Tab does not reach the change table ({driver.ask('focus')})")
        return
    before = focused_cell(table)
    for key in (DOWN, RIGHT):
        press_until(lambda: focused_cell(table) not in (None, before), key, 1, wait=3.0)
    after = focused_cell(table)
    if after is None or after == before:
        fail(screen, f"the arrow keys do not move in the change table (cell {before} -> {after})")
    print(f"  change table: reached with Tab ×{reached}, arrows moved {before} -> {after}")
    print(f"  change table: {acc.name!r}, {table.nRows} rows × {table.nColumns} columns, "
          f"first row {row_header!r}, header {header.name if header else None!r}", flush=True)


def main():
    args = sys.argv[1:]
    only = []
    while "--screen" in args:
        i = args.index("--screen")
        only.append(args[i + 1])
        del args[i:i + 2]
    if not args:
        print(__doc__)
        return 2
    xvfb = None
    if "--xvfb" in args:
        args.remove("--xvfb")
        xvfb = start_xvfb()
    driver_path = args[0]
    launcher = args[1] if len(args) > 1 else None
    bus = start_bus(launcher)
    started = time.monotonic()
    driver = Driver(driver_path)
    try:
        screens = driver.ask("list").split()[1:]
        if only:
            screens = [s for s in screens if s in only]
        app = find_application(driver.pid)
        if app is None:
            print("FAIL the driver did not appear on the accessibility bus "
                  "(is at-spi2-core installed, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 set?)")
            return 1
        for screen in screens:
            answer = driver.ask(f"show {screen}")
            if answer != f"shown {screen}":
                fail(screen, f"could not be opened: {answer}")
                continue
            # Qt's object paths are QAccessible ids, which come back for new objects once the old
            # ones are gone: nothing read on an earlier screen may be taken from the cache.
            uncache(app)
            checked = check_names(screen, app, driver)
            if checked < 1:
                fail(screen, f"only {checked} focusable controls seen: the tree was not read")
            print(f"{screen}: {checked} focusable controls", flush=True)
            if screen in ("participantview", "meeting-result"):
                check_radar(screen, app, driver)
            if screen == "participantview":
                check_change_table(screen, app, driver)
    finally:
        driver.quit()
        if bus is not None:
            bus.terminate()
        if xvfb is not None:
            xvfb.terminate()
    print(f"{len(screens)} screens in {time.monotonic() - started:.1f} s")
    if failures:
        print(f"{len(failures)} failures", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
