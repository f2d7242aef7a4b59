/** Where each `kind:id` reference in a markdown body leads, from validated content, through the one resolver. */
import type { Ref } from '../schemas/fields/ref.ts';
import type { ValidContent } from '../content/validate-content.ts';
import type { Urls } from '../site/urls.ts';
import { refResolver } from '../story/ref-resolver.ts';
import type { CrossRefTarget } from './remark-cross-refs.ts';

/** A lookup from reference to link target (an event's carries its date for assistive tech), for live ids only. */
export function refTargets(content: ValidContent, urls: Urls): (ref: Ref) => CrossRefTarget | undefined {
  const resolve = refResolver(content, urls);
  return (ref) => {
    const found = resolve(ref);
    return found && { href: found.href, ...(found.date !== undefined && { hint: found.date }) };
  };
}
