import { gunzipSync } from "node:zlib";
import { extract, type Header } from "tar-stream";

export interface LayerEntry {
  header: Header;
  content: Buffer;
}

/** Unpacks a tar.gz layer into its entries, in archive order. */
export async function readLayer(gz: Uint8Array): Promise<LayerEntry[]> {
  const tar = extract();
  const entries: LayerEntry[] = [];
  const done = (async () => {
    for await (const entry of tar) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.push({ header: entry.header, content: Buffer.concat(chunks) });
    }
  })();
  tar.end(gunzipSync(gz));
  await done;
  return entries;
}
