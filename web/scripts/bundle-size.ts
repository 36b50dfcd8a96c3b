import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface FirstLoadSize {
  /** Each file the home page loads before it can render, with its raw and gzipped bytes. */
  files: { path: string; bytes: number; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/**
 * What a first visit downloads before the home page renders: the entry script, the chunks
 * index.html preloads and its stylesheets, as found in the built index.html. Lazy screens
 * are not counted; they load on navigation.
 */
export function firstLoadSize(dist: string): FirstLoadSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  const files = [...new Set(paths)].map((path) => {
    const content = readFileSync(join(dist, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const sum = (extension: string) => files.filter((file) => file.path.endsWith(extension)).reduce((total, file) => total + file.gzipBytes, 0);
  return { files, jsGzipBytes: sum('.js'), cssGzipBytes: sum('.css') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = firstLoadSize(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  for (const file of size.files) console.log(`${file.path.padEnd(48)} ${(file.bytes / 1024).toFixed(1).padStart(7)} kB  gzip ${(file.gzipBytes / 1024).toFixed(1).padStart(6)} kB`);
  console.log(`first-load JS, gzipped: ${(size.jsGzipBytes / 1024).toFixed(1)} kB; CSS: ${(size.cssGzipBytes / 1024).toFixed(1)} kB`);
}
