// Runs before every test file: tests see a test environment and quiet logs
// unless a variable says otherwise.
process.env.NODE_ENV ??= 'test';
