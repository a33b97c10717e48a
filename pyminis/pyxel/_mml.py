# pyminis: compile-plain
"""Pyxel's MML (`sounds[n].mml(code)`), read into the synthesiser's notes.

Commands, as Pyxel's MML page documents them: T tempo (BPM, default 120), Q gate percent
(80), @n tone, V volume 0-127 (100), K transpose (semitones), Y detune (cents), O octave
(-1..9, O4's A is 440 Hz), < >, L default length (4: a quarter), notes C D E F G A B with
# + - and a length and dots, R rests, & ties (same pitch) or slurs (legato), [ … ]n repeats,
@ENVn{init, ticks, vol, …}, @VIBn{delay, period, depth cents}, @GLIn{offset cents | *,
ticks | *} and their slot switches (0 turns each off). A tick is 1/48 of a quarter note.
A repeat without a count (endless in Pyxel) is played once here.

A note is [pitch (MIDI, -1 for a rest), seconds, sounding seconds, tone, level (0..1),
envelope or None, vibrato or None, glide or None]; an envelope is [initial level,
seconds, level, …], a vibrato [delay s, period s, depth semitones], a glide [offset
semitones (None: from the previous note), seconds (None: the whole note)].
"""

NOTE_STEPS = [9, 11, 0, 2, 4, 5, 7]  # A B C D E F G


class MmlError(Exception):
    """MML Pyxel refuses."""


class _Reader:
    def __init__(self, code: str) -> None:
        self.code = code.upper()
        self.at = 0

    def skip(self) -> None:
        code = self.code
        while self.at < len(code) and (code[self.at] == " " or code[self.at] == "\n"
                                       or code[self.at] == "\t" or code[self.at] == "\r"):
            self.at += 1

    def peek(self) -> str:
        self.skip()
        return self.code[self.at] if self.at < len(self.code) else ""

    def take(self) -> str:
        c = self.peek()
        self.at += 1
        return c

    def number(self, default: "object") -> "object":
        self.skip()
        start = self.at
        code = self.code
        sign = 1
        if self.at < len(code) and (code[self.at] == "-" or code[self.at] == "+"):
            sign = -1 if code[self.at] == "-" else 1
            self.at += 1
        value = 0
        digits = 0
        while self.at < len(code) and "0123456789".find(code[self.at]) >= 0:
            value = value * 10 + "0123456789".find(code[self.at])
            digits += 1
            self.at += 1
        if digits == 0:
            self.at = start
            return default
        return sign * value

    def word(self, text: str) -> bool:
        self.skip()
        if self.code.startswith(text, self.at):
            self.at += len(text)
            return True
        return False

    def braces(self) -> "object":
        """`{a, b, …}` after a slot number, or None; `*` reads as None."""
        if self.peek() != "{":
            return None
        self.take()
        values = []
        while True:
            c = self.peek()
            if c == "}":
                self.take()
                return values
            if c == ",":
                self.take()
                continue
            if c == "*":
                self.take()
                values.append(None)
                continue
            value = self.number(None)
            if value is None:
                raise MmlError("Invalid MML at " + str(self.at) + ": expected a number in { }")
            values.append(value)


def _expand(code: str) -> str:
    """The code with [ … ]n repeats written out (nested repeats too)."""
    out = ""
    i = 0
    stack = []
    while i < len(code):
        c = code[i]
        if c == "[":
            stack.append(out)
            out = ""
            i += 1
        elif c == "]":
            i += 1
            count = 0
            digits = 0
            while i < len(code) and "0123456789".find(code[i]) >= 0:
                count = count * 10 + "0123456789".find(code[i])
                digits += 1
                i += 1
            if digits == 0:
                count = 1
            if len(stack) == 0:
                raise MmlError("Invalid MML: ']' without '['")
            body = out
            out = stack.pop()
            for _ in range(count):
                out += body
        else:
            out += c
            i += 1
    while len(stack) > 0:  # an unclosed '[': played once
        body = out
        out = stack.pop() + body
    return out


def parse(code: str) -> "object":
    """The notes of an MML string."""
    r = _Reader(_expand(code))
    bpm = 120.0
    gate = 0.8
    tone = 0
    level = 100 / 127
    transpose = 0.0
    detune = 0.0
    octave = 4
    length = 48.0  # ticks (a quarter)
    envs = [None]
    vibs = [None]
    glis = [None]
    env = None
    vib = None
    gli = None
    notes = []
    tie = False
    while r.peek() != "":
        c = r.peek()
        if c == "@":
            r.take()
            kind = "ENV" if r.word("ENV") else ("VIB" if r.word("VIB") else ("GLI" if r.word("GLI") else ""))
            slot = r.number(None)
            if slot is None or slot < 0:
                raise MmlError("Invalid MML at " + str(r.at) + ": expected a number after @" + kind)
            if kind == "":
                tone = slot
                continue
            values = r.braces()
            table = envs if kind == "ENV" else (vibs if kind == "VIB" else glis)
            while len(table) <= slot:
                table.append(None)
            if values is not None:
                if slot == 0:
                    raise MmlError("Invalid MML: @" + kind + "0 cannot be set")
                table[slot] = values
            chosen = table[slot]
            if kind == "ENV":
                env = chosen
            elif kind == "VIB":
                vib = chosen
            else:
                gli = chosen
            continue
        r.take()
        if c == "T":
            bpm = r.number(120)
        elif c == "Q":
            gate = r.number(80) / 100
        elif c == "V":
            level = r.number(100) / 127
        elif c == "K":
            transpose = r.number(0)
        elif c == "Y":
            detune = r.number(0) / 100
        elif c == "O":
            octave = r.number(4)
        elif c == ">":
            octave = min(octave + 1, 9)
        elif c == "<":
            octave = max(octave - 1, -1)
        elif c == "L":
            length = _ticks(r, 192 / r.number(4))
        elif c == "&":
            tie = True
            if "0123456789.".find(r.peek()) >= 0 and len(notes) > 0:
                # `C4&16`: the length alone extends the note before
                extra = _length(r, length, bpm)
                last = notes[len(notes) - 1]
                last[1] += extra
                last[2] = last[1] * gate
                tie = False
        elif c == "R" or "ABCDEFG".find(c) >= 0:
            pitch = -1.0
            if c != "R":
                step = NOTE_STEPS["ABCDEFG".find(c)]
                while r.peek() == "#" or r.peek() == "+" or r.peek() == "-":
                    step += -1 if r.take() == "-" else 1
                pitch = (octave + 1) * 12 + step + transpose + detune
            seconds = _length(r, length, bpm)
            if tie and len(notes) > 0 and pitch >= 0:
                last = notes[len(notes) - 1]
                if last[0] == pitch:
                    last[1] += seconds
                    last[2] = last[1] * gate
                    tie = False
                    continue
                last[2] = last[1]  # a slur: the note before sounds to the end
            tie = False
            notes.append([pitch, seconds, seconds * gate, tone, level,
                          _envelope(env, bpm), _vibrato(vib, bpm), _glide(gli, bpm)])
        else:
            raise MmlError("Invalid MML command '" + c + "' at " + str(r.at - 1))
    return notes


def _ticks(r: "_Reader", base: float) -> float:
    ticks = base
    add = base / 2
    while r.peek() == ".":
        r.take()
        ticks += add
        add = add / 2
    return ticks


def _length(r: "_Reader", default_ticks: float, bpm: float) -> float:
    n = r.number(None)
    ticks = _ticks(r, default_ticks if n is None else 192 / n)
    return ticks * 60 / (bpm * 48)


def _envelope(values: "object", bpm: float) -> "object":
    if values is None or len(values) == 0:
        return None
    out = [values[0] / 127]
    for i in range(1, len(values) - 1, 2):
        out.append(values[i] * 60 / (bpm * 48))
        out.append(values[i + 1] / 127)
    return out


def _vibrato(values: "object", bpm: float) -> "object":
    if values is None or len(values) < 3:
        return None
    tick = 60 / (bpm * 48)
    return [values[0] * tick, max(values[1], 1) * tick, values[2] / 100]


def _glide(values: "object", bpm: float) -> "object":
    if values is None or len(values) < 2:
        return None
    offset = None if values[0] is None else values[0] / 100
    seconds = None if values[1] is None else values[1] * 60 / (bpm * 48)
    return [offset, seconds]
