"""What a scene holds: sprites, shapes and text. Plain attributes, read by the draw path.

Every node has a position (`x`, `y`), an `anchor` (0..1 of its size: 0.5, 0.5 is the centre),
`rotation` in degrees, `scale_x` / `scale_y`, `alpha` (0..1), `z` (higher draws later),
`visible`, and `fixed` (True: drawn in screen space, ignoring the camera, e.g. a score).
Subclass `Sprite` and give it an `update(self, dt)` method to move it every step.
"""

# pyminis: compile-plain
# (a hot path, written in the subset Transcrypt compiles faithfully: no guard rewrite)
# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

# The draw path switches on these instead of calling a method per node (Transcrypt method
# calls are slow; attribute reads are not).
SPRITE = 1
RECT = 2
CIRCLE = 3
TEXT = 4
GROUP = 5


class Node:
    kind = 0
    fps: float = 0  # animation frames per second (sprites); the step loop reads it on every node

    def __init__(self, x: float = 0, y: float = 0) -> None:
        self.x = x
        self.y = y
        self.width = 0.0
        self.height = 0.0
        self.anchor_x = 0.0
        self.anchor_y = 0.0
        self.rotation = 0.0
        self.scale_x = 1.0
        self.scale_y = 1.0
        self.alpha = 1.0
        self.z = 0
        self.visible = True
        self.fixed = False
        self.scene: Any = None  # set by Scene.add
        self.order = 0  # insertion order, ties z

    def update(self, dt: float) -> None:
        """Called every fixed step while the node is in a scene: override it to move the node."""

    def left(self) -> float:
        """The left edge in world units (anchor and scale applied, rotation ignored)."""
        return self.x - self.anchor_x * self.width * abs(self.scale_x)

    def top(self) -> float:
        return self.y - self.anchor_y * self.height * abs(self.scale_y)

    def right(self) -> float:
        return self.left() + self.width * abs(self.scale_x)

    def bottom(self) -> float:
        return self.top() + self.height * abs(self.scale_y)

    def center_x(self) -> float:
        return self.left() + self.width * abs(self.scale_x) / 2

    def center_y(self) -> float:
        return self.top() + self.height * abs(self.scale_y) / 2

    def set_anchor(self, ax: float, ay: float) -> "Node":
        self.anchor_x = ax
        self.anchor_y = ay
        return self

    def set_scale(self, scale: float) -> "Node":
        self.scale_x = scale
        self.scale_y = scale
        return self

    def kill(self) -> None:
        """Remove this node from its scene (at the end of the current step)."""
        if self.scene != None:  # noqa: E711
            self.scene.remove(self)


class Image:
    """A loaded picture (from `load_image`), or a region of one (a sprite-sheet frame)."""

    def __init__(self, source: Any, x: float, y: float, width: float, height: float) -> None:
        self.source = source  # the platform image or canvas
        self.sx = x
        self.sy = y
        self.width = width
        self.height = height
        self.loaded = width > 0

    def region(self, x: float, y: float, width: float, height: float) -> "Image":
        """A part of this image, e.g. one frame of a sheet."""
        return Image(self.source, self.sx + x, self.sy + y, width, height)

    def frames(self, frame_width: float, frame_height: float, count: int = 0) -> list:
        """Cut a sprite sheet into frames, row by row (`count` 0: every whole frame)."""
        columns = int(self.width // frame_width)
        rows = int(self.height // frame_height)
        total = columns * rows if count == 0 else count
        result = []
        for i in range(total):
            result.append(self.region((i % columns) * frame_width, (i // columns) * frame_height,
                                      frame_width, frame_height))
        return result


class Sprite(Node):
    """An image on screen; `frames` + `fps` animate it."""

    kind = SPRITE
    # Animation state lives on the class until a sprite animates: a still sprite (most of
    # them) is a smaller object, and the per-step loop over thousands stays in cache.
    frames: "list[Image] | None" = None
    loop = True
    frame_time = 0.0
    frame = 0

    def __init__(self, image: "Image | None" = None, x: float = 0, y: float = 0,
                 anchor: float = 0.5, frames: "list[Image] | None" = None, fps: float = 0,
                 loop: bool = True) -> None:
        Node.__init__(self, x, y)
        self.anchor_x = anchor
        self.anchor_y = anchor
        self.image = image
        if frames != None or fps != 0 or not loop:  # noqa: E711
            self.frames = frames
            self.fps = fps
            self.loop = loop
            self.frame_time = 0.0
            self.frame = 0
        if image == None and frames != None and len(frames) > 0:  # noqa: E711
            self.image = frames[0]
        if self.image != None:  # noqa: E711
            self.width = self.image.width
            self.height = self.image.height

    def play(self, frames: list, fps: float, loop: bool = True) -> None:
        """Switch to another animation, from its first frame."""
        self.frames = frames
        self.fps = fps
        self.loop = loop
        self.frame = 0
        self.frame_time = 0.0
        self.image = frames[0]

    def animate(self, dt: float) -> None:
        """Advance the animation (the scene calls this each step for animated sprites)."""
        frames: Any = self.frames  # set: the scene animates only sprites with frames
        count = len(frames)
        self.frame_time += dt * self.fps
        while self.frame_time >= 0.999999:  # tolerate float drift (12 × 1/60 × 10 < 2)
            self.frame_time -= 1
            if self.frame + 1 < count:
                self.frame += 1
            elif self.loop:
                self.frame = 0
        self.image = frames[self.frame]


class Rect(Node):
    """A filled (or outlined, `line_width` > 0) rectangle; anchored at its top-left."""

    kind = RECT

    def __init__(self, x: float = 0, y: float = 0, width: float = 10, height: float = 10,
                 color: str = "#ffffff", line_width: float = 0) -> None:
        Node.__init__(self, x, y)
        self.width = width
        self.height = height
        self.color = color
        self.line_width = line_width


class Circle(Node):
    """A filled (or outlined) circle; `x`, `y` is its centre."""

    kind = CIRCLE

    def __init__(self, x: float = 0, y: float = 0, radius: float = 10, color: str = "#ffffff",
                 line_width: float = 0) -> None:
        Node.__init__(self, x, y)
        self.radius = radius
        self.width = radius * 2
        self.height = radius * 2
        self.anchor_x = 0.5
        self.anchor_y = 0.5
        self.color = color
        self.line_width = line_width


class Text(Node):
    """A line of text; `align` is left, center or right of `x`; `y` is its top."""

    kind = TEXT

    def __init__(self, text: str = "", x: float = 0, y: float = 0, size: float = 24,
                 color: str = "#ffffff", font: str = "sans-serif", align: str = "left",
                 bold: bool = False) -> None:
        Node.__init__(self, x, y)
        self.text = text
        self.size = size
        self.color = color
        self.font = font
        self.align = align
        self.bold = bold
        self.height = size


class Group(Node):
    """Nodes drawn together at an offset. `cache=True` draws them once into an off-screen
    canvas and reuses it every frame (a static background); call `refresh()` after changes."""

    kind = GROUP

    def __init__(self, x: float = 0, y: float = 0, cache: bool = False) -> None:
        Node.__init__(self, x, y)
        self.children: list[Any] = []
        self.cache = cache
        self.canvas = None  # the cached layer, made by the draw path
        self.dirty = True

    def add(self, node: Node) -> Node:
        self.children.append(node)
        self.dirty = True
        return node

    def refresh(self) -> None:
        self.dirty = True
