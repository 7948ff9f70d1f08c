import { ERRORS, type AppError } from '../../errors.js';

/** What the error page and the JSON error body show. */
export interface ErrorView {
  status: number;
  code: string;
  title: string;
  message: string;
  details: string[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported file',
  429: 'Too many attempts',
  503: 'Temporarily unavailable',
};

/** Maps an AppError to its view; server errors show only the generic message. */
export function presentError(error: AppError): ErrorView {
  const serverSide = error.status >= 500;
  return {
    status: error.status,
    code: error.code,
    title: TITLES[error.status] ?? (serverSide ? 'Server error' : 'Error'),
    // 503: the declared message (the error's own may name hosts or paths).
    message: error.status === 503 ? ERRORS[error.code].message : serverSide ? 'Something went wrong on our side. Please try again in a moment.' : error.message,
    details: serverSide ? [] : error.details,
  };
}
