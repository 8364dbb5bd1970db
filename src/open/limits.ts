// The opener's limits, stated on the page before a file is chosen. Chosen for a cheap phone: the whole
// container and every document in it are held in memory while the page shows them.
export const LIMITS = {
  /** The container file itself. Institutions' e-mail systems rarely pass more than 25–50 MB. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the ZIP, counted from the central directory before anything is read. */
  entries: 1000,
  /** All entries together, uncompressed, as the central directory declares them. */
  totalBytes: 150 * 1024 * 1024,
  /** Compression ratio allowed for an entry larger than ratioFrom (text compresses well; zeros compress 1000:1). */
  ratio: 200,
  ratioFrom: 1024 * 1024,
  /** A signature file (XML): real ones are 10–100 KB. */
  xmlBytes: 4 * 1024 * 1024,
} as const;
