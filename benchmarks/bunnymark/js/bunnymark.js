// Bunnymark the way a canvas tutorial writes it: plain objects, one drawImage per bunny at its
// (fractional) position. The reference the engine version is measured against.
const WIDTH = 800;
const HEIGHT = 600;
const GRAVITY = 0.75;

const canvas = document.createElement('canvas');
canvas.width = WIDTH;
canvas.height = HEIGHT;
document.body.appendChild(canvas);
const ctx = canvas.getContext('2d');
const image = new Image();
const bunnies = [];

function setCount(count) {
  while (bunnies.length < count) {
    bunnies.push({ x: 0, y: 0, vx: Math.random() * 10, vy: Math.random() * 10 - 5 });
  }
  bunnies.length = count;
}

function update() {
  for (const b of bunnies) {
    b.x += b.vx;
    b.y += b.vy;
    b.vy += GRAVITY;
    if (b.x > WIDTH - 26) {
      b.vx *= -1;
      b.x = WIDTH - 26;
    } else if (b.x < 0) {
      b.vx *= -1;
      b.x = 0;
    }
    if (b.y > HEIGHT - 37) {
      b.vy *= -0.85;
      b.y = HEIGHT - 37;
      if (Math.random() > 0.5) b.vy -= Math.random() * 6;
    } else if (b.y < 0) {
      b.vy = 0;
      b.y = 0;
    }
  }
}

function draw() {
  ctx.fillStyle = '#2b2d42';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  for (const b of bunnies) ctx.drawImage(image, b.x, b.y);
}

function loop() {
  update();
  draw();
  if (window.firstFrameMs === undefined) window.firstFrameMs = performance.now();
  if (!window.benchManual) requestAnimationFrame(loop);
}

window.benchApi = { setCount, update, draw };
image.onload = () => {
  setCount(100);
  requestAnimationFrame(loop);
};
image.src = 'bunny.png';
