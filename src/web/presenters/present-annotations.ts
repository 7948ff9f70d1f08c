import type { ArticleWithClaims } from '../../articles/get-article.js';

/** Characters of context on each side of a TextQuoteSelector. */
const CONTEXT = 32;

/**
 * The article's claims as a W3C Web Annotation collection (JSON-LD): each
 * claim is an Annotation whose target is the article, anchored by a
 * TextPositionSelector (UTF-16 offsets, as stored) refined by a
 * TextQuoteSelector (exact text with 32 characters of prefix and suffix).
 */
export function presentAnnotations(article: ArticleWithClaims, baseUrl: string) {
  const source = article.url ?? `${baseUrl}/articles/${article.id}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${baseUrl}/api/articles/${article.id}/annotations`,
    type: 'AnnotationCollection',
    label: `Claims in “${article.title}”`,
    total: article.claims.length,
    first: {
      type: 'AnnotationPage',
      items: article.claims.map((claim) => ({
        id: `${baseUrl}/claims/${claim.id}`,
        type: 'Annotation',
        motivation: 'identifying',
        created: claim.createdAt.toISOString(),
        body: {
          type: 'TextualBody',
          purpose: 'describing',
          format: 'text/plain',
          value: [claim.party.name, claim.speakerText, claim.cueText].filter(Boolean).join(' · '),
        },
        target: {
          source,
          selector: [
            { type: 'TextPositionSelector', start: claim.start, end: claim.end },
            {
              type: 'TextQuoteSelector',
              exact: article.text.slice(claim.start, claim.end),
              prefix: article.text.slice(Math.max(0, claim.start - CONTEXT), claim.start),
              suffix: article.text.slice(claim.end, claim.end + CONTEXT),
            },
          ],
        },
      })),
    },
  };
}
