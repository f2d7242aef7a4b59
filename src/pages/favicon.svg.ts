import type { APIRoute } from 'astro';
import svg from '../assets/favicon.svg?raw';

/** The site's icon, for browsers that read SVG icons. */
export const GET: APIRoute = () => new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
