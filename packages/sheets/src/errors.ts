/** A file that is not the spreadsheet it claims to be; `message` is Chinese and safe to show to the uploader. */
export class SheetFormatError extends Error {
  override name = 'SheetFormatError';
}
