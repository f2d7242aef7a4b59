/** Where each `kind:id` reference in content leads, built from validated content. */
import type { Ref } from '../schemas/ref.ts';
import type { CrossRefTarget } from './remark-cross-refs.ts';
import type { Urls } from '../site/urls.ts';
import type { ValidContent } from '../content/validate-content.ts';
import { describeWhen } from '../story/when.ts';

/** A lookup from reference to link target, for live ids only. */
export function refTargets(content: ValidContent, urls: Urls): (ref: Ref) => CrossRefTarget | undefined {
  const targets = new Map<string, CrossRefTarget>();
  for (const event of content.events) {
    targets.set(`event:${event.id}`, {
      href: urls.ref({ kind: 'event', id: event.id }),
      hint: describeWhen(event.data).date,
    });
  }
  for (const section of content.sections)
    targets.set(`section:${section.id}`, { href: urls.ref({ kind: 'section', id: section.id }) });
  for (const fact of content.facts) targets.set(`fact:${fact.id}`, { href: urls.ref({ kind: 'fact', id: fact.id }) });
  for (const source of content.sources)
    targets.set(`source:${source.id}`, { href: urls.ref({ kind: 'source', id: source.id }) });
  return (ref) => targets.get(`${ref.kind}:${ref.id}`);
}
