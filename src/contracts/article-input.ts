/** An article as submitted for ingestion, before extraction. */
export interface ArticleInput {
  /** Stable id given by the submitter; when absent, the sha256 of the normalised text. */
  id: string;
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD`, anchors relative dates in the text. */
  publishedAt: string | null;
  text: string;
}
