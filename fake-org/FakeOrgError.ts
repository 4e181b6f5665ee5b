/**
 * An error the fake org answers with, shaped as Salesforce's REST errors are:
 * `[{ "errorCode": "...", "message": "...", "fields": [...] }]` with an HTTP status.
 */
export class FakeOrgError extends Error {
  override readonly name = 'FakeOrgError';

  constructor(
    readonly errorCode: string,
    message: string,
    readonly status = 400,
    /** The fields at fault; null for errors Salesforce sends without `fields` (session, not found, method). */
    readonly fields: string[] | null = [],
  ) {
    super(message);
  }

  /** The REST body Salesforce sends for this error. */
  body(): { errorCode: string; message: string; fields?: string[] }[] {
    return [{ errorCode: this.errorCode, message: this.message, ...(this.fields ? { fields: this.fields } : {}) }];
  }
}
