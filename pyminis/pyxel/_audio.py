# pyminis: compile-plain
"""Pyxel's sounds and musics, synthesised into samples and played through the platform.

A note lasts `speed` ticks of 1/120 s; its pitch is MIDI note + 36 (+ 60 for noise), A4 =
440 Hz; tones are Pyxel's default wavetables (triangle 32 steps of 4 bits, square 1:1,
pulse 1:3, at gains 1, 0.3, 0.3) and a 15-bit noise register (gain 0.6); volume is 0..7;
effects: slide (the pitch glides from the previous note), vibrato (6 Hz, ±25 cents), fadeout
(to silence over the note), half- and quarter-fadeout (the last half / quarter). Samples are
made at Pyxel's 22,050 Hz. Pyxel's own voice also models the NES's clock and smooths note
edges; this synthesis follows the definitions above, not Pyxel's sample values.

Playback: a WebAudio context (the browser's AudioContext on h5, the runtime's
`createWebAudioContext()` natively), one buffer source per channel, resumed at the first
touch (browsers refuse sound before a gesture). Where neither exists, sounds are silent.
Under CPython every play is recorded in `played` for tests.
"""

from pyminis.engine._js import IN_JS, jsmath
from pyminis.pyxel._mml import parse as parse_mml

# __pragma__ ('skip')
from typing import Any

def __pragma__(*args: Any) -> Any:
    raise RuntimeError("JavaScript only")
# __pragma__ ('noskip')

SAMPLE_RATE = 22050
TICKS_PER_SECOND = 120
TRIANGLE = [8, 9, 10, 11, 12, 13, 14, 15, 15, 14, 13, 12, 11, 10, 9, 8,
            7, 6, 5, 4, 3, 2, 1, 0, 0, 1, 2, 3, 4, 5, 6, 7]
TONE_GAINS = [1.0, 0.3, 0.3, 0.6]
CHANNEL_GAIN = 0.125
OUTPUT_GAIN = 2.0  # the four channels' mix at a comfortable level
NOTE_NAMES = "c d ef g a b"

played = []  # CPython: [channel, [sound numbers or ids], loop] of each play (tests read it)


def seconds(sound: "Any") -> float:
    """How long `sound` plays: its notes times its speed, in ticks of 1/120 s."""
    return len(sound.notes) * sound.speed / TICKS_PER_SECOND


def position(lengths: "Any", frames: int, fps: int, start: float, loop: bool) -> "Any":
    """pyxel.play_pos: (index of the sound in the list, seconds into it) `frames` frames after
    the play began `start` seconds in, or None once the list ended (never, looping)."""
    total = 0
    for length in lengths:
        total += length
    elapsed = frames / fps + start
    if total <= 0 or (elapsed >= total and not loop):
        return None
    elapsed = elapsed % total
    for i in range(len(lengths)):
        if elapsed < lengths[i]:
            return (i, elapsed)
        elapsed -= lengths[i]
    return None


class AudioError(Exception):
    """A sound string Pyxel refuses."""


def _simplify(s: str) -> str:
    return "".join(s.split()).lower()


class Sound:
    """`pyxel.sounds[n]`: notes, tones, volumes, effects and speed."""

    def __init__(self) -> None:
        self.notes = []
        self.tones = []
        self.volumes = []
        self.effects = []
        self.speed = 30
        self.mml_code = None  # MML mode (sound.mml(code)) when not None

    def set(self, notes: str, tones: str, volumes: str, effects: str, speed: int) -> None:
        self.set_notes(notes)
        self.set_tones(tones)
        self.set_volumes(volumes)
        self.set_effects(effects)
        self.speed = speed

    def set_notes(self, notes: str) -> None:
        s = _simplify(notes)
        out = []
        i = 0
        while i < len(s):
            c = s[i]
            i += 1
            if c == "r":
                out.append(-1)
                continue
            note = NOTE_NAMES.find(c)
            if note < 0 or c == " ":
                raise AudioError("Invalid sound note '" + c + "'")
            c = s[i] if i < len(s) else ""
            if c == "#":
                note += 1
                i += 1
            elif c == "-":
                note -= 1
                i += 1
            c = s[i] if i < len(s) else ""
            if c == "" or "01234".find(c) < 0:
                raise AudioError("Invalid sound note '" + c + "'")
            i += 1
            out.append(note + 12 * "01234".find(c))
        self.notes = out

    def set_tones(self, tones: str) -> None:
        out = []
        for c in _simplify(tones):
            k = "tspn".find(c)
            if k < 0:
                k = "0123456789".find(c)
            if k < 0:
                raise AudioError("Invalid sound tone '" + c + "'")
            out.append(k)
        self.tones = out

    def set_volumes(self, volumes: str) -> None:
        out = []
        for c in _simplify(volumes):
            k = "01234567".find(c)
            if k < 0:
                raise AudioError("Invalid sound volume '" + c + "'")
            out.append(k)
        self.volumes = out

    def set_effects(self, effects: str) -> None:
        out = []
        for c in _simplify(effects):
            k = "nsvfhq".find(c)
            if k < 0:
                raise AudioError("Invalid sound effect '" + c + "'")
            out.append(k)
        self.effects = out

    def mml(self, code: "Any" = None) -> None:
        """MML mode with `code` (notes, speed… are then ignored); no code: back to normal."""
        if code is not None:
            parse_mml(code)  # refused now, at the call, as Pyxel does
        self.mml_code = code

    def total_sec(self) -> float:
        total = 0.0
        for note in notes_of(self):
            total += note[1]
        return total


class Music:
    """`pyxel.musics[n]`: one list of sound numbers per channel."""

    def __init__(self) -> None:
        self.seqs = []

    def set(self, *seqs: "Any") -> None:
        self.seqs = []
        for seq in seqs:
            self.seqs.append(list(seq))


def _floats(count: int) -> "Any":
    if IN_JS:
        return __pragma__("js", "{}", "new Float32Array(count)")
    return [0.0] * count


def _cycled(values: "Any", i: int, default: int) -> int:
    if len(values) == 0:
        return default
    return values[i % len(values)]


def notes_of(sound: Sound) -> "Any":
    """The sound as the synthesiser's notes (pyminis/pyxel/_mml.py describes the form): MML,
    or Pyxel's notes at `speed` ticks of 1/120 s with their tones, volumes and effects."""
    if sound.mml_code is not None:
        return parse_mml(sound.mml_code)
    notes = []
    seconds = sound.speed / TICKS_PER_SECOND
    last_pitch = -1.0
    for i in range(len(sound.notes)):
        note = sound.notes[i]
        if note < 0:
            notes.append([-1.0, seconds, seconds, 0, 0.0, None, None, None])
            continue
        tone = _cycled(sound.tones, i, 0)
        if tone > 3:
            tone = 0
        effect = _cycled(sound.effects, i, 0)
        pitch = note + (60 if tone == 3 else 36)
        envelope = None
        if effect == 3:
            envelope = [1.0, seconds, 0.0]
        elif effect == 4 or effect == 5:
            fade = jsmath.floor(sound.speed / (2 if effect == 4 else 4) + 0.5) / TICKS_PER_SECOND
            envelope = [1.0, seconds - fade, 1.0, fade, 0.0]
        vibrato = [0.0, 1 / 6, 0.25] if effect == 2 else None
        glide = None
        if effect == 1 and last_pitch >= 0:
            glide = [last_pitch - pitch, seconds]
        last_pitch = pitch
        notes.append([pitch, seconds, seconds, tone, _cycled(sound.volumes, i, 7) / 7,
                      envelope, vibrato, glide])
    return notes


def _envelope_at(envelope: "Any", t: float) -> float:
    level = envelope[0]
    at = 0.0
    for i in range(1, len(envelope) - 1, 2):
        span = envelope[i]
        target = envelope[i + 1]
        if t < at + span:
            return level + (target - level) * (t - at) / span
        at += span
        level = target
    return level


def synthesize(sound: Sound) -> "Any":
    """The sound's samples (floats in -1..1) at SAMPLE_RATE."""
    notes = notes_of(sound)
    total_seconds = 0.0
    for note in notes:
        total_seconds += note[1]
    total = jsmath.floor(total_seconds * SAMPLE_RATE + 0.5)
    out = _floats(total)
    phase = 0.0
    noise = 1
    at = 0.0
    last_pitch = -1.0
    for note in notes:
        start = jsmath.floor(at * SAMPLE_RATE + 0.5)
        at += note[1]
        pitch = note[0]
        if pitch < 0:
            continue
        count = min(jsmath.floor(note[2] * SAMPLE_RATE + 0.5), total - start)
        tone = note[3]
        if tone < 0 or tone > 3:
            tone = 0
        gain = TONE_GAINS[tone] * note[4] * CHANNEL_GAIN * OUTPUT_GAIN
        envelope = note[5]
        vibrato = note[6]
        glide = note[7]
        glide_from = 0.0
        glide_seconds = 0.0
        if glide is not None:
            glide_from = glide[0] if glide[0] is not None else (
                last_pitch - pitch if last_pitch >= 0 else 0.0)
            glide_seconds = glide[1] if glide[1] is not None else note[1]
        last_pitch = pitch
        for k in range(count):
            t = k / SAMPLE_RATE
            p = pitch
            if glide_seconds > 0 and t < glide_seconds:
                p += glide_from * (1 - t / glide_seconds)
            if vibrato is not None and t >= vibrato[0]:
                p += vibrato[2] * jsmath.sin(2 * jsmath.PI * (t - vibrato[0]) / vibrato[1])
            freq = 440 * 2 ** ((p - 69) / 12)
            phase += freq / SAMPLE_RATE
            if phase >= 1:
                steps = jsmath.floor(phase)
                phase -= steps
                if tone == 3:
                    for _ in range(steps if steps < 64 else 64):
                        bit = (noise ^ (noise >> 1)) & 1
                        noise = (noise >> 1) | (bit << 14)
            if tone == 0:
                v = (TRIANGLE[jsmath.floor(phase * 32) & 31] - 7.5) / 7.5
            elif tone == 1:
                v = 1.0 if phase < 0.5 else -1.0
            elif tone == 2:
                v = 1.0 if phase < 0.25 else -1.0
            else:
                v = 1.0 if noise & 1 else -1.0
            level = gain
            if envelope is not None:
                level = gain * _envelope_at(envelope, t)
            out[start + k] = v * level
    return out


class Player:
    """The four channels over the platform's WebAudio context (or silence)."""

    def __init__(self) -> None:
        self.context = None
        self.tried = False
        self.sources = [None, None, None, None]
        self.started = [0.0, 0.0, 0.0, 0.0]

    def ensure(self) -> "Any":
        if self.tried:
            return self.context
        self.tried = True
        if IN_JS:
            self.context = __pragma__("js", "{}", """(function () {
    try {
        var api = globalThis.tt || globalThis.wx || null;
        if (api && typeof api.createWebAudioContext === 'function') { return api.createWebAudioContext(); }
        var Ctor = globalThis.AudioContext || globalThis.webkitAudioContext;
        return Ctor ? new Ctor() : null;
    } catch (e) { return null; }
})()""")
        return self.context

    def unlock(self) -> None:
        context = self.ensure()
        if IN_JS and context is not None:
            __pragma__("js", "{}", "if (context.state === 'suspended' && context.resume) { context.resume(); }")

    def play(self, ch: int, samples: "Any", loop: bool, label: "Any") -> None:
        self.stop(ch)
        if not IN_JS:
            played.append([ch, label, loop])
            return
        context = self.ensure()
        if context is None or len(samples) == 0:
            return
        __pragma__("js", "{}", """(function (self) {
    var buffer = context.createBuffer(1, samples.length, 22050);
    if (buffer.copyToChannel) { buffer.copyToChannel(samples, 0); }
    else { buffer.getChannelData(0).set(samples); }
    var source = context.createBufferSource();
    source.buffer = buffer;
    source.loop = !!loop;
    source.connect(context.destination);
    source.start(0);
    self.sources[ch] = source;
    self.started[ch] = context.currentTime;
})(self)""")

    def stop(self, ch: int) -> None:
        source = self.sources[ch]
        if source is not None:
            if IN_JS:
                __pragma__("js", "{}", "try { source.stop(0); } catch (e) {}")
            self.sources[ch] = None


def join(parts: "Any") -> "Any":
    """Samples of several sounds one after another."""
    total = 0
    for part in parts:
        total += len(part)
    out = _floats(total)
    at = 0
    for part in parts:
        for k in range(len(part)):
            out[at + k] = part[k]
        at += len(part)
    return out
