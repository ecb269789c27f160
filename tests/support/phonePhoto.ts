/**
 * A photo as a phone takes it, made for tests and the bench: 4000 × 3000
 * pixels, about 5 MB of JPEG, with the camera's GPS position in its EXIF.
 * The picture is smooth shapes with fine grain, so it compresses like a
 * photo, not like flat colour or pure noise.
 */
import sharp from 'sharp';

export const PHOTO_WIDTH = 4000;
export const PHOTO_HEIGHT = 3000;

/** A deterministic pseudo-random sequence (the same photo on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Detail at the scale of a quarter of the photo's pixels survives scaling down, as leaves and fabric do in a real photo. */
const BASE_WIDTH = PHOTO_WIDTH / 4;
const BASE_HEIGHT = PHOTO_HEIGHT / 4;

export async function phonePhoto(seed = 1): Promise<Buffer> {
  const next = random(seed);
  const base = Buffer.alloc(BASE_WIDTH * BASE_HEIGHT * 3);
  const blobs = Array.from({length: 24}, () => ({x: next() * BASE_WIDTH, y: next() * BASE_HEIGHT, r: 50 + next() * 220, c: [next() * 255, next() * 255, next() * 255]}));
  for (let y = 0; y < BASE_HEIGHT; y += 1) {
    for (let x = 0; x < BASE_WIDTH; x += 1) {
      const colour = [90 + (110 * y) / BASE_HEIGHT, 120 + 60 * Math.sin(x / 175), 160 - (80 * y) / BASE_HEIGHT];
      for (const blob of blobs) {
        const distance = Math.hypot(x - blob.x, y - blob.y);
        if (distance >= blob.r) continue;
        const weight = (1 - distance / blob.r) * 0.6;
        for (let channel = 0; channel < 3; channel += 1) colour[channel]! += (blob.c[channel]! - colour[channel]!) * weight;
      }
      const texture = (next() - 0.5) * 26;
      for (let channel = 0; channel < 3; channel += 1) base[(y * BASE_WIDTH + x) * 3 + channel] = Math.max(0, Math.min(255, colour[channel]! + texture));
    }
  }
  const pixels = await sharp(base, {raw: {width: BASE_WIDTH, height: BASE_HEIGHT, channels: 3}}).resize(PHOTO_WIDTH, PHOTO_HEIGHT, {kernel: 'cubic'}).raw().toBuffer();
  // Sensor grain at full size.
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = Math.max(0, Math.min(255, pixels[index]! + (next() - 0.5) * 30));
  return sharp(pixels, {raw: {width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3}})
    .jpeg({quality: 93})
    .withExif({
      IFD0: {Make: 'Beispielphone', Model: 'Kamera 12', Software: 'Test'},
      // IFD3 is the GPS directory in libvips' naming: a position in Berlin.
      IFD3: {GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 18/1'},
    })
    .toBuffer();
}
