const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
// 252 is the largest multiple of 36 below 256; larger bytes are redrawn so every character is equally likely.
const UNBIASED_LIMIT = 252;

/** "rd-" + 10 random [a-z0-9]: about 52 bits, so collisions (error 100003) are practically never seen. */
export function generateRoomId(): string {
  let id = "rd-";
  const bytes = new Uint8Array(16);
  while (id.length < 13) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < UNBIASED_LIMIT && id.length < 13) id += ALPHABET[b % 36];
  }
  return id;
}
