import type { Request, RequestHandler, Response } from 'express';
import { ingestArticle } from '../../articles/ingest-article.js';
import { readArticleFile } from '../../articles/read-article-file.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/open-database.js';
import { AppError } from '../../errors.js';
import { signedIn } from '../auth/require-role.js';
import type { UploadedFile } from '../middleware/parse-forms.js';
import { textField } from './form-values.js';

/** The ingest form's values and outcome. */
interface IngestForm {
  title: string;
  outlet: string;
  url: string;
  date: string;
  text: string;
  error: { message: string; details: string[] } | null;
  duplicate: { href: string } | null;
  limitLabel: string;
}

function formFrom(req: Request, config: Config, text = textField(req.body, 'text')): IngestForm {
  return {
    title: textField(req.body, 'title'),
    outlet: textField(req.body, 'outlet'),
    url: textField(req.body, 'url'),
    date: textField(req.body, 'date'),
    text,
    error: null,
    duplicate: null,
    limitLabel: `${Math.round(config.limits.articleBytes / 1024)} KB of text, files up to ${Math.round(config.limits.uploadBytes / 1024)} KB`,
  };
}

function renderForm(res: Response, form: IngestForm, status = 200): void {
  res.status(status).render('pages/editor/ingest', { page: { title: 'Ingest an article' }, form });
}

/** GET /ingest: the paste-or-upload form. */
export function showIngestForm(config: Config): RequestHandler {
  return (req, res) => renderForm(res, formFrom(req, config, ''));
}

/** The form's metadata, checked; problems are listed together. */
function readMetadata(form: IngestForm): { url: string | null; publishedAt: Date | null } {
  const problems: string[] = [];
  let url: string | null = null;
  if (form.url !== '') {
    try {
      const parsed = new URL(form.url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
      url = parsed.href;
    } catch {
      problems.push('URL: must be an http:// or https:// address');
    }
  }
  let publishedAt: Date | null = null;
  if (form.date !== '') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? new Date(`${form.date}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== form.date) problems.push('Date: must be a date (YYYY-MM-DD)');
    else publishedAt = date;
  }
  if (form.title.length > 500) problems.push('Title: at most 500 characters');
  if (form.outlet.length > 200) problems.push('Outlet: at most 200 characters');
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { message: 'Some details are not valid.', details: problems });
  return { url, publishedAt };
}

/**
 * POST /ingest: stores a pasted or uploaded article and extracts its claims.
 * Every problem with the input is shown on the form with a 4xx status; a
 * text that is already stored is refused with a link to it.
 */
export function ingest(db: Database, config: Config): RequestHandler {
  return async (req, res) => {
    const file = req.file as UploadedFile | undefined;
    const form = formFrom(req, config);
    try {
      if (req.uploadError) throw req.uploadError;
      let text = form.text;
      if (file && file.size > 0) {
        if (text !== '') throw new AppError('VALIDATION_FAILED', { message: 'Paste a text or upload a file, not both.' });
        const read = readArticleFile(file);
        text = read.text;
        if (form.title === '') form.title = read.title ?? file.originalname.replace(/\.[a-z]+$/i, '').slice(0, 200);
      }
      if (text.trim() === '') throw new AppError('ARTICLE_EMPTY', { message: 'The article has no text: paste it or choose a file.' });
      if (form.title === '') throw new AppError('VALIDATION_FAILED', { message: 'The article needs a title.' });
      const { url, publishedAt } = readMetadata(form);
      const result = await ingestArticle(db, {
        title: form.title,
        text,
        outlet: form.outlet || null,
        url,
        publishedAt,
        maxBytes: config.limits.articleBytes,
        userId: signedIn(req).id,
      });
      if (!result.created) {
        form.duplicate = { href: `/articles/${result.id}` };
        throw new AppError('ARTICLE_DUPLICATE');
      }
      res.redirect(303, `/articles/${result.id}`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      form.error = { message: error.message, details: error.details };
      renderForm(res, form, error.status);
    }
  };
}
