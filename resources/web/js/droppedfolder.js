// SPDX-License-Identifier: GPL-3.0-or-later
// A folder dropped on a drop zone: the browser hands it over as a directory entry (its `files` list holds only
// an empty placeholder), so its files, sub-folders included, are read through the entries API, in path order.

// Must run inside the drop event: the entries are gone once it returns. Null unless exactly one folder was
// dropped.
export function droppedFolder(dataTransfer) {
  const entries = [...(dataTransfer?.items ?? [])].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length !== 1 || !entries[0].isDirectory) return null;
  const folder = entries[0];
  return { name: folder.name, read: () => filesUnder(folder) };
}

function readBatch(reader) {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesUnder(directory, prefix = '') {
  const found = [];
  const reader = directory.createReader();
  // readEntries answers in batches until it answers with none.
  for (let batch = await readBatch(reader); batch.length; batch = await readBatch(reader)) {
    for (const entry of batch) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory) found.push(...(await filesUnder(entry, `${path}/`)));
      else found.push({ path, file: await new Promise((resolve, reject) => entry.file(resolve, reject)) });
    }
  }
  if (prefix) return found;
  found.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
  return found.map((f) => f.file);
}
