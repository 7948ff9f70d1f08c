import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers. The Content-Security-Policy allows only the app's own
 * scripts, styles, fonts and images: no inline code, no third-party hosts.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // Upgrading to https only makes sense where https is served.
        upgradeInsecureRequests: options.production ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: options.production,
  });
}
