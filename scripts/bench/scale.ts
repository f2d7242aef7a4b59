/**
 * Synthetic content for the build benchmark: the real content plus N generated
 * events, and, for reference, a bare Astro project of N plain markdown pages of
 * the same size. Both live in a temporary folder and are never committed.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEMPLATE = 'content/events/ambush-officer-missing.md';

/** A copy of content/ with `count` extra events, each a renamed copy of a real one. Returns its root. */
export function syntheticContent(project: string, dir: string, count: number): string {
  const root = join(dir, 'content-root');
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(project, 'published-ids.json'), join(root, 'published-ids.json'));
  const template = readFileSync(join(project, TEMPLATE), 'utf8');
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    const text = template
      .replace(/^title: .*$/m, `title: Generated event ${i + 1} for the build benchmark`)
      .replace(/^date: .*$/m, `date: "${day}"`)
      // A generated event is new: it has no history, and its template's log may predate it.
      .replace(/^log:\n(?:(?: {2}|- ).*\n)*/m, '');
    writeFileSync(join(root, 'content/events', `bench-event-${String(i + 1).padStart(4, '0')}.md`), text);
  }
  return root;
}

/** Edits one generated event's title, differently for each `edit`, for the one-changed-event rebuild. */
export function touchOneEvent(root: string, edit: number): void {
  const file = join(root, 'content/events/bench-event-0001.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^title: .*$/m, `title: Generated event 1, edit ${edit}`));
}

/** A bare Astro project with `count` plain markdown pages the size of an event file. Returns its folder. */
export function plainMarkdownProject(project: string, dir: string, count: number): string {
  const root = join(dir, 'plain-markdown');
  mkdirSync(join(root, 'src/pages/posts'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), "export default { site: 'http://localhost:4321' };\n");
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  const body = readFileSync(join(project, TEMPLATE), 'utf8')
    .split('---')
    .slice(2)
    .join('---')
    .replace(/\]\([a-z]+:[a-z0-9-]+\)/g, ']');
  for (let i = 0; i < count; i++) {
    writeFileSync(join(root, 'src/pages/posts', `post-${i + 1}.md`), `---\ntitle: Plain post ${i + 1}\n---\n${body}`);
  }
  return root;
}
