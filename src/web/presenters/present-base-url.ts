import type { Request } from 'express';

/** The site's address as the reader reached it (honours `trust proxy`), for absolute links in JSON-LD and annotations. */
export function presentBaseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
