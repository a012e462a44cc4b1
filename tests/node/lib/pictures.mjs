// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures for the cover tests, made here without an image library, and the wait for the box to find one.
import { crc32, deflateSync } from 'node:zlib';
import { apiCall } from './browser.mjs';

// A w x h PNG of one colour: signature, IHDR, one IDAT, IEND.
export function png(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The playlist called `title` once the box has found its cover (the library sync and the cover tool run after
// the start); fails after 20 s.
export async function playlistWithCover(server, title) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const list = await apiCall(server, 'GET', '/api/playlists');
    const found = list.playlists.find((playlist) => playlist.title === title);
    if (found?.cover_url) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${title} got no cover_url`);
}
