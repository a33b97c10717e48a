"""Sound effects and music over the platform's audio contexts.

Browsers refuse to play before the player touches the screen: the engine unlocks audio inside
the first touch (`Audio.unlock`), and music asked for before then starts at that moment. On
hide everything pauses; on show the music resumes. An audio interruption (a phone call: the
native runtime's onAudioInterruptionBegin/End) pauses and resumes the same way.
"""

from typing import Any  # (the guard drops typing imports from games)

from pyminis.engine._js import has


class Sound:
    """A sound effect (`play()` restarts it) or, with `music=True`, a looping track."""

    def __init__(self, audio: Any, context: Any, path: str, volume: float,
                 music: bool) -> None:
        self.audio = audio
        self.context = context  # the platform's InnerAudioContext
        self.path = path
        self.music = music
        self.wanted = False  # music: should be playing (survives hide/show and the unlock)
        context.loop = music
        context.volume = volume
        context.src = path

    def play(self) -> None:
        if self.music:
            self.wanted = True
        if not self.audio.unlocked or self.audio.hidden or self.audio.interrupted:
            return  # sound effects before the first touch are dropped; music waits
        if not self.music:
            self.context.seek(0)
        self.context.play()

    def pause(self) -> None:
        self.wanted = False
        self.context.pause()

    def stop(self) -> None:
        self.wanted = False
        self.context.stop()

    def set_volume(self, volume: float) -> None:
        self.context.volume = min(max(volume, 0), 1)


class Audio:
    """Every sound of the game; `muted` silences them all."""

    def __init__(self, platform: Any, needs_unlock: bool) -> None:
        self.platform = platform
        self.sounds: list[Any] = []
        self.unlocked = not needs_unlock
        self.hidden = False
        self.interrupted = False  # by a call: the runtime's onAudioInterruptionBegin
        self.muted = False

    def load(self, path: str, volume: float = 1.0, music: bool = False) -> Sound:
        sound = Sound(self, self.platform.createInnerAudioContext(), path, volume, music)
        self.sounds.append(sound)
        return sound

    def unlock(self) -> None:
        """Inside the first touch: let the platform unlock, then start music waiting for it."""
        if self.unlocked:
            return
        self.unlocked = True
        if has(self.platform, "unlockAudio"):
            self.platform.unlockAudio()
        self._resume_music()

    def on_hide(self) -> None:
        self.hidden = True
        for sound in self.sounds:
            sound.context.pause()

    def on_show(self) -> None:
        self.hidden = False
        if not self.interrupted:
            self._resume_music()

    def on_interruption(self, started: bool) -> None:
        """An audio interruption (a call) began or ended: pause everything, then play the
        music again, as after hide and show."""
        self.interrupted = started
        if started:
            for sound in self.sounds:
                sound.context.pause()
        elif not self.hidden:
            self._resume_music()

    def _resume_music(self) -> None:
        if self.muted:
            return
        for sound in self.sounds:
            if sound.music and sound.wanted:
                sound.context.play()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        for sound in self.sounds:
            sound.context.volume = 0 if muted else 1
        if not muted:
            self._resume_music()
