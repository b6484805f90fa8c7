// The page's whole logic: draw on the canvas, shrink the drawing to the 8 x 8 image of 0-16 the model was trained on,
// ask POST /predict, show the answer. No library and no CDN: the page works on a machine with no internet.
"use strict";

const pad = document.getElementById("pad");
const ctx = pad.getContext("2d", { willReadFrequently: true });
const grid = document.getElementById("grid");
const bars = document.getElementById("bars");
const prediction = document.getElementById("prediction");
const problem = document.getElementById("problem");
const STROKE = 28; // pen width in canvas pixels: 4 to 5 dots of the 32 x 32 bitmap for a digit drawn 200 pixels tall, as thick as the data's strokes

function clearPad() {
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, pad.width, pad.height);
}

// --- Drawing with a mouse, a pen or a finger -------------------------------------------------------------------------
let last = null;
function point(event) {
  const box = pad.getBoundingClientRect(); // the canvas may be drawn smaller than its 280 x 280 pixels
  return { x: (event.clientX - box.left) * pad.width / box.width, y: (event.clientY - box.top) * pad.height / box.height };
}
pad.addEventListener("pointerdown", event => {
  pad.setPointerCapture(event.pointerId);
  last = point(event);
  line(last, last);
});
pad.addEventListener("pointermove", event => {
  if (!last) return;
  const next = point(event);
  line(last, next);
  last = next;
});
function endStroke() {
  if (!last) return;
  last = null;
  predict();
}
pad.addEventListener("pointerup", endStroke);
pad.addEventListener("pointercancel", endStroke);
function line(from, to) {
  ctx.strokeStyle = "#000";
  ctx.lineWidth = STROKE;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
}

// --- From the drawing to 8 x 8 pixels of 0-16 ------------------------------------------------------------------------
// The digits data was made this way: each digit's box scaled into a 32 x 32 black-and-white bitmap, then every 4 x 4
// block counted, 0 (no ink) to 16 (all ink). The same here: the drawing's bounding box, its longer side scaled to 32
// dots and centred, each dot inked when at least 40% of the canvas pixels it covers are, then the blocks counted.
function downsample() {
  const { data, width, height } = ctx.getImageData(0, 0, pad.width, pad.height);
  const ink = (x, y) => 1 - data[(y * width + x) * 4] / 255; // black ink on white paper: red channel 0 = ink
  let left = width, right = -1, top = height, bottom = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (ink(x, y) > 0.1) {
        left = Math.min(left, x); right = Math.max(right, x);
        top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
  if (right < 0) return null; // nothing drawn

  const side = Math.max(right - left + 1, bottom - top + 1); // a square around the digit, keeping its proportions
  const x0 = left - (side - (right - left + 1)) / 2, y0 = top - (side - (bottom - top + 1)) / 2;
  const dots = [];
  for (let dy = 0; dy < 32; dy++)
    for (let dx = 0; dx < 32; dx++) {
      let sum = 0, count = 0;
      const xa = x0 + dx * side / 32, xb = x0 + (dx + 1) * side / 32, ya = y0 + dy * side / 32, yb = y0 + (dy + 1) * side / 32;
      for (let y = Math.floor(ya); y < Math.ceil(yb); y++)
        for (let x = Math.floor(xa); x < Math.ceil(xb); x++) {
          count++;
          if (x >= 0 && y >= 0 && x < width && y < height) sum += ink(x, y);
        }
      dots.push(count > 0 && sum / count >= 0.4 ? 1 : 0);
    }
  const pixels = [];
  for (let row = 0; row < 8; row++)
    for (let col = 0; col < 8; col++) {
      let n = 0;
      for (let y = 0; y < 4; y++)
        for (let x = 0; x < 4; x++) n += dots[(row * 4 + y) * 32 + col * 4 + x];
      pixels.push(n);
    }
  return pixels;
}

function showGrid(pixels) {
  grid.replaceChildren(...Array.from({ length: 64 }, (_, i) => {
    const value = pixels ? pixels[i] : 0;
    const cell = document.createElement("div");
    cell.setAttribute("role", "cell");
    const shade = Math.round(255 * (1 - value / 16)); // 0 white, 16 black, as notebook 14 draws the digits
    cell.style.background = `rgb(${shade}, ${shade}, ${shade})`;
    cell.style.color = shade < 128 ? "#fff" : "#1b1b1b";
    cell.textContent = pixels ? String(value) : "";
    cell.title = `row ${Math.floor(i / 8)}, column ${i % 8}: ${value}`;
    return cell;
  }));
}

// --- Asking the service ----------------------------------------------------------------------------------------------
let asked = 0;
async function predict() {
  const pixels = downsample();
  showGrid(pixels);
  if (!pixels) return;
  const mine = ++asked; // an older answer arriving late must not overwrite a newer one
  try {
    const response = await fetch("predict", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ pixels }),
    });
    const body = await response.json();
    if (mine !== asked) return;
    if (!response.ok) return showProblem(`${body.title}: ${body.detail}`);
    showPrediction(body);
  } catch (error) {
    if (mine === asked) showProblem(`The service did not answer (${error.message}). Is it still running?`);
  }
}

function showPrediction({ class: digit, probabilities, modelVersion }) {
  problem.hidden = true;
  prediction.innerHTML = "";
  const strong = document.createElement("strong");
  strong.id = "predicted-class";
  strong.textContent = String(digit);
  prediction.append(strong, `probability ${(probabilities[digit] * 100).toFixed(1)}%`);
  bars.replaceChildren(...probabilities.map((p, d) => {
    const item = document.createElement("li");
    if (d === digit) item.className = "best";
    item.dataset.digit = String(d);
    item.innerHTML = `<span>${d}</span><span class="track"><span class="fill"></span></span><span class="percent"></span>`;
    item.querySelector(".fill").style.width = `${(p * 100).toFixed(1)}%`;
    item.querySelector(".percent").textContent = `${(p * 100).toFixed(1)}%`;
    item.setAttribute("aria-label", `digit ${d}: ${(p * 100).toFixed(1)}%`);
    return item;
  }));
  document.getElementById("version").textContent = modelVersion;
}

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = false;
}

document.getElementById("clear").addEventListener("click", () => {
  clearPad();
  showGrid(null);
  asked++;
  bars.replaceChildren();
  prediction.innerHTML = '<span class="hint">Draw a digit to see what the model reads.</span>';
  problem.hidden = true;
});

clearPad();
showGrid(null);
fetch("health").then(r => r.json()).then(h => { document.getElementById("version").textContent = h.modelVersion; }).catch(() => {});
