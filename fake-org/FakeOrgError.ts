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
    readonly fields: string[] = [],
  ) {
    super(message);
  }

  /** The REST body Salesforce sends for this error. */
  body(): { errorCode: string; message: string; fields: string[] }[] {
    return [{ errorCode: this.errorCode, message: this.message, fields: this.fields }];
  }
}
