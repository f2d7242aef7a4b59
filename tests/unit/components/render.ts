/** Renders an Astro component to HTML with the Container API, for component tests. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** The component's HTML for the given props and default slot, without Astro's scoping and source attributes. */
export async function renderComponent(
  component: Component,
  props: Record<string, unknown>,
  slot?: string,
): Promise<string> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, {
    props,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
  // Scoping attributes are styling plumbing; dev mode also tags elements with their source location.
  return html.replace(/ data-astro-(?:source-file|source-loc|cid-[a-z0-9]+)(?:="[^"]*")?/g, '');
}
