import express, { type RequestHandler } from 'express';
import multer from 'multer';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';

/** An uploaded file kept in memory. */
export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set when a multipart upload was refused (too large, too many files); the handler shows it on its form. */
    uploadError?: AppError;
  }
}

/**
 * Parses form bodies before CSRF checks: urlencoded, and multipart with at
 * most one file named `file`, kept in memory and limited by
 * `config.limits.uploadBytes`. A refused upload does not fail the request:
 * `req.uploadError` is set so the form can say what was wrong.
 */
export function parseForms(config: Config): RequestHandler[] {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.limits.uploadBytes, files: 1, fields: 30, fieldSize: config.limits.requestBytes, parts: 32 },
  }).single('file');
  const multipart: RequestHandler = (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    upload(req, res, (error?: unknown) => {
      if (error) {
        req.body ??= {};
        req.uploadError =
          error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE'
            ? new AppError('ARTICLE_TOO_LARGE', { message: `The file is larger than the limit of ${Math.round(config.limits.uploadBytes / 1024)} KB.` })
            : error instanceof multer.MulterError && error.code === 'LIMIT_FIELD_VALUE'
              ? new AppError('ARTICLE_TOO_LARGE', { message: `The pasted text is larger than the limit of ${Math.round(config.limits.requestBytes / 1024)} KB.` })
              : new AppError('UPLOAD_INVALID', { message: 'The upload could not be read: send one .txt, .md or .html file in the "file" field.' });
      }
      next();
    });
  };
  return [express.urlencoded({ extended: false, limit: config.limits.requestBytes, parameterLimit: 200 }), multipart];
}
