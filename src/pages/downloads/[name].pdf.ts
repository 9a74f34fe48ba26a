// The concept as PDF (PDF/UA-1) at a stable address: /downloads/<name>.pdf, names from the settings.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pdfDownloads } from '../../site/pdf';

export const getStaticPaths: GetStaticPaths = () =>
  pdfDownloads().map((f) => ({ params: { name: f.name.replace(/\.pdf$/, '') }, props: { bytes: f.bytes } }));

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.bytes), { headers: { 'content-type': 'application/pdf' } });
